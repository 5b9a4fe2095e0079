"""export_notes / import_notes (the CLI and the notes view use them) and the command line itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from isoapp.notes.errors import NotesError
from isoapp.notes.store import FILENAME, NotesStore
from isoapp.notes.transfer import export_notes, import_notes

REPO = Path(__file__).resolve().parents[1]


def _sample(data_dir):
    with NotesStore.open(data_dir) as s:
        s.add("Ask about dry lips", "Which lip balm?\n## not a heading", is_question=True)
        s.add("Week 3", "Less oily skin 🙂", section="overview")
        gone = s.add("binned", "x")
        s.delete(gone.id)


def _snapshot(data_dir):
    with NotesStore.open(data_dir) as s:
        return s.list(include_deleted=True, order="created")


def test_markdown_round_trip_through_files(data_dir, tmp_path):
    _sample(data_dir)
    first = tmp_path / "notes.md"
    assert export_notes(data_dir, first) == 2, "notes in the bin are not exported"
    other = tmp_path / "other"
    assert import_notes(other, first) == 2
    second = tmp_path / "again.md"
    assert export_notes(other, second) == 2
    assert second.read_bytes() == first.read_bytes()
    assert os.stat(first).st_mode & 0o077 == 0, "exports are private by default"


def test_import_adds_and_never_overwrites(data_dir, tmp_path):
    _sample(data_dir)
    md = tmp_path / "n.md"
    export_notes(data_dir, md)
    with NotesStore.open(data_dir) as s:
        week = next(n for n in s.list() if n.title == "Week 3")
        s.update(week.id, body="changed after the export")
    before = _snapshot(data_dir)
    # the unchanged note is already there (skipped); the changed one comes back as a second note
    assert import_notes(data_dir, md) == 1
    after = {n.id: n for n in _snapshot(data_dir)}
    assert all(after[n.id] == n for n in before), "an existing note was changed"
    assert len(after) == len(before) + 1
    assert sorted(n.body for n in after.values() if n.title == "Week 3") == [
        "Less oily skin 🙂",
        "changed after the export",
    ]


def test_pdf_export(data_dir, tmp_path):
    _sample(data_dir)
    from isoapp.ui.notes.printing import notes_pdf_bytes

    pdf = tmp_path / "notes.pdf"
    assert export_notes(data_dir, pdf, pdf_renderer=notes_pdf_bytes) == 2
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_pdf_export_needs_a_renderer(data_dir, tmp_path):
    """The core draws no PDF itself: without the injected renderer it says so and writes nothing."""
    _sample(data_dir)
    pdf = tmp_path / "notes.pdf"
    with pytest.raises(NotesError, match="PDF"):
        export_notes(data_dir, pdf)
    assert not pdf.exists()


def test_export_without_a_store_creates_nothing(data_dir, tmp_path):
    assert export_notes(data_dir, tmp_path / "empty.md") == 0
    assert (tmp_path / "empty.md").read_bytes() == b""
    assert not (data_dir / FILENAME).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.md", None, "does not exist"),
        ("latin1.md", "## Café\n".encode("latin-1"), "not UTF-8"),
        ("notes.docx", b"## x\n", "only Markdown"),
    ],
)
def test_bad_import_files_change_nothing(data_dir, tmp_path, name, content, message):
    _sample(data_dir)
    before = _snapshot(data_dir)
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    with pytest.raises(NotesError, match=message) as info:
        import_notes(data_dir, src)
    assert "\n" not in str(info.value)
    assert _snapshot(data_dir) == before


def test_import_is_all_or_nothing(data_dir, tmp_path, monkeypatch):
    _sample(data_dir)
    before = _snapshot(data_dir)
    src = tmp_path / "many.md"
    src.write_text("".join(f"## Note {i}\nbody {i}\n\n" for i in range(10)), encoding="utf-8")
    real = NotesStore._insert
    calls = {"n": 0}

    def flaky(*args):
        calls["n"] += 1
        if calls["n"] == 7:
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")
        return real(*args)

    monkeypatch.setattr(NotesStore, "_insert", staticmethod(flaky))
    with pytest.raises(NotesError, match="nothing was changed"):
        import_notes(data_dir, src)
    assert _snapshot(data_dir) == before


@pytest.mark.parametrize("dest", ["notes.docx", "no-such-folder/notes.md", "."])
def test_bad_export_destinations(data_dir, tmp_path, dest):
    _sample(data_dir)
    with pytest.raises(NotesError) as info:
        export_notes(data_dir, tmp_path / dest)
    assert "\n" not in str(info.value)


def _cli(*args, data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "isoapp", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_export_and_import(data_dir, tmp_path):
    _sample(data_dir)
    md = tmp_path / "out.md"
    done = _cli("--export-notes", str(md), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    other = tmp_path / "other"
    done = _cli("--import-notes", str(md), data_dir=other)
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back.md"
    assert _cli("--export-notes", str(back), data_dir=other).returncode == 0
    assert back.read_bytes() == md.read_bytes()
    pdf = tmp_path / "out.pdf"
    done = _cli("--export-notes", str(pdf), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args", [("--import-notes", "missing.md"), ("--import-notes", "bad.md"), ("--export-notes", "x.txt")]
)
def test_cli_errors_exit_2_with_one_line(data_dir, tmp_path, args):
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe## not utf-8\n")
    _sample(data_dir)
    before = (data_dir / FILENAME).read_bytes()
    flag, name = args
    done = _cli(flag, str(tmp_path / name), data_dir=data_dir)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert (data_dir / FILENAME).read_bytes() == before
