"""A word-wrapped label that asks for the height its text needs (so large text never overlaps)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrapLabel(QLabel):
    """A word-wrapped label whose minimum height is the height its text needs at its current width.

    Layouts give a wrapped QLabel only a short minimum height, so in a tight page (large text) its
    lines overlap the next widget or are cut off; this label makes the page grow (and scroll) instead."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # QLabel's own hint wraps at a width it picks itself, so a one-line text may ask for two
        hint = super().sizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height it needs changed: ask the layout again
