"""Issue 17, store side: impossible dates, a vanished or replaced file, damaged pages, the write lock,
duplicates on import, folder modes. Each test reproduces a reported failure and guards its fix."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
from datetime import UTC, datetime

import pytest

from isoapp.notes import schema
from isoapp.notes.errors import NotesError, StoreBusy, StoreDamaged, StoreGone
from isoapp.notes.markdown_io import parse_notes
from isoapp.notes.model import local_text, parse_stamp
from isoapp.notes.store import FILENAME, MISSING, REPLACED, NotesStore


# ---------------------------------------------------------------- 1: dates
@pytest.mark.parametrize(
    "text",
    [
        "2026-13-45T00:00:00.000Z",  # the crafted note of the report
        "2026-02-30T10:00:00.000Z",
        "9999-12-31T23:59:59.999Z",  # real, but turns into year 10000 east of UTC
        "0001-01-01T00:00:00.000Z",  # real, but turns into year 0 west of UTC
        "1969-12-31T23:00:00.000Z",
        "3000-01-01T00:00:00+00:00",
        "2026-01-01T25:00:00.000Z",
    ],
)
def test_impossible_or_extreme_dates_are_not_imported(data_dir, text):
    assert parse_stamp(text) is None
    [note] = parse_notes(f"## Crafted\n<!-- isoapp: created={text} updated={text} -->\nbody\n\n")
    assert note.created is None and note.updated is None
    with NotesStore.open(data_dir) as store:
        store.add_many([note.as_mapping()])
        [stored] = store.list()
        for stamp in (stored.created, stored.updated):
            assert datetime.fromisoformat(stamp).astimezone().year >= 1970


def test_real_dates_are_kept_exactly():
    assert parse_stamp("2026-03-01T09:30:00.123Z") == "2026-03-01T09:30:00.123Z"
    assert parse_stamp("2026-03-01T09:30:00+01:00") == "2026-03-01T08:30:00.000Z"
    assert parse_stamp("2026-03-01") == "2026-03-01T00:00:00.000Z"


@pytest.fixture
def east_of_utc(monkeypatch):
    """A time zone where 9999-12-31T23:59Z is already in the year 10000 (where the report crashed)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("stored", ["2026-13-45T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "", "garbage", None])
def test_a_bad_date_already_stored_is_shown_raw(stored, east_of_utc):
    with pytest.raises((ValueError, OverflowError, TypeError)):
        datetime.fromisoformat(str(stored)).astimezone()  # what used to crash the list and the PDF
    assert local_text(stored, "%d %b %Y") == str(stored)


def test_a_real_date_is_shown_in_local_time():
    when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    assert local_text("2026-03-01T09:30:00.000Z", "%Y-%m-%d %H:%M") == when.astimezone().strftime("%Y-%m-%d %H:%M")


def _store_bad_date(data_dir, stamp):
    with NotesStore.open(data_dir) as store:
        note = store.add("Crafted", "body")
        with store.transaction() as conn:  # as an older app version (without the check) stored it
            conn.execute("UPDATE notes SET created = ?, updated = ? WHERE id = ?", (stamp, stamp, note.id))


@pytest.mark.parametrize("stamp", ["2026-13-45T00:00:00.000Z", "9999-12-31T23:59:59.999Z"])
def test_exports_survive_a_bad_date_already_stored(data_dir, tmp_path, stamp, east_of_utc):
    from isoapp.notes.transfer import export_notes
    from isoapp.ui.notes.printing import notes_pdf_bytes

    _store_bad_date(data_dir, stamp)
    assert export_notes(data_dir, tmp_path / "n.md") == 1
    assert f"created={stamp}" in (tmp_path / "n.md").read_text(encoding="utf-8")
    assert export_notes(data_dir, tmp_path / "n.pdf", pdf_renderer=notes_pdf_bytes) == 1
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- 2: the file vanished or was replaced
def test_deleted_data_folder_is_noticed_and_everything_rewritten(data_dir):
    store = NotesStore.open(data_dir)
    told = []
    store.recreated_listeners.append(told.append)
    try:
        store.add("First", "typed before the folder went")
        shutil.rmtree(data_dir)  # a clean-up tool or a sync client
        assert store.file_problem() == MISSING
        store.add("Second", "the next write makes the file again first")
        assert told == [None]
        assert store.file_problem() is None
        assert store.recreate() is None, "nothing to do now"
    finally:
        store.close()
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    with NotesStore.open(data_dir) as again:
        assert sorted(n.title for n in again.list()) == ["First", "Second"]
        assert again.integrity_check() == "ok"


def test_a_folder_that_cannot_be_made_again_is_said_in_one_line(data_dir, tmp_path):
    store = NotesStore.open(data_dir)
    try:
        shutil.rmtree(data_dir)
        data_dir.parent.joinpath("data").write_text("a file where the folder was", encoding="utf-8")
        with pytest.raises(StoreGone, match="could not be made again") as info:
            store.add("x", "y")
        assert "\n" not in str(info.value)
    finally:
        store.close()


def test_replaced_file_is_noticed_and_both_are_kept(data_dir, tmp_path):
    store = NotesStore.open(data_dir)
    try:
        store.add("Mine", "typed in this window")
        with NotesStore.open(tmp_path / "elsewhere") as other:
            other.add("Theirs", "restored by a sync client")
        os.replace(tmp_path / "elsewhere" / FILENAME, data_dir / FILENAME)
        assert store.file_problem() == REPLACED
        with pytest.raises(StoreGone, match="replaced"):
            store.add("lost?", "x")
        kept = store.recreate()
        assert kept is not None and kept.name.startswith(f"{FILENAME}.kept-")
        assert [n.title for n in store.list()] == ["Theirs"]
    finally:
        store.close()
    conn = sqlite3.connect(kept)
    try:
        assert conn.execute("SELECT title FROM notes").fetchall() == [("Mine",)]
    finally:
        conn.close()
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600


# ---------------------------------------------------------------- 4: damaged pages
def _damaged_store(data_dir, notes=400):
    with NotesStore.open(data_dir) as store:
        store.add_many({"title": f"Note {i}", "body": f"body {i} " + "x" * 400} for i in range(notes))
    path = data_dir / FILENAME
    assert not (data_dir / f"{FILENAME}-wal").exists(), "closing the last connection checkpoints"
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # one page in the middle: a bad sector, a torn copy
        fh.seek((size // 4096 // 2) * 4096)
        fh.write(b"\xff" * 4096)
    return path


def test_a_damaged_page_is_found_at_open_and_readable_notes_are_saved(data_dir):
    path = _damaged_store(data_dir)
    damaged = path.read_bytes()
    with NotesStore.open(data_dir) as store:
        assert store.recovered_from is not None and store.recovered_from.read_bytes() == damaged
        assert store.list() == [], "a fresh store was started"
        assert store.salvage_file is not None and store.salvage_file.parent == data_dir
        assert 300 <= store.salvaged < 400, "most notes could still be read"
        text = store.salvage_file.read_text(encoding="utf-8")
        assert stat.S_IMODE(os.stat(store.salvage_file).st_mode) == 0o600
    rescued = parse_notes(text)
    assert len(rescued) == store.salvaged
    assert all(n.body.startswith(n.title.replace("Note", "body")) for n in rescued)


def test_read_only_open_of_a_damaged_store_moves_nothing(data_dir):
    path = _damaged_store(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    damaged = path.read_bytes()
    with pytest.raises(StoreDamaged, match="damaged") as info:
        NotesStore.open(data_dir, read_only=True)
    assert "\n" not in str(info.value)
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert path.read_bytes() == damaged


def test_quick_check_runs_on_every_open(data_dir, monkeypatch):
    seen = []
    real = sqlite3.connect

    class Spy:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            seen.append(sql)
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    NotesStore.open(data_dir).close()
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Spy(real(*a, **k)))
    NotesStore.open(data_dir).close()
    assert any("quick_check" in s for s in seen)


# ---------------------------------------------------------------- 7: the write lock held elsewhere
def test_a_save_that_must_not_wait_fails_at_once_while_another_program_writes(data_dir):
    store = NotesStore.open(data_dir)
    other = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="Another program is using the notes file"):
            store.add("x", "y", wait=False)
        assert time.monotonic() - started < 1.0, "no 5 s busy wait"
        other.execute("ROLLBACK")
        assert store.add("x", "y", wait=False).title == "x"
        assert store.connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        other.close()
        store.close()


# ---------------------------------------------------------------- 11: folder modes
def test_opening_tightens_an_existing_open_folder(data_dir):
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    NotesStore.open(data_dir).close()
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    os.chmod(data_dir, 0o755)
    NotesStore.open(data_dir, read_only=True).close()
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700


# ---------------------------------------------------------------- 14: duplicates
def test_add_new_skips_notes_already_there(data_dir):
    with NotesStore.open(data_dir) as store:
        original = store.add("Lips", "dry", created="2026-01-02T03:04:05.006Z")
        same = {"title": "Lips", "body": "dry", "created": "2026-01-02T03:04:05.006Z"}
        other_time = {**same, "created": "2026-01-02T03:04:05.007Z"}
        result = store.add_new([same, other_time, {"title": "Lips", "body": "dry"}])
        assert result.skipped == 1 and len(result.added) == 2
        twice = store.add_new([other_time, other_time])  # two in one file: both were there once
        assert twice.skipped == 2 and twice.added == []
        assert store.get(original.id) == original


# ---------------------------------------------------------------- the public read property
def test_connection_is_the_open_connection_and_fails_when_closed(data_dir):
    store = NotesStore.open(data_dir)
    store.add("x", "y")
    assert store.connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    store.close()
    with pytest.raises(NotesError, match="closed"):
        _ = store.connection


# ---------------------------------------------------------------- 6: cheap list rows for huge titles
def test_list_summaries_stay_small_for_a_huge_title(data_dir):
    with NotesStore.open(data_dir) as store:
        note = store.add("t" * 1_000_000, "b" * 1_000_000)
        [summary] = store.summaries()
        assert len(summary.title) == 500 and len(summary.preview) == 160
        assert store.get(note.id).title == "t" * 1_000_000, "the note itself is whole"


# ---------------------------------------------------------------- 15: plain words
def test_plain_reasons_never_say_disk_io_error(monkeypatch, tmp_path):
    from isoapp.notes import errors

    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE: what a full disk gives in WAL mode
    monkeypatch.setattr(errors, "_disk_nearly_full", lambda folder: True)
    assert errors.plain_reason(io_error, tmp_path) == "the disk is full. Free some space, then try again"
    monkeypatch.setattr(errors, "_disk_nearly_full", lambda folder: False)
    assert "I/O" not in errors.plain_reason(io_error, tmp_path)
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    assert errors.plain_reason(full).startswith("the disk is full")
    newer = NotesError("Your notes file x was written by a newer version. The file was not changed.")
    assert not errors.plain_reason(newer).endswith("."), "callers add their own full stop"


# ---------------------------------------------------------------- 4/5: an export changes nothing, even an old store
def test_export_of_an_old_version_store_reads_it_without_migrating(data_dir, tmp_path):
    from isoapp.notes.transfer import export_notes

    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / FILENAME)
    conn.executescript(schema.V1_SQL)
    conn.execute(
        "INSERT INTO notes (title, body, created, updated) VALUES ('Old', 'from v1', "
        "'2025-05-01T10:00:00.000Z', '2025-05-01T10:00:00.000Z')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = _listing(data_dir)
    assert export_notes(data_dir, tmp_path / "old.md") == 1
    assert "## Old\n" in (tmp_path / "old.md").read_text(encoding="utf-8")
    assert _listing(data_dir) == before, "no migration, no backup, no -wal: an export writes nothing"
    with NotesStore.open(data_dir, read_only=True) as store:
        assert store.read_only and [n.body for n in store.list()] == ["from v1"]


def _listing(folder):
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir())
