"""SIGKILL while course data and check-ins are being saved: nothing committed is lost, the store stays sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from isoapp.checkins import CheckinStore
from isoapp.course_store import CourseStore
from isoapp.notes.store import NotesStore

REPO = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import random, sys
    from datetime import date, timedelta
    from pathlib import Path
    from isoapp.checkins import CheckIn, CheckinStore
    from isoapp.course import DosePeriod
    from isoapp.course_store import CourseSettings, CourseStore
    from isoapp.notes.store import NotesStore

    data_dir, run = Path(sys.argv[1]), int(sys.argv[2])
    today = date(2026, 12, 1)
    rng = random.Random(run)
    store = NotesStore.open(data_dir)
    course, checkins = CourseStore(store), CheckinStore(store)
    if not course.has_course():
        course.set_up(CourseSettings("us", True), DosePeriod(date(2025, 1, 1), 40, 60), today=today)
    print("ready", flush=True)
    while True:
        day = today - timedelta(days=rng.randint(0, 600))
        choice = rng.random()
        if choice < 0.4:
            status = rng.choice(["taken", "missed"])
            course.mark_day(day, status, today=today)
            print(f"day {day.isoformat()} {status}", flush=True)
        elif choice < 0.8:
            mood = rng.randint(1, 5)
            checkins.save(CheckIn(day, mood=mood, note="n" * rng.randint(0, 9000)), today=today)
            print(f"checkin {day.isoformat()} {mood}", flush=True)
        else:
            event = course.add_event(day, "other", f"run {run} {rng.random()}", today=today)
            print(f"event {event.key} x", flush=True)
    """
)


def test_sigkill_mid_save_loses_no_committed_course_data(data_dir, tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(13)
    days: dict[str, str] = {}
    moods: dict[str, int] = {}
    events: set[str] = set()
    for run in range(15):
        child = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(run)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        reported = [line.split() for line in out.split("\n")[:-1]]  # after the last newline: a torn line, if any
        for parts in reported:
            if parts[0] == "day":
                days[parts[1]] = parts[2]
            elif parts[0] == "checkin":
                moods[parts[1]] = int(parts[2])
            elif parts[0] == "event":
                events.add(parts[1])
        with NotesStore.open(data_dir) as store:
            assert store.recovered_from is None
            assert store.integrity_check() == "ok"
            course, checkins = CourseStore(store), CheckinStore(store)
            assert course.has_course()
            stored_days = {d.isoformat(): "taken" for d in course.taken()}
            stored_days.update({d.isoformat(): "missed" for d in course.missed()})
            assert set(days) <= set(stored_days), f"a committed day mark was lost after run {run}"
            stored_moods = {c.day.isoformat(): c.mood for c in checkins.all()}
            assert set(moods) <= set(stored_moods), f"a committed check-in was lost after run {run}"
            assert events <= {e.key for e in course.events()}, f"a committed event was lost after run {run}"
            # later writes of a day may have landed after the last report: carry the stored truth forward
            days.update({d: stored_days[d] for d in days})
            moods.update({d: stored_moods[d] for d in moods})
    assert len(days) > 10 and len(moods) > 10, "the children did write"
