"""Small dialogs of the plan: move an item's date, add your own item."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from isoapp.course_store import EVENT_KINDS, CourseEvent
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import to_date, to_qdate


class FormDialog(QDialog):
    """A small form dialog: labelled rows with accessible names, a hidden error line, OK and Cancel."""

    def _finish(self, form: QFormLayout) -> None:
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        field.setAccessibleName(name)
        form.addRow(label, field)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text)


class MoveDialog(FormDialog):
    def __init__(self, parent: QWidget, event: CourseEvent) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another date"))
        form = QFormLayout(self)
        what = QLabel(event.title, self)
        what.setWordWrap(True)
        form.addRow(what)
        self.date = QDateEdit(to_qdate(event.date), self)
        self.date.setCalendarPopup(True)
        self._row(form, self.tr("&New date:"), self.date, self.tr("New date"))
        self._finish(form)

    def day(self) -> date:
        return to_date(self.date.date())


class EventDialog(FormDialog):
    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add your own item"))
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self._row(form, self.tr("&What:"), self.title, self.tr("What the item is"))
        self.date = QDateEdit(to_qdate(today), self)
        self.date.setCalendarPopup(True)
        self._row(form, self.tr("&Date:"), self.date, self.tr("Date"))
        self.kind = QComboBox(self)
        names = {
            "appointment": self.tr("Visit"),
            "pregnancy-test": self.tr("Pregnancy test"),
            "blood-test": self.tr("Blood test"),
            "other": self.tr("Other"),
        }
        for kind in EVENT_KINDS:
            self.kind.addItem(names[kind], kind)
        self._row(form, self.tr("&Kind:"), self.kind, self.tr("Kind of item"))
        self._finish(form)

    def values(self) -> tuple[date, str, str]:
        return to_date(self.date.date()), self.kind.currentData(), self.title.text()
