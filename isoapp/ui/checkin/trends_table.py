"""The check-ins as a table (the chart's text alternative): one row a day, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from isoapp.checkin_trends import MOOD, value_of
from isoapp.checkins import CheckIn
from isoapp.ui.checkin import dates, labels

# Qt's translate under the name the catalogue tool (pyside6-lupdate) looks for; call it with literals.
translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex


class TrendsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._keys: list[str] = []
        self._columns: list[str] = ["day", MOOD, "sleep", "serious", "note"]
        self._moods = labels.mood_names()
        self._scores = labels.score_names()

    def set_rows(self, checkins: Sequence[CheckIn], keys: Sequence[str]) -> None:
        """Show these entries (any order; shown newest first) with a column per symptom key."""
        self.beginResetModel()
        self._rows = sorted(checkins, key=lambda c: c.day, reverse=True)
        self._keys = list(keys)
        self._columns = ["day", MOOD, *self._keys, "sleep", "serious", "note"]
        # the words, looked up once per fill (a repaint asks for every visible cell)
        self._moods = labels.mood_names()
        self._scores = labels.score_names()
        self.endResetModel()

    def columns(self) -> list[str]:
        return self._columns

    def header(self, column: str) -> str:
        fixed = {
            "day": translate("TrendsTable", "Day"),
            MOOD: translate("TrendsTable", "Mood (1–5)"),
            "sleep": translate("TrendsTable", "Sleep (hours)"),
            "serious": translate("TrendsTable", "Serious signs"),
            "note": translate("TrendsTable", "Note"),
        }
        return fixed.get(column) or labels.symptom_name(column) + " " + translate("TrendsTable", "(0–3)")

    def cell(self, c: CheckIn, column: str) -> str:
        if column == "day":
            return dates.long_day(c.day)
        if column == "sleep":
            return "" if c.sleep is None else str(c.sleep)
        if column == "serious":
            return "; ".join(labels.red_flag_name(f) for f in c.red_flags)
        if column == "note":
            return c.note if len(c.note) <= 80 else c.note[:80].rstrip() + "…"
        value = value_of(c, column)
        if value is None:
            return ""
        if column == MOOD:
            return f"{value} {self._moods[value - 1]}"
        return f"{value} {self._scores[value]}"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._keys) + 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return c.note if role == Qt.ItemDataRole.ToolTipRole and column == "note" else self.cell(c, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.cell(c, column)
            missing = translate("TrendsTable", "not entered")
            return f"{self.header(column)}: {text or missing}"
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns()[section])
        return None
