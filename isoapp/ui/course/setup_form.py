"""The set-up form: first day, dose, weight, the prescriber's target (only if given), region, pregnancy.

Used to start a course and, later, to change it. It lays out and reads fields; the controller saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from isoapp.course import DosePeriod
from isoapp.course_store import CourseSettings, region_for_country
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import friendly_error, to_date, to_qdate
from isoapp.ui.course.safe_write import FAILED, SAVED


def _spin(parent: QWidget, maximum: float, suffix: str, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setValue(0)
    return spin


class SetupForm(QWidget):
    """Emits ``saved`` after the controller stored the values (and ``cancelled`` when editing is dropped)."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseSetupForm")
        self.controller = controller
        self.editing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("courseSetupHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_fields(form)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("courseSetupError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the form"))
        self.error.hide()
        layout.addWidget(self.error)
        layout.addLayout(self._build_buttons())
        self.start_new()

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        field.setAccessibleName(name)
        form.addRow(label, field)

    def _build_fields(self, form: QFormLayout) -> None:
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self._row(form, self.tr("&First day of the course:"), self.start, self.tr("First day of the course"))
        self.dose = _spin(self, 200, self.tr(" mg a day"), 5)
        self._row(form, self.tr("&Dose (from your prescription):"), self.dose, self.tr("Dose in mg a day"))
        self.weight = _spin(self, 300, self.tr(" kg"), 0.5)
        self._row(form, self.tr("&Weight:"), self.weight, self.tr("Weight in kg"))
        self.has_target = QCheckBox(self.tr("My prescriber gave me a target for the total dose"), self)
        self.has_target.setAccessibleName(self.tr("My prescriber gave me a target for the total dose"))
        form.addRow(self.has_target)
        self.target = _spin(self, 1000, self.tr(" mg/kg"), 5)
        self._row(form, self.tr("T&arget total:"), self.target, self.tr("Target total in mg per kg"))
        self.has_target.toggled.connect(self.target.setEnabled)
        self.has_end = QCheckBox(self.tr("I know the expected last day"), self)
        self.has_end.setAccessibleName(self.tr("I know the expected last day"))
        form.addRow(self.has_end)
        self.end = QDateEdit(self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d MMM yyyy")
        self._row(form, self.tr("E&xpected last day:"), self.end, self.tr("Expected last day"))
        self.has_end.toggled.connect(self.end.setEnabled)
        self.region = QComboBox(self)
        for code, text in (
            ("us", self.tr("US")),
            ("uk-eu", self.tr("UK or EU")),
            ("other", self.tr("Another country")),
        ):
            self.region.addItem(text, code)
        self._row(form, self.tr("&Where you live:"), self.region, self.tr("Where you live"))
        self._build_pregnancy(form)

    def _build_pregnancy(self, form: QFormLayout) -> None:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.pregnant_yes = QRadioButton(self.tr("Yes"), box)
        self.pregnant_no = QRadioButton(self.tr("No"), box)
        self.pregnant_yes.setAccessibleName(self.tr("Yes, I could get pregnant"))
        self.pregnant_no.setAccessibleName(self.tr("No, I cannot get pregnant"))
        self.pregnant_group = QButtonGroup(self)
        self.pregnant_group.addButton(self.pregnant_yes)
        self.pregnant_group.addButton(self.pregnant_no)
        row.addWidget(self.pregnant_yes)
        row.addWidget(self.pregnant_no)
        row.addStretch(1)
        form.addRow(QLabel(self.tr("Could you get pregnant?"), self), box)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the changes"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ filling
    def start_new(self) -> None:
        self.editing = False
        self.heading.setText(
            self.tr("Set up your course with the details from your prescription. You can change them later.")
        )
        self.start.setDate(to_qdate(self.controller.today()))
        self.end.setDate(to_qdate(self.controller.today()))
        for widget in (self.dose, self.weight, self.target):
            widget.setValue(0)
        self.has_target.setChecked(False)
        self.target.setEnabled(False)
        self.has_end.setChecked(False)
        self.end.setEnabled(False)
        guess = region_for_country(QLocale.system().territory().name)
        self.region.setCurrentIndex(max(self.region.findData(guess), 0))
        self.pregnant_group.setExclusive(False)
        self.pregnant_yes.setChecked(False)
        self.pregnant_no.setChecked(False)
        self.pregnant_group.setExclusive(True)
        self._set_save_text(self.tr("Start tracking"))
        self.cancel_button.hide()
        self.error.hide()

    def load(self, settings: CourseSettings, first: DosePeriod) -> None:
        self.editing = True
        self.heading.setText(self.tr("Change your course details. Dose changes after the start go in Dose periods."))
        self.start.setDate(to_qdate(first.start))
        self.dose.setValue(first.mg_per_day)
        self.weight.setValue(first.weight_kg)
        self.has_target.setChecked(settings.target_mg_per_kg is not None)
        self.target.setValue(settings.target_mg_per_kg or 0)
        self.target.setEnabled(settings.target_mg_per_kg is not None)
        self.has_end.setChecked(settings.planned_end is not None)
        self.end.setDate(to_qdate(settings.planned_end or first.start))
        self.end.setEnabled(settings.planned_end is not None)
        self.region.setCurrentIndex(max(self.region.findData(settings.region), 0))
        (self.pregnant_yes if settings.can_get_pregnant else self.pregnant_no).setChecked(True)
        self._set_save_text(self.tr("Save changes"))
        self.cancel_button.show()
        self.error.hide()

    def _set_save_text(self, text: str) -> None:
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)

    # ------------------------------------------------------------------ saving
    def values(self, first_end: date | None = None) -> tuple[CourseSettings, DosePeriod]:
        if not (self.pregnant_yes.isChecked() or self.pregnant_no.isChecked()):
            raise ValueError(self.tr("Please answer: could you get pregnant? The plan depends on it."))
        settings = CourseSettings(
            region=self.region.currentData(),
            can_get_pregnant=self.pregnant_yes.isChecked(),
            target_mg_per_kg=self.target.value() if self.has_target.isChecked() else None,
            planned_end=to_date(self.end.date()) if self.has_end.isChecked() else None,
        )
        period = DosePeriod(to_date(self.start.date()), self.dose.value(), self.weight.value(), first_end)
        return settings, period

    def save(self) -> bool:
        """True once saved. A held lock: the values are kept and saved shortly (the page says so); the form
        stays until then. Any other store problem: told on the page, the form keeps what was typed."""
        try:
            if self.editing:
                periods = self.controller.store.dose_periods()
                settings, period = self.values(periods[0].end if periods else None)
                result = self.controller.write(lambda: self.controller.change_set_up(settings, period))
            else:
                settings, period = self.values()
                result = self.controller.write(lambda: self.controller.set_up(settings, period))
        except ValueError as exc:
            self._show_error(friendly_error(exc))
            return False
        if result != SAVED:
            self._show_error(
                self.tr("Waiting for the notes file. Your details are kept and saved as soon as it is free.")
                if result != FAILED
                else self.tr("Not saved: see the message above. What you entered stays in the form.")
            )
            return False
        self.error.hide()
        self.saved.emit()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text)
