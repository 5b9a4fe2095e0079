"""The trends panel: a week / month / whole-course range, the chart and its table alternative.

The chart (pyqtgraph) is made the first time it is needed, after the section is on screen, so the
check-in form shows at once. A range change only moves the chart's view and refills the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isoapp import checkin_trends as trends
from isoapp.checkins import CheckIn
from isoapp.ui.checkin.trends_table import TrendsTableModel


class TrendsPanel(QWidget):
    range_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPanel")
        self.chart = None
        self._checkins: list[CheckIn] = []
        self._keys: list[str] = []
        self._periods: list[tuple[date, date, float]] = []
        self._today = date.today()
        self._first: date | None = None
        self.range_kind = "month"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_range_row())
        self.legend = QLabel(self.tr("Grey background: the days of your dose periods. A dashed line marks a new dose."))
        self.legend.setWordWrap(True)
        self.legend.hide()
        layout.addWidget(self.legend)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Trends as a chart or a table"))
        self.chart_page = QWidget()
        chart_layout = QVBoxLayout(self.chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("The chart is being drawn…"), self.chart_page)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_layout.addWidget(self.placeholder)
        self.tabs.addTab(self.chart_page, self.tr("Cha&rt"))
        self.model = TrendsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your check-ins as a table, newest first"))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Column widths fitted once (from 40 rows), not at every refill: a range change stays quick.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self._widths_fitted = False
        self.table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.table, self.tr("Ta&ble"))
        self._table_dirty = True
        self.tabs.currentChanged.connect(lambda _i: self._fill_table_if_shown())
        layout.addWidget(self.tabs, 1)

    def _build_range_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        self.range_group = QButtonGroup(self)
        names = {"week": self.tr("Last &week"), "month": self.tr("Last &month"), "course": self.tr("Whole &course")}
        self.range_buttons: dict[str, QRadioButton] = {}
        for kind in trends.RANGES:
            button = QRadioButton(names[kind], self)
            button.setAccessibleName(names[kind].replace("&", ""))
            button.setChecked(kind == self.range_kind)
            button.toggled.connect(lambda on, k=kind: on and self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ chart
    def ensure_chart(self):
        if self.chart is None:
            from isoapp.ui.checkin.trends_chart import TrendsChart

            # In a scroll area: with large text the bands keep a readable height and the chart scrolls.
            self.chart_scroll = QScrollArea(self.chart_page)
            self.chart_scroll.setWidgetResizable(True)
            self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.chart_scroll.setAccessibleName(self.tr("Chart of your check-ins over time"))
            self.chart = TrendsChart(self.chart_scroll)
            self.chart_scroll.setWidget(self.chart)
            self.placeholder.hide()
            self.chart_page.layout().addWidget(self.chart_scroll)
            self._fill_chart()
        return self.chart

    def _fill_chart(self) -> None:
        if self.chart is None:
            return
        self.chart.set_keys(self._keys)
        start = self._first or self._today
        self.chart.set_series(trends.daily_series(self._checkins, [trends.MOOD, *self._keys], start, self._today))
        self.chart.set_periods(self._periods)
        self._apply_range()

    # ------------------------------------------------------------------ data and range
    def set_data(
        self,
        checkins: Sequence[CheckIn],
        keys: Sequence[str],
        periods: Sequence[tuple[date, date, float]],
        today: date,
    ) -> None:
        self._checkins = list(checkins)
        self._keys = list(keys)
        self._periods = list(periods)
        self._today = today
        starts = [c.day for c in self._checkins[:1]] + [p[0] for p in self._periods[:1]]
        self._first = min(starts) if starts else None
        self.legend.setVisible(bool(self._periods))
        self._fill_chart()
        self._apply_range()

    def range_start(self) -> date:
        return trends.range_start(self.range_kind, self._today, self._first)

    def set_range(self, kind: str) -> None:
        if kind not in trends.RANGES:
            raise ValueError(kind)
        self.range_kind = kind
        if not self.range_buttons[kind].isChecked():
            self.range_buttons[kind].setChecked(True)  # comes back here through toggled
            return
        self._apply_range()
        self.range_changed.emit(kind)

    def _apply_range(self) -> None:
        if self.chart is not None:
            self.chart.set_range(self.range_start(), self._today)
        self._table_dirty = True
        self._fill_table_if_shown()

    def _fill_table_if_shown(self) -> None:
        """The table follows the range when it is the tab in view (else when it is next shown)."""
        if self._table_dirty and (self.tabs.currentWidget() is self.table or self.chart is None):
            self._table_dirty = False
            start = self.range_start()
            self.model.set_rows([c for c in self._checkins if start <= c.day <= self._today], self._keys)
            if not self._widths_fitted and self.model.rowCount():
                self._widths_fitted = True
                self.table.resizeColumnsToContents()
