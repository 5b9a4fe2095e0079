"""Notes <-> Markdown, the export/import format of interface.md. Pure functions, no I/O, no Qt.

Format (what ``format_notes`` writes)::

    ## Title
    <!-- isoapp: created=2026-11-25T19:30:00.123Z updated=2026-11-25T19:31:02.004Z section=overview ... -->
    body lines, exactly as stored...
    <blank line>

- Each note is ``## `` + title, then the metadata comment (created, updated, section, question=yes/no,
  answered=yes/no), then the body, then ``\\n\\n``.
  The parser removes exactly that ``\\n\\n`` again, so bodies keep every leading/trailing newline.
- Titles are single lines (model.normalise_title: line breaks -> spaces, outer whitespace trimmed), so a
  heading always holds the whole title; the parser takes the heading text as is (no closing-``#`` removal,
  which would eat titles such as ``Question #``).
- A body line that would read as a level-2 heading (``^ {0,3}##`` then space, tab or end of line) is
  written with one backslash in front. To keep that reversible, a line that already is backslashes + such a
  heading also gets one more backslash; the parser removes one backslash from every line of the form
  ``\\+ {0,3}##...``. In Markdown ``\\#`` shows as ``#``, so the file still reads naturally.
- Only ``\\n`` separates lines (a lone ``\\r`` in a body survives). A hand-written file whose every line
  ends in ``\\r\\n`` (Windows) is read as ``\\n``; an export always uses ``\\n`` and so is never mistaken for one.
- Hand-written Markdown: text before the first ``## `` becomes a note titled after the file name; a
  missing or partial metadata comment gets defaults (now, no section, not a question); blank lines around a
  hand-written body are trimmed.
- Notes in the bin are not exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from isoapp.notes.model import SECTION_ID, Note, normalise_title, parse_stamp

_HEADING = re.compile(r" {0,3}##(?:[ \t](.*))?", re.S)
_NEEDS_ESCAPE = re.compile(r"\\* {0,3}##(?:[ \t].*)?", re.S)
_ESCAPED = re.compile(r"\\+ {0,3}##(?:[ \t].*)?", re.S)
_META = re.compile(r"<!--\s*isoapp:(.*?)-->[ \t]*", re.S)
_META_PAIR = re.compile(r"([A-Za-z_]+)=(\S+)")


@dataclass(frozen=True, slots=True)
class ParsedNote:
    title: str
    body: str
    section: str | None = None
    is_question: bool = False
    answered: bool = False
    created: str | None = None  # None: "now" at import
    updated: str | None = None

    def as_mapping(self) -> dict:
        return {
            "title": self.title,
            "body": self.body,
            "section": self.section,
            "is_question": self.is_question,
            "answered": self.answered,
            "created": self.created,
            "updated": self.updated,
        }


def escape_body(body: str) -> str:
    return "\n".join("\\" + line if _NEEDS_ESCAPE.fullmatch(line) else line for line in body.split("\n"))


def unescape_body(body: str) -> str:
    return "\n".join(line[1:] if _ESCAPED.fullmatch(line) else line for line in body.split("\n"))


def format_meta(note: Note) -> str:
    parts = [f"created={note.created}", f"updated={note.updated}"]
    if note.section:
        parts.append(f"section={note.section}")
    parts.append(f"question={'yes' if note.is_question else 'no'}")
    parts.append(f"answered={'yes' if note.answered else 'no'}")
    return "<!-- isoapp: " + " ".join(parts) + " -->"


def format_note(note: Note) -> str:
    return f"## {normalise_title(note.title)}\n{format_meta(note)}\n{escape_body(note.body)}\n\n"


def format_notes(notes: Iterable[Note]) -> str:
    """All notes as one Markdown text (pass them in export order: oldest first)."""
    return "".join(format_note(n) for n in notes if not n.in_bin)


def _parse_meta(text: str) -> dict:
    values = dict(_META_PAIR.findall(text))
    meta: dict = {}
    for key in ("created", "updated"):
        if key in values:
            meta[key] = parse_stamp(values[key])
    section = values.get("section")
    if section and SECTION_ID.fullmatch(section):
        meta["section"] = section
    for key, field in (("question", "is_question"), ("answered", "answered")):
        if key in values:
            meta[field] = values[key].lower() in ("yes", "true", "1")
    return meta


def _trim_blank_lines(text: str) -> str:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def parse_notes(text: str, file_title: str = "Imported notes") -> list[ParsedNote]:
    """Markdown text -> notes, in file order. Never raises on odd Markdown; it takes what it can."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\n" in text and text.count("\r\n") == text.count("\n"):
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    notes: list[ParsedNote] = []
    preamble: list[str] = []
    i = 0
    while i < len(lines) and not _HEADING.fullmatch(lines[i]):
        preamble.append(lines[i])
        i += 1
    pre_body = _trim_blank_lines(unescape_body("\n".join(preamble)))
    if pre_body.strip():
        notes.append(ParsedNote(title=normalise_title(file_title) or "Imported notes", body=pre_body))
    while i < len(lines):
        title = normalise_title((_HEADING.fullmatch(lines[i]).group(1) or "").strip())
        i += 1
        meta: dict | None = None
        if i < len(lines):
            m = _META.fullmatch(lines[i])
            if m:
                meta = _parse_meta(m.group(1))
                i += 1
        start = i
        while i < len(lines) and not _HEADING.fullmatch(lines[i]):
            i += 1
        chunk = "\n".join(lines[start:i])
        if start < i < len(lines):
            chunk += "\n"  # the newline that ended the last body line before the next heading
        if meta is not None:
            if chunk.endswith("\n\n"):
                chunk = chunk[:-2]
            elif chunk.endswith("\n"):
                chunk = chunk[:-1]
            body = unescape_body(chunk)
        else:
            meta = {}
            body = _trim_blank_lines(unescape_body(chunk))
        notes.append(ParsedNote(title=title, body=body, **meta))
    return notes
