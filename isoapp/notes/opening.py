"""Opening the notes file: folder and file modes, the damage check, read-write or read-only connections.

- The data folder is created 0700 and an existing one is tightened to 0700 (when it is ours); the file is
  created 0600 and tightened to 0600. This happens wherever the store is opened (app, import, export).
- Before a read-write connection is made, the file is inspected through a read-only one: its version, its
  tables and ``PRAGMA quick_check``. A file that fails is "not a notes store" (``NotANotesStore``); the
  caller decides whether it may be moved aside. (A read-write connection to a damaged file could, on
  closing, delete a ``-wal`` file that holds the person's latest notes.)
- A folder or file that cannot be written is opened read-only: ``mode=ro``, or ``immutable=1`` when the
  ``-shm`` file cannot be made either. ``Opened.read_only_reason`` then says why, in plain words.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from isoapp.notes import schema
from isoapp.notes.errors import NotesError

FILENAME = "notes.sqlite3"
BUSY_TIMEOUT_MS = 5000
READ_ONLY_COMMAND = "it was opened only to read from it"
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class NotANotesStore(Exception):
    """The file is not a (healthy) notes store: not SQLite, damaged, or some other program's database."""


@dataclass
class Opened:
    conn: sqlite3.Connection
    version: int
    read_only_reason: str | None = None


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def private_folder(path: Path, *, create: bool = True) -> None:
    """Create ``path`` 0700 (if ``create``), and tighten an existing folder of ours to 0700."""
    old = os.umask(0o077)
    try:
        if create:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = path.stat()
    except OSError as exc:
        raise NotesError(f"Could not use the notes folder {path}: {exc.strerror or exc}.") from exc
    finally:
        os.umask(old)
    if st.st_mode & 0o077 and st.st_uid == os.geteuid():
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass  # a read-only file system: nothing can be written there anyway


def _tighten(path: Path) -> None:
    for p in (path, *sidecars(path)):
        try:
            if p.exists() and p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)
        except OSError:
            pass  # read-only: it cannot be changed, and nothing new is written


def read_only_reason(path: Path) -> str | None:
    """Why the store at ``path`` cannot be written, or None when it can."""
    if not os.access(path.parent, os.W_OK):
        return "the notes folder is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the notes file is read-only"
    return None


def _uri(path: Path, extra: str) -> str:
    return path.absolute().as_uri() + "?" + extra


def connect_read_only(path: Path, *, command: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``immutable=1`` when SQLite cannot make the ``-shm`` file beside it.

    ``command`` (a read-only command such as an export): when no ``-wal`` file exists, no program has the
    store open and every change is in the main file, so it is read as immutable and nothing is created.
    """
    timeout = BUSY_TIMEOUT_MS / 1000
    if command and not sidecars(path)[0].exists():
        return sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True, timeout=timeout, isolation_level=None)
    conn = sqlite3.connect(_uri(path, "mode=ro"), uri=True, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True, timeout=timeout, isolation_level=None)


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """Check the file behind ``conn``; return its schema version. Raises NotANotesStore or NotesError."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith("sqlite_") and not r[0].startswith("notes_fts_")
    }
    if version > schema.CURRENT_VERSION:
        raise NotesError(
            f"Your notes file {path} was written by a newer version of Isotretinoin Guide. "
            "Please update the app. The file was not changed."
        )
    if (version == 0 and tables) or (version > 0 and not schema.REQUIRED_TABLES[version] <= tables):
        raise NotANotesStore("other tables")
    if version > 0:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise NotANotesStore("; ".join(problems))
    return version


def _connect_read_write(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise NotesError(f"Could not switch the notes file {path} to safe (WAL) mode.")
        conn.execute("PRAGMA synchronous=FULL")
    except BaseException:
        conn.close()
        raise
    _tighten(path)
    return conn


def _create_file(path: Path) -> None:
    old = os.umask(0o077)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another window created it a moment ago
    finally:
        os.umask(old)


def _checked(fn, path: Path):
    """Run ``fn``; turn SQLite and OS errors into NotANotesStore (damage) or a one-line NotesError."""
    try:
        return fn()
    except (NotANotesStore, NotesError):
        raise
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise NotANotesStore(str(exc)) from exc
        raise NotesError(f"Could not open your notes file {path}: {exc}.") from exc
    except OSError as exc:
        raise NotesError(f"Could not open your notes file {path}: {exc.strerror or exc}.") from exc


def _inspect_file(path: Path, command: bool) -> int:
    conn = connect_read_only(path, command=command)
    try:
        return inspect(conn, path)
    finally:
        conn.close()


def open_connection(path: Path, *, read_only: bool = False) -> Opened:
    """Open the store file at ``path`` (its folder exists). ``read_only``: never create or write anything."""
    reason = READ_ONLY_COMMAND if read_only else read_only_reason(path)
    if reason is not None and not path.exists():
        raise NotesError(f"There is no notes file in {path.parent} yet, and none can be made there now.")
    if reason is None and not path.exists():
        _checked(lambda: _create_file(path), path)
    if reason is None:
        _tighten(path)
    version = _checked(lambda: _inspect_file(path, read_only), path)
    if reason is None:
        try:
            return Opened(_checked(lambda: _connect_read_write(path), path), version)
        except NotesError as exc:
            if "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower():
                raise
            reason = "the notes file cannot be written"
    conn = _checked(lambda: connect_read_only(path, command=read_only), path)
    return Opened(conn, version, reason)
