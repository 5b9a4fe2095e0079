"""Properties of the illustrative oil (sebum) model, isoapp/oil_model.py (issue 5)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isoapp import oil_model as m

doses = st.floats(min_value=0.1, max_value=1.0, allow_nan=False)
courses = st.floats(min_value=8, max_value=52, allow_nan=False)
int_courses = st.integers(min_value=8, max_value=52)
week_lists = st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), min_size=1, max_size=50)

PROPS = settings(max_examples=150, deadline=None)


def _grid(course: float) -> np.ndarray:
    return np.linspace(0.0, course + m.WEEKS_AFTER, 400)


@PROPS
@given(doses, courses)
def test_baseline_is_100_at_week_0(dose, course):
    assert m.sebum_percent(0, dose, course) == pytest.approx(100.0)
    low, high = m.sebum_band([0.0], dose, course)
    assert low[0] == pytest.approx(100.0) and high[0] == pytest.approx(100.0)


@PROPS
@given(doses, courses)
def test_falls_during_course_and_rises_after(dose, course):
    w = _grid(course)
    for curve in (m.sebum_percent(w, dose, course), *m.sebum_band(w, dose, course)):
        during = curve[w <= course]
        after = curve[w >= course]
        assert np.all(np.diff(during) <= 1e-12), "oil must not rise during the course"
        assert np.all(np.diff(after) >= -1e-12), "oil must not fall after the course"
        # and it really moves: a clear fall by the end, a clear rise a year later
        assert during[-1] < 80.0
        assert after[-1] > after[0] + 5.0


@PROPS
@given(doses, doses, courses)
def test_higher_dose_never_gives_more_oil(d1, d2, course):
    lo_d, hi_d = sorted((d1, d2))
    w = _grid(course)
    assert np.all(m.sebum_percent(w, hi_d, course) <= m.sebum_percent(w, lo_d, course) + 1e-9)


@PROPS
@given(courses)
def test_dose_effect_is_real_during_course(course):
    # dose changes depth and speed: 1.0 is clearly below 0.1 from week 2 on
    w = np.array([2.0, 4.0, course])
    assert np.all(m.sebum_percent(w, 1.0, course) < m.sebum_percent(w, 0.1, course) - 10.0)


@PROPS
@given(week_lists, doses, courses)
def test_bounds_and_band_order(weeks, dose, course):
    s = m.sebum_percent(weeks, dose, course)
    low, high = m.sebum_band(weeks, dose, course)
    assert s.shape == (len(weeks),)
    for arr in (s, low, high):
        assert np.all((arr >= 0.0) & (arr <= 100.0))
    assert np.all(low <= s + 1e-9) and np.all(s <= high + 1e-9)


def test_shape_is_kept():
    w = np.arange(12, dtype=float).reshape(3, 4)
    assert m.sebum_percent(w, 0.5, 20).shape == (3, 4)
    assert m.sebum_percent(3, 0.5, 20).shape == ()


@pytest.mark.parametrize("anchor", [a for a in m.anchors()], ids=lambda a: f"{a.source}-wk{a.week:g}")
def test_anchor_reproduced_within_its_range(anchor):
    course = anchor.reference_course_weeks
    week = anchor.chart_week(course)
    if anchor.check == "curve":
        got = float(m.sebum_percent(week, anchor.check_dose, course))
        assert anchor.low - 1e-9 <= got <= anchor.high + 1e-9, (anchor.finding, got)
    else:
        low, high = m.sebum_band([week], anchor.check_dose, course)
        assert low[0] <= anchor.low and anchor.high <= high[0], (anchor.finding, low, high)


def test_band_covers_every_study_figure_on_the_chart():
    for a in m.anchors():
        if not a.plot or a.value is None:
            continue
        course = a.reference_course_weeks
        low, high = m.sebum_band([a.chart_week(course)], 1.0, course)
        assert low[0] <= a.value <= high[0], (a.study, a.value, low, high)


def test_anchors_match_the_facts_sheet_figures():
    by = {(a.source, a.phase, a.week): a for a in m.anchors()}
    assert by[("leyden-1982", "course", 4.0)].value == pytest.approx(34.0)  # 66% fall at month 1
    assert by[("farrell-1980", "course", 12.0)].value == pytest.approx(10.0)
    assert by[("strauss-1982", "course", 16.0)].value == pytest.approx(100 - 88.4)
    assert by[("arch-1994", "course", 16.0)].value == pytest.approx(100 - 83)
    assert by[("arch-1994", "after", 52.0)].value == pytest.approx(100 - 36)
    assert by[("strauss-1982", "after", 16.0)].range_only
    for a in m.anchors():
        assert a.study and a.finding and a.source
        if a.dose is not None:
            assert a.dose == pytest.approx(1.0)


def test_anchor_sources_exist_in_sources_list():
    from isoapp.resources import read_toml

    ids = {s["id"] for s in read_toml("data", "sources.toml")["source"]}
    missing = {a.source for a in m.anchors()} - ids
    assert not missing, f"anchor sources not in sources.toml: {missing}"


def test_anchor_positions_follow_course_length():
    after = [a for a in m.anchors() if a.phase == "after"]
    assert after
    for a in after:
        assert a.chart_week(20) == 20 + a.week
        assert a.shown_for(8)
    late = next(a for a in m.anchors() if a.phase == "course" and a.week == 16 and a.plot)
    assert late.shown_for(16) and not late.shown_for(12)


def test_curve_is_continuous_at_course_end():
    for dose in (0.1, 0.55, 1.0):
        s = m.sebum_percent([24 - 1e-7, 24, 24 + 1e-7], dose, 24)
        assert np.ptp(s) < 1e-4


@pytest.mark.parametrize("dose", [0.0, 0.09, 1.01, 2, -1, math.nan, math.inf, "abc", None])
def test_bad_dose_raises(dose):
    with pytest.raises(ValueError, match="dose"):
        m.sebum_percent([1, 2], dose, 16)
    with pytest.raises(ValueError, match="dose"):
        m.sebum_band([1, 2], dose, 16)


@pytest.mark.parametrize("course", [0, 7, 7.9, 52.5, 100, math.nan, -8, "x"])
def test_bad_course_raises(course):
    with pytest.raises(ValueError, match="course"):
        m.sebum_percent([1, 2], 0.5, course)
    with pytest.raises(ValueError, match="course"):
        m.chart_weeks(course)


@pytest.mark.parametrize("weeks", [[-1], [0, -0.001], [math.nan], [1, math.inf], -3, ["a"]])
def test_bad_weeks_raise(weeks):
    with pytest.raises(ValueError, match="weeks"):
        m.sebum_percent(weeks, 0.5, 16)
    with pytest.raises(ValueError, match="weeks"):
        m.sebum_band(weeks, 0.5, 16)


@PROPS
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_any_dose_outside_range_raises(dose):
    if isinstance(dose, float) and math.isfinite(dose) and 0.1 <= dose <= 1.0:
        assert m.sebum_percent([5.0], dose, 16).shape == (1,)
    else:
        with pytest.raises(ValueError):
            m.sebum_percent([5.0], dose, 16)


def test_float_noise_from_spinbox_is_accepted():
    # 0.1 * 3 = 0.30000000000000004 and 0.1 * 10 = 1.0000000000000002 must not be rejected
    assert np.isfinite(m.sebum_percent([4], 0.1 * 3, 16)).all()
    assert np.isfinite(m.sebum_percent([4], sum([0.1] * 10), 16)).all()


@given(int_courses)
def test_chart_weeks_span(course):
    w = m.chart_weeks(course)
    assert w[0] == 0 and w[-1] == course + m.WEEKS_AFTER
    assert np.all(np.diff(w) > 0)
    assert course in w  # the course end is a sample point (sharp corner drawn exactly)


def test_model_module_imports_no_qt():
    code = (
        "import sys, isoapp.oil_model as m; m.anchors(); m.sebum_percent([1], 0.5, 16);"
        "bad = [k for k in sys.modules if k.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=root, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
