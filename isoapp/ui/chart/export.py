"""Saving the chart: as a picture (with its warning, settings and key) or its numbers as CSV."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette, QTextDocument

from isoapp import paths
from isoapp.i18n import fill
from isoapp.ui.chart import data as chart_data
from isoapp.ui.widgets.save_file import image_bytes, save_file


class ChartExport:
    """Mixed into OilChartView: PNG and CSV export."""

    def chart_image(self) -> QImage:
        """The chart as a picture for saving: the 'illustrative' warning, the settings, the plot, the key."""
        plot_px = self._plot_picture()
        ratio = plot_px.devicePixelRatio() or 1.0
        width = max(int(plot_px.width() / ratio), 480)
        pad = 12
        inner = width - 2 * pad
        c = self._colours()
        title_font = QFont(self.warning.font())
        body_font = QFont(self.font())
        caption = fill(
            QCoreApplication.translate(
                "ChartExport",
                "Isotretinoin Guide: skin oil (sebum) during and after a course. %1, %2-week "
                "course. Drawn through a few small studies.",
            ),
            chart_data.dose_words(self._dose).capitalize(),
            self._course,
        )
        flags = int(Qt.TextFlag.TextWordWrap)
        tm = QFontMetrics(title_font).boundingRect(0, 0, inner, 1000, flags, chart_data.illustrative())
        cm = QFontMetrics(body_font).boundingRect(0, 0, inner, 1000, flags, caption)
        legend = self._legend_document(c, body_font, inner)
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

    def _plot_picture(self):
        """The plot as it is now, without the pointer's line and dot."""
        cursor_shown = self.cursor.isVisible()
        self.cursor.hide()
        self.cursor_dot.hide()
        try:
            return self.plot.grab()
        finally:
            self.cursor.setVisible(cursor_shown)
            self.cursor_dot.show()

    def _legend_document(self, c, font: QFont, width: int) -> QTextDocument:
        legend = QTextDocument()
        legend.setDefaultFont(font)
        legend.setDocumentMargin(0)
        legend.setDefaultStyleSheet(f"body {{ color: {c['text'].name()}; }}")
        legend.setHtml(f"<body>{self._legend_html(c)}</body>")
        legend.setTextWidth(width)
        return legend

    def _export_folder(self) -> Path:
        settings = getattr(self.ctx, "settings", None)
        start = settings.value("oil_chart/export_dir", "") if settings is not None else ""
        return Path(start) if start and Path(start).is_dir() else paths.export_dir()

    def _save(self, title: str, name: str, file_type: tuple[str, str], data) -> Path | None:
        path = save_file(self, title, self._export_folder() / name, [file_type], data)
        settings = getattr(self.ctx, "settings", None)
        if path is not None and settings is not None:
            settings.setValue("oil_chart/export_dir", str(path.parent))
        return path

    def save_png(self) -> Path | None:
        return self._save(
            self.tr("Save the chart as a picture"),
            chart_data.PNG_NAME,
            (self.tr("PNG picture"), ".png"),
            lambda: image_bytes(self.chart_image(), "PNG"),
        )

    def save_csv(self) -> Path | None:
        return self._save(
            self.tr("Save the chart's numbers"),
            chart_data.CSV_NAME,
            (self.tr("CSV file for spreadsheets"), ".csv"),
            lambda: chart_data.csv_text(self._dose, self._course).encode("utf-8"),
        )
