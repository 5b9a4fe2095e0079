"""A read-only Markdown pane: the section text (Qt's own Markdown support), a find bar (Ctrl+F) and an
info bar that shows a citation or a glossary definition when its link is clicked. Nothing is ever loaded
from the network; web links open in the system browser only when the person clicks one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from isoapp import content, palettes, resources
from isoapp.ui import theme, zoom

# ``Qt`` (the namespace) is imported inside functions only: the first use of it sets up all its enums
# in PySide6 (~15 ms, ~1.5 MB), which the first paint does not need.


def _fragments(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def recolour_links(document: QTextDocument, colour: str) -> None:
    """Qt bakes the link colour into a Markdown document when it is read; repaint links in ``colour``."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    cursor = QTextCursor(document)
    for fragment in list(_fragments(document)):
        current = fragment.charFormat()
        if current.isAnchor() and current.foreground().color().name() != fmt.foreground().color().name():
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)


def image_alt_texts(document: QTextDocument) -> list[tuple[str, str]]:
    """(image file, alt text) for every picture in the document, in order."""
    from PySide6.QtGui import QTextFormat

    found = []
    for fragment in _fragments(document):
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            image = fmt.toImageFormat()
            alt = image.property(QTextFormat.Property.ImageAltText)
            found.append((image.name(), str(alt or "").strip()))
    return found


def printable_copy(document: QTextDocument) -> QTextDocument:
    """A copy for paper: dark links whatever the screen theme (Qt prints the text itself in black)."""
    copy = document.clone()
    recolour_links(copy, palettes.LIGHT.link)
    return copy


def _target_width(natural: int, percent: int, max_width: int | None) -> int:
    """``percent`` of the natural width, but no wider than ``max_width`` (never smaller than natural
    when zooming in: a narrow window still gets the picture at its usual size)."""
    width = round(natural * percent / 100)
    if max_width and width > max_width:
        width = max(max_width, min(natural, width))
    return width


