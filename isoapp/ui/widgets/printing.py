"""The one way to print: a preview with the system's print button, or the print dialog at once
(for views that already are a preview)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from isoapp import APP_NAME


def print_document(parent: QWidget, document: QTextDocument, title: str, *, preview: bool = True) -> bool:
    """Print ``document`` (after a preview, or straight to the print dialog). True if printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{APP_NAME}: {title}")
    heading = QCoreApplication.translate("Printing", "Print: %1").replace("%1", title)
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(heading)
        dialog.paintRequested.connect(document.print_)
        return dialog.exec() == QDialog.DialogCode.Accepted
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(heading)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True
