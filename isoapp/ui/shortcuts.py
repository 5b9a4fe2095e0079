"""Keyboard shortcuts: the keys the main window binds, and the "Keyboard shortcuts" help (F1).

The help lists the window's real actions (their text and keys), so it cannot drift from what the
keys do; a few keys handled inside widgets (find bar, links) are added as plain rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Portable key names (QKeySequence.PortableText). Each key sequence is bound once in the window.
NEXT_SECTION = ("Ctrl+PgDown",)
PREVIOUS_SECTION = ("Ctrl+PgUp",)
FIND = ("Ctrl+F",)
NEW_NOTE = ("Ctrl+N",)
PRINT = ("Ctrl+P",)
ZOOM_IN = ("Ctrl++", "Ctrl+=")
ZOOM_OUT = ("Ctrl+-",)
ZOOM_RESET = ("Ctrl+0",)
HELP = ("F1",)
QUIT = ("Ctrl+Q",)
MAX_NUMBERED_SECTIONS = 9  # Ctrl+1 .. Ctrl+9


def section_keys(position: int) -> tuple[str, ...]:
    """Keys for the section at 0-based ``position`` (Ctrl+1 .. Ctrl+9 for the first nine)."""
    return (f"Ctrl+{position + 1}",) if position < MAX_NUMBERED_SECTIONS else ()


def sequences(keys: tuple[str, ...]) -> list[QKeySequence]:
    return [QKeySequence(k, QKeySequence.SequenceFormat.PortableText) for k in keys]


# Keys handled inside widgets rather than by window actions: (keys, what they do)
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "Move to the next / previous control or link"),
    ("Enter", "Open the link or press the button that has the focus"),
    ("Enter / Shift+Enter (in the find box)", "Go to the next / previous match"),
    ("Esc", "Close the find bar, or close the details of a source or word"),
    ("Alt + underlined letter", "Open a menu (for example Alt+V for View)"),
)


def native(keys: list[QKeySequence]) -> str:
    return " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def rows_for(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for every action with a shortcut, then the widget keys."""
    rows = []
    for action in actions:
        keys = action.shortcuts()
        if keys:
            what = action.data() if isinstance(action.data(), str) and action.data() else action.text()
            rows.append((native(keys), what.replace("&", "").rstrip(".…")))
    rows.extend(WIDGET_KEYS)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        intro = QLabel("Every part of this guide works with the keyboard. These keys work everywhere:", self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setAccessibleDescription("Two columns: the keys to press, and what they do")
        self.table.setHorizontalHeaderLabels(["Keys", "What it does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            for column, text in enumerate((keys, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        intro.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
