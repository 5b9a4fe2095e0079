"""Shared test set-up: offscreen Qt, one session QApplication (pytest-qt), a fresh data dir per test."""

from __future__ import annotations

import os

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
