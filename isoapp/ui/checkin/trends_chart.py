"""The trends chart: mood and each side effect over time, one small plot each, sharing the time axis,
with the course's dose periods shaded. pyqtgraph is imported here only, when the chart is first made.

Speed: the data is set once per change of entries; a range change only moves the shared x range
(every plot is linked to the first), so repainting 2 years of daily entries stays within a frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from isoapp.checkin_trends import MOOD, Series
from isoapp.ui.checkin import labels

# Okabe-Ito colours (safe for colour blindness) without the yellow, which is too pale on white; the
# seventh and later plots use the text colour.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


def _date_axis(pg):
    class DayAxis(pg.AxisItem):
        """x values are date ordinals; ticks say the day and month."""

        def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
            out = []
            for v in values:
                try:
                    out.append(date.fromordinal(int(round(v))).strftime("%d %b"))
                except (ValueError, OverflowError):
                    out.append("")
            return out

    return DayAxis


class TrendsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self._day_axis = _date_axis(pg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setObjectName("trendsChart")
        self.view.setAccessibleName(self.tr("Chart of your check-ins over time"))
        self.view.setAccessibleDescription(
            self.tr(
                "Mood from 1 to 5 and each side effect from 0 to 3, one small chart each, by day. "
                "Shaded bands are the dose periods of your course. The same numbers are in the table."
            )
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys; the table is the alternative
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setAccessibleName(self.view.accessibleName())
        layout.addWidget(self.view)
        self.plots: dict[str, object] = {}
        self.curves: dict[str, object] = {}
        self._regions: list[object] = []
        self._periods: list[tuple[date, date]] = []
        self._keys: list[str] = []

    # ------------------------------------------------------------------ building
    def _colours(self) -> dict[str, QColor]:
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
        text = pal.color(QPalette.ColorRole.WindowText)
        shade = QColor(text)
        shade.setAlpha(40 if dark else 28)
        return {"background": pal.color(QPalette.ColorRole.Base), "text": text, "shade": shade, "dark": dark}

    def set_keys(self, keys: Sequence[str]) -> None:
        """One plot for mood, then one per side effect (rebuilt only when the list changes)."""
        keys = [MOOD, *keys]
        if keys == self._keys:
            return
        self._keys = keys
        self.view.clear()
        self.plots.clear()
        self.curves.clear()
        self._regions.clear()
        first = None
        for row, key in enumerate(keys):
            first = self._add_plot(row, key, first)
        self._apply_colours()
        self._draw_periods()

    def _add_plot(self, row: int, key: str, first):
        pg = self._pg
        last = row == len(self._keys) - 1
        axis = {"bottom": self._day_axis(orientation="bottom")}
        plot = self.view.addPlot(row=row, col=0, axisItems=axis)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getAxis("bottom").setStyle(showValues=last)
        top = 5 if key == MOOD else 3
        plot.setYRange(1 if key == MOOD else 0, top, padding=0.12)
        plot.disableAutoRange()  # fixed scales; a range change never rescans the data
        ticks = (1, 3, 5) if key == MOOD else range(0, top + 1)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in ticks]])
        plot.getAxis("left").setWidth(28)
        name = self.tr("Mood") if key == MOOD else labels.symptom_name(key)
        plot.setTitle(name, size="9pt", justify="left")
        curve = pg.PlotDataItem(connect="finite", symbol="o", symbolSize=4)
        plot.addItem(curve)
        if first is not None:
            plot.setXLink(first)
        self.plots[key] = plot
        self.curves[key] = curve
        return first or plot

    def _apply_colours(self) -> None:
        pg = self._pg
        c = self._colours()
        self.view.setBackground(c["background"])
        for i, key in enumerate(self._keys):
            plot = self.plots[key]
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(pg.mkPen(c["text"]))
                plot.getAxis(side).setTextPen(pg.mkPen(c["text"]))
            plot.titleLabel.setAttr("color", c["text"].name())
            plot.titleLabel.setText(plot.titleLabel.text)
            colour = QColor(OKABE_ITO[i]) if i < len(OKABE_ITO) else QColor(c["text"])
            if c["dark"] and i < len(OKABE_ITO):
                colour = colour.lighter(135)
            self.curves[key].setPen(pg.mkPen(colour, width=2))
            self.curves[key].setSymbolBrush(pg.mkBrush(colour))
            self.curves[key].setSymbolPen(pg.mkPen(colour))
        for _plot, region in self._regions:
            region.setBrush(pg.mkBrush(c["shade"]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._keys:
            self._apply_colours()

    # ------------------------------------------------------------------ data
    def set_series(self, series: Series) -> None:
        import numpy as np

        x = np.asarray(series.days, dtype=float)
        for key in self._keys:
            y = np.asarray(series.values.get(key, []), dtype=float)
            if y.size == 0 or np.isnan(y).all():
                self.curves[key].setData([], [])  # nothing entered yet (all-NaN data upsets pyqtgraph)
            else:
                self.curves[key].setData(x, y)

    def set_periods(self, periods: Sequence[tuple[date, date]]) -> None:
        """Dose periods (start, last day) to shade behind every plot."""
        self._periods = list(periods)
        self._draw_periods()

    def _draw_periods(self) -> None:
        pg = self._pg
        for plot, region in self._regions:
            plot.removeItem(region)
        self._regions.clear()
        brush = pg.mkBrush(self._colours()["shade"])
        for plot in self.plots.values():
            for start, end in self._periods:
                region = pg.LinearRegionItem(
                    values=(start.toordinal() - 0.5, end.toordinal() + 0.5), movable=False, brush=brush
                )
                for line in region.lines:
                    line.setPen(pg.mkPen(None))
                region.setZValue(-10)
                plot.addItem(region)
                self._regions.append((plot, region))

    def set_range(self, start: date, end: date) -> None:
        first = next(iter(self.plots.values()), None)
        if first is not None:
            first.setXRange(start.toordinal() - 0.5, end.toordinal() + 0.5, padding=0)

    def x_range(self) -> tuple[float, float]:
        first = next(iter(self.plots.values()))
        low, high = first.viewRange()[0]
        return low, high
