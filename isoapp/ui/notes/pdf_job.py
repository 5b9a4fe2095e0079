"""A PDF export of all notes off the interface thread, with a progress bar and a Cancel button.

The export itself (isoapp.notes.transfer.export_notes with the chunked renderer) runs in a QThread; this
thread only shows progress. ``run_pdf_export`` returns when the export is done, with the count or the
NotesError to show: the window keeps painting meanwhile (a local event loop, like a modal dialog's).
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from isoapp.i18n import fill, translate
from isoapp.notes.errors import NotesError
from isoapp.notes.transfer import export_notes

SHOW_AFTER_MS = 400  # a quick export never flashes a dialog


class _Cancelled(NotesError):
    pass


class _Export(QObject):
    progress = Signal(int)  # notes done
    done = Signal(object)  # the count (int) or the NotesError

    def __init__(self, data_dir: Path, dest: Path, force: bool) -> None:
        super().__init__()
        self._args = (data_dir, dest, force)
        self.cancel = threading.Event()

    def _on_chunk(self, _chunks: int, notes_done: int) -> None:
        if self.cancel.is_set():
            raise _Cancelled(translate("PdfJob", "The export was cancelled. Nothing was written."))
        self.progress.emit(notes_done)

    @Slot()
    def run(self) -> None:
        from isoapp.ui.notes.pdf_notes import notes_pdf_bytes

        data_dir, dest, force = self._args
        try:
            renderer = partial(notes_pdf_bytes, progress=self._on_chunk)
            result: object = export_notes(data_dir, dest, force=force, pdf_renderer=renderer)
        except NotesError as exc:
            result = exc
        except Exception as exc:  # noqa: BLE001 - never let a worker's error vanish: say it in one line
            result = NotesError(fill(translate("PdfJob", "The PDF could not be made: %1"), exc))
        self.done.emit(result)


class _Waiter(QObject):
    """Lives in the interface thread: the worker's result reaches it through the event queue."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.outcome: list[object] = []

    @Slot(object)
    def finish(self, result: object) -> None:
        self.outcome.append(result)
        self.loop.quit()


def run_pdf_export(parent: QWidget, data_dir: Path, dest: Path, total: int, *, force: bool = True) -> int:
    """Export all notes to the PDF ``dest`` with a progress bar; the count, or NotesError raised."""
    making, cancel = translate("PdfJob", "Making the PDF of your notes…"), translate("PdfJob", "Cancel")
    dialog = QProgressDialog(making, cancel, 0, max(total, 1), parent)

    dialog.setWindowTitle(translate("PdfJob", "Export notes"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAccessibleName(translate("PdfJob", "Export progress"))
    job = _Export(data_dir, dest, force)
    thread = QThread(parent)
    job.moveToThread(thread)
    waiter = _Waiter()
    job.progress.connect(dialog.setValue)
    job.done.connect(waiter.finish, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.cancel.set)
    thread.started.connect(job.run)
    thread.start()
    waiter.loop.exec()  # returns when the queued result arrives, however early it was sent
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.deleteLater()
    result = waiter.outcome[0]
    if isinstance(result, NotesError):
        raise result
    return int(result)
