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
_NOT_NOUNS = {"of", "out", "in", "on", "at", "from", "to", "for", "and", "or", "by", "with"}


def english_plural_forms(source: str) -> tuple[str, str] | None:
    """(one, many) English forms for a ``%n`` source, or None if they cannot be worked out.

    ``%n note(s)`` → ``%n note`` / ``%n notes``; ``%n notes`` → ``%n note`` / ``%n notes`` (the word
    right after %n); ``%n entries`` → ``%n entry``. Anything else is filled in by hand in the catalogue.
    """
    if "(s)" in source or "(es)" in source:
        return (source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s"))
    if re.search(r"%n(?!\s*\w)", source) and not _WORD_AFTER_N_RE.search(source):
        return (source, source)  # "Pages: %n": no noun after the count, one form fits both
    match = _WORD_AFTER_N_RE.search(source)
    if match is None:
        return None

    word = match.group(1)
    if word.lower() in _NOT_NOUNS:  # "on %n of the last 14 days": the count has no noun of its own
        return (source, source)
    if word.endswith("ies"):
        one = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "xes", "sses")):
        one = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        one = word[:-1]
    else:
        return None
    return (source[: match.start(1)] + one + source[match.end(1) :], source)


def plural_forms(path: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """{message key: (plural forms, unfinished)} of a catalogue's ``%n`` messages (kept across lupdate)."""
    if not path.is_file():
        return {}
    return {m.key: (m.translations, m.unfinished) for m in read_ts(path) if m.numerus and any(m.translations)}


def fix_plurals(path: Path, saved: dict, english: bool) -> list[str]:
    """Make every ``%n`` message of the catalogue at ``path`` a plural message.

    ``pyside6-lupdate`` marks only ``self.tr(text, None, n)`` calls as plurals and drops plural forms
    it did not find itself, so after it runs: the forms in ``saved`` (:func:`plural_forms` from before)
    are put back, and for English (``english``) empty forms are worked out (:func:`english_plural_forms`).
    Returns the English sources whose forms must be written by hand.
    """
    tree = ET.parse(path)
    root = tree.getroot()
    count = max((len(list(m.iter("numerusform"))) for m in root.iter("message") if m.get("numerus")), default=2)
    missing: list[str] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source, tr = msg.findtext("source") or "", msg.find("translation")
            if "%n" not in source or tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            forms, unfinished = saved.get((name, source, msg.findtext("comment") or ""), ([], True))
            if not any(forms) and english:
                guess = english_plural_forms(source)
                forms, unfinished = (list(guess), False) if guess else ([], True)
            forms = forms or [""] * (2 if english else count)
            _set_forms(msg, tr, forms, unfinished or not all(forms))
            if english and not all(forms):
                missing.append(source)
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)  # lupdate's own layout
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def _set_forms(msg: ET.Element, tr: ET.Element, forms: list[str], unfinished: bool) -> None:
    msg.set("numerus", "yes")
    indent = (tr.tail or "\n        ").rstrip("\n ") + "\n            "
    tail = tr.tail
    tr.clear()
    tr.tail = tail
    if unfinished:
        tr.set("type", "unfinished")
    tr.text = indent
    for i, text in enumerate(forms):
        form = ET.SubElement(tr, "numerusform")
        form.text = text
        form.tail = indent if i < len(forms) - 1 else indent[:-4]


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
