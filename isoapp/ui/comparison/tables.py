"""The comparison's tables: group headings span both columns; rows fit their wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from isoapp.effects import Effect
from isoapp.ui.comparison.table_model import COL_FREQ, COL_NAME, EffectsTableModel


class EffectsTable(QTableView):
    """A keyboard-friendly table: group headings span both columns and are skipped by the cursor."""

    def __init__(self, model: EffectsTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # set up before the model arrives, so rows are measured once
        self.setObjectName(f"table-{name}")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        # row heights are fitted to the wrapped text by fit_rows() (cheaper than ResizeToContents,
        # which asks the model for every role of every cell on each layout pass)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(COL_FREQ, Qt.SortOrder.DescendingOrder)
        self.setModel(model)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FREQ, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_FREQ, self.fontMetrics().horizontalAdvance(self.tr("about 100 in 100")) + 16)
        self.setSortingEnabled(True)  # sorts once, by the indicator: most often first
        model.modelReset.connect(self.apply_spans)
        model.layoutChanged.connect(self.apply_spans)
        self._fitted_widths: tuple[int, ...] = ()
        header.sectionResized.connect(self._on_section_resized)
        self.apply_spans()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.horizontalHeader().resizeSection(
                COL_FREQ, self.fontMetrics().horizontalAdvance(self.tr("about 100 in 100")) + 16
            )
            self.fit_rows()

    def model(self) -> EffectsTableModel:  # type: ignore[override]
        return super().model()  # type: ignore[return-value]

    def apply_spans(self) -> None:
        self.clearSpans()
        for row in self.model().heading_rows():
            self.setSpan(row, 0, 1, self.model().columnCount())
        self.fit_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._on_section_resized()

    def _on_section_resized(self, *_args) -> None:
        header = self.horizontalHeader()
        if tuple(header.sectionSize(c) for c in range(header.count())) != self._fitted_widths:
            self.fit_rows()

    def fit_rows(self) -> None:
        """Give every row the height of its word-wrapped text at the current column widths."""
        model = self.model()
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        pad = 8
        flags = int(Qt.TextFlag.TextWordWrap)
        self._fitted_widths = tuple(header.sectionSize(c) for c in range(header.count()))
        widths = [max(20, w - pad) for w in self._fitted_widths]
        vh = self.verticalHeader()
        for row in range(model.rowCount()):
            if model.is_heading(row):
                h = fm_bold.height()
            else:
                h = max(
                    fm.boundingRect(QRect(0, 0, widths[c], 10000), flags, model.index(row, c).data() or "").height()
                    for c in range(model.columnCount())
                )
            vh.resizeSection(row, h + pad)

    def content_height(self) -> int:
        """The height that shows every row without scrolling."""
        rows = sum(self.verticalHeader().sectionSize(r) for r in range(self.model().rowCount()))
        return rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()

    def select_effect(self, effect_id: str) -> bool:
        row = self.model().row_of(effect_id)
        if row < 0:
            return False
        index = self.model().index(row, COL_NAME)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def selected_effect(self) -> Effect | None:
        rows = self.selectionModel().selectedRows()
        return self.model().effect_at(rows[0].row()) if rows else None
