"""Lay out chunks of plain text (isoapp.notes.printable) one QTextDocument at a time onto one PDF.

Each chunk starts on a new page. After each chunk the layout is checked: every paragraph laid out, and the
last one inside the pages drawn. At the end the pages in the PDF are counted. Any shortfall raises
``NotesError`` (the caller then writes nothing): a PDF is complete or there is none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from isoapp.notes import printable
from isoapp.notes.errors import NotesError

PRODUCT = "Isotretinoin Guide"
# kind -> (point size, bold, italic, grey, top margin, bottom margin)
STYLES = {
    printable.HEADING: (18, True, False, False, 0, 2),
    printable.SUBTITLE: (11, False, False, True, 0, 12),
    printable.EMPTY: (11, False, True, False, 0, 4),
    printable.TITLE: (13, True, False, False, 10, 1),
    printable.META: (9, False, False, True, 0, 4),
    printable.BODY: (11, False, False, False, 0, 4),
    printable.DISCLAIMER: (9, False, True, False, 16, 4),
}
_app_ref = None
Progress = Callable[[int, int], None]


def ensure_gui_application() -> None:
    """QPdfWriter needs a QGuiApplication; make one (offscreen unless told otherwise) if none exists."""
    global _app_ref
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app_ref = QApplication(["isoapp"])


def pdf_writer(target, title: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator(PRODUCT)
    return writer


def chunk_document(chunk: list[printable.Piece], writer: QPdfWriter) -> QTextDocument:
    """One chunk as a document laid out for ``writer``'s pages; text inserted as plain text."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    cursor = QTextCursor(doc)
    for number, piece in enumerate(chunk):
        size, bold, italic, grey, top, bottom = STYLES[piece.kind]
        block = QTextBlockFormat()
        block.setTopMargin(top)
        block.setBottomMargin(bottom)
        if number:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if grey:
            fmt.setForeground(QColor("#444444"))
        cursor.insertText(piece.text, fmt)  # "\n" -> new paragraphs with the same formats: still plain text
    return doc


def _check_laid_out(doc: QTextDocument, pages: int) -> None:
    last = doc.lastBlock()
    rect = doc.documentLayout().blockBoundingRect(last)
    if last.layout().lineCount() == 0 and last.length() > 1:
        raise NotesError("The PDF could not be laid out completely, so it was not written.")
    if rect.bottom() > pages * doc.pageSize().height() + 1:
        raise NotesError("The PDF would have been cut short, so it was not written.")


def _paint_chunk(doc: QTextDocument, painter: QPainter, first: bool) -> int:
    pages = doc.pageCount()
    height, width = doc.pageSize().height(), doc.pageSize().width()
    for page in range(pages):
        if not (first and page == 0):
            painter.device().newPage()
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    _check_laid_out(doc, pages)
    return pages


def count_pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def render_chunks(
    chunks: Iterable[list[printable.Piece]], title: str, progress: Progress | None = None
) -> tuple[bytes, int, int]:
    """PDF bytes for ``chunks``; also (pages drawn, TITLE pieces drawn). Raises NotesError if incomplete."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    painter = QPainter(writer)
    pages = titles = 0
    try:
        for number, chunk in enumerate(chunks):
            pages += _paint_chunk(chunk_document(chunk, writer), painter, first=number == 0)
            titles += sum(1 for p in chunk if p.kind == printable.TITLE)
            if progress is not None:
                progress(number + 1, titles)
    finally:
        painter.end()
        del writer  # finishes the PDF
        buffer.close()
    out = bytes(data.data())
    if count_pdf_pages(out) != pages:
        raise NotesError(f"The PDF has {count_pdf_pages(out)} of its {pages} pages, so it was not written.")
    return out, pages, titles
