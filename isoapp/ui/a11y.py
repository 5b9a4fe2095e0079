"""Accessibility checks shared by the self-test and the tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def accessible_label(widget: QWidget) -> str:
    """What a screen reader would announce as the widget's name."""
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    return ""


def unnamed_focusable(root: QWidget) -> list[QWidget]:
    """Focusable widgets under ``root`` (itself included) that have no accessible name.

    Widgets that are hidden on purpose are skipped; internal parts of a named composite
    (e.g. a spin box's line edit, a combo's list) count as named through their parent.
    """
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root.window()):
            continue
        if widget.isWindow() and widget is not root.window():
            continue
        if accessible_label(widget):
            continue
        parent = widget.parentWidget()
        if parent is not None and widget.focusProxy() is None and parent.focusProxy() is widget:
            if accessible_label(parent):
                continue
        if _is_internal_part(widget):
            continue
        found.append(widget)
    return found


def _is_internal_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if parent is None:
        return False
    name = type(parent).__name__
    internals = ("QSpinBox", "QDoubleSpinBox", "QComboBox", "QAbstractSpinBox", "QDateEdit")
    if any(cls.__name__ in internals for cls in type(parent).__mro__) and accessible_label(parent):
        return True
    return name == "QTabWidget" and bool(accessible_label(parent))


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r})"
