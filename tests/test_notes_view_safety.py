"""Issue 17 in the My notes view: a crafted date, a read-only store, a deleted or replaced file, another
program's write lock, a damaged store's readable notes, long PDF exports, importing twice, save dialogs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isoapp.notes import opening
from isoapp.notes.errors import NotesError
from isoapp.notes.markdown_io import parse_notes
from isoapp.notes.store import FILENAME, NotesStore
from isoapp.ui.notes import autosave as notes_autosave
from isoapp.ui.notes.list_model import DETAIL_PARTS_ROLE, TITLE_PARTS_ROLE
from isoapp.ui.shell.context import AppContext


@pytest.fixture
def east_of_utc(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _type(qtbot, view, title, body):
    view.new_note()
    qtbot.keyClicks(view.title_edit, title)
    qtbot.keyClicks(view.body_edit, body)


# ---------------------------------------------------------------- 1: a date Qt cannot show
@pytest.mark.parametrize("stamp", ["2026-13-45T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "not a date"])
def test_the_list_paints_a_note_with_an_impossible_date(qtbot, make_view, data_dir, stamp, east_of_utc):
    with NotesStore.open(data_dir) as store:
        note = store.add("Crafted", "body")
        with store.transaction() as conn:  # as an older version let it in
            conn.execute("UPDATE notes SET created = ?, updated = ? WHERE id = ?", (stamp, stamp, note.id))
    view = make_view()
    index = view.model.index(view.model.row_of(note.id), 0)
    for role in (Qt.ItemDataRole.DisplayRole, TITLE_PARTS_ROLE, DETAIL_PARTS_ROLE, Qt.ItemDataRole.ToolTipRole):
        view.model.data(index, role)
    assert stamp in view.model.data(index, Qt.ItemDataRole.DisplayRole)
    view.list.viewport().grab()  # painting used to end the process (exit 139)
    assert view.model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def test_data_never_raises_even_on_a_broken_row(make_view):
    view = make_view()
    view.model.set_summaries([object()])  # nothing in it can be read
    index = view.model.index(0, 0)
    assert view.model.data(index, Qt.ItemDataRole.DisplayRole) is None
    view.list.viewport().grab()


# ---------------------------------------------------------------- 5: read-only
def test_read_only_store_shows_everything_keeps_typing_and_saves_a_copy(
    qtbot, make_view, data_dir, tmp_path, monkeypatch
):
    with NotesStore.open(data_dir) as store:
        store.add("Kept", "written before the disk went read-only")
    monkeypatch.setattr(opening, "read_only_reason", lambda path: "the notes folder is read-only")
    view = make_view()
    assert view.model.rowCount() == 1
    text = view.message.label.text()
    assert "cannot be saved: the notes folder is read-only" in text and "Save a copy elsewhere" in text
    assert view.message.action.text() == "Save a copy elsewhere…" and view.message.action.isVisible()
    assert not view.import_button.isEnabled()
    _type(qtbot, view, "New", "typed on a read-only disk")
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.READ_ONLY, timeout=2000)
    assert "cannot be written" in view.state_label.text()
    assert view.body_edit.toPlainText() == "typed on a read-only disk", "typed text is kept"
    assert not view.autosaver.retry.isActive(), "nothing is retried on a read-only disk"
    copy = view.save_copy_elsewhere(tmp_path / "copy.md")
    notes = parse_notes(copy.read_text(encoding="utf-8"))
    assert [(n.title, n.body) for n in notes] == [
        ("Kept", "written before the disk went read-only"),
        ("New", "typed on a read-only disk"),
    ]


# ---------------------------------------------------------------- 2: deleted or replaced while open
def test_deleted_folder_is_made_again_and_the_editor_saved(qtbot, make_view, data_dir):
    view = make_view()
    _type(qtbot, view, "First", "saved before")
    assert view.flush()
    shutil.rmtree(data_dir)
    qtbot.keyClicks(view.body_edit, " and typed after the folder went")
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    # the message comes one event loop turn after the save that made the folder again
    qtbot.waitUntil(lambda: "deleted while the app was open" in view.message.label.text(), timeout=3000)
    view.ctx.close()
    with NotesStore.open(data_dir) as store:
        assert [(n.title, n.body) for n in store.list()] == [("First", "saved before and typed after the folder went")]


def test_replaced_file_keeps_both(qtbot, make_view, data_dir, tmp_path):
    view = make_view()
    _type(qtbot, view, "Mine", "typed here")
    assert view.flush()
    with NotesStore.open(tmp_path / "other") as other:
        other.add("Theirs", "from a sync program")
    os.replace(tmp_path / "other" / FILENAME, data_dir / FILENAME)
    qtbot.keyClicks(view.body_edit, ", then more")
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    qtbot.waitUntil(lambda: "replaced by another one" in view.message.label.text(), timeout=3000)  # a turn later
    text = view.message.label.text()
    assert "replaced by another one" in text
    kept = Path(text.split("kept here: ", 1)[1].split(" .", 1)[0])
    assert kept.exists()
    titles = sorted(n.title for n in view.ctx.notes_store().list())
    assert titles == ["Mine", "Theirs"]
    assert view.ctx.notes_store().list(order="created")[-1].body == "typed here, then more"


# ---------------------------------------------------------------- 7: another program holds the lock
def test_a_held_lock_never_blocks_typing(qtbot, make_view, data_dir):
    view = make_view()
    other = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        _type(qtbot, view, "While locked", "typing goes on")
        qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.WAITING, timeout=3000)
        assert time.monotonic() - started < 3.0, "no 5 s freeze per save"
        assert view.state_label.text().startswith("Waiting for the notes file")
        qtbot.keyClicks(view.body_edit, " and on")
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: view.autosaver.state == notes_autosave.SAVED, timeout=3000)
    assert view.current_note().body == "typing goes on and on"


# ---------------------------------------------------------------- 4: a damaged store at start
def test_damaged_store_offers_the_readable_notes_back(qtbot, make_view, data_dir):
    with NotesStore.open(data_dir) as store:
        store.add_many({"title": f"Note {i}", "body": f"body {i} " + "x" * 400} for i in range(300))
    path = data_dir / FILENAME
    with open(path, "r+b") as fh:
        fh.seek((path.stat().st_size // 4096 // 2) * 4096)
        fh.write(b"\xff" * 4096)
    view = make_view()
    text = view.message.label.text()
    assert "put aside and kept" in text and "could still be read" in text
    assert view.message.action.text() == "Add them back"
    view.message.action.click()
    count = view.ctx.notes_store().count()
    assert 200 <= count <= 300
    assert f"{count} added" in view.message.label.text()


# ---------------------------------------------------------------- 3/6: long PDF exports, off the interface thread
def test_pdf_export_runs_in_a_worker_with_progress(qtbot, make_view, data_dir, tmp_path, monkeypatch):
    from isoapp.notes import printable
    from isoapp.ui.notes import pdf_job

    monkeypatch.setattr(printable, "CHUNK_CHARS", 2000)
    monkeypatch.setattr(pdf_job, "SHOW_AFTER_MS", 0)
    with NotesStore.open(data_dir) as store:
        store.add_many({"title": f"Note {i}", "body": "line\n" * 20} for i in range(300))
    view = make_view()
    threads = set()
    real = pdf_job._Export._on_chunk

    def spy(self, chunks, done):
        from PySide6.QtCore import QThread

        threads.add(QThread.currentThread() is view.thread())
        return real(self, chunks, done)

    monkeypatch.setattr(pdf_job._Export, "_on_chunk", spy)
    assert view.export_to(tmp_path / "all.pdf") == 300
    assert threads == {False}, "the PDF was laid out off the interface thread"
    assert (tmp_path / "all.pdf").read_bytes().startswith(b"%PDF")
    assert "Exported 300 notes" in view.message.label.text()


def test_pdf_export_can_be_cancelled_and_writes_nothing(qtbot, make_view, data_dir, tmp_path, monkeypatch):
    from isoapp.ui.notes import pdf_job

    with NotesStore.open(data_dir) as store:
        store.add_many({"title": f"Note {i}", "body": "b"} for i in range(20))
    view = make_view()
    monkeypatch.setattr(
        pdf_job._Export,
        "_on_chunk",
        lambda self, c, d: (_ for _ in ()).throw(pdf_job._Cancelled("The export was cancelled. Nothing was written.")),
    )
    assert view.export_to(tmp_path / "x.pdf") == 0
    assert "cancelled" in view.message.label.text() and not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------- 14: importing twice, in the app
def test_importing_twice_in_the_app_says_already_there(make_view, tmp_path):
    view = make_view()
    view.ctx.notes_store().add("One", "1")
    assert view.export_to(tmp_path / "n.md") == 1
    assert view.import_from(tmp_path / "n.md") == 0
    assert "0 added, 1 already there" in view.message.label.text()


# ---------------------------------------------------------------- 12: the save dialog confirms
def test_save_dialog_confirms_a_name_it_did_not_ask_about(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from isoapp.ui.widgets.save_file import ask_save_path

    existing = tmp_path / "notes.md"
    existing.write_text("mine", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "notes"), "Markdown (*.md)"))
    asked = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    assert ask_save_path(parent, "Export", tmp_path, [("Markdown", ".md")]) is None
    assert asked and existing.read_text(encoding="utf-8") == "mine"
    answer = QMessageBox.StandardButton.Yes
    assert ask_save_path(parent, "Export", tmp_path, [("Markdown", ".md")]) == existing


def test_app_export_replaces_a_file_the_dialog_confirmed(make_view, tmp_path):
    view = make_view()
    view.ctx.notes_store().add("One", "1")
    dest = tmp_path / "n.md"
    dest.write_text("old", encoding="utf-8")
    assert view.export_to(dest) == 1
    assert dest.read_text(encoding="utf-8").startswith("## One")


# ---------------------------------------------------------------- 15: wording
def test_save_errors_have_one_full_stop_and_plain_words():
    newer = NotesError(
        "Your notes file x was written by a newer version. Please update the app. The file was not changed."
    )
    text = notes_autosave.plain_save_error(newer)
    assert ".." not in text and "not changed. Your text stays here" in text
    full = sqlite3.OperationalError("database or disk is full")
    assert "the disk is full" in notes_autosave.plain_save_error(full)
    assert "I/O" not in notes_autosave.plain_save_error(sqlite3.OperationalError("disk I/O error"))


# ---------------------------------------------------------------- 6: a very long line
def test_a_very_long_unbroken_line_opens_quickly(qtbot, make_view, data_dir):
    from PySide6.QtGui import QTextOption

    with NotesStore.open(data_dir) as store:
        long_note = store.add("Long", "x" * 300_000)  # Qt's word wrap: ~20 s for this, ~2 min for 1 MB
        short = store.add("Short", "an ordinary note with words")
    view = make_view()
    started = time.monotonic()
    view._select_row(view.model.row_of(long_note.id))
    view.body_edit.viewport().grab()
    assert time.monotonic() - started < 5
    assert view.body_edit.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert view.body_edit.toPlainText() == "x" * 300_000
    view._select_row(view.model.row_of(short.id))
    assert view.body_edit.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_deleted_folder_is_noticed_without_typing_and_nothing_lost_at_exit(qtbot, make_view, data_dir):
    view = make_view()
    view.ctx.notes_store().add("Only in the deleted folder", "would be gone at exit")
    shutil.rmtree(data_dir)
    view._poll_elsewhere()  # the check every few seconds
    assert "deleted while the app was open" in view.message.label.text()
    assert (data_dir / FILENAME).exists()
    with NotesStore.open(data_dir) as store:
        assert [n.title for n in store.list()] == ["Only in the deleted folder"]


def test_closing_the_app_writes_out_a_vanished_store(data_dir):
    from PySide6.QtCore import QSettings as Settings

    ctx = AppContext(data_dir, Settings(str(data_dir.parent / "s.ini"), Settings.Format.IniFormat))
    ctx.notes_store().add("Kept at exit", "the folder went while the app was open")
    shutil.rmtree(data_dir)
    ctx.close()
    with NotesStore.open(data_dir) as store:
        assert [n.title for n in store.list()] == ["Kept at exit"]


def test_deleting_while_another_program_holds_the_lock_does_not_freeze(qtbot, make_view, data_dir):
    view = make_view()
    note = view.ctx.notes_store().add("Busy", "x")
    view.reload_list()
    view._select_row(view.model.row_of(note.id))
    other = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        view.delete_current()
        assert time.monotonic() - started < 1.0
        assert "Another program is using the notes file" in view.message.label.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not view.ctx.notes_store().get(note.id).in_bin
