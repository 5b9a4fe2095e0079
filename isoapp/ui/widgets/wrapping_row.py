"""Two groups of buttons on one row, or the second group under the first when the row is too narrow
(a longer translation, large text): the window never has to grow wider for a row of buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QWidget


class WrappingRow(QWidget):
    def __init__(
        self, first: Sequence[QWidget], second: Sequence[QWidget], parent: QWidget | None = None, *, spread: bool = True
    ) -> None:
        """``spread``: on one row, the second group sits at the right end (else right after the first)."""
        super().__init__(parent)
        self._spread = spread
        self._first = self._group(first)
        self._second = self._group(second)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our own minimum, below
        self.stacked: bool | None = None
        self._place(False)

    def _group(self, widgets: Sequence[QWidget]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def _one_row_width(self) -> int:
        return self._first.sizeHint().width() + self._grid.spacing() * 4 + self._second.sizeHint().width()

    def _place(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self._grid.removeWidget(self._first)
        self._grid.removeWidget(self._second)
        left = Qt.AlignmentFlag.AlignLeft
        self._grid.addWidget(self._first, 0, 0, left)
        if stacked:
            self._grid.addWidget(self._second, 1, 0, left)
            self._grid.setColumnStretch(1, 0)
        elif self._spread:
            self._grid.addWidget(self._second, 0, 2, Qt.AlignmentFlag.AlignRight)
            self._grid.setColumnStretch(1, 1)
        else:
            self._grid.addWidget(self._second, 0, 1, left)
            self._grid.setColumnStretch(2, 1)
        self.updateGeometry()

    def _refit(self) -> None:
        self._place(self.width() < self._one_row_width())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._refit()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # text size or style changed the buttons
            self._refit()
        return super().event(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        first, second = self._first.sizeHint(), self._second.sizeHint()
        if self.stacked:
            return QSize(max(first.width(), second.width()), first.height() + self._grid.spacing() + second.height())
        return QSize(self._one_row_width(), max(first.height(), second.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        first, second = self._first.minimumSizeHint(), self._second.minimumSizeHint()
        hint = self.sizeHint()
        return QSize(max(first.width(), second.width()), hint.height())
