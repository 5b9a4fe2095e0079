"""The oil chart section (issue 5): the section's text beside an interactive pyqtgraph chart of the
illustrative oil curve (isoapp.oil_model), with dose and course controls, a hover read-out, a text
summary, a table alternative and PNG / CSV export.

pyqtgraph is imported here only, inside ``create()`` (the tab is built on first show), so the app
starts without it. Numbers and words come from isoapp.ui.chart_data (Qt-free); this module lays out.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isoapp import content, oil_model, paths
from isoapp.i18n import fill, format_number
from isoapp.ui import chart_data
from isoapp.ui.a11y import announce
from isoapp.ui.chart_table import OilTableModel
from isoapp.ui.markdown_view import MarkdownPane

# Okabe-Ito colour-blind-safe palette.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}

_SETTINGS_DOSE = "oil_chart/dose"
_SETTINGS_COURSE = "oil_chart/course"


def _pg():
    import pyqtgraph as pg

    return pg


def create(section: content.Section, ctx) -> OilChartView:
    # The first chart loads pyqtgraph (a few hundred ms): show a busy pointer meanwhile.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return OilChartView(section, ctx)
    finally:
        QApplication.restoreOverrideCursor()


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _with_alpha(colour: str | QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _blend(colour: QColor, background: QColor) -> QColor:
    """``colour`` (with its alpha) painted over ``background``, as an opaque colour."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + background.redF() * (1 - a),
        colour.greenF() * a + background.greenF() * (1 - a),
        colour.blueF() * a + background.blueF() * (1 - a),
    )


