"""The notes list: which notes show (all, questions, bin; search), selection, and changes from elsewhere."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt

from isoapp.i18n import fill, translate
from isoapp.notes.errors import NotesError
from isoapp.ui.notes.list_model import ID_ROLE

SHOW_ALL, SHOW_QUESTIONS, SHOW_BIN = 0, 1, 2


class NotesListing:
    """Mixed into NotesView: the list of notes."""

    def mode(self) -> int:
        return self.show_combo.currentIndex()

    def reload_list(self, keep_id: int | None = None) -> None:
        store = self.ctx.notes_store() if self.ctx.has_open_notes_store() else self._try_store()
        if store is None:
            self.model.set_summaries([])
            self.count_label.setText(translate("NotesListing", "Your notes could not be opened."))
            return
        keep_id = self.autosaver.note_id if keep_id is None and hasattr(self, "autosaver") else keep_id
        query = self.search.text().strip()
        mode = self.mode()
        try:
            if query and mode != SHOW_BIN:
                hits = store.search(query, questions_only=mode == SHOW_QUESTIONS)
                self.model.set_hits(hits)
                if hits:
                    self.count_label.setText(translate("NotesListing", "%n notes found", None, len(hits)))
                else:
                    self.count_label.setText(translate("NotesListing", "No notes match your search."))
            else:
                questions, in_bin = mode == SHOW_QUESTIONS, mode == SHOW_BIN
                total = store.count(questions_only=questions, only_deleted=in_bin)
                self.model.set_source(
                    lambda limit, offset: store.summaries(
                        questions_only=questions, only_deleted=in_bin, limit=limit, offset=offset
                    ),
                    total,
                )
                if mode == SHOW_QUESTIONS:
                    self.count_label.setText(translate("NotesListing", "%n questions", None, total))
                elif mode == SHOW_BIN:
                    self.count_label.setText(translate("NotesListing", "%n notes in the bin", None, total))
                else:
                    self.count_label.setText(translate("NotesListing", "%n notes", None, total))
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(
                fill(
                    translate("NotesListing", "Could not read your notes: %1"),
                    exc,
                ),
                "error",
            )
            return
        self.empty_bin_button.setVisible(mode == SHOW_BIN)
        self._update_buttons()
        if keep_id is not None:
            row = self.model.row_of(keep_id)
            if row >= 0:
                self._select_row(row, load=False)

    def _select_row(self, row: int, load: bool = True) -> None:
        index = self.model.index(row, 0)
        selection = self.list.selectionModel()
        if not load:
            selection.blockSignals(True)
        try:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            if not load:
                selection.blockSignals(False)
        self.list.scrollTo(index)

    def _on_selected(self, index) -> None:
        if not index.isValid():
            return
        note_id = index.data(ID_ROLE)
        if note_id == self.autosaver.note_id:
            return
        if not self.autosaver.flush():
            self.message.show_message(
                translate(
                    "NotesListing", "This note is not saved yet, so the app stays on it. Saving is being retried."
                ),
                "error",
            )
            self.reload_list(keep_id=self.autosaver.note_id)
            return
        note = self._store().get(note_id)
        if note is not None:
            self._show_note(note)

    def _on_mode_changed(self) -> None:
        if not self.autosaver.flush():
            self.message.show_message(
                translate("NotesListing", "This note is not saved yet. Saving is being retried."), "error"
            )
        self.reload_list()
        current = self.list.currentIndex()
        if current.isValid() and current.data(ID_ROLE) == self.autosaver.note_id:
            return
        if self.model.rowCount():
            self._select_row(0)
        elif self.mode() == SHOW_BIN or self.autosaver.note_id is not None:
            self._show_note(None)

    def focus_search(self) -> None:
        self.ensure_started()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _poll_elsewhere(self) -> None:
        if not self._started or not self.ctx.has_open_notes_store() or not self.isVisible():
            return
        if self._guard_file():
            return
        store = self.ctx.notes_store()
        try:
            if not store.changed_elsewhere():
                return
            note_id = self.autosaver.note_id
            if note_id is not None and not self.autosaver.dirty:
                note = store.get(note_id)
                if note is not None and note.rev != self.autosaver.rev and not note.in_bin:
                    self._show_note(note)
                    self.message.show_message(
                        translate("NotesListing", "This note was changed in another window; showing the new text.")
                    )
            self.reload_list()
        except (sqlite3.Error, NotesError):
            pass
