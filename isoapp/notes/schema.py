"""The notes schema and its migrations, versioned with ``PRAGMA user_version``.

History
- v1: ``notes(id, title, body, created, updated)`` — the first store: plain notes only.
- v2: section link, "question for my doctor" + answered, the bin (``deleted_at``), a revision counter
  (``rev``, to notice edits from a second window), ``preview`` (the body's first 160 characters, kept by
  the store, so that the list reads only the covering index ``notes_list`` and never the bodies) and
  full-text search (FTS5, external content, kept in step by triggers).
- v3: the course companion. ``course_settings`` (one row: region, can get pregnant, the prescriber's target if
  given, expected last day), ``course_periods`` (dose periods; ``end`` inclusive, NULL = ongoing),
  ``course_days`` (days the person marked taken or missed), ``course_events`` (the monitoring plan and the
  person's own events; ``key`` is the stable identity calendar UIDs derive from) and ``checkins`` (one daily
  check-in per day; symptoms and red flags as JSON text). Read and written by isoapp/course_store.py and
  isoapp/checkins.py.

Each migration runs in ONE transaction together with its ``user_version`` bump (see store.py), so a crash
leaves the file either fully at the old version or fully at the new one.
"""

from __future__ import annotations

CURRENT_VERSION = 3

_V1 = """
CREATE TABLE notes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    title   TEXT NOT NULL DEFAULT '',
    body    TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

_V2 = """
ALTER TABLE notes ADD COLUMN section TEXT;
ALTER TABLE notes ADD COLUMN is_question INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN deleted_at TEXT;
ALTER TABLE notes ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;
ALTER TABLE notes ADD COLUMN preview TEXT NOT NULL DEFAULT '';
UPDATE notes SET preview = substr(body, 1, 160);
CREATE INDEX notes_list ON notes(deleted_at, updated, id, title, preview, section, is_question, answered, created, rev);
CREATE INDEX notes_flags ON notes(deleted_at, is_question);  -- small: fast counts for the list
CREATE INDEX notes_by_created ON notes(created, id);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    title, body, content='notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE OF title, body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
"""

_V3 = """
CREATE TABLE course_settings (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    region           TEXT NOT NULL,
    can_get_pregnant INTEGER NOT NULL,
    target_mg_per_kg REAL,
    planned_end      TEXT,
    created          TEXT NOT NULL,
    updated          TEXT NOT NULL
);
CREATE TABLE course_periods (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    start      TEXT NOT NULL,
    end        TEXT,
    mg_per_day REAL NOT NULL,
    weight_kg  REAL NOT NULL
);
CREATE INDEX course_periods_start ON course_periods(start);
CREATE TABLE course_days (
    day    TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('taken', 'missed'))
);
CREATE TABLE course_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    key     TEXT NOT NULL UNIQUE,
    date    TEXT NOT NULL,
    planned TEXT,
    kind    TEXT NOT NULL,
    title   TEXT NOT NULL,
    done    INTEGER NOT NULL DEFAULT 0,
    own     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX course_events_date ON course_events(date);
CREATE TABLE checkins (
    day       TEXT PRIMARY KEY,
    mood      INTEGER,
    sleep     INTEGER,
    symptoms  TEXT NOT NULL DEFAULT '{}',
    red_flags TEXT NOT NULL DEFAULT '[]',
    note      TEXT NOT NULL DEFAULT '',
    updated   TEXT NOT NULL
);
"""

# MIGRATIONS[n] takes a store from version n to n + 1.
MIGRATIONS: dict[int, str] = {0: _V1, 1: _V2, 2: _V3}

COURSE_TABLES = {"course_settings", "course_periods", "course_days", "course_events", "checkins"}

# Tables a store at each version must have (used to tell a notes store from some other SQLite file).
REQUIRED_TABLES: dict[int, set[str]] = {
    1: {"notes"},
    2: {"notes", "notes_fts"},
    3: {"notes", "notes_fts"} | COURSE_TABLES,
}

V1_SQL = _V1  # exposed for tests that build an old store by hand
V2_SQL = _V2


def split_statements(script: str) -> list[str]:
    """Split a migration script into statements (trigger bodies contain ';', so use sqlite3.complete_statement)."""
    import sqlite3

    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
