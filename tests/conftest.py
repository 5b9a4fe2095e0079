"""Shared test set-up: offscreen Qt, one session QApplication (pytest-qt), a fresh data dir per test."""

from __future__ import annotations

import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from isoapp import paths  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, empty data dir for this test; the app's default paths point at it."""
    path = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(path))
    paths.set_data_dir(None)
    yield path
    paths.set_data_dir(None)


@pytest.fixture
def make_window(qtbot, data_dir):
    """Build a real main window on the test's data dir (call it again for a second lifetime)."""
    from isoapp.app import application, build_window

    application()
    made = []

    def make():
        window = build_window(data_dir)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.ctx.close()


@pytest.fixture
def modules_before_first_paint(tmp_path) -> set[str]:
    """The modules a plain start imports up to its first paint (it quits then), from ``-X importtime``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "isoapp", "--quit-after-first-paint", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}


@pytest.fixture
def make_view(qtbot, data_dir):
    """Build the My notes view on a context of its own (the test's data dir unless given), shown and started."""
    from PySide6.QtCore import QSettings

    from isoapp.ui.notes.view import create
    from isoapp.ui.shell.context import AppContext

    made = []

    def make(path=None):
        path = path or data_dir
        ctx = AppContext(path, QSettings(str(path.parent / "settings.ini"), QSettings.Format.IniFormat))
        view = create(None, ctx)
        qtbot.addWidget(view)
        view.resize(1000, 650)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: view._started, timeout=2000)  # the list fills right after the first paint
        made.append((view, ctx))
        return view

    yield make
    for view, ctx in made:
        view.poll.stop()
        view.autosaver.retry.stop()
        view.autosaver.debounce.stop()
        ctx.close()
