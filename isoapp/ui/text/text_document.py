"""Helpers for the Markdown documents of the section panes (imported when first needed, so the
first paint does not pay for them): link colours, pictures' alt text and size, a copy for printing."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextDocument

from isoapp import palettes, resources


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


def describe_images(document: QTextDocument) -> None:
    """Each picture's alt text becomes its tooltip."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

    cursor = QTextCursor(document)
    for fragment in list(_fragments(document)):
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "").strip()
            if alt:
                tip = QTextCharFormat()
                tip.setToolTip(alt)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(tip)
