"""Errors the notes package raises. Each carries a one-line message written for the person."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


class NotesError(Exception):
    """A notes operation failed in a way the person should be told about (one plain line)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # keep it one line whatever the cause
        return " ".join(self.message.split())


class NoteConflict(NotesError):
    """The note changed (or went to the bin) underneath us, e.g. in a second window of the app."""

    def __init__(self, note_id: int, message: str | None = None) -> None:
        super().__init__(message or f"Note {note_id} was changed somewhere else.")
        self.note_id = note_id


class StoreReadOnly(NotesError):
    """The store was opened read-only (a read-only folder or file): changes cannot be saved."""


class StoreBusy(NotesError):
    """Another program holds the write lock and the caller asked not to wait."""


class StoreGone(NotesError):
    """The notes file vanished or was replaced while the app had it open (see NotesStore.file_problem)."""


class StoreDamaged(NotesError):
    """The notes file is damaged and this command may not move it aside (e.g. an export)."""


# SQLite primary result codes (https://www.sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
LOW_SPACE_BYTES = 1024 * 1024


def _disk_nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def plain_reason(exc: BaseException, folder: Path | None = None) -> str:
    """What went wrong, in plain words and without a final full stop (for "Could not …: REASON.")."""
    if isinstance(exc, NotesError):
        return str(exc).rstrip(". ")
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == _FULL or "disk is full" in text or "no space" in text or _disk_nearly_full(folder):
        return "the disk is full. Free some space, then try again"
    if primary == _READONLY or "readonly" in text or "read-only" in text:
        return "the notes file or its folder is read-only"
    if primary in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return "another program is using the notes file. Try again in a moment"
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return "the notes file is damaged"
    if primary == _IOERR or "disk i/o" in text:
        return "the disk could not be read or written (it may have been removed or have a fault)"
    if primary == _CANTOPEN or "unable to open" in text:
        return "the notes file could not be opened"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, sqlite3.Error):
        return f"the notes file could not be used ({exc})"
    return str(exc) or type(exc).__name__
