"""A read-only table over a list of rows that is replaced as a whole (the course's small tables)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex

Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses say how many ``COLUMNS`` they have and give ``data()`` and ``headerData()``."""

    COLUMNS = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else self.COLUMNS
