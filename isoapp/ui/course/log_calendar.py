"""The month calendar of the daily log: taken, missed and pause days in colour and in words, with buttons
to mark the chosen day. Only the month on show is coloured (fast with years of entries)."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isoapp.course import day_states
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import day_text, friendly_error, to_date, to_qdate

_TAKEN_LIGHT, _TAKEN_DARK = "#CDEBD9", "#1F5135"
_MISSED_LIGHT, _MISSED_DARK = "#F6D2BF", "#6B3012"


class LogCalendar(QWidget):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._formatted: list[date] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("courseLogCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Daily log calendar"))
        self._name_parts()
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.selectionChanged.connect(self._show_chosen)
        layout.addWidget(self.calendar)
        self.key = QLabel(self)
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setAccessibleName(self.tr("Calendar key"))
        layout.addWidget(self.key)
        self.month_words = QLabel(self)
        self.month_words.setWordWrap(True)
        self.month_words.setAccessibleName(self.tr("This month in words"))
        layout.addWidget(self.month_words)
        row = QHBoxLayout()
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        row.addWidget(self.chosen, 1)
        self.taken_button = self._button(row, self.tr("Taken"), self.tr("Mark the chosen day as taken"), "taken")
        self.missed_button = self._button(row, self.tr("Missed"), self.tr("Mark the chosen day as missed"), "missed")
        self.clear_button = self._button(row, self.tr("Clear"), self.tr("Clear the mark of the chosen day"), None)
        layout.addLayout(row)

    def _name_parts(self) -> None:
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose the month"),
            "qt_calendar_yearbutton": self.tr("Choose the year"),
            "qt_calendar_yearedit": self.tr("Year"),
            "qt_calendar_calendarview": self.tr("Days of the month"),
        }
        for child in self.calendar.findChildren(QWidget):
            if child.objectName() in names:
                child.setAccessibleName(names[child.objectName()])

    def _button(self, row: QHBoxLayout, text: str, name: str, status: str | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self.mark(status))
        row.addWidget(button)
        return button

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "month_words"):
            self.refresh()  # light or dark colours for the marks

    def _colours(self) -> tuple[QColor, QColor]:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor(_TAKEN_DARK if dark else _TAKEN_LIGHT), QColor(_MISSED_DARK if dark else _MISSED_LIGHT)

    def refresh(self) -> None:
        store = self.controller.store
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        states = day_states(
            store.dose_periods(), set(store.missed()), set(store.taken()), first, last, self.controller.today()
        )
        for day in self._formatted:
            self.calendar.setDateTextFormat(to_qdate(day), QTextCharFormat())
        taken, missed = self._colours()
        text = self.palette().color(QPalette.ColorRole.Text)
        for day, state in states.items():
            fmt = QTextCharFormat()
            if state == "taken":
                fmt.setBackground(QBrush(taken))
                fmt.setForeground(QBrush(text))
            elif state == "missed":
                fmt.setBackground(QBrush(missed))
                fmt.setForeground(QBrush(text))
                fmt.setFontStrikeOut(True)
            elif state == "pause":
                fmt.setFontItalic(True)
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        self._formatted = list(states)
        self._describe(states, taken, missed)
        self._show_chosen()

    def _describe(self, states: dict, taken: QColor, missed: QColor) -> None:
        count = {s: sum(1 for v in states.values() if v == s) for s in ("taken", "missed", "pause")}
        self.key.setText(
            self.tr(
                '<span style="background:%1">&nbsp;&nbsp;&nbsp;&nbsp;</span> taken &nbsp; '
                '<span style="background:%2">&nbsp;&nbsp;&nbsp;&nbsp;</span> missed &nbsp; <i>slanted</i>: pause'
            )
            .replace("%1", taken.name())
            .replace("%2", missed.name())
        )
        self.month_words.setText(
            self.tr("In the month shown: days taken %1, missed %2, in a pause %3.")
            .replace("%1", str(count["taken"]))
            .replace("%2", str(count["missed"]))
            .replace("%3", str(count["pause"]))
        )

    def _show_chosen(self) -> None:
        day = to_date(self.calendar.selectedDate())
        state = day_states(
            self.controller.store.dose_periods(),
            set(self.controller.store.missed()),
            set(self.controller.store.taken()),
            day,
            day,
            self.controller.today(),
        ).get(day)
        words = {
            "taken": self.tr("taken"),
            "missed": self.tr("missed"),
            "pause": self.tr("a pause"),
            "planned": self.tr("still to come"),
            "due": self.tr("today, not marked yet"),
        }.get(state, self.tr("not in a dose period"))
        self.chosen.setText(self.tr("%1: %2").replace("%1", day_text(day)).replace("%2", words))
        future = day > self.controller.today()
        for button in (self.taken_button, self.missed_button, self.clear_button):
            button.setEnabled(not future)

    def mark(self, status: str | None) -> None:
        day = to_date(self.calendar.selectedDate())
        try:
            self.controller.write(lambda: self.controller.mark_day(day, status))
        except ValueError as exc:
            self.chosen.setText(friendly_error(exc))
            announce(self.chosen, self.chosen.text())
            return
        announce(self.chosen, self.chosen.text())
