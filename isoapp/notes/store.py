"""NotesStore: the person's notes in ``<data dir>/notes.sqlite3`` (SQLite, stdlib only, no Qt).

Durability and privacy
- The data dir is created 0700 and the file 0600 (umask 077 around creation; an existing file is tightened
  to 0600). Nothing here ever deletes the file.
- WAL journal, ``synchronous=FULL`` (a committed note survives a crash and a power cut), a busy timeout so
  a second window of the app waits for the lock instead of failing.
- Every write is one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction; any error rolls it back.
- A file that cannot be opened as a notes store (not SQLite, damaged header, some other program's database)
  is renamed aside to ``notes.sqlite3.corrupt-YYYYmmdd-HHMMSS`` (its ``-wal``/``-shm`` go along, renamed
  the same way) and a fresh store is started; ``recovered_from`` then names the kept file. A store made by
  a newer app version, a locked store or an unreadable folder are NOT treated as damaged: they raise
  ``NotesError`` and nothing is moved.
- Migrations (schema.py) run one per transaction with their ``user_version`` bump. Before migrating an
  existing store a consistent copy is written to ``notes.sqlite3.bak-v<N>`` (SQLite backup API).

Second window of the app: every note has a revision counter ``rev``. ``update(..., expected_rev=r)`` raises
``NoteConflict`` when the note changed (or went to the bin, or was removed) since the caller read revision
``r``; the caller keeps both versions (see isoapp/ui/notes_view.py). ``changed_elsewhere()`` tells a view
that another connection committed something so it can refresh its list.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from isoapp.notes import schema
from isoapp.notes.errors import NoteConflict, NotesError
from isoapp.notes.model import Note, check_section, normalise_title, now_stamp, parse_stamp

FILENAME = "notes.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Markers FTS5 puts around matched words. Private-use characters: never shown, never parsed as markup.
HIT_START = "\ue000"
HIT_END = "\ue001"
SNIPPET_FTS_MAX = 4000
PREVIEW_CHARS = 160  # the list shows this much of a body (kept in its own column, see schema.py)
SNIPPET_SCAN = 100_000

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_COLUMNS = "id, title, body, section, is_question, answered, created, updated, deleted_at, rev"
_UNSET: Any = object()


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


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; ``title_parts``/``snippet_parts`` are (text, is_match) runs to draw highlighted."""

    note: NoteSummary
    title_parts: list[tuple[str, bool]]
    snippet_parts: list[tuple[str, bool]]


