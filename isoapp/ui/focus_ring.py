"""A clear focus outline around whichever widget has keyboard focus, in every widget kind and theme.

Styles draw focus faintly or not at all (a frameless text view shows nothing), so one overlay draws a
3 px ring in the theme's ``focus_ring`` colour around the focused widget. It is a child of the
focused widget's parent, so it moves and scrolls with it, takes no focus and lets mouse clicks through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QTabBar, QWidget
from shiboken6 import Shiboken

from isoapp.ui import theme

RING_WIDTH = 3


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        pen = QPen(QColor(theme.current().focus_ring))
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class FocusRingManager(QObject):
    """Follows QApplication.focusChanged and keeps the ring on the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        self._target: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)
        theme.notifier().changed.connect(self._recolour)

    def _recolour(self, _theme) -> None:
        if Shiboken.isValid(self.ring):
            self.ring.update()

    def target(self) -> QWidget | None:
        return self._target

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None:
            try:
                self._target.removeEventFilter(self)
                if isinstance(self._target, QTabBar):
                    self._target.currentChanged.disconnect(self._place)
            except (RuntimeError, TypeError):
                pass  # already deleted
        self._target = new
        if new is None or new.parentWidget() is None or new.isWindow():
            if Shiboken.isValid(self.ring):
                self.ring.hide()
            return
        new.installEventFilter(self)
        if isinstance(new, QTabBar):
            new.currentChanged.connect(self._place)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False

    def _place(self, *_args) -> None:
        widget = self._target
        if widget is None:
            return
        try:
            parent = widget.parentWidget()
            visible = widget.isVisible()
        except RuntimeError:  # deleted
            self._target = None
            return
        if not Shiboken.isValid(self.ring):  # its last parent was deleted, and the ring with it
            self.ring = FocusRing()
        if parent is None or not visible:
            self.ring.hide()
            return
        if self.ring.parentWidget() is not parent:
            self.ring.setParent(parent)
        rect = widget.geometry()
        if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
            tab = widget.tabRect(widget.currentIndex())
            rect = QRect(widget.mapTo(parent, tab.topLeft()), tab.size())
        outer = rect.adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH) & parent.rect()
        self.ring.setGeometry(outer)
        self.ring.show()
        self.ring.raise_()
        self.ring.update()


_manager: FocusRingManager | None = None


def install() -> FocusRingManager:
    """Start drawing the focus ring (once per application)."""
    global _manager
    if _manager is None:
        _manager = FocusRingManager(QApplication.instance())
    return _manager
