"""What goes into the doctor's summary (Qt-free): the person picks the parts, this gathers the data.

Parts: the course so far (start, dose periods, days taken and missed, cumulative mg and mg/kg), the
check-in trends (weekly averages of the last weeks against the average before), every day with a
serious sign (date, signs, note), the open questions from the notes, and "what matters to me" when
the decision part of the app provides it. Counting and averaging only: no scores, no judgement.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from isoapp import checkin_trends as trends
from isoapp.checkins import CheckIn, CheckinStore, low_mood_days
from isoapp.course_store import CourseStore
from isoapp.course_summary import CourseSummary, course_summary
from isoapp.notes.model import Note
from isoapp.notes.visit import build_visit_sheet

PARTS = ("course", "trends", "serious", "questions", "matters")
DEFAULT_PARTS = ("course", "trends", "serious", "questions")
TREND_WEEKS = 4
QUESTIONS_MAX = 12  # more are counted, not listed (the summary stays within two pages)
# "What matters to me" comes from the decision part of the app (branch `decision`): a plain function of
# the notes store returning Markdown, or None when the person has not filled it in. Looked up by name,
# so this module works (without that part) before it is merged.
MATTERS_HOOK = "isoapp.decision.summary:latest_what_matters"


@dataclass(frozen=True)
class VisitSummary:
    today: date
    parts: tuple[str, ...]
    course: CourseSummary | None = None
    checkin_days: int = 0
    first_checkin: date | None = None
    week_ends: list[date] = field(default_factory=list)
    trends: list[trends.TrendRow] = field(default_factory=list)
    low_mood_days_28: int = 0
    serious: list[trends.SeriousDay] = field(default_factory=list)
    questions: list[Note] = field(default_factory=list)
    more_questions: int = 0
    matters: str | None = None


def dose_period_spans(notes_store, today: date) -> list[tuple[date, date, float]]:
    """The dose periods as (first day, last day, mg a day) for shading a chart; an ongoing one runs to today."""
    spans = []
    for p in CourseStore(notes_store).dose_periods():
        end = p.end or today
        if p.start <= end:
            spans.append((p.start, end, p.mg_per_day))
    return spans


def what_matters(notes_store) -> str | None:
    module_name, _, attr = MATTERS_HOOK.partition(":")
    try:
        fn = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        return None
    markdown = fn(notes_store)
    if not markdown:
        return None
    # its own headings go below the summary's (a saved note may start with "# ...")
    return "\n".join(
        "#### " + line.lstrip("#").strip() if line.startswith("#") else line for line in markdown.splitlines()
    )


def matters_available() -> bool:
    module_name, _, attr = MATTERS_HOOK.partition(":")
    try:
        return hasattr(importlib.import_module(module_name), attr)
    except ImportError:
        return False


def summarize_checkins(checkins: Sequence[CheckIn], today: date, weeks: int = TREND_WEEKS) -> dict:
    keys = trends.symptom_keys(checkins)
    return {
        "checkin_days": len(checkins),
        "first_checkin": checkins[0].day if checkins else None,
        "week_ends": trends.week_ends(today, weeks),
        "trends": trends.trend_rows(checkins, [trends.MOOD, *keys], today, weeks),
        "low_mood_days_28": low_mood_days(checkins, today, 7 * weeks),
    }


def build_summary(notes_store, today: date, parts: Sequence[str] = DEFAULT_PARTS) -> VisitSummary:
    """Gather the chosen parts. ``notes_store`` may be None (no data yet): the parts are then empty."""
    chosen = tuple(p for p in PARTS if p in parts)
    if notes_store is None:
        return VisitSummary(today, chosen, week_ends=trends.week_ends(today, TREND_WEEKS))
    values: dict = {}
    if "course" in chosen:
        values["course"] = course_summary(notes_store, today)  # the same figures as the My course page
    if "trends" in chosen or "serious" in chosen:
        checkins = [c for c in CheckinStore(notes_store).all() if c.day <= today]
        if "trends" in chosen:
            values.update(summarize_checkins(checkins, today))
        if "serious" in chosen:
            values["serious"] = trends.serious_days(checkins)
    if "questions" in chosen:
        questions = build_visit_sheet(notes_store).open_questions
        values["questions"] = questions[:QUESTIONS_MAX]
        values["more_questions"] = max(len(questions) - QUESTIONS_MAX, 0)
    if "matters" in chosen:
        values["matters"] = what_matters(notes_store)
    values.setdefault("week_ends", trends.week_ends(today, TREND_WEEKS))
    return VisitSummary(today, chosen, **values)
