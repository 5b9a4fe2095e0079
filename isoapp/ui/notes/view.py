"""The "My notes" section: list + editor, autosave, search, questions for my doctor, bin, visit sheet,
export/import. Notes are edited and shown as plain text only (QLineEdit / QPlainTextEdit), never as HTML.

Saving: see notes_autosave.py (debounced autosave, retry on disk errors, "keep both" on a conflict with a
second window). The list refreshes when another window commits (polled via PRAGMA data_version).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isoapp import paths
from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTitles, fill
from isoapp.notes.errors import NotesError
from isoapp.notes.model import Note
from isoapp.ui.notes.autosave import FAILED, SAVED, SAVING, UNSAVED, Autosaver, not_saved_prefix
from isoapp.ui.notes.list_model import ID_ROLE, HighlightDelegate, NotesListModel
from isoapp.ui.widgets.message_bar import MessageBar
from isoapp.ui.widgets.save_file import ask_save_path

SHOW_ALL, SHOW_QUESTIONS, SHOW_BIN = 0, 1, 2
POLL_MS = 3000
SEARCH_DELAY_MS = 200
STATE_TEXT = TranslatedTitles(
    "NotesView",
    {
        SAVED: QT_TRANSLATE_NOOP("NotesView", "Saved"),
        SAVING: QT_TRANSLATE_NOOP("NotesView", "Saving…"),
        UNSAVED: QT_TRANSLATE_NOOP("NotesView", "Saving…"),
        FAILED: QT_TRANSLATE_NOOP("NotesView", "Not saved — retrying"),
    },
)


SAMPLE_NOTES = (
    (
        "How long will my course last?",
        "Ask how many months the course will be, how often I need check-ups, and when the blood tests are.",
        True,
        False,
    ),
    (
        "Which moisturiser and lip balm should I use?",
        "My lips started to feel dry this week. Ask what to put on them and how often.",
        True,
        False,
    ),
    (
        "Is it OK to feel low some days?",
        "Tell the doctor I felt down on two days last week. Ask what to watch for and who to call.",
        True,
        False,
    ),
    (
        "Week 3: how my skin feels",
        "Much less oily in the morning. Lips dry, using lip balm often.\nSlept well. Mood mostly fine.",
        False,
        False,
    ),
)



def _labelled_row(text: str, field: QWidget) -> QHBoxLayout:
    """A label (its &-letter jumps to the field, and names it for screen readers) beside a field."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(field, 1)
    return row

