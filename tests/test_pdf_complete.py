"""Issue 17 item 3 (and the PDF side of 6): a notes PDF holds every note and the closing disclaimer, or
no PDF is written and the person is told. Laid out in chunks; very long lines are broken up first."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time

import pytest

from isoapp.notes import printable
from isoapp.notes.errors import NotesError
from isoapp.notes.model import Note
from isoapp.notes.store import NotesStore
from isoapp.notes.transfer import export_notes
from isoapp.ui.notes.printing import notes_pdf_bytes

HAVE_PDFTOTEXT = shutil.which("pdftotext") is not None
if os.environ.get("ISOAPP_REQUIRE_PDFTOTEXT") and not HAVE_PDFTOTEXT:  # CI installs it: never skip there
    raise RuntimeError("ISOAPP_REQUIRE_PDFTOTEXT is set but pdftotext is not on PATH")


def _note(i: int, body: str, title: str | None = None) -> Note:
    stamp = "2026-01-01T10:00:00.000Z"
    return Note(i, f"Note {i}" if title is None else title, body, None, False, False, stamp, stamp, None, 1)


def _text(pdf_path) -> str:
    done = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("line", ["a" * 5000, "word " * 3000, "x" * 2000, "", "short"])
def test_long_lines_are_broken_without_losing_a_character(line):
    pieces = printable.break_long_line(line, 2000)
    assert "".join(pieces) == line
    assert all(len(p) <= 2000 for p in pieces)
    if " " in line and len(line) > 2000:
        assert all(p.endswith(" ") for p in pieces[:-1]), "cut after a space when there is one"


def test_pieces_split_a_long_note_into_chunks_in_order():
    body = "\n".join(f"line {i} " + "z" * 50 for i in range(2000))
    chunks = list(printable.chunked(printable.pieces([_note(1, body)], "My notes", "sub", "end", 5000), 5000))
    assert len(chunks) > 10
    assert all(sum(len(p.text) for p in chunk) <= 5000 + 200 for chunk in chunks)
    bodies = [p.text for chunk in chunks for p in chunk if p.kind == printable.BODY]
    assert "\n".join(bodies) == body
    assert chunks[-1][-1].kind == printable.DISCLAIMER


def test_many_chunks_make_one_complete_pdf(qapp):
    from isoapp.ui.notes.pdf_notes import notes_pdf_bytes
    from isoapp.ui.notes.pdf_pages import count_pdf_pages

    notes = [_note(i, f"body of note {i}\n" * 5) for i in range(400)]
    seen = []
    data = notes_pdf_bytes(notes, budget=3000, progress=lambda chunks, done: seen.append(done))
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(seen) > 10 and seen[-1] == 400 and seen == sorted(seen)
    assert count_pdf_pages(data) >= len(seen)


@pytest.mark.skipif(not HAVE_PDFTOTEXT, reason="needs pdftotext to read the PDF back")
def test_every_note_and_the_disclaimer_are_in_the_pdf(data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(printable, "CHUNK_CHARS", 4000)
    with NotesStore.open(data_dir) as s:
        s.add_many({"title": f"Note {i}", "body": f"body {i}"} for i in range(600))
        s.add("Very long", "q" * 300_000 + " the end of a very long line")
    started = time.monotonic()
    assert export_notes(data_dir, tmp_path / "all.pdf", pdf_renderer=notes_pdf_bytes) == 601
    elapsed = time.monotonic() - started
    text = _text(tmp_path / "all.pdf")
    found = {int(w) for w in re.findall(r"Note (\d+)", text)}
    assert found == set(range(600))
    assert text.count("q") >= 300_000, "no line of the long note was lost"
    assert "the end of a very long line" in text
    assert text.rstrip().endswith("get medical help at once.")
    assert elapsed < 60, f"took {elapsed:.0f} s"


class _Truncating:
    """A laid-out chunk that claims one page fewer than it needs (what Qt did past ~2,700 pages)."""

    def __init__(self, doc):
        self._doc = doc

    def pageCount(self):  # noqa: N802 (Qt API)
        return max(self._doc.pageCount() - 1, 0)

    def __getattr__(self, name):
        return getattr(self._doc, name)


def test_a_pdf_that_would_be_cut_short_is_not_written(data_dir, tmp_path, monkeypatch):
    from isoapp.ui.notes import pdf_pages as paged

    with NotesStore.open(data_dir) as s:
        s.add_many({"title": f"Note {i}", "body": "text\n" * 40} for i in range(60))
    real = paged.chunk_document
    monkeypatch.setattr(paged, "chunk_document", lambda chunk, writer: _Truncating(real(chunk, writer)))
    dest = tmp_path / "cut.pdf"
    with pytest.raises(NotesError, match="cut short") as info:
        export_notes(data_dir, dest, pdf_renderer=notes_pdf_bytes)
    assert "\n" not in str(info.value)
    assert not dest.exists() and list(tmp_path.glob(".cut.pdf.*")) == []


def test_a_missing_note_is_reported_not_written(data_dir, tmp_path, monkeypatch):
    from isoapp.ui.notes import pdf_notes

    with NotesStore.open(data_dir) as s:
        s.add_many({"title": f"Note {i}", "body": "b"} for i in range(5))
    real = printable.pieces

    def drop_one(notes, *args):
        return (p for p in real(notes, *args) if not (p.kind == printable.TITLE and p.note_index == 2))

    monkeypatch.setattr(pdf_notes.printable, "pieces", drop_one)
    with pytest.raises(NotesError, match="Only 4 of 5 notes"):
        export_notes(data_dir, tmp_path / "n.pdf", pdf_renderer=notes_pdf_bytes)
    assert not (tmp_path / "n.pdf").exists()
