"""The trends chart: mood and each side effect over time, one band each, stacked in ONE plot that
shares the time axis, with the course's dose periods shaded. pyqtgraph is imported here only, when
the chart is first made.

Speed: one plot (one view, two axes) instead of a plot per band: a range change moves one x range and
redraws one time axis, so repainting 2 years of daily entries stays within a frame. The data is set
once per change of entries; a range change only moves the view (and shows the dots for short ranges).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from isoapp.checkin_trends import MOOD, Series
from isoapp.ui.checkin import dates, labels

SYMBOL_MAX_DAYS = 62  # dots for a week or a month; over longer times they only crowd the line
BAND = 1.0  # each band's height in plot units (its scale mapped onto 0..1)
GAP = 0.7  # room between bands, for the band's name
# Okabe-Ito colours (safe for colour blindness) without the yellow, which is too pale on white; the
# seventh and later bands use the text colour.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


def _scale(key: str) -> tuple[int, int]:
    return (1, 5) if key == MOOD else (0, 3)


def _date_axis(pg):
    class DayAxis(pg.AxisItem):
        """x values are date ordinals; ticks say the day and month."""

        def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
            out = []
            for v in values:
                try:
                    out.append(dates.short_day(date.fromordinal(int(round(v)))))
                except (ValueError, OverflowError):
                    out.append("")
            return out

    return DayAxis


class TrendsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = pg.PlotWidget(self, axisItems={"bottom": _date_axis(pg)(orientation="bottom")})
        self.view.setObjectName("trendsChart")
        self.view.setAccessibleName(self.tr("Chart of your check-ins over time"))
        self.view.setAccessibleDescription(
            self.tr(
                "Mood from 1 to 5 and each side effect from 0 to 3, one band each, by day. "
                "Shaded areas are the dose periods of your course. The same numbers are in the table."
            )
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys; the table is the alternative
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setAccessibleName(self.view.accessibleName())
        layout.addWidget(self.view)
        self.plot = self.view.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getAxis("left").setWidth(24)
        self.curves: dict[str, object] = {}
        self.dots: dict[str, object] = {}
        self.names: dict[str, object] = {}
        self.bases: dict[str, float] = {}
        self._regions: list[object] = []  # the shaded dose periods
        self._marks: list[object] = []  # their start lines and dose labels
        self._periods: list[tuple[date, date, float]] = []
        self._keys: list[str] = []
        self._dots = True
        self.plot.getViewBox().sigXRangeChanged.connect(lambda *_: self._place_names())

    # ------------------------------------------------------------------ building
    def _colours(self) -> dict:
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
        text = pal.color(QPalette.ColorRole.WindowText)
        shade = QColor(text)
        shade.setAlpha(40 if dark else 28)
        return {"background": pal.color(QPalette.ColorRole.Base), "text": text, "shade": shade, "dark": dark}

    def set_keys(self, keys: Sequence[str]) -> None:
        """One band for mood, then one per side effect, top to bottom (rebuilt only when the list changes)."""
        keys = [MOOD, *keys]
        if keys == self._keys:
            return
        for item in [*self.curves.values(), *self.dots.values(), *self.names.values()]:
            self.plot.removeItem(item)
        self.curves.clear()
        self.dots.clear()
        self.names.clear()
        self._keys = keys
        ticks = []
        for row, key in enumerate(keys):
            base = (len(keys) - 1 - row) * (BAND + GAP)
            self.bases[key] = base
            low, high = _scale(key)
            ticks += [(base, str(low)), (base + BAND, str(high))]
            self._add_band(key)
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.setYRange(-0.15, self._top(), padding=0)
        self.plot.disableAutoRange()  # fixed scales; a range change never rescans the data
        self._fit_height()
        self._apply_colours()

    def _top(self) -> float:
        """The top of the plot: room above the first band for its name and the dose labels."""
        return (len(self._keys) - 1) * (BAND + GAP) + BAND + 2 * GAP

    def _add_band(self, key: str) -> None:
        pg = self._pg
        curve = pg.PlotDataItem(connect="finite")
        curve.setClipToView(True)
        dots = pg.ScatterPlotItem(size=5)  # its own item: showing or hiding it is cheap
        dots.setVisible(self._dots)
        name = pg.TextItem(self.tr("Mood") if key == MOOD else labels.symptom_name(key), anchor=(0, 1))
        for item in (curve, dots, name):
            self.plot.addItem(item)
        self.curves[key], self.dots[key], self.names[key] = curve, dots, name

    def _place_names(self) -> None:
        left = self.plot.getViewBox().viewRange()[0][0]
        for key, name in self.names.items():
            name.setPos(left, self.bases[key] + BAND + 0.06)  # just above its band (anchor: bottom left)

    def _apply_colours(self) -> None:
        pg = self._pg
        c = self._colours()
        self.view.setBackground(c["background"])
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setPen(pg.mkPen(c["text"]))
            self.plot.getAxis(side).setTextPen(pg.mkPen(c["text"]))
        for i, key in enumerate(self._keys):
            colour = QColor(OKABE_ITO[i]) if i < len(OKABE_ITO) else QColor(c["text"])
            if c["dark"] and i < len(OKABE_ITO):
                colour = colour.lighter(135)
            self.curves[key].setPen(pg.mkPen(colour, width=2))
            self.dots[key].setBrush(pg.mkBrush(colour))
            self.dots[key].setPen(pg.mkPen(colour))
            self.names[key].setColor(c["text"])
        for region in self._regions:
            region.setBrush(pg.mkBrush(c["shade"]))
        for edge, label in zip(self._marks[0::2], self._marks[1::2], strict=True):
            edge.setPen(pg.mkPen(c["text"], width=1, style=Qt.PenStyle.DashLine))
            label.setColor(c["text"])

    def _fit_height(self) -> None:
        """Each band at least about three lines of text high (the chart scrolls when that does not fit)."""
        self.setMinimumHeight(int((len(self._keys) * 3 + 2) * self.fontMetrics().height()))
        for item in [*self.names.values(), *self._marks[1::2]]:  # band names and dose labels: the app's text size
            item.setFont(self.font())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._keys:
            self._apply_colours()
        if event.type() == QEvent.Type.FontChange and self._keys:
            self._fit_height()

    # ------------------------------------------------------------------ data
    def set_series(self, series: Series) -> None:
        import numpy as np

        x = np.asarray(series.days, dtype=float)
        for key in self._keys:
            y = np.asarray(series.values.get(key, []), dtype=float)
            if y.size == 0 or np.isnan(y).all():
                self.curves[key].setData([], [])  # nothing entered yet (all-NaN data upsets pyqtgraph)
                self.dots[key].setData([], [])
                continue
            low, high = _scale(key)
            y = self.bases[key] + (y - low) / (high - low) * BAND
            self.curves[key].setData(x, y)
            keep = ~np.isnan(y)
            self.dots[key].setData(x[keep], y[keep])

    def set_periods(self, periods: Sequence[tuple[date, date, float]]) -> None:
        """Dose periods (first day, last day, mg a day): shaded behind the bands, each start marked and
        labelled with its dose."""
        pg = self._pg
        for item in [*self._regions, *self._marks]:
            self.plot.removeItem(item)
        self._regions.clear()
        self._marks.clear()
        self._periods = list(periods)
        c = self._colours()
        top = self._top()
        for start, end, mg in self._periods:
            region = pg.LinearRegionItem(
                values=(start.toordinal() - 0.5, end.toordinal() + 0.5), movable=False, brush=pg.mkBrush(c["shade"])
            )
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            region.setZValue(-10)
            edge = pg.InfiniteLine(pos=start.toordinal() - 0.5, angle=90, movable=False)
            edge.setPen(pg.mkPen(c["text"], width=1, style=Qt.PenStyle.DashLine))
            label = pg.TextItem(self.tr("%1 mg a day").replace("%1", f"{mg:g}"), anchor=(0, 0), color=c["text"])
            label.setPos(start.toordinal() - 0.5, top)
            label.setFont(self.font())
            for item in (region, edge, label):
                self.plot.addItem(item)
            self._regions.append(region)
            self._marks.extend((edge, label))

    def set_range(self, start: date, end: date) -> None:
        dots = (end - start).days <= SYMBOL_MAX_DAYS
        if dots != self._dots:
            self._dots = dots
            for scatter in self.dots.values():
                scatter.setVisible(dots)
        self.plot.setXRange(start.toordinal() - 0.5, end.toordinal() + 0.5, padding=0)

    def x_range(self) -> tuple[float, float]:
        low, high = self.plot.getViewBox().viewRange()[0]
        return low, high
