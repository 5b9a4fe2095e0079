"""What goes on the "Prepare for my visit" sheet (Qt-free; the UI prints or saves it as PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from isoapp.notes.model import Note

RECENT_NOTES = 8


@dataclass(frozen=True, slots=True)
class VisitSheet:
    open_questions: list[Note]  # questions for my doctor not yet answered, oldest first
    recent_notes: list[Note]  # other recent notes, newest first


def build_visit_sheet(store, recent: int = RECENT_NOTES) -> VisitSheet:
    questions = [n for n in store.list(questions_only=True, order="created") if not n.answered]
    others = [n for n in store.list(order="updated", limit=recent + len(questions) + 50) if not n.is_question]
    return VisitSheet(open_questions=questions, recent_notes=others[:recent])
