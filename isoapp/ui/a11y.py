"""Accessibility checks shared by the self-test and the tests, and screen-reader announcements."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# (Widget classes are imported inside the checks: touching many PySide6 classes at import time costs
# startup time, and only the self-test and the tests run these checks.)


def _needs_own_name() -> tuple[type, ...]:
    """Widgets whose visible content is not a name (a text view's text, a list's rows, a slider's
    value): they need an accessible name of their own or a label that is their buddy."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QGraphicsView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    return (
        QTextEdit,
        QPlainTextEdit,
        QLineEdit,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QGraphicsView,
        QTabBar,
    )


def buddy_text(widget: QWidget) -> str:
    """The text of a QLabel whose buddy is ``widget`` (Qt gives it to screen readers as the name)."""
    from PySide6.QtWidgets import QLabel

    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            text = label.text().replace("&", "").strip().rstrip(":").strip()
            if text:
                return text
    return ""


def accessible_label(widget: QWidget) -> str:
    """What a screen reader would announce as the widget's name ("" if nothing useful)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    name = widget.accessibleName().strip()
    if name:
        return name
    buddy = buddy_text(widget)
    if buddy:
        return buddy
    if isinstance(widget, _needs_own_name()):
        return ""
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QGroupBox) and widget.title().replace("&", "").strip():
        return widget.title().replace("&", "").strip()
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget.text().strip()
    return ""


def unnamed_focusable(root: QWidget) -> list[QWidget]:
    """Focusable widgets under ``root`` (itself included) that have no accessible name.

    Widgets hidden on purpose inside ``root`` are skipped (``root`` itself may sit in a hidden tab);
    disabled ones are not. The internal parts of a named composite (a spin box's line edit, a
    combo's list, a tab widget's bar) count as named through their parent.
    """
    from PySide6.QtCore import Qt

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget is not root and not widget.isVisibleTo(root):
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
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabBar

    parent = widget.parentWidget()
    if parent is None or not accessible_label(parent):
        return False
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    return type(parent).__name__ == "QTabWidget" and isinstance(widget, QTabBar)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}({parent.objectName()!r})" if parent is not None else ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}){where}"


def announce(widget: QWidget, message: str) -> None:
    """Ask a running screen reader to say ``message`` (Qt >= 6.8; silent when none is running)."""
    from PySide6.QtGui import QAccessible

    if not QAccessible.isActive():
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt >= 6.8
    except ImportError:  # pragma: no cover - older Qt
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
