"""A made-up sample course for screenshots, the self-test, tests and benchmarks (never a person's data).

The sample's doses and weights are only example entries, the kind a person would copy from their own
prescription; they are not advice. It is written only into the store it is given.
"""

from __future__ import annotations

from datetime import date, timedelta

from isoapp.checkins import CheckIn, CheckinStore
from isoapp.course import DosePeriod
from isoapp.course_store import CourseSettings, CourseStore
from isoapp.monitoring_plan import refresh_plan


def sample_periods(today: date, days: int = 75) -> list[DosePeriod]:
    """Three periods ending today: a first month, a dose change after a short pause, and the current one."""
    start = today - timedelta(days=days - 1)
    first_end = start + timedelta(days=27)
    second_start = first_end + timedelta(days=4)
    second_end = second_start + timedelta(days=20)
    return [
        DosePeriod(start, 20, 62, first_end),
        DosePeriod(second_start, 40, 62, second_end),
        DosePeriod(second_end + timedelta(days=1), 40, 60),
    ]


def fill_sample_course(
    course: CourseStore,
    today: date,
    *,
    region: str = "us",
    can_get_pregnant: bool = True,
    target: float | None = 120,
    days: int = 75,
) -> None:
    periods = sample_periods(today, days)
    course.set_up(CourseSettings(region, can_get_pregnant, target), periods[0], today=today)
    for p in periods[1:]:
        course.add_period(p, today=today)
    for back in (3, 17, 40):
        if back < days:
            course.mark_day(today - timedelta(days=back), "missed", today=today)
    course.mark_day(today - timedelta(days=1), "taken", today=today)
    refresh_plan(course, today)
    for event in course.events():
        if event.date < today - timedelta(days=7):
            course.set_done(event.key, True)
    course.add_event(today + timedelta(days=3), "appointment", "Dermatology visit: ask about lip care", today=today)


def fill_sample_checkins(checkins: CheckinStore, today: date, days: int = 30) -> None:
    entries = []
    for back in range(days):
        day = today - timedelta(days=back)
        entries.append(
            CheckIn(day, mood=3 + (back % 3 == 0) - (back % 7 == 0), symptoms={"lips": 2, "skin": 1 + back % 2})
        )
    checkins.save_many(entries, today=today)
