"""``isoapp --visit-summary FILE.pdf [--force]``: the doctor's summary, written without a window.

It holds the default parts (course, trends, serious signs, open questions). It refuses to replace an
existing file unless ``--force`` is given, never creates a store where there is none, and writes the
file atomically and private (0600). Errors: one line on stderr, exit 2, nothing changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from isoapp import paths


def write_visit_summary(
    data_dir: Path, dest: Path, *, force: bool, fail: Callable[[str], int], today: date | None = None
) -> int:
    if dest.suffix.lower() != ".pdf":
        return fail(f"the summary is a PDF: give a file name ending in .pdf, not {dest.name}")
    if dest.is_dir():
        return fail(f"{dest} is a folder")
    if dest.exists() and not force:
        return fail(f"{dest} already exists (add --force to replace it)")
    if not dest.parent.is_dir():
        return fail(f"no such folder: {dest.parent}")
    from isoapp.atomic import WriteError, write_bytes_atomically
    from isoapp.notes.errors import NotesError
    from isoapp.notes.store import NotesStore
    from isoapp.ui.summary.document import summary_document, summary_pdf_bytes
    from isoapp.visit_summary import build_summary

    store = None
    try:
        if paths.notes_path(data_dir).exists():
            store = NotesStore.open(data_dir, read_only=True)  # an export creates, moves and writes nothing
        summary = build_summary(store, today or date.today())
        data = summary_pdf_bytes(summary_document(summary))
        write_bytes_atomically(dest, data, replace=force)  # a file that appeared meanwhile is kept too
    except (NotesError, WriteError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or dest}")
    finally:
        if store is not None:
            store.close()
    print(f"Wrote the summary for your doctor to {dest}", file=sys.stdout)
    return 0
