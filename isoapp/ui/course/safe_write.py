"""Course and plan edits from the interface, with the store's problems handled the way My notes does.

Every edit runs through ``SafeWriter.run(action)``:
- another program holds the notes file's write lock: the course store never waits for it (``wait=False``,
  which would freeze the window for seconds); the edit is kept and tried again shortly, and the pages say
  "waiting for the notes file" until it is saved (nothing lost);
- a read-only store: the course stays on show and the pages say that changes cannot be saved, and why;
- the file was replaced while the app was open (a sync program): what this window holds is kept beside it
  (``NotesStore.recreate``), the pages say where, and show the file now in use;
- a full disk or any other store error: one plain sentence; nothing else changed.
A ``ValueError`` (bad input) is not handled here: the form or dialog that asked shows it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from isoapp.notes.errors import NotesError, StoreBusy, StoreGone, StoreReadOnly, plain_reason

SAVED, QUEUED, FAILED = "saved", "queued", "failed"
BUSY_RETRY_MS = 500
STORE_ERRORS = (NotesError, sqlite3.Error, OSError)


class SafeWriter(QObject):
    problem = Signal(str, str)  # (plain message, "error" | "info"); ("", "") clears it

    def __init__(self, store_getter: Callable[[], object], changed: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self._store = store_getter
        self._changed = changed
        self.pending: list[Callable[[], None]] = []
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(BUSY_RETRY_MS)
        self.retry.timeout.connect(self._try_pending)

    def run(self, action: Callable[[], None]) -> str:
        """SAVED, QUEUED (the lock is held: tried again shortly) or FAILED (the pages were told why)."""
        if self.pending:  # keep edits in order: this one waits behind those still waiting
            self.pending.append(action)
            return QUEUED
        try:
            action()
        except StoreBusy:
            self._queue(action)
            return QUEUED
        except STORE_ERRORS as exc:
            self._tell_failure(exc)
            return FAILED
        return SAVED

    def read_only_text(self) -> str | None:
        store = self._store()
        if not store.read_only:
            return None
        return self.tr(
            "Your course is shown, but changes cannot be saved: %1. Nothing you see here is lost; "
            "use “Back up everything…” in the File menu to keep a copy elsewhere."
        ).replace("%1", store.read_only_reason or "")

    def _queue(self, action: Callable[[], None]) -> None:
        self.pending.append(action)
        self.retry.start()
        self.problem.emit(
            self.tr(
                "Waiting for the notes file: another program is using it. Your change is kept and is saved "
                "as soon as the file is free."
            ),
            "info",
        )

    def _try_pending(self) -> None:
        while self.pending:
            action = self.pending[0]
            try:
                action()
            except StoreBusy:
                self.retry.start()
                return
            except ValueError as exc:  # no longer fits (changed meanwhile, e.g. in another window)
                from isoapp.ui.course.common import friendly_error

                self.pending.pop(0)
                self.problem.emit(
                    self.tr("A change could not be saved: %1").replace("%1", friendly_error(exc)), "error"
                )
                continue
            except STORE_ERRORS as exc:
                self.pending.clear()
                self._tell_failure(exc)
                return
            self.pending.pop(0)
        self.problem.emit(self.tr("The notes file is free again, and your changes are saved."), "info")
        self._changed()

    def _tell_failure(self, exc: BaseException) -> None:
        if isinstance(exc, StoreReadOnly):
            self.problem.emit(self.read_only_text() or plain_reason(exc), "error")
        elif isinstance(exc, StoreGone):
            self._recreate(exc)
        else:
            folder = getattr(self._store(), "data_dir", None)
            self.problem.emit(
                self.tr("Your change was not saved: %1. Nothing else was changed.").replace(
                    "%1", plain_reason(exc, folder)
                ),
                "error",
            )

    def _recreate(self, exc: BaseException) -> None:
        try:
            kept = self._store().recreate()
        except STORE_ERRORS as error:
            self.problem.emit(self.tr("Your change was not saved: %1.").replace("%1", plain_reason(error)), "error")
            return
        if kept is None:
            text = self.tr("Your notes file was made again after it was deleted. Please make your change again.")
        else:
            text = self.tr(
                "Your notes file was replaced by another one while the app was open (perhaps by a sync program). "
                "Your course from before is kept here: %1 . The file now in use is shown; your last change was "
                "not saved to it."
            ).replace("%1", str(kept))
        self.problem.emit(text, "error")
        self._changed()