class NotesView(QWidget):
    def __init__(self, section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.ctx = ctx
        self.section = section
        self._section_titles = self._load_section_titles()
        self._building = False
        self._shown_once = False
        self._build()
        self.autosaver = Autosaver(self._store, self._editor_values, self)
        self.autosaver.state_changed.connect(self._on_state)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(lambda text: self.message.show_message(text, "error"))
        self.autosaver.conflict.connect(self._on_conflict)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_elsewhere)
        self.poll.start()
        # The list is filled just after the tab first paints (see showEvent), so a long list does not
        # delay the window's first paint; every public action fills it first if that has not happened yet.
        self._started = False

    # ------------------------------------------------------------------ building
    @staticmethod
    def _load_section_titles() -> dict[str, str]:
        try:
            from isoapp import content

            return {s.id: s.title for s in content.sections()}
        except Exception:  # noqa: BLE001 - titles are a nicety; ids still work
            return {}

    def _button(self, text: str, name: str, slot, description: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        if description:
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        intro = QLabel(
            self.tr("Your notes are saved on this computer as you type, and never sent anywhere. "
            "Mark questions for your doctor, then use “Prepare for my visit”."),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        bar = QHBoxLayout()
        self.new_button = self._button(self.tr(
                "&New note"
            ), self.tr(
                "New note"
            ), lambda: self.new_note(), self.tr(
                "Start a new note (Ctrl+N)"
            ))
        self.delete_button = self._button(self.tr(
                "&Delete"
            ), self.tr(
                "Delete note"
            ), self.delete_current, self.tr(
                "Move this note to the bin"
            ))
        self.restore_button = self._button(self.tr(
                "&Restore"
            ), self.tr(
                "Restore note"
            ), self.restore_current, self.tr(
                "Take it out of the bin"
            ))
        self.visit_button = self._button(
            self.tr("Prepare for my &visit…"),
            self.tr("Prepare for my visit"),
            self.prepare_visit,
            self.tr("A sheet with your open questions and recent notes, to print or save as PDF"),
        )
        self.export_button = self._button(
            self.tr("E&xport…"),
            self.tr("Export notes"),
            self.export_dialog,
            self.tr("Save all notes as a Markdown or PDF file"),
        )
        self.import_button = self._button(
            self.tr("&Import…"), self.tr("Import notes"), self.import_dialog, self.tr("Add notes from a Markdown file")
        )
        for b in (self.new_button, self.delete_button, self.restore_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.visit_button, self.export_button, self.import_button):
            bar.addWidget(b)
        outer.addLayout(bar)

        self.message = MessageBar(self)
        outer.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search all notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        left_layout.addLayout(_labelled_row(self.tr("&Search:"), self.search))
        self.show_combo = QComboBox(left)
        self.show_combo.addItems(
            [self.tr("All notes"), self.tr("Questions for my doctor"), self.tr("Bin (deleted notes)")]
        )
        self.show_combo.setAccessibleName(self.tr("Show which notes"))
        left_layout.addLayout(_labelled_row(self.tr("S&how:"), self.show_combo))
        self.model = NotesListModel(self)
        self.list = QListView(left)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HighlightDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Notes list"))
        self.list.setAccessibleDescription(self.tr("Your notes, newest change first. Select one to edit it."))
        left_layout.addWidget(self.list, 1)
        self.count_label = QLabel(left)
        left_layout.addWidget(self.count_label)
        self.empty_bin_button = self._button(
            self.tr("&Empty bin…"),
            self.tr("Empty bin"),
            self.empty_bin,
            self.tr("Remove the notes in the bin for good"),
        )
        left_layout.addWidget(self.empty_bin_button)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        self.title_edit = QLineEdit(right)
        self.title_edit.setPlaceholderText(self.tr("A short title, e.g. “Ask about dry lips”"))
        self.title_edit.setAccessibleName(self.tr("Note title"))
        right_layout.addLayout(_labelled_row(self.tr("&Title:"), self.title_edit))
        row = QHBoxLayout()
        self.question_box = QCheckBox(self.tr("&Question for my doctor"), right)
        self.question_box.setAccessibleName(self.tr("Question for my doctor"))
        self.answered_box = QCheckBox(self.tr("&Answered"), right)
        self.answered_box.setAccessibleName(self.tr("Question answered"))
        self.section_button = QPushButton(right)
        self.section_button.setFlat(True)
        self.section_button.setAccessibleName(self.tr("Go to the section this note is about"))
        self.section_button.clicked.connect(self._go_to_section)
        row.addWidget(self.question_box)
        row.addWidget(self.answered_box)
        row.addStretch(1)
        row.addWidget(self.section_button)
        right_layout.addLayout(row)
        body_label = QLabel(self.tr("N&ote:"), right)
        self.body_edit = QPlainTextEdit(right)
        self.body_edit.setPlaceholderText(self.tr("Write your note here. It is saved as you type."))
        self.body_edit.setAccessibleName(self.tr("Note text"))
        self.body_edit.setTabChangesFocus(True)
        body_label.setBuddy(self.body_edit)
        right_layout.addWidget(body_label)
        right_layout.addWidget(self.body_edit, 1)
        self.state_label = QLabel(self.tr("Saved"), right)
        self.state_label.setObjectName("notesSaveState")
        self.state_label.setAccessibleName(self.tr("Save state"))
        right_layout.addWidget(self.state_label)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 560])

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.reload_list())
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.show_combo.currentIndexChanged.connect(lambda _i: self._on_mode_changed())
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._on_selected(cur))
        self.title_edit.textEdited.connect(lambda _t: self._edited())
        self.body_edit.textChanged.connect(self._edited)
        self.question_box.toggled.connect(self._question_toggled)
        self.answered_box.toggled.connect(lambda _c: self._edited())

        # Ctrl+N / Ctrl+F inside the view. When the main window binds the same keys (it calls new_note() and
        # focus_search() here), these stand down: two shortcuts on one key would make Qt fire neither.
        self._own_shortcuts: list[QShortcut] = []
        for keys, slot in (("Ctrl+N", lambda: self.new_note()), ("Ctrl+F", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._own_shortcuts.append(shortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    # ------------------------------------------------------------------ store
    def _store(self):
        return self.ctx.notes_store()

    def _try_store(self):
        try:
            return self._store()
        except NotesError as exc:
            self.message.show_message(
                fill(
                        self.tr(
                            "%1 You can keep typing: your text stays here and saving is tried again."
                        ),
                        exc,
                    ), "error"
            )
            return None

    def ensure_started(self) -> None:
        if not self._started:
            self._started = True
            self._start()

    def _start(self) -> None:
        store = self._try_store()
        if store is not None and store.recovered_from is not None:
            self.message.show_message(
                fill(
                        self.tr(
                            "Your notes file could not be read, so it was put aside and kept (not deleted). "
                            "It is here: %1 . A new, empty notes file was started. Someone who knows "
                            "computers may be able to recover the old notes from it."
                        ),
                        store.recovered_from,
                    ),
                "error",
            )
        self.reload_list()
        if self.model.rowCount() > 0:
            self._select_row(0)
        else:
            self._show_note(None)

    # ------------------------------------------------------------------ list
    def mode(self) -> int:
        return self.show_combo.currentIndex()

    def reload_list(self, keep_id: int | None = None) -> None:
        store = self.ctx.notes_store() if self.ctx.has_open_notes_store() else self._try_store()
        if store is None:
            self.model.set_summaries([])
            self.count_label.setText(self.tr("Your notes could not be opened."))
            return
        keep_id = self.autosaver.note_id if keep_id is None and hasattr(self, "autosaver") else keep_id
        query = self.search.text().strip()
        mode = self.mode()
        try:
            if query and mode != SHOW_BIN:
                hits = store.search(query, questions_only=mode == SHOW_QUESTIONS)
                self.model.set_hits(hits)
                if hits:
                    self.count_label.setText(self.tr("%n notes found", None, len(hits)))
                else:
                    self.count_label.setText(self.tr("No notes match your search."))
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
                    self.count_label.setText(self.tr("%n questions", None, total))
                elif mode == SHOW_BIN:
                    self.count_label.setText(self.tr("%n notes in the bin", None, total))
                else:
                    self.count_label.setText(self.tr("%n notes", None, total))
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(fill(self.tr("Could not read your notes: %1"), exc), "error")
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
                self.tr("This note is not saved yet, so the app stays on it. Saving is being retried."), "error"
            )
            self.reload_list(keep_id=self.autosaver.note_id)
            return
        note = self._store().get(note_id)
        if note is not None:
            self._show_note(note)

    def _on_mode_changed(self) -> None:
        if not self.autosaver.flush():
            self.message.show_message(self.tr("This note is not saved yet. Saving is being retried."), "error")
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

    # ------------------------------------------------------------------ editor
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
            self.body_edit.setPlainText(note.body if note else "")
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
            self.section_button.setText(fill(self.tr("About: %1"), self._section_titles.get(section, section)))
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

    def _on_state(self, state: str) -> None:
        self.state_label.setText(STATE_TEXT[state])
        self.state_label.setAccessibleDescription(STATE_TEXT[state])
        if state == SAVED and self.message.kind == "error" and not_saved_prefix() in self.message.label.text():
            self.message.show_message(self.tr("Saved. The problem is gone and nothing was lost."))

    def _on_saved(self, note: Note) -> None:
        self.reload_list(keep_id=note.id)  # the note moves to the top (newest change first)

    def _on_conflict(self, original_id: int, copy: Note) -> None:
        self._show_note(copy)
        self.reload_list(keep_id=copy.id)
        self.message.show_message(
            fill(
                    self.tr(
                        "This note was changed in another window of Isotretinoin Guide while you were "
                        "typing. Nothing was overwritten: your version is saved as a separate note, "
                        "“%1”. Both versions are in your list."
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

    # ------------------------------------------------------------------ public actions
    def new_note(self, section_id: str | None = None, title: str = "", body: str = "") -> None:
        """Start a new note (stored on its first save), optionally linked to a section, with a title
        and text filled in (e.g. by another section through ``ctx.request_note``)."""
        self.ensure_started()
        if not self.autosaver.flush():
            self.message.show_message(
                self.tr("The current note is not saved yet, so a new one was not started. Saving is being retried."),
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
            title = fill(self.tr("About %1"), self._section_titles.get(section_id, section_id))
        if title or body:
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self.autosaver.edited()
            self.body_edit.setFocus()
        else:
            self.title_edit.setFocus()

    def flush(self) -> bool:
        """Save what is being typed now (the main window calls this on close). False if it could not."""
        self.ensure_started()
        return self.autosaver.flush()

    def delete_current(self) -> None:
        self.ensure_started()
        if self.mode() == SHOW_BIN:
            return
        if not self.autosaver.flush():
            self.message.show_message(self.tr(
                    "This note is not saved yet, so it cannot be moved to the bin."
                ), "error")
            return
        note_id = self.autosaver.note_id
        if note_id is None:
            self._show_note(None)
            return
        try:
            self._store().delete(note_id)
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(fill(self.tr("Could not move the note to the bin: %1"), exc), "error")
            return
        row = max(self.model.row_of(note_id), 0)
        self.autosaver.load(None)
        self.reload_list()
        if self.model.rowCount():
            self._select_row(min(row, self.model.rowCount() - 1))
        else:
            self._show_note(None)
        self.message.show_message(self.tr(
                "Note moved to the bin."
            ), "info", self.tr(
                "&Undo"
            ), lambda: self.undo_delete(note_id))

    def undo_delete(self, note_id: int) -> None:
        try:
            self._store().restore(note_id)
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(fill(self.tr("Could not restore the note: %1"), exc), "error")
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
        self.message.show_message(self.tr("The note is back in your notes."))

    def empty_bin(self, confirm: bool = True) -> int:
        self.ensure_started()
        store = self._try_store()
        if store is None:
            return 0
        count = store.count(include_deleted=True) - store.count()
        if count == 0:
            self.message.show_message(self.tr("The bin is already empty."))
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Empty bin"),
                self.tr("Remove the %n notes in the bin for good? This cannot be undone.", None, count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        try:
            removed = store.empty_bin()
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(fill(self.tr("Could not empty the bin: %1"), exc), "error")
            return 0
        self._show_note(None)
        self.reload_list()
        self.message.show_message(self.tr("Removed %n notes for good.", None, removed))
        return removed

    # ------------------------------------------------------------------ visit sheet, export, import
    def visit_document(self):
        self.ensure_started()
        from isoapp.notes.visit import build_visit_sheet
        from isoapp.ui.notes.printing import visit_document

        self.autosaver.flush()
        return visit_document(build_visit_sheet(self._store()))

    def prepare_visit(self) -> None:
        try:
            doc = self.visit_document()
        except (sqlite3.Error, NotesError) as exc:
            self.message.show_message(fill(self.tr("Could not prepare the sheet: %1"), exc), "error")
            return
        from isoapp.ui.notes.visit_sheet import VisitSheetDialog

        dialog = VisitSheetDialog(doc, self)
        dialog.open()

    def print_(self) -> None:
        """Ctrl+P in this section: the visit sheet, with its Print and Save as PDF buttons."""
        self.prepare_visit()

    def _default_export_path(self, suffix: str) -> str:
        return str(paths.export_dir() / f"my-isotretinoin-notes-{date.today().isoformat()}{suffix}")

    def export_dialog(self) -> None:
        self.autosaver.flush()
        types = [("Markdown", ".md"), ("PDF", ".pdf")]
        path = ask_save_path(self, self.tr("Export notes"), Path(self._default_export_path(".md")), types)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> int:
        self.ensure_started()
        from isoapp.notes.transfer import export_notes
        from isoapp.ui.notes.printing import notes_pdf_bytes

        self.autosaver.flush()
        try:
            count = export_notes(self._store().data_dir, path, pdf_renderer=notes_pdf_bytes)
        except NotesError as exc:
            self.message.show_message(str(exc), "error")
            return 0
        self.message.show_message(fill(self.tr("Exported %n notes to %1", None, count), path))
        return count

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import notes"), str(paths.export_dir()), self.tr("Markdown (*.md *.markdown *.txt)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int:
        self.ensure_started()
        from isoapp.notes.transfer import import_notes

        if not self.autosaver.flush():
            self.message.show_message(self.tr(
                    "The current note is not saved yet; try the import again soon."
                ), "error")
            return 0
        try:
            count = import_notes(self._store().data_dir, path)
        except NotesError as exc:
            self.message.show_message(str(exc), "error")
            return 0
        self._store().changed_elsewhere()  # our own import: no need to poll-refresh again
        self.reload_list()
        self.message.show_message(
            fill(self.tr("Added %n notes from %1. Your other notes were not changed.", None, count), path.name)
        )
        return count

    # ------------------------------------------------------------------ other windows, visibility
    def _poll_elsewhere(self) -> None:
        if not self._started or not self.ctx.has_open_notes_store() or not self.isVisible():
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
                    self.message.show_message(self.tr(
                            "This note was changed in another window; showing the new text."
                        ))
            self.reload_list()
        except (sqlite3.Error, NotesError):
            pass

    def _sync_shortcuts(self) -> None:
        taken = self.ctx.window_shortcuts()
        for shortcut in self._own_shortcuts:
            shortcut.setEnabled(shortcut.key().toString() not in taken)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._sync_shortcuts()
        if not self._started:
            QTimer.singleShot(0, self.ensure_started)  # runs after the pending first paint
        elif self._shown_once and not self.autosaver.dirty:
            self.reload_list()  # notes added meanwhile by other parts of the app (same connection)
        self._shown_once = True

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.autosaver.flush()
        super().hideEvent(event)

    # ------------------------------------------------------------------ self-test and screenshots
    def self_check(self) -> list[tuple[str, bool, str]]:
        """Create, edit, reload (a second, fresh connection), delete + undo a note, then bin it."""
        self.ensure_started()
        from isoapp.notes.store import NotesStore

        results: list[tuple[str, bool, str]] = []

        def check(name: str, ok: bool, why: str = "") -> bool:
            results.append((name, bool(ok), "" if ok else why))
            return bool(ok)

        try:
            self.new_note()
            self.title_edit.setText("Self-test note")
            self.body_edit.setPlainText("Created by the self-test ✓")
            self.autosaver.edited()
            saved = self.flush()
            note = self.current_note()
            if not check(
                "create",
                saved and note is not None and note.body == "Created by the self-test ✓",
                f"state {self.autosaver.state}",
            ):
                return results
            self.body_edit.appendPlainText("edited")
            self.flush()
            edited = self.current_note()
            check(
                "edit",
                edited is not None and edited.body.endswith("edited") and edited.rev > note.rev,
                "edit not stored",
            )
            with NotesStore.open(self._store().data_dir) as fresh:
                again = fresh.get(note.id)
            check("reload", again is not None and again.body == edited.body, "not found after reopening")
            hits = self._store().search("self-test")
            check("search", any(h.note.id == note.id for h in hits), "search did not find the note")
            self.delete_current()
            binned = self._store().get(note.id)
            check(
                "delete to bin",
                binned is not None and binned.in_bin and self.model.row_of(note.id) < 0,
                "note not in the bin",
            )
            self.undo_delete(note.id)
            restored = self._store().get(note.id)
            check("undo delete", restored is not None and not restored.in_bin, "undo did not restore")
            self._select_row(self.model.row_of(note.id))
            self.delete_current()
            self.message.clear()
        except Exception as exc:  # noqa: BLE001 - report, do not crash the self-test
            check("unexpected error", False, f"{type(exc).__name__}: {exc}")
        return results

    def prepare_screenshot(self) -> None:
        """Fill in a few realistic notes, only if there are none at all."""
        self.ensure_started()
        store = self._try_store()
        if store is None or store.count(include_deleted=True):
            return
        store.add_many(
            {"title": t, "body": b, "is_question": q, "answered": a, "section": None} for t, b, q, a in SAMPLE_NOTES
        )
        self.reload_list()
        row = self.model.row_of(store.list(order="created")[1].id)
        self._select_row(max(row, 0))


def create(section, ctx) -> QWidget:
    return NotesView(section, ctx)
