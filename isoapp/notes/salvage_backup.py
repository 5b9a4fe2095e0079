"""The course and check-ins that can still be read from a damaged store, as a backup file (--import-all).

recovery.py saves a damaged file's readable notes as Markdown; this does the same for the rest of the
person's data, in the backup format (isoapp.backup), beside the kept file: ``….readable.json`` (0600).
Parts that cannot be read are left out: the course, or the check-ins, or both.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from isoapp.notes.model import Note


class _DamagedStore:
    """Just enough of a NotesStore for the backup readers: a read-only connection and the rescued notes."""

    def __init__(self, conn: sqlite3.Connection, notes: list[Note]) -> None:
        self.connection = conn
        self._notes = notes

    def list(self, **_filters) -> list[Note]:
        return list(self._notes)


def _readable(fn):
    try:
        return fn()
    except Exception:  # noqa: BLE001 - a damaged table, a missing one, a value that no longer parses
        return None


def _backup_of(conn: sqlite3.Connection) -> dict | None:
    from isoapp import backup
    from isoapp.course_store import CourseStore

    shim = _DamagedStore(conn, [])  # the notes are in the Markdown salvage: importing both adds them once
    data = _readable(lambda: backup.backup_dict(shim))
    if data is None:  # the check-ins could not be read: keep the course, if it can be
        course = _readable(lambda: backup._course_dict(CourseStore(shim)))
        data = {"format": backup.FORMAT, "version": backup.VERSION, "exported": backup._stamp(None)}
        data.update(notes=[], course=course, checkins=[])
    return data if data.get("course") or data.get("checkins") else None


def write_salvage_backup(kept: Path) -> Path | None:
    """Write ``….readable.json`` beside the kept damaged file when it holds a readable course or check-ins."""
    try:
        conn = sqlite3.connect(kept.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        data = _backup_of(conn)
    finally:
        conn.close()
    if data is None:
        return None
    target = kept.with_name(kept.name + ".readable.json")
    old = os.umask(0o077)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except OSError:
        return None
    finally:
        os.umask(old)
    return target
