"""Illustrative skin-oil (sebum) curve during and after an isotretinoin course.

Qt-free (numpy only). Everything here is an *illustration* drawn through a handful of small
studies (see ``resources/data/oil_anchors.toml`` and the sebum time-course table of the facts
sheet); it is not a prediction for any one person.

How the curve is formed
-----------------------
Oil is given as a percentage of the person's own level before treatment (baseline = 100).

During the course (``0 <= week <= course_weeks``) oil falls from 100 towards a floor ``P``
(the level it settles at) at rate ``k`` per week::

    s(t) = P + (100 - P) * exp(-k * t)

After the course (``week > course_weeks``) oil rises again from where it was on the last day,
``s_end = s(course_weeks)``, back towards baseline at rate ``r`` per week::

    s(t) = 100 - (100 - s_end) * exp(-r * (t - course_weeks))

Calibration (central line, 1.0 mg/kg/day) — each figure is an anchor in the TOML file:

* ``P = 11.5`` and ``k`` chosen so that week 4 is at 34% (mean 66% fall after one month,
  Leyden & McGinley 1982; that study did not state the dose, and is used here because the
  1.0 mg/kg/day studies give no week-4 figure — an assumption). The line then passes about
  13% at week 12 (Farrell 1980: "about 10%") and about 12% at week 16 (88.4% fall, Arch
  Dermatol 1982;118:555; 83% fall at the end of a 4-month course, Arch Dermatol 1994).
  The floor ``P`` sits between those two week-16 results.
* ``r`` chosen so that one year after a 16-week course the line is at 64% (still 36% below
  baseline, Arch Dermatol 1994). Sixteen weeks after stopping it is then about 33%: the
  "partial recovery" of Arch Dermatol 1982.

What is interpolation or assumption (say so wherever the chart is shown):

* **Other doses.** The studies confirm only that the fall is dose-related and deeper at 1.0
  than at 0.1 mg/kg/day (the facts sheet's dose studies). The exact % per dose is UNCERTAIN.
  Between 0.1 and 1.0 mg/kg/day the floor ``P`` and the rate ``k`` are interpolated linearly
  in log(dose); at 0.1 mg/kg/day the floor is set to 34%, in line with "up to 64% less oil
  after 6 months" on a very low dose of 2.5-5 mg a day (J Dtsch Dermatol Ges 2003), and the rate to 0.2 per week.
  So a higher dose always gives less (or equal) oil at every week, and falls faster.
* **Week 2 and week 8.** No measured value: these are read off the curve (interpolation).
* **Recovery.** The same recovery rate ``r`` is assumed for every dose and course length;
  the curve keeps rising towards baseline. Beyond one year after stopping there is no anchor:
  values there are extrapolation.
* **The shape.** A single exponential fall and rise is the simplest smooth shape through the
  anchors; the studies are small and used different methods.

The band (``sebum_band``) is the same formula with a lower floor and faster fall (low edge)
and a higher floor and slower fall (high edge); after the course the low edge also recovers
more slowly and the high edge faster. At 1.0 mg/kg/day it covers every study figure drawn on
the chart, including the 70% fall (30% of baseline) of Leyden & McGinley, whose dose was not
stated. At lower doses the band is wider because the per-dose figures are uncertain.

Validity: dose 0.1-1.0 mg/kg/day, course 8-52 weeks, weeks finite and >= 0. Anything else
raises ``ValueError`` with a plain message. All values lie between 0 and 100.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

DOSE_MIN = 0.1
DOSE_MAX = 1.0
COURSE_MIN = 8
COURSE_MAX = 52
#: How many weeks after the course the chart shows (and the anchors reach).
WEEKS_AFTER = 52

_TOL = 1e-9  # floating slack, e.g. 0.1 * 3 from a spin box


@dataclass(frozen=True)
class _Params:
    floor: float  # P, % of baseline the course settles at
    fall_rate: float  # k, per week
    rise_rate: float  # r, per week after the course


# k at 1.0 mg/kg/day: 34% at week 4 (Leyden & McGinley 1982, mean 66% fall).
_K1 = math.log((100.0 - 11.5) / (34.0 - 11.5)) / 4.0
# r: 64% of baseline 52 weeks after a 16-week course at 1.0 mg/kg/day (Arch Dermatol 1994).
_END16 = 11.5 + (100.0 - 11.5) * math.exp(-_K1 * 16.0)
_R = math.log((100.0 - _END16) / (100.0 - 64.0)) / 52.0
# (dose 0.1, dose 1.0) for each curve; interpolated linearly in log(dose) between them.
_CENTRAL = (_Params(34.0, 0.20, _R), _Params(11.5, _K1, _R))
# Low edge: lower floor, faster fall, slower recovery.
_LOW = (_Params(22.0, 0.30, 0.012), _Params(7.0, 0.50, 0.012))
# High edge: higher floor, slower fall, faster recovery.
_HIGH = (_Params(55.0, 0.12, 0.026), _Params(30.0, 0.25, 0.026))


@dataclass(frozen=True)
class Anchor:
    """One study finding the curve was drawn through (from oil_anchors.toml)."""

    phase: str  # "course" (week from first dose) or "after" (week from last dose)
    week: float
    value: float | None  # % of baseline, or None for a finding given only as a range
    low: float
    high: float
    check: str  # "curve" or "band"
    check_dose: float
    dose: float | None  # mg/kg/day, None when the study did not state it
    dose_text: str
    study_course_weeks: float | None
    study: str
    source: str
    finding: str
    plot: bool

    def chart_week(self, course_weeks: float) -> float:
        """Where the anchor sits on a chart of a course of ``course_weeks`` weeks."""
        if self.phase == "after":
            return float(course_weeks) + self.week
        return self.week

    def shown_for(self, course_weeks: float) -> bool:
        """Whether the anchor belongs on a chart of this course length.

        A during-course finding is only shown if it falls within the course.
        """
        if not self.plot:
            return False
        return self.phase == "after" or self.week <= course_weeks + _TOL

    @property
    def range_only(self) -> bool:
        return self.value is None

    @property
    def reference_course_weeks(self) -> float:
        """The course length at which the study's figure applies (for checking the curve)."""
        if self.study_course_weeks is not None:
            return self.study_course_weeks
        return float(max(COURSE_MIN, math.ceil(self.week)))


