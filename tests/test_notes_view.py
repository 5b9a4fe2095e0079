"""The My notes view with a real store on a temporary data dir: autosave, faults, conflicts, bin, search."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from isoapp.notes.store import FILENAME, NotesStore
from isoapp.ui.notes import autosave as notes_autosave
from isoapp.ui.notes.list_model import DETAIL_PARTS_ROLE, ID_ROLE, TITLE_PARTS_ROLE
from isoapp.ui.notes.view import SHOW_BIN, SHOW_QUESTIONS


def _stored(view, note_id=None):
    note_id = note_id or view.autosaver.note_id
    return None if note_id is None else view.ctx.notes_store().get(note_id)


def test_typing_is_saved_within_one_second(qtbot, make_view):
    view = make_view()
    view.new_note()
    qtbot.keyClicks(view.title_edit, "Dry lips")
    qtbot.keyClicks(view.body_edit, "Ask about lip balm")
    view.body_edit.insertPlainText(" 👄")  # (QTest cannot type characters outside the BMP)
    last_key = time.monotonic()
    assert view.state_label.text() == "Saving…"
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED and _stored(view) is not None, timeout=1000)
    assert time.monotonic() - last_key <= 1.0
    note = _stored(view)
    assert (note.title, note.body) == ("Dry lips", "Ask about lip balm 👄")
    assert view.state_label.text() == "Saved"
    assert view.model.row_of(note.id) >= 0


def test_flush_saves_at_once_and_empty_new_note_is_not_stored(qtbot, make_view):
    view = make_view()
    view.new_note()
    assert view.flush() is True
    assert view.ctx.notes_store().count() == 0
    qtbot.keyClicks(view.body_edit, "closing soon")
    assert view.flush() is True
    assert _stored(view).body == "closing soon"


def test_read_only_store_keeps_text_and_retries(qtbot, make_view, monkeypatch):
    """SQLite itself refuses the write (PRAGMA query_only => 'attempt to write a readonly database')."""
    monkeypatch.setattr(notes_autosave, "RETRY_MS", (200, 200, 200))
    view = make_view()
    view.new_note()
    qtbot.keyClicks(view.body_edit, "first")
    assert view.flush()
    store = view.ctx.notes_store()
    store._c.execute("PRAGMA query_only = 1")
    qtbot.keyClicks(view.body_edit, " typed while read-only")
    with qtbot.waitSignal(view.autosaver.failed, timeout=2000) as blocker:
        pass
    assert "read-only" in blocker.args[0]
    assert view.state_label.text() == "Not saved — retrying"
    assert "read-only" in view.message.label.text()
    assert view.body_edit.toPlainText() == "first typed while read-only"
    assert view.flush() is False
    assert _stored(view).body == "first"
    store._c.execute("PRAGMA query_only = 0")  # the disk is writable again
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    assert _stored(view).body == "first typed while read-only"


def test_full_disk_keeps_text_and_retries(qtbot, make_view, monkeypatch):
    """SQLITE_FULL for real: the file may not grow past its current size (PRAGMA max_page_count)."""
    monkeypatch.setattr(notes_autosave, "RETRY_MS", (200, 200, 200))
    view = make_view()
    store = view.ctx.notes_store()
    pages = store._c.execute("PRAGMA page_count").fetchone()[0]
    store._c.execute(f"PRAGMA max_page_count = {pages}")
    view.new_note()
    big = "side effects diary " * 5000
    view.body_edit.setPlainText(big)
    with qtbot.waitSignal(view.autosaver.failed, timeout=2000) as blocker:
        pass
    assert "disk is full" in blocker.args[0]
    assert view.body_edit.toPlainText() == big
    store._c.execute("PRAGMA max_page_count = 1073741823")
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    assert _stored(view).body == big


def test_store_that_cannot_open_keeps_text_and_retries(qtbot, make_view, tmp_path, monkeypatch):
    monkeypatch.setattr(notes_autosave, "RETRY_MS", (200, 200, 200))
    blocker_file = tmp_path / "blocked"
    blocker_file.write_text("a file where the data folder should be")
    view = make_view(blocker_file / "data")
    assert view.message.isVisible() and "notes" in view.message.label.text().lower()
    qtbot.keyClicks(view.body_edit, "written before the folder existed")
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.FAILED, timeout=2000)
    blocker_file.unlink()
    blocker_file.mkdir()
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    with NotesStore.open(blocker_file / "data") as s:
        assert [n.body for n in s.list()] == ["written before the folder existed"]


def test_second_window_edit_keeps_both(qtbot, make_view, data_dir):
    view = make_view()
    view.new_note()
    qtbot.keyClicks(view.body_edit, "original")
    assert view.flush()
    note_id = view.autosaver.note_id
    with NotesStore.open(data_dir) as other:
        other.update(note_id, body="changed in the other window")
    qtbot.keyClicks(view.body_edit, " + mine")
    assert view.flush()
    store = view.ctx.notes_store()
    assert store.get(note_id).body == "changed in the other window"
    copy = store.get(view.autosaver.note_id)
    assert copy.id != note_id and copy.body == "original + mine" and copy.title.endswith("(my copy)")
    assert "another window" in view.message.label.text()


def test_other_window_change_shows_up_when_not_editing(qtbot, make_view, data_dir):
    view = make_view()
    view.new_note()
    qtbot.keyClicks(view.body_edit, "v1")
    assert view.flush()
    with NotesStore.open(data_dir) as other:
        other.update(view.autosaver.note_id, body="v2 from elsewhere")
        other.add("Brand new elsewhere", "x")
    view._poll_elsewhere()
    assert view.body_edit.toPlainText() == "v2 from elsewhere"
    assert view.model.rowCount() == 2


def test_add_a_note_about_a_section(qtbot, make_view):
    view = make_view()
    view.new_note("how-it-works")
    qtbot.keyClicks(view.body_edit, "How fast does oil drop?")
    assert view.flush()
    note = _stored(view)
    assert note.section == "how-it-works"
    assert view.section_button.isVisible() and "About" in view.section_button.text()


def test_delete_goes_to_bin_with_undo_and_bin_can_be_emptied(qtbot, make_view):
    view = make_view()
    view.new_note()
    qtbot.keyClicks(view.body_edit, "to delete")
    assert view.flush()
    note_id = view.autosaver.note_id
    view.delete_current()
    assert view.ctx.notes_store().get(note_id).in_bin
    assert view.model.row_of(note_id) < 0
    assert view.message.action.isVisible()
    qtbot.mouseClick(view.message.action, Qt.MouseButton.LeftButton)
    assert not view.ctx.notes_store().get(note_id).in_bin
    assert view.model.row_of(note_id) >= 0
    view.delete_current()
    view.show_combo.setCurrentIndex(SHOW_BIN)
    assert view.model.row_of(note_id) >= 0 and view.body_edit.isReadOnly()
    assert view.empty_bin(confirm=False) == 1
    assert view.ctx.notes_store().get(note_id) is None


def test_search_highlights_and_question_filter(qtbot, make_view):
    view = make_view()
    store = view.ctx.notes_store()
    store.add("Lip balm", "Which lip balm is best?", is_question=True)
    store.add("Diary", "Skin <b>less</b> oily; lips dry")
    view.reload_list()
    view.search.setText("lips")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    detail = view.model.index(0, 0).data(DETAIL_PARTS_ROLE)
    assert ("lips", True) in detail
    assert not view.list.grab().isNull()  # the highlight delegate paints (a bad paint() crashes Qt)
    assert "<b>less</b>" in "".join(t for t, _ in detail), "note text is shown as text, not HTML"
    view.search.clear()
    view.show_combo.setCurrentIndex(SHOW_QUESTIONS)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.index(0, 0).data(TITLE_PARTS_ROLE) == [("Lip balm", False)]


def test_damaged_store_is_reported_with_its_new_place(qtbot, make_view, data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / FILENAME).write_bytes(b"garbage, not a database" * 10)
    view = make_view()
    text = view.message.label.text()
    assert "put aside" in text and ".corrupt-" in text and str(data_dir) in text


def test_every_control_has_an_accessible_name(make_view):
    from isoapp.ui.a11y import unnamed_focusable

    view = make_view()
    assert unnamed_focusable(view) == []


def test_visit_sheet_lists_open_questions_and_saves_pdf(qtbot, make_view, tmp_path):
    from isoapp.ui.notes.visit_sheet import VisitSheetDialog

    view = make_view()
    store = view.ctx.notes_store()
    store.add("Open question", "ask this", is_question=True)
    store.add("Done question", "asked", is_question=True, answered=True)
    store.add("Diary", "week 2")
    doc = view.visit_document()
    text = doc.toPlainText()
    assert "Open question" in text and "Diary" in text and "Done question" not in text
    dialog = VisitSheetDialog(doc, view)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf(tmp_path / "visit.pdf")
    assert (tmp_path / "visit.pdf").read_bytes().startswith(b"%PDF")


def test_view_export_and_import(qtbot, make_view, tmp_path):
    view = make_view()
    view.ctx.notes_store().add("One", "1")
    assert view.export_to(tmp_path / "n.md") == 1
    assert view.import_from(tmp_path / "n.md") == 0, "the same note is already there"
    assert view.model.rowCount() == 1
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe")
    assert view.import_from(tmp_path / "bad.md") == 0
    assert "UTF-8" in view.message.label.text()


def test_self_check_and_screenshot_content(make_view):
    view = make_view()
    results = view.self_check()
    assert results and all(ok for _, ok, _ in results), results
    view.ctx.notes_store().empty_bin()
    view.prepare_screenshot()
    assert view.ctx.notes_store().count() == 4
    view.prepare_screenshot()
    assert view.ctx.notes_store().count() == 4, "sample notes only go into an empty store"


def test_long_list_loads_a_page_at_a_time(qtbot, make_view, data_dir):
    from isoapp.ui.notes.list_model import BATCH

    with NotesStore.open(data_dir) as s:
        s.add_many({"title": f"note {i}", "body": "x"} for i in range(BATCH * 2 + 50))
    view = make_view()
    assert view.model.rowCount() == BATCH
    assert not view.list.grab().isNull()
    assert view.count_label.text() == f"{BATCH * 2 + 50} notes"
    view.list.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > BATCH, timeout=2000)
    while view.model.canFetchMore():
        view.model.fetchMore()
    ids = [view.model.index(r, 0).data(ID_ROLE) for r in range(view.model.rowCount())]
    assert len(ids) == len(set(ids)) == BATCH * 2 + 50


def test_add_a_note_about_this_from_the_main_window(qtbot, make_window):
    window = make_window()
    window.show()
    first = window.current_section_id()
    assert first != "notes"
    window.add_note_about(first)
    view = window.section_widget("notes")
    assert window.current_section_id() == "notes"
    qtbot.keyClicks(view.body_edit, "asked from another tab")
    assert window.flush_sections() is True
    note = view.ctx.notes_store().get(view.autosaver.note_id)
    assert note.section == first and note.body == "asked from another tab"


def test_print_opens_the_visit_sheet(qtbot, make_view):
    from isoapp.ui.notes.visit_sheet import VisitSheetDialog

    view = make_view()
    view.ctx.notes_store().add("Ask about lip balm", "Which one and how often?", is_question=True)
    view.print_()
    dialogs = [w for w in view.findChildren(VisitSheetDialog) if w.isVisible()]
    assert len(dialogs) == 1
    assert "Ask about lip balm" in dialogs[0].doc.toPlainText()
    dialogs[0].close()


def test_counts_use_the_plural_form_of_the_language(make_view):
    """One note is "1 note", not "1 notes" (the English plural forms come from the catalogue)."""
    from isoapp.app import application

    application()  # the app's translators, as at start
    view = make_view()
    view.ctx.notes_store().add("Dry lips", "Ask about lip balm.")
    view.reload_list()
    assert view.count_label.text() == "1 note"
    view.ctx.notes_store().add("Sleep", "Slept well.")
    view.reload_list()
    assert view.count_label.text() == "2 notes"
