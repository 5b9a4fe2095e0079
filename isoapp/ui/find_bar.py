"""The find bar of a Markdown pane (Ctrl+F): a field, previous/next, how many matches, close (Esc).
Built the first time it is opened, so sections that are only read cost nothing extra."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class FindBar(QFrame):
    """Find in this section: a field, previous/next, how many matches, close (Esc)."""

    enter_pressed = Signal(bool)  # True with Shift (previous match)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Word to find")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find in this section")
        self.field.setAccessibleDescription("Enter goes to the next match, Shift+Enter to the previous, Esc closes")
        label = QLabel("Fi&nd:", self)  # Alt+F stays with the File menu
        label.setBuddy(self.field)
        self.previous_button = QPushButton("&Previous", self)
        self.previous_button.setAccessibleName("Previous match")
        self.next_button = QPushButton("Ne&xt", self)
        self.next_button.setAccessibleName("Next match")
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance("No matches"))
        self.close_button = QPushButton("Close", self)
        self.close_button.setAccessibleName("Close the find bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.status)
        row.addWidget(self.close_button)
        self.field.installEventFilter(_EnterKeys(self))


class _EnterKeys(QObject):
    """Enter in the find field asks for the next match, Shift+Enter for the previous one."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.enter_pressed.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return True
        return False
