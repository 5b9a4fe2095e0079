"""What goes on the "Prepare for my visit" sheet (Qt-free; the UI prints or saves it as PDF)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from isoapp.notes.model import Note

RECENT_NOTES = 8


@dataclass(frozen=True, slots=True)
class VisitSheet:
    open_questions: list[Note]  # questions for my doctor not yet answered, oldest first
    recent_notes: list[Note]  # other recent notes, newest first
    course_lines: list[str] = field(default_factory=list)  # the course so far (empty: no course set up)


def build_visit_sheet(store, recent: int = RECENT_NOTES) -> VisitSheet:
    questions = [n for n in store.list(questions_only=True, order="created") if not n.answered]
    others = [n for n in store.list(order="updated", limit=recent + len(questions) + 50) if not n.is_question]
    from isoapp.course_summary import course_summary, summary_lines

    summary = course_summary(store, date.today())
    lines = summary_lines(summary) if summary is not None else []
    return VisitSheet(open_questions=questions, recent_notes=others[:recent], course_lines=lines)
