"""What goes into a notes PDF, as plain pieces of text in chunks (no Qt; the UI lays the chunks out).

Why chunks: one QTextDocument holding every note stops being laid out somewhere past a few thousand pages
(the PDF then ends early, silently), and one paragraph of a megabyte takes minutes to lay out. So:
- very long lines are broken into paragraphs of at most LINE_LIMIT characters (at a space when there is
  one near the end), which keeps each paragraph cheap to lay out;
- the pieces are grouped into chunks of at most CHUNK_CHARS characters (a long note is split across
  chunks at its lines); the renderer lays out one chunk at a time and checks each one fits its pages.
Dates that are not real dates are shown as stored (``local_text``), never raise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from isoapp.i18n import fill, translate
from isoapp.notes.model import Note, local_text

LINE_LIMIT = 2000
CHUNK_CHARS = 60_000
BREAK_LOOKBACK = 200
HEADING, SUBTITLE, EMPTY, TITLE, META, BODY, DISCLAIMER = "heading", "subtitle", "empty", "title", "meta", "body", "end"


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str  # one of HEADING, SUBTITLE, EMPTY, TITLE, META, BODY, DISCLAIMER
    text: str
    note_index: int = -1  # which note (0-based) a TITLE/META/BODY piece belongs to


def when(stamp: object) -> str:
    return local_text(stamp, "%d %b %Y, %H:%M")


def note_meta(note: Note, when: Callable[[object], str] = when) -> str:
    """The grey line under a note's title; ``when`` formats a stamp (the UI passes one that uses QLocale)."""
    parts = [fill(translate("NotesPrint", "Written %1"), when(note.created))]
    if note.updated != note.created:
        parts.append(fill(translate("NotesPrint", "changed %1"), when(note.updated)))
    if note.is_question:
        if note.answered:
            parts.append(translate("NotesPrint", "question for my doctor: answered"))
        else:
            parts.append(translate("NotesPrint", "question for my doctor: not answered yet"))
    if note.section:
        parts.append(fill(translate("NotesPrint", "about: %1"), note.section))
    return " · ".join(parts)


def break_long_line(line: str, limit: int = LINE_LIMIT) -> list[str]:
    """``line`` as pieces of at most ``limit`` characters, cut after a space near the end when possible."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", max(0, limit - BREAK_LOOKBACK), limit)
        cut = cut + 1 if cut > 0 else limit
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def wrapped_lines(text: str, limit: int = LINE_LIMIT) -> Iterator[str]:
    for line in text.split("\n"):
        if len(line) <= limit:
            yield line
        else:
            yield from break_long_line(line, limit)


def _body_pieces(body: str, index: int, budget: int) -> Iterator[Piece]:
    """The body as BODY pieces of at most ``budget`` characters each, split between lines."""
    lines: list[str] = []
    size = 0
    for line in wrapped_lines(body):
        if lines and size + len(line) > budget:
            yield Piece(BODY, "\n".join(lines), index)
            lines, size = [], 0
        lines.append(line)
        size += len(line) + 1
    if lines:
        yield Piece(BODY, "\n".join(lines), index)


def pieces(notes: list[Note], heading: str, subtitle: str, disclaimer: str, budget: int) -> Iterator[Piece]:
    yield Piece(HEADING, heading)
    yield Piece(SUBTITLE, subtitle)
    if not notes:
        yield Piece(EMPTY, translate("NotesPrint", "There are no notes yet."))
    for index, note in enumerate(notes):
        yield Piece(TITLE, break_long_line(note.display_title(), LINE_LIMIT)[0], index)
        yield Piece(META, note_meta(note), index)
        if note.body:
            yield from _body_pieces(note.body, index, budget)
    yield Piece(DISCLAIMER, disclaimer)


def chunked(items: Iterable[Piece], budget: int = CHUNK_CHARS) -> Iterator[list[Piece]]:
    """Group pieces into chunks of about ``budget`` characters (a piece is never split here)."""
    chunk: list[Piece] = []
    size = 0
    for piece in items:
        if chunk and size + len(piece.text) > budget:
            yield chunk
            chunk, size = [], 0
        chunk.append(piece)
        size += len(piece.text) + 1
    if chunk:
        yield chunk
