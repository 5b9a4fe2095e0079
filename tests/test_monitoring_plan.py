"""The monitoring plan: region data files are complete and sourced; the generator follows the rules."""

from __future__ import annotations

from datetime import date

import pytest

from isoapp.course import DosePeriod
from isoapp.course_store import REGIONS, CourseEvent
from isoapp.monitoring_plan import add_months, course_end, due, generate_plan, load_rules
from isoapp.resources import read_toml

START = date(2026, 1, 31)
END = date(2026, 6, 15)


def _by_key(plan):
    return {p.key: p for p in plan}


@pytest.mark.parametrize("region", REGIONS)
def test_region_files_are_complete_and_cite_known_sources(region):
    known = {s["id"] for s in read_toml("data", "sources.toml")["source"]}
    rules = load_rules(region)
    assert rules.region == region and rules.name and rules.rules
    assert rules.last_checked <= date.today()
    assert set(rules.sources) <= known
    ids = [item["id"] for item in rules.items]
    assert len(ids) == len(set(ids))
    for item in rules.items:
        assert item["title"].strip() and item["sources"], item["id"]
        assert set(item["sources"]) <= known, item["id"]
        assert set(item["sources"]) <= set(rules.sources), f"{item['id']}: list its sources at the top too"


def test_us_plan_for_someone_who_can_get_pregnant():
    plan = generate_plan("us", START, END, True)
    keys = _by_key(plan)
    tests = [p for p in plan if p.kind == "pregnancy-test"]
    assert [p.key for p in tests] == [
        "pregnancy-test-before",
        *[f"pregnancy-test-monthly-{n}" for n in range(1, 5)],
        "pregnancy-test-end",
        "pregnancy-test-after",
    ]
    assert keys["pregnancy-test-before"].date < START
    assert keys["pregnancy-test-monthly-1"].date == date(2026, 2, 28)  # month end clamped
    assert keys["pregnancy-test-end"].date == END
    assert keys["pregnancy-test-after"].date == date(2026, 7, 15)
    assert keys["birth-control-start"].date == date(2025, 12, 31)
    assert keys["birth-control-end"].date == date(2026, 7, 15)
    assert keys["blood-donation"].date == date(2026, 7, 15)
    assert keys["second-course"].date == date(2026, 8, 10)  # 8 weeks
    assert {p.kind for p in plan} == {"appointment", "pregnancy-test", "blood-test", "other"}
    assert [p.date for p in plan] == sorted(p.date for p in plan)
    assert len(keys) == len(plan), "keys are unique"


def test_uk_plan_for_someone_who_cannot_get_pregnant():
    rules = load_rules("uk-eu")
    assert rules.pregnancy_rules and not [r for r in rules.rules_for(False) if "pregnant" in r.lower()]
    assert set(rules.pregnancy_rules) <= set(rules.rules_for(True))
    plan = generate_plan("uk-eu", START, END, False)
    assert not [p for p in plan if p.kind == "pregnancy-test"]
    assert not [p for p in plan if "birth control" in p.title.lower()]
    keys = _by_key(plan)
    assert {"first-visit", "blood-test-before", "blood-test-during", "blood-donation", "second-course"} <= set(keys)
    assert "visit-monthly-1" not in keys


def test_uk_last_pregnancy_test_is_five_weeks_after():
    keys = _by_key(generate_plan("uk-eu", START, END, True))
    assert keys["pregnancy-test-after"].date == date(2026, 7, 20)


def test_no_end_yet_leaves_out_end_items_and_stops_monthly_items_at_the_horizon():
    plan = generate_plan("other", START, None, True, horizon=date(2026, 4, 1))
    keys = _by_key(plan)
    assert "pregnancy-test-after" not in keys and "second-course" not in keys
    assert [k for k in keys if k.startswith("pregnancy-test-monthly")] == [
        "pregnancy-test-monthly-1",
        "pregnancy-test-monthly-2",
    ]


def test_keys_are_stable_when_the_end_moves():
    short = _by_key(generate_plan("us", START, END, True))
    longer = _by_key(generate_plan("us", START, date(2026, 8, 1), True))
    assert set(short) < set(longer)
    assert short["pregnancy-test-monthly-2"].date == longer["pregnancy-test-monthly-2"].date


def test_course_end_and_due():
    ended = [DosePeriod(START, 40, 60, date(2026, 3, 1)), DosePeriod(date(2026, 3, 5), 40, 60, END)]
    assert course_end(ended, None) == END
    ongoing = [DosePeriod(START, 40, 60)]
    assert course_end(ongoing, None) is None
    assert course_end(ongoing, date(2026, 5, 1), date(2026, 7, 1)) == date(2026, 5, 1)
    assert course_end(ongoing, None, date(2026, 7, 1)) == date(2026, 7, 1)
    today = date(2026, 3, 10)
    events = [
        CourseEvent("a", date(2025, 12, 1), "other", "too old to nag"),
        CourseEvent("b", date(2026, 3, 1), "blood-test", "overdue"),
        CourseEvent("c", date(2026, 3, 2), "blood-test", "done", done=True),
        CourseEvent("d", today, "appointment", "today"),
        CourseEvent("e", date(2026, 3, 16), "appointment", "in 6 days"),
        CourseEvent("f", date(2026, 3, 17), "appointment", "next week"),
    ]
    overdue, soon = due(events, today)
    assert [e.key for e in overdue] == ["b"]
    assert [e.key for e in soon] == ["d", "e"]


def test_add_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 31), -2) == date(2025, 11, 30)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_every_plan_text_is_marked_for_translation():
    from isoapp.ui.course.plan_texts import TEXTS

    for region in REGIONS:
        rules = load_rules(region)
        wanted = [rules.name, *rules.rules, *rules.pregnancy_rules, *(item["title"] for item in rules.items)]
        missing = [text for text in wanted if text not in TEXTS]
        assert not missing, f"add to isoapp/ui/course/plan_texts.py: {missing}"
