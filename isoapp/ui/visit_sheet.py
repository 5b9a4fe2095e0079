"""The "Prepare for my visit" dialog: a read-only preview of the sheet, Print… and Save as PDF…"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from isoapp.ui.notes_print import document_pdf_bytes


class VisitSheetDialog(QDialog):
    def __init__(self, doc: QTextDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare for my visit"))
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
                "Your open questions and recent notes, ready to print or save as a PDF."
            ), self))
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
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the visit sheet"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.doc.print_(printer)
            self.status.setText(self.tr("Sent to the printer."))

    def save_pdf_dialog(self) -> None:
        default = str(paths.export_dir() / f"visit-sheet-{date.today().isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the visit sheet as PDF"), default, self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        try:
            write_bytes_atomically(path, document_pdf_bytes(self.doc))
        except NotesError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(fill(self.tr("Saved as %1"), path))
        return True
