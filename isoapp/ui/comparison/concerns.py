"""The "What matters to me" step, without Qt: the concerns, the scale, and the note text.

Each concern points at the rows of the comparison it is about, so the saved note carries the
numbers next to the person's own ratings (for talking it over with the doctor).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from isoapp.effects import Effect
from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTexts, fill, translate

# The scale and the labels in the interface language (English until the app installs its translators).
SCALE = TranslatedTexts(
    "Concerns",
    (
        QT_TRANSLATE_NOOP("Concerns", "Not at all"),
        QT_TRANSLATE_NOOP("Concerns", "A little"),
        QT_TRANSLATE_NOOP("Concerns", "Quite a lot"),
        QT_TRANSLATE_NOOP("Concerns", "A lot"),
        QT_TRANSLATE_NOOP("Concerns", "Very much"),
    ),
)
_NOTE_TITLE = QT_TRANSLATE_NOOP("Concerns", "What matters to me: benefits and side effects")
SECTION_ID = "what-matters"  # the section its note is about


def note_title() -> str:
    return translate("Concerns", _NOTE_TITLE)


@dataclass(frozen=True)
class Concern:
    id: str
    english_label: str  # "How much does this matter to you?" ... label
    effect_ids: tuple[str, ...]
    lasting: bool = False  # about whether the effect lasts: the note quotes the row's "Does it last?" text

    @property
    def label(self) -> str:
        return translate("Concerns", self.english_label)


CONCERNS: tuple[Concern, ...] = (
    Concern("clear-acne", QT_TRANSLATE_NOOP("Concerns", "Clearing my acne"), ("clear-skin",)),
    Concern(
        "stay-clear", QT_TRANSLATE_NOOP("Concerns", "Acne staying away after the course"), ("clear-skin",), lasting=True
    ),
    Concern("dry-skin", QT_TRANSLATE_NOOP("Concerns", "Dry skin and lips"), ("dry-lips", "dry-skin")),
    Concern("mood", QT_TRANSLATE_NOOP("Concerns", "My mood"), ("depression", "suicidal-thoughts")),
    Concern(
        "pregnancy-rules",
        QT_TRANSLATE_NOOP("Concerns", "Pregnancy prevention rules (birth control and tests)"),
        ("birth-defects",),
    ),
    Concern("blood-tests", QT_TRANSLATE_NOOP("Concerns", "Regular blood tests"), ("blood-fats", "liver-mild")),
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
    lines = [fill(translate("Concerns", 'My ratings on %1 (from "Benefits and side effects").'), today.isoformat()), ""]
    rated = [(c, ratings.get(c.id)) for c in CONCERNS]
    rated = [(c, r) for c, r in rated if r is not None]
    if not rated:
        lines.append(translate("Concerns", "I have not rated anything yet."))
    # most important first; the order of CONCERNS breaks ties
    rated.sort(key=lambda cr: -cr[1])
    for concern, rating in rated:
        template = translate("Concerns", "**%1**: matters to me %2 (%3 of 4)")
        lines.append("- " + fill(template, concern.label, SCALE[rating].lower(), rating))
        for eid in concern.effect_ids:
            e = by_id.get(eid)
            if e is not None and concern.lasting:
                lines.append("  - " + fill(translate("Concerns", "Does it last? %1"), e.lasts))
            elif e is not None:
                lines.append(f"  - {e.name}: {e.frequency.text()}")
    question = question.strip()
    if question:
        lines += ["", fill(translate("Concerns", "My question for the doctor: %1"), question)]
    lines += ["", translate("Concerns", "This is for talking it over with my doctor. It is not medical advice.")]
    return "\n".join(lines)
