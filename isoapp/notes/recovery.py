"""Damaged notes files: put them aside (kept, never deleted) and rescue the notes that can still be read.

``move_aside`` renames the file (and its ``-wal``/``-shm``) to ``notes.sqlite3.corrupt-YYYYmmdd-HHMMSS``.
``salvage`` reads a damaged file note by note, skipping what SQLite cannot read, and ``write_salvage``
saves those notes as a Markdown file beside the kept file (``….readable.md``, 0600), which the person can
import again (the app offers it; the command line names it).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from isoapp.notes.markdown_io import format_notes
from isoapp.notes.model import Note, check_section, normalise_title, now_stamp, parse_stamp
from isoapp.notes.opening import sidecars

_BATCH = 256
_NOTE_COLUMNS = ("id", "title", "body", "section", "is_question", "answered", "created", "updated")


def move_aside(path: Path) -> Path:
    """Rename a damaged store (and its -wal/-shm) to ``<name>.corrupt-YYYYmmdd-HHMMSS``; return the new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm", ".readable.md")):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    # Side files first: a stale -wal left beside a fresh store would be replayed into it.
    for side, suffix in zip(sidecars(path), ("-wal", "-shm"), strict=True):
        if side.exists():
            os.replace(side, f"{target}{suffix}")
    os.replace(path, target)
    return target


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or None: tells whether the file there is still the one opened."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def move_own_sidecars_aside(path: Path, wal_identity: tuple[int, int] | None, kept: Path) -> None:
    """After the store file was replaced, our ``-wal`` (and ``-shm``) are still at the old name, and SQLite
    would replay them into the new file. Their content is in ``kept``: move them beside it (never deleted)."""
    wal, shm = sidecars(path)
    if wal_identity is None or file_identity(wal) != wal_identity:
        return
    for side, suffix in ((wal, "-wal"), (shm, "-shm")):
        if side.exists():
            os.replace(side, f"{kept}{suffix}")


def _rows(conn: sqlite3.Connection, low: int, high: int, columns: str) -> list[tuple]:
    """Rows with ``low <= id <= high``; on damage, halve the range until single unreadable ids are skipped."""
    try:
        sql = f"SELECT {columns} FROM notes WHERE id BETWEEN ? AND ? ORDER BY id"
        return conn.execute(sql, (low, high)).fetchall()
    except sqlite3.DatabaseError:
        if low >= high:
            return []
        mid = (low + high) // 2
        return _rows(conn, low, mid, columns) + _rows(conn, mid + 1, high, columns)


def _highest_id(conn: sqlite3.Connection) -> int:
    for sql in ("SELECT max(id) FROM notes", "SELECT seq FROM sqlite_sequence WHERE name = 'notes'"):
        try:
            row = conn.execute(sql).fetchone()
            if row and isinstance(row[0], int):
                return row[0]
        except sqlite3.DatabaseError:
            continue
    return 1_000_000


def _columns(conn: sqlite3.Connection) -> list[str]:
    try:
        have = {r[1] for r in conn.execute("PRAGMA table_info(notes)")}
    except sqlite3.DatabaseError:
        have = set()
    return [c for c in _NOTE_COLUMNS if c in have] if {"id", "title", "body"} <= have else ["id", "title", "body"]


def _readable_rows(path: Path) -> Iterator[dict]:
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return
    try:
        columns = _columns(conn)
        highest = _highest_id(conn)
        for low in range(1, highest + 1, _BATCH):
            for row in _rows(conn, low, min(low + _BATCH - 1, highest), ", ".join(columns)):
                yield dict(zip(columns, row, strict=True))
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()


def _as_note(row: dict) -> Note | None:
    title, body = row.get("title"), row.get("body")
    if not isinstance(title, str) or not isinstance(body, str):
        return None
    created = parse_stamp(str(row.get("created") or "")) or now_stamp()
    updated = parse_stamp(str(row.get("updated") or "")) or created
    try:
        section = check_section(row.get("section") if isinstance(row.get("section"), str) else None)
    except ValueError:
        section = None
    return Note(
        int(row["id"]),
        normalise_title(title),
        body,
        section,
        bool(row.get("is_question")),
        bool(row.get("answered")),
        created,
        updated,
        None,
        1,
    )


def salvage(path: Path) -> list[Note]:
    """The notes that can still be read from the damaged file at ``path`` (notes in the bin too)."""
    notes = [n for n in (_as_note(r) for r in _readable_rows(path)) if n is not None]
    notes.sort(key=lambda n: (n.created, n.id))
    return notes


def write_salvage(kept: Path) -> tuple[Path | None, int]:
    """Save the readable notes of the kept damaged file as Markdown beside it; (file or None, how many)."""
    notes = salvage(kept)
    if not notes:
        return None, 0
    target = kept.with_name(kept.name + ".readable.md")
    old = os.umask(0o077)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(format_notes(notes))
    except OSError:
        return None, 0
    finally:
        os.umask(old)
    return target, len(notes)
