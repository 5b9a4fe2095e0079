"""Reading notes: whole notes, list summaries and counts (plain SQL on a connection; no writes, no Qt)."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from isoapp.notes.model import Note

PREVIEW_CHARS = 160  # the list shows this much of a body (kept in its own column, see schema.py)
TITLE_SUMMARY_CHARS = 500  # a list never needs more of a title (a pasted 1 MB title stays cheap)
COLUMNS = "id, title, body, section, is_question, answered, created, updated, deleted_at, rev"
ORDERS = {"updated": "updated DESC, id DESC", "created": "created ASC, id ASC"}


class NoteSummary(NamedTuple):
    """A note as a list shows it: ``preview`` is only the start of the body. (A NamedTuple: the list makes
    10,000 of these at once, and a tuple is several times cheaper to build than a frozen dataclass.)"""

    id: int
    title: str
    preview: str
    section: str | None
    is_question: bool
    answered: bool
    created: str
    updated: str
    deleted_at: str | None
    rev: int

    def display_title(self) -> str:
        if self.title:
            return self.title
        for line in self.preview.splitlines():
            if line.strip():
                return line.strip()[:80]
        return "Untitled note"


def note_from_row(row: tuple) -> Note:
    return Note(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7], row[8], row[9])


def where(questions_only: bool, include_deleted: bool, only_deleted: bool, section: str | None):
    clauses, params = [], []
    if only_deleted:
        clauses.append("deleted_at IS NOT NULL")
    elif not include_deleted:
        clauses.append("deleted_at IS NULL")
    if questions_only:
        clauses.append("is_question = 1")
    if section is not None:
        clauses.append("section = ?")
        params.append(section)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def get(conn: sqlite3.Connection, note_id: int) -> Note | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
    return note_from_row(row) if row else None


def list_notes(conn: sqlite3.Connection, *, order: str = "updated", limit: int | None = None, **filters) -> list[Note]:
    """Whole notes. ``order``: "updated" (newest change first) or "created" (oldest first, export order)."""
    clause, params = where(**_filters(filters))
    sql = f"SELECT {COLUMNS} FROM notes{clause} ORDER BY {ORDERS[order]}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [note_from_row(r) for r in conn.execute(sql, params)]


def summaries(
    conn: sqlite3.Connection, *, order: str = "updated", limit: int | None = None, offset: int = 0, **filters
) -> list[NoteSummary]:
    """Like ``list_notes`` but with only the start of each body (what the notes list needs).

    Reads only the covering index ``notes_list``, never the bodies: fast with many or long notes.
    """
    clause, params = where(**_filters(filters))
    sql = (
        f"SELECT id, substr(title, 1, {TITLE_SUMMARY_CHARS}), preview, section, is_question, answered, created, "
        f"updated, deleted_at, rev FROM notes{clause} ORDER BY {ORDERS[order]}"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    make = NoteSummary._make
    return [make((r[0], r[1], r[2], r[3], r[4] == 1, r[5] == 1, *r[6:])) for r in conn.execute(sql, params)]


def count(conn: sqlite3.Connection, **filters) -> int:
    clause, params = where(**_filters(filters))
    return conn.execute(f"SELECT count(*) FROM notes{clause}", params).fetchone()[0]


_FILTERS = ("questions_only", "include_deleted", "only_deleted", "section")


def _filters(given: dict) -> dict:
    unknown = set(given) - set(_FILTERS)
    if unknown:
        raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    return {
        "questions_only": bool(given.get("questions_only", False)),
        "include_deleted": bool(given.get("include_deleted", False)),
        "only_deleted": bool(given.get("only_deleted", False)),
        "section": given.get("section"),
    }


def existing_keys(conn: sqlite3.Connection, keys: list[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """Which (title, body, created) triples are already stored in a note not in the bin."""
    found = set()
    for title, body, created in keys:
        row = conn.execute(
            "SELECT 1 FROM notes WHERE created = ? AND title = ? AND body = ? AND deleted_at IS NULL LIMIT 1",
            (created, title, body),
        ).fetchone()
        if row is not None:
            found.add((title, body, created))
    return found
