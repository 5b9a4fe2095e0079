"""The Qt-free notes store: round trips, permissions, bin, search, conflicts, migrations, damaged files."""

from __future__ import annotations

import os
import re
import sqlite3
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isoapp.notes import schema
from isoapp.notes.errors import NoteConflict, NotesError
from isoapp.notes.model import normalise_title
from isoapp.notes.store import FILENAME, NotesStore, fts_query

CORRUPT_NAME = re.compile(r"notes\.sqlite3\.corrupt-\d{8}-\d{6}")


@pytest.fixture
def store(data_dir):
    s = NotesStore.open(data_dir)
    yield s
    s.close()


def test_creates_private_dir_and_file(data_dir):
    s = NotesStore.open(data_dir)
    try:
        s.add("x", "y")
        assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(data_dir / FILENAME).st_mode) == 0o600
        wal = data_dir / f"{FILENAME}-wal"
        assert wal.exists(), "store should run in WAL mode"
        assert stat.S_IMODE(os.stat(wal).st_mode) == 0o600
        assert s._c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._c.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    finally:
        s.close()


def test_existing_loose_file_is_tightened(data_dir):
    NotesStore.open(data_dir).close()
    os.chmod(data_dir / FILENAME, 0o644)
    NotesStore.open(data_dir).close()
    assert stat.S_IMODE(os.stat(data_dir / FILENAME).st_mode) == 0o600


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(), body=st.text(), question=st.booleans(), answered=st.booleans())
def test_any_unicode_round_trips_through_a_reopened_store(data_dir, title, body, question, answered):
    s = NotesStore.open(data_dir)
    try:
        note = s.add(title, body, is_question=question, answered=answered, section="overview")
    finally:
        s.close()
    s = NotesStore.open(data_dir)
    try:
        got = s.get(note.id)
    finally:
        s.close()
    assert got == note
    assert got.body == body
    assert got.title == normalise_title(title)
    assert "\n" not in got.title and "\r" not in got.title


def test_emoji_and_scripts(store):
    body = "Lips 👄 cracked 😣 — 乾燥 — جاف — сухо — e\u0301 — \U0001f9ea tests\n\ttabbed"
    note = store.add("🙂 week 2", body)
    assert store.get(note.id).body == body
    assert [h.note.id for h in store.search("cracked")] == [note.id]
    assert [h.note.id for h in store.search("сухо")] == [note.id]


def test_ten_megabyte_body(data_dir):
    body = ("Ten megabytes of notes ✍️ " * 420_000)[: 10 * 1024 * 1024]
    assert len(body.encode()) >= 10 * 1024 * 1024
    s = NotesStore.open(data_dir)
    note = s.add("Huge", body)
    s.close()
    s = NotesStore.open(data_dir)
    try:
        assert s.get(note.id).body == body
        assert s.integrity_check() == "ok"
    finally:
        s.close()


def test_update_changes_and_bumps_revision(store):
    note = store.add("Title", "one")
    changed = store.update(note.id, body="two", is_question=True, expected_rev=note.rev)
    assert (changed.body, changed.is_question, changed.rev) == ("two", True, note.rev + 1)
    assert changed.updated >= note.updated
    same = store.update(note.id, body="two")
    assert same == changed, "an update that changes nothing writes nothing"


def test_second_window_edit_is_detected_not_overwritten(data_dir):
    a = NotesStore.open(data_dir)
    b = NotesStore.open(data_dir)
    try:
        note = a.add("Shared", "v1")
        b.update(note.id, body="typed in window B", expected_rev=note.rev)
        assert a.changed_elsewhere()
        with pytest.raises(NoteConflict):
            a.update(note.id, body="typed in window A", expected_rev=note.rev)
        assert a.get(note.id).body == "typed in window B"
        b.delete(note.id)
        fresh = a.get(note.id)
        with pytest.raises(NoteConflict):
            a.update(note.id, body="edit of a binned note", expected_rev=fresh.rev)
    finally:
        a.close()
        b.close()


def test_bin_restore_and_empty(store):
    keep = store.add("keep", "k")
    gone = store.add("gone", "g")
    store.delete(gone.id)
    assert [n.id for n in store.list()] == [keep.id]
    assert [n.id for n in store.list(only_deleted=True)] == [gone.id]
    assert store.search("gone") == []
    store.restore(gone.id)
    assert {n.id for n in store.list()} == {keep.id, gone.id}
    store.delete(gone.id)
    assert store.empty_bin() == 1
    assert store.get(gone.id) is None
    assert store.get(keep.id) is not None


def test_list_filters_and_order(store):
    a = store.add("a", created="2026-01-01T00:00:00Z")
    q = store.add("q", is_question=True, created="2026-01-02T00:00:00Z")
    store.update(a.id, body="later")
    assert [n.id for n in store.list()] == [a.id, q.id]  # newest change first
    assert [n.id for n in store.list(order="created")] == [a.id, q.id]
    assert [n.id for n in store.list(questions_only=True)] == [q.id]
    assert [s.id for s in store.summaries(questions_only=True)] == [q.id]


