"""A clear focus outline around whichever widget has keyboard focus, in every widget kind and theme.

Styles draw focus faintly or not at all (a frameless text view shows nothing), so four 3 px strips in
the theme's ``focus_ring`` colour frame the focused widget. They are children of its window (never of
its parent: a QSplitter would take them for new panes), follow the widget and its parents when they
move or resize, are clipped to what is visible of the widget's parents, take no focus and draw nothing
over the widget itself (where there is no room outside it, they sit on its outermost pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from isoapp.ui.style import theme

RING_WIDTH = 3


class FocusRing:
    """Four plain coloured strips (cheap: no painting code, no transparency needed)."""

    def __init__(self) -> None:
        self.strips: list[QWidget] = []
        self._outer = None
        self._visible = False

    def _alive(self) -> bool:
        return bool(self.strips) and all(Shiboken.isValid(s) for s in self.strips)

    def _make(self, parent: QWidget) -> None:
        if self._alive():
            for strip in self.strips:
                strip.setParent(parent)
            return
        self.strips = []
        for _ in range(4):
            strip = QWidget(parent)
            strip.setObjectName("focusRing")
            strip.setAutoFillBackground(True)
            self.strips.append(strip)
        self.recolour()

    def parent(self) -> QWidget | None:
        return self.strips[0].parentWidget() if self._alive() else None

    def recolour(self) -> None:
        if not self._alive():
            return
        from PySide6.QtGui import QColor

        for strip in self.strips:
            pal = strip.palette()
            pal.setColor(pal.ColorRole.Window, QColor(theme.current().focus_ring))
            strip.setPalette(pal)

    def place(self, parent: QWidget, outer) -> None:
        """Show the ring along the inside of ``outer`` (a QRect in ``parent``'s coordinates)."""
        if self.parent() is not parent:
            self._make(parent)
        w = RING_WIDTH
        x, y, width, height = outer.x(), outer.y(), outer.width(), outer.height()
        rects = ((x, y, width, w), (x, y + height - w, width, w), (x, y, w, height), (x + width - w, y, w, height))
        for strip, (sx, sy, sw, sh) in zip(self.strips, rects, strict=True):
            strip.setGeometry(sx, sy, sw, sh)
            strip.show()
            strip.raise_()
        self._outer = outer
        self._visible = True

    def hide(self) -> None:
        self._visible = False
        if self._alive():
            for strip in self.strips:
                strip.hide()

    def isVisible(self) -> bool:  # noqa: N802 (mirrors QWidget)
        return self._visible and self._alive() and all(s.isVisible() for s in self.strips)

    def geometry(self):
        """The outer rectangle of the ring, in its parent's coordinates."""
        return self._outer


class FocusRingManager(QObject):
    """Follows QApplication.focusChanged and keeps the ring on the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        self._target: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)
        theme.notifier().changed.connect(self._recolour)

    def _recolour(self, _theme) -> None:
        self.ring.recolour()

    def target(self) -> QWidget | None:
        return self._target

    def _watched(self) -> list[QWidget]:
        """The target and its parents up to the window: a move or resize of any of them moves the ring."""
        chain, widget = [], self._target
        while widget is not None and Shiboken.isValid(widget):
            chain.append(widget)
            if widget.isWindow():
                break
            widget = widget.parentWidget()
        return chain

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        from PySide6.QtWidgets import QTabBar

        for widget in self._watched():
            widget.removeEventFilter(self)
        if self._target is not None and Shiboken.isValid(self._target) and isinstance(self._target, QTabBar):
            self._target.currentChanged.disconnect(self._place)
        self._target = new
        if new is None or new.isWindow() or new.objectName() == "focusRing":
            self._target = None
            self.ring.hide()
            return
        for widget in self._watched():
            widget.installEventFilter(self)
        if isinstance(new, QTabBar):
            new.currentChanged.connect(self._place)
        self._place()

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt API)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def _place(self, *_args) -> None:
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QTabBar

        widget = self._target
        if widget is None or not Shiboken.isValid(widget):
            self._target = None
            return
        window = widget.window()
        if window is widget or not widget.isVisible():
            self.ring.hide()
            return
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
            tab = widget.tabRect(widget.currentIndex())
            rect = QRect(widget.mapTo(window, tab.topLeft()), tab.size())
        outer = rect.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
        parent = widget.parentWidget()
        while parent is not None and parent is not window:  # only what the parents show of it
            outer &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        outer &= window.rect()
        if outer.isEmpty():
            self.ring.hide()
            return
        self.ring.place(window, outer)


_manager: FocusRingManager | None = None


def install() -> FocusRingManager:
    """Start drawing the focus ring (once per application)."""
    global _manager
    if _manager is None:
        _manager = FocusRingManager(QApplication.instance())
        focused = QApplication.focusWidget()
        if focused is not None:  # installed after the first paint: frame what already has the focus
            _manager._on_focus_changed(None, focused)
    return _manager
