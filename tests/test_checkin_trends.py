"""Check-in trends without Qt: ranges, daily series, weekly averages, the nudge rule, serious days."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from isoapp import checkin_trends as trends
from isoapp.checkins import SYMPTOMS, CheckIn

TODAY = date(2026, 12, 1)


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_range_start_week_month_and_whole_course():
    assert trends.range_start("week", TODAY, day(400)) == day(6)
    assert trends.range_start("month", TODAY, day(400)) == day(29)
    assert trends.range_start("course", TODAY, day(400)) == day(400)
    assert trends.range_start("course", TODAY, None) == TODAY
    with pytest.raises(ValueError):
        trends.range_start("year", TODAY, None)


def test_symptom_keys_known_first_then_own_a_to_z():
    entries = [CheckIn(TODAY, symptoms={"knees": 1, "lips": 2}), CheckIn(day(1), symptoms={"Back": 0})]
    assert trends.symptom_keys(entries, extra=["itchy scalp"]) == [*SYMPTOMS, "Back", "itchy scalp", "knees"]


def test_daily_series_has_gaps_for_days_without_an_answer():
    entries = [CheckIn(day(2), mood=4, symptoms={"lips": 3}), CheckIn(TODAY, mood=2)]
    series = trends.daily_series(entries, [trends.MOOD, "lips"], day(3), TODAY)
    assert series.days == [day(n).toordinal() for n in (3, 2, 1, 0)]
    assert series.values[trends.MOOD][1] == 4.0 and series.values[trends.MOOD][3] == 2.0
    assert math.isnan(series.values[trends.MOOD][0]) and math.isnan(series.values["lips"][3])
    assert series.values["lips"][1] == 3.0


def test_weekly_averages_and_trend_rows():
    entries = [CheckIn(day(n), mood=5 if n >= 7 else 1, symptoms={"lips": 3 if n < 7 else 1}) for n in range(40)]
    weeks = trends.weekly_averages(entries, "lips", TODAY, 4)
    assert weeks == [1.0, 1.0, 1.0, 3.0]
    rows = {r.key: r for r in trends.trend_rows(entries, [trends.MOOD, "lips", "eyes"], TODAY, 4)}
    assert "eyes" not in rows  # never answered: no row
    assert rows["lips"].before == 1.0 and rows["lips"].recent_worst == 3 and rows["lips"].recent_days == 28
    assert rows[trends.MOOD].recent_worst == 1  # for mood the worst is the lowest
    assert trends.week_ends(TODAY, 4) == [day(21), day(14), day(7), TODAY]


def test_weekly_average_of_a_week_without_entries_is_none():
    assert trends.weekly_averages([CheckIn(TODAY, mood=3)], trends.MOOD, TODAY, 2) == [None, 3.0]


def test_nudge_needs_several_low_days_in_the_last_two_weeks():
    two = [CheckIn(day(n), mood=2) for n in (1, 5)] + [CheckIn(day(n), mood=4) for n in (2, 3)]
    assert trends.needs_mood_nudge(two, TODAY) == 0
    three = [*two, CheckIn(day(13), mood=1)]
    assert trends.needs_mood_nudge(three, TODAY) == 3
    old = [*two, CheckIn(day(14), mood=1)]  # outside the 14 days
    assert trends.needs_mood_nudge(old, TODAY) == 0


def test_serious_days_lists_every_day_with_a_sign_oldest_first():
    entries = [
        CheckIn(TODAY, red_flags=("severe-rash",), note="blisters"),
        CheckIn(day(1)),
        CheckIn(day(30), red_flags=("self-harm-thoughts", "severe-rash")),
    ]
    got = trends.serious_days(entries)
    assert [d.day for d in got] == [day(30), TODAY]
    assert got[1].note == "blisters" and got[0].flags == ("self-harm-thoughts", "severe-rash")
