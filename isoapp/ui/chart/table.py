"""The oil chart as a table (the 'Show as table' alternative): one row a week."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from isoapp.i18n import QT_TRANSLATE_NOOP, fill
from isoapp.ui.chart import data as chart_data

HEADERS = (
    QT_TRANSLATE_NOOP("OilTableModel", "Week"),
    QT_TRANSLATE_NOOP("OilTableModel", "When"),
    QT_TRANSLATE_NOOP("OilTableModel", "Oil (% of usual)"),
    QT_TRANSLATE_NOOP("OilTableModel", "Studies differ: low"),
    QT_TRANSLATE_NOOP("OilTableModel", "Studies differ: high"),
)
_HEADER_TIPS = (
    QT_TRANSLATE_NOOP("OilTableModel", "Weeks since the first dose"),
    QT_TRANSLATE_NOOP("OilTableModel", "On treatment, or after stopping"),
    QT_TRANSLATE_NOOP("OilTableModel", "The illustrative line: oil as a percentage of your usual amount"),
    QT_TRANSLATE_NOOP("OilTableModel", "Low edge of the shaded band"),
    QT_TRANSLATE_NOOP("OilTableModel", "High edge of the shaded band"),
)

_Index = QModelIndex | QPersistentModelIndex


class OilTableModel(QAbstractTableModel):
    """Rows from chart_data.table_rows; DisplayRole shows whole percentages, UserRole the exact value."""

    def __init__(self, dose: float, course: int, parent=None) -> None:
        super().__init__(parent)
        self._dose = dose
        self._course = course
        self._rows = chart_data.table_rows(dose, course)

    def set_params(self, dose: float, course: int) -> None:
        if (dose, course) == (self._dose, self._course):
            return
        self.beginResetModel()
        self._dose, self._course = dose, course
        self._rows = chart_data.table_rows(dose, course)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        value = row[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= 2:
                return chart_data.pct(value)
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            week, when, oil, low, high = row
            labels = (
                fill(self.tr("Week %1"), week),
                when,
                fill(self.tr("about %1 of usual oil"), chart_data.pct(oil)),
                fill(self.tr("low %1"), chart_data.pct(low)),
                fill(self.tr("high %1"), chart_data.pct(high)),
            )
            return labels[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 1:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OilTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("OilTableModel", _HEADER_TIPS[section])
        return None
