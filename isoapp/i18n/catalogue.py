"""Qt Linguist catalogues (``.ts`` XML), read and written without Qt.

The catalogue ``resources/i18n/isoapp_en.ts`` holds every interface string of the app, extracted from
the code by ``pyside6-lupdate`` (see tools/update_translations.py). English needs translations only for
``%n`` plurals ("%n notes" → "%n note" / "%n notes"); every other language translates every message.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from isoapp.i18n.languages import CATALOGUE_PREFIX, ENGLISH, i18n_dir


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)  # one per plural form (one if not numerus)
    unfinished: bool = True

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def catalogue_path(lang: str = ENGLISH) -> Path:
    return i18n_dir() / f"{CATALOGUE_PREFIX}{lang}.ts"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    out: list[Message] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            else:
                forms = [(tr.text or "") if tr is not None else ""]
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            out.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=msg.get("numerus") == "yes",
                    translations=forms,
                    unfinished=kind == "unfinished",
                )
            )
    return out


def ts_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


def write_ts(path: Path, messages: list[Message], language: str) -> None:
    """A catalogue with every message translated (contexts in first-seen order)."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for m in messages:
        ctx = contexts.get(m.context)
        if ctx is None:
            ctx = contexts[m.context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = m.context
        msg = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = m.source
        if m.comment:
            ET.SubElement(msg, "comment").text = m.comment
        tr = ET.SubElement(msg, "translation", type="unfinished") if m.unfinished else ET.SubElement(msg, "translation")
        if m.numerus:
            for form in m.translations:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = m.translations[0] if m.translations else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


_WORD_AFTER_N_RE = re.compile(r"%n (\w+)")


def english_plural_forms(source: str) -> tuple[str, str] | None:
    """(one, many) English forms for a ``%n`` source, or None if they cannot be worked out.

    ``%n note(s)`` → ``%n note`` / ``%n notes``; ``%n notes`` → ``%n note`` / ``%n notes`` (the word
    right after %n); ``%n entries`` → ``%n entry``. Anything else is filled in by hand in the catalogue.
    """
    if "(s)" in source or "(es)" in source:
        return (source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s"))
    match = _WORD_AFTER_N_RE.search(source)
    if match is None:
        return None
    word = match.group(1)
    if word.endswith("ies"):
        one = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "xes", "sses")):
        one = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        one = word[:-1]
    else:
        return None
    return (source[: match.start(1)] + one + source[match.end(1) :], source)


def fill_english_plurals(path: Path) -> list[str]:
    """Fill the empty English plural forms of the catalogue at ``path`` (see :func:`english_plural_forms`);
    return the sources still missing a form (to be written by hand)."""
    tree = ET.parse(path)
    missing: list[str] = []
    changed = False
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if msg.get("numerus") != "yes" or tr is None or tr.get("type") in ("vanished", "obsolete"):
            continue
        forms = list(tr.iter("numerusform"))
        if all((f.text or "").strip() for f in forms):
            continue
        guess = english_plural_forms(msg.findtext("source") or "")
        if guess is None or len(forms) != 2:
            missing.append(msg.findtext("source") or "")
            continue
        for form, text in zip(forms, guess, strict=True):
            form.text = form.text or text
        tr.attrib.pop("type", None)
        changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


@functools.cache
def _english_forms() -> dict[tuple[str, str], list[str]]:
    path = catalogue_path(ENGLISH)
    if not path.is_file():
        return {}
    return {(m.context, m.source): m.translations for m in read_ts(path) if m.numerus and all(m.translations)}


def english_numerus(context: str, source: str, n: int) -> str | None:
    """The English plural form of a catalogue message for ``n`` (None: not in the catalogue)."""
    forms = _english_forms().get((context, source))
    if not forms:
        return None
    return (forms[0] if n == 1 else forms[-1]).replace("%n", str(n))
