"""The course model (Qt-free): dose periods, cumulative dose and the day a prescriber's target is reached.

The contract is in the shared design notes (interface.md, "Course model"): a day counts when it lies in a
period, is on or before ``until`` and is not missed; each counted day adds ``mg_per_day`` to mg and
``mg_per_day / weight_kg`` (of its own period) to mg/kg. The app never suggests a dose or a target: these
functions only add up what the person logged and what their prescriber set.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MAX_MG_PER_DAY = 200.0  # above this a typed dose is taken as a mistake (the "absurd")
MAX_WEIGHT_KG = 300.0
MAX_TARGET_MG_PER_KG = 1000.0
REACH_TOLERANCE = 1e-9  # mg/kg: "reaches" means at or above the target within this


@dataclass(frozen=True)
class DosePeriod:
    start: date
    mg_per_day: float
    weight_kg: float
    end: date | None = None  # inclusive; None = ongoing


@dataclass(frozen=True)
class Cumulative:
    mg: float
    mg_per_kg: float
    days_taken: int


def _is_day(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def check_amount(value: object, field: str, maximum: float, unit: str) -> float:
    """A positive finite number up to ``maximum``; else ValueError naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field} must be a number of {unit} above 0.")
    number = float(value)
    if not math.isfinite(number) or number <= 0:
        raise ValueError(f"{field} must be a number of {unit} above 0, not {value}.")
    if number > maximum:
        raise ValueError(
            f"{field} of {value:g} {unit} is too high to be right (the most this app takes is {maximum:g})."
        )
    return number


def check_period(period: DosePeriod) -> DosePeriod:
    if not _is_day(period.start):
        raise ValueError("start must be a date.")
    if period.end is not None:
        if not _is_day(period.end):
            raise ValueError("end must be a date or empty (still going).")
        if period.end < period.start:
            raise ValueError(f"end ({period.end.isoformat()}) is before start ({period.start.isoformat()}).")
    check_amount(period.mg_per_day, "mg_per_day", MAX_MG_PER_DAY, "mg a day")
    check_amount(period.weight_kg, "weight_kg", MAX_WEIGHT_KG, "kg")
    return period


def check_periods(periods: Iterable[DosePeriod]) -> list[DosePeriod]:
    """The periods checked and sorted by start. Overlaps (two periods sharing a day) are refused."""
    ordered = sorted((check_period(p) for p in periods), key=lambda p: p.start)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.end is None or before.end >= after.start:
            raise ValueError(
                f"periods: the period from {before.start.isoformat()} overlaps the one from {after.start.isoformat()}."
            )
    return ordered


def check_target(target_mg_per_kg: object) -> float:
    return check_amount(target_mg_per_kg, "target_mg_per_kg", MAX_TARGET_MG_PER_KG, "mg/kg")


def _days(first: date, last: date) -> int:
    return (last - first).days + 1 if last >= first else 0


def _missed_index(missed: Iterable[date]) -> list[date]:
    days = sorted(set(missed))
    for d in days:
        if not _is_day(d):
            raise ValueError("missed must hold dates.")
    return days


def _missed_between(missed: list[date], first: date, last: date) -> int:
    if last < first:
        return 0
    return bisect_right(missed, last) - bisect_right(missed, first - timedelta(days=1))


def cumulative(periods: Iterable[DosePeriod], missed: Iterable[date], until: date) -> Cumulative:
    """Days taken, mg and mg/kg from the first period up to and including ``until``."""
    ordered = check_periods(periods)
    missed_days = _missed_index(missed)
    mg = mg_per_kg = 0.0
    taken = 0
    for p in ordered:
        last = until if p.end is None or p.end > until else p.end
        count = _days(p.start, last) - _missed_between(missed_days, p.start, last)
        if count <= 0:
            continue
        taken += count
        mg += count * p.mg_per_day
        mg_per_kg += count * (p.mg_per_day / p.weight_kg)
    return Cumulative(mg=mg, mg_per_kg=mg_per_kg, days_taken=taken)


def _runs(ordered: list[DosePeriod], missed: list[date], today: date) -> Iterator[tuple[date, int | None, float]]:
    """(first day, number of days or None for "goes on", mg/kg a day) for each run of counted days, in order.

    Days before ``today`` skip the missed ones; from ``today`` on every period day counts.
    """
    for p in ordered:
        rate = p.mg_per_day / p.weight_kg
        day = p.start
        logged_last = min(p.end, today - timedelta(days=1)) if p.end is not None else today - timedelta(days=1)
        for m in missed[bisect_right(missed, p.start - timedelta(days=1)) : bisect_right(missed, logged_last)]:
            if m > day:
                yield day, (m - day).days, rate
            day = m + timedelta(days=1)
        if p.end is None:
            yield day, None, rate
        elif p.end >= day:
            yield day, _days(day, p.end), rate


