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
    <name>Autosaver</name>
    <message>
        <source>Not saved yet: %1. Your text stays here and saving is tried again every few seconds. You can also copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, course and check-ins are saved in %1. Keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n note(s).</source>
        <translation>
            <numerusform>Restored %n note.</numerusform>
            <numerusform>Restored %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n check-in(s).</source>
        <translation>
            <numerusform>Restored %n check-in.</numerusform>
            <numerusform>Restored %n check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>&amp;Dose (mg per kg a day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose slider, mg per kg of body weight a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0.1 to 1.0. Moves the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg per kg of body weight a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0.1 to 1.0 in steps of 0.1. Moves the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course length (weeks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course length slider, weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 8 to 52 weeks. Moves the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <comment>after the number of weeks in a spin box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course length in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose is per kg of body weight a day. Courses often use 0.5 to 1.0 for 15 to 20 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil chart as a table, one row a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart's numbers as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a picture again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Illustrative — not a prediction for you</source>
        <extracomment>Finer steps for a smooth line; the table and CSV use whole weeks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg per kg of body weight a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart is an example, not a prediction for you. It shows %1 for %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil falls to about %1 of your usual amount by week 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the course (week %1) it is about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you stop, oil slowly comes back: about %1 after 16 weeks and about %2 after one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies differ, so the shaded band shows a range. At the end of the course it goes from about %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most study results on the chart are for 1.0 mg per kg a day. For lower doses, nobody knows the exact numbers, so this line is a best guess between studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg per kg a day for %2 weeks: oil about %3 of usual at the end of the course, about %4 one year after stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: about %2 of your usual oil (%3). Studies differ: %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Isotretinoin Guide: skin oil (sebum) during and after a course. %1, %2-week course. Drawn through a few small studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart's numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartLook</name>
    <message>
        <source>%1 Typical line &amp;nbsp;&amp;nbsp; %2 Studies differ &amp;nbsp;&amp;nbsp; %3 Treatment &amp;nbsp;&amp;nbsp; %4 Study result &amp;nbsp;&amp;nbsp; %5 Study range (point to one for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil (% of your usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the first dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPlot</name>
    <message>
        <source>Oil chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the chart to read the oil level for any week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading for the week under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinBanner</name>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you today? It takes about 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinController</name>
    <message>
        <source>You cannot check in for a day that has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the notes file (another program is using it). Your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, your answers are still here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your check-in for %1. Changes are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>Keys: Tab moves on. A number picks an answer: 1 to 5 for mood, 0 to 3 for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an earlier day to change its check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No side effects today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side effects today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a side effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sleep last night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep last night (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else about today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious signs: tick one only if you have it now or had it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking one shows you what to do at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinLabels</name>
    <message>
        <source>Dry lips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosebleeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint, muscle or back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts of harming yourself or ending your life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very bad headache, with blurred sight or feeling sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe stomach pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloody diarrhoea, or bleeding from your bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow skin or eyes, or dark urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen face, lips or throat, or trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe rash, blisters or peeling skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
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
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>About these check-&amp;ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins cannot be read right now, so nothing can be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport check-ins (CSV spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all check-ins as a CSV spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor’s s&amp;ummary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the doctor’s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today's check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the side effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-ins as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check-ins saved: %n. File: %1</source>
        <translation>
            <numerusform>Check-ins saved: %n. File: %1</numerusform>
            <numerusform>Check-ins saved: %n. File: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareLayout</name>
    <message>
        <source>about 100 in 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Most often first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least often first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show side effects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show side effects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects that 1 in 100 people or more get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 in 100 people or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
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
    <message>
        <source>Benefits: how many people get each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by how often. Use the arrow keys to choose a row and see its details and picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects: how many people get each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row says how many people out of 100 (or 1,000 or 10,000 for rare ones) get it. “Common” means 1 in 100 people or more. The filter changes only the side effects, so the benefits always stay in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts, whether it goes away, how serious it is, what to do, and the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a second picture with the same number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (one picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonDetail</name>
    <message>
        <source> (in the studies: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The medicine's official information calls this “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it last?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes away after stopping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How serious:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Benefits and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All benefits and side effects, in numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me: benefits and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing my acne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acne staying away after the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry skin and lips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy prevention rules (birth control and tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular blood tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ratings on %1 (from "Benefits and side effects").</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have not rated anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1**: matters to me %2 (%3 of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it last? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question for the doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is for talking it over with my doctor. It is not medical advice.</source>
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
    <name>CourseController</name>
    <message>
        <source>change the first period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message>
        <source>Dose: enter the mg a day from your prescription (more than 0, at most 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: enter your weight in kg (more than 0, at most 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: it cannot be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day: it must be a real date, not more than a year from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates overlap another dose period. Change the dates, or change that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: enter the total in mg/kg your prescriber gave you, or leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is in the future. You can only mark today or days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: choose a date not more than 3 years from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short name for it (up to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of item it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the plan cannot be removed. Tick them done or move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <source>Your course tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total dose so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark today as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today's entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change set-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the set-up of your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a daily reminder to take your capsules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a daily reminder to the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the plan in my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a calendar file for your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notice when something is due (while the app is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notice when something in your plan is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is marked as taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is not in a dose period (a pause, or before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan to %1. Open it with your calendar app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Open this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are not available here. Use “Copy the text” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved ({0}). Your answers are still here: use “Copy the text” to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is open in My notes, where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>My decision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision summary on %1. It is for talking it over with my doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have not saved "What matters to me" yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I sure? (the SURE test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no open questions in My notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary is not medical advice, and this app does not replace your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Your answer could not be kept for next time (%1). It is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseChart</name>
    <message>
        <source>The chart appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total dose so far as a table, one row a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the total dose so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total in mg/kg for each day of the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet: the course has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line rises each day you take it and stays flat on missed days and pauses. By %1 the total is %2 mg/kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line is your prescriber's target: %1 mg/kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart as a picture again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>What is due in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See tests and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tests and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items in the next 7 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their date and not ticked yet: %1.</source>
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
        <source>If a pregnancy starts</source>
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
        <source>No. It cannot be undone.</source>
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
    <name>EffectsTable</name>
    <message>
        <source>about 100 in 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectsTableModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add your own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the item is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Days taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for each kg of weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over the last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target from your prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set. Add one only if your prescriber gave you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg. At the doses entered, it is not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg. By the days logged, it was reached on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg/kg. If you go on as now, you reach it on %2. This is a sum, not advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Word to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary: medical words in plain language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each medical word, then its meaning in plain words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <source>Picture of 100 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row to see it as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of %1 people: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known
how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each figure is one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe: up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeCheck</name>
    <message>
        <source>Check what you know: my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I looked at %1 of %2 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have not answered any questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth a second look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth reading again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>&amp;Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my answers as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;all my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one answer first. There is no wrong time to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, that is what the sources say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. Many people think so too. The sources say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you looked at: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth reading again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers match what the sources say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save your answers and talk them over with your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. You can paste it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCalendar</name>
    <message>
        <source>Daily log calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen day as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen day as missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style="background:%1"&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; taken &amp;nbsp; &lt;span style="background:%2"&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; missed &amp;nbsp; &lt;i&gt;slanted&lt;/i&gt;: pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the month shown: days taken %1, missed %2, in a pause %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a dose period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This section has nothing to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note could not be saved (the disk may be full or read-only).
If you close now, the latest changes to that note will be lost.
Copy the text somewhere safe first, or close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownPane</name>
    <message>
        <source>%1: text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this section. Links show a source or a word's meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Pictures: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the link you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source [%1] is missing from the list. Please tell us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Source [%1]&lt;/b&gt; %2&lt;br&gt;&lt;a href="%3"&gt;Open this source in your web browser&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note about this section (in My notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, course and check-ins in one private file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a data folder without a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in this section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in this section (or search your notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text back to normal size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section (in reading order, across parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (in reading order, across parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanings of the medical words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPlan</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who takes isotretinoin in the US registers with iPLEDGE, a safety programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a visit every month. Each prescription covers at most 30 days, with no automatic refills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can get pregnant: two kinds of birth control from 1 month before, during, and for 1 month after. Pregnancy tests before, every month, at the end and 1 month after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In February 2026 the FDA approved changes that let your prescriber allow some tests at home. Ask your prescriber whether they apply yet. The first test is still done at a clinic or lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood tests (blood fats and liver) before you start and during the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not give blood while you take it and for 1 month after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second course, if one is needed, starts at least 8 weeks after the first one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start birth control: 2 methods from today (1 month before the first capsule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test before you start (at a clinic or lab; your prescriber sets the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test before you start: blood fats and liver (your prescriber sets the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly visit and new prescription (iPLEDGE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly pregnancy test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test during the course: ask your prescriber how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test at the end of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test 1 month after the last capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth control needed until today (1 month after the last capsule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the 1-month wait before giving blood (1 month after the last capsule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 weeks since the course ended: the earliest a second course could start, if one is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK or EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can get pregnant, you follow a pregnancy prevention programme: birth control from 1 month before, during, and for 1 month after. A progestogen-only pill is not enough on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can get pregnant: pregnancy tests before you start, every month, and about 1 month (5 weeks) after the last capsule. Each prescription covers at most 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the UK, mood and sexual function are checked before and during the course, for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the UK, follow-up visits and some pregnancy tests may now be done remotely after a first visit in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start birth control from today (1 month before the first capsule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit: questions about mood and sexual function, and the risk form (your prescriber sets the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test before you start (your prescriber sets the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly visit and new prescription (at most 30 days each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit: mood, sexual function and side effects (your prescriber says how often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test about 1 month (5 weeks) after the last capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules differ from country to country. This plan shows what the US and the UK/EU rules have in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can get pregnant: birth control from 1 month before, during, and for 1 month after. Pregnancy tests before you start, every month, and about 1 month after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit (your prescriber says how often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test about 1 month after the last capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isotretinoin course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your Isotretinoin Guide plan. Rules change; your prescriber tells you what applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your capsules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily reminder you asked for. Take them as your prescriber told you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodNudge</name>
    <message>
        <source>About your mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “Get help now”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the section Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for my doctor about my mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last visit, my mood has been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling sad, empty or hopeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losing interest in things you enjoyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping much more or much less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling more angry or cross than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling away from friends or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoughts of harming yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You chose mood 1 or 2 on %n of the last 14 days.</source>
        <translation>
            <numerusform>You chose mood 1 or 2 on %n of the last 14 days.</numerusform>
            <numerusform>You chose mood 1 or 2 on %n of the last 14 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>It can help to tell your prescriber, and someone you trust. Tell them about signs like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have thoughts of harming yourself, get help now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: US Medication Guide; NHS; MHRA 2023.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the notes file (another program is using it)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the notes file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The problem is gone and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window of Isotretinoin Guide while you were typing. Nothing was overwritten: your version is saved as a separate note, “%1”. Both versions are in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current note is not saved yet, so a new one was not started. Saving is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not saved yet, so it cannot be moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the note to the bin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is back in your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n notes in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %n note in the bin for good? This cannot be undone.</numerusform>
            <numerusform>Remove the %n notes in the bin for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not empty the bin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n notes for good.</source>
        <translation>
            <numerusform>Removed %n note for good.</numerusform>
            <numerusform>Removed %n notes for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesLayout</name>
    <message>
        <source>Your notes are saved on this computer as you type, and never sent anywhere. Mark questions for your doctor, then use “Prepare for my visit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this note to the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for my &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for my visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet with your open questions and recent notes, to print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all notes as a Markdown or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add notes from a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin (deleted notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, newest change first. Select one to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the notes in the bin for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title, e.g. “Ask about dry lips”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the section this note is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your note here. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Question: answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesListing</name>
    <message>
        <source>Your notes could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes in the bin</source>
        <translation>
            <numerusform>%n note in the bin</numerusform>
            <numerusform>%n notes in the bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read your notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not saved yet, so the app stays on it. Saving is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not saved yet. Saving is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window; showing the new text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPrint</name>
    <message>
        <source>This app does not replace your doctor. If you feel very unwell, get medical help at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question for my doctor: answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question for my doctor: not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For my visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My course so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open questions. You can still ask anything during the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: ____________________________________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <comment>PDF title: product name, then 'notes'</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSafety</name>
    <message>
        <source>Your notes are all shown, but changes cannot be saved: %1. What you type stays here while the app is open. To keep it, use “Save a copy elsewhere…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your notes, with what you typed, was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file could not be read, so it was put aside and kept (not deleted). It is here: %1 . A new notes file was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your course and check-ins that could still be read are saved in %1 ; restore them with “Restore from a backup…” in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could still be read from it.</source>
        <translation>
            <numerusform>%n note could still be read from it.</numerusform>
            <numerusform>%n notes could still be read from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file is gone and could not be made again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes folder was deleted while the app was open (perhaps by a clean-up or sync program). It was made again, and all your notes, with what you typed, were saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was replaced by another one while the app was open (perhaps by a sync program). Your notes from before are kept here: %1 . What you typed was saved as a note in the file now in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message>
        <source>Could not prepare the sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet shows your notes as last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is tried again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the notes file: another program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2, %3. Your other notes were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current note is not saved yet; try the import again soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>%1 You can keep typing: your text stays here and saving is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OilChartView</name>
    <message>
        <source>The chart in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil chart and its controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OilTableModel</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil (% of usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies differ: low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies differ: high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since the first dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On treatment, or after stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The illustrative line: oil as a percentage of your usual amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low edge of the shaded band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High edge of the shaded band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 of usual oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>%1, %2: %3</source>
        <comment>an option, the row's question, the cell's text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Click a box to see its sources. Untick a choice to hide it, so the others have more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is one choice; each row asks the same question about every choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsView</name>
    <message>
        <source>Our sources give nothing for this box, so it says what is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your options side by side</source>
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
<context>
    <name>PdfJob</name>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF of your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Dose period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change of dose or weight is a new period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <source>Dose periods, one row each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dose period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the message above the tracker. Cancel to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was deleted. Use Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (added by you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Your plan of tests and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your course in My course first. Your plan is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My course to set up your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules for where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the expected last day in My course (Change set-up) to see the dates after the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan items, one row each, with a tick box for done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item to another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own item to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for someone who can get pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for someone who cannot get pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules change; your prescriber tells you what applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked against the sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your calendar app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeWriter</name>
    <message>
        <source>Your course is shown, but changes cannot be saved: %1. Nothing you see here is lost; use “Back up everything…” in the File menu to keep a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the notes file: another program is using it. Your change is kept and is saved as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes file is free again, and your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved: %1. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was made again after it was deleted. Please make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes file was replaced by another one while the app was open (perhaps by a sync program). Your course from before is kept here: %1 . The file now in use is shown; your last change was not saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved to:
%1%2

Nothing else was changed. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionError</name>
    <message>
        <source>Sorry, the section “%1” could not be shown.

What went wrong: %2

The other sections still work, and your notes are safe. Reinstalling the app may fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionFrame</name>
    <message>
        <source>Not medical advice. This app does not replace your doctor: talk to them about your own situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get help at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the section on warning signs that need help at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanings of the medical words used in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens My notes with a new note linked to this section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTabs</name>
    <message>
        <source>Sections of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriousSignDialog</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “Get help now”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the section Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop taking isotretinoin, and contact your prescriber or another doctor today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not wait for your next visit. Say that you take isotretinoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it feels like an emergency, or you might harm yourself, call for help now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swollen face, lips or throat, or trouble breathing, is an emergency. Call now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deserve help straight away. Do not stay alone with these thoughts: tell someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US: 911 for an emergency. Call or text 988 to talk to someone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK: 999 for an emergency, NHS 111 for urgent advice, Samaritans 116 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU: 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere else: your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell someone you trust. This sign is saved with the day, so you can show your doctor. Sources: US Medication Guide; NHS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day of the course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose (from your prescription):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My prescriber gave me a target for the total dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target total in mg per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the expected last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK or EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I could get pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I cannot get pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you get pregnant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your course with the details from your prescription. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your course details. Dose changes after the start go in Dose periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer: could you get pregnant? The plan depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the notes file. Your details are kept and saved as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the message above. What you entered stays in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a row of tabs: the previous / next part or section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next / previous control or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link or press the button that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the find box: go to the next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar, or close the details of a source or word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu: the underlined letter (for example Alt+V opens View)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two key combinations</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part of this guide works with the keyboard. These keys work everywhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns: the keys to press, and what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryController</name>
    <message>
        <source>Nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;course so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects and &amp;mood, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a se&amp;rious sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me (from &amp;Decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot be made right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pages of A4 paper: %n</source>
        <translation>
            <numerusform>Pages of A4 paper: %n</numerusform>
            <numerusform>Pages of A4 paper: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sure</name>
    <message>
        <source>I have not answered the SURE questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one answer was no. I would like to talk this over more with my doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I answered yes to all four questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurePage</name>
    <message>
        <source>Open “What matters to me” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My decision summary, as it will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my decision summary as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>SURE: the question's letter, then the question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SureView</name>
    <message>
        <source>You answered no to at least one question. It may help to talk this over more with your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that might help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to all four questions. You seem sure about your choice. It is still fine to ask your doctor more questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the four questions to see what they suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. You can paste it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayReminder</name>
    <message>
        <source>Isotretinoin Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items of your plan are past their date. Open Tests and visits to tick or move them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsChart</name>
    <message>
        <source>Chart of your check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood from 1 to 5 and each side effect from 0 to 3, one band each, by day. Shaded areas are the dose periods of your course. The same numbers are in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <source>Grey background: the days of your dose periods. A dashed line marks a new dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends as a chart or a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is being drawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins as a table, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of your check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsTable</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSheetDialog</name>
    <message>
        <source>Prepare for my visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open questions and recent notes, ready to print or save as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor’s summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the doctor’s summary (course and check-ins too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSummary</name>
    <message>
        <source>My course so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is set up in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 mg a day (weight %4 kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far: %1 mg, that is %2 mg per kg of body weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total set by my prescriber: %1 mg per kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (1–5; worst = lowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (0–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects and mood, from my daily check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages of what I entered. Side effects: 0 none, 1 mild, 2 moderate, 3 severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: 1 very low to 5 very good. – means nothing entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days I ticked a serious sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open questions in my notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isotretinoin Guide · made on %1 · from my own entries in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary does not replace talking with your doctor. It lists what I entered; it is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far (mg/kg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatMattersPanel</name>
    <message>
        <source>How much does each of these matter to you? There are no right or wrong answers. Save your answers as a note, and take them to your doctor to talk it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My question for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: what can I do about dry skin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;question for the doctor (you can leave this empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers, as they will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my answers as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy my answers as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. You can paste it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are not available here. Use “Copy the text” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be opened (%1). Your answers are still here: use “Copy the text” to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved (%1). Your answers are still here: use “Copy the text” to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in My notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
