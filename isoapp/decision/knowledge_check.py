"""The knowledge check (``data/knowledge_check.toml``), without Qt.

Feedback is friendly and never a grade: the result says which questions were looked at and which
sections are worth reading again, not a score.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from isoapp.i18n import QT_TRANSLATE_NOOP, fill, translate
from isoapp.i18n.localized import localized_toml

NOTE_TITLE = QT_TRANSLATE_NOOP("KnowledgeCheck", "Check what you know: my answers")  # translate where shown
SECTION_ID = "knowledge-check"


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    sources: tuple[str, ...]
    section: str

    def is_right(self, choice: int) -> bool:
        return choice == self.answer


def parse(data: dict) -> tuple[Question, ...]:
    return tuple(
        Question(
            id=str(raw["id"]),
            text=str(raw["text"]).strip(),
            choices=tuple(str(c).strip() for c in raw.get("choices", ())),
            answer=int(raw["answer"]),
            explanation=str(raw.get("explanation", "")).strip(),
            sources=tuple(str(s) for s in raw.get("sources", ())),
            section=str(raw.get("section", "")),
        )
        for raw in data.get("question", [])
    )


@functools.cache
def load() -> tuple[Question, ...]:
    return parse(localized_toml("data", "knowledge_check.toml"))


def problems(questions: Iterable[Question], known_sources: Iterable[str], known_sections: Iterable[str]) -> list[str]:
    """Every question answerable (answer in range, two choices or more, an explanation),
    every source resolves, every linked section exists."""
    known_s, known_sec = set(known_sources), set(known_sections)
    found: list[str] = []
    items = list(questions)
    if not 6 <= len(items) <= 10:
        found.append(f"{len(items)} questions (want 6 to 10)")
    if len({q.id for q in items}) != len(items):
        found.append("question ids are not unique")
    for q in items:
        if len(q.choices) < 2:
            found.append(f"{q.id}: fewer than two choices")
        if not 0 <= q.answer < len(q.choices):
            found.append(f"{q.id}: answer {q.answer} is not one of the choices")
        if not q.explanation:
            found.append(f"{q.id}: no explanation")
        if not q.sources:
            found.append(f"{q.id}: no source")
        found += [f"{q.id}: unknown source {s!r}" for s in q.sources if s not in known_s]
        if q.section not in known_sec:
            found.append(f"{q.id}: links to missing section {q.section!r}")
    return found


def sections_to_reread(questions: Iterable[Question], choices: Mapping[str, int]) -> list[str]:
    """Section ids behind the questions answered differently from the sources (first-seen order)."""
    out: list[str] = []
    for q in questions:
        chosen = choices.get(q.id)
        if chosen is not None and not q.is_right(chosen) and q.section not in out:
            out.append(q.section)
    return out


def result_markdown(
    questions: Iterable[Question],
    choices: Mapping[str, int],
    section_titles: Mapping[str, str],
) -> str:
    """The result as a note: each answered question, what the sources say, where to read more."""
    items = list(questions)
    answered = [q for q in items if q.id in choices]
    lines = [fill(translate("KnowledgeCheck", "I looked at %1 of %2 questions."), len(answered), len(items)), ""]
    if not answered:
        lines.append(translate("KnowledgeCheck", "I have not answered any questions yet."))
    for q in answered:
        chosen = choices[q.id]
        mine = q.choices[chosen] if 0 <= chosen < len(q.choices) else "?"
        if q.is_right(chosen):
            mark = translate("KnowledgeCheck", "same as the sources")
        else:
            mark = translate("KnowledgeCheck", "worth a second look")
        lines.append(f"- **{q.text}**")
        lines.append("  - " + fill(translate("KnowledgeCheck", "My answer: %1 (%2)"), mine, mark))
        lines.append("  - " + fill(translate("KnowledgeCheck", "The sources say: %1"), q.choices[q.answer]))
    reread = sections_to_reread(items, choices)
    if reread:
        titles = ", ".join(section_titles.get(s, s) for s in reread)
        lines += ["", fill(translate("KnowledgeCheck", "Worth reading again: %1."), titles)]
    return "\n".join(lines)
