"""The oil chart's numbers and words, without Qt: series for the plot, table rows, CSV, the text
summary, the hover read-out and the study tooltips. The chart view only lays these out."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication

from isoapp import oil_model
from isoapp.atomic import write_bytes_atomically
from isoapp.i18n import QT_TRANSLATE_NOOP, fill, format_number

DEFAULT_DOSE = 1.0
DEFAULT_COURSE = 16
#: Finer steps for a smooth line; the table and CSV use whole weeks.
PLOT_STEP = 0.5
CSV_NAME = "isotretinoin-oil-chart.csv"
PNG_NAME = "isotretinoin-oil-chart.png"
ILLUSTRATIVE = QT_TRANSLATE_NOOP("ChartData", "Illustrative \u2014 not a prediction for you")


def illustrative() -> str:
    """The chart's "illustrative" label in the interface language."""
    return QCoreApplication.translate("ChartData", ILLUSTRATIVE)


CSV_HEADER = (
    "week",
    "phase",
    "illustrative_oil_percent_of_usual",
    "band_low_percent",
    "band_high_percent",
    "dose_mg_per_kg_day",
    "course_weeks",
)


@dataclass(frozen=True)
class Series:
    dose: float
    course: int
    weeks: np.ndarray
    oil: np.ndarray
    low: np.ndarray
    high: np.ndarray


@lru_cache(maxsize=64)
def _weeks(course: int, step: float) -> np.ndarray:
    w = oil_model.chart_weeks(course, step)
    w.setflags(write=False)
    return w


def series(dose: float, course: int, step: float = PLOT_STEP) -> Series:
    """The illustrative line and band from week 0 to course + 52."""
    weeks = _weeks(int(course), step)
    oil = oil_model.sebum_percent(weeks, dose, course)
    low, high = oil_model.sebum_band(weeks, dose, course)
    return Series(float(dose), int(course), weeks, oil, low, high)


def phase(week: float, course: float) -> str:
    if week <= course:
        return QCoreApplication.translate("ChartData", "on treatment")
    return QCoreApplication.translate("ChartData", "after stopping")


def table_rows(dose: float, course: int) -> list[tuple[int, str, float, float, float]]:
    """One row a week: (week, phase, oil %, band low %, band high %)."""
    s = series(dose, course, step=1.0)
    return [
        (int(w), phase(w, course), float(o), float(lo), float(hi))
        for w, o, lo, hi in zip(s.weeks, s.oil, s.low, s.high, strict=True)
    ]


def csv_text(dose: float, course: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for week, ph, oil, low, high in table_rows(dose, course):
        writer.writerow([week, ph, f"{oil:.2f}", f"{low:.2f}", f"{high:.2f}", f"{dose:.1f}", course])
    return out.getvalue()


def write_csv(path: str | Path, dose: float, course: int) -> None:
    """Write the chart's data all at once (isoapp.atomic), so a failed save leaves no half file."""
    write_bytes_atomically(Path(path), csv_text(dose, course).encode("utf-8"))


def pct(value: float) -> str:
    """A percentage in plain words' precision: whole numbers."""
    return f"{int(math.floor(float(value) + 0.5))}%"


def dose_words(dose: float) -> str:
    return fill(QCoreApplication.translate("ChartData", "%1 mg per kg of body weight a day"), format_number(dose, 1))


def summary(dose: float, course: int) -> str:
    """A short text version of the chart, for screen readers and anyone who prefers words."""
    weeks = np.array([4.0, float(course), course + 16.0, course + 52.0])
    oil = oil_model.sebum_percent(weeks, dose, course)
    low, high = oil_model.sebum_band(weeks, dose, course)
    parts = [
        fill(
            QCoreApplication.translate(
                "ChartData", "This chart is an example, not a prediction for you. It shows %1 for %2 weeks."
            ),
            dose_words(dose),
            course,
        ),
        fill(
            QCoreApplication.translate("ChartData", "Oil falls to about %1 of your usual amount by week 4."),
            pct(oil[0]),
        ),
        fill(
            QCoreApplication.translate("ChartData", "At the end of the course (week %1) it is about %2."),
            course,
            pct(oil[1]),
        ),
        fill(
            QCoreApplication.translate(
                "ChartData",
                "After you stop, oil slowly comes back: about %1 after 16 weeks and about %2 after one year.",
            ),
            pct(oil[2]),
            pct(oil[3]),
        ),
        fill(
            QCoreApplication.translate(
                "ChartData",
                "Studies differ, so the shaded band shows a range. At the end of the course it "
                "goes from about %1 to %2.",
            ),
            pct(low[1]),
            pct(high[1]),
        ),
    ]
    if dose < oil_model.DOSE_MAX - 1e-9:
        parts.append(
            QCoreApplication.translate(
                "ChartData",
                "Most study results on the chart are for 1.0 mg per kg a day. For lower doses, "
                "nobody knows the exact numbers, so this line is a best guess between studies.",
            )
        )
    return " ".join(parts)


def short_summary(dose: float, course: int) -> str:
    """One sentence for a screen reader to say when a control changes."""
    oil = oil_model.sebum_percent([float(course), course + 52.0], dose, course)
    return fill(
        QCoreApplication.translate(
            "ChartData",
            "%1 mg per kg a day for %2 weeks: oil about %3 of usual at the end of the "
            "course, about %4 one year after stopping.",
        ),
        format_number(dose, 1),
        course,
        pct(oil[0]),
        pct(oil[1]),
    )


def readout(week: float, dose: float, course: int) -> str:
    """The hover read-out, e.g. 'Week 10: about 15% of your usual oil (on treatment)'."""
    end = course + oil_model.WEEKS_AFTER
    w = min(max(int(math.floor(week + 0.5)), 0), end)
    oil = oil_model.sebum_percent([w], dose, course)[0]
    low, high = oil_model.sebum_band([w], dose, course)
    if w <= course:
        when = QCoreApplication.translate("ChartData", "on treatment")
    else:
        when = QCoreApplication.translate("ChartData", "%n week(s) after stopping", None, w - course)
    return fill(
        QCoreApplication.translate("ChartData", "Week %1: about %2 of your usual oil (%3). Studies differ: %4 to %5."),
        w,
        pct(oil),
        when,
        pct(low[0]),
        pct(high[0]),
    )


def anchor_tip(anchor: oil_model.Anchor) -> str:
    return f"{anchor.study} ({anchor.dose_text})\n{anchor.finding}"
