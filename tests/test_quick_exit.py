"""The ``isoapp`` command's exit: after a window session that closed cleanly it skips the interpreter's
teardown, but exit handlers, saved state and printed output are all there; anything else exits as usual."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from isoapp import cli

_RUN_WITH_A_HANDLER = """
import atexit, sys
from pathlib import Path
marker = Path(sys.argv[1])
atexit.register(lambda: marker.write_text("exit handlers ran"))
sys.argv = ["isoapp", "--quit-after-first-paint", "--data-dir", sys.argv[2]]
print("printed before the exit", end="")  # no newline: stays in the buffer until flushed
from isoapp.cli import run
run()
"""


def test_a_window_session_exits_with_handlers_run_output_flushed_and_state_saved(tmp_path):
    marker, data = tmp_path / "marker.txt", tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONUNBUFFERED", None)  # buffered output, as from an installed app
    proc = subprocess.run(
        [sys.executable, "-c", _RUN_WITH_A_HANDLER, str(marker), str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout == "printed before the exit"
    assert marker.read_text() == "exit handlers ran"
    assert (data / "settings.ini").is_file()  # the window state written when the window closed


class _Exited(Exception):
    def __init__(self, how: str, code: int) -> None:
        super().__init__(how, code)
        self.how, self.code = how, code


@pytest.fixture
def exits(monkeypatch):
    """``os._exit`` and ``sys.exit`` recorded instead of ending the test run."""

    def quick(code):
        raise _Exited("quick", code)

    def usual(code=0):
        raise _Exited("usual", code)

    monkeypatch.setattr(cli.os, "_exit", quick)
    monkeypatch.setattr(cli.sys, "exit", usual)
    ran = []
    monkeypatch.setattr("atexit._run_exitfuncs", lambda: ran.append(True))
    return ran


def _main_that(closed_cleanly: bool, code: int):
    def main():
        if closed_cleanly:
            cli._window_closed_cleanly.append(True)
        return code

    return main


def test_quick_exit_only_after_a_clean_window_session(monkeypatch, exits):
    monkeypatch.setattr(cli, "main", _main_that(True, 3))
    with pytest.raises(_Exited) as quick:
        cli.run()
    assert (quick.value.how, quick.value.code) == ("quick", 3)
    assert exits == [True]  # exit handlers ran first

    exits.clear()
    monkeypatch.setattr(cli, "main", _main_that(False, 2))  # a command-line task or an error
    with pytest.raises(_Exited) as usual:
        cli.run()
    assert (usual.value.how, usual.value.code) == ("usual", 2)
    assert exits == []


def test_a_thread_still_working_gets_the_usual_exit(monkeypatch, exits):
    monkeypatch.setattr(cli, "main", _main_that(True, 0))
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        with pytest.raises(_Exited) as ended:
            cli.run()
    finally:
        release.set()
        worker.join()
    assert ended.value.how == "usual"  # the usual exit waits for the thread
