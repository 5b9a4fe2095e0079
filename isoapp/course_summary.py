"""The course so far in a few plain lines, for the visit sheet and the doctor's summary (Qt-free).

Only what the person logged and what their prescriber set: no advice, no judgement of the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from isoapp.course import DosePeriod, Figures, figures
from isoapp.course_store import CourseStore

REGION_NAMES = {"us": "US", "uk-eu": "UK or EU", "other": "another country"}


@dataclass(frozen=True)
class CourseSummary:
    start: date
    periods: list[DosePeriod]
    figures: Figures
    target_mg_per_kg: float | None
    region: str


def course_summary(notes_store, today: date) -> CourseSummary | None:
    """The summary of the course in ``notes_store`` up to ``today`` (None when no course is set up)."""
    course = CourseStore(notes_store)
    settings = course.settings()
    periods = course.dose_periods()
    if settings is None or not periods:
        return None
    include_today = course.day_status(today) == "taken"
    f = figures(periods, course.missed(), today, settings.target_mg_per_kg, include_today=include_today)
    return CourseSummary(periods[0].start, periods, f, settings.target_mg_per_kg, settings.region)


def _num(value: float, decimals: int = 1) -> str:
    return f"{value:,.{decimals}f}"


def summary_lines(s: CourseSummary) -> list[str]:
    """The summary as short English lines (a doctor reads them in seconds)."""
    f = s.figures
    lines = [
        f"Started {s.start.strftime('%d %b %Y')}; rules for {REGION_NAMES.get(s.region, s.region)}.",
        f"Days taken: {f.days_taken}. Missed days: {f.missed_days}.",
        f"Total so far: {_num(f.mg, 0)} mg, {_num(f.mg_per_kg)} mg/kg.",
        f"Average over the last 14 days: {_num(f.average_14_days, 2)} mg/kg a day.",
    ]
    if s.target_mg_per_kg is not None:
        when = f"; at the doses logged it is reached on {f.forecast.strftime('%d %b %Y')}" if f.forecast else ""
        lines.append(f"Target set by the prescriber: {_num(s.target_mg_per_kg, 0)} mg/kg{when}.")
    for p in s.periods:
        end = p.end.strftime("%d %b %Y") if p.end else "now"
        lines.append(
            f"Dose period {p.start.strftime('%d %b %Y')} to {end}: {_num(p.mg_per_day)} mg a day, "
            f"{_num(p.weight_kg)} kg ({_num(p.mg_per_day / p.weight_kg, 2)} mg/kg a day)."
        )
    return lines