def forecast_end(
    periods: Iterable[DosePeriod], missed: Iterable[date], target_mg_per_kg: float, today: date
) -> date | None:
    """The first day the cumulative mg/kg reaches the target (see the module doc); None if it never does."""
    target = check_target(target_mg_per_kg) - REACH_TOLERANCE
    total = 0.0
    for first, count, rate in _runs(check_periods(periods), _missed_index(missed), today):
        if count is not None and total + count * rate < target:
            total += count * rate
            continue
        needed = max(1, math.ceil((target - total) / rate))
        while needed > 1 and total + (needed - 1) * rate >= target:
            needed -= 1
        while total + needed * rate < target:
            needed += 1
        if count is not None and needed > count:  # rounding at the very edge of the run
            total += count * rate
            continue
        try:
            return first + timedelta(days=needed - 1)
        except OverflowError:
            return None
    return None


def average_mg_per_kg_per_day(
    periods: Iterable[DosePeriod], missed: Iterable[date], today: date, days: int = 14
) -> float:
    """Average mg/kg a day over the ``days`` up to and including ``today`` (missed and pause days count as 0)."""
    ordered = check_periods(periods)
    missed_days = list(missed)
    now = cumulative(ordered, missed_days, today).mg_per_kg
    before = cumulative(ordered, missed_days, today - timedelta(days=days)).mg_per_kg
    return (now - before) / days


def period_on(periods: Iterable[DosePeriod], day: date) -> DosePeriod | None:
    """The period that holds ``day``, if any."""
    for p in periods:
        if p.start <= day and (p.end is None or day <= p.end):
            return p
    return None


def daily_series(periods: Iterable[DosePeriod], missed: Iterable[date], until: date) -> list[tuple[date, float]]:
    """(day, cumulative mg/kg at the end of that day) from the first period's start to ``until`` (the chart)."""
    ordered = check_periods(periods)
    if not ordered or until < ordered[0].start:
        return []
    skip = set(missed)
    series: list[tuple[date, float]] = []
    total = 0.0
    day = ordered[0].start
    index = 0
    while day <= until:
        while index < len(ordered) and ordered[index].end is not None and ordered[index].end < day:
            index += 1
        p = ordered[index] if index < len(ordered) else None
        if p is not None and p.start <= day and day not in skip:
            total += p.mg_per_day / p.weight_kg
        series.append((day, total))
        day += timedelta(days=1)
    return series


@dataclass(frozen=True)
class Figures:
    """What the course page shows. ``forecast`` only when the prescriber's target is set."""

    days_taken: int
    missed_days: int
    mg: float
    mg_per_kg: float
    average_14_days: float
    forecast: date | None


def figures(
    periods: Iterable[DosePeriod],
    missed: Iterable[date],
    today: date,
    target_mg_per_kg: float | None = None,
    *,
    include_today: bool = True,
) -> Figures:
    """The course figures up to and including ``today`` (missed days count only when inside a period).

    ``include_today=False`` leaves today out of the sums until the person marks it taken.
    """
    ordered = check_periods(periods)
    missed_days = _missed_index(missed)
    end = today if include_today else today - timedelta(days=1)
    total = cumulative(ordered, missed_days, end)
    in_periods = sum(1 for d in missed_days if d <= today and period_on(ordered, d) is not None)
    before = cumulative(ordered, missed_days, end - timedelta(days=14)).mg_per_kg
    forecast = None if target_mg_per_kg is None else forecast_end(ordered, missed_days, target_mg_per_kg, today)
    return Figures(total.days_taken, in_periods, total.mg, total.mg_per_kg, (total.mg_per_kg - before) / 14, forecast)


def day_states(periods, missed: set[date], taken: set[date], first: date, last: date, today: date) -> dict:
    """day -> "taken" | "missed" | "pause" | "planned" | "due" for the days from ``first`` to ``last``.

    Days in a period up to yesterday count as taken unless marked missed (the contract's rule); today is
    "due" until marked taken; days after today are "planned". Days outside every period after the start
    are a pause; days before the start are left out.
    """
    states = {}
    day = first
    while day <= last:
        if day in missed:
            states[day] = "missed"
        elif period_on(periods, day) is None:
            states[day] = "pause" if periods and periods[0].start <= day <= today else None
        elif day > today:
            states[day] = "planned"
        else:
            states[day] = "taken" if day in taken or day < today else "due"
        day += timedelta(days=1)
    return {d: s for d, s in states.items() if s is not None}
