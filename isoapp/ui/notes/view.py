"""The "My notes" section: list + editor, autosave, search, questions for my doctor, bin, visit sheet,
export/import. Notes are edited and shown as plain text only (QLineEdit / QPlainTextEdit), never as HTML.

Saving: see autosave.py (debounced autosave, retry on disk errors, "keep both" on a conflict with a
second window). The list refreshes when another window commits (polled via PRAGMA data_version).

The parts live beside this module: layout, listing, editing, transfer_actions, safety (read-only,
damaged or vanished notes files).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from isoapp.i18n import fill
from isoapp.notes.errors import NotesError
from isoapp.ui.notes.autosave import Autosaver
from isoapp.ui.notes.editing import NoteEditing
from isoapp.ui.notes.layout import NotesLayout
from isoapp.ui.notes.listing import SHOW_ALL, SHOW_BIN, SHOW_QUESTIONS, NotesListing
from isoapp.ui.notes.safety import NotesSafety
from isoapp.ui.notes.transfer_actions import NotesTransfer

POLL_MS = 3000

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


__all__ = ["SHOW_ALL", "SHOW_BIN", "SHOW_QUESTIONS", "NotesView", "create"]


class NotesView(NotesLayout, NotesListing, NoteEditing, NotesTransfer, NotesSafety, QWidget):
    """The section widget (see the mixins for its parts)."""

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
        self.autosaver.recreated.connect(self._on_recreated)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_elsewhere)
        self.poll.start()
        # The list is filled just after the tab first paints (see showEvent), so a long list does not
        # delay the window's first paint; every public action fills it first if that has not happened yet.
        self._started = False

    @staticmethod
    def _load_section_titles() -> dict[str, str]:
        try:
            from isoapp import content

            return {s.id: s.title for s in content.sections()}
        except Exception:  # noqa: BLE001 - titles are a nicety; ids still work
            return {}

    def _store(self):
        return self.ctx.notes_store()

    def _try_store(self):
        try:
            return self._store()
        except NotesError as exc:
            self.message.show_message(
                fill(
                    self.tr("%1 You can keep typing: your text stays here and saving is tried again."),
                    exc,
                ),
                "error",
            )
            return None

    def ensure_started(self) -> None:
        if not self._started:
            self._started = True
            self._start()

    def _start(self) -> None:
        store = self._try_store()
        self.reload_list()
        if self.model.rowCount() > 0:
            self._select_row(0)
        else:
            self._show_note(None)
        if store is not None:
            self._check_store_health(store)  # after the list: its messages are the ones left showing

    def flush(self) -> bool:
        """Save what is being typed now (the main window calls this on close). False if it could not."""
        self.ensure_started()
        return self.autosaver.flush()

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
