"""The find bar of a Markdown pane (Ctrl+F): a field, previous/next, how many matches, close (Esc),
and the finding itself. Imported and built the first time it is opened, so sections that are only
read cost nothing extra."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
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
        self.field.setPlaceholderText(self.tr("Word to find"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find in this section"))
        self.field.setAccessibleDescription(HINT)
        label = QLabel(self.tr("Fi&nd:"), self)  # Alt+F stays with the File menu
        label.setBuddy(self.field)
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button = QPushButton(self.tr("Ne&xt"), self)
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance(self.tr("No matches")))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
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


# --- finding in a MarkdownPane (its find_bar, browser and matches) -----------------------------------

HINT = "Enter goes to the next match, Shift+Enter to the previous, Esc closes"


def ensure_bar(pane) -> FindBar:
    if pane.find_bar is None:
        bar = FindBar(pane)
        pane.layout().insertWidget(0, bar)
        # Reading order = tab order: the find bar, the text, then the details box.
        QWidget.setTabOrder(bar.close_button, pane.browser)
        if pane.info is not None:
            QWidget.setTabOrder(pane.browser, pane.info)
            QWidget.setTabOrder(pane.info, pane.close_info)
        bar.field.textChanged.connect(lambda text: on_find_text(pane, text))
        bar.enter_pressed.connect(lambda backward: pane.find_next(backward=backward))
        bar.next_button.clicked.connect(lambda: pane.find_next())
        bar.previous_button.clicked.connect(lambda: pane.find_next(backward=True))
        bar.close_button.clicked.connect(pane.close_find)
        pane.find_bar = bar
    return pane.find_bar


def open_find(pane) -> None:
    """Show the find bar with the selected word (if a short one is selected), ready to type."""
    bar = ensure_bar(pane)
    selected = pane.browser.textCursor().selectedText().strip()
    if selected and "\u2029" not in selected and len(selected) < 60:
        bar.field.setText(selected)
    bar.show()
    bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    bar.field.selectAll()
    highlight_matches(pane)


def close_find(pane) -> None:
    pane.find_bar.hide()
    pane.matches = []
    pane.browser.setExtraSelections([])
    pane.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def all_matches(pane, needle: str) -> list:
    found = []
    if not needle:
        return found
    document = pane.browser.document()
    cursor = document.find(needle, 0)
    while not cursor.isNull():
        found.append(type(cursor)(cursor))
        cursor = document.find(needle, cursor)
    return found


def highlight_matches(pane) -> None:
    """Every match gets the theme's find colours; the current one is the selection."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTextEdit

    from isoapp.ui.style import theme

    needle = pane.find_bar.field.text() if pane.find_is_open() else ""
    pane.matches = all_matches(pane, needle)
    colours = theme.current()
    selections = []
    for match in pane.matches:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = match
        selection.format.setBackground(QColor(colours.find_bg))
        selection.format.setForeground(QColor(colours.find_text))
        selections.append(selection)
    pane.browser.setExtraSelections(selections)


def on_find_text(pane, text: str) -> None:
    highlight_matches(pane)
    cursor = pane.browser.textCursor()
    cursor.setPosition(cursor.selectionStart())  # search again from where the last match began
    pane.browser.setTextCursor(cursor)
    if text:
        find_next(pane)
    else:
        set_status(pane, "")


def find_next(pane, *, backward: bool = False) -> bool:
    """Select the next (or previous) match, wrapping around. False if there is none."""
    from PySide6.QtGui import QTextDocument

    needle = pane.find_bar.field.text()
    if not needle:
        set_status(pane, "")
        return False
    flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
    found = pane.browser.find(needle, flags)
    if not found:
        cursor = pane.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        pane.browser.setTextCursor(cursor)
        found = pane.browser.find(needle, flags)
    if not found:
        set_status(pane, QCoreApplication.translate("FindBar", "No matches"))
        return False
    start = pane.browser.textCursor().selectionStart()
    index = next((i for i, m in enumerate(pane.matches) if m.selectionStart() == start), 0)
    set_status(pane, f"{index + 1} of {len(pane.matches)}")
    return True


def set_status(pane, text: str) -> None:
    pane.find_bar.status.setText(text)
    pane.find_bar.field.setAccessibleDescription((text + ". " if text else "") + HINT)
    if text:
        from isoapp.ui.a11y import announce

        announce(pane.find_bar.field, text)
