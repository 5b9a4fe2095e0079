"""Issue 17, command-line side: damaged stores, empty values, unusable folders, overwrites, special files,
size limits, importing twice, a full disk. Each test reproduces a reported failure and guards its fix."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isoapp import cli
from isoapp.notes.files import MAX_IMPORT_BYTES
from isoapp.notes.store import FILENAME, NotesStore

REPO = Path(__file__).resolve().parents[1]
CORRUPT = re.compile(r"notes\.sqlite3\.corrupt-\d{8}-\d{6}(-\d+)?")


def run(*args, data_dir=None, timeout=60, cwd=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    extra = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "isoapp", *extra, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd or REPO,
    )


def one_error_line(proc) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("isoapp: error: "), proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def _sample(data_dir, n=3):
    with NotesStore.open(data_dir) as s:
        for i in range(n):
            s.add(f"Note {i}", f"body {i}", created=f"2026-01-0{i + 1}T10:00:00.000Z")


def _listing(folder: Path):
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


# ---------------------------------------------------------------- 4: damaged stores
def test_export_of_a_damaged_file_changes_nothing_and_says_so(data_dir, tmp_path):
    data_dir.mkdir(mode=0o700)
    (data_dir / FILENAME).write_bytes(os.urandom(8192))
    before = _listing(data_dir)
    line = one_error_line(run("--export-notes", str(tmp_path / "out.md"), data_dir=data_dir))
    assert "damaged" in line and str(data_dir / FILENAME) in line
    assert _listing(data_dir) == before, "an export never moves anything"
    assert not (tmp_path / "out.md").exists()


def _damage_a_page(data_dir):
    with NotesStore.open(data_dir) as s:
        s.add_many({"title": f"Note {i}", "body": "x" * 400} for i in range(400))
    path = data_dir / FILENAME
    with open(path, "r+b") as fh:
        fh.seek((path.stat().st_size // 4096 // 2) * 4096)
        fh.write(b"\xff" * 4096)


def test_a_damaged_page_export_is_refused_and_import_puts_it_aside_with_a_salvage_copy(data_dir, tmp_path):
    _damage_a_page(data_dir)
    before = _listing(data_dir)
    one_error_line(run("--export-notes", str(tmp_path / "out.md"), data_dir=data_dir))
    assert _listing(data_dir) == before
    src = tmp_path / "new.md"
    src.write_text("## New\nhello\n", encoding="utf-8")
    proc = run("--import-notes", str(src), data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    [aside] = [p for p in data_dir.iterdir() if CORRUPT.fullmatch(p.name)]
    assert f"put aside (kept, not deleted) at {aside}" in proc.stderr
    salvage = Path(f"{aside}.readable.md")
    assert f"they are in {salvage}" in proc.stderr
    assert proc.stdout.strip() == f"Imported from {src}: 1 added, 0 already there"
    back = run("--import-notes", str(salvage), data_dir=data_dir)
    assert back.returncode == 0, back.stderr
    added = int(re.search(r": (\d+) added", back.stdout).group(1))
    assert 300 <= added <= 400, back.stdout  # (all of them when the bad page held only an index)


def test_a_database_error_on_the_command_line_is_one_line(data_dir, tmp_path, monkeypatch, capsys):
    from isoapp.notes import transfer

    def broken(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(transfer, "export_notes", broken)
    assert cli.main(["--data-dir", str(data_dir), "--export-notes", str(tmp_path / "x.md")]) == 2
    err = capsys.readouterr().err
    assert err == "isoapp: error: could not use your notes file: the notes file is damaged\n"


# ---------------------------------------------------------------- 8: empty values
@pytest.mark.parametrize("flag", ["--export-notes", "--import-notes", "--screenshots"])
def test_empty_values_exit_2_without_opening_a_window(flag, data_dir):
    started = time.monotonic()
    line = one_error_line(run(flag, "", data_dir=data_dir))
    assert flag in line
    assert time.monotonic() - started < 30
    assert not data_dir.exists(), "nothing was started"


# ---------------------------------------------------------------- 9: unusable data folders
@pytest.mark.skipif(os.geteuid() == 0, reason="root enters any folder; the next test covers root")
def test_a_data_folder_that_cannot_be_entered_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0)
    try:
        for args in (["--export-notes", str(tmp_path / "o.md")], ["--quit-after-first-paint"]):
            line = one_error_line(run(*args, data_dir=locked / "data"))
            assert "data folder" in line
    finally:
        os.chmod(locked, 0o700)


def test_a_permission_error_on_the_data_folder_is_one_line(tmp_path, monkeypatch, capsys):
    target = tmp_path / "locked" / "data"
    real_exists = Path.exists

    def exists(self, *a, **k):
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_exists(self, *a, **k)

    monkeypatch.setattr(Path, "exists", exists)
    assert cli.main(["--data-dir", str(target), "--export-notes", str(tmp_path / "o.md")]) == 2
    err = capsys.readouterr().err
    assert err == f"isoapp: error: cannot use the data folder {target}: Permission denied\n"


# ---------------------------------------------------------------- 11: folder mode
def test_cli_import_and_export_tighten_an_open_folder(data_dir, tmp_path):
    _sample(data_dir)
    for args in (["--export-notes", str(tmp_path / "o.md")], ["--import-notes", str(tmp_path / "o.md")]):
        os.chmod(data_dir, 0o755)
        proc = run(*args, data_dir=data_dir)
        assert proc.returncode == 0, proc.stderr
        assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700


# ---------------------------------------------------------------- 12: silent overwrite
@pytest.mark.parametrize("suffix", [".md", ".pdf"])
def test_export_refuses_an_existing_file_without_force(data_dir, tmp_path, suffix):
    _sample(data_dir)
    dest = tmp_path / f"mine{suffix}"
    dest.write_text("a file the person cares about", encoding="utf-8")
    line = one_error_line(run("--export-notes", str(dest), data_dir=data_dir))
    assert line == f"isoapp: error: {dest} exists; add --force to replace it"
    assert dest.read_text(encoding="utf-8") == "a file the person cares about"
    proc = run("--export-notes", str(dest), "--force", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert dest.read_bytes().startswith(b"## Note 0" if suffix == ".md" else b"%PDF")


def test_force_never_replaces_a_special_file(data_dir, tmp_path):
    _sample(data_dir)
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    line = one_error_line(run("--export-notes", str(fifo), "--force", data_dir=data_dir))
    assert "not an ordinary file" in line
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_export_removes_temporary_files_of_a_killed_export(data_dir, tmp_path):
    _sample(data_dir)
    stale = tmp_path / ".out.md.abcd1234.tmp"
    stale.write_text("half an export", encoding="utf-8")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = tmp_path / ".out.md.wxyz9876.tmp"  # another export may be writing this one right now
    fresh.write_text("in progress", encoding="utf-8")
    other = tmp_path / ".other.md.abcd1234.tmp"
    other.write_text("not ours", encoding="utf-8")
    os.utime(other, (time.time() - 3600, time.time() - 3600))
    proc = run("--export-notes", str(tmp_path / "out.md"), data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert not stale.exists() and fresh.exists() and other.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.md.") and p != fresh]


# ---------------------------------------------------------------- 13 and 6: special files, size limit
def test_importing_a_fifo_does_not_hang(data_dir, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    line = one_error_line(run("--import-notes", str(fifo), data_dir=data_dir, timeout=30))
    assert "not an ordinary file" in line


def test_importing_a_link_to_dev_zero_is_refused(data_dir, tmp_path):
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    line = one_error_line(run("--import-notes", str(link), data_dir=data_dir, timeout=30))
    assert "not an ordinary file" in line


def test_a_file_over_the_size_limit_is_refused_with_the_limit(data_dir, tmp_path):
    _sample(data_dir)
    before = (data_dir / FILENAME).read_bytes()
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)
    line = one_error_line(run("--import-notes", str(big), data_dir=data_dir))
    assert "at most 20.0 MB" in line and "20.0 MB" in line
    assert (data_dir / FILENAME).read_bytes() == before


def test_a_note_over_the_size_limit_is_refused_and_nothing_added(data_dir, tmp_path):
    _sample(data_dir)
    src = tmp_path / "long.md"
    src.write_text("## Fine\nshort\n\n## Too long\n" + "y" * 1_000_001 + "\n", encoding="utf-8")
    line = one_error_line(run("--import-notes", str(src), data_dir=data_dir))
    assert "note 2 is longer than 1,000,000 characters" in line
    with NotesStore.open(data_dir) as s:
        assert s.count() == 3


# ---------------------------------------------------------------- 14: importing twice
def test_importing_twice_adds_once_and_says_so(data_dir, tmp_path):
    _sample(data_dir)
    md = tmp_path / "n.md"
    assert run("--export-notes", str(md), data_dir=data_dir).returncode == 0
    other = tmp_path / "other"
    first = run("--import-notes", str(md), data_dir=other)
    assert first.stdout.strip() == f"Imported from {md}: 3 added, 0 already there"
    second = run("--import-notes", str(md), data_dir=other)
    assert second.returncode == 0 and second.stdout.strip() == f"Imported from {md}: 0 added, 3 already there"
    with NotesStore.open(other) as s:
        assert s.count() == 3


# ---------------------------------------------------------------- 15: plain words when the disk is full
def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs unshare + tmpfs for a real full disk")
def test_a_full_disk_is_said_in_plain_words_and_changes_nothing(data_dir, tmp_path):
    data_dir.mkdir()
    big = tmp_path / "big.md"
    big.write_text("".join(f"## Note {i}\n" + "word " * 2000 + "\n\n" for i in range(300)), encoding="utf-8")
    script = (
        f"mount -t tmpfs -o size=400k tmpfs '{data_dir}' && "
        f"'{sys.executable}' -m isoapp --data-dir '{data_dir}' --import-notes '{big}'; echo rc=$?; "
        f"'{sys.executable}' -c \"from isoapp.notes.store import NotesStore; from pathlib import Path; "
        f"s = NotesStore.open(Path('{data_dir}')); print('count', s.count())\""
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert "rc=2" in done.stdout and "count 0" in done.stdout, done.stdout + done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("isoapp: error:")]
    assert lines == [
        "isoapp: error: Could not add the notes (nothing was changed): "
        "the disk is full. Free some space, then try again."
    ]
    assert "I/O" not in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- 4 and 12 for the backup export too
def test_backup_export_of_a_damaged_store_moves_nothing(data_dir, tmp_path):
    _damage_a_page(data_dir)
    before = _listing(data_dir)
    line = one_error_line(run("--export-all", str(tmp_path / "b.json"), data_dir=data_dir))
    assert "damaged" in line
    assert _listing(data_dir) == before


@pytest.mark.parametrize(("flag", "name"), [("--export-all", "b.json"), ("--export-notes", "n.md")])
def test_every_export_says_the_same_about_an_existing_file(data_dir, tmp_path, flag, name):
    _sample(data_dir)
    dest = tmp_path / name
    dest.write_text("mine", encoding="utf-8")
    line = one_error_line(run(flag, str(dest), data_dir=data_dir))
    assert line == f"isoapp: error: {dest} exists; add --force to replace it"
    assert dest.read_text(encoding="utf-8") == "mine"
