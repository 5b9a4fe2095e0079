"""The note being edited: showing it, saving state, and the new / delete / undo / restore / empty bin actions."""

from __future__ import annotations

import re
import sqlite3

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QMessageBox,
)

from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTitles, fill, translate
from isoapp.notes.errors import NotesError
from isoapp.notes.model import Note
from isoapp.ui.notes.autosave import FAILED, READ_ONLY, SAVED, SAVING, UNSAVED, WAITING, not_saved_prefix
from isoapp.ui.notes.listing import SHOW_ALL, SHOW_BIN

# A run this long without a space is laid out by Qt's word wrap in time that grows with its square (a 1 MB
# line froze the window for two minutes); wrapping such a note anywhere takes under a second.
LONG_RUN = re.compile(r"\S{2000}")


STATE_TEXT = TranslatedTitles(
    "NoteEditing",
    {
        SAVED: QT_TRANSLATE_NOOP("NoteEditing", "Saved"),
        SAVING: QT_TRANSLATE_NOOP("NoteEditing", "Saving…"),
        UNSAVED: QT_TRANSLATE_NOOP("NoteEditing", "Saving…"),
        FAILED: QT_TRANSLATE_NOOP("NoteEditing", "Not saved — retrying"),
    },
)


class NoteEditing:
    """Mixed into NotesView: the editor and the actions on one note."""

    def current_note(self) -> Note | None:
        if self.autosaver.note_id is None:
            return None
        try:
            return self._store().get(self.autosaver.note_id)
        except (sqlite3.Error, NotesError):
            return None

    def _editor_values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "body": self.body_edit.toPlainText(),
            "is_question": self.question_box.isChecked(),
            "answered": self.question_box.isChecked() and self.answered_box.isChecked(),
        }

    def _show_note(self, note: Note | None, section: str | None = None) -> None:
        self._building = True
        try:
            self.title_edit.setText(note.title if note else "")
            self.title_edit.setCursorPosition(0)
            body = note.body if note else ""
            long_run = LONG_RUN.search(body) is not None
            self.body_edit.setWordWrapMode(
                QTextOption.WrapMode.WrapAnywhere if long_run else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            )
            self.body_edit.setPlainText(body)
            self.question_box.setChecked(bool(note and note.is_question))
            self.answered_box.setChecked(bool(note and note.answered))
            in_bin = bool(note and note.in_bin)
            for w in (self.title_edit, self.body_edit):
                w.setReadOnly(in_bin)
            for w in (self.question_box, self.answered_box):
                w.setEnabled(not in_bin)
            self.answered_box.setEnabled(not in_bin and self.question_box.isChecked())
            self.autosaver.load(note, section)
            self._update_section_button()
        finally:
            self._building = False
        self._update_buttons()

    def _update_section_button(self) -> None:
        section = self.autosaver.section
        if section:
            self.section_button.setText(
                fill(translate("NoteEditing", "About: %1"), self._section_titles.get(section, section))
            )
            self.section_button.show()
        else:
            self.section_button.hide()

    def _go_to_section(self) -> None:
        if self.autosaver.section:
            self.ctx.show_section(self.autosaver.section)

    def _question_toggled(self, checked: bool) -> None:
        self.answered_box.setEnabled(checked and not self.title_edit.isReadOnly())
        self._edited()

    def _edited(self) -> None:
        if not self._building and not self.title_edit.isReadOnly():
            self.autosaver.edited()

    def _state_text(self, state: str) -> str:
        if state == WAITING:
            return self.tr("Waiting for the notes file (another program is using it)…")
        if state == READ_ONLY:
            return self.tr("Not saved: the notes file cannot be written")
        return STATE_TEXT[state]

    def _on_state(self, state: str) -> None:
        self.state_label.setText(self._state_text(state))
        self.state_label.setAccessibleDescription(self._state_text(state))
        if state == SAVED and self.message.kind == "error" and not_saved_prefix() in self.message.label.text():
            self.message.show_message(translate("NoteEditing", "Saved. The problem is gone and nothing was lost."))

    def _on_saved(self, note: Note) -> None:
        self.reload_list(keep_id=note.id)  # the note moves to the top (newest change first)

    def _on_conflict(self, original_id: int, copy: Note) -> None:
        self._show_note(copy)
        self.reload_list(keep_id=copy.id)
        self.message.show_message(
            fill(
                translate(
                    "NoteEditing",
                    "This note was changed in another window of Isotretinoin Guide while you were "
                    "typing. Nothing was overwritten: your version is saved as a separate note, "
                    "“%1”. Both versions are in your list.",
                ),
                copy.title,
            ),
            "info",
        )

    def _update_buttons(self) -> None:
        in_bin_mode = self.mode() == SHOW_BIN
        has_note = self.autosaver.note_id is not None if hasattr(self, "autosaver") else False
        self.delete_button.setVisible(not in_bin_mode)
        self.restore_button.setVisible(in_bin_mode)
        self.restore_button.setEnabled(in_bin_mode and has_note)
        self.new_button.setEnabled(True)

    def new_note(self, section_id: str | None = None, title: str = "", body: str = "") -> None:
        """Start a new note (stored on its first save), optionally linked to a section, with a title
        and text filled in (e.g. by another section through ``ctx.request_note``)."""
        self.ensure_started()
        if not self.autosaver.flush():
            self.message.show_message(
                translate(
                    "NoteEditing",
                    "The current note is not saved yet, so a new one was not started. Saving is being retried.",
                ),
                "error",
            )
            return
        if section_id == getattr(self.section, "id", None):
            section_id = None
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        if self.mode() == SHOW_BIN:
            self.show_combo.blockSignals(True)
            self.show_combo.setCurrentIndex(SHOW_ALL)
            self.show_combo.blockSignals(False)
            self.reload_list()
        self.list.selectionModel().blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1, 0))
        self.list.selectionModel().blockSignals(False)
        self._show_note(None, section=section_id)
        if section_id and not title:
            title = self.tr("About %1").replace("%1", self._section_titles.get(section_id, section_id))
        if title or body:
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self.autosaver.edited()
            self.body_edit.setFocus()
        else:
            self.title_edit.setFocus()

    def delete_current(self) -> None:
        self.ensure_started()
        if self.mode() == SHOW_BIN:
            return
        if not self.autosaver.flush():
            self.message.show_message(
                translate("NoteEditing", "This note is not saved yet, so it cannot be moved to the bin."), "error"
            )
            return
        note_id = self.autosaver.note_id
        if note_id is None:
            self._show_note(None)
            return
        try:
            self._store().delete(note_id, wait=False)  # never freeze on another program's lock
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(
                fill(
                    translate("NoteEditing", "Could not move the note to the bin: %1"),
                    exc,
                ),
                "error",
            )
            return
        row = max(self.model.row_of(note_id), 0)
        self.autosaver.load(None)
        self.reload_list()
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))
        else:
            self._show_note(None)
        self.message.show_message(
            translate("NoteEditing", "Note moved to the bin."),
            "info",
            translate("NoteEditing", "&Undo"),
            lambda: self.undo_delete(note_id),
        )

    def undo_delete(self, note_id: int) -> None:
        try:
            self._store().restore(note_id, wait=False)
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(
                fill(
                    translate("NoteEditing", "Could not restore the note: %1"),
                    exc,
                ),
                "error",
            )
            return
        self.reload_list()
        row = self.model.row_of(note_id)
        if row >= 0:
            self._select_row(row)

    def restore_current(self) -> None:
        note_id = self.autosaver.note_id
        if note_id is None:
            return
        self.undo_delete(note_id)
        self._on_mode_changed()
        self.message.show_message(translate("NoteEditing", "The note is back in your notes."))

    def empty_bin(self, confirm: bool = True) -> int:
        self.ensure_started()
        store = self._try_store()
        if store is None:
            return 0
        count = store.count(include_deleted=True) - store.count()
        if count == 0:
            self.message.show_message(translate("NoteEditing", "The bin is already empty."))
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("NoteEditing", "Empty bin"),
                translate(
                    "NoteEditing", "Remove the %n notes in the bin for good? This cannot be undone.", None, count
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            removed = store.empty_bin(wait=False)
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(
                fill(
                    translate("NoteEditing", "Could not empty the bin: %1"),
                    exc,
                ),
                "error",
            )
            return 0
        self._show_note(None)
        self.reload_list()
        self.message.show_message(translate("NoteEditing", "Removed %n notes for good.", None, removed))
        return removed
