"""NotesStore: the person's notes in ``<data dir>/notes.sqlite3`` (SQLite, stdlib only, no Qt).

Durability and privacy
- Folder 0700, file 0600, wherever the store is opened (opening.py). Nothing here ever deletes the file.
- WAL journal, ``synchronous=FULL`` (a committed note survives a crash and a power cut), a busy timeout so
  a second window of the app waits for the lock instead of failing; ``transaction(wait=False)`` does not
  wait at all (``StoreBusy``), so an interface can show "waiting" instead of freezing.
- Every write is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction; any error rolls it back.
- A file that is not a healthy notes store (not SQLite, damaged pages found by ``PRAGMA quick_check``,
  some other program's database) is renamed aside to ``notes.sqlite3.corrupt-YYYYmmdd-HHMMSS`` (with its
  ``-wal``/``-shm``), the notes that can still be read are saved beside it as Markdown (``salvage_file``),
  and a fresh store is started; ``recovered_from`` names the kept file. ``open(..., read_only=True)`` (an
  export) never moves anything: it raises ``StoreDamaged`` instead. A store made by a newer app version, a
  locked store or an unreadable folder are not damage: ``NotesError``, nothing moved.
- A folder or file that cannot be written is opened read-only (``read_only_reason`` says why): everything
  can be read; every write raises ``StoreReadOnly``.
- The file vanishing or being replaced while open (a clean-up tool, a sync client) is noticed before every
  write (``file_problem``). A vanished file is written out again at once (``recreate``: everything this
  connection still holds) and ``recreated_listeners`` are told; a replaced one makes writes raise
  ``StoreGone`` until the caller chooses (``recreate`` keeps our copy beside the new file).
- Migrations: migration.py (one transaction each, a ``.bak-v<N>`` copy first).

Second window of the app: every note has a revision counter ``rev``. ``update(..., expected_rev=r)`` raises
``NoteConflict`` when the note changed (or went to the bin, or was removed) since the caller read revision
``r``. ``changed_elsewhere()`` tells a view that another connection committed something.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from isoapp.notes import migration, opening, queries, schema, writes
from isoapp.notes import search as _search
from isoapp.notes.errors import NoteConflict, NotesError, StoreBusy, StoreDamaged, StoreGone, StoreReadOnly
from isoapp.notes.model import Note, now_stamp
from isoapp.notes.opening import BUSY_TIMEOUT_MS, FILENAME, NotANotesStore
from isoapp.notes.queries import PREVIEW_CHARS, NoteSummary
from isoapp.notes.recovery import file_identity, move_aside, move_own_sidecars_aside, write_salvage
from isoapp.notes.salvage_backup import write_salvage_backup
from isoapp.notes.search import SearchHit, fts_query, python_highlight, python_snippet

__all__ = [
    "BUSY_TIMEOUT_MS",
    "FILENAME",
    "AddResult",
    "NoteSummary",
    "NotesStore",
    "SearchHit",
    "fts_query",
    "move_aside",
    "python_highlight",
    "python_snippet",
]

MISSING, REPLACED = "missing", "replaced"
_UNSET: Any = object()


class AddResult(NamedTuple):
    added: list[int]  # ids of the notes added
    skipped: int  # notes identical (title, body, created) to one already stored, not added again


class NotesStore:
    """The notes store. Open with ``NotesStore.open(data_dir)``; close with ``close()``."""

    def __init__(self, path: Path) -> None:
        self._conn: sqlite3.Connection | None = None
        self.path = path
        self.data_dir = path.parent
        self.recovered_from: Path | None = None
        self.salvage_file: Path | None = None  # readable notes of a damaged file, as Markdown
        self.salvaged = 0
        self.salvage_backup: Path | None = None  # its readable course and check-ins, as a backup file
        self.migration_backup: Path | None = None
        self.read_only_reason: str | None = None
        self._identity: tuple[int, int] | None = None
        self._wal_identity: tuple[int, int] | None = None
        self._data_version: int | None = None
        # Called with None after a vanished file was written out again before a write (the UI tells the person).
        self.recreated_listeners: list[Callable[[Path | None], None]] = []

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, data_dir: Path, *, read_only: bool = False) -> NotesStore:
        """Open (or start) the store in ``data_dir``. ``read_only``: create, move and write nothing."""
        data_dir = Path(data_dir)
        opening.private_folder(data_dir, create=not read_only)
        store = cls(data_dir / FILENAME)
        store._load(read_only=read_only)
        return store

    def _load(self, *, read_only: bool) -> None:
        try:
            opened = opening.open_connection(self.path, read_only=read_only)
        except NotANotesStore:
            opened = self._put_damaged_aside(read_only)
        self._conn = opened.conn
        self.read_only_reason = opened.read_only_reason
        try:
            if opened.version < schema.CURRENT_VERSION:
                if self.read_only_reason is None:
                    self._migrate(opened.version)
                else:
                    self._conn = migration.migrated_in_memory(opened.conn, opened.version)
            self._data_version = self._read_data_version()
            self._identity = file_identity(self.path)
            self._wal_identity = file_identity(opening.sidecars(self.path)[0])
        except BaseException:
            self.close()
            raise

    def _put_damaged_aside(self, read_only: bool) -> opening.Opened:
        if read_only or opening.read_only_reason(self.path):
            raise StoreDamaged(
                f"Your notes file {self.path} is damaged. Nothing was changed. Open Isotretinoin Guide "
                "to put it aside (it is kept) and save the notes that can still be read."
            )
        try:
            self.recovered_from = move_aside(self.path)
        except OSError as exc:
            raise NotesError(
                f"Your notes file {self.path} is damaged and could not be moved aside: {exc.strerror or exc}."
            ) from exc
        self.salvage_file, self.salvaged = write_salvage(self.recovered_from)
        self.salvage_backup = write_salvage_backup(self.recovered_from)
        return opening.open_connection(self.path)

    def _migrate(self, version: int) -> None:
        if version >= 1:
            target = self.path.with_name(f"{FILENAME}.bak-v{version}")
            self.migration_backup = migration.backup_copy(self._c, target)
        migration.migrate(self._c, version)

    # ------------------------------------------------------------------ plumbing
    @property
    def connection(self) -> sqlite3.Connection:
        """The open sqlite3 connection, for readers in other modules (write through ``transaction()``)."""
        if self._conn is None:
            raise NotesError("The notes store is closed.")
        return self._conn

    _c = connection

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT); rolled back on any error.

        ``wait=False``: do not wait for another program's write lock; raise ``StoreBusy`` at once.
        """
        self._check_writable()
        conn = self._c
        self._begin(conn, wait)
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _check_writable(self) -> None:
        if self.read_only_reason is not None:
            raise StoreReadOnly(f"Changes cannot be saved: {self.read_only_reason}.")
        problem = self.file_problem()
        if problem == MISSING:  # nothing to choose: write out everything this connection holds, then go on
            try:
                self.recreate()
            except (OSError, sqlite3.Error, NotesError) as exc:
                raise StoreGone(
                    f"The notes file {self.path} was deleted while the app was open, and could not be made "
                    f"again: {getattr(exc, 'strerror', None) or exc}."
                ) from exc
            for listener in list(self.recreated_listeners):
                listener(None)
        elif problem == REPLACED:
            raise StoreGone(f"The notes file {self.path} was replaced by another file while the app was open.")

    @staticmethod
    def _begin(conn: sqlite3.Connection, wait: bool) -> None:
        if wait:
            conn.execute("BEGIN IMMEDIATE")
            return
        conn.execute("PRAGMA busy_timeout=0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise StoreBusy("Another program is using the notes file right now. Try again in a moment.") from exc
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_data_version(self) -> int:
        return self._c.execute("PRAGMA data_version").fetchone()[0]

    def changed_elsewhere(self) -> bool:
        """True once after another connection (e.g. a second app window) committed a change."""
        current = self._read_data_version()
        changed = self._data_version is not None and current != self._data_version
        self._data_version = current
        return changed

    def integrity_check(self) -> str:
        return ";".join(r[0] for r in self._c.execute("PRAGMA integrity_check"))

    # ------------------------------------------------------------------ the file vanished or was replaced
    def file_problem(self) -> str | None:
        """MISSING or REPLACED when the file at ``path`` is no longer the one opened; else None."""
        try:
            st = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return MISSING
        except OSError:
            return None  # cannot tell (e.g. the folder is not readable now): the write itself will say
        if self._identity is not None and (st.st_dev, st.st_ino) != self._identity:
            return REPLACED
        return None

    def recreate(self) -> Path | None:
        """After the file vanished: write everything this connection still holds to a new file and use it.

        After it was replaced: keep what this connection holds as ``notes.sqlite3.kept-…`` (returned) and
        use the file now in place. Returns the kept copy, or None.
        """
        problem = self.file_problem()
        if problem is None:
            return None
        opening.private_folder(self.data_dir)
        kept = None
        if problem == MISSING:
            tmp = migration.backup_copy(self._c, self.path.with_name(f".{FILENAME}.restoring"))
            os.replace(tmp, self.path)
        else:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = migration.backup_copy(self._c, self.path.with_name(f"{FILENAME}.kept-{stamp}"))
        self.close()
        if kept is not None:
            move_own_sidecars_aside(self.path, self._wal_identity, kept)
        self.recovered_from = None
        self._load(read_only=False)
        return kept

    # ------------------------------------------------------------------ writing
    def add(
        self,
        title: str = "",
        body: str = "",
        *,
        section: str | None = None,
        is_question: bool = False,
        answered: bool = False,
        created: str | None = None,
        updated: str | None = None,
        wait: bool = True,
    ) -> Note:
        with self.transaction(wait=wait) as conn:
            note_id = self._insert(conn, title, body, section, is_question, answered, created, updated)
        note = self.get(note_id)
        assert note is not None
        return note

    def add_many(self, notes: Iterable[Mapping[str, Any]]) -> list[int]:
        """Add several notes in ONE transaction (all or none). Keys as for ``add``."""
        with self.transaction() as conn:
            return [self._insert_mapping(conn, n) for n in notes]

    def add_new(self, notes: Iterable[Mapping[str, Any]], *, wait: bool = True) -> AddResult:
        """Like ``add_many``, but skip notes identical (title, body, created) to one already stored."""
        notes = list(notes)
        with self.transaction(wait=wait) as conn:
            keys = [writes.duplicate_key(n) for n in notes]
            there = queries.existing_keys(conn, [k for k in keys if k is not None])
            added = [self._insert_mapping(conn, n) for n, k in zip(notes, keys, strict=True) if k not in there]
        return AddResult(added, len(notes) - len(added))

    def _insert_mapping(self, conn: sqlite3.Connection, n: Mapping[str, Any]) -> int:
        return self._insert(
            conn,
            n.get("title", ""),
            n.get("body", ""),
            n.get("section"),
            bool(n.get("is_question", False)),
            bool(n.get("answered", False)),
            n.get("created"),
            n.get("updated"),
        )

    @staticmethod
    def _insert(conn, title, body, section, is_question, answered, created, updated) -> int:
        return writes.insert(conn, title, body, section, is_question, answered, created, updated)

    def update(
        self,
        note_id: int,
        *,
        title: str = _UNSET,
        body: str = _UNSET,
        section: str | None = _UNSET,
        is_question: bool = _UNSET,
        answered: bool = _UNSET,
        expected_rev: int | None = None,
        wait: bool = True,
    ) -> Note:
        """Change a note. With ``expected_rev``: raise NoteConflict if it changed since that revision.

        Nothing is written (and ``updated`` stays) when every given value equals the stored one.
        """
        given = {"title": title, "body": body, "section": section, "is_question": is_question, "answered": answered}
        changes = writes.normalised_changes({k: v for k, v in given.items() if v is not _UNSET})
        with self.transaction(wait=wait) as conn:
            current = queries.get(conn, note_id)
            if current is None:
                raise NoteConflict(note_id, "This note is no longer in your notes (it was removed elsewhere).")
            if expected_rev is not None and (current.rev != expected_rev or current.in_bin):
                raise NoteConflict(note_id)
            changes = {k: v for k, v in changes.items() if writes.stored_values(current)[k] != v}
            if not changes:
                return current
            if "body" in changes:
                changes["preview"] = changes["body"][:PREVIEW_CHARS]
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(
                f"UPDATE notes SET {assignments}, updated = ?, rev = rev + 1 WHERE id = ?",
                (*changes.values(), now_stamp(), note_id),
            )
            note = queries.get(conn, note_id)
        assert note is not None
        return note

    def delete(self, note_id: int, *, wait: bool = True) -> None:
        """Move a note to the bin (it can be restored until the bin is emptied)."""
        with self.transaction(wait=wait) as conn:
            conn.execute(
                "UPDATE notes SET deleted_at = ?, rev = rev + 1 WHERE id = ? AND deleted_at IS NULL",
                (now_stamp(), note_id),
            )

    def restore(self, note_id: int, *, wait: bool = True) -> None:
        with self.transaction(wait=wait) as conn:
            conn.execute(
                "UPDATE notes SET deleted_at = NULL, rev = rev + 1 WHERE id = ? AND deleted_at IS NOT NULL",
                (note_id,),
            )

    def empty_bin(self, *, wait: bool = True) -> int:
        """Remove the notes in the bin for good; returns how many."""
        with self.transaction(wait=wait) as conn:
            return conn.execute("DELETE FROM notes WHERE deleted_at IS NOT NULL").rowcount

    # ------------------------------------------------------------------ reading (queries.py, search.py)
    def get(self, note_id: int) -> Note | None:
        return queries.get(self._c, note_id)

    def list(self, *, order: str = "updated", limit: int | None = None, **filters: Any) -> list[Note]:
        """Whole notes. Filters: questions_only, include_deleted, only_deleted, section."""
        return queries.list_notes(self._c, order=order, limit=limit, **filters)

    def summaries(
        self, *, order: str = "updated", limit: int | None = None, offset: int = 0, **filters: Any
    ) -> list[NoteSummary]:
        """Like ``list`` with only the start of each body; ``limit``/``offset`` page through the list."""
        return queries.summaries(self._c, order=order, limit=limit, offset=offset, **filters)

    def count(self, **filters: Any) -> int:
        return queries.count(self._c, **filters)

    def search(self, text: str, *, questions_only: bool = False, limit: int = 100) -> list[SearchHit]:
        return _search.search(self._c, text, questions_only=questions_only, limit=limit)
