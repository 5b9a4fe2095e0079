"""Text size (zoom) 80-200 %, for all text: the application font is scaled, and every widget that does
not pin its own font size follows it (Qt sends them FontChange). Markdown documents follow their
browser's font, and their headings are relative to it, so they scale too. Kept in "view/zoom".

Widgets that must set a font of their own should copy ``self.font()`` and change only family/weight,
or re-apply their font in ``changeEvent`` on ``QEvent.FontChange``; ``ZoomController.zoom_changed``
and :func:`percent` are there for things that are not fonts (chart line widths, icon sizes).
"""

from __future__ import annotations

import sys
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

SETTINGS_KEY = "view/zoom"
MIN_PERCENT = 80
MAX_PERCENT = 200
DEFAULT_PERCENT = 100
STEPS: tuple[int, ...] = (80, 90, 100, 110, 125, 150, 175, 200)

_base_font: QFont | None = None
_percent = DEFAULT_PERCENT
# The newest controller (a weak reference: a signal on its destruction would cost memory at exit).
_active: weakref.ref[ZoomController] | None = None


def clamp(value: object) -> int:
    """A stored or asked-for zoom -> a whole percent within 80..200 (junk -> 100)."""
    try:
        number = round(float(str(value)))
    except (TypeError, ValueError, OverflowError):
        return DEFAULT_PERCENT
    return max(MIN_PERCENT, min(MAX_PERCENT, number))


def step_up(value: int) -> int:
    return next((s for s in STEPS if s > value), MAX_PERCENT)


def step_down(value: int) -> int:
    return next((s for s in reversed(STEPS) if s < value), MIN_PERCENT)


def percent() -> int:
    """The zoom shown now."""
    return _percent


def base_font() -> QFont:
    """The application font at 100 % (taken once, before the first zoom)."""
    from PySide6.QtGui import QFont

    global _base_font
    if _base_font is None:
        _base_font = QFont(QApplication.font())
    return QFont(_base_font)


def scaled_font(value: int) -> QFont:
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * value / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * value / 100)))
    return font


def apply_zoom(value: int) -> None:
    global _percent
    value = clamp(value)
    if value == DEFAULT_PERCENT and _base_font is None:
        _percent = value  # never zoomed: the application font is already the 100 % font
        return
    font = scaled_font(value)
    if QApplication.font() != font:
        QApplication.setFont(font)
    _percent = value


def request_step(direction: int) -> None:
    """Ask the app's text size to go one step up (+1) or down (-1), as Ctrl++ / Ctrl+- do (for
    Ctrl+wheel over a text). The window that owns the controller does it (and says so)."""
    controller = _active() if _active is not None else None
    if controller is None:
        return
    try:
        controller.step_requested.emit(1 if direction > 0 else -1)
    except RuntimeError:  # its window has been closed and deleted
        pass


class ZoomController(QObject):
    """The app's text size: one per window; the newest answers :func:`request_step`."""

    zoom_changed = Signal(int)
    step_requested = Signal(int)  # +1 / -1: someone asked for one step (see request_step)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        global _active
        super().__init__(parent)
        _active = weakref.ref(self)
        self._settings = settings
        self._percent = clamp(settings.value(SETTINGS_KEY, DEFAULT_PERCENT))
        apply_zoom(self._percent)
        if self._percent > DEFAULT_PERCENT or "isoapp.ui.style.outline_style" in sys.modules:
            from isoapp.ui.style import outline_style

            outline_style.set_scale(self._percent / 100)

    def percent(self) -> int:
        return self._percent

    def set_percent(self, value: object, *, save: bool = True) -> int:
        value = clamp(value)
        changed = value != self._percent
        self._percent = value
        apply_zoom(value)
        if value > DEFAULT_PERCENT or "isoapp.ui.style.outline_style" in sys.modules:
            from isoapp.ui.style import outline_style  # check boxes, sliders, scroll bars grow too

            outline_style.set_scale(value / 100)
        if save:
            self._settings.setValue(SETTINGS_KEY, value)
        if changed:
            self.zoom_changed.emit(value)
        return value

    def zoom_in(self) -> int:
        return self.set_percent(step_up(self._percent))

    def zoom_out(self) -> int:
        return self.set_percent(step_down(self._percent))

    def reset(self) -> int:
        return self.set_percent(DEFAULT_PERCENT)