def _check_range(value: float, low: float, high: float, what: str, unit: str, note: str = "") -> float:
    """``value`` as a float within [low, high] (a hair outside is rounded in); else a plain ValueError."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number of {unit}, got {value!r}") from None
    if not math.isfinite(v) or v < low - _TOL or v > high + _TOL:
        raise ValueError(f"{what} must be between {low} and {high} {unit}{note}, got {value!r}")
    return min(max(v, low), high)


def _check_dose(dose: float) -> float:
    return _check_range(dose, DOSE_MIN, DOSE_MAX, "dose", "mg/kg/day", " (the range the chart is drawn for)")


def _check_course(course_weeks: float) -> float:
    return _check_range(course_weeks, COURSE_MIN, COURSE_MAX, "course length", "weeks")


def _check_weeks(weeks) -> np.ndarray:
    try:
        w = np.asarray(weeks, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("weeks must be numbers (weeks since the first dose)") from None
    if not np.isfinite(w).all():
        raise ValueError("weeks must be finite numbers (no NaN or infinity)")
    if (w < 0).any():
        raise ValueError("weeks must be 0 or more (weeks since the first dose)")
    return w


def _interp(pair: tuple[_Params, _Params], dose: float) -> _Params:
    # Linear in log(dose): 0 at 0.1 mg/kg/day, 1 at 1.0 mg/kg/day.
    f = math.log10(dose / DOSE_MIN)
    a, b = pair
    return _Params(
        a.floor + (b.floor - a.floor) * f,
        a.fall_rate + (b.fall_rate - a.fall_rate) * f,
        a.rise_rate + (b.rise_rate - a.rise_rate) * f,
    )


def _curve(w: np.ndarray, p: _Params, course: float) -> np.ndarray:
    during = np.minimum(w, course)
    s = p.floor + (100.0 - p.floor) * np.exp(-p.fall_rate * during)
    after = w - course
    # For weeks inside the course `after` <= 0 and the recovery factor is exactly 1.
    rise = np.exp(-p.rise_rate * np.maximum(after, 0.0))
    s = 100.0 - (100.0 - s) * rise
    return np.clip(s, 0.0, 100.0)


def sebum_percent(weeks, dose_mg_per_kg_day: float, course_weeks: float) -> np.ndarray:
    """Illustrative oil output as % of the person's own baseline (100 at week 0).

    ``weeks``: a number or array of weeks since the first dose (finite, >= 0).
    ``dose_mg_per_kg_day``: 0.1-1.0. ``course_weeks``: 8-52.
    Returns a float array of the same shape as ``weeks``. See the module docstring for how
    the curve is formed and which parts are interpolation.
    """
    w = _check_weeks(weeks)
    d = _check_dose(dose_mg_per_kg_day)
    c = _check_course(course_weeks)
    return _curve(w, _interp(_CENTRAL, d), c)


def sebum_band(weeks, dose_mg_per_kg_day: float, course_weeks: float) -> tuple[np.ndarray, np.ndarray]:
    """Low and high edge of the uncertainty band (studies differ), same inputs as sebum_percent.

    ``low <= sebum_percent(...) <= high`` at every week.
    """
    w = _check_weeks(weeks)
    d = _check_dose(dose_mg_per_kg_day)
    c = _check_course(course_weeks)
    return _curve(w, _interp(_LOW, d), c), _curve(w, _interp(_HIGH, d), c)


def chart_weeks(course_weeks: float, step: float = 1.0) -> np.ndarray:
    """The weeks a chart of this course shows: 0 to course + 52, every ``step`` weeks."""
    c = _check_course(course_weeks)
    if not (math.isfinite(step) and step > 0):
        raise ValueError("step must be a positive number of weeks")
    end = c + WEEKS_AFTER
    n = int(math.floor(end / step + _TOL))
    w = np.arange(n + 1, dtype=float) * step
    if w[-1] < end - _TOL:
        w = np.append(w, end)
    return w


# ---------------------------------------------------------------- anchors (TOML)


def _read_anchor_toml() -> dict:
    from isoapp.resources import read_toml

    return read_toml("data", "oil_anchors.toml")


def _anchor_from(entry: dict) -> Anchor:
    try:
        phase = entry["phase"]
        if phase not in ("course", "after"):
            raise ValueError(f"phase must be 'course' or 'after', got {phase!r}")
        check = entry.get("check", "curve")
        if check not in ("curve", "band"):
            raise ValueError(f"check must be 'curve' or 'band', got {check!r}")
        value = entry.get("value")
        low = float(entry["low"])
        high = float(entry["high"])
        if not 0.0 <= low <= high <= 100.0:
            raise ValueError(f"need 0 <= low <= high <= 100, got {low}..{high}")
        if value is not None and not low <= float(value) <= high:
            raise ValueError(f"value {value} outside its range {low}..{high}")
        if phase == "after" and "study_course_weeks" not in entry:
            raise ValueError("an 'after' anchor needs study_course_weeks")
        dose = entry.get("dose")
        dose_text = entry.get("dose_text") or (
            f"{float(dose):.1f} mg/kg/day" if dose is not None else "dose not stated"
        )
        return Anchor(
            phase=phase,
            week=float(entry["week"]),
            value=None if value is None else float(value),
            low=low,
            high=high,
            check=check,
            check_dose=float(entry.get("check_dose", DOSE_MAX)),
            dose=None if dose is None else float(dose),
            dose_text=dose_text,
            study_course_weeks=(float(entry["study_course_weeks"]) if "study_course_weeks" in entry else None),
            study=str(entry["study"]),
            source=str(entry["source"]),
            finding=str(entry["finding"]),
            plot=bool(entry.get("plot", True)),
        )
    except KeyError as exc:
        raise ValueError(f"oil_anchors.toml: anchor is missing {exc.args[0]!r}: {entry!r}") from None
    except ValueError as exc:
        raise ValueError(f"oil_anchors.toml: {exc}") from None


@lru_cache(maxsize=1)
def _anchors() -> tuple[Anchor, ...]:
    data = _read_anchor_toml()
    return tuple(_anchor_from(e) for e in data.get("anchor", []))


def anchors() -> list[Anchor]:
    """The study findings the curve was drawn through, in file order."""
    return list(_anchors())
