"""Keyboard shortcuts: the keys the main window binds, and the "Keyboard shortcuts" help (F1).

The help lists the window's real actions (their text and keys), so it cannot drift from what the
keys do; a few keys handled inside widgets (find bar, links) are added as plain rows. The dialog itself lives in
``shortcuts_dialog`` and is imported when F1 is first pressed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from isoapp.i18n import QT_TRANSLATE_NOOP

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
MAX_NUMBERED_PARTS = 9  # Ctrl+1 .. Ctrl+9 (the guide has four parts)


def part_keys(position: int) -> tuple[str, ...]:
    """Keys for the part at 0-based ``position`` (Ctrl+1 for Learn .. Ctrl+4 for Get help now)."""
    return (f"Ctrl+{position + 1}",) if position < MAX_NUMBERED_PARTS else ()


def sequences(keys: tuple[str, ...]) -> list[QKeySequence]:
    return [QKeySequence(k, QKeySequence.SequenceFormat.PortableText) for k in keys]


# Keys handled inside widgets rather than by window actions: (keys, what they do)
# (English, translated where shown: context "Shortcuts")
WIDGET_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Left / Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "On a row of tabs: the previous / next part or section"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the next / previous control or link"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the link or press the button that has the focus"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter / Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "In the find box: go to the next / previous match"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar, or close the details of a source or word"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open a menu: the underlined letter (for example Alt+V opens View)"),
    ),
)


def native(keys: list[QKeySequence]) -> str:
    joiner = QCoreApplication.translate("Shortcuts", " or ", "between two key combinations")
    return joiner.join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def rows_for(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what it does) for every action with a shortcut, then the widget keys."""
    rows = []
    for action in actions:
        keys = action.shortcuts()
        if keys:
            what = action.data() if isinstance(action.data(), str) and action.data() else action.text()
            rows.append((native(keys), what.replace("&", "").rstrip(".…")))
    rows.extend((_tr(keys), _tr(what)) for keys, what in WIDGET_KEYS)
    return rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)
