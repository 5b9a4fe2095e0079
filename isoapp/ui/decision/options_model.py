"""The options table as a Qt model: one row per question (what it involves, how well it works...),
one column per choice, so the choices sit side by side."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from isoapp.decision.options import Cell, OptionsTable
from isoapp.i18n import fill
from isoapp.ui.decision.common import source_refs

SOURCES_ROLE = Qt.ItemDataRole.UserRole + 1


class OptionsModel(QAbstractTableModel):
    def __init__(self, table: OptionsTable, parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.aspects)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.options)

    def cell(self, index: QModelIndex) -> Cell:
        option = self.table.options[index.column()]
        return option.cell(self.table.aspects[index.row()].id)

    def text(self, index: QModelIndex) -> str:
        cell = self.cell(index)
        refs = source_refs(cell.sources)
        return f"{cell.text} {refs}".strip()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            option = self.table.options[index.column()]
            aspect = self.table.aspects[index.row()]
            line = self.tr("%1, %2: %3", "an option, the row's question, the cell's text")
            return fill(line, option.name, aspect.label, self.text(index))

        if role == SOURCES_ROLE:
            return list(self.cell(index).sources)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.options[section].name
        return self.table.aspects[section].label

    def as_markdown(self) -> str:
        """The same table as Markdown lists (for printing and for screen readers)."""
        lines = []
        for option in self.table.options:
            lines += [f"### {option.name}", ""]
            for aspect in self.table.aspects:
                cell = option.cell(aspect.id)
                lines.append(f"- **{aspect.label}:** {cell.text} {source_refs(cell.sources)}".rstrip())
            lines.append("")
        return "\n".join(lines)
