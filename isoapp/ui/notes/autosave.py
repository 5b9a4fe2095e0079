"""Autosave for the note being edited: debounce, save, retry on disk errors, keep both on a conflict.

No widgets here: the view gives a ``values()`` callable (what the editor shows) and listens to signals.

States: "saved", "saving", "unsaved" (typed, waiting for the debounce), "failed" (retrying), "waiting"
(another program holds the notes file's write lock: the save does not wait for it, which would freeze the
window for seconds, but is tried again shortly), "read-only" (the store cannot be written: the text stays
in the editor; nothing is retried).
The notes file vanished or was replaced (a clean-up or sync program): the store writes everything it still
holds to a new file (``NotesStore.recreate``), ``recreated`` tells the person, and the save goes ahead.
Second window of the app: the save sends the revision it loaded (``expected_rev``). If the note changed
(or went to the bin, or was removed) in another window meanwhile, nothing there is overwritten: our text is
saved as a NEW note titled "<title> (my copy)", the editor switches to that copy, and ``conflict`` tells the
person. Both versions are kept; the person merges them by hand if they wish.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from isoapp.notes.errors import NoteConflict, NotesError, StoreBusy, StoreGone, StoreReadOnly, plain_reason
from isoapp.notes.model import Note

DEBOUNCE_MS = 600  # autosave this long after the last keystroke (issue: <= 1 s)
RETRY_MS = (2000, 5000, 10000)  # back-off while the disk refuses writes
BUSY_RETRY_MS = 500  # while another program holds the write lock

SAVED, SAVING, UNSAVED, FAILED, WAITING, READ_ONLY = "saved", "saving", "unsaved", "failed", "waiting", "read-only"


def plain_save_error(exc: Exception) -> str:
    """One message, plain words, one full stop per sentence (``plain_reason`` ends without one)."""
    return _not_saved_template().replace("%1", plain_reason(exc))


def _not_saved_template() -> str:
    return QCoreApplication.translate(
        "Autosaver",
        "Not saved yet: %1. Your text stays here and saving is tried again every few seconds. "
        "You can also copy it somewhere safe.",
    )


def not_saved_prefix() -> str:
    """How a "not saved yet" message starts, in the interface language (to recognise one)."""
    return _not_saved_template().split("%1", 1)[0].strip()


class Autosaver(QObject):
    state_changed = Signal(str)
    saved = Signal(object)  # Note
    failed = Signal(str)  # plain message
    conflict = Signal(object, object)  # (id of the note changed elsewhere, our copy: Note)
    recreated = Signal(object)  # the notes file was made again; the kept copy of a replaced one, or None

    def __init__(self, store_getter: Callable[[], object], values: Callable[[], dict], parent=None) -> None:
        super().__init__(parent)
        self._store = store_getter
        self._values = values
        self.note_id: int | None = None
        self.rev: int | None = None
        self.section: str | None = None
        self.dirty = False
        self.state = SAVED
        self.read_only = False  # set by the view when the store cannot be written
        self._failures = 0
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.save)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.save)

    # --- what is being edited
    def load(self, note: Note | None, section: str | None = None) -> None:
        """Start editing ``note`` (None: a new note, stored on its first save)."""
        self.debounce.stop()
        self.retry.stop()
        self._failures = 0
        self.note_id = note.id if note else None
        self.rev = note.rev if note else None
        self.section = note.section if note else section
        self.dirty = False
        self._set_state(SAVED)

    def edited(self) -> None:
        self.dirty = True
        if self.state != FAILED:
            self._set_state(UNSAVED)
        if not self.retry.isActive():
            self.debounce.start()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    # --- saving
    def flush(self) -> bool:
        """Save now if anything is pending (waiting for a lock if need be). True when nothing is left unsaved."""
        self.debounce.stop()
        if self.dirty:
            self.save(wait=True)
        return not self.dirty

    def save(self, wait: bool = False) -> None:
        """Save what the editor shows. ``wait=False`` (timers): never wait for another program's lock."""
        self.debounce.stop()
        if not self.dirty:
            return
        values = self._values()
        if self.note_id is None and not values["title"].strip() and not values["body"].strip():
            self.dirty = False  # an empty new note is not stored
            self._set_state(SAVED)
            return
        if self.read_only:
            self._set_state(READ_ONLY)
            return
        self._set_state(SAVING)
        self._write(values, wait, may_recreate=True)

    def _write(self, values: dict, wait: bool, may_recreate: bool) -> None:
        try:
            store = self._store()
            if self.note_id is None:
                note = store.add(section=self.section, wait=wait, **values)
            else:
                note = store.update(self.note_id, expected_rev=self.rev, wait=wait, **values)
        except NoteConflict:
            self._keep_both(values)
            return
        except StoreBusy:
            self._set_state(WAITING)
            self.retry.start(BUSY_RETRY_MS)
            return
        except StoreReadOnly:
            self.read_only = True
            self._set_state(READ_ONLY)
            return
        except StoreGone as exc:
            if may_recreate and self._recreate(exc):
                self._write(values, wait, may_recreate=False)
            return
        except (sqlite3.Error, NotesError, OSError) as exc:
            self._fail(exc)
            return
        self._done(note)

    def _recreate(self, exc: Exception) -> bool:
        try:
            kept = self._store().recreate()
        except (sqlite3.Error, NotesError, OSError) as error:
            self._fail(error)
            return False
        if kept is not None:  # another file is in place now: its note ids are not ours, save as a new note
            self.note_id = self.rev = None
        self.recreated.emit(kept)
        return True

    def _keep_both(self, values: dict) -> None:
        original = self.note_id
        copy_values = dict(values)
        copy_values["title"] = (values["title"].strip() or self.tr("Note")) + self.tr(" (my copy)")
        try:
            note = self._store().add(section=self.section, **copy_values)
        except (sqlite3.Error, NotesError, OSError) as exc:
            self._fail(exc)
            return
        self._done(note)
        self.conflict.emit(original, note)

    def _done(self, note: Note) -> None:
        self.note_id, self.rev = note.id, note.rev
        self.retry.stop()
        self._failures = 0
        # Typing during the save (re-entrancy is impossible here, but values may differ after a copy)
        self.dirty = False
        self._set_state(SAVED)
        self.saved.emit(note)

    def _fail(self, exc: Exception) -> None:
        self.dirty = True
        self._set_state(FAILED)
        self.retry.start(RETRY_MS[min(self._failures, len(RETRY_MS) - 1)])
        self._failures += 1
        self.failed.emit(plain_save_error(exc))