def scaled_picture(relative: str, percent: int, max_width: int | None = None):
    """A picture from resources/ drawn at ``percent`` of its size (SVG redrawn sharp, at most
    ``max_width`` wide), or None."""
    path = resources.root() / relative
    if not path.is_file():
        return None
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter

    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return None
        size = renderer.defaultSize()
        width = _target_width(size.width(), percent, max_width)
        image = QImage(
            QSize(width, round(size.height() * width / max(size.width(), 1))),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image
    image = QImage(str(path))
    if image.isNull():
        return None
    width = _target_width(image.width(), percent, max_width)
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


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
        # Qt's Markdown reader took link colours from the application palette: redo only if they differ.
        if QApplication.palette().link().color().name() != theme.current().link:
            recolour_links(self.document(), theme.current().link)
        self.has_pictures = "![" in markdown
        self._picture_zoom = (zoom.percent(), None)
        if self.has_pictures:
            self._describe_images()

    def _describe_images(self) -> None:
        """Each picture's alt text becomes its tooltip, and is read out as part of the description."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

        cursor = QTextCursor(self.document())
        for fragment in list(_fragments(self.document())):
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "").strip()
                if alt:
                    tip = QTextCharFormat()
                    tip.setToolTip(alt)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(tip)

    def image_alt_texts(self) -> list[tuple[str, str]]:
        return image_alt_texts(self.document()) if self.has_pictures else []

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt API)
        if name.scheme() in ("http", "https", "ftp"):
            return None  # never fetch anything from the network
        if kind == QTextDocument.ResourceType.ImageResource and zoom.percent() != zoom.DEFAULT_PERCENT:
            image = scaled_picture(name.path(), zoom.percent(), self._picture_room())
            if image is not None:
                return image
        return super().loadResource(kind, name)

    def _picture_room(self) -> int | None:
        """How wide a picture may be without a sideways scroll bar (None before the first layout)."""
        room = self.viewport().width() - 2 * round(self.document().documentMargin()) - 8
        return room if self.isVisible() and room > 100 else None

    def _picture_key(self) -> tuple[int, int | None]:
        room = self._picture_room() if zoom.percent() != zoom.DEFAULT_PERCENT else None
        return zoom.percent(), (room // 40 if room else None)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.has_pictures and self._picture_zoom != self._picture_key():
            self._reload_pictures()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.has_pictures and zoom.percent() != zoom.DEFAULT_PERCENT and self._picture_zoom != self._picture_key():
            self._reload_pictures()

    def _reload_pictures(self) -> None:
        """Pictures grow and shrink with the text (their labels are text too), within the window."""
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

        zoom = getattr(self.window(), "zoom", None)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and zoom is not None:
            delta = event.angleDelta().y()
            if delta > 0:
                self.window().zoom_in()
            elif delta < 0:
                self.window().zoom_out()
            event.accept()
            return
        super().wheelEvent(event)


class MarkdownPane(QWidget):
    """Section text plus the find bar and the info bar for citations and glossary terms."""

    link_activated = Signal(str)

    def __init__(self, markdown: str, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.find_bar = None  # built on first Ctrl+F (isoapp.ui.find_bar)
        self.browser = MarkdownBrowser(self)
        self.browser.set_markdown(markdown)
        self.browser.setAccessibleName(f"{title}: text")
        description = "The text of this section. Links show a source or a word's meaning."
        alts = [alt for _name, alt in self.browser.image_alt_texts() if alt]
        if alts:
            description += " Pictures: " + " ".join(a if a.endswith(".") else a + "." for a in alts)
        self.browser.setAccessibleDescription(description)
        self.browser.anchorClicked.connect(self._on_anchor)

        self.info: QLabel | None = None
        self.close_info: QPushButton | None = None
        self.info_box: QFrame | None = None  # built on first use: keeps Qt enum set-up off startup

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        self._matches: list = []  # QTextCursor of every match while the find bar is open

        theme.notifier().changed.connect(self._apply_theme)

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
        self.layout().addWidget(box)
        # Reading order = tab order: (the find bar,) the text, then the details box.
        QWidget.setTabOrder(self.browser, self.info)
        QWidget.setTabOrder(self.info, self.close_info)
        current = theme.current()
        theme.surface_palette(box, current.info_bg, current.info_text, current.info_link)
        return box

    # --- theme -----------------------------------------------------------------------------------
    def _apply_theme(self, current: palettes.Theme) -> None:
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

    def _ensure_find_bar(self):
        if self.find_bar is None:
            from isoapp.ui.find_bar import FindBar

            bar = FindBar(self)
            self.layout().insertWidget(0, bar)
            # Reading order = tab order: the find bar, the text, then the details box.
            QWidget.setTabOrder(bar.close_button, self.browser)
            if self.info is not None:
                QWidget.setTabOrder(self.browser, self.info)
                QWidget.setTabOrder(self.info, self.close_info)
            bar.field.textChanged.connect(self._on_find_text)
            bar.enter_pressed.connect(lambda backward: self.find_next(backward=backward))
            bar.next_button.clicked.connect(lambda: self.find_next())
            bar.previous_button.clicked.connect(lambda: self.find_next(backward=True))
            bar.close_button.clicked.connect(self.close_find)
            self.find_bar = bar
        return self.find_bar

    def find_is_open(self) -> bool:
        return self.find_bar is not None and self.find_bar.isVisible()

    def open_find(self) -> None:
        """Show the find bar (Ctrl+F) with the current selection or last word, ready to type."""
        from PySide6.QtCore import Qt

        self._ensure_find_bar()
        selected = self.browser.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected and len(selected) < 60:
            self.find_bar.field.setText(selected)
        self.find_bar.show()
        self.find_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.field.selectAll()
        self._highlight_matches()

    def close_find(self) -> None:
        from PySide6.QtCore import Qt

        if self.find_bar is None:
            return
        self.find_bar.hide()
        self._matches = []
        self.browser.setExtraSelections([])
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def _all_matches(self, needle: str) -> list:
        found = []
        if not needle:
            return found
        document = self.browser.document()
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            found.append(type(cursor)(cursor))
            cursor = document.find(needle, cursor)
        return found

    def _highlight_matches(self) -> None:
        needle = self.find_bar.field.text() if self.find_is_open() else ""
        if not needle and not self._matches:
            return  # nothing shown, nothing to clear
        self._matches = self._all_matches(needle)
        colours = theme.current()
        selections = []
        for match in self._matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format.setBackground(QColor(colours.find_bg))
            selection.format.setForeground(QColor(colours.find_text))
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    def _on_find_text(self, text: str) -> None:
        self._highlight_matches()
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())  # search again from where the last match began
        self.browser.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self._set_status("")

    def find_next(self, *, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around. False if there is none."""
        if self.find_bar is None:
            return False
        needle = self.find_bar.field.text()
        if not needle:
            self._set_status("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(needle, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(needle, flags)
        if not found:
            self._set_status("No matches")
            return False
        start = self.browser.textCursor().selectionStart()
        index = next((i for i, m in enumerate(self._matches) if m.selectionStart() == start), 0)
        self._set_status(f"{index + 1} of {len(self._matches)}")
        return True

    def _set_status(self, text: str) -> None:
        self.find_bar.status.setText(text)
        self.find_bar.field.setAccessibleDescription(
            (text + ". " if text else "") + "Enter goes to the next match, Shift+Enter to the previous, Esc closes"
        )
        if text:
            from isoapp.ui.a11y import announce

            announce(self.find_bar.field, text)

    def match_count(self) -> int:
        return len(self._matches)

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


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()
