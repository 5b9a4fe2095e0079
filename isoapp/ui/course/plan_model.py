"""The plan's items as a table: date, kind, what, and a tick box for done (ticking saves at once)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from isoapp.course_store import CourseEvent
from isoapp.ui.course.common import day_text
from isoapp.ui.course.plan_texts import plan_text

_Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    DONE, DATE, WHAT, KIND = range(4)

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.events: list[CourseEvent] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.events = self.controller.store.events()
        self.endResetModel()

    def event_at(self, row: int) -> CourseEvent | None:
        return self.events[row] if 0 <= row < len(self.events) else None

    def kind_text(self, kind: str) -> str:
        return {
            "appointment": self.tr("Visit"),
            "pregnancy-test": self.tr("Pregnancy test"),
            "blood-test": self.tr("Blood test"),
            "other": self.tr("Other"),
        }.get(kind, kind)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Done"), self.tr("Date"), self.tr("What"), self.tr("Kind"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.DONE else base

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if e.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and e.done:
            font = QFont()
            font.setStrikeOut(column == self.WHAT)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(e, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHAT:
            return e.title if e.own else plan_text(e.title)
        return None

    def _text(self, e: CourseEvent, column: int, spoken: bool) -> str | None:
        if column == self.DONE:
            return (self.tr("done") if e.done else self.tr("not done")) if spoken else None
        if column == self.DATE:
            moved = self.tr(" (moved)") if e.moved else ""
            return day_text(e.date) + moved
        if column == self.WHAT:
            return (e.title if e.own else plan_text(e.title)) + (self.tr(" (added by you)") if e.own else "")
        return self.kind_text(e.kind)

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt API)
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.DONE:
            return False
        e = self.events[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        from isoapp.ui.course.safe_write import FAILED

        # the controller's "changed" reloads the list; a store problem is told on the page
        return self.controller.write(lambda: self.controller.set_done(e.key, done)) != FAILED
