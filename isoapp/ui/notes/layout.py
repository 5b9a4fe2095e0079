"""How the notes section is laid out: the buttons, the list side and the editor side, and its keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isoapp.i18n import translate
from isoapp.ui.notes.list_model import HighlightDelegate, NotesListModel
from isoapp.ui.widgets.message_bar import MessageBar
from isoapp.ui.widgets.wrapping_row import WrappingRow

SEARCH_DELAY_MS = 200


def _labelled_row(text: str, field: QWidget) -> QHBoxLayout:
    """A label (its &-letter jumps to the field, and names it for screen readers) beside a field."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(field, 1)
    return row


class NotesLayout:
    """Mixed into NotesView: builds its widgets (no behaviour beyond wiring them)."""

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
            translate(
                "NotesLayout",
                "Your notes are saved on this computer as you type, and never sent anywhere. "
                "Mark questions for your doctor, then use “Prepare for my visit”.",
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        outer.addWidget(self._build_bar())
        self.message = MessageBar(self)
        outer.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self._build_list_side()
        self._build_editor_side()
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 560])
        self._wire()
        self._add_keys()

    def _build_bar(self) -> WrappingRow:
        """New, Delete, Restore; Prepare for my visit, Export, Import."""
        self.new_button = self._button(
            translate("NotesLayout", "&New note"),
            translate("NotesLayout", "New note"),
            lambda: self.new_note(),
            translate("NotesLayout", "Start a new note (Ctrl+N)"),
        )
        self.delete_button = self._button(
            translate("NotesLayout", "&Delete"),
            translate("NotesLayout", "Delete note"),
            self.delete_current,
            translate("NotesLayout", "Move this note to the bin"),
        )
        self.restore_button = self._button(
            translate("NotesLayout", "&Restore"),
            translate("NotesLayout", "Restore note"),
            self.restore_current,
            translate("NotesLayout", "Take it out of the bin"),
        )
        self.visit_button = self._button(
            translate("NotesLayout", "Prepare for my &visit…"),
            translate("NotesLayout", "Prepare for my visit"),
            self.prepare_visit,
            translate("NotesLayout", "A sheet with your open questions and recent notes, to print or save as PDF"),
        )
        self.export_button = self._button(
            translate("NotesLayout", "E&xport…"),
            translate("NotesLayout", "Export notes"),
            self.export_dialog,
            translate("NotesLayout", "Save all notes as a Markdown or PDF file"),
        )
        self.import_button = self._button(
            translate("NotesLayout", "&Import…"),
            translate("NotesLayout", "Import notes"),
            self.import_dialog,
            translate("NotesLayout", "Add notes from a Markdown file"),
        )
        # Visit, Export and Import move under New and Delete when one row does not fit (long words, large text).
        first = (self.new_button, self.delete_button, self.restore_button)
        return WrappingRow(first, (self.visit_button, self.export_button, self.import_button), self)

    def _build_list_side(self) -> None:
        """Search, which notes to show, the list, its count, and Empty bin."""
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(translate("NotesLayout", "Search all notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("NotesLayout", "Search notes"))
        left_layout.addLayout(_labelled_row(translate("NotesLayout", "&Search:"), self.search))
        self.show_combo = QComboBox(left)
        self.show_combo.addItems(
            [
                translate("NotesLayout", "All notes"),
                translate("NotesLayout", "Questions for my doctor"),
                translate("NotesLayout", "Bin (deleted notes)"),
            ]
        )
        self.show_combo.setAccessibleName(translate("NotesLayout", "Show which notes"))
        # may be narrower than its longest choice (a long translation at a large text size)
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_combo.setMinimumContentsLength(12)
        left_layout.addLayout(_labelled_row(translate("NotesLayout", "S&how:"), self.show_combo))
        self.model = NotesListModel(self)
        self.list = QListView(left)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HighlightDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(translate("NotesLayout", "Notes list"))
        self.list.setAccessibleDescription(
            translate("NotesLayout", "Your notes, newest change first. Select one to edit it.")
        )
        left_layout.addWidget(self.list, 1)
        self.count_label = QLabel(left)
        left_layout.addWidget(self.count_label)
        self.empty_bin_button = self._button(
            translate("NotesLayout", "&Empty bin…"),
            translate("NotesLayout", "Empty bin"),
            self.empty_bin,
            translate("NotesLayout", "Remove the notes in the bin for good"),
        )
        left_layout.addWidget(self.empty_bin_button)

    def _build_editor_side(self) -> None:
        """Title, question and answered boxes, the section link, the note text, the save state."""
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        self.title_edit = QLineEdit(right)
        self.title_edit.setPlaceholderText(translate("NotesLayout", "A short title, e.g. “Ask about dry lips”"))
        self.title_edit.setAccessibleName(translate("NotesLayout", "Note title"))
        right_layout.addLayout(_labelled_row(translate("NotesLayout", "&Title:"), self.title_edit))
        self.question_box = QCheckBox(translate("NotesLayout", "&Question for my doctor"), right)
        self.question_box.setAccessibleName(translate("NotesLayout", "Question for my doctor"))
        self.answered_box = QCheckBox(translate("NotesLayout", "&Answered"), right)
        self.answered_box.setAccessibleName(translate("NotesLayout", "Question answered"))
        self.section_button = QPushButton(right)
        self.section_button.setFlat(True)
        self.section_button.setAccessibleName(translate("NotesLayout", "Go to the section this note is about"))
        self.section_button.clicked.connect(self._go_to_section)
        # "Answered" and the section link go under the question box when one row does not fit.
        right_layout.addWidget(
            WrappingRow([self.question_box], [self.answered_box, self.section_button], right, spread=False)
        )
        body_label = QLabel(translate("NotesLayout", "N&ote:"), right)
        self.body_edit = QPlainTextEdit(right)
        self.body_edit.setPlaceholderText(translate("NotesLayout", "Write your note here. It is saved as you type."))
        self.body_edit.setAccessibleName(translate("NotesLayout", "Note text"))
        self.body_edit.setTabChangesFocus(True)
        body_label.setBuddy(self.body_edit)
        right_layout.addWidget(body_label)
        right_layout.addWidget(self.body_edit, 1)
        self.state_label = QLabel(translate("NotesLayout", "Saved"), right)
        self.state_label.setObjectName("notesSaveState")
        self.state_label.setAccessibleName(translate("NotesLayout", "Save state"))
        right_layout.addWidget(self.state_label)

    def _wire(self) -> None:
        """Typing, searching and choosing act on the notes."""
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

    def _add_keys(self) -> None:
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
