"""The cumulative-dose chart (mg/kg over time) with the prescriber's target line if one is set, a table
alternative (one row a week) and "Save picture". pyqtgraph is imported only when the chart is first shown,
never before the window's first paint."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isoapp.course import daily_series
from isoapp.ui.course.common import ask_save_path, day_text, number_text
from isoapp.ui.widgets.rows_model import RowsModel

_LINE = "#0072B2"  # Okabe-Ito blue, as the oil chart
_TARGET = "#D55E00"


def weekly_rows(series: list[tuple[date, float]]) -> list[tuple[date, float]]:
    """Every 7th day of the series, and its last day."""
    rows = series[::7]
    if series and (not rows or rows[-1] != series[-1]):
        rows.append(series[-1])
    return rows


class WeeklyModel(RowsModel[tuple[date, float]]):
    COLUMNS = 2

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Date"), self.tr("Total so far (mg/kg)"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        day, total = self.rows[index.row()]
        return day_text(day) if index.column() == 0 else number_text(total, 1)


class DoseChart(QWidget):
    def __init__(self, controller, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = ctx
        self.plot = None  # the pyqtgraph PlotWidget, made on first show
        self._series: list[tuple[date, float]] = []
        self._target: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("The chart appears here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(240)
        self.stack.addWidget(self.placeholder)
        self.model = WeeklyModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("cumulativeDoseTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Total dose so far as a table, one row a week"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("The chart in words"))
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.table_toggle = QPushButton(self.tr("Show as table"), self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleName(self.tr("Show the chart as a table"))
        self.table_toggle.toggled.connect(self.show_table)
        self.save_button = QPushButton(self.tr("Save picture…"), self)
        self.save_button.setAccessibleName(self.tr("Save the chart as a PNG picture"))
        self.save_button.clicked.connect(self.save_png)
        row.addWidget(self.table_toggle)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return row

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()  # background and axis colours follow the theme

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.plot is None:
            self.ctx.after_first_paint(lambda: QTimer.singleShot(0, self.ensure_plot))

    def ensure_plot(self) -> None:
        """Build the pyqtgraph plot (first use imports pyqtgraph) and draw."""
        if self.plot is not None:
            return
        import pyqtgraph as pg

        self._pg = pg
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("cumulativeDosePlot")
        self.plot.setAccessibleName(self.tr("Chart of the total dose so far"))
        self.plot.setAccessibleDescription(self.tr("The total in mg/kg for each day of the course."))
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(240)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.setLabel("left", self.tr("mg/kg"))
        item.setLabel("bottom", self.tr("days since the start"))
        item.showGrid(x=False, y=True, alpha=0.25)
        self.curve = item.plot([], [], pen=pg.mkPen(_LINE, width=2.5))
        self.target_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(_TARGET, width=2, style=Qt.PenStyle.DashLine)
        )
        item.addItem(self.target_line)
        self.stack.insertWidget(0, self.plot)
        self.stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self.stack.setCurrentIndex(1 if self.table_toggle.isChecked() else 0)
        self._draw()

    def refresh(self) -> None:
        store = self.controller.store
        settings = store.settings()
        self._target = settings.target_mg_per_kg if settings else None
        self._series = daily_series(store.dose_periods(), store.missed(), self.controller.today())
        self.model.set_rows(weekly_rows(self._series))
        self._draw()
        self.summary.setText(self._words())

    def _draw(self) -> None:
        if self.plot is None:
            return
        xs = list(range(len(self._series)))
        ys = [total for _day, total in self._series]
        self.curve.setData(xs, ys)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.plot.getPlotItem().getAxis("left").setTextPen("w" if dark else "k")
        self.plot.getPlotItem().getAxis("bottom").setTextPen("w" if dark else "k")
        if self._target is not None:
            self.target_line.setPos(self._target)
            self.target_line.show()
        else:
            self.target_line.hide()
        top = max([*ys, self._target or 0, 1])
        self.plot.getPlotItem().setYRange(0, top * 1.08, padding=0)
        self.plot.getPlotItem().setXRange(0, max(len(xs) - 1, 7), padding=0.02)

    def _words(self) -> str:
        if not self._series:
            return self.tr("Nothing to show yet: the course has not started.")
        day, total = self._series[-1]
        text = (
            self.tr(
                "The line rises each day you take it and stays flat on missed days and pauses. "
                "By %1 the total is %2 mg/kg."
            )
            .replace("%1", day_text(day))
            .replace("%2", number_text(total, 1))
        )
        if self._target is not None:
            text += " " + self.tr("The dashed line is your prescriber's target: %1 mg/kg.").replace(
                "%1", number_text(self._target, 0)
            )
        return text

    def show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.table_toggle.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
        self.table_toggle.setAccessibleName(
            self.tr("Show the chart as a picture again") if on else self.tr("Show the chart as a table")
        )

    def save_png(self) -> Path | None:
        """Save the chart as a PNG picture (atomically; a failure is told in plain words)."""
        from isoapp.ui.widgets.save_file import image_bytes, write_or_tell

        self.ensure_plot()
        path = ask_save_path(
            self, self.ctx, self.tr("Save the chart as a picture"), "total-dose.png", self.tr("PNG picture"), ".png"
        )
        if path is None:
            return None
        image = self.plot.grab().toImage()
        return path if write_or_tell(self, path, lambda: image_bytes(image)) else None
