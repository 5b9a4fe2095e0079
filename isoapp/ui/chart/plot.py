"""The pyqtgraph plot of the chart: curve, band, course region, study points, pointer read-out."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from isoapp import oil_model
from isoapp.ui.chart import data as chart_data


class ChartPlot:
    """Mixed into OilChartView: builds and draws the plot."""

    def _build_plot_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("oilPlotPage")
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        item = self._build_plot()
        self._add_course_and_curves(item)
        self._add_study_points(item)
        self._add_cursor(item)
        holder = _PlotHolder(page)
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.plot)
        v.addWidget(holder, 1)
        self._add_labels(page, v)
        return page

    def _build_plot(self):
        """The plot widget and its axes; returns its plot item."""
        pg = self._pg
        self.plot = pg.PlotWidget(enableMenu=False)  # no context menus (built at once otherwise: ~5 ms)
        self.plot.setObjectName("oilPlot")
        self.plot.setAccessibleName(QCoreApplication.translate("ChartPlot", "Oil chart"))
        self.plot.setMinimumHeight(220)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys; the table is the alternative
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setAccessibleName(QCoreApplication.translate("ChartPlot", "Oil chart"))
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        vb = item.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.disableAutoRange()
        item.setYRange(-2, 112, padding=0)
        self._y_top, self._y_bottom = 112.0, -2.0
        vb.sigResized.connect(self._fit_y_range)
        item.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])
        item.showGrid(x=False, y=True, alpha=0.25)
        # Axes (with the grid) change only with the course length or the theme: keep them as a cached
        # picture, so a dose change repaints only the curves (about half the repaint time).
        for name in ("left", "bottom"):
            item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return item

    def _add_course_and_curves(self, item) -> None:
        """The treatment region, its labels, the 100 % line, the band where studies differ, the curve."""
        pg = self._pg
        self.course_region = pg.LinearRegionItem(values=(0, self._course), movable=False)
        self.course_region.setZValue(-20)
        for line in self.course_region.lines:
            line.setPen(pg.mkPen(None))
        item.addItem(self.course_region)
        self.course_text = pg.TextItem(QCoreApplication.translate("ChartPlot", "Treatment"), anchor=(0.5, 0))
        self.after_text = pg.TextItem(QCoreApplication.translate("ChartPlot", "After stopping"), anchor=(0.5, 0))
        item.addItem(self.course_text)
        item.addItem(self.after_text)

        self.baseline = pg.InfiniteLine(pos=100, angle=0, movable=False)
        item.addItem(self.baseline)

        self.low_curve = pg.PlotCurveItem()
        self.high_curve = pg.PlotCurveItem()
        self.band = pg.FillBetweenItem(self.low_curve, self.high_curve)
        self.band.setZValue(-10)
        # One band update per redraw instead of one per edge (see _redraw).
        self.low_curve.sigPlotChanged.disconnect(self.band.curveChanged)
        self.high_curve.sigPlotChanged.disconnect(self.band.curveChanged)
        item.addItem(self.low_curve)
        item.addItem(self.high_curve)
        item.addItem(self.band)

        self.curve = pg.PlotDataItem()
        self.curve.setZValue(5)
        item.addItem(self.curve)

    def _add_study_points(self, item) -> None:
        pg = self._pg
        # Study results in two groups: during the course (fixed weeks) and after stopping (counted
        # from the course end; the whole group is shifted with setPos when the course length changes).
        self._anchor_groups: dict[str, tuple] = {}
        self._anchor_key: tuple | None = None
        self._hovered: dict[int, list[oil_model.Anchor]] = {}
        self._bars_drawn: list[oil_model.Anchor] = []
        for phase in ("course", "after"):
            bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0), beam=1.2)
            bars.setZValue(6)
            # tip=None: the tooltip is composed here from both groups (see _on_anchor_hover), so
            # leaving one group cannot clear the tooltip the other just set.
            points = pg.ScatterPlotItem(size=13, hoverable=True, tip=None)
            points.sigHovered.connect(self._on_anchor_hover)
            points.setZValue(7)
            item.addItem(bars)
            item.addItem(points)
            self._anchor_groups[phase] = (points, bars)

    def _add_cursor(self, item) -> None:
        """The line and dot that follow the pointer."""
        pg = self._pg
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.cursor.setZValue(8)
        self.cursor.hide()
        item.addItem(self.cursor)
        self.cursor_dot = pg.ScatterPlotItem(size=10)
        self.cursor_dot.setZValue(9)
        item.addItem(self.cursor_dot)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def _add_labels(self, page: QWidget, v: QVBoxLayout) -> None:
        """The read-out for the week under the pointer, and the chart's key."""
        self.readout = QLabel(
            QCoreApplication.translate("ChartPlot", "Point at the chart to read the oil level for any week."), page
        )
        self.readout.setObjectName("chartReadout")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(
            QCoreApplication.translate("ChartPlot", "Reading for the week under the pointer")
        )
        v.addWidget(self.readout)

        self.legend = QLabel(page)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(QCoreApplication.translate("ChartPlot", "Chart key"))
        v.addWidget(self.legend)

    def _redraw(self, *, course_changed: bool) -> None:
        s = chart_data.series(self._dose, self._course)
        self.curve.setData(s.weeks, s.oil)
        self.low_curve.setData(s.weeks, s.low)
        self.high_curve.setData(s.weeks, s.high)
        self.band.updatePath()
        if course_changed:
            end = self._course + oil_model.WEEKS_AFTER
            self.course_region.setRegion((0, self._course))
            self.plot.getPlotItem().setXRange(0, end, padding=0.02)
            self.course_text.setPos(self._course / 2.0, self._y_top)
            self.after_text.setPos(self._course + oil_model.WEEKS_AFTER / 2.0, self._y_top)
        self._draw_anchors()
        self.summary_label.setText(chart_data.summary(self._dose, self._course))
        self.plot.setAccessibleDescription(self.summary_label.text())
        if self._hover_week is not None:
            self._show_readout(self._hover_week)
        self._table_dirty = True
        if self.stack.currentIndex() == 1:
            self._refresh_table()

    def _draw_anchors(self) -> None:
        """Study points: filled at 1.0 mg/kg/day (the studies' dose), hollow at other doses.

        Cheap when nothing but the course length changed: the after-stopping group only moves.
        """
        shown = tuple(a for a in oil_model.anchors() if a.shown_for(self._course))
        hollow = self._dose < oil_model.DOSE_MAX - 1e-9
        key = (shown, hollow, self._marker_px)
        if key != self._anchor_key:
            self._anchor_key = key
            self._bars_drawn = []
            for phase, (points, bars) in self._anchor_groups.items():
                self._fill_anchor_group(points, bars, [a for a in shown if a.phase == phase], hollow)
        points, bars = self._anchor_groups["after"]
        points.setPos(self._course, 0)
        bars.setPos(self._course, 0)

    def _fill_anchor_group(self, points, bars, group: list[oil_model.Anchor], hollow: bool) -> None:
        pg = self._pg
        c = self._c
        fill = pg.mkBrush(c["background"] if hollow else c["anchor"])
        edge = pg.mkPen(c["anchor"] if hollow else c["anchor_edge"], width=1.5)
        xs, ys, data, symbols, pens, brushes = [], [], [], [], [], []
        bx, by, top, bottom = [], [], [], []
        for a in group:
            x = a.week  # weeks from the first dose, or (after-stopping group) from the last dose
            if a.range_only:
                mid = (a.low + a.high) / 2.0
                bx.append(x)
                by.append(mid)
                top.append(a.high - mid)
                bottom.append(mid - a.low)
                # a range has no single value to mark: no marker; _on_mouse_moved gives its tooltip
                self._bars_drawn.append(a)
            else:
                xs.append(x)
                ys.append(a.value)
                data.append(a)
                symbols.append("d")
                pens.append(edge)
                brushes.append(fill)
        points.setData(x=xs, y=ys, data=data, symbol=symbols, pen=pens, brush=brushes, size=self._marker_px)
        bars.setData(
            x=np.asarray(bx, float),
            y=np.asarray(by, float),
            top=np.asarray(top, float),
            bottom=np.asarray(bottom, float),
        )

    def drawn_anchors(self) -> list[tuple[float, float, oil_model.Anchor]]:
        """The study results on the chart now: (week on the chart, % of usual, anchor)."""
        out = []
        for points, _bars in self._anchor_groups.values():
            dx = points.pos().x()
            for p in points.points():
                out.append((p.pos().x() + dx, p.pos().y(), p.data()))
        for a in self._bars_drawn:
            out.append((a.chart_week(self._course), (a.low + a.high) / 2.0, a))
        return out

    def _bars_at(self, week: float, value: float) -> list[oil_model.Anchor]:
        """Range bars under the pointer (within a few pixels of the bar)."""
        vb = self.plot.getPlotItem().getViewBox()
        px_w, px_h = vb.viewPixelSize()
        reach = max(6.0, self._marker_px / 2.0)
        found = []
        for a in self._bars_drawn:
            near_x = abs(week - a.chart_week(self._course)) <= reach * px_w
            if near_x and a.low - 4 * px_h <= value <= a.high + 4 * px_h:
                found.append(a)
        return found

    def _on_anchor_hover(self, item, points, _event) -> None:
        anchors: list[oil_model.Anchor] = []
        for p in points:
            if p.data() not in anchors:
                anchors.append(p.data())
        self._hovered[id(item)] = anchors
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        shown = [a for group in self._hovered.values() for a in group]
        text = "\n\n".join(chart_data.anchor_tip(a) for a in shown[:3])
        vb = self.plot.getPlotItem().getViewBox()
        if vb.toolTip() != text:
            vb.setToolTip(text)

    def _on_mouse_moved(self, scene_pos) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            if self._hovered.get(0):
                self._hovered[0] = []
                self._update_tooltip()
            self.cursor.hide()
            self.cursor_dot.setData([], [])
            return
        at = vb.mapSceneToView(scene_pos)
        week = at.x()
        bars = self._bars_at(week, at.y())
        if bars != self._hovered.get(0, []):
            self._hovered[0] = bars  # key 0: the range bars (scatter groups use their id)
            self._update_tooltip()
        end = self._course + oil_model.WEEKS_AFTER
        if not (math.isfinite(week) and -1 <= week <= end + 1):
            return
        self._show_readout(min(max(week, 0.0), float(end)))

    def _show_readout(self, week: float) -> None:
        self._hover_week = week
        w = min(max(math.floor(week + 0.5), 0), self._course + oil_model.WEEKS_AFTER)
        self.readout.setText(chart_data.readout(w, self._dose, self._course))
        y = float(oil_model.sebum_percent([w], self._dose, self._course)[0])
        self.cursor.setPos(w)
        self.cursor.show()
        self.cursor_dot.setData([w], [y])


class _PlotHolder(QWidget):
    """Holds the plot with a modest size hint, so the panel fits the window and the plot takes what is left."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(520, 260)
