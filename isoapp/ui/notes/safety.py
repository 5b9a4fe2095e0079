"""When the notes file is not healthy: read-only, put aside as damaged, or gone while the app was open.

Mixed into NotesView. Whatever happens, everything that can be read is shown, what the person types stays
in the editor, and a calm message says what happened and what to do:
- read-only (a read-only disk or folder): changes cannot be saved, and why; "Save a copy elsewhere…"
  writes all notes, with the text being typed, to a Markdown file the person chooses;
- damaged and put aside at start: where the kept file is, and "Add them back" for the notes that could
  still be read (the salvage copy);
- deleted or replaced while open: the file was made again and everything saved to it (autosave.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer

from isoapp import paths
from isoapp.notes.errors import NotesError
from isoapp.notes.markdown_io import format_notes
from isoapp.notes.model import Note, now_stamp
from isoapp.notes.transfer import write_bytes_atomically
from isoapp.ui.widgets.save_file import ask_save_path


class NotesSafety:
    """Mixed into NotesView: read-only mode, damaged and vanished files."""

    def _check_store_health(self, store) -> None:
        """Called once the store is open: say what is wrong with it, if anything, and listen for a vanished
        file being written out again (by any part of the app that saves)."""
        store.recreated_listeners.append(self._recreated_elsewhere)
        if store.read_only:
            self._enter_read_only(store.read_only_reason or "")
        elif store.recovered_from is not None:
            self._tell_recovered(store)

    # --- read-only --------------------------------------------------------------------------------
    def _enter_read_only(self, reason: str) -> None:
        self.autosaver.read_only = True
        for button in (self.import_button, self.delete_button, self.restore_button, self.empty_bin_button):
            button.setEnabled(False)
        self.message.show_message(
            self.tr(
                "Your notes are all shown, but changes cannot be saved: %1. What you type stays here while "
                "the app is open. To keep it, use “Save a copy elsewhere…”."
            ).replace("%1", reason),
            "error",
            self.tr("Save a copy elsewhere…"),
            self.save_copy_elsewhere,
        )

    def notes_with_editor_text(self) -> list[Note]:
        """Every stored note (export order), with the editor's text in place of its note, or added."""
        notes = self._store().list(order="created")
        values = self._editor_values()
        if not (values["title"].strip() or values["body"].strip()):
            return notes
        note_id = self.autosaver.note_id
        stamp = now_stamp()
        typed = Note(
            note_id or -1,
            values["title"],
            values["body"],
            self.autosaver.section,
            values["is_question"],
            values["answered"],
            stamp,
            stamp,
            None,
            0,
        )
        kept = [n for n in notes if n.id != note_id]
        original = next((n for n in notes if n.id == note_id), None)
        if original is not None:
            typed = replace(typed, created=original.created)
        return [*kept, typed]

    def save_copy_elsewhere(self, path: Path | None = None) -> Path | None:
        """Write all notes (with the text being typed) as Markdown to a file the person chooses."""
        if path is None:
            start = paths.export_dir() / "my-isotretinoin-notes-copy.md"
            path = ask_save_path(self, self.tr("Save a copy of your notes"), start, [(self.tr("Markdown"), ".md")])
            if path is None:
                return None
        try:
            data = format_notes(self.notes_with_editor_text()).encode("utf-8")
            write_bytes_atomically(path, data)
        except (NotesError, sqlite3.Error, OSError) as exc:
            self.message.show_message(self.tr("Could not save the copy: %1").replace("%1", str(exc)), "error")
            return None
        self.message.show_message(
            self.tr("A copy of your notes, with what you typed, was saved to %1").replace("%1", str(path))
        )
        return path

    # --- damaged at start -------------------------------------------------------------------------
    def _tell_recovered(self, store) -> None:
        text = self.tr(
            "Your notes file could not be read, so it was put aside and kept (not deleted). It is here: %1 . "
            "A new notes file was started."
        ).replace("%1", str(store.recovered_from))
        if store.salvage_backup is not None:
            text += " " + self.tr(
                "Your course and check-ins that could still be read are saved in %1 ; restore them with "
                "“Restore from a backup…” in the File menu."
            ).replace("%1", str(store.salvage_backup))
        if store.salvage_file is None:
            self.message.show_message(text, "error")
            return
        more = self.tr("%n note(s) could still be read from it.", "", store.salvaged)
        salvage = Path(store.salvage_file)
        self.message.show_message(
            f"{text} {more}", "error", self.tr("Add them back"), lambda: self.import_from(salvage)
        )

    # --- deleted or replaced while open -----------------------------------------------------------
    def _recreated_elsewhere(self, kept) -> None:
        if shiboken6.isValid(self):  # told after the store's write, not in the middle of it
            QTimer.singleShot(0, self, lambda: self._on_recreated(kept))

    def _guard_file(self) -> bool:
        """Checked every few seconds: if the notes file vanished or was replaced, make it again now (not
        only at the next save: closing the app would otherwise lose every note). True if it acted."""
        store = self.ctx.notes_store()
        if store.read_only or store.file_problem() is None:
            return False
        try:
            kept = store.recreate()
        except (NotesError, sqlite3.Error, OSError) as exc:
            self.message.show_message(
                self.tr("Your notes file is gone and could not be made again: %1").replace("%1", str(exc)), "error"
            )
            return True
        if kept is not None:  # the file in place now has other notes: what is typed is saved as a new note
            if self.autosaver.dirty:
                self.autosaver.note_id = self.autosaver.rev = None
            else:
                self._show_note(None)
        self._on_recreated(kept)
        return True

    def _on_recreated(self, kept) -> None:
        if kept is None:
            text = self.tr(
                "Your notes folder was deleted while the app was open (perhaps by a clean-up or sync program). "
                "It was made again, and all your notes, with what you typed, were saved to it."
            )
        else:
            text = self.tr(
                "Your notes file was replaced by another one while the app was open (perhaps by a sync "
                "program). Your notes from before are kept here: %1 . What you typed was saved as a note in "
                "the file now in use."
            ).replace("%1", str(kept))
        self.message.show_message(text, "error")
        self.reload_list()
