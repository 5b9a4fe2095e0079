"""The pseudo-locale (``--lang pseudo``), made from the catalogue without Qt.

Every interface string becomes ``⟦Ŝåṽé ñöţé ļöŕéɱ⟧``: accented letters, so text that skipped the
translation system stands out in English; about 40 % longer, so layouts are tried with the longer
words most languages need; in brackets, so a cut-off end shows. What must stay as it is, stays:
``%1``/``%n``/``%L1`` place markers, ``{name}`` fields, ``&`` accelerators (the key letter keeps its
plain form), HTML tags and entities, Markdown link targets, and key sequences such as ``Ctrl+F``.
"""

from __future__ import annotations

import math
import re

from isoapp.i18n.catalogue import Message

OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_FILLER = " ļöŕéɱ îþšûɱ đöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîþîšçîñĝ éļîţ"
# Kept exactly: place markers, Python fields, tags, entities, link targets, an accelerator and its letter.
_KEEP_RE = re.compile(
    r"%L?\d+|%n|%Ln|\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}]*)?\}|<[^<>]+>|&[A-Za-z]+;|&#\d+;|&&|&\w"
    r"|\]\([^)]*\)|https?://\S+"
)
# Leading and trailing white space, tags and a Markdown list or heading mark stay outside the brackets
# (rich text must start with a tag; Markdown must start with its mark).
_FRAME_RE = re.compile(r"^(\s*(?:<[^<>]+>\s*)*(?:(?:[-*+]|#{1,6}|\d+\.)\s+)?)(.*?)((?:\s*<[^<>]+>)*\s*)$", re.DOTALL)

_KEYS_RE = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta|Cmd)\+)+(?:\S|[A-Z]\w*)$|^F\d{1,2}$")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale (empty and key-sequence texts unchanged)."""
    if not text.strip() or _KEYS_RE.match(text.strip()):
        return text
    parts: list[str] = []
    pos = 0
    for match in _KEEP_RE.finditer(text):
        parts.append(text[pos : match.start()].translate(_ACCENTS))
        parts.append(match.group(0))
        pos = match.end()
    parts.append(text[pos:].translate(_ACCENTS))
    body = "".join(parts)
    extra = max(2, math.ceil(len(_visible(text)) * GROWTH))
    filler = (_FILLER * (1 + extra // len(_FILLER)))[:extra]
    match = _FRAME_RE.match(body)
    lead, core, trail = match.group(1), match.group(2), match.group(3)
    return f"{lead}{OPEN}{core}{filler.rstrip() or '·'}{CLOSE}{trail}"


def _visible(text: str) -> str:
    return re.sub(r"<[^<>]+>", "", text)


def pseudo_messages(messages: list[Message]) -> list[Message]:
    """The catalogue with every message translated into the pseudo-locale (plural forms: one, many)."""
    out = []
    for m in messages:
        if m.numerus:
            forms = m.translations if len(m.translations) == 2 and all(m.translations) else [m.source, m.source]
            translations = [pseudo(f) for f in forms]
        else:
            translations = [pseudo(m.source)]
        out.append(Message(m.context, m.source, m.comment, m.numerus, translations, unfinished=False))
    return out
