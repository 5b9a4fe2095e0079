"""A section made of its written text above and an interactive page below (the comparison, what
matters to me), with a bar between them the person can drag. The page scrolls when the text is
very large, rather than squeezing its parts together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from isoapp.ui.text.markdown_view import MarkdownPane
from isoapp.ui.widgets.page_scroller import PageScroller


class TextAndPage(QWidget):
    TEXT_SHARE = 0.4  # the text's share of the height until the person drags the bar

    def __init__(self, markdown: str, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = MarkdownPane(markdown, title=title, parent=self)
        self.text.setObjectName(f"{name}Text")
        self.text.setMinimumHeight(70)
        self.scroller = PageScroller(None)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.scroller)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(6, self.splitter.handleWidth()))
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._on_split_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def set_page(self, page: QWidget) -> None:
        self.scroller.setObjectName(f"scroll-{page.objectName()}")
        self.scroller.set_page(page)

    def _on_split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_hand = True

    def default_split(self) -> None:
        """Text about 40 % of the height, the page the rest (kept as the window is resized)."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if total <= 0:
            return
        text = max(self.text.minimumHeight(), round(total * self.TEXT_SHARE))
        self.splitter.setSizes([text, max(0, total - text)])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if not self._split_by_hand:
            self.default_split()
