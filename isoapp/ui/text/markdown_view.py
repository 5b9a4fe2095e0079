"""A read-only Markdown pane: the section text (Qt's own Markdown support), a find bar (Ctrl+F) and an
info bar that shows a citation or a glossary definition when its link is clicked. Nothing is ever loaded
from the network; web links open in the system browser only when the person clicks one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isoapp import content, palettes, resources
from isoapp.i18n import fill
from isoapp.ui.style import theme, zoom

if TYPE_CHECKING:  # QUrl is named in annotations; imported where it is made (saves its set-up at startup)
    from PySide6.QtCore import QUrl


def escape(text: str) -> str:
    """HTML-escape ``text`` (the html module costs ~2 ms at startup; this pane needs only this)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ``Qt`` (the namespace) is imported inside functions only: the first use of it sets up all its enums
# in PySide6 (~15 ms, ~1.5 MB), which the first paint does not need.


# Lines of about this many characters are easiest to read; wider windows get side margins instead.
MAX_LINE_CHARS = 100
# ...but the column is never narrower than the pictures we ship (680 px at 100 %), which grow with the text.
MIN_COLUMN_PX = 720
MIN_SIDE_MARGIN = 18


class MarkdownBrowser(QTextBrowser):
    """QTextBrowser that never follows links by itself and resolves images inside resources/."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([str(resources.root())])
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._caret_on = False
        self.document().setDocumentMargin(18)
        self.document().setUndoRedoEnabled(False)
        self.has_pictures = False
        self._picture_zoom: tuple[int, int | None] = (zoom.DEFAULT_PERCENT, None)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.enable_caret()
        super().focusInEvent(event)

    def enable_caret(self) -> None:
        """A caret lets keyboard and screen-reader users move through the text, not only its links
        (turned on when the text first gets the focus)."""
        if self._caret_on:
            return
        from PySide6.QtCore import Qt

        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.TextBrowserInteraction | flags.TextSelectableByKeyboard)
        self._caret_on = True

    def set_markdown(self, markdown: str) -> None:
        self.setMarkdown(markdown)
        self._space_headings()
        self._fit_line_length()
        # Qt's Markdown reader took link colours from the application palette: redo only if they differ.
        if QApplication.palette().link().color().name() != theme.current().link:
            from isoapp.ui.text.text_document import recolour_links

            recolour_links(self.document(), theme.current().link)
        self.has_pictures = "![" in markdown
        self._picture_zoom = (zoom.percent(), None)
        if self.has_pictures:
            from isoapp.ui.text.text_document import describe_images

            describe_images(self.document())

    def image_alt_texts(self) -> list[tuple[str, str]]:
        if not self.has_pictures:
            return []
        from isoapp.ui.text.text_document import image_alt_texts

        return image_alt_texts(self.document())

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt API)
        if name.scheme() in ("http", "https", "ftp"):
            return None  # never fetch anything from the network
        if kind == QTextDocument.ResourceType.ImageResource and zoom.percent() != zoom.DEFAULT_PERCENT:
            from isoapp.ui.text.text_document import scaled_picture

            image = scaled_picture(name.path(), zoom.percent(), self._picture_room())
            if image is not None:
                return image
        return super().loadResource(kind, name)

    def _space_headings(self) -> None:
        """Give headings room above them, so a page reads as parts rather than one block of text."""
        from PySide6.QtGui import QTextCursor

        space = round(self.fontMetrics().height() * 1.1)
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        first = True
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0:
                if not first:
                    fmt.setTopMargin(space)
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(fmt)
                first = False
            block = block.next()

    def _fit_line_length(self) -> None:
        """Keep lines to about MAX_LINE_CHARS characters by widening the side margins (text stays centred)."""
        measure = max(self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS, MIN_COLUMN_PX * zoom.percent() // 100)
        # self.width(), not viewport().width(): the first viewport() call costs ~15 ms of PySide set-up at
        # startup. The vertical scroll bar (if any) is ignored: the column is off-centre by half its width.
        side = max(MIN_SIDE_MARGIN, (self.width() - 2 * self.frameWidth() - measure) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if round(fmt.leftMargin()) != side or round(fmt.rightMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def _picture_room(self) -> int | None:
        """How wide a picture may be without a sideways scroll bar (None before the first layout)."""
        fmt = self.document().rootFrame().frameFormat()
        room = self.viewport().width() - round(fmt.leftMargin() + fmt.rightMargin()) - 8
        return room if self.isVisible() and room > 100 else None

    def _picture_key(self) -> tuple[int, int | None]:
        room = self._picture_room() if zoom.percent() != zoom.DEFAULT_PERCENT else None
        return zoom.percent(), (room // 40 if room else None)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_line_length()
        if event.type() == event.Type.FontChange and self.has_pictures and self._picture_zoom != self._picture_key():
            self._reload_pictures()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._fit_line_length()
        super().resizeEvent(event)
        if self.has_pictures and zoom.percent() != zoom.DEFAULT_PERCENT and self._picture_zoom != self._picture_key():
            self._reload_pictures()

    def _reload_pictures(self) -> None:
        """Pictures grow and shrink with the text (their labels are text too), within the window."""
        from PySide6.QtCore import QUrl  # here: a Qt class costs PySide set-up the first time it is used

        self._picture_zoom = self._picture_key()
        document = self.document()
        for name, _alt in self.image_alt_texts():
            url = QUrl(name)
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                url,
                self.loadResource(QTextDocument.ResourceType.ImageResource, url),
            )
        document.markContentsDirty(0, document.characterCount())

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Ctrl+wheel changes the text size of the whole app (as Ctrl++ does), not just this page.
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                zoom.request_step(delta)
            event.accept()
            return
        super().wheelEvent(event)


class MarkdownPane(QWidget):
    """Section text plus the find bar and the info bar for citations and glossary terms."""

    link_activated = Signal(str)

    def __init__(self, markdown: str, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.find_bar = None  # built on first Ctrl+F (isoapp.ui.text.find_bar)
        self.browser = MarkdownBrowser(self)
        self.browser.set_markdown(markdown)
        self.browser.setAccessibleName(fill(self.tr("%1: text"), title))

        description = self.tr("The text of this section. Links show a source or a word's meaning.")
        alts = [alt for _name, alt in self.browser.image_alt_texts() if alt]
        if alts:
            description += self.tr(" Pictures: ") + " ".join(a if a.endswith(".") else a + "." for a in alts)
        self.browser.setAccessibleDescription(description)
        self.browser.anchorClicked.connect(self._on_anchor)

        self.info: QLabel | None = None
        self.close_info: QPushButton | None = None
        self.info_box: QFrame | None = None  # built on first use: keeps Qt enum set-up off startup

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        self.matches: list = []  # QTextCursor of every match while the find bar is open

        theme.notifier().changed.connect(self._apply_theme)

    def _build_info_box(self) -> QFrame:
        from PySide6.QtCore import Qt

        self.info = QLabel(self)
        self.info.setObjectName("infoBar")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setOpenExternalLinks(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info.setAccessibleName(self.tr("Details of the link you chose"))
        self.close_info = QPushButton(self.tr("Close"), self)
        self.close_info.setAccessibleName(self.tr("Close the details"))
        self.close_info.clicked.connect(self.hide_info)
        box = QFrame(self)
        box.setObjectName("infoBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        row.addWidget(self.info, 1)
        row.addWidget(self.close_info, 0, Qt.AlignmentFlag.AlignTop)
        self.layout().addWidget(box)
        # Reading order = tab order: (the find bar,) the text, then the details box.
        QWidget.setTabOrder(self.browser, self.info)
        QWidget.setTabOrder(self.info, self.close_info)
        current = theme.current()
        theme.surface_palette(box, current.info_bg, current.info_text, current.info_link)
        return box

    # --- theme -----------------------------------------------------------------------------------
    def _apply_theme(self, current: palettes.Theme) -> None:
        from isoapp.ui.text.text_document import recolour_links

        recolour_links(self.browser.document(), current.link)
        if self.info_box is not None:
            theme.surface_palette(self.info_box, current.info_bg, current.info_text, current.info_link)
        self._highlight_matches()

    # --- find ------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from PySide6.QtCore import Qt

        # Esc reaches the pane when the text, the find field or a button inside it did not use it.
        if event.key() == Qt.Key.Key_Escape and self.escape():
            event.accept()
            return
        super().keyPressEvent(event)

    def find_is_open(self) -> bool:
        return self.find_bar is not None and self.find_bar.isVisible()

    def open_find(self) -> None:
        """Show the find bar (Ctrl+F) with the selected word, ready to type (isoapp.ui.text.find_bar)."""
        from isoapp.ui.text import find_bar

        find_bar.open_find(self)

    def close_find(self) -> None:
        if self.find_bar is not None:
            from isoapp.ui.text import find_bar

            find_bar.close_find(self)

    def find_next(self, *, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around. False if there is none."""
        if self.find_bar is None:
            return False
        from isoapp.ui.text import find_bar

        return find_bar.find_next(self, backward=backward)

    def _highlight_matches(self) -> None:
        if self.matches or self.find_is_open():
            from isoapp.ui.text import find_bar

            find_bar.highlight_matches(self)

    def match_count(self) -> int:
        return len(self.matches)

    def escape(self) -> bool:
        """Esc: close the find bar if open, else the details box. False if there was nothing to close."""
        if self.find_is_open():
            self.close_find()
        elif self.info_box is not None and self.info_box.isVisible():
            self.hide_info()
            self.browser.setFocus()
        else:
            return False
        return True

    # --- info bar ----------------------------------------------------------------------------------
    def show_info(self, html: str) -> None:
        if self.info_box is None:
            self.info_box = self._build_info_box()
        self.info.setText(html)
        self.info_box.show()
        from isoapp.ui.a11y import announce

        announce(self.info, _plain(html))

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
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
        elif text.startswith("#"):
            self.browser.scrollToAnchor(text[1:])

    def show_citation(self, number: int) -> None:
        src = content.sources_by_number().get(number)
        if src is None:
            self.show_info(fill(self.tr("Source [%1] is missing from the list. Please tell us."), number))
            return
        self.show_info(
            fill(
                self.tr('<b>Source [%1]</b> %2<br><a href="%3">Open this source in your web browser</a>'),
                src.number,
                escape(src.citation),
                escape(src.url),
            )
        )

    def show_glossary(self, term: str) -> None:
        for entry in content.glossary():
            if entry.term.lower() == term.lower():
                self.show_info(f"<b>{escape(entry.term)}</b>: {escape(entry.definition)}")
                return


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()
