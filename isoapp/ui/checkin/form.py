"""The check-in form: lays out the day, mood, side effects, sleep, note and serious signs.

It only shows and reports: the controller (controller.py) loads, saves and reacts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isoapp.checkins import NOTE_MAX, RED_FLAGS, SYMPTOMS, CheckIn
from isoapp.ui.checkin import labels
from isoapp.ui.checkin.score_row import ScoreRow

NO_SLEEP = -1  # the sleep box's "not given" value


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CheckinForm(QWidget):
    changed = Signal()  # any answer changed by the person
    note_edited = Signal()  # the note or sleep changed (saved after a short pause)
    day_chosen = Signal(object)  # a date
    serious_toggled = Signal(str, bool)
    add_symptom_clicked = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinForm")
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._build_day_row(today))
        keys = QLabel(self.tr("Keys: Tab moves on. A number picks an answer: 1 to 5 for mood, 0 to 3 for the others."))
        keys.setWordWrap(True)
        keys.setObjectName("checkinKeysHint")
        outer.addWidget(keys)
        outer.addWidget(self._build_mood_box())
        outer.addWidget(self._build_symptom_box())
        outer.addLayout(self._build_sleep_note())
        outer.addWidget(self._build_serious_box())
        self.status = QLabel(self)
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check-in status"))
        outer.addWidget(self.status)

    # ------------------------------------------------------------------ layout
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_day_row(self, today: date) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Day:"), self)
        self.day_edit = _date_field(today, self)
        self.day_edit.setAccessibleName(self.tr("Day of this check-in"))
        self.day_edit.setAccessibleDescription(self.tr("Pick an earlier day to change its check-in"))
        label.setBuddy(self.day_edit)
        self.day_edit.dateChanged.connect(self._on_date_changed)
        self.prev_button = self._button(self.tr("◀ Day before"), self.tr("Day before"), lambda: self._step(-1))
        self.next_button = self._button(self.tr("Day after ▶"), self.tr("Day after"), lambda: self._step(1))
        self.today_button = self._button(self.tr("&Today"), self.tr("Go to today"), self.go_today)
        for widget in (label, self.day_edit, self.prev_button, self.next_button, self.today_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_mood_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mood today"), self)
        grid = QGridLayout(box)
        names = labels.mood_names()
        choices = tuple(f"{n} {name}" for n, name in enumerate(names, start=1))
        self.mood = ScoreRow(self.tr("Mood"), choices, 1, box)
        for i, button in enumerate(self.mood.buttons):
            grid.addWidget(button, 0, i)
        self.mood.changed.connect(self._on_answer)
        return box

    def _build_symptom_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Side effects today"), self)
        self.symptom_grid = QGridLayout(box)
        self.symptom_box = box
        self.symptom_rows: dict[str, ScoreRow] = {}
        for key in SYMPTOMS:
            self.add_symptom_row(key, labels.symptom_name(key))
        buttons = QHBoxLayout()
        self.none_button = self._button(
            self.tr("&No side effects today"), self.tr("No side effects today"), self.set_all_none
        )
        self.add_button = self._button(self.tr("&Add a side effect…"), self.tr("Add a side effect"), self._add)
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.symptom_buttons = buttons
        self.symptom_grid.addLayout(buttons, 100, 0, 1, 5)
        return box

    def add_symptom_row(self, key: str, name: str) -> ScoreRow:
        if key in self.symptom_rows:
            return self.symptom_rows[key]
        row_index = len(self.symptom_rows)
        label = QLabel(name, self.symptom_box)
        row = ScoreRow(name, labels.score_names(), 0, self.symptom_box)
        self.symptom_grid.addWidget(label, row_index, 0)
        for i, button in enumerate(row.buttons):
            self.symptom_grid.addWidget(button, row_index, i + 1)
        row.changed.connect(self._on_answer)
        self.symptom_rows[key] = row
        return row

    def _build_sleep_note(self) -> QGridLayout:
        grid = QGridLayout()
        sleep_label = QLabel(self.tr("&Sleep last night:"), self)
        self.sleep = QSpinBox(self)
        self.sleep.setRange(NO_SLEEP, 24)
        self.sleep.setSpecialValueText(self.tr("not given"))
        self.sleep.setSuffix(self.tr(" hours"))
        self.sleep.setValue(NO_SLEEP)
        self.sleep.setAccessibleName(self.tr("Hours of sleep last night (optional)"))
        sleep_label.setBuddy(self.sleep)
        self.sleep.valueChanged.connect(self._on_text_edit)
        note_label = QLabel(self.tr("N&ote:"), self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything else about today (optional)"))
        self.note.setAccessibleName(self.tr("Note for this day"))
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._on_text_edit)
        grid.addWidget(sleep_label, 0, 0)
        grid.addWidget(self.sleep, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(note_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 1, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_serious_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Serious signs: tick one only if you have it now or had it today"), self)
        box.setObjectName("seriousSigns")
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Ticking one shows you what to do at once."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.serious: dict[str, QCheckBox] = {}
        for key in RED_FLAGS:
            check = QCheckBox(labels.red_flag_name(key), box)
            check.setAccessibleName(labels.red_flag_name(key))
            check.toggled.connect(lambda on, k=key: self._on_serious(k, on))
            layout.addWidget(check)
            self.serious[key] = check
        return box

    # ------------------------------------------------------------------ values
    def day(self) -> date:
        return self.day_edit.date().toPython()

    def set_today(self, today: date) -> None:
        self.day_edit.setMaximumDate(_qdate(today))

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(_qdate(day))

    def go_today(self) -> None:
        self.day_edit.setDate(self.day_edit.maximumDate())

    def _step(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def values(self) -> CheckIn:
        symptoms = {k: v for k, row in self.symptom_rows.items() if (v := row.value()) is not None}
        sleep = self.sleep.value()
        return CheckIn(
            day=self.day(),
            mood=self.mood.value(),
            symptoms=symptoms,
            red_flags=tuple(k for k, check in self.serious.items() if check.isChecked()),
            note=self.note.toPlainText()[:NOTE_MAX],
            sleep=None if sleep == NO_SLEEP else sleep,
        )

    def show_checkin(self, c: CheckIn | None) -> None:
        """Fill the form with ``c`` (or empty it) without reporting changes."""
        self._loading = True
        try:
            self.mood.set_value(c.mood if c else None)
            for key in c.symptoms if c else {}:
                if key not in self.symptom_rows:
                    self.add_symptom_row(key, labels.symptom_name(key))
            for key, row in self.symptom_rows.items():
                row.set_value(c.symptoms.get(key) if c else None)
            self.sleep.setValue(NO_SLEEP if c is None or c.sleep is None else c.sleep)
            self.note.setPlainText(c.note if c else "")
            for key, check in self.serious.items():
                check.setChecked(bool(c) and key in c.red_flags)
        finally:
            self._loading = False

    def set_all_none(self) -> None:
        for row in self.symptom_rows.values():
            row.set_value(0)
        self._on_answer()

    def is_empty(self) -> bool:
        c = self.values()
        return c.mood is None and not c.symptoms and not c.red_flags and not c.note.strip() and c.sleep is None

    # ------------------------------------------------------------------ signals
    def _add(self) -> None:
        self.add_symptom_clicked.emit()

    def _on_date_changed(self, qdate: QDate) -> None:
        self.day_chosen.emit(qdate.toPython())

    def _on_answer(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_text_edit(self, *_args) -> None:
        if not self._loading:
            self.note_edited.emit()

    def _on_serious(self, key: str, on: bool) -> None:
        if not self._loading:
            self.serious_toggled.emit(key, on)


def _date_field(today: date, parent: QWidget | None = None) -> QDateEdit:
    """The day field: a date with a calendar to pick from, no later than today."""
    field = QDateEdit(_qdate(today), parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("ddd d MMM yyyy")
    field.setMaximumDate(_qdate(today))
    return field


def warm_date_field() -> None:
    """Make (and drop) one day field: the first costs Qt's date, locale and calendar set-up."""
    field = _date_field(date.today())
    field.sizeHint()
    field.deleteLater()
