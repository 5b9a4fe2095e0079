"""Idle-time preloading (issue 12): slices that give the event loop its turn, a background import that
reports rather than raises, and warm-up tasks."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtCore import QTimer

from isoapp.ui.preload import background, warm
from isoapp.ui.preload.idle import IdleRunner


def _run(qtbot, runner: IdleRunner, timeout: int = 10_000) -> None:
    with qtbot.waitSignal(runner.finished, timeout=timeout):
        runner.start()


def test_tasks_run_in_order_and_errors_are_kept(qtbot):
    done: list[str] = []

    def task(name, steps):
        for i in range(steps):
            done.append(f"{name}{i}")
            yield

    def broken():
        done.append("broken")
        yield
        raise ValueError("no")

    runner = IdleRunner()
    runner.add("a", task("a", 3))
    runner.add("broken", broken())
    runner.add("b", task("b", 2))
    _run(qtbot, runner)
    assert done == ["a0", "a1", "a2", "broken", "b0", "b1"]
    assert [(name, str(exc)) for name, exc in runner.errors] == [("broken", "no")]
    assert not runner.is_running()


def test_the_event_loop_gets_its_turn_between_slices(qtbot):
    """A timer that comes due while the work runs fires long before the work is done."""
    seen: dict[str, float] = {}

    def slow_steps():
        for _ in range(40):
            time.sleep(0.002)  # 2 ms steps: a slice of 8 ms holds about four
            yield
        seen["work done"] = time.perf_counter()

    runner = IdleRunner(slice_ms=8)
    runner.add("slow", slow_steps())
    QTimer.singleShot(1, lambda: seen.setdefault("timer", time.perf_counter()))
    _run(qtbot, runner)
    assert seen["timer"] < seen["work done"] - 0.04
    assert runner.longest_step_ms < 50


def test_a_waiting_step_ends_its_slice(qtbot):
    order: list[str] = []

    def waits():
        order.append("ask to wait")
        yield 30
        order.append("went on")

    runner = IdleRunner()
    runner.add("waits", waits())
    QTimer.singleShot(5, lambda: order.append("timer"))
    _run(qtbot, runner)
    assert order == ["ask to wait", "timer", "went on"]


def test_background_import_loads_a_module_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    (tmp_path / "isoapp_probe_mod.py").write_text(
        "import threading\nLOADED_IN = threading.current_thread().name\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    runner = IdleRunner()
    runner.add("import", background.import_in_background(("isoapp_probe_mod",)))
    _run(qtbot, runner)
    assert runner.errors == []
    assert sys.modules["isoapp_probe_mod"].LOADED_IN == "isoapp-preload"
    del sys.modules["isoapp_probe_mod"]


def test_background_import_failure_is_reported_not_raised(qtbot):
    runner = IdleRunner()
    runner.add("import", background.import_in_background(("isoapp_no_such_module",)))
    _run(qtbot, runner)
    assert [name for name, _exc in runner.errors] == ["import"]
    assert isinstance(runner.errors[0][1], ImportError)


def test_warm_tasks_import_and_call(qtbot):
    called: list[int] = []
    runner = IdleRunner()
    runner.add("modules", warm.modules(["json"]))
    runner.add("calls", warm.calls([lambda: called.append(1), lambda: called.append(2)]))
    runner.add("qt", warm.qt_classes(full=("PySide6.QtCore",), extras=("PySide6.QtNoSuchModule",)))
    _run(qtbot, runner)
    assert runner.errors == [] and called == [1, 2] and "json" in sys.modules


def test_warm_ups_call_the_modules_that_have_one(qtbot, tmp_path, monkeypatch):
    (tmp_path / "isoapp_warm_a.py").write_text("CALLS = []\ndef warm_up():\n    CALLS.append(1)\n", encoding="utf-8")
    (tmp_path / "isoapp_warm_b.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    runner = IdleRunner()
    runner.add("warm-ups", warm.warm_ups(["isoapp_warm_a", "isoapp_warm_b"]))
    _run(qtbot, runner)
    assert runner.errors == [] and sys.modules["isoapp_warm_a"].CALLS == [1]
    del sys.modules["isoapp_warm_a"], sys.modules["isoapp_warm_b"]


_PRELOAD_IN_A_FRESH_APP = r"""
import sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from isoapp.app import application, build_window
from isoapp.ui.preload.plan import start_preloading

problems = []
qInstallMessageHandler(lambda kind, context, text: problems.append(text) if kind != QtMsgType.QtDebugMsg else None)
app = application()
window = build_window(Path(tempfile.mkdtemp()) / "data")
window.show()
assert "pyqtgraph" not in sys.modules and "numpy" not in sys.modules
runner = start_preloading(window)
deadline = time.monotonic() + 60

def busy():  # this runner, and the one the window starts after its first paint
    own = getattr(window, "idle", None)
    return runner.is_running() or (own is not None and own.is_running())

while busy() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.002)
assert not busy(), "preloading did not finish"
assert runner.errors == [], runner.errors
assert "pyqtgraph" in sys.modules and "numpy" in sys.modules
chart = next(s.id for s in window.sections if s.kind == "chart")
assert window.is_built(chart), "the chart is built in idle time"
frame = window.frames[chart]
assert not frame.isVisibleTo(window)
window.show_section(chart)
assert window.frames[chart] is frame and frame.isVisibleTo(window)
assert not window.grab().isNull()
window.ctx.close()
print("ok", round(runner.longest_step_ms), [p for p in problems if "propagateSizeHints" not in p])
"""


def test_preloading_in_a_fresh_app_loads_pyqtgraph_and_the_chart_then_builds(tmp_path):
    """numpy and pyqtgraph load in a background thread while the window runs, then the chart is built
    hidden, all without Qt warnings; showing it uses that build."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _PRELOAD_IN_A_FRESH_APP], capture_output=True, text=True, timeout=180, env=env
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    status, longest, problems = proc.stdout.strip().splitlines()[-1].split(" ", 2)
    assert status == "ok" and problems == "[]", proc.stdout


def test_a_task_marked_alone_runs_each_step_in_a_slice_of_its_own(qtbot):
    slices: list[list[str]] = [[]]
    runner = IdleRunner(slice_ms=50)

    def light():
        for i in range(3):
            slices[-1].append(f"light{i}")
            yield

    def heavy():
        for i in range(2):
            slices[-1].append(f"heavy{i}")
            yield

    original = runner._slice

    def counting_slice():
        slices.append([])
        original()

    runner._slice = counting_slice
    runner.add("light", light())
    runner.add("heavy", heavy(), alone=True)
    runner.add("light again", light())
    _run(qtbot, runner)
    ran = [s for s in slices if s]
    assert ran == [["light0", "light1", "light2"], ["heavy0"], ["heavy1"], ["light0", "light1", "light2"]]
