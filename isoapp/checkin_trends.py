"""Check-in trends without Qt: the date ranges, the daily series for the chart and the table, weekly
averages and "last weeks against before" for the doctor's summary, and the low-mood nudge rule.

Nothing here interprets: it counts and averages what the person entered, and no more.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from isoapp.checkins import SYMPTOMS, CheckIn, low_mood_days

MOOD = "mood"
RANGES = ("week", "month", "course")
RANGE_DAYS = {"week": 7, "month": 30}
NUDGE_WINDOW_DAYS = 14
NUDGE_MIN_DAYS = 3  # "several" low-mood days in the window before the one calm nudge


def range_start(kind: str, today: date, first_day: date | None) -> date:
    """First day shown for a range: the last 7 or 30 days, or the whole course (the first day of the
    course or of the check-ins, whichever is earlier; today when there is neither)."""
    if kind in RANGE_DAYS:
        return today - timedelta(days=RANGE_DAYS[kind] - 1)
    if kind != "course":
        raise ValueError(f"unknown range {kind!r}")
    return min(first_day, today) if first_day else today


def symptom_keys(checkins: Iterable[CheckIn], extra: Iterable[str] = ()) -> list[str]:
    """The six known symptoms, then the person's own (from the entries and ``extra``), A to Z."""
    own = {k for c in checkins for k in c.symptoms if k not in SYMPTOMS}
    own |= {k for k in extra if k not in SYMPTOMS}
    return [*SYMPTOMS, *sorted(own, key=str.casefold)]


def value_of(c: CheckIn, key: str) -> int | None:
    return c.mood if key == MOOD else c.symptoms.get(key)


@dataclass(frozen=True)
class Series:
    """One value per day (None where nothing was entered), from ``start`` for ``len(days)`` days."""

    start: date
    days: list[int]  # date ordinals
    values: dict[str, list[float]]  # key -> value or NaN, aligned with days


def daily_series(checkins: Sequence[CheckIn], keys: Sequence[str], start: date, end: date) -> Series:
    n = max((end - start).days + 1, 0)
    first = start.toordinal()
    values = {k: [math.nan] * n for k in keys}
    for c in checkins:
        i = c.day.toordinal() - first
        if 0 <= i < n:
            for k in keys:
                v = value_of(c, k)
                if v is not None:
                    values[k][i] = float(v)
    return Series(start, list(range(first, first + n)), values)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def weekly_averages(checkins: Iterable[CheckIn], key: str, today: date, weeks: int) -> list[float | None]:
    """Average per 7-day block ending ``today`` (oldest block first); None for a block with no entries."""
    blocks: list[list[int]] = [[] for _ in range(weeks)]
    for c in checkins:
        age = (today - c.day).days
        v = value_of(c, key)
        if v is not None and 0 <= age < 7 * weeks:
            blocks[weeks - 1 - age // 7].append(v)
    return [_mean(b) for b in blocks]


@dataclass(frozen=True)
class TrendRow:
    key: str
    weeks: list[float | None]  # weekly averages, oldest first
    before: float | None  # average of every entry before those weeks
    recent_days: int  # entries with this answer in those weeks
    recent_worst: int | None  # highest score (for mood: the lowest mood) in those weeks


def trend_rows(checkins: Sequence[CheckIn], keys: Sequence[str], today: date, weeks: int = 4) -> list[TrendRow]:
    cutoff = today - timedelta(days=7 * weeks - 1)
    rows = []
    for key in keys:
        recent = [v for c in checkins if cutoff <= c.day <= today and (v := value_of(c, key)) is not None]
        older = [v for c in checkins if c.day < cutoff and (v := value_of(c, key)) is not None]
        if not recent and not older:
            continue
        worst = (min(recent) if key == MOOD else max(recent)) if recent else None
        rows.append(TrendRow(key, weekly_averages(checkins, key, today, weeks), _mean(older), len(recent), worst))
    return rows


def week_ends(today: date, weeks: int) -> list[date]:
    """The last day of each block of ``weekly_averages`` (oldest first)."""
    return [today - timedelta(days=7 * (weeks - 1 - i)) for i in range(weeks)]


def needs_mood_nudge(checkins: Iterable[CheckIn], today: date) -> int:
    """How many low-mood days (1 or 2) the last 14 days had, when that is "several" (else 0)."""
    count = low_mood_days(checkins, today, NUDGE_WINDOW_DAYS)
    return count if count >= NUDGE_MIN_DAYS else 0


@dataclass(frozen=True)
class SeriousDay:
    day: date
    flags: tuple[str, ...]
    note: str


def serious_days(checkins: Iterable[CheckIn]) -> list[SeriousDay]:
    """Every day with a serious sign, oldest first."""
    return [SeriousDay(c.day, tuple(c.red_flags), c.note) for c in sorted(checkins, key=lambda c: c.day) if c.red_flags]
