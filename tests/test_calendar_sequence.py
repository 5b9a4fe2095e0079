"""Calendar updates: a re-export after a change carries the same UID and a higher SEQUENCE (even when a date
is moved and moved back), an unchanged event keeps its SEQUENCE, and nothing depends on the clock."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from icalendar import Calendar

from isoapp import cli
from isoapp.course import DosePeriod
from isoapp.course_sample import fill_sample_course
from isoapp.course_store import CourseStore
from isoapp.monitoring_plan import refresh_plan
from isoapp.notes.store import NotesStore

TODAY = date.today()


def _export(capsys, data_dir, dest, *extra) -> dict[str, tuple[int, date, str]]:
    code = cli.main(["--data-dir", str(data_dir), "--export-calendar", str(dest), *extra])
    _out, err = capsys.readouterr()
    assert code == 0, err
    events = Calendar.from_ical(dest.read_bytes()).walk("VEVENT")
    assert all("DTSTAMP" in ev for ev in events)
    return {str(ev["uid"]): (int(ev["sequence"]), ev.decoded("dtstart"), str(ev["summary"])) for ev in events}


@contextmanager
def _course(data_dir):
    with NotesStore.open(data_dir) as store:
        yield CourseStore(store)


def test_a_moved_date_raises_the_sequence_even_when_moved_back(data_dir, tmp_path, capsys):
    with _course(data_dir) as course:
        fill_sample_course(course, TODAY)
        target = next(e for e in course.events() if not e.own and e.date > TODAY)
    first = _export(capsys, data_dir, tmp_path / "1.ics")
    again = _export(capsys, data_dir, tmp_path / "1b.ics")
    assert {u: s for u, (s, _, _) in again.items()} == {u: s for u, (s, _, _) in first.items()}, "no change, same"
    seen = [first]
    for n, day in enumerate((target.date + timedelta(days=3), target.date, target.date + timedelta(days=3))):
        with _course(data_dir) as course:
            course.move_event(target.key, day, today=TODAY)
        seen.append(_export(capsys, data_dir, tmp_path / f"{n + 2}.ics"))
    [uid] = [u for u in first if u.startswith(target.key + ".")]
    numbers = [s[uid][0] for s in seen]
    assert [s[uid][1] for s in seen] == [
        target.date,
        target.date + timedelta(3),
        target.date,
        target.date + timedelta(3),
    ]
    assert numbers == sorted(numbers) and len(set(numbers)) == 4, numbers
    for uid_other in first:  # every other event kept its UID and its SEQUENCE
        if uid_other != uid and not uid_other.startswith("daily"):
            assert seen[-1][uid_other][0] == first[uid_other][0]


def test_ticking_done_raises_the_sequence(data_dir, tmp_path, capsys):
    with _course(data_dir) as course:
        fill_sample_course(course, TODAY)
        target = next(e for e in course.events() if not e.done)
    before = _export(capsys, data_dir, tmp_path / "1.ics")
    with _course(data_dir) as course:
        course.set_done(target.key, True)
    after = _export(capsys, data_dir, tmp_path / "2.ics")
    [uid] = [u for u in before if u.startswith(target.key + ".")]
    assert after[uid][0] > before[uid][0] and after[uid][2].startswith("Done:")


def test_a_plan_changed_in_memory_then_stored_never_goes_down(data_dir, tmp_path, capsys):
    with _course(data_dir) as course:
        fill_sample_course(course, TODAY, region="uk-eu")
        first = _export(capsys, data_dir, tmp_path / "1.ics", "--daily-reminder")
        pid, last = course.periods()[-1]
        end = TODAY + timedelta(days=20)  # the end moves: the after-course items move (in memory only)
        course.edit_period(pid, DosePeriod(last.start, last.mg_per_day, last.weight_kg, end), today=TODAY)
    second = _export(capsys, data_dir, tmp_path / "2.ics", "--daily-reminder")
    moved = [u for u in first if u in second and second[u][1] != first[u][1]]
    assert moved, "some items follow the new end"
    assert all(second[u][0] > first[u][0] for u in moved)
    daily = next(u for u in first if u.startswith("daily-capsules."))
    assert second[daily][0] > first[daily][0], "the daily reminder's span changed"
    with _course(data_dir) as course:
        refresh_plan(course, TODAY)  # the app stores the plan
    third = _export(capsys, data_dir, tmp_path / "3.ics", "--daily-reminder")
    assert all(third[u][0] >= second[u][0] for u in second)
    assert all(third[u][1:] == second[u][1:] for u in second)


def test_a_restored_backup_keeps_the_sequence_numbers(data_dir, tmp_path, capsys):
    with _course(data_dir) as course:
        fill_sample_course(course, TODAY)
        for event in course.events()[:3]:  # a few revisions, and a removed event: the highest ever is kept
            course.move_event(event.key, event.date + timedelta(days=1), today=TODAY)
        own = course.add_event(TODAY + timedelta(days=9), "other", "Removed later", today=TODAY)
        course.delete_event(own.key)
        last = course.last_revision()
    before = _export(capsys, data_dir, tmp_path / "1.ics", "--daily-reminder")
    backup = tmp_path / "backup.json"
    assert cli.main(["--data-dir", str(data_dir), "--export-all", str(backup)]) == 0
    restored = tmp_path / "restored"
    assert cli.main(["--data-dir", str(restored), "--import-all", str(backup)]) == 0
    with _course(restored) as course:
        assert course.last_revision() == last
    after = _export(capsys, restored, tmp_path / "2.ics", "--daily-reminder")
    assert after == before
