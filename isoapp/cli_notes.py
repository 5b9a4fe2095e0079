"""``--export-notes`` and ``--import-notes``: one line of result, or one line of error and exit 2."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

EXIT_USAGE = 2


def _fail(message: str) -> int:
    print(f"isoapp: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def _notes(n: int) -> str:
    return f"{n} note" if n == 1 else f"{n} notes"


def say_recovery(report) -> None:
    """Say on stderr where a damaged store was put aside, and where its readable notes are."""
    if report.recovered_from is None:
        return
    backup = getattr(report, "salvage_backup", None)
    if backup is not None:
        print(
            f"isoapp: the course and check-ins that could still be read from it are in {backup} "
            f"(restore them with: isoapp --import-all '{backup}').",
            file=sys.stderr,
        )
    print(
        f"isoapp: your notes file could not be read, so it was put aside (kept, not deleted) at "
        f"{report.recovered_from} and a new notes file was started.",
        file=sys.stderr,
    )
    if report.salvage_file is not None:
        print(
            f"isoapp: {_notes(report.salvaged)} could still be read from it; they are in {report.salvage_file} "
            f"(add them back with: isoapp --import-notes '{report.salvage_file}').",
            file=sys.stderr,
        )


def _import(data_dir: Path, source: str) -> int:
    from isoapp.notes.transfer import import_notes_report

    report = import_notes_report(data_dir, Path(source))
    say_recovery(report)
    print(f"Imported from {source}: {report.added} added, {report.skipped} already there")
    return 0


def _pdf_renderer(dest: str):
    """The Qt PDF renderer, imported only when a PDF is asked for (so Markdown exports stay Qt-free)."""
    if not dest.lower().endswith(".pdf"):
        return None
    from isoapp.ui.notes.printing import notes_pdf_bytes

    return notes_pdf_bytes


def _export(data_dir: Path, dest: str, force: bool) -> int:
    from isoapp.notes.transfer import export_notes

    count = export_notes(data_dir, Path(dest), force=force, pdf_renderer=_pdf_renderer(dest))
    print(f"Exported {_notes(count)} to {dest}")
    return 0


def notes_transfer(data_dir: Path, export_to: str | None, import_from: str | None, *, force: bool = False) -> int:
    from isoapp.notes.errors import NotesError, plain_reason

    try:
        if export_to:
            return _export(data_dir, export_to, force)
        return _import(data_dir, import_from or "")
    except NotesError as exc:
        return _fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return _fail(f"could not use your notes file: {plain_reason(exc, data_dir)}")
    except OSError as exc:
        return _fail(f"{plain_reason(exc)}: {exc.filename or ''}".strip(" :"))
