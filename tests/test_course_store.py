"""CourseStore: settings, dose periods, the daily log and events; bad input saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from isoapp.course import DosePeriod, figures
from isoapp.course_store import CourseEvent, CourseSettings, CourseStore
from isoapp.notes.store import NotesStore

TODAY = date(2026, 12, 1)
START = date(2026, 9, 1)


@pytest.fixture
def store(data_dir):
    s = NotesStore.open(data_dir)
    yield s
    s.close()


@pytest.fixture
def course(store):
    c = CourseStore(store)
    c.set_up(CourseSettings("us", True), DosePeriod(START, 40, 60, date(2026, 10, 31)), today=TODAY)
    return c


def _snapshot(c: CourseStore):
    return c.settings(), c.periods(), c.missed(), c.taken(), c.events()


def test_set_up_has_no_default_target_and_survives_reopening(data_dir, course):
    s = course.settings()
    assert s.region == "us" and s.can_get_pregnant is True
    assert s.target_mg_per_kg is None, "no default target"
    assert s.created
    course._store.close()
    with NotesStore.open(data_dir) as again:
        reopened = CourseStore(again)
        assert reopened.settings() == s
        assert reopened.dose_periods() == [DosePeriod(START, 40, 60, date(2026, 10, 31))]


def test_settings_edit_keeps_created(course):
    before = course.settings()
    after = course.save_settings(CourseSettings("uk-eu", False, 120, date(2027, 1, 31)))
    assert after.created == before.created
    assert course.settings() == after
    assert course.settings().target_mg_per_kg == 120


def test_second_set_up_is_refused(course):
    with pytest.raises(ValueError, match="^course"):
        course.set_up(CourseSettings("us", False), DosePeriod(TODAY, 20, 50), today=TODAY)


def test_periods_add_edit_delete(course):
    new_id = course.add_period(DosePeriod(date(2026, 11, 5), 60, 62), today=TODAY)
    assert [p.start for p in course.dose_periods()] == [START, date(2026, 11, 5)]
    course.edit_period(new_id, DosePeriod(date(2026, 11, 1), 60, 62), today=TODAY)
    assert course.dose_periods()[1].start == date(2026, 11, 1)
    removed = course.delete_period(new_id)
    assert removed == DosePeriod(date(2026, 11, 1), 60, 62)
    assert len(course.dose_periods()) == 1
    course.add_period(removed, today=TODAY)  # undo
    assert course.dose_periods()[1] == removed


@pytest.mark.parametrize(
    ("period", "field"),
    [
        (DosePeriod(date(2026, 11, 1), 0, 60), "mg_per_day"),
        (DosePeriod(date(2026, 11, 1), -5, 60), "mg_per_day"),
        (DosePeriod(date(2026, 11, 1), float("nan"), 60), "mg_per_day"),
        (DosePeriod(date(2026, 11, 1), 201, 60), "mg_per_day"),
        (DosePeriod(date(2026, 11, 1), 40, 0), "weight_kg"),
        (DosePeriod(date(2026, 11, 1), 40, 300.5), "weight_kg"),
        (DosePeriod(date(2026, 11, 1), 40, 60, date(2026, 10, 1)), "end"),
        (DosePeriod(date(2026, 10, 15), 40, 60), "periods"),  # overlaps the first
        (DosePeriod(TODAY + timedelta(days=400), 40, 60), "start"),
        (DosePeriod(date(1980, 1, 1), 40, 60, date(1980, 2, 1)), "start"),
    ],
)
def test_bad_period_names_the_field_and_saves_nothing(course, period, field):
    before = _snapshot(course)
    with pytest.raises(ValueError, match=f"^{field}"):
        course.add_period(period, today=TODAY)
    assert _snapshot(course) == before
    if field != "periods":  # editing the only period cannot overlap another
        [(first_id, _)] = course.periods()
        with pytest.raises(ValueError, match=f"^{field}"):
            course.edit_period(first_id, period, today=TODAY)
        assert _snapshot(course) == before


def test_bad_settings_are_refused(course):
    before = _snapshot(course)
    for bad, field in [
        (CourseSettings("mars", True), "region"),
        (CourseSettings("us", "yes"), "can_get_pregnant"),
        (CourseSettings("us", True, 0), "target_mg_per_kg"),
        (CourseSettings("us", True, float("inf")), "target_mg_per_kg"),
    ]:
        with pytest.raises(ValueError, match=f"^{field}"):
            course.save_settings(bad)
    assert _snapshot(course) == before


def test_daily_log_taken_missed_and_figures(course):
    course.mark_day(date(2026, 9, 10), "missed", today=TODAY)
    course.mark_day(date(2026, 9, 11), "missed", today=TODAY)
    course.mark_day(date(2026, 9, 11), "taken", today=TODAY)  # changed their mind
    course.mark_day(date(2026, 9, 12), "missed", today=TODAY)
    course.mark_day(date(2026, 9, 12), None, today=TODAY)
    assert course.missed() == [date(2026, 9, 10)]
    assert course.taken() == [date(2026, 9, 11)]
    with pytest.raises(ValueError, match="^day"):
        course.mark_day(TODAY + timedelta(days=1), "taken", today=TODAY)
    f = figures(course.dose_periods(), course.missed(), TODAY, 120)
    assert f.days_taken == 61 - 1
    assert f.missed_days == 1
    assert f.mg == pytest.approx(60 * 40)
    assert f.forecast is None, "the course ended below the target"


def test_events_own_done_move_and_plan_sync(course):
    plan = [
        CourseEvent("pregnancy-test-1", date(2026, 9, 1), "pregnancy-test", "Pregnancy test"),
        CourseEvent("blood-test-0", date(2026, 8, 25), "blood-test", "Blood test"),
        CourseEvent("appointment-2", date(2026, 10, 1), "appointment", "Visit"),
    ]
    course.sync_plan(plan)
    assert [e.key for e in course.events()] == ["blood-test-0", "pregnancy-test-1", "appointment-2"]
    course.set_done("blood-test-0", True)
    course.move_event("pregnancy-test-1", date(2026, 9, 3), today=TODAY)
    own = course.add_event(date(2026, 12, 20), "other", "  Ask about\nlip balm ", today=TODAY)
    assert own.own and own.key.startswith("own-") and own.title == "Ask about lip balm"
    # the plan changes: every item moves a day, the visit is gone, the blood test was done
    course.sync_plan([replace_date(plan[0], 1), replace_date(plan[1], 1)])
    events = {e.key: e for e in course.events()}
    assert events["pregnancy-test-1"].date == date(2026, 9, 3), "a date the person moved is kept"
    assert events["pregnancy-test-1"].planned == date(2026, 9, 2)
    assert events["blood-test-0"].done and events["blood-test-0"].date == date(2026, 8, 26)
    assert "appointment-2" not in events
    assert own.key in events
    with pytest.raises(ValueError, match="^event"):
        course.delete_event("blood-test-0")
    assert course.delete_event(own.key) == own
    with pytest.raises(ValueError, match="^kind"):
        course.add_event(TODAY, "party", "x", today=TODAY)
    with pytest.raises(ValueError, match="^title"):
        course.add_event(TODAY, "other", " \n ", today=TODAY)


def replace_date(e: CourseEvent, days: int) -> CourseEvent:
    return CourseEvent(e.key, e.date + timedelta(days=days), e.kind, e.title)


def test_course_summary_lines_for_the_visit_sheet(store, course):
    from isoapp.course_summary import course_summary, summary_lines
    from isoapp.notes.visit import build_visit_sheet

    course.save_settings(CourseSettings("us", True, 120))
    course.mark_day(date(2026, 9, 2), "missed", today=TODAY)
    lines = summary_lines(course_summary(store, TODAY))
    assert lines[0].startswith("Started 01 Sep 2026")
    assert "Days taken: 60. Missed days: 1." in lines
    assert "Total so far: 2,400 mg, 40.0 mg/kg." in lines
    assert any(line.startswith("Target set by the prescriber: 120 mg/kg") for line in lines)
    assert lines[-1] == "Dose period 01 Sep 2026 to 31 Oct 2026: 40.0 mg a day, 60.0 kg (0.67 mg/kg a day)."
    assert build_visit_sheet(store).course_lines[1:3] == lines[1:3]


def test_no_course_no_summary(store):
    from isoapp.course_summary import course_summary
    from isoapp.notes.visit import build_visit_sheet

    assert course_summary(store, TODAY) is None
    assert build_visit_sheet(store).course_lines == []


def test_region_guess_from_the_country():
    from isoapp.course_store import region_for_country

    assert region_for_country("UnitedStates") == "us"
    assert region_for_country("UnitedKingdom") == region_for_country("Germany") == "uk-eu"
    assert region_for_country("Canada") == region_for_country("AnyTerritory") == "other"


def test_self_test_checks_pass_and_notice_a_broken_sum(monkeypatch):
    from isoapp import course as course_model
    from isoapp.course import Cumulative
    from isoapp.course_selfcheck import course_checks

    checks = course_checks(TODAY)
    assert len(checks) == 3 and all(ok for _name, ok, _why in checks), checks
    monkeypatch.setattr(course_model, "cumulative", lambda *a, **k: Cumulative(0.0, 0.0, 0))
    [figures_check, *_rest] = course_checks(TODAY)
    assert figures_check[1] is False
