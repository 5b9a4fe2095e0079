"""Back up and restore everything (notes, course, check-ins) as one JSON file. Qt-free.

``export_all`` writes the file atomically and privately (0600) and refuses to replace one unless ``force``.
``import_all`` reads it completely, checks it (backup_format.py), refuses a data folder that already holds a
course or check-ins, then writes everything in ONE transaction: on any problem nothing is changed. Notes are
added as ``--import-notes`` adds them: a note with the same title, body and created time is skipped.
Export -> import into an empty folder -> export gives the same JSON apart from ``exported``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

from isoapp.backup_format import FORMAT, VERSION, Backup, BackupError, read_backup
from isoapp.checkins import CheckinStore
from isoapp.course_export import check_destination
from isoapp.course_store import CourseStore
from isoapp.notes.errors import NotesError, plain_reason
from isoapp.notes.model import now_stamp
from isoapp.notes.store import FILENAME, NotesStore
from isoapp.notes.transfer import write_bytes_atomically

MAX_BACKUP_BYTES = 512 * 1024 * 1024


class ImportResult(NamedTuple):
    notes_added: int
    notes_skipped: int
    course: bool
    checkins: int
    recovered_from: Path | None = None  # the store was damaged: kept here, a fresh one started
    salvage_file: Path | None = None  # the notes that could still be read from it, as Markdown
    salvaged: int = 0
    salvage_backup: Path | None = None  # its readable course and check-ins, as a backup file


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _course_dict(course: CourseStore) -> dict | None:
    s = course.settings()
    if s is None:
        return None
    revisions = course.revisions()  # kept so that calendar SEQUENCE numbers never go down after a restore
    return {
        "region": s.region,
        "can_get_pregnant": s.can_get_pregnant,
        "target_mg_per_kg": None if s.target_mg_per_kg is None else _num(s.target_mg_per_kg),
        "planned_end": _iso(s.planned_end),
        "created": s.created,
        "periods": [
            {
                "start": p.start.isoformat(),
                "end": _iso(p.end),
                "mg_per_day": _num(p.mg_per_day),
                "weight_kg": _num(p.weight_kg),
            }
            for p in course.dose_periods()
        ],
        "missed": [d.isoformat() for d in course.missed()],
        "taken": [d.isoformat() for d in course.taken()],
        "events": [
            {
                "date": e.date.isoformat(),
                "kind": e.kind,
                "title": e.title,
                "done": e.done,
                "key": e.key,
                "planned": _iso(e.planned),
                "own": e.own,
                "revision": revisions[e.key],
            }
            for e in course.events()
        ],
        "calendar_revision": course.last_revision(),
    }


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def backup_dict(store: NotesStore, *, now: datetime | None = None) -> dict:
    """Everything in the store, in the backup format."""
    notes = [
        {
            "title": n.title,
            "body": n.body,
            "created": n.created,
            "updated": n.updated,
            "question": n.is_question,
            "answered": n.answered,
            "section": n.section,
        }
        for n in store.list(order="created")
    ]
    checkins = [
        {
            "date": c.day.isoformat(),
            "mood": c.mood,
            "sleep": c.sleep,
            "symptoms": dict(c.symptoms),
            "red_flags": list(c.red_flags),
            "note": c.note,
        }
        for c in CheckinStore(store).all()
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": _stamp(now),
        "notes": notes,
        "course": _course_dict(CourseStore(store)),
        "checkins": checkins,
    }


def backup_bytes(store: NotesStore) -> bytes:
    return (json.dumps(backup_dict(store), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_all(data_dir: Path, dest: Path, *, force: bool = False) -> dict:
    """Write the backup to ``dest`` (.json); returns the written dictionary."""
    dest = check_destination(dest, (".json",), force=force)
    data_dir = Path(data_dir)
    if (data_dir / FILENAME).exists():
        with NotesStore.open(data_dir, read_only=True) as store:  # an export moves and changes nothing
            data = backup_dict(store)
    else:  # nothing stored yet: an empty backup, and no store is created
        data = {"format": FORMAT, "version": VERSION, "exported": _stamp(None), "notes": [], "course": None}
        data["checkins"] = []
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    write_bytes_atomically(dest, text.encode("utf-8"), replace=force)
    return data


def read_backup_file(src: Path, today: date) -> Backup:
    src = Path(src)
    if not src.exists():
        raise BackupError(f"Cannot import {src}: the file does not exist.")
    if src.is_dir():
        raise BackupError(f"Cannot import {src}: it is a folder, not a file.")
    try:
        if src.stat().st_size > MAX_BACKUP_BYTES:
            raise BackupError(f"Cannot import {src.name}: it is too large to be a backup of this app.")
        raw = src.read_bytes()
    except OSError as exc:
        raise BackupError(f"Cannot read {src}: {exc.strerror or exc}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BackupError(f"Cannot import {src.name}: it is not UTF-8 text (byte {exc.start}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(f"Cannot import {src.name}: broken JSON at line {exc.lineno}, column {exc.colno}.") from None
    except RecursionError:
        raise BackupError(f"Cannot import {src.name}: the JSON is nested too deeply.") from None
    return read_backup(data, today)


def restore(store: NotesStore, backup: Backup) -> ImportResult:
    """Write a checked backup into ``store`` in one transaction; refuses a store with a course or check-ins."""
    course, checkins = CourseStore(store), CheckinStore(store)
    if course.has_data() or checkins.count():
        raise BackupError(
            "This data folder already has a course or check-ins; restore into an empty folder "
            "(see --data-dir). Nothing was changed."
        )
    added = skipped = 0
    with store.transaction() as conn:
        for n in backup.notes:
            if conn.execute(
                "SELECT 1 FROM notes WHERE title = ? AND body = ? AND created = ?", (n.title, n.body, n.created)
            ).fetchone():
                skipped += 1
                continue
            NotesStore._insert(conn, n.title, n.body, n.section, n.question, n.answered, n.created, n.updated)
            added += 1
        if backup.course is not None:
            c = backup.course
            CourseStore._write_settings(conn, replace(c.settings, created=c.settings.created or now_stamp()))
            for p in c.periods:
                CourseStore._insert_period(conn, p)
            conn.executemany(
                "INSERT INTO course_days (day, status) VALUES (?, ?)",
                [(d.isoformat(), "missed") for d in c.missed] + [(d.isoformat(), "taken") for d in c.taken],
            )
            for e in c.events:
                CourseStore._insert_event(conn, e, c.revisions.get(e.key))
            conn.execute(  # the calendar's SEQUENCE numbers go on from where they were (calendar_export.py)
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'course_events'", (c.last_revision,)
            )
        for entry in backup.checkins:
            CheckinStore._upsert(conn, entry)
    return ImportResult(added, skipped, backup.course is not None, len(backup.checkins))


def import_all(data_dir: Path, src: Path, *, today: date | None = None) -> ImportResult:
    backup = read_backup_file(Path(src), today or date.today())
    with NotesStore.open(Path(data_dir)) as store:
        try:
            result = restore(store, backup)
        except sqlite3.Error as exc:
            why = plain_reason(exc, Path(data_dir))
            raise NotesError(f"Could not restore the backup (nothing was changed): {why}.") from exc
        return result._replace(
            recovered_from=store.recovered_from,
            salvage_file=store.salvage_file,
            salvaged=store.salvaged,
            salvage_backup=store.salvage_backup,
        )
