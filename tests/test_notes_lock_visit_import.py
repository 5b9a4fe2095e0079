"""'Prepare for my visit' and importing notes while another program holds the notes file's write lock: the
window never waits for it (no 5 s freeze), says it is waiting, and the import goes ahead once it is free."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from isoapp.notes.store import FILENAME
from isoapp.ui.notes.view import create
from isoapp.ui.shell.context import AppContext


@pytest.fixture
def view(qtbot, data_dir):
    ctx = AppContext(data_dir, QSettings(str(data_dir.parent / "settings.ini"), QSettings.Format.IniFormat))
    made = create(None, ctx)
    qtbot.addWidget(made)
    made.resize(1000, 650)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made._started, timeout=2000)
    yield made
    made.poll.stop()
    made.autosaver.retry.stop()
    made.autosaver.debounce.stop()
    ctx.close()


@pytest.fixture
def lock(data_dir):
    other = sqlite3.connect(data_dir / FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_prepare_for_my_visit_does_not_wait_for_the_lock(qtbot, view, lock):
    view.ctx.notes_store()  # opened before the other program takes the lock
    view.new_note()
    qtbot.keyClicks(view.title_edit, "Typed while locked")
    started = time.monotonic()
    view.prepare_visit()
    assert time.monotonic() - started < 2.0, "no 5 s freeze"
    assert view.message.label.text().startswith("Waiting for the notes file")
    for dialog in view.findChildren(QDialog):
        dialog.close()
    lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not view.autosaver.dirty, timeout=3000)
    assert [n.title for n in view.ctx.notes_store().list()] == ["Typed while locked"]


def test_import_waits_without_blocking_then_goes_ahead(qtbot, view, lock, tmp_path):
    source = tmp_path / "in.md"
    source.write_text("## Imported\n\nbody\n", encoding="utf-8")
    started = time.monotonic()
    assert view.import_from(source) == 0
    assert time.monotonic() - started < 2.0, "no 5 s freeze"
    assert view.message.label.text().startswith("Waiting for the notes file")
    assert view.ctx.notes_store().count() == 0
    lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: view.ctx.notes_store().count() == 1, timeout=4000)
    qtbot.waitUntil(lambda: "1 added" in view.message.label.text(), timeout=2000)