class _NotANotesStore(Exception):
    pass


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _make_private_dir(path: Path) -> None:
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise NotesError(f"Could not create the notes folder {path}: {exc.strerror or exc}.") from exc
    finally:
        os.umask(old)


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def move_aside(path: Path) -> Path:
    """Rename a damaged store (and its -wal/-shm) to ``<name>.corrupt-YYYYmmdd-HHMMSS``; return the new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    # Side files first: a stale -wal left beside a fresh store would be replayed into it.
    for side, suffix in zip(_sidecars(path), ("-wal", "-shm"), strict=True):
        if side.exists():
            os.replace(side, f"{target}{suffix}")
    os.replace(path, target)
    return target


def _split_marked(text: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for piece in re.split(f"({HIT_START}.*?{HIT_END})", text, flags=re.S):
        if not piece:
            continue
        if piece.startswith(HIT_START) and piece.endswith(HIT_END):
            parts.append((piece[1:-1], True))
        else:
            parts.append((piece.replace(HIT_START, "").replace(HIT_END, ""), False))
    return parts


def fts_query(text: str) -> str | None:
    """The person's search words -> a safe FTS5 query: every word must appear, the last may be a prefix."""
    words = re.findall(r"[^\W_]+", text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


class NotesStore:
    """The notes store. Open with ``NotesStore.open(data_dir)``; close with ``close()``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.data_dir = path.parent
        self.recovered_from = recovered_from
        self.migration_backup: Path | None = None
        self._data_version: int | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, data_dir: Path) -> NotesStore:
        data_dir = Path(data_dir)
        _make_private_dir(data_dir)
        path = data_dir / FILENAME
        recovered_from: Path | None = None
        try:
            conn, version = cls._connect_checked(path)
        except _NotANotesStore:
            try:
                recovered_from = move_aside(path)
            except OSError as exc:
                raise NotesError(
                    f"Your notes file {path} is damaged and could not be moved aside: {exc.strerror or exc}."
                ) from exc
            conn, version = cls._connect_checked(path)
        store = cls(conn, path, recovered_from)
        try:
            store._migrate(version)
            store._data_version = store._read_data_version()
        except BaseException:
            store.close()
            raise
        return store

    @staticmethod
    def _connect_checked(path: Path) -> tuple[sqlite3.Connection, int]:
        old = os.umask(0o077)
        conn: sqlite3.Connection | None = None
        try:
            if not path.exists():
                try:
                    os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
                except FileExistsError:
                    pass  # another window created it a moment ago
            elif path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
            # Look first through a read-only connection: if the file turns out to be damaged, a read-write
            # connection would, on closing, delete a -wal file that may hold the person's latest notes.
            conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not r[0].startswith("sqlite_") and not r[0].startswith("notes_fts_")
            }
            if version > schema.CURRENT_VERSION:
                raise NotesError(
                    f"Your notes file {path} was written by a newer version of Isotretinoin Guide. "
                    "Please update the app; the file was left as it is."
                )
            if (version == 0 and tables) or (version > 0 and not schema.REQUIRED_TABLES[version] <= tables):
                raise _NotANotesStore()
            if version > 0:
                conn.execute("SELECT id FROM notes LIMIT 1").fetchall()
            conn.close()
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise NotesError(f"Could not switch the notes file {path} to safe (WAL) mode.")
            conn.execute("PRAGMA synchronous=FULL")
            for side in _sidecars(path):
                if side.exists() and side.stat().st_mode & 0o077:
                    os.chmod(side, 0o600)
            return conn, version
        except (_NotANotesStore, NotesError):
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if _is_damage(exc):
                raise _NotANotesStore() from exc
            raise NotesError(f"Could not open your notes file {path}: {exc}.") from exc
        except OSError as exc:
            if conn is not None:
                conn.close()
            raise NotesError(f"Could not open your notes file {path}: {exc.strerror or exc}.") from exc
        finally:
            os.umask(old)

    def _migrate(self, version: int) -> None:
        if version >= schema.CURRENT_VERSION:
            return
        if version >= 1:
            self.migration_backup = self._backup_copy(self.path.with_name(f"{FILENAME}.bak-v{version}"))
        conn = self._c
        while version < schema.CURRENT_VERSION:
            try:
                conn.execute("BEGIN IMMEDIATE")
                # Re-read inside the lock: a second window may have migrated meanwhile.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version >= schema.CURRENT_VERSION:
                    conn.execute("COMMIT")
                    break
                for statement in schema.split_statements(schema.MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={version + 1}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            version += 1

    def _backup_copy(self, target: Path) -> Path:
        n = 2
        while target.exists():
            target = target.with_name(f"{target.name.split('~')[0]}~{n}")
            n += 1
        old = os.umask(0o077)
        try:
            dest = sqlite3.connect(target)
            try:
                self._c.backup(dest)
            finally:
                dest.close()
        finally:
            os.umask(old)
        os.chmod(target, 0o600)
        return target

    # ------------------------------------------------------------------ plumbing
    @property
    def _c(self) -> sqlite3.Connection:
        if self._conn is None:
            raise NotesError("The notes store is closed.")
        return self._conn

    @property
    def connection(self) -> sqlite3.Connection:
        """The open sqlite3 connection, for readers in other modules (writes go through ``transaction()``)."""
        return self._c

    @property
    def closed(self) -> bool:
        return self._conn is None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT); rolled back on any error."""
        conn = self._c
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _note(row: tuple) -> Note:
        return Note(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7], row[8], row[9])

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
    ) -> Note:
        with self.transaction() as conn:
            note_id = self._insert(conn, title, body, section, is_question, answered, created, updated)
        note = self.get(note_id)
        assert note is not None
        return note

    def add_many(self, notes: Iterable[Mapping[str, Any]]) -> list[int]:
        """Add several notes in ONE transaction (all or none). Keys as for ``add``."""
        ids: list[int] = []
        with self.transaction() as conn:
            for n in notes:
                ids.append(
                    self._insert(
                        conn,
                        n.get("title", ""),
                        n.get("body", ""),
                        n.get("section"),
                        bool(n.get("is_question", False)),
                        bool(n.get("answered", False)),
                        n.get("created"),
                        n.get("updated"),
                    )
                )
        return ids

    @staticmethod
    def _insert(conn, title, body, section, is_question, answered, created, updated) -> int:
        if not isinstance(title, str) or not isinstance(body, str):
            raise TypeError("title and body must be str")
        now = now_stamp()
        created = parse_stamp(created) if created else None
        updated = parse_stamp(updated) if updated else None
        created = created or now
        updated = updated or created
        cur = conn.execute(
            "INSERT INTO notes (title, body, preview, section, is_question, answered, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                normalise_title(title),
                body,
                body[:PREVIEW_CHARS],
                check_section(section),
                int(is_question),
                int(answered),
                created,
                updated,
            ),
        )
        return int(cur.lastrowid)

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
    ) -> Note:
        """Change a note. With ``expected_rev``: raise NoteConflict if it changed since that revision.

        Nothing is written (and ``updated`` stays) when every given value equals the stored one.
        """
        changes: dict[str, Any] = {}
        if title is not _UNSET:
            changes["title"] = normalise_title(title)
        if body is not _UNSET:
            changes["body"] = body
        if section is not _UNSET:
            changes["section"] = check_section(section)
        if is_question is not _UNSET:
            changes["is_question"] = int(bool(is_question))
        if answered is not _UNSET:
            changes["answered"] = int(bool(answered))
        with self.transaction() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
            if row is None:
                raise NoteConflict(note_id, "This note is no longer in your notes (it was removed elsewhere).")
            current = self._note(row)
            if expected_rev is not None and (current.rev != expected_rev or current.in_bin):
                raise NoteConflict(note_id)
            stored = {
                "title": current.title,
                "body": current.body,
                "section": current.section,
                "is_question": int(current.is_question),
                "answered": int(current.answered),
            }
            changes = {k: v for k, v in changes.items() if stored[k] != v}
            if not changes:
                return current
            if "body" in changes:
                changes["preview"] = changes["body"][:PREVIEW_CHARS]
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(
                f"UPDATE notes SET {assignments}, updated = ?, rev = rev + 1 WHERE id = ?",
                (*changes.values(), now_stamp(), note_id),
            )
            row = conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._note(row)

    def delete(self, note_id: int) -> None:
        """Move a note to the bin (it can be restored until the bin is emptied)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE notes SET deleted_at = ?, rev = rev + 1 WHERE id = ? AND deleted_at IS NULL",
                (now_stamp(), note_id),
            )

    def restore(self, note_id: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE notes SET deleted_at = NULL, rev = rev + 1 WHERE id = ? AND deleted_at IS NOT NULL",
                (note_id,),
            )

    def empty_bin(self) -> int:
        """Remove the notes in the bin for good; returns how many."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM notes WHERE deleted_at IS NOT NULL")
            return cur.rowcount

    # ------------------------------------------------------------------ reading
    def get(self, note_id: int) -> Note | None:
        row = self._c.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._note(row) if row else None

    @staticmethod
    def _where(questions_only: bool, include_deleted: bool, only_deleted: bool, section: str | None):
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

    _ORDERS = {"updated": "updated DESC, id DESC", "created": "created ASC, id ASC"}

    def list(
        self,
        *,
        questions_only: bool = False,
        include_deleted: bool = False,
        only_deleted: bool = False,
        section: str | None = None,
        order: str = "updated",
        limit: int | None = None,
    ) -> list[Note]:
        """Whole notes. ``order``: "updated" (newest change first) or "created" (oldest first, export order)."""
        where, params = self._where(questions_only, include_deleted, only_deleted, section)
        sql = f"SELECT {_COLUMNS} FROM notes{where} ORDER BY {self._ORDERS[order]}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._note(r) for r in self._c.execute(sql, params)]

    def summaries(
        self,
        *,
        questions_only: bool = False,
        include_deleted: bool = False,
        only_deleted: bool = False,
        section: str | None = None,
        order: str = "updated",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[NoteSummary]:
        """Like ``list`` but with only the start of each body (what the notes list needs).

        Reads only the covering index ``notes_list``, never the bodies: fast with many or long notes.
        ``limit``/``offset`` page through the list (the view loads it a page at a time).
        """
        where, params = self._where(questions_only, include_deleted, only_deleted, section)
        sql = (
            "SELECT id, title, preview, section, is_question, answered, created, updated, deleted_at, rev "
            f"FROM notes{where} ORDER BY {self._ORDERS[order]}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        make = NoteSummary._make
        return [make((r[0], r[1], r[2], r[3], r[4] == 1, r[5] == 1, *r[6:])) for r in self._c.execute(sql, params)]

    def count(self, *, include_deleted: bool = False, questions_only: bool = False, only_deleted: bool = False) -> int:
        where, params = self._where(questions_only, include_deleted, only_deleted, None)
        return self._c.execute(f"SELECT count(*) FROM notes{where}", params).fetchone()[0]

    def search(self, text: str, *, questions_only: bool = False, limit: int = 100) -> list[SearchHit]:
        """Full-text search (FTS5) over titles and bodies of notes not in the bin, newest note first.

        Matching is FTS5's (every word must appear, the last may be a prefix; case and accents ignored).
        Results come newest first, not by bm25 rank: ranking must score every match before the first result
        (about 30 ms for a word found in 9,000 of 10,000 notes), while newest-first stops at ``limit``; for a
        personal notebook the latest note is usually the one wanted. Highlights come from FTS5 ``highlight()``
        and ``snippet()`` for ordinary notes; for bodies longer than SNIPPET_FTS_MAX characters the snippet is
        cut in Python from the first SNIPPET_SCAN characters,
        because ``snippet()`` grows with the square of the number of hits in a note (seen: 0.2 s for a 44 kB
        note full of one word, minutes for a 600 kB one).
        """
        query = fts_query(text)
        if query is None:
            return []
        extra = " AND n.is_question = 1" if questions_only else ""
        sql = (
            "SELECT n.id, n.title, n.preview, n.section, n.is_question, n.answered, n.created, "
            "n.updated, n.deleted_at, n.rev, "
            f"CASE WHEN length(n.title) <= {SNIPPET_FTS_MAX} "
            f"THEN highlight(notes_fts, 0, '{HIT_START}', '{HIT_END}') END, "
            f"CASE WHEN length(n.body) <= {SNIPPET_FTS_MAX} "
            f"THEN snippet(notes_fts, 1, '{HIT_START}', '{HIT_END}', '…', 14) "
            f"ELSE substr(n.body, 1, {SNIPPET_SCAN}) END, length(n.body) "
            "FROM notes_fts JOIN notes AS n ON n.id = notes_fts.rowid "
            f"WHERE notes_fts MATCH ? AND n.deleted_at IS NULL{extra} ORDER BY notes_fts.rowid DESC LIMIT ?"
        )
        try:
            rows = self._c.execute(sql, (query, int(limit))).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: treat as "no results"
            if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
                return []
            raise
        words = re.findall(r"[^\W_]+", text)
        hits = []
        for r in rows:
            summary = NoteSummary(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6], r[7], r[8], r[9])
            title_parts = _split_marked(r[10]) if r[10] is not None else python_highlight(r[1], words)
            if r[12] <= SNIPPET_FTS_MAX:
                snippet_parts = _split_marked(r[11] or "")
            else:
                snippet_parts = python_snippet(r[11] or "", words)
            hits.append(SearchHit(summary, title_parts, snippet_parts))
        return hits


def _word_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = [re.escape(w) + (r"[^\W_]*" if i == len(words) - 1 else r"(?![^\W_])") for i, w in enumerate(words)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def python_highlight(text: str, words: list[str]) -> list[tuple[str, bool]]:
    """(text, is_match) runs marking the search words in ``text`` (the fallback for very long texts)."""
    pattern = _word_pattern(words)
    if pattern is None:
        return [(text, False)] if text else []
    parts: list[tuple[str, bool]] = []
    last = 0
    for m in pattern.finditer(text):
        if m.start() > last:
            parts.append((text[last : m.start()], False))
        parts.append((m.group(0), True))
        last = m.end()
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def python_snippet(text: str, words: list[str], before: int = 60, after: int = 100) -> list[tuple[str, bool]]:
    """A short window of ``text`` around the first search word, highlighted (accent-sensitive fallback)."""
    pattern = _word_pattern(words)
    m = pattern.search(text) if pattern else None
    start = max(0, m.start() - before) if m else 0
    end = min(len(text), (m.end() if m else 0) + after)
    window = text[start:end]
    parts = python_highlight(window, words)
    if start > 0:
        parts.insert(0, ("…", False))
    if end < len(text):
        parts.append(("…", False))
    return parts


def copy_store_file(src: Path, dest: Path) -> None:
    """Copy a store file byte for byte (used by tools and tests)."""
    shutil.copy2(src, dest)
