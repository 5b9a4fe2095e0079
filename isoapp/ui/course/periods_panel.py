"""Dose periods: a table (QAbstractTableModel), add / change / delete, and undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isoapp.course import DosePeriod
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import day_text, friendly_error, number_text, to_date, to_qdate
from isoapp.ui.course.plan_dialogs import FormDialog
from isoapp.ui.course.safe_write import FAILED
from isoapp.ui.widgets.buttons import add_button
from isoapp.ui.widgets.rows_model import RowsModel


class PeriodsModel(RowsModel[tuple[int, DosePeriod]]):
    COLUMNS = 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("From"), self.tr("To"), self.tr("mg a day"), self.tr("Weight (kg)"), self.tr("mg/kg a day"))[
            section
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        _pid, p = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return day_text(p.start)
        if column == 1:
            return day_text(p.end) if p.end else self.tr("still going")
        if column == 2:
            return number_text(p.mg_per_day)
        if column == 3:
            return number_text(p.weight_kg)
        return number_text(p.mg_per_day / p.weight_kg, 2)


class PeriodDialog(FormDialog):
    """Asks for one dose period (new, or a change to one)."""

    def __init__(self, parent: QWidget, period: DosePeriod | None, today) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dose period") if period is None else self.tr("Change dose period"))
        form = QFormLayout(self)
        note = QLabel(self.tr("Enter what your prescriber told you. A change of dose or weight is a new period."))
        note.setWordWrap(True)
        form.addRow(note)
        self.start = QDateEdit(to_qdate(period.start if period else today), self)
        self.start.setCalendarPopup(True)
        self._row(form, self.tr("&From:"), self.start, self.tr("First day of this period"))
        self.ongoing = QCheckBox(self.tr("Still going"), self)
        self.ongoing.setAccessibleName(self.tr("This period is still going"))
        form.addRow(self.ongoing)
        self.end = QDateEdit(to_qdate(period.end if period and period.end else today), self)
        self.end.setCalendarPopup(True)
        self._row(form, self.tr("&To:"), self.end, self.tr("Last day of this period"))
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.ongoing.setChecked(period is None or period.end is None)
        self.dose = self._spin(200, self.tr(" mg a day"), period.mg_per_day if period else 0)
        self._row(form, self.tr("&Dose:"), self.dose, self.tr("Dose in mg a day"))
        self.weight = self._spin(300, self.tr(" kg"), period.weight_kg if period else 0)
        self._row(form, self.tr("&Weight:"), self.weight, self.tr("Weight in kg"))
        self._finish(form)

    def _spin(self, maximum: float, suffix: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, maximum)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def period(self) -> DosePeriod:
        end = None if self.ongoing.isChecked() else to_date(self.end.date())
        return DosePeriod(to_date(self.start.date()), self.dose.value(), self.weight.value(), end)


class PeriodsPanel(QWidget):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = PeriodsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dosePeriodsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dose periods, one row each"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("Add a period…"), self.tr("Add a dose period"), self.add)
        self.edit_button = self._button(
            row, self.tr("Change…"), self.tr("Change the chosen period"), self.edit_selected
        )
        self.delete_button = self._button(row, self.tr("Delete"), self.tr("Delete the chosen period"), self.delete)
        self.undo_button = self._button(row, self.tr("Undo"), self.tr("Undo the last change"), self.undo)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        return add_button(row, self, text, name, slot)

    def refresh(self) -> None:
        rows = self.controller.store.periods()
        self.model.set_rows(rows)
        row_height = self.table.verticalHeader().defaultSectionSize()
        height = self.table.horizontalHeader().sizeHint().height() + row_height * max(2, min(len(rows), 8)) + 6
        self.table.setFixedHeight(height)
        label = self.controller.undo_label()
        self.undo_button.setEnabled(label is not None)
        self.undo_button.setToolTip(self.tr("Undo: %1").replace("%1", label) if label else "")
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(len(rows) > 1)

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return self.model.rows[-1][0] if self.model.rows else None
        return self.model.rows[index.row()][0]

    def _ask(self, period: DosePeriod | None, save) -> None:
        dialog = PeriodDialog(self, period, self.controller.today())
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                period = dialog.period()
                if self.controller.write(lambda p=period: save(p)) != FAILED:
                    return
                dialog.show_error(self.tr("Not saved: see the message above the tracker. Cancel to leave it."))
            except ValueError as exc:
                dialog.show_error(friendly_error(exc))

    def add(self) -> None:
        self._ask(None, self.controller.add_period)

    def edit_selected(self) -> None:
        period_id = self._selected_id()
        if period_id is None:
            return
        current = dict(self.model.rows)[period_id]
        self._ask(current, lambda p: self.controller.edit_period(period_id, p))

    def delete(self) -> None:
        period_id = self._selected_id()
        if period_id is not None and len(self.model.rows) > 1:
            if self.controller.write(lambda: self.controller.delete_period(period_id)) != FAILED:
                self._tell(self.tr("The period was deleted. Use Undo to bring it back."))

    def undo(self) -> None:
        try:
            self.controller.write(self.controller.undo)
        except ValueError as exc:
            self._tell(friendly_error(exc))

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        announce(self.message, text)
