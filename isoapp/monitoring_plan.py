"""The monitoring plan by region, generated from data (resources/data/monitoring-<region>.toml). Qt-free.

``generate_plan(region, start, end, can_get_pregnant)`` turns a region's rules into dated items: visits,
pregnancy tests (only for people who can get pregnant), blood tests, the birth-control window, the end of
the no-blood-donation time and the earliest date of a second course. Each item's ``key`` is stable (rule id
plus, for monthly items, the month number), so ticks, moved dates and calendar UIDs survive a new plan.
The rules are facts from the project's vetted facts sheet, each citing ids of resources/data/sources.toml.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from isoapp.course_store import EVENT_KINDS, REGIONS, CourseEvent
from isoapp.i18n.localized import localized_toml
from isoapp.plan_merge import merge_plan

WHEN = ("before", "monthly", "once", "end", "after")
MAX_MONTHS = 36  # a plan never lists more monthly items than this


@dataclass(frozen=True)
class RegionRules:
    region: str
    name: str
    last_checked: date
    sources: tuple[str, ...]
    rules: tuple[str, ...]
    items: tuple[dict, ...]
    pregnancy_rules: tuple[str, ...] = ()  # shown only to people who can get pregnant

    def rules_for(self, can_get_pregnant: bool) -> tuple[str, ...]:
        return self.rules + (self.pregnancy_rules if can_get_pregnant else ())


@dataclass(frozen=True)
class PlanItem:
    key: str
    date: date
    kind: str
    title: str
    sources: tuple[str, ...]

    def as_event(self) -> CourseEvent:
        return CourseEvent(self.key, self.date, self.kind, self.title)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months (the 31st becomes the month's last day when needed)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def load_rules(region: str) -> RegionRules:
    if region not in REGIONS:
        raise ValueError(f"region must be one of {', '.join(REGIONS)}.")
    data = localized_toml("data", f"monitoring-{region}.toml")
    items = tuple(data["item"])
    for item in items:
        if item["when"] not in WHEN or item["kind"] not in EVENT_KINDS:
            raise ValueError(f"monitoring-{region}.toml: item {item.get('id')!r} has an unknown when or kind.")
    return RegionRules(
        region=data["region"],
        name=data["name"],
        last_checked=date.fromisoformat(str(data["last_checked"])),
        sources=tuple(data["sources"]),
        rules=tuple(data["rules"]),
        items=items,
        pregnancy_rules=tuple(data.get("pregnancy_rules", ())),
    )


def _shift(day: date, item: dict, sign: int) -> date:
    return add_months(day, sign * item.get("months", 0)) + timedelta(days=sign * item.get("days", 0))


def _dates(item: dict, start: date, end: date | None, horizon: date | None) -> list[tuple[str, date]]:
    """(key, date) pairs for one rule; rules that need the end are left out while the end is unknown."""
    when, key = item["when"], item["id"]
    if when == "before":
        return [(key, _shift(start, item, -1))]
    if when == "once":
        day = _shift(start, item, 1)
        return [(key, day)] if end is None or day < end else []
    if when == "monthly":
        last = end if end is not None else horizon
        pairs = []
        for n in range(1, MAX_MONTHS + 1):
            day = add_months(start, n)
            if last is None or day >= last:
                break
            pairs.append((f"{key}-{n}", day))
        return pairs
    if end is None:
        return []
    return [(key, end)] if when == "end" else [(key, _shift(end, item, 1))]


def generate_plan(
    region: str, start: date, end: date | None, can_get_pregnant: bool, *, horizon: date | None = None
) -> list[PlanItem]:
    """The region's plan for a course from ``start`` to ``end`` (inclusive; None = not known yet), by date.

    Without an end, monthly items run up to ``horizon`` (default: none) and end/after items are left out.
    """
    rules = load_rules(region)
    plan: list[PlanItem] = []
    for item in rules.items:
        if item.get("can_get_pregnant") is not None and item["can_get_pregnant"] != can_get_pregnant:
            continue
        for key, day in _dates(item, start, end, horizon):
            plan.append(PlanItem(key, day, item["kind"], item["title"], tuple(item["sources"])))
    plan.sort(key=lambda p: (p.date, p.key))
    return plan


def course_end(periods, planned_end: date | None, forecast: date | None = None) -> date | None:
    """The last day of the course as far as it is known: the last period's end when nothing is ongoing,
    else the expected last day the person entered, else the day the prescriber's target is reached."""
    if periods and all(p.end is not None for p in periods):
        return max(p.end for p in periods)
    return planned_end or forecast


def due(
    events: list[CourseEvent], today: date, days: int = 7, overdue_days: int = 60
) -> tuple[list[CourseEvent], list[CourseEvent]]:
    """(overdue in the last ``overdue_days`` days, due in the next ``days`` days including today), not done.

    Older items are not nagged about (a course set up late would otherwise list every past item).
    """
    first = today - timedelta(days=overdue_days)
    overdue = [e for e in events if not e.done and first <= e.date < today]
    soon = [e for e in events if not e.done and today <= e.date < today + timedelta(days=days)]
    return overdue, soon


HORIZON_DAYS = 62  # without a known end, monthly items are listed this far ahead of today


def plan_for(course, today: date) -> list[PlanItem]:
    """The plan for the course in a ``CourseStore`` (empty when no course is set up)."""
    from isoapp.course import forecast_end

    settings = course.settings()
    periods = course.dose_periods()
    if settings is None or not periods:
        return []
    forecast = None
    if settings.target_mg_per_kg is not None:
        forecast = forecast_end(periods, course.missed(), settings.target_mg_per_kg, today)
    end = course_end(periods, settings.planned_end, forecast)
    horizon = today + timedelta(days=HORIZON_DAYS) if end is None else None
    return generate_plan(settings.region, periods[0].start, end, settings.can_get_pregnant, horizon=horizon)


def current_events(course, today: date) -> list[CourseEvent]:
    """Every event as ``refresh_plan`` would leave it, computed in memory (nothing is written): for
    read-only commands such as the calendar export. Sorted like ``CourseStore.events``."""
    stored = course.events()
    if course.settings() is None:
        return stored
    own = [e for e in stored if e.own]
    planned = (item.as_event() for item in plan_for(course, today))
    merged = merge_plan([e for e in stored if not e.own], planned)
    return sorted([*own, *merged], key=lambda e: (e.date, e.kind, e.key))


def refresh_plan(course, today: date, *, keep_done: bool = True) -> None:
    """Store the current plan (keeping ticks, moved dates and the person's own events)."""
    if course.settings() is not None:
        course.sync_plan((item.as_event() for item in plan_for(course, today)), keep_done=keep_done)
