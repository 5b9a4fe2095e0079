"""Self-test checks of the course pipeline, run in a throw-away folder (never the person's data). Qt-free.

A sample course is set up; its figures must match a day-by-day count; a backup must round-trip exactly
into a second folder; the calendar file must parse and keep its UIDs when written again.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

Check = tuple[str, bool, str]


def _day_by_day(periods, missed: set[date], until: date) -> int:
    days = 0
    for p in periods:
        day = p.start
        while day <= until and (p.end is None or day <= p.end):
            days += day not in missed
            day += timedelta(days=1)
    return days


def _figures_check(course, today: date) -> Check:
    from isoapp.course import cumulative

    periods, missed = course.dose_periods(), course.missed()
    got = cumulative(periods, missed, today).days_taken
    want = _day_by_day(periods, set(missed), today)
    return ("course figures match a day-by-day count", got == want, f"{got} days taken")


def _backup_check(data_dir: Path, tmp: Path) -> Check:
    from isoapp.backup import export_all, import_all

    first = export_all(data_dir, tmp / "backup.json")
    import_all(tmp / "restored", tmp / "backup.json")
    second = export_all(tmp / "restored", tmp / "again.json")
    first.pop("exported")
    second.pop("exported")
    same = json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    return ("backup round-trips exactly", same, f"{len(first['course']['events'])} plan events")


def _calendar_check(data_dir: Path, tmp: Path, today: date) -> Check:
    from icalendar import Calendar

    from isoapp.course_export import export_calendar

    uids = []
    for name in ("a.ics", "b.ics"):
        export_calendar(data_dir, tmp / name, daily=True, today=today)
        events = Calendar.from_ical((tmp / name).read_bytes()).walk("VEVENT")
        uids.append(sorted(str(e["uid"]) for e in events))
    ok = bool(uids[0]) and uids[0] == uids[1]
    return ("calendar file parses and keeps its UIDs", ok, f"{len(uids[0])} events")


def course_checks(today: date | None = None) -> list[Check]:
    from isoapp.checkins import CheckinStore
    from isoapp.course_sample import fill_sample_checkins, fill_sample_course
    from isoapp.course_store import CourseStore
    from isoapp.notes.store import NotesStore

    today = today or date.today()
    with tempfile.TemporaryDirectory(prefix="isoapp-course-check-") as name:
        tmp = Path(name)
        data_dir = tmp / "data"
        with NotesStore.open(data_dir) as store:
            course = CourseStore(store)
            fill_sample_course(course, today)
            fill_sample_checkins(CheckinStore(store), today, days=5)
            checks = [_figures_check(course, today)]
        checks.append(_backup_check(data_dir, tmp))
        checks.append(_calendar_check(data_dir, tmp, today))
    return checks
