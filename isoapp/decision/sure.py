"""The SURE test (Légaré et al. 2010; © O'Connor & Légaré 2008), without Qt.

Four yes/no questions. Any "no" suggests talking more with the doctor; the published wording of
the questions is kept word for word (a term of use), and the "what might help" lists are ours.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from isoapp.i18n import translate
from isoapp.i18n.localized import localized_toml

LETTERS = ("S", "U", "R", "E")
SOURCE_IDS = ("legare-2010", "ohri-measures")


@dataclass(frozen=True)
class Item:
    letter: str
    name: str
    question: str
    help: tuple[str, ...]
    section: str


@functools.cache
def load() -> tuple[Item, ...]:
    return parse(localized_toml("data", "sure.toml"))


def parse(data: dict) -> tuple[Item, ...]:
    return tuple(
        Item(
            letter=str(raw["letter"]),
            name=str(raw["name"]),
            question=str(raw["question"]).strip(),
            help=tuple(str(h).strip() for h in raw.get("help", ())),
            section=str(raw.get("section", "")),
        )
        for raw in data.get("item", [])
    )


def score(answers: Mapping[str, bool]) -> int:
    """The SURE score: one point for each "yes" (0 to 4)."""
    return sum(1 for letter in LETTERS if answers.get(letter) is True)


def complete(answers: Mapping[str, bool]) -> bool:
    return all(letter in answers for letter in LETTERS)


def needs_talk(answers: Mapping[str, bool]) -> bool:
    """Any "no" suggests talking more with the doctor (a score of 3 or less)."""
    return any(answers.get(letter) is False for letter in LETTERS)


def advice(items: Iterable[Item], answers: Mapping[str, bool]) -> list[tuple[Item, tuple[str, ...]]]:
    """For each "no": the item and what might help."""
    return [(item, item.help) for item in items if answers.get(item.letter) is False]


def problems(items: Iterable[Item], known_sections: Iterable[str]) -> list[str]:
    found: list[str] = []
    items = list(items)
    if tuple(i.letter for i in items) != LETTERS:
        found.append("the four SURE questions are not S, U, R, E in order")
    known = set(known_sections)
    for item in items:
        if not item.question.endswith("?"):
            found.append(f"{item.letter}: not a question")
        if not item.help:
            found.append(f"{item.letter}: no advice for a no")
        if item.section not in known:
            found.append(f"{item.letter}: links to missing section {item.section!r}")
    return found


def result_markdown(items: Iterable[Item], answers: Mapping[str, bool]) -> str:
    items = list(items)
    if not any(i.letter in answers for i in items):
        return translate("Sure", "I have not answered the SURE questions yet.")
    lines = []
    for item in items:
        value = answers.get(item.letter)
        if value is True:
            word = translate("Sure", "Yes")
        elif value is False:
            word = translate("Sure", "No")
        else:
            word = translate("Sure", "Not answered")
        lines.append(f"- {item.question} **{word}**")
    if needs_talk(answers):
        lines += [
            "",
            translate("Sure", "At least one answer was no. I would like to talk this over more with my doctor."),
        ]
        for item, helps in advice(items, answers):
            lines.append(f"- {item.name}: " + " ".join(helps))
    elif complete(answers):
        lines += ["", translate("Sure", "I answered yes to all four questions.")]
    return "\n".join(lines)
