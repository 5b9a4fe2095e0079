"""Getting notes out and in: the visit sheet (print or PDF), export to Markdown or PDF, import from Markdown."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from isoapp import paths
from isoapp.i18n import fill, translate
from isoapp.notes.errors import NotesError, StoreBusy
from isoapp.ui.notes.autosave import WAITING
from isoapp.ui.widgets.save_file import ask_save_path

IMPORT_RETRY_MS = 1000  # another program holds the notes file's lock: the import is tried again this often


class NotesTransfer:
    """Mixed into NotesView: the visit sheet, export and import."""

    def visit_document(self):
        self.ensure_started()
        from isoapp.notes.visit import build_visit_sheet
        from isoapp.ui.notes.printing import visit_document

        self.autosaver.save()  # never waits for another program's lock; the sheet shows what is saved
        return visit_document(build_visit_sheet(self._store()))

    def prepare_visit(self) -> None:
        try:
            doc = self.visit_document()
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(
                fill(
                    translate("NotesTransfer", "Could not prepare the sheet: %1"),
                    exc,
                ),
                "error",
            )
            return
        from isoapp.ui.notes.visit_sheet import VisitSheetDialog

        dialog = VisitSheetDialog(doc, self, on_full_summary=lambda: self.ctx.show_section("summary"))
        dialog.open()
        if self.autosaver.dirty:
            self.message.show_message(self._waiting_text(self.tr("The sheet shows your notes as last saved.")))

    def _import_later(self, path: Path) -> int:
        self.message.show_message(self._waiting_text(self.tr("The import is tried again in a moment.")))
        QTimer.singleShot(IMPORT_RETRY_MS, self, lambda: self.import_from(path))
        return 0

    def _waiting_text(self, then: str) -> str:
        return self.tr("Waiting for the notes file: another program is using it.") + " " + then

    def print_(self) -> None:
        """Ctrl+P in this section: the visit sheet, with its Print and Save as PDF buttons."""
        self.prepare_visit()

    def _default_export_path(self, suffix: str) -> str:
        return str(paths.export_dir() / f"my-isotretinoin-notes-{date.today().isoformat()}{suffix}")

    def export_dialog(self) -> None:
        self.autosaver.flush()
        types = [(translate("NotesTransfer", "Markdown"), ".md"), ("PDF", ".pdf")]
        path = ask_save_path(self, self.tr("Export notes"), Path(self._default_export_path(".md")), types)
        if path is not None:
            self.export_to(path, force=True)  # the save dialog asked before replacing a file

    def export_to(self, path: Path, *, force: bool = True) -> int:
        """Export all notes to ``path``; a PDF is made off the interface thread, with a progress bar."""
        self.ensure_started()
        from isoapp.notes.transfer import export_notes

        self.autosaver.flush()
        try:
            data_dir = self._store().data_dir
            if Path(path).suffix.lower() == ".pdf":
                from isoapp.ui.notes.pdf_job import run_pdf_export

                count = run_pdf_export(self, data_dir, Path(path), self._store().count(), force=force)
            else:
                count = export_notes(data_dir, Path(path), force=force)
        except NotesError as exc:
            self.message.show_message(str(exc), "error")
            return 0
        self.message.show_message(fill(translate("NotesTransfer", "Exported %n note(s) to %1", None, count), path))
        return count

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("NotesTransfer", "Import notes"),
            str(paths.export_dir()),
            translate("NotesTransfer", "Markdown (*.md *.markdown *.txt)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int:
        """Add the notes of a Markdown file (skipping those already there); returns how many were added."""
        self.ensure_started()
        from isoapp.notes.transfer import import_notes_report

        self.autosaver.save()  # never waits for another program's lock (nor does the import)
        if self.autosaver.dirty and self.autosaver.state != WAITING:
            self.message.show_message(
                translate("NotesTransfer", "The current note is not saved yet; try the import again soon."), "error"
            )
            return 0
        try:
            if self.autosaver.dirty:  # the note being typed waits for the lock: so does the import
                return self._import_later(path)
            report = import_notes_report(self._store().data_dir, path, wait=False)
        except StoreBusy:
            return self._import_later(path)
        except NotesError as exc:
            self.message.show_message(str(exc), "error")
            return 0
        self._store().changed_elsewhere()  # our own import: no need to poll-refresh again
        self.reload_list()
        added = translate("NotesTransfer", "%n added", None, report.added)
        there = translate("NotesTransfer", "%n already there", None, report.skipped)
        self.message.show_message(
            translate("NotesTransfer", "From %1: %2, %3. Your other notes were not changed.")
            .replace("%1", path.name)
            .replace("%2", added)
            .replace("%3", there)
        )
        return report.added