class OilChartView(QWidget):
    """Section widget: Markdown text | chart panel."""

    def __init__(self, section: content.Section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = _pg()
        pg.setConfigOptions(antialias=True)
        self._pg = pg
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self._dose, self._course = self._initial_params()
        self._hover_week: float | None = None
        self._table_dirty = True
        self._applying_colours = False
        # Tell a screen reader the new result once the controls settle (not at every slider step).
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(600)
        self._announce_timer.timeout.connect(self._announce)

        # --- left: the section's text --------------------------------------------------------
        self.text = MarkdownPane(content.render_markdown(section), title=section.title)

        # --- right: the chart panel -----------------------------------------------------------
        panel = QWidget()
        panel.setObjectName("oilChartPanel")
        v = QVBoxLayout(panel)
        v.setContentsMargins(12, 10, 12, 10)
        v.setSpacing(8)

        self.warning = QLabel(chart_data.illustrative(), panel)
        self.warning.setObjectName("illustrativeLabel")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(chart_data.illustrative())
        v.addWidget(self.warning)

        v.addLayout(self._build_controls(panel))

        self.stack = QStackedWidget(panel)
        self.stack.addWidget(self._build_plot_page())
        self.stack.addWidget(self._build_table())
        v.addWidget(self.stack, 1)

        self.summary_label = QLabel(panel)
        self.summary_label.setObjectName("chartSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary_label.setAccessibleName(self.tr("The chart in words"))
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        v.addWidget(self.summary_label)

        v.addLayout(self._build_buttons(panel))

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(panel)
        self.scroll.setAccessibleName(self.tr("Oil chart and its controls"))
        panel.setMinimumWidth(520)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 670])
        self.text.setMinimumWidth(220)
        # Keyboard order follows reading order: the explanation on the left, then the chart's controls.
        QWidget.setTabOrder(self.text.browser, self.dose_slider)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._apply_fonts()
        self._apply_colours()
        self._redraw(course_changed=True)

    # ------------------------------------------------------------------ building
    def _initial_params(self) -> tuple[float, int]:
        dose, course = chart_data.DEFAULT_DOSE, chart_data.DEFAULT_COURSE
        settings = getattr(self.ctx, "settings", None)
        if settings is not None:
            try:
                d = round(float(settings.value(_SETTINGS_DOSE, dose)), 1)
                c = int(float(settings.value(_SETTINGS_COURSE, course)))
                oil_model.sebum_percent([0], d, c)  # validates both
                dose, course = d, c
            except (TypeError, ValueError):
                pass  # a hand-edited or old value: keep the defaults
        return dose, course

    def _build_controls(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)

        self.dose_label = QLabel(self.tr("&Dose (mg per kg a day):"), parent)
        self.dose_slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.dose_slider.setRange(1, 10)
        self.dose_slider.setPageStep(1)
        self.dose_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.dose_slider.setTickInterval(1)
        self.dose_slider.setAccessibleName(self.tr("Dose slider, mg per kg of body weight a day"))
        self.dose_slider.setAccessibleDescription(self.tr("From 0.1 to 1.0. Moves the chart."))
        self.dose_spin = _DoseSpin(parent)
        self.dose_spin.setAccessibleName(self.tr("Dose in mg per kg of body weight a day"))
        self.dose_spin.setAccessibleDescription(self.tr("From 0.1 to 1.0 in steps of 0.1. Moves the chart."))
        self.dose_label.setBuddy(self.dose_spin)

        self.course_label = QLabel(self.tr("&Course length (weeks):"), parent)
        self.course_slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.course_slider.setRange(oil_model.COURSE_MIN, oil_model.COURSE_MAX)
        self.course_slider.setPageStep(4)
        self.course_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.course_slider.setTickInterval(4)
        self.course_slider.setAccessibleName(self.tr("Course length slider, weeks"))
        self.course_slider.setAccessibleDescription(self.tr("From 8 to 52 weeks. Moves the chart."))
        self.course_spin = QSpinBox(parent)
        self.course_spin.setRange(oil_model.COURSE_MIN, oil_model.COURSE_MAX)
        self.course_spin.setSuffix(self.tr(" weeks", "after the number of weeks in a spin box"))
        self.course_spin.setAccessibleName(self.tr("Course length in weeks"))
        self.course_spin.setAccessibleDescription(self.tr("From 8 to 52 weeks. Moves the chart."))
        self.course_label.setBuddy(self.course_spin)

        self.dose_slider.setValue(int(round(self._dose * 10)))
        self.dose_spin.setValue(int(round(self._dose * 10)))
        self.course_slider.setValue(self._course)
        self.course_spin.setValue(self._course)
        self.dose_slider.valueChanged.connect(self.dose_spin.setValue)
        self.dose_spin.valueChanged.connect(self._on_dose_tenths)
        self.course_slider.valueChanged.connect(self.course_spin.setValue)
        self.course_spin.valueChanged.connect(self._on_course)

        self.controls_hint = QLabel(
            self.tr("Dose is per kg of body weight a day. Courses often use 0.5 to 1.0 for 15 to 20 weeks."),
            parent,
        )
        self.controls_hint.setWordWrap(True)
        self.controls_hint.setObjectName("chartHint")

        grid.addWidget(self.dose_label, 0, 0)
        grid.addWidget(self.dose_slider, 0, 1)
        grid.addWidget(self.dose_spin, 0, 2)
        grid.addWidget(self.course_label, 1, 0)
        grid.addWidget(self.course_slider, 1, 1)
        grid.addWidget(self.course_spin, 1, 2)
        grid.addWidget(self.controls_hint, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_plot_page(self) -> QWidget:
        pg = self._pg
        page = QWidget()
        page.setObjectName("oilPlotPage")
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("oilPlot")
        self.plot.setAccessibleName(self.tr("Oil chart"))
        self.plot.setMinimumHeight(220)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys; the table is the alternative
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setAccessibleName(self.tr("Oil chart"))
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

        self.course_region = pg.LinearRegionItem(values=(0, self._course), movable=False)
        self.course_region.setZValue(-20)
        for line in self.course_region.lines:
            line.setPen(pg.mkPen(None))
        item.addItem(self.course_region)
        self.course_text = pg.TextItem(self.tr("Treatment"), anchor=(0.5, 0))
        self.after_text = pg.TextItem(self.tr("After stopping"), anchor=(0.5, 0))
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

        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.cursor.setZValue(8)
        self.cursor.hide()
        item.addItem(self.cursor)
        self.cursor_dot = pg.ScatterPlotItem(size=10)
        self.cursor_dot.setZValue(9)
        item.addItem(self.cursor_dot)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        holder = _PlotHolder(page)
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.plot)
        v.addWidget(holder, 1)

        self.readout = QLabel(self.tr("Point at the chart to read the oil level for any week."), page)
        self.readout.setObjectName("chartReadout")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(self.tr("Reading for the week under the pointer"))
        v.addWidget(self.readout)

        self.legend = QLabel(page)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Chart key"))
        v.addWidget(self.legend)
        return page

    def _build_table(self) -> QTableView:
        self.table_model = OilTableModel(self._dose, self._course, self)
        self.table_view = QTableView()
        self.table_view.setObjectName("oilTable")
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(self.tr("Oil chart as a table, one row a week"))
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return self.table_view

    def _build_buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.table_toggle = QPushButton(self.tr("Show as table"), parent)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleName(self.tr("Show the chart as a table"))
        self.table_toggle.toggled.connect(self.show_table)
        self.png_button = QPushButton(self.tr("Save chart as picture…"), parent)
        self.png_button.setAccessibleName(self.tr("Save the chart as a PNG picture"))
        self.png_button.clicked.connect(self.save_png)
        self.csv_button = QPushButton(self.tr("Save data (CSV)…"), parent)
        self.csv_button.setAccessibleName(self.tr("Save the chart's numbers as a CSV file for a spreadsheet"))
        self.csv_button.clicked.connect(self.save_csv)
        row.addWidget(self.table_toggle)
        row.addStretch(1)
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        return row

    # ------------------------------------------------------------------ look
    def _colours(self) -> dict[str, QColor]:
        pal = self.palette()
        dark = _is_dark(pal)
        text = pal.color(QPalette.ColorRole.WindowText)
        return {
            "background": pal.color(QPalette.ColorRole.Base),
            "text": text,
            "muted": _with_alpha(text, 150),
            "line": QColor(OKABE_ITO["sky"] if dark else OKABE_ITO["blue"]),
            "band": _with_alpha(OKABE_ITO["blue"] if dark else OKABE_ITO["sky"], 95 if dark else 80),
            "band_edge": _with_alpha(OKABE_ITO["sky"] if dark else OKABE_ITO["blue"], 110),
            # opaque (pre-blended over the background): cheaper to paint than a translucent fill
            "course": _blend(_with_alpha(text, 36 if dark else 30), pal.color(QPalette.ColorRole.Base)),
            "anchor": QColor(OKABE_ITO["vermillion"]),
            "anchor_edge": QColor("#FFFFFF" if dark else "#000000"),
        }

    def _apply_colours(self) -> None:
        if self._applying_colours:
            return
        self._applying_colours = True
        try:
            pg = self._pg
            c = self._colours()
            self._c = c
            self.plot.setBackground(c["background"])
            item = self.plot.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(c["text"]))
                axis.setTextPen(pg.mkPen(c["text"]))
            self._apply_axis_labels()
            self.course_region.setBrush(pg.mkBrush(c["course"]))
            self.course_region.setHoverBrush(pg.mkBrush(c["course"]))
            for t in (self.course_text, self.after_text):
                t.setColor(c["text"])
            self.baseline.setPen(pg.mkPen(c["muted"], width=1.5, style=Qt.PenStyle.DashLine))
            edge = pg.mkPen(c["band_edge"], width=1)
            self.low_curve.setPen(edge)
            self.high_curve.setPen(edge)
            self.band.setBrush(pg.mkBrush(c["band"]))
            self.curve.setPen(pg.mkPen(c["line"], width=3.5))
            for _points, bars in self._anchor_groups.values():
                bars.setData(pen=pg.mkPen(c["anchor"], width=2.5))
            self._anchor_key = None  # colours changed: draw the points again
            self._draw_anchors()
            self.cursor.setPen(pg.mkPen(c["muted"], width=1, style=Qt.PenStyle.DotLine))
            self.cursor_dot.setPen(pg.mkPen(c["anchor_edge"], width=1.5))
            self.cursor_dot.setBrush(pg.mkBrush(c["line"]))
            self.legend.setText(self._legend_html(c))
        finally:
            self._applying_colours = False

    def _legend_html(self, c: dict[str, QColor]) -> str:
        def sw(colour: QColor, glyph: str) -> str:
            solid = _blend(colour, c["background"])
            return f'<span style="color:{solid.name()}; font-weight:bold">{glyph}</span>'

        return (
            fill(
                    self.tr(
                        "%1 Typical line &nbsp;&nbsp; %2 Studies differ &nbsp;&nbsp; %3 Treatment "
                        "&nbsp;&nbsp; %4 Study result &nbsp;&nbsp; %5 Study range (point to one for "
                        "details)"
                    ),
                    sw(c['line'], '━━'),
                    sw(c['band'], '■'),
                    sw(c['course'], '■'),
                    sw(c['anchor'], '◆'),
                    sw(c['anchor'], '┃'),
                )
        )

    def _apply_fonts(self) -> None:
        base = self.font()
        big = QFont(base)
        big.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.45)
        big.setBold(True)
        self.warning.setFont(big)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            item.getAxis(name).setTickFont(base)
        for t in (self.course_text, self.after_text):
            t.setFont(base)
        self._apply_axis_labels()
        self.plot.setMinimumHeight(max(220, self.fontMetrics().height() * 13))
        self._fit_y_range()
        # markers grow with the text size (zoom), never below 13 px
        self._marker_px = max(13, round(self.fontMetrics().height() * 0.85))
        self.cursor_dot.setSize(max(10, round(self._marker_px * 0.75)))
        if hasattr(self, "_c"):
            self._anchor_key = None
            self._draw_anchors()

    def _fit_y_range(self, *_args) -> None:
        """Leave room above 100% for the 'Treatment' / 'After stopping' labels at any text size."""
        vb = self.plot.getPlotItem().getViewBox()
        h = max(vb.height(), 1.0)
        text_h = float(self.fontMetrics().height())
        above = text_h + 10.0  # room for the labels above the 100% line, in pixels
        below = text_h / 2 + 4.0  # room for the '0%' tick label
        if h <= 2 * (above + below):
            top, bottom = 112.0, -4.0
        else:
            span = 100.0 / (1.0 - (above + below) / h)
            top, bottom = 100.0 + above * span / h, -below * span / h
        if abs(top - self._y_top) > 0.05 or abs(bottom - self._y_bottom) > 0.05:
            self._y_top, self._y_bottom = top, bottom
            vb.setYRange(bottom, top, padding=0)
            self.course_text.setPos(self._course / 2.0, top)
            self.after_text.setPos(self._course + oil_model.WEEKS_AFTER / 2.0, top)

    def _apply_axis_labels(self) -> None:
        pt = max(self.font().pointSizeF(), 9.0)
        colour = self._colours()["text"].name()
        style = {"color": colour, "font-size": f"{pt:.1f}pt"}
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("Oil (% of your usual)"), **style)
        item.setLabel("bottom", self.tr("Weeks since the first dose"), **style)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange):
            if hasattr(self, "plot"):
                self._apply_colours()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            if hasattr(self, "plot"):
                self._apply_fonts()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    @property
    def dose(self) -> float:
        return self._dose

    @property
    def course(self) -> int:
        return self._course

    def set_dose(self, dose: float) -> None:
        """Set the dose control (0.1-1.0 mg/kg/day); the chart redraws through the control's signal."""
        oil_model.sebum_percent([0], dose, self._course)  # ValueError with a clear message if bad
        self.dose_spin.setValue(int(round(dose * 10)))

    def set_course(self, weeks: int) -> None:
        oil_model.sebum_percent([0], self._dose, weeks)
        self.course_spin.setValue(int(weeks))

    def _on_dose_tenths(self, tenths: int) -> None:
        if self.dose_slider.value() != tenths:
            self.dose_slider.blockSignals(True)
            self.dose_slider.setValue(tenths)
            self.dose_slider.blockSignals(False)
        dose = round(tenths / 10.0, 1)
        if dose != self._dose:
            self._dose = dose
            self._remember()
            self._redraw(course_changed=False)
            self._announce_timer.start()

    def _on_course(self, weeks: int) -> None:
        if self.course_slider.value() != weeks:
            self.course_slider.blockSignals(True)
            self.course_slider.setValue(weeks)
            self.course_slider.blockSignals(False)
        if weeks != self._course:
            self._course = int(weeks)
            self._remember()
            self._redraw(course_changed=True)
            self._announce_timer.start()

    def _announce(self) -> None:
        announce(self, chart_data.short_summary(self._dose, self._course))

    def _remember(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is not None:
            settings.setValue(_SETTINGS_DOSE, self._dose)
            settings.setValue(_SETTINGS_COURSE, self._course)

    # ------------------------------------------------------------------ drawing
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
            x=np.asarray(bx, float), y=np.asarray(by, float), top=np.asarray(top, float),
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

    @staticmethod
    def _anchor_tip(x: float, y: float, data) -> str:
        if isinstance(data, oil_model.Anchor):
            return chart_data.anchor_tip(data)
        return ""

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

    # ------------------------------------------------------------------ table
    def show_table(self, on: bool) -> None:
        if on:
            self._refresh_table()
        self.stack.setCurrentIndex(1 if on else 0)
        if self.table_toggle.isChecked() != on:
            self.table_toggle.setChecked(on)
        self.table_toggle.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
        self.table_toggle.setAccessibleName(
            self.tr("Show the chart as a picture again") if on else self.tr("Show the chart as a table")
        )

    def _refresh_table(self) -> None:
        if self._table_dirty:
            self.table_model.set_params(self._dose, self._course)
            self._table_dirty = False

    # ------------------------------------------------------------------ export
    def chart_image(self) -> QImage:
        """The chart as a picture for saving: the 'illustrative' warning, the settings, the plot, the key."""
        cursor_shown = self.cursor.isVisible()
        self.cursor.hide()
        self.cursor_dot.hide()
        try:
            plot_px = self.plot.grab()
        finally:
            self.cursor.setVisible(cursor_shown)
            self.cursor_dot.show()
        ratio = plot_px.devicePixelRatio() or 1.0
        width = max(int(plot_px.width() / ratio), 480)
        pad = 12
        inner = width - 2 * pad
        c = self._colours()
        title_font = QFont(self.warning.font())
        body_font = QFont(self.font())
        caption = (
            fill(
                    self.tr(
                        "Isotretinoin Guide: skin oil (sebum) during and after a course. %1, %2-week "
                        "course. Drawn through a few small studies."
                    ),
                    chart_data.dose_words(self._dose).capitalize(),
                    self._course,
                )
        )
        flags = int(Qt.TextFlag.TextWordWrap)
        tm = QFontMetrics(title_font).boundingRect(0, 0, inner, 1000, flags, chart_data.illustrative())
        cm = QFontMetrics(body_font).boundingRect(0, 0, inner, 1000, flags, caption)
        legend = QTextDocument()
        legend.setDefaultFont(body_font)
        legend.setDocumentMargin(0)
        legend.setDefaultStyleSheet(f"body {{ color: {c['text'].name()}; }}")
        legend.setHtml(f"<body>{self._legend_html(c)}</body>")
        legend.setTextWidth(inner)
        lh = int(math.ceil(legend.size().height()))
        plot_h = int(plot_px.height() / ratio)
        height = pad + tm.height() + 4 + cm.height() + pad + plot_h + 8 + lh + pad
        image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        p = QPainter(image)
        try:
            p.setPen(c["text"])
            y = pad
            p.setFont(title_font)
            p.drawText(QRectF(pad, y, inner, tm.height()), flags, chart_data.illustrative())
            y += tm.height() + 4
            p.setFont(body_font)
            p.drawText(QRectF(pad, y, inner, cm.height()), flags, caption)
            y += cm.height() + pad
            p.drawPixmap(0, y, plot_px)
            y += plot_h + 8
            p.translate(pad, y)
            legend.drawContents(p)
        finally:
            p.end()
        return image

    def _ask_path(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        settings = getattr(self.ctx, "settings", None)
        start = settings.value("oil_chart/export_dir", "") if settings is not None else ""
        folder = Path(start) if start and Path(start).is_dir() else paths.export_dir()
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        if settings is not None:
            settings.setValue("oil_chart/export_dir", str(path.parent))
        return path

    def save_png(self) -> Path | None:
        path = self._ask_path(
            self.tr("Save the chart as a picture"), chart_data.PNG_NAME, self.tr("PNG picture (*.png)"), ".png"
        )
        if path is None:
            return None
        if not self.chart_image().save(str(path), "PNG"):
            self._tell_failed(path)
            return None
        return path

    def save_csv(self) -> Path | None:
        path = self._ask_path(
            self.tr("Save the chart's numbers"),
            chart_data.CSV_NAME,
            self.tr("CSV file for spreadsheets (*.csv)"),
            ".csv",
        )
        if path is None:
            return None
        try:
            chart_data.write_csv(path, self._dose, self._course)
        except OSError as exc:
            self._tell_failed(path, exc.strerror or str(exc))
            return None
        return path

    def _tell_failed(self, path: Path, why: str = "") -> None:
        reason = f"\n({why})" if why else ""
        QMessageBox.warning(
            self,
            self.tr("Could not save"),
            fill(
                self.tr("The file could not be saved to:\n%1%2\n\nNothing else was changed. Try another folder."),
                path,
                reason,
            ),
        )

    # ------------------------------------------------------------------ self-test / screenshots
    def self_check(self) -> list[tuple[str, bool, str]]:
        checks: list[tuple[str, bool, str]] = []
        image = self.plot.grab().toImage()
        colours = set()
        if not image.isNull():
            step_x = max(image.width() // 40, 1)
            step_y = max(image.height() // 40, 1)
            for x in range(0, image.width(), step_x):
                for y in range(0, image.height(), step_y):
                    colours.add(image.pixel(x, y))
        checks.append(
            ("chart rendered", not image.isNull() and len(colours) > 3, f"{len(colours)} colours in the plot")
        )
        xs, ys = self.curve.getData()
        expected = oil_model.sebum_percent(xs, self._dose, self._course) if xs is not None else None
        ok = xs is not None and len(xs) > 10 and expected is not None and bool(abs(expected - ys).max() < 1e-9)
        checks.append(("curve has points", ok, f"{0 if xs is None else len(xs)} points"))
        text = self.summary_label.text()
        checks.append(
            (
                "summary text present",
                len(text) > 80 and text == chart_data.summary(self._dose, self._course),
                f"{len(text)} characters",
            )
        )
        n = len(self.drawn_anchors())
        checks.append(("study points drawn", n >= 3, f"{n} points"))
        checks.append(
            ("illustrative label shown", self.warning.text() == chart_data.illustrative(), self.warning.text())
        )
        return checks

    def prepare_screenshot(self) -> None:
        self.show_table(False)
        self.set_course(chart_data.DEFAULT_COURSE)
        self.set_dose(chart_data.DEFAULT_DOSE)
        self._show_readout(10)


class _PlotHolder(QWidget):
    """Holds the plot with a modest size hint, so the panel fits the window and the plot takes what is left."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(520, 260)


class _DoseSpin(QSpinBox):
    """A spin box over tenths of a mg/kg/day, shown as 0.1 ... 1.0 (integer steps avoid float drift)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, 10)
        self.setSingleStep(1)

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt API)
        return format_number(value / 10, 1)


    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt API)
        try:
            return int(round(float(text.strip().replace(",", ".")) * 10))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        t = text.strip().replace(",", ".")
        if t in ("", "0", "0."):
            return QValidator.State.Intermediate, text, pos
        try:
            v = float(t)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if 0.1 - 1e-9 <= v <= 1.0 + 1e-9 and len(t.split(".")[-1]) <= 1:
            return QValidator.State.Acceptable, text, pos
        if 0 <= v <= 1.0:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos
