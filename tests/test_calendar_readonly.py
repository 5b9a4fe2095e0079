"""--export-calendar is a read-only command: it brings the plan up to date in memory, writes nothing to the
store, and never moves a damaged store aside (one line, exit 2)."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from icalendar import Calendar

from isoapp import cli
from isoapp.course import DosePeriod
from isoapp.course_sample import fill_sample_course
from isoapp.course_store import CourseStore
from isoapp.notes.store import FILENAME, NotesStore

TODAY = date.today()


def _export(capsys, data_dir, dest):
    code = cli.main(["--data-dir", str(data_dir), "--export-calendar", str(dest)])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_brings_the_plan_up_to_date_without_writing_the_store(data_dir, tmp_path, capsys):
    with NotesStore.open(data_dir) as store:
        course = CourseStore(store)
        fill_sample_course(course, TODAY, region="uk-eu")
        pid, last = course.periods()[-1]
        end = TODAY + timedelta(days=20)  # the course now ends sooner: the plan's end items move (not stored)
        course.edit_period(pid, DosePeriod(last.start, last.mg_per_day, last.weight_kg, end), today=TODAY)
        stored = course.events()
    after = end + timedelta(days=35)  # the pregnancy test about 5 weeks after the last capsule (UK/EU rules)
    assert all(e.date != after for e in stored), "the stored plan does not know the new end yet"
    files_before = sorted(p.name for p in data_dir.iterdir())
    digest = _digest(data_dir / FILENAME)
    dest = tmp_path / "plan.ics"
    code, out, err = _export(capsys, data_dir, dest)
    assert code == 0, err
    days = {ev.decoded("dtstart") for ev in Calendar.from_ical(dest.read_bytes()).walk("VEVENT")}
    assert after in days, "the exported plan follows the new last day"
    assert _digest(data_dir / FILENAME) == digest, "the store file was not written"
    assert sorted(p.name for p in data_dir.iterdir()) == files_before
    with NotesStore.open(data_dir) as store:
        assert CourseStore(store).events() == stored


def test_export_of_a_damaged_store_moves_nothing(data_dir, tmp_path, capsys):
    with NotesStore.open(data_dir) as store:
        fill_sample_course(CourseStore(store), TODAY)
    path = data_dir / FILENAME
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff" * 4000)
    digest = _digest(path)
    files_before = sorted(p.name for p in data_dir.iterdir())
    dest = tmp_path / "plan.ics"
    code, out, err = _export(capsys, data_dir, dest)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
    assert sorted(p.name for p in data_dir.iterdir()) == files_before, "nothing put aside"
    assert _digest(path) == digest and not dest.exists()
