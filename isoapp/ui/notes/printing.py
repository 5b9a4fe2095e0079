"""Printable documents for notes: "all my notes" (PDF export) and the "Prepare for my visit" sheet.

Notes go in as plain text through QTextCursor (never parsed as HTML or Markdown), so whatever a person
typed is printed exactly as typed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from isoapp.i18n import QT_TRANSLATE_NOOP, fill, translate
from isoapp.notes.model import Note, local_text, stamp_to_local
from isoapp.notes.printable import note_meta
from isoapp.notes.visit import VisitSheet

PRODUCT = "Isotretinoin Guide"
DISCLAIMER = QT_TRANSLATE_NOOP(
    "NotesPrint", "This app does not replace your doctor. If you feel very unwell, get medical help at once."
)
_app_ref: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """QPdfWriter needs a QGuiApplication; make one (offscreen unless told otherwise) if none exists.

    It is a QApplication (not the lighter QGuiApplication) so that widgets can still be made later in the
    same process (the CLI never does; a test session or the GUI may).
    """
    global _app_ref
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app_ref = QApplication(["isoapp"])


def _when(stamp: str) -> str:
    try:
        local = stamp_to_local(str(stamp))
    except (OverflowError, ValueError, OSError, TypeError):
        return local_text(stamp, "%d %b %Y, %H:%M")  # a stored value that is not a date is shown as it is
    locale = QLocale()
    day = locale.toString(local.date(), "d MMM yyyy")  # month names in the interface language
    return f"{day}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def _today() -> str:
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


class _Writer:
    def __init__(self) -> None:
        self.doc = QTextDocument()
        font = QFont()
        font.setPointSizeF(11)
        self.doc.setDefaultFont(font)
        self.cursor = QTextCursor(self.doc)
        self._first = True

    def _block(self, top: float = 0, bottom: float = 4, indent: int = 0) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setIndent(indent)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)

    def text(
        self,
        text: str,
        *,
        size: float = 11,
        bold: bool = False,
        italic: bool = False,
        grey=False,
        top: float = 0,
        bottom: float = 4,
        indent: int = 0,
    ) -> None:
        self._block(top, bottom, indent)
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if grey:
            from PySide6.QtGui import QColor

            fmt.setForeground(QColor("#444444"))
        # insertText turns "\n" into new paragraphs with the same formats: the text stays plain text.
        self.cursor.insertText(text, fmt)


def notes_document(notes: list[Note], heading: str | None = None) -> QTextDocument:

    ensure_gui_application()
    w = _Writer()
    w.text(heading or translate("NotesPrint", "My notes"), size=18, bold=True, bottom=2)
    printed = fill(translate("NotesPrint", "%1 — printed %2 — %n notes", None, len(notes)), PRODUCT, _today())
    w.text(printed, grey=True, bottom=12)

    if not notes:
        w.text(translate("NotesPrint", "There are no notes yet."), italic=True)
    for note in notes:
        w.text(note.display_title(), size=13, bold=True, top=10, bottom=1)
        w.text(note_meta(note, _when), size=9, grey=True, bottom=4)
        if note.body:
            w.text(note.body)
    w.text(translate("NotesPrint", DISCLAIMER), size=9, italic=True, top=16)
    return w.doc


def visit_document(sheet: VisitSheet, excerpt_chars: int = 700) -> QTextDocument:
    ensure_gui_application()
    w = _Writer()
    w.text(translate("NotesPrint", "For my visit"), size=18, bold=True, bottom=2)
    w.text(f"{PRODUCT} — {_today()}", grey=True, bottom=12)
    if sheet.course_lines:
        w.text(translate("NotesPrint", "My course so far"), size=14, bold=True, top=6, bottom=6)
        for line in sheet.course_lines:
            w.text(line, bottom=2)
    w.text(translate("NotesPrint", "Questions for my doctor"), size=14, bold=True, top=6, bottom=6)
    if not sheet.open_questions:
        w.text(translate("NotesPrint", "No open questions. You can still ask anything during the visit."), italic=True)
    for number, q in enumerate(sheet.open_questions, start=1):
        w.text(f"{number}. {q.display_title()}", size=12, bold=True, top=6, bottom=1)
        if q.body and q.body.strip() != q.display_title():
            w.text(q.body, indent=1)
        w.text(
            translate("NotesPrint", "Answer: ____________________________________________________________"),
            grey=True,
            top=4,
            bottom=8,
            indent=1,
        )
    w.text(translate("NotesPrint", "Recent notes"), size=14, bold=True, top=14, bottom=6)
    if not sheet.recent_notes:
        w.text(translate("NotesPrint", "No other notes yet."), italic=True)
    for note in sheet.recent_notes:
        w.text(note.display_title(), size=12, bold=True, top=6, bottom=1)
        w.text(note_meta(note, _when), size=9, grey=True, bottom=3)
        body = note.body if len(note.body) <= excerpt_chars else note.body[:excerpt_chars].rstrip() + " …"
        if body:
            w.text(body)
    w.text(translate("NotesPrint", DISCLAIMER), size=9, italic=True, top=16)
    return w.doc


def _pdf_writer(target) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(fill(translate("NotesPrint", "%1 notes", "PDF title: product name, then 'notes'"), PRODUCT))

    writer.setCreator(PRODUCT)
    return writer


def document_pdf_bytes(doc: QTextDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def notes_pdf_bytes(notes: list[Note]) -> bytes:
    """All notes as a PDF, laid out in chunks and checked complete (isoapp.ui.notes)."""
    from isoapp.ui.notes.pdf_notes import notes_pdf_bytes as chunked_pdf

    return chunked_pdf(notes)
