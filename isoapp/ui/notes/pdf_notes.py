"""All notes as a PDF: chunked (printable.py), every note checked in, or NotesError and no PDF."""

from __future__ import annotations

from isoapp.i18n import QT_TRANSLATE_NOOP, fill, format_date, translate
from isoapp.notes import printable
from isoapp.notes.errors import NotesError
from isoapp.notes.model import Note
from isoapp.ui.notes.pdf_pages import PRODUCT, Progress, render_chunks

DISCLAIMER = QT_TRANSLATE_NOOP(
    "NotesPrint", "This app does not replace your doctor. If you feel very unwell, get medical help at once."
)


def notes_pdf_bytes(
    notes: list[Note], heading: str | None = None, progress: Progress | None = None, budget: int | None = None
) -> bytes:
    """The PDF of ``notes`` (export order). ``progress(chunks done, notes done)`` after each chunk."""
    from datetime import date

    budget = budget or printable.CHUNK_CHARS
    heading = heading or translate("NotesPrint", "My notes")
    printed = translate("NotesPrint", "%1 — printed %2 — %n notes", None, len(notes))
    subtitle = fill(printed, PRODUCT, format_date(date.today(), long=True))
    items = printable.pieces(notes, heading, subtitle, translate("NotesPrint", DISCLAIMER), budget)
    title = fill(translate("NotesPrint", "%1 notes", "PDF title: product name, then 'notes'"), PRODUCT)
    data, _pages, titles = render_chunks(printable.chunked(items, budget), title, progress)
    if titles != len(notes):
        raise NotesError(f"Only {titles} of {len(notes)} notes made it into the PDF, so it was not written.")
    return data
