"""The decision summary as Markdown, without Qt: what matters to me, the knowledge check, the SURE
answers and the open questions. The doctor's summary includes it via ``decision_summary_markdown``.

"What matters to me" is read from the newest note it saved (title ``WHAT_MATTERS_TITLE``), because
that is where the comparison's "What matters to me" step stores its answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from isoapp.decision import answers as answers_mod
from isoapp.decision import knowledge_check, sure
from isoapp.i18n import QT_TRANSLATE_NOOP, fill, translate

NOTE_TITLE = QT_TRANSLATE_NOOP("DecisionSummary", "My decision summary")  # translate where shown
SECTION_ID = "sure"
WHAT_MATTERS_TITLE = "What matters to me: benefits and side effects"
WHAT_MATTERS_PREFIX = "What matters to me"  # the title may change when the step becomes its own section
WHAT_MATTERS_SECTION = "what-matters"  # the note's section: found in any language
OPEN_QUESTIONS_MAX = 10


def latest_what_matters(store) -> str | None:
    """The body of the newest "What matters to me" note (not in the bin), or None."""
    for note in store.list(order="updated"):
        if note.section == WHAT_MATTERS_SECTION or note.title.startswith(WHAT_MATTERS_PREFIX):
            return note.body
    return None


def open_questions(store, limit: int = OPEN_QUESTIONS_MAX) -> list[str]:
    """Titles (or first lines) of questions for the doctor that are not marked answered."""
    found = [n.display_title() for n in store.list(questions_only=True, order="updated") if not n.answered]
    return found[:limit]


def _store_dir(store) -> Path | None:
    path = getattr(store, "path", None)
    return Path(path).parent if path is not None else None


def decision_summary_markdown(
    store,
    answers: answers_mod.DecisionAnswers | None = None,
    *,
    section_titles: Mapping[str, str] | None = None,
    today: date | None = None,
) -> str:
    """The whole summary. ``answers`` default: those saved next to the store (decision.json)."""
    if answers is None:
        folder = _store_dir(store)
        answers = answers_mod.load(folder) if folder is not None else answers_mod.DecisionAnswers()
    today = today or date.today()
    titles = dict(section_titles or {})
    intro = translate("DecisionSummary", "My decision summary on %1. It is for talking it over with my doctor.")
    parts = [fill(intro, today.isoformat()), ""]
    parts += ["### " + translate("DecisionSummary", "What matters to me"), ""]
    matters = latest_what_matters(store) if store is not None else None
    parts.append(
        _demote(matters) if matters else translate("DecisionSummary", 'I have not saved "What matters to me" yet.')
    )
    parts += ["", "### " + translate("DecisionSummary", "Check what you know"), ""]
    parts.append(knowledge_check.result_markdown(knowledge_check.load(), answers.knowledge, titles))
    parts += ["", "### " + translate("DecisionSummary", "Am I sure? (the SURE test)"), ""]
    parts.append(sure.result_markdown(sure.load(), answers.sure))
    parts += ["", "### " + translate("DecisionSummary", "My open questions"), ""]
    questions = open_questions(store) if store is not None else []
    no_questions = translate("DecisionSummary", "I have no open questions in My notes.")
    parts += [f"- {q}" for q in questions] if questions else [no_questions]
    parts += [
        "",
        translate("DecisionSummary", "This summary is not medical advice, and this app does not replace your doctor."),
    ]
    return "\n".join(parts)


def _demote(markdown: str) -> str:
    """Keep a saved note's headings below the summary's own (### and lower)."""
    out = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            line = "#### " + line.lstrip("#").strip()
        out.append(line)
    return "\n".join(out)
