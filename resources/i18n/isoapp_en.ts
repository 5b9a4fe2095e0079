<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Your display settings file could not be read, so the app started with its usual settings.
Nothing was deleted: the old file is kept at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Sources for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effects</name>
    <message>
        <source>Most people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare or very rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes away after stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>%1: a number; %2: 'in 10,000'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <comment>%1: a number; %2: 'in 100 people'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <comment>%3: 'in 100 people'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more %2</source>
        <comment>%2: 'in 100 people'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <comment>%2: 'in 100 people'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 %2</source>
        <comment>%2: who is counted, e.g. 'pregnancies'</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it goes away after stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually, it goes away after stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may last after stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. It is lifelong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coloured figure(s)</source>
        <translation>
            <numerusform>%n coloured figure</numerusform>
            <numerusform>%n coloured figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n striped figure(s)</source>
        <translation>
            <numerusform>%n striped figure</numerusform>
            <numerusform>%n striped figures</numerusform>
        </translation>
    </message>
    <message>
        <source>How often this happens is not known, so no figure is coloured (all %1 are grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than 1 in %2, so none of the %2 figures is coloured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (or more) out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to %2 out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, plus %3 where studies differ, out of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to %2 where studies differ, out of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes away after stopping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palettes</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
