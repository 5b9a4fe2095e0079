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


def test_startup_does_not_import_pyqtgraph_or_numpy(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "isoapp", "--quit-after-first-paint", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "PySide6.QtWidgets" in imported  # the check itself sees imports
    assert not {m for m in imported if m.split(".")[0] in ("pyqtgraph", "numpy")}
