"""Table model for one column of the comparison (benefits or side effects).

Rows are grouped by how often ("Most people", "Some people", ...): each group starts with a heading
row (not selectable; the view spans it over both columns), then its items. Sorting by the "How many"
column orders by frequency (groups follow the same direction; "not known" stays last); sorting by
"What" orders by name inside each group. A filter (all / common / serious / goes away) hides items.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from isoapp.effects import FILTERS, GROUP_TITLES, Effect, filter_effects, grouped, sort_by_frequency
from isoapp.i18n import QT_TRANSLATE_NOOP, fill
from isoapp.ui.comparison import colors

COL_NAME, COL_FREQ = 0, 1
HEADERS = (QT_TRANSLATE_NOOP("EffectsTableModel", "What"), QT_TRANSLATE_NOOP("EffectsTableModel", "How many"))

EffectRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    group: str
    effect: Effect | None  # None: the group's heading row

    @property
    def is_heading(self) -> bool:
        return self.effect is None


class EffectsTableModel(QAbstractTableModel):
    def __init__(self, effects: list[Effect], title: str, parent=None) -> None:
        super().__init__(parent)
        self._all = list(effects)
        self.title = title
        self._filter = "all"
        self._sort_col = COL_FREQ
        self._order = Qt.SortOrder.DescendingOrder
        self._rows: list[Row] = []
        self._cells: list[tuple[dict, dict]] = []
        self._colours = colors.LIGHT_TEXT
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self._rebuild()

    # ------------------------------------------------------------------ state
    @property
    def filter(self) -> str:
        return self._filter

    def set_filter(self, flt: str) -> None:
        if flt not in FILTERS:
            raise ValueError(f"unknown filter {flt!r}")
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._rebuild()
        self.endResetModel()

    def set_colours(self, colours: colors.TextColours) -> None:
        """Heading-row colours for the app's theme (see colors.for_theme)."""
        if colours == self._colours:
            return
        self._colours = colours
        self._make_cells()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keep = []
        for idx in persistent:
            row = self._rows[idx.row()] if 0 <= idx.row() < len(self._rows) else None
            keep.append((idx, row.effect if row else None, idx.column()))
        self._sort_col = column
        self._order = order
        self._rebuild()
        new_pos = {r.effect.id: i for i, r in enumerate(self._rows) if r.effect is not None}
        for idx, effect, col in keep:
            if effect is not None and effect.id in new_pos:
                self.changePersistentIndex(idx, self.index(new_pos[effect.id], col))
            else:
                self.changePersistentIndex(idx, QModelIndex())
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_col

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def _rebuild(self) -> None:
        shown = filter_effects(self._all, self._filter)
        descending = self._order == Qt.SortOrder.DescendingOrder
        groups = grouped(shown)
        last = ("unknown", "pregnancy")  # not ordered by frequency: always after the rest
        known = [g for g in groups if g[0] not in last]
        unknown = [g for g in groups if g[0] in last]
        if self._sort_col == COL_FREQ and not descending:
            known.reverse()
        rows: list[Row] = []
        for key, items in known + unknown:
            if self._sort_col == COL_NAME:
                items = sorted(items, key=lambda e: e.name.lower(), reverse=descending)
            else:
                items = sort_by_frequency(items, descending=descending)
            rows.append(Row(key, None))
            rows.extend(Row(key, e) for e in items)
        self._rows = rows
        self._make_cells()

    # ------------------------------------------------------------------ access
    def effects(self) -> list[Effect]:
        """The items shown, in display order (heading rows left out)."""
        return [r.effect for r in self._rows if r.effect is not None]

    def all_effects(self) -> list[Effect]:
        return list(self._all)

    def row_of(self, effect_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.effect is not None and r.effect.id == effect_id:
                return i
        return -1

    def effect_at(self, row: int) -> Effect | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].effect
        return None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].is_heading

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.is_heading]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return QCoreApplication.translate("EffectsTableModel", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Sort by name") if section == COL_NAME else self.tr("Sort by how often")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_heading:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._cells):
            return None
        return self._cells[row][index.column()].get(role)

    def _make_cells(self) -> None:
        """Every role's value for every cell, worked out once per rebuild (views ask many times)."""
        display, access, desc, tip = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.AccessibleDescriptionRole,
            Qt.ItemDataRole.ToolTipRole,
        )
        heading_bg = QBrush(QColor(self._colours.group_bg))
        heading_fg = QBrush(QColor(self._colours.group_text))
        cells = []
        for row in self._rows:
            if row.effect is None:
                title = GROUP_TITLES[row.group]
                style = {
                    Qt.ItemDataRole.FontRole: self._heading_font,
                    Qt.ItemDataRole.BackgroundRole: heading_bg,
                    Qt.ItemDataRole.ForegroundRole: heading_fg,
                }
                cells.append(({display: title, access: title, **style}, {display: "", access: "", **style}))
                continue
            e = row.effect
            words = e.frequency.text()
            rate = e.frequency.typical_rate
            common = {
                tip: f"{e.name}: {words}. {GROUP_TITLES[e.group]}.",
                desc: f"{GROUP_TITLES[e.group]}." + (self.tr(" Serious.") if e.is_serious else ""),
                EffectRole: e.id,
                SortKeyRole: -1.0 if rate is None else rate,
            }
            cells.append(
                (
                    {display: e.name, access: fill(self.tr("%1: %2"), e.name, words), **common},
                    {display: e.frequency.short_text(), access: words, **common},
                )
            )
        self._cells = cells
