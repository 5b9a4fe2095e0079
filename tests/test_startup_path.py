"""What the start does before the first paint (issue 12): the window icon comes from PNG files, so
creating the application does not load Qt's SVG module."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize


def test_window_icon_has_every_png_size(qapp):
    from isoapp.app import window_icon

    icon = window_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 64, 128, 256, 512} <= sizes
    assert icon.pixmap(QSize(48, 48)).width() == 48


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_creating_the_application_does_not_load_qt_svg():
    code = (
        "from isoapp.app import application\n"
        "app = application()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('Qt6Gui' in maps, 'Qt6Svg' in maps, not app.windowIcon().isNull())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "False", "True"]


# Standard modules a plain start does without before its first paint (each costs 1-6 ms of it):
# the manifest is read without tomllib, the content and colour records are named tuples (no dataclasses),
# dates are formatted only later (no datetime), and TOML copies are made only for a translation (no copy).
NOT_BEFORE_FIRST_PAINT = ("tomllib", "dataclasses", "datetime", "copy")


def test_a_start_leaves_heavy_standard_modules_until_after_the_first_paint(modules_before_first_paint):
    imported = modules_before_first_paint
    assert "isoapp.flat_toml" in imported
    assert not imported & set(NOT_BEFORE_FIRST_PAINT), sorted(imported & set(NOT_BEFORE_FIRST_PAINT))


_GC_DURING_START = r"""
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import isoapp.app
from isoapp import cli
seen = {}
real_build = isoapp.app.build_window

def build_window(data_dir):
    seen["while building"] = gc.isenabled()
    window = real_build(data_dir)
    # the put-off work runs a step at a time after the first paint; quit once it has had time to finish
    window.ctx.after_first_paint(lambda: QTimer.singleShot(500, window.close))
    QApplication.instance().aboutToQuit.connect(lambda: seen.setdefault("after the first paint", gc.isenabled()))
    return window

isoapp.app.build_window = build_window
code = cli.main(["--data-dir", sys.argv[1]])
print(code, seen["while building"], seen["after the first paint"], gc.isenabled())
"""


def test_cycle_collection_pauses_only_until_the_first_paint(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _GC_DURING_START, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["0", "False", "True", "True"]


_CLOSE_WINDOW = r"""
import sys, tempfile
from pathlib import Path
import shiboken6
import PySide6.QtCore as C, PySide6.QtGui as G, PySide6.QtWidgets as W
from isoapp.app import application, build_window
app = application()
window = build_window(Path(tempfile.mkdtemp()) / "data")
window.show()
app.processEvents()
window.close()
window.ctx.close()
before = sum(len(m.__dict__) for m in (C, G, W))
shiboken6.delete(window)
print(sum(len(m.__dict__) for m in (C, G, W)) - before)
"""


def test_closing_the_window_creates_no_qt_classes():
    """A slot on ``destroyed`` that takes the dying object makes PySide create every QObject class it
    knows (~120 classes, ~35 ms) while the window closes; slots there must take no parameters."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", _CLOSE_WINDOW], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert int(proc.stdout.split()[-1]) < 10, proc.stdout
