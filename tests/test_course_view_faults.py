"""Course and plan edits when the store misbehaves: read-only, another program's lock, a full disk, a file
replaced while the app is open. Never an exception in a slot; a plain message in the page; nothing lost."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from isoapp.course_sample import fill_sample_course
from isoapp.course_store import CourseStore
from isoapp.notes import opening
from isoapp.notes.store import FILENAME, NotesStore


@pytest.fixture
def course_window(make_window, qtbot, data_dir):
    with NotesStore.open(data_dir) as store:
        fill_sample_course(CourseStore(store), date.today())

    def make():
        window = make_window()
        window.show()
        qtbot.waitExposed(window)
        view = window.show_section("course")
        view.controller.writer.retry.setInterval(50)
        return window, view

    return make


def _today_status(view):
    return view.controller.store.day_status(view.controller.today())


def test_read_only_store_says_why_and_edits_do_not_raise(course_window, monkeypatch):
    monkeypatch.setattr(opening, "read_only_reason", lambda path: "the notes folder is read-only")
    window, view = course_window()
    assert view.message.isVisible()
    assert "cannot be saved" in view.message.label.text() and "read-only" in view.message.label.text()
    assert view.taken_today.isEnabled()
    view.taken_today.click()
    view.log.mark("missed")
    assert _today_status(view) is None, "nothing written"
    assert "cannot be saved" in view.message.label.text()
    plan = window.show_section("plan")
    assert "cannot be saved" in plan.store_message.label.text()
    assert plan.model.setData(plan.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole) is False
    view.setup.load(view.controller.settings(), view.controller.store.dose_periods()[0])
    view.setup.editing = True
    assert view.setup.save() is False and "stays in the form" in view.setup.error.text()


def test_a_held_lock_never_blocks_and_the_edit_is_saved_later(course_window, data_dir, qtbot):
    window, view = course_window()
    other = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        view.taken_today.click()
        assert time.monotonic() - started < 1.0, "no 5 s wait on the interface thread"
        assert view.message.label.text().startswith("Waiting for the notes file")
        qtbot.wait(200)
        assert _today_status(view) is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _today_status(view) == "taken", timeout=3000)
    assert "saved" in view.message.label.text()
    assert view.figures.values["taken"].text() != "" and not view.taken_today.isEnabled()


def test_a_full_disk_is_said_in_plain_words(course_window, monkeypatch):
    window, view = course_window()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(CourseStore, "mark_day", full)
    view.taken_today.click()
    text = view.message.label.text()
    assert "not saved" in text and "disk is full" in text and "database" not in text


def test_a_replaced_file_keeps_our_course_beside_it(course_window, data_dir, tmp_path):
    window, view = course_window()
    before = view.controller.store.dose_periods()
    other_dir = tmp_path / "other"
    NotesStore.open(other_dir).close()
    os.replace(other_dir / FILENAME, data_dir / FILENAME)
    view.taken_today.click()
    text = view.message.label.text()
    assert "replaced" in text
    kept = Path(text.split("kept here: ", 1)[1].split(" .", 1)[0])
    with _copy_open(kept, tmp_path) as store:
        assert CourseStore(store).dose_periods() == before, "what the window held is kept"


def _copy_open(kept: Path, tmp_path: Path) -> NotesStore:
    folder = tmp_path / "kept"
    folder.mkdir()
    (folder / FILENAME).write_bytes(kept.read_bytes())
    return NotesStore.open(folder, read_only=True)