def test_search_highlights_and_filters(store):
    a = store.add("Dry lips", "My lips crack every morning. Ask about lip balm.", is_question=True)
    b = store.add("Mood", "Felt low on Tuesday; talk about mood.")
    hits = store.search("lip")
    assert [h.note.id for h in hits] == [a.id]
    assert ("lips", True) in hits[0].snippet_parts
    assert any(match and text == "lips" for text, match in hits[0].title_parts)
    assert "".join(t for t, _ in hits[0].title_parts) == "Dry lips"
    assert [h.note.id for h in store.search("mood")] == [b.id]
    assert store.search("mood", questions_only=True) == []
    assert store.search("") == []
    for odd in ['"', "AND", "OR (", "*", "NEAR(", 'lips"*', "col:x", "^"]:
        store.search(odd)  # never raises on what a person types


def test_fts_query_quotes_words():
    assert fts_query('say "hi" now') == '"say" AND "hi" AND "now"*'
    assert fts_query("  ") is None


def _make_v1_store(path, rows):
    conn = sqlite3.connect(path)
    conn.executescript(schema.V1_SQL)
    conn.executemany("INSERT INTO notes (title, body, created, updated) VALUES (?, ?, ?, ?)", rows)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_migrates_a_hand_built_v1_store(data_dir):
    data_dir.mkdir(mode=0o700)
    rows = [
        ("Old note", "written with version 1", "2025-05-01T10:00:00.000Z", "2025-05-02T10:00:00.000Z"),
        ("Second", "questions about acne", "2025-05-03T10:00:00.000Z", "2025-05-03T10:00:00.000Z"),
    ]
    _make_v1_store(data_dir / FILENAME, rows)
    s = NotesStore.open(data_dir)
    try:
        assert s._c.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
        notes = s.list(order="created")
        assert [(n.title, n.body, n.created, n.updated) for n in notes] == rows
        assert all(n.rev == 1 and not n.is_question and n.section is None for n in notes)
        assert [h.note.title for h in s.search("acne")] == ["Second"], "FTS index built for old notes"
        backup = data_dir / f"{FILENAME}.bak-v1"
        assert s.migration_backup == backup
        assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
        old = sqlite3.connect(backup)
        try:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            assert old.execute("SELECT title, body, created, updated FROM notes ORDER BY id").fetchall() == rows
        finally:
            old.close()
    finally:
        s.close()


def test_failed_migration_leaves_old_version_intact(data_dir, monkeypatch):
    data_dir.mkdir(mode=0o700)
    _make_v1_store(data_dir / FILENAME, [("Keep me", "body", "2025-05-01T10:00:00.000Z", "2025-05-01T10:00:00.000Z")])
    broken = schema.MIGRATIONS[1] + "\nTHIS IS NOT SQL;\n"
    monkeypatch.setitem(schema.MIGRATIONS, 1, broken)
    with pytest.raises(sqlite3.OperationalError):
        NotesStore.open(data_dir)
    conn = sqlite3.connect(data_dir / FILENAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [r[1] for r in conn.execute("PRAGMA table_info(notes)")]
        assert columns == ["id", "title", "body", "created", "updated"], "half a migration was committed"
        assert conn.execute("SELECT title FROM notes").fetchall() == [("Keep me",)]
    finally:
        conn.close()
    monkeypatch.setitem(schema.MIGRATIONS, 1, broken.replace("THIS IS NOT SQL;", ""))
    with NotesStore.open(data_dir) as s:
        assert [n.title for n in s.list()] == ["Keep me"]


def _aside(data_dir):
    return sorted(p for p in data_dir.iterdir() if CORRUPT_NAME.fullmatch(p.name))


@pytest.mark.parametrize(
    "garbage",
    [b"this is not a database at all\n" * 100, os.urandom(8192), b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "random", "bad-header"],
)
def test_damaged_file_is_moved_aside_and_kept(data_dir, garbage):
    data_dir.mkdir(mode=0o700)
    (data_dir / FILENAME).write_bytes(garbage)
    (data_dir / f"{FILENAME}-wal").write_bytes(b"stale wal bytes")
    s = NotesStore.open(data_dir)
    try:
        [aside] = _aside(data_dir)
        assert s.recovered_from == aside
        assert aside.read_bytes() == garbage
        assert (data_dir / f"{aside.name}-wal").read_bytes() == b"stale wal bytes"
        note = s.add("fresh", "works")
        assert s.get(note.id).body == "works"
        assert s.integrity_check() == "ok"
    finally:
        s.close()
    with NotesStore.open(data_dir) as again:
        assert again.recovered_from is None
        assert [n.title for n in again.list()] == ["fresh"]


def test_some_other_sqlite_database_is_moved_aside(data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / FILENAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    original = (data_dir / FILENAME).read_bytes()
    with NotesStore.open(data_dir) as s:
        assert s.recovered_from is not None and s.recovered_from.read_bytes() == original
        assert s.list() == []


def test_store_from_a_newer_app_is_left_alone(data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / FILENAME)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = (data_dir / FILENAME).read_bytes()
    with pytest.raises(NotesError, match="newer version"):
        NotesStore.open(data_dir)
    assert (data_dir / FILENAME).read_bytes() == before
    assert _aside(data_dir) == []
