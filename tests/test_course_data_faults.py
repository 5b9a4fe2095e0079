"""Issue 17, "Also": course and check-in data get the same care as notes — a killed writer, the migration
backup, a read-only folder and a deleted folder (they live in the same store file)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from isoapp.checkins import CheckIn, CheckinStore
from isoapp.course import DosePeriod
from isoapp.course_store import CourseSettings, CourseStore
from isoapp.notes import opening, schema
from isoapp.notes.errors import StoreReadOnly
from isoapp.notes.store import FILENAME, NotesStore

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 3, 1)


def _course_and_checkins(store: NotesStore) -> None:
    CourseStore(store).set_up(
        CourseSettings(region="uk-eu", can_get_pregnant=False),
        DosePeriod(start=date(2026, 1, 5), mg_per_day=40, weight_kg=60),
        today=TODAY,
    )
    CheckinStore(store).save(CheckIn(day=date(2026, 2, 1), mood=4, symptoms={"lips": 2}), today=TODAY)


def _what_is_there(store: NotesStore):
    course = CourseStore(store)
    return course.settings().region, course.dose_periods(), [c.mood for c in CheckinStore(store).all()]


def test_deleted_folder_keeps_course_and_checkins(data_dir):
    store = NotesStore.open(data_dir)
    try:
        _course_and_checkins(store)
        before = _what_is_there(store)
        shutil.rmtree(data_dir)
        CheckinStore(store).save(CheckIn(day=date(2026, 2, 2), mood=3), today=TODAY)  # writes it all out first
    finally:
        store.close()
    with NotesStore.open(data_dir) as again:
        region, periods, moods = _what_is_there(again)
        assert (region, periods) == before[:2] and moods == [4, 3]


def test_read_only_folder_shows_course_and_refuses_changes(data_dir, monkeypatch):
    with NotesStore.open(data_dir) as store:
        _course_and_checkins(store)
        before = _what_is_there(store)
    data = (data_dir / FILENAME).read_bytes()
    monkeypatch.setattr(opening, "read_only_reason", lambda path: "the notes folder is read-only")
    with NotesStore.open(data_dir) as store:
        assert store.read_only and _what_is_there(store) == before
        with pytest.raises(StoreReadOnly, match="read-only"):
            CheckinStore(store).save(CheckIn(day=date(2026, 2, 3), mood=2), today=TODAY)
    assert (data_dir / FILENAME).read_bytes() == data


def test_migrating_a_notes_only_store_backs_it_up_first(data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    for version in range(2):
        for statement in schema.split_statements(schema.MIGRATIONS[version]):
            conn.execute(statement)
    conn.execute("INSERT INTO notes (title, body, created, updated) VALUES ('Old', 'v2', '2026-01-01', '2026-01-01')")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with NotesStore.open(data_dir) as store:
        assert store.migration_backup == data_dir / f"{FILENAME}.bak-v2"
        _course_and_checkins(store)
        assert [n.title for n in store.list()] == ["Old"]
    old = sqlite3.connect(data_dir / f"{FILENAME}.bak-v2")
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        old.close()


CHILD = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from pathlib import Path
    from isoapp.checkins import CheckIn, CheckinStore
    from isoapp.notes.store import NotesStore

    store = NotesStore.open(Path(sys.argv[1]))
    checkins = CheckinStore(store)
    print("ready", flush=True)
    first = date(2026, 1, 1)
    for i in range(100000):
        day = first + timedelta(days=i % 3000)
        checkins.save(CheckIn(day=day, mood=1 + i % 5, note="x" * (i % 5000)), today=date(2035, 1, 1))
        print("saved", day.isoformat(), 1 + i % 5, flush=True)
    """
)


def test_killed_checkin_writer_loses_nothing_committed(data_dir, tmp_path):
    NotesStore.open(data_dir).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(17)
    committed: dict[str, int] = {}
    for _run in range(6):
        args = [sys.executable, str(script), str(data_dir)]
        child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.3))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "saved":
                committed[parts[1]] = int(parts[2])
        with NotesStore.open(data_dir) as store:
            assert store.recovered_from is None and store.integrity_check() == "ok"
            stored = {c.day.isoformat(): c.mood for c in CheckinStore(store).all()}
            for day, mood in committed.items():  # (every run writes the same mood for the same day)
                assert stored.get(day) == mood, f"committed check-in {day} lost"
    assert len(committed) > 10


def test_a_damaged_store_keeps_its_readable_course_and_checkins_as_a_backup(data_dir):
    with NotesStore.open(data_dir) as store:
        _course_and_checkins(store)
        before = _what_is_there(store)
        store.add_many({"title": f"Note {i}", "body": f"body {i} " + "x" * 400} for i in range(400))
    path = data_dir / FILENAME
    with open(path, "r+b") as fh:  # a bad page among the notes
        fh.seek((path.stat().st_size // 4096 * 3 // 4) * 4096)
        fh.write(b"\xff" * 4096)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    src = data_dir.parent / "one.md"
    src.write_text("## One\nnew\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "isoapp", "--data-dir", str(data_dir), "--import-notes", str(src)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    [backup] = list(data_dir.glob("*.readable.json"))
    assert f"isoapp --import-all '{backup}'" in done.stderr
    assert stat_mode(backup) == 0o600
    restored = subprocess.run(
        [sys.executable, "-m", "isoapp", "--data-dir", str(data_dir), "--import-all", str(backup)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert restored.returncode == 0, restored.stderr
    with NotesStore.open(data_dir) as store:
        assert _what_is_there(store) == before
        assert [n.title for n in store.list()] == ["One"], "the backup brings no notes twice"


def stat_mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777
