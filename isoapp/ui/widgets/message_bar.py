"""A calm message line with an optional action button (for example Undo) and a Dismiss button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    """One plain message with an optional action (e.g. Undo). Text can be selected to copy a path."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "notesMessage") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Notes message"))
        layout.addWidget(self.label, 1)
        self.action = QPushButton(self)
        self.action.hide()
        layout.addWidget(self.action)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._run)
        self.kind = ""
        self.hide()

    def show_message(
        self, text: str, kind: str = "info", action: str | None = None, callback: Callable[[], None] | None = None
    ) -> None:
        self.kind = kind
        self.label.setText((self.tr("Problem: ") if kind == "error" else "") + text)
        self._callback = callback
        if action:
            self.action.setText(action)
            self.action.setAccessibleName(action)
            self.action.show()
        else:
            self.action.hide()
        self.show()

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self.clear()
        if callback is not None:
            callback()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self._callback = None
        self.hide()
