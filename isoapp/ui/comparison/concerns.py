"""The "What matters to me" step, without Qt: the concerns, the scale, and the note text.

Each concern points at the rows of the comparison it is about, so the saved note carries the
numbers next to the person's own ratings (for talking it over with the doctor).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from isoapp.effects import Effect

SCALE: tuple[str, ...] = ("Not at all", "A little", "Quite a lot", "A lot", "Very much")
NOTE_TITLE = "What matters to me: benefits and side effects"
SECTION_ID = "what-matters"  # the section its note is about


@dataclass(frozen=True)
class Concern:
    id: str
    label: str           # "How much does this matter to you?" ... label
    effect_ids: tuple[str, ...]
    lasting: bool = False  # about whether the effect lasts: the note quotes the row's "Does it last?" text


CONCERNS: tuple[Concern, ...] = (
    Concern("clear-acne", "Clearing my acne", ("clear-skin",)),
    Concern("stay-clear", "Acne staying away after the course", ("clear-skin",), lasting=True),
    Concern("dry-skin", "Dry skin and lips", ("dry-lips", "dry-skin")),
    Concern("mood", "My mood", ("depression", "suicidal-thoughts")),
    Concern("pregnancy-rules", "Pregnancy prevention rules (birth control and tests)", ("birth-defects",)),
    Concern("blood-tests", "Regular blood tests", ("blood-fats", "liver-mild")),
)


def summary_markdown(
    ratings: Mapping[str, int | None],
    effects: Sequence[Effect],
    *,
    question: str = "",
    today: date | None = None,
) -> str:
    """The note body: each rated concern with its rating and the numbers it is about."""
    by_id = {e.id: e for e in effects}
    today = today or date.today()
    lines = [f"My ratings on {today.isoformat()} (from \"Benefits and side effects\").", ""]
    rated = [(c, ratings.get(c.id)) for c in CONCERNS]
    rated = [(c, r) for c, r in rated if r is not None]
    if not rated:
        lines.append("I have not rated anything yet.")
    # most important first; the order of CONCERNS breaks ties
    rated.sort(key=lambda cr: -cr[1])
    for concern, rating in rated:
        lines.append(f"- **{concern.label}**: matters to me {SCALE[rating].lower()} ({rating} of 4)")
        for eid in concern.effect_ids:
            e = by_id.get(eid)
            if e is not None and concern.lasting:
                lines.append(f"  - Does it last? {e.lasts}")
            elif e is not None:
                lines.append(f"  - {e.name}: {e.frequency.text()}")
    question = question.strip()
    if question:
        lines += ["", f"My question for the doctor: {question}"]
    lines += ["", "This is for talking it over with my doctor. It is not medical advice."]
    return "\n".join(lines)
