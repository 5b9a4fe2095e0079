"""The "Prepare for my visit" dialog: a read-only preview of the sheet, Print… and Save as PDF…"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from isoapp import paths
from isoapp.i18n import fill
from isoapp.notes.errors import NotesError
from isoapp.notes.transfer import write_bytes_atomically
from isoapp.ui.notes.printing import document_pdf_bytes
from isoapp.ui.widgets.printing import print_document
from isoapp.ui.widgets.save_file import ask_save_path


class VisitSheetDialog(QDialog):
    def __init__(self, doc: QTextDocument, parent: QWidget | None = None, on_full_summary=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare for my visit"))
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Your open questions and recent notes, ready to print or save as a PDF."), self)
        )
        self.preview = QTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Visit sheet preview"))
        self.preview.setDocument(doc.clone(self.preview))
        layout.addWidget(self.preview, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the visit sheet"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Save the visit sheet as PDF"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.summary_button = None
        if on_full_summary is not None:  # the fuller sheet: course, check-in trends, serious signs
            self.summary_button = QPushButton(self.tr("Doctor’s summary…"), self)
            self.summary_button.setAccessibleName(self.tr("Open the doctor’s summary (course and check-ins too)"))
            self.summary_button.clicked.connect(lambda _c=False: (self.accept(), on_full_summary()))
            buttons.addButton(self.summary_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def print_sheet(self) -> None:
        # this dialog already is the preview: straight to the print dialog
        if print_document(self, self.doc, self.tr("the visit sheet"), preview=False):
            self.status.setText(self.tr("Sent to the printer."))

    def save_pdf_dialog(self) -> None:
        default = paths.export_dir() / f"visit-sheet-{date.today().isoformat()}.pdf"
        path = ask_save_path(self, self.tr("Save the visit sheet as PDF"), default, [("PDF", ".pdf")])
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        try:
            write_bytes_atomically(path, document_pdf_bytes(self.doc))
        except NotesError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(fill(self.tr("Saved as %1"), path))
        return True
