"""A scroll area that shows a page at the full size of its tab, and scrolls only when the page's
minimum size (large text) does not fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroller(QScrollArea):
    """Shows a page at the full size of the tab, or at its minimum size with scroll bars when the
    text is very large. (widgetResizable would size the page by its wrapped labels' preferred
    height, which scrolls even when everything fits.)"""

    def __init__(self, page: QWidget | None) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        if page is not None:
            self.setObjectName(f"scroll-{page.objectName()}")
            self.set_page(page)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_page(self, page: QWidget) -> None:
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum size changes with the text size
        self.fit_page()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()
        return False

    def fit_page(self) -> None:
        page = self.widget()
        if page is None:
            return
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        w, h = self.width(), self.height()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        if need.height() > h:
            w -= bar
        if need.width() > w:
            h -= bar
            if need.height() > h and need.height() <= self.height():
                w -= bar
        size = QSize(max(w, need.width()), max(h, need.height()))
        if page.size() != size:
            page.resize(size)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_page()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.fit_page()
