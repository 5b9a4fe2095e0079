"""Export all notes to Markdown or PDF, import notes from Markdown (used by the CLI and the notes view).

Both raise ``NotesError`` with one plain line for: missing/unreadable file, not UTF-8, unknown file type,
too large, not an ordinary file, destination that exists (without ``force``) or cannot be written.
An export opens the store read-only: it never creates, moves or changes anything in the data folder.
Import adds notes in ONE transaction: on any error nothing is added, it never changes or deletes an
existing note, and notes identical to one already stored (title, body, created time) are skipped and
counted. Writing is atomic and private (files.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from isoapp import atomic
from isoapp.notes.errors import NotesError, plain_reason
from isoapp.notes.files import read_limited
from isoapp.notes.markdown_io import ParsedNote, format_notes, parse_notes
from isoapp.notes.model import Note
from isoapp.notes.store import FILENAME, NotesStore

MARKDOWN_SUFFIXES = (".md", ".markdown")
EXPORT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".pdf")
IMPORT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")
MAX_NOTE_CHARS = 1_000_000  # one note; the app stays quick up to here

PdfRenderer = Callable[[list[Note]], bytes]


class ImportReport(NamedTuple):
    added: int
    skipped: int  # already there (identical title, body and created time)
    recovered_from: Path | None = None  # the store was damaged: kept here, a fresh one started
    salvage_file: Path | None = None  # the notes that could still be read from it, as Markdown
    salvaged: int = 0
    salvage_backup: Path | None = None  # its readable course and check-ins, as a backup file


def notes_for_export(data_dir: Path) -> list[Note]:
    """Every note not in the bin, oldest first. No store yet: no notes (and nothing is created)."""
    if not (Path(data_dir) / FILENAME).exists():
        return []
    store = NotesStore.open(Path(data_dir), read_only=True)
    try:
        return store.list(order="created")
    except sqlite3.DatabaseError as exc:
        raise NotesError(f"Could not read your notes: {plain_reason(exc)}. Nothing was changed.") from exc
    finally:
        store.close()


def write_bytes_atomically(dest: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``dest`` all at once (isoapp.atomic), or raise NotesError in plain words.

    ``replace=False`` (an export without --force) never replaces an existing file."""
    try:
        atomic.write_bytes_atomically(Path(dest), data, replace=replace)
    except atomic.WriteError as exc:
        raise NotesError(str(exc)) from exc


def export_notes(data_dir: Path, dest: Path, *, force: bool = False, pdf_renderer: PdfRenderer | None = None) -> int:
    """Write all notes to ``dest`` (.md or .pdf, by suffix); returns how many notes were written.

    An existing ``dest`` is replaced only with ``force`` (and only when it is an ordinary file). A PDF
    is drawn by ``pdf_renderer`` (notes -> PDF bytes): the caller passes the Qt one
    (isoapp.ui.notes.printing.notes_pdf_bytes), so this module stays free of Qt."""
    dest = Path(dest)
    suffix = dest.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise NotesError(f"Cannot export to {dest.name}: use a file name ending in .md or .pdf.")
    if not dest.parent.is_dir():
        raise NotesError(f"Cannot write {dest}: the folder {dest.parent} does not exist.")
    try:
        atomic.check_destination(dest, replace=force)
    except atomic.WriteError as exc:
        raise NotesError(str(exc)) from exc
    notes = notes_for_export(Path(data_dir))
    if suffix == ".pdf":
        if pdf_renderer is None:
            raise NotesError(f"Cannot export to {dest.name}: PDF export is not available here; use .md.")
        data = pdf_renderer(notes)
    else:
        data = format_notes(notes).encode("utf-8")
    write_bytes_atomically(dest, data, replace=force)
    return len(notes)


def read_import_text(src: Path) -> str:
    src = Path(src)
    if src.suffix.lower() not in IMPORT_SUFFIXES:
        raise NotesError(f"Cannot import {src.name}: only Markdown files (.md) can be imported.")
    raw = read_limited(src)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotesError(
            f"Cannot import {src.name}: it is not UTF-8 text (unexpected byte at position {exc.start})."
        ) from exc


def _check_sizes(parsed: list[ParsedNote], src: Path) -> None:
    for number, note in enumerate(parsed, start=1):
        if len(note.body) + len(note.title) > MAX_NOTE_CHARS:
            raise NotesError(
                f"Cannot import {src.name}: note {number} is longer than {MAX_NOTE_CHARS:,} characters. "
                "Nothing was added."
            )


def import_notes_report(data_dir: Path, src: Path, *, wait: bool = True) -> ImportReport:
    """Add the notes of a Markdown file, all or nothing, skipping those already there.

    ``wait=False`` (the interface): if another program holds the write lock, raise ``StoreBusy`` at once."""
    src = Path(src)
    parsed = parse_notes(read_import_text(src), file_title=src.stem)
    _check_sizes(parsed, src)
    store = NotesStore.open(Path(data_dir))
    try:
        result = store.add_new((p.as_mapping() for p in parsed), wait=wait) if parsed else None
    except sqlite3.Error as exc:
        raise NotesError(f"Could not add the notes (nothing was changed): {plain_reason(exc, data_dir)}.") from exc
    finally:
        store.close()
    added, skipped = (len(result.added), result.skipped) if result else (0, 0)
    return ImportReport(added, skipped, store.recovered_from, store.salvage_file, store.salvaged, store.salvage_backup)


def import_notes(data_dir: Path, src: Path) -> int:
    """Add the notes of a Markdown file; returns how many were added. All or nothing."""
    return import_notes_report(data_dir, src).added
