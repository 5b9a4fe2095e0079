"""The chart's colours (Okabe-Ito, colour-blind safe; light and dark), fonts, key and axis labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette

from isoapp import oil_model
from isoapp.i18n import fill

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}


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


class ChartLook:
    """Mixed into OilChartView: how the chart looks for the theme and the text size."""

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

        return fill(
            QCoreApplication.translate(
                "ChartLook",
                "%1 Typical line &nbsp;&nbsp; %2 Studies differ &nbsp;&nbsp; %3 Treatment "
                "&nbsp;&nbsp; %4 Study result &nbsp;&nbsp; %5 Study range (point to one for "
                "details)",
            ),
            sw(c["line"], "━━"),
            sw(c["band"], "■"),
            sw(c["course"], "■"),
            sw(c["anchor"], "◆"),
            sw(c["anchor"], "┃"),
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
        item.setLabel("left", QCoreApplication.translate("ChartLook", "Oil (% of your usual)"), **style)
        item.setLabel("bottom", QCoreApplication.translate("ChartLook", "Weeks since the first dose"), **style)
