"""The command line contract (shared design/interface.md), run as a person would: in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from isoapp import __version__


def run(*args, env_extra=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "isoapp", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_version_prints_and_exits_zero_without_qt():
    code = (
        "import sys; from isoapp.cli import main; rc = main(['--version']); "
        "print('QT' if 'PySide6.QtWidgets' in sys.modules else 'NOQT'); sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == [f"isoapp {__version__}", "NOQT"]


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["--screenshots"], ["--self-test", "--screenshots", "x"], ["--data-dir"]],
)
def test_bad_arguments_give_one_line_and_exit_2(args):
    proc = run(*args)
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("isoapp: error:"), proc.stderr


def test_data_dir_that_is_a_file_is_refused(tmp_path):
    not_a_dir = tmp_path / "file.txt"
    not_a_dir.write_text("keep me", encoding="utf-8")
    proc = run("--data-dir", str(not_a_dir), "--quit-after-first-paint")
    assert proc.returncode == 2
    assert "not a folder" in proc.stderr
    assert not_a_dir.read_text(encoding="utf-8") == "keep me"


def test_screenshots_into_unwritable_place_exit_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    proc = run("--screenshots", str(blocker / "sub"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("isoapp: error:")


def test_self_test_passes_and_reports(tmp_path):
    proc = run("--self-test", env_extra={"ISOAPP_DATA_DIR": str(tmp_path / "never-used")})
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert lines[-1].startswith("self-test: ") and lines[-1].endswith(" 0 failed")
    assert all(line.startswith("ok ") for line in lines[:-1]), proc.stdout
    assert any(line.startswith("ok section overview") for line in lines)
    # The self-test works in a temporary folder: it never touches the person's data dir.
    assert not (tmp_path / "never-used").exists()


def test_quit_after_first_paint_uses_data_dir_and_exits(tmp_path):
    data = tmp_path / "d"
    proc = run("--quit-after-first-paint", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert data.is_dir()
    assert (data.stat().st_mode & 0o777) == 0o700


def test_env_var_sets_data_dir(tmp_path):
    data = tmp_path / "from-env"
    proc = run("--quit-after-first-paint", env_extra={"ISOAPP_DATA_DIR": str(data)})
    assert proc.returncode == 0, proc.stderr
    assert (data / "settings.ini").is_file()


def test_screenshots_render_every_section(tmp_path):
    from isoapp import content

    out = tmp_path / "shots"
    proc = run("--screenshots", str(out))
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    expected = [f"{i:02d}-{s.id}.png" for i, s in enumerate(content.sections(), start=1)]
    assert set(expected) <= set(names)
    assert all((out / n).stat().st_size > 5_000 for n in expected)


def test_startup_does_not_import_pyqtgraph_or_numpy(modules_before_first_paint):
    imported = modules_before_first_paint
    assert "PySide6.QtWidgets" in imported  # the check itself sees imports
    assert not {m for m in imported if m.split(".")[0] in ("pyqtgraph", "numpy")}


PLAIN_STARTS = [
    [],
    ["--quit-after-first-paint"],
    ["--data-dir", "/tmp/somewhere"],
    ["--data-dir", "/tmp/somewhere", "--quit-after-first-paint"],
    ["--quit-after-first-paint", "--data-dir", "relative/dir"],
]


@pytest.mark.parametrize("argv", PLAIN_STARTS)
def test_plain_start_reads_like_the_parser(argv):
    """A plain start skips building the parser; it must read every option as the parser would."""
    from isoapp import cli

    plain = cli._plain_start(argv)
    assert plain is not None
    parser = cli.build_parser()
    parsed = parser.parse_args(argv)
    for action in parser._actions:
        if action.dest == "help":
            continue
        want, got = getattr(parsed, action.dest), getattr(plain, action.dest)
        # an unset switch is False for the parser and None for the plain start: both falsy
        assert got == want or (want is False and got is None), (
            f"option {action.dest!r}: the parser gives {want!r}, the plain start {got!r} "
            "(a default that is neither None nor False needs a place in cli._plain_start)"
        )


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir"],
        ["--data-dir", ""],
        ["--data-dir", "--quit-after-first-paint"],
        ["--data-dir=/tmp/x"],
        ["--quit-after-first-paint", "--quit-after-first-paint"],
        ["--self-test"],
        ["--version"],
        ["stray"],
    ],
)
def test_anything_else_goes_to_the_parser(argv):
    from isoapp import cli

    assert cli._plain_start(argv) is None


def test_quit_saves_the_window_state_once(tmp_path):
    """Quitting closes the window, which saves; the quit itself must not save a second time."""
    code = (
        "import sys\n"
        "from isoapp.ui.shell.main_window import MainWindow\n"
        "saves = []\n"
        "original = MainWindow.save_state\n"
        "MainWindow.save_state = lambda self: (saves.append(1), original(self))[1]\n"
        "from isoapp.cli import main\n"
        "rc = main(['--quit-after-first-paint', '--data-dir', sys.argv[1]])\n"
        "print(rc, len(saves))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["0", "1"]
    assert "section=" in (tmp_path / "d" / "settings.ini").read_text(encoding="utf-8")
