"""All notes as a PDF: chunked (printable.py), every note checked in, or NotesError and no PDF."""

from __future__ import annotations

from datetime import datetime

from isoapp.notes import printable
from isoapp.notes.errors import NotesError
from isoapp.notes.model import Note
from isoapp.ui.notes.pdf_pages import PRODUCT, Progress, render_chunks

DISCLAIMER = "This app does not replace your doctor. If you feel very unwell, get medical help at once."


def notes_pdf_bytes(
    notes: list[Note], heading: str = "My notes", progress: Progress | None = None, budget: int | None = None
) -> bytes:
    """The PDF of ``notes`` (export order). ``progress(chunks done, notes done)`` after each chunk."""
    budget = budget or printable.CHUNK_CHARS
    subtitle = f"{PRODUCT} — printed {datetime.now().strftime('%d %b %Y')} — {len(notes)} notes"
    items = printable.pieces(notes, heading, subtitle, DISCLAIMER, budget)
    data, _pages, titles = render_chunks(printable.chunked(items, budget), f"{PRODUCT} notes", progress)
    if titles != len(notes):
        raise NotesError(f"Only {titles} of {len(notes)} notes made it into the PDF, so it was not written.")
    return data
