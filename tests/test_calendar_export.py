"""--export-calendar: valid iCalendar (icalendar + a second, minimal RFC 5545 reader), stable UIDs; CSV."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from isoapp import cli
from isoapp.checkins import CheckIn, CheckinStore
from isoapp.course_export import checkins_csv, export_checkins_csv
from isoapp.course_sample import fill_sample_course
from isoapp.course_store import CourseStore
from isoapp.notes.errors import NotesError
from isoapp.notes.store import NotesStore

TODAY = date.today()


def _set_up(data_dir, **kwargs):
    with NotesStore.open(data_dir) as store:
        fill_sample_course(CourseStore(store), TODAY, **kwargs)


def _export(capsys, data_dir, dest, *extra):
    code = cli.main(["--data-dir", str(data_dir), "--export-calendar", str(dest), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def rfc5545_events(raw: bytes) -> list[dict[str, str]]:
    """A second, independent reader: CRLF lines of at most 75 octets, unfolded, BEGIN/END balanced."""
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines), "lines are folded at 75 octets"
    unfolded: list[str] = []
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            unfolded[-1] += line[1:].decode("utf-8")
        else:
            unfolded.append(line.decode("utf-8"))
    stack, events, current = [], [], None
    for line in unfolded:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert stack.pop() == value
            if value == "VEVENT":
                events.append(current)
                current = None
        elif current is not None:
            current[name.split(";")[0]] = line
    assert stack == []
    assert unfolded[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in unfolded
    return events


def test_plan_exports_as_all_day_events_with_stable_uids(data_dir, tmp_path, capsys):
    _set_up(data_dir)
    first = tmp_path / "plan.ics"
    code, out, err = _export(capsys, data_dir, first)
    assert code == 0, err
    cal = Calendar.from_ical(first.read_bytes())
    events = list(cal.walk("VEVENT"))
    with NotesStore.open(data_dir) as store:
        stored = CourseStore(store).events()
    assert len(events) == len(stored) and f"Wrote {len(stored)} events" in out
    for ev in events:
        start = ev.decoded("dtstart")
        assert type(start) is date, "all-day"
        assert ev.decoded("dtend") == start + timedelta(days=1)
    titles = {str(ev["summary"]) for ev in events}
    assert "Monthly pregnancy test" in titles
    assert not any("mg" in t for t in titles), "no dose in the calendar"
    second_reader = rfc5545_events(first.read_bytes())
    assert len(second_reader) == len(events)
    assert all({"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(e) for e in second_reader)
    assert all(e["DTSTART"].startswith("DTSTART;VALUE=DATE:") for e in second_reader)
    uids = [str(ev["uid"]) for ev in events]
    assert len(set(uids)) == len(uids)

    # a re-export after the person ticks one item and moves another keeps every UID
    with NotesStore.open(data_dir) as store:
        course = CourseStore(store)
        course.set_done(stored[-1].key, True)
        course.move_event(stored[-2].key, stored[-2].date + timedelta(days=2), today=TODAY)
    again = tmp_path / "plan2.ics"
    assert _export(capsys, data_dir, again)[0] == 0
    uids_again = [str(ev["uid"]) for ev in Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert sorted(uids_again) == sorted(uids)


def test_daily_reminder_repeats_over_the_course(data_dir, tmp_path, capsys):
    _set_up(data_dir)
    with NotesStore.open(data_dir) as store:
        course = CourseStore(store)
        [(pid, last)] = course.periods()[-1:]
        course.edit_period(pid, last.__class__(last.start, last.mg_per_day, last.weight_kg, TODAY + timedelta(days=30)))
        first_day = course.start()
    dest = tmp_path / "daily.ics"
    assert _export(capsys, data_dir, dest, "--daily-reminder")[0] == 0
    [daily] = [ev for ev in Calendar.from_ical(dest.read_bytes()).walk("VEVENT") if "RRULE" in ev]
    assert str(daily["summary"]) == "Take your capsules"
    rule = rrulestr(daily["rrule"].to_ical().decode(), dtstart=daily.decoded("dtstart"))
    days = list(rule)
    assert days[0].date() == first_day and days[-1].date() == TODAY + timedelta(days=30)


def test_no_course_and_existing_file(data_dir, tmp_path, capsys):
    dest = tmp_path / "plan.ics"
    code, _, err = _export(capsys, data_dir, dest)
    assert code == 2 and "No course" in err and err.count("\n") == 1 and not dest.exists()
    _set_up(data_dir, region="uk-eu", can_get_pregnant=False)
    dest.write_text("old")
    code, _, err = _export(capsys, data_dir, dest)
    assert code == 2 and dest.read_text() == "old"
    assert _export(capsys, data_dir, dest, "--force")[0] == 0
    kinds = {str(ev["categories"].cats[0]) for ev in Calendar.from_ical(dest.read_bytes()).walk("VEVENT")}
    assert "pregnancy-test" not in kinds
    code, _, err = _export(capsys, data_dir, tmp_path / "plan.txt")
    assert code == 2 and ".ics" in err


def test_checkins_csv(data_dir, tmp_path):
    rows = [
        CheckIn(TODAY - timedelta(days=1), mood=2, symptoms={"lips": 3, "Back ache": 1}, note="=cmd|x, “quotes”"),
        CheckIn(TODAY, red_flags=("severe-rash",), sleep=8),
    ]
    text = checkins_csv(rows)
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0][:3] == ["date", "mood", "sleep"]
    assert parsed[1][0] == rows[0].day.isoformat() and parsed[1][1] == "2" and parsed[1][3] == "3"
    assert parsed[1][-1] == "'=cmd|x, “quotes”", "no formula injection"
    assert parsed[1][-3] == "Back ache: 1"
    assert parsed[2][-2] == "severe-rash" and parsed[2][2] == "8"
    with NotesStore.open(data_dir) as store:
        CheckinStore(store).save_many(rows)
        dest = tmp_path / "c.csv"
        assert export_checkins_csv(store, dest) == 2
        assert re.match("\ufeffdate,mood", dest.read_text("utf-8"))
        with pytest.raises(NotesError, match="exists; add --force to replace it"):
            export_checkins_csv(store, dest)
