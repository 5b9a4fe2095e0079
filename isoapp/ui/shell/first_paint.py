"""Quit as soon as the main window has painted once (for startup benchmarks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_on_first_paint(window) -> None:
    """Watch the first section's visible content, like the hello-window baseline watches its label."""
    frame = window.frames[window.current_section_id()]
    target: QWidget = frame.disclaimer
    spy = _QuitOnFirstPaint(window)
    target.installEventFilter(spy)
