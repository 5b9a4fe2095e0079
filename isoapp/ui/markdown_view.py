"""A read-only Markdown pane: the section text (Qt's own Markdown support) and an info bar that
shows a citation or a glossary definition when its link is clicked. Nothing is ever loaded from the
network; web links open in the system browser only when the person clicks one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from isoapp import content, resources


class MarkdownBrowser(QTextBrowser):
    """QTextBrowser that never follows links by itself and resolves images inside resources/."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([str(resources.root())])
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(18)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt API)
        if name.scheme() in ("http", "https", "ftp"):
            return None  # never fetch anything from the network
        return super().loadResource(kind, name)


class MarkdownPane(QWidget):
    """Section text plus the info bar for citations and glossary terms."""

    link_activated = Signal(str)

    def __init__(self, markdown: str, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = MarkdownBrowser(self)
        self.browser.setMarkdown(markdown)
        self.browser.setAccessibleName(f"{title}: text")
        self.browser.setAccessibleDescription("The text of this section. Links show a source or a word's meaning.")
        self.browser.anchorClicked.connect(self._on_anchor)

        self.info_box: QFrame | None = None  # built on first use: keeps Qt enum set-up off startup

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        self._layout = layout

    def _build_info_box(self) -> QFrame:
        from PySide6.QtCore import Qt

        self.info = QLabel(self)
        self.info.setObjectName("infoBar")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setOpenExternalLinks(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info.setAccessibleName("Details of the link you chose")
        self.close_info = QPushButton("Close", self)
        self.close_info.setAccessibleName("Close the details")
        self.close_info.clicked.connect(self.hide_info)
        box = QFrame(self)
        box.setObjectName("infoBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        row.addWidget(self.info, 1)
        row.addWidget(self.close_info, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(box)
        return box

    def show_info(self, html: str) -> None:
        if self.info_box is None:
            self.info_box = self._build_info_box()
        self.info.setText(html)
        self.info_box.show()

    def hide_info(self) -> None:
        if self.info_box is not None:
            self.info_box.hide()

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        text = url.toString()
        self.link_activated.emit(text)
        if scheme == "cite":
            self.show_citation(int(url.path() or "0"))
        elif scheme == "gloss":
            self.show_glossary(url.path())
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif text.startswith("#"):
            self.browser.scrollToAnchor(text[1:])

    def show_citation(self, number: int) -> None:
        src = content.sources_by_number().get(number)
        if src is None:
            self.show_info(f"Source [{number}] is missing from the list. Please tell us.")
            return
        self.show_info(
            f"<b>Source [{src.number}]</b> {escape(src.citation)}<br>"
            f'<a href="{escape(src.url)}">Open this source in your web browser</a>'
        )

    def show_glossary(self, term: str) -> None:
        for entry in content.glossary():
            if entry.term.lower() == term.lower():
                self.show_info(f"<b>{escape(entry.term)}</b>: {escape(entry.definition)}")
                return
