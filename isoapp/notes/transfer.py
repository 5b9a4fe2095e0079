"""Export all notes to Markdown or PDF, import notes from Markdown (used by the CLI and the notes view).

Both raise ``NotesError`` with one plain line for: missing/unreadable file, not UTF-8, unknown file type,
destination that cannot be written. Import adds notes in ONE transaction: on any error nothing is added,
and it never changes or deletes an existing note. An export is written to a temporary file beside the
destination and renamed into place, so a failed export never leaves half a file; it is created private
(0600) because notes are private by default.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from isoapp import atomic
from isoapp.notes.errors import NotesError
from isoapp.notes.markdown_io import format_notes, parse_notes
from isoapp.notes.model import Note
from isoapp.notes.store import FILENAME, NotesStore

MARKDOWN_SUFFIXES = (".md", ".markdown")
EXPORT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".pdf")
IMPORT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")

PdfRenderer = Callable[[list[Note]], bytes]


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def notes_for_export(data_dir: Path) -> list[Note]:
    """Every note not in the bin, oldest first. No store yet: no notes (and nothing is created)."""
    if not (Path(data_dir) / FILENAME).exists():
        return []
    store = NotesStore.open(Path(data_dir))
    try:
        return store.list(order="created")
    finally:
        store.close()


def write_bytes_atomically(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` all at once (isoapp.atomic), or raise NotesError in plain words."""
    try:
        atomic.write_bytes_atomically(dest, data)
    except atomic.WriteError as exc:
        raise NotesError(str(exc)) from exc


def export_notes(data_dir: Path, dest: Path, *, pdf_renderer: PdfRenderer | None = None) -> int:
    """Write all notes to ``dest`` (.md or .pdf, by suffix); returns how many notes were written.

    A PDF is drawn by ``pdf_renderer`` (notes -> PDF bytes): the caller passes the Qt one
    (isoapp.ui.notes.printing.notes_pdf_bytes), so this module stays free of Qt."""
    dest = Path(dest)
    suffix = dest.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise NotesError(f"Cannot export to {dest.name}: use a file name ending in .md or .pdf.")
    if not dest.parent.is_dir():
        raise NotesError(f"Cannot write {dest}: the folder {dest.parent} does not exist.")
    notes = notes_for_export(Path(data_dir))
    if suffix == ".pdf":
        if pdf_renderer is None:
            raise NotesError(f"Cannot export to {dest.name}: PDF export is not available here; use .md.")
        data = pdf_renderer(notes)
    else:
        data = format_notes(notes).encode("utf-8")
    write_bytes_atomically(dest, data)
    return len(notes)


def read_import_text(src: Path) -> str:
    src = Path(src)
    if src.suffix.lower() not in IMPORT_SUFFIXES:
        raise NotesError(f"Cannot import {src.name}: only Markdown files (.md) can be imported.")
    if not src.exists():
        raise NotesError(f"Cannot import {src}: the file does not exist.")
    if src.is_dir():
        raise NotesError(f"Cannot import {src}: it is a folder, not a file.")
    try:
        raw = src.read_bytes()
    except OSError as exc:
        raise NotesError(f"Cannot read {src}: {_reason(exc)}.") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotesError(
            f"Cannot import {src.name}: it is not UTF-8 text (unexpected byte at position {exc.start})."
        ) from exc


def import_notes(data_dir: Path, src: Path) -> int:
    """Add the notes of a Markdown file; returns how many were added. All or nothing."""
    src = Path(src)
    parsed = parse_notes(read_import_text(src), file_title=src.stem)
    if not parsed:
        return 0
    store = NotesStore.open(Path(data_dir))
    try:
        return len(store.add_many(p.as_mapping() for p in parsed))
    except sqlite3.OperationalError as exc:
        raise NotesError(f"Could not add the notes (nothing was changed): {exc}.") from exc
    finally:
        store.close()
