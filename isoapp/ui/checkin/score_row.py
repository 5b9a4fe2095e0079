"""One row of choices (a symptom 0..3, or mood 1..5): radio buttons that work fast with the keyboard.

Tab reaches the row, a digit key picks a value at once, the arrow keys move and pick. Nothing is
picked until the person picks (``value()`` is None): "not answered" is not "none".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

# Key codes as plain numbers (Qt::Key values): touching the big Qt.Key enum costs ~30 ms the first time.
_KEY_0 = 0x30
_BACK_KEYS = (0x01000012, 0x01000013)  # Left, Up
_NEXT_KEYS = (0x01000014, 0x01000015)  # Right, Down
_PLAIN = 0x00000000
_KEYPAD = 0x20000000


class ScoreRow(QObject):
    """The buttons of one row; the caller places them in its grid. ``first`` is the value of button 0."""

    changed = Signal(object)  # the new value (int) or None

    def __init__(self, name: str, choices: tuple[str, ...], first: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name
        self.first = first
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for i, text in enumerate(choices):
            button = QRadioButton(text, parent)
            button.setAccessibleName(f"{name}: {text}")
            button.installEventFilter(self)
            self.group.addButton(button, i)
            self.buttons.append(button)
        self.group.idClicked.connect(self._on_clicked)

    def value(self) -> int | None:
        for i, button in enumerate(self.buttons):
            if button.isChecked():
                return self.first + i
        return None

    def set_value(self, value: int | None, *, notify: bool = False) -> None:
        index = None if value is None else value - self.first
        # An exclusive group never lets the last pick go: open it for a moment to clear it.
        self.group.setExclusive(False)
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
        self.group.setExclusive(True)
        if notify:
            self.changed.emit(self.value())

    def focus_index(self) -> int:
        for i, button in enumerate(self.buttons):
            if button.hasFocus():
                return i
        return 0

    def _pick(self, index: int) -> None:
        index = max(0, min(len(self.buttons) - 1, index))
        self.set_value(self.first + index, notify=True)
        self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clicked(self, index: int) -> None:
        # Clicking the picked button keeps it picked (radio behaviour), clicking another moves the pick.
        self.set_value(self.first + index, notify=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = int(event.key())
        if _KEY_0 <= key <= _KEY_0 + 9 and event.modifiers().value in (_PLAIN, _KEYPAD):
            index = key - _KEY_0 - self.first
            if 0 <= index < len(self.buttons):
                self._pick(index)
                return True
            return False
        if key in _BACK_KEYS:
            self._pick(self.focus_index() - 1)
            return True
        if key in _NEXT_KEYS:
            self._pick(self.focus_index() + 1)
            return True
        return False
