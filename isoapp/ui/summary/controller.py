"""The doctor's summary controller: gathers the chosen parts, builds the document, prints or saves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from isoapp import paths
from isoapp.visit_summary import DEFAULT_PARTS, build_summary

PARTS_KEY = "summary/parts"


class SummaryController(QObject):
    def __init__(self, ctx, today=date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.document: QTextDocument | None = None

    def saved_parts(self) -> list[str]:
        value = self.ctx.settings.value(PARTS_KEY, list(DEFAULT_PARTS))
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def remember_parts(self, parts: list[str]) -> None:
        self.ctx.settings.setValue(PARTS_KEY, parts)

    def _store(self):
        """The store, without creating one: a person with no data yet gets an empty summary."""
        if self.ctx.has_open_notes_store() or paths.notes_path(self.ctx.data_dir).exists():
            return self.ctx.notes_store()
        return None

    def build(self, parts: list[str]) -> QTextDocument:
        from isoapp.ui.summary.document import summary_document

        self.document = summary_document(build_summary(self._store(), self._today(), parts))
        return self.document

    def save_pdf(self, path: Path) -> str | None:
        """Write the current document as PDF; returns an error message, or None when saved."""
        from isoapp.atomic import WriteError, write_bytes_atomically
        from isoapp.ui.summary.document import summary_pdf_bytes

        if self.document is None:
            return self.tr("Nothing to save yet.")
        try:
            write_bytes_atomically(path, summary_pdf_bytes(self.document))  # private (0600), all or nothing
        except WriteError as exc:
            return str(exc)
        return None

    def print_(self) -> bool:
        if self.document is None:
            return False
        return self.ctx.print_document(self.document.clone(), self.tr("Summary for my doctor"))
