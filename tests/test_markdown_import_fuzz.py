"""Fuzzing Markdown import (issue 17, "Also"): whatever the file holds — odd headings, metadata with
impossible dates, NUL bytes, broken UTF-8, huge notes — the import either adds the notes cleanly or refuses
with one line and leaves the store exactly as it was. Never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from isoapp.notes.errors import NotesError
from isoapp.notes.markdown_io import parse_notes
from isoapp.notes.model import EARLIEST, LATEST
from isoapp.notes.store import NotesStore
from isoapp.notes.transfer import import_notes_report

REPO = Path(__file__).resolve().parents[1]

_dates = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
    ),
    st.from_regex(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})?", fullmatch=True),
    st.text(max_size=20),
)
_meta_value = st.one_of(_dates, st.sampled_from(["yes", "no", "overview", "../x", "true", "1"]), st.text(max_size=10))
_meta = st.dictionaries(
    st.sampled_from(["created", "updated", "section", "question", "answered", "bogus"]), _meta_value, max_size=6
).map(lambda d: "<!-- isoapp: " + " ".join(f"{k}={v}" for k, v in d.items()) + " -->")
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
_line = st.one_of(
    _text,
    _text.map(lambda t: "## " + t),
    _meta,
    st.sampled_from(["## ", "##", "   ## x", "\\## escaped", "\x00", "\ufeff", "\r", "<!-- isoapp:", "-->", "#"]),
)
_document = st.lists(_line, max_size=25).map("\n".join)
_raw = st.one_of(
    _document.map(lambda t: t.encode("utf-8")),
    _document.map(lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    st.tuples(_document, st.integers(0, 200)).map(lambda p: p[0].encode("utf-8")[: p[1]]),  # cut mid-character
    st.binary(max_size=300),
)


def _snapshot(store: NotesStore):
    return store.list(include_deleted=True, order="created")


def _check_one(data_dir: Path, raw: bytes) -> None:
    src = Path(tempfile.mkdtemp(dir=data_dir.parent)) / "fuzz.md"
    src.write_bytes(raw)
    with NotesStore.open(data_dir) as store:
        before = _snapshot(store)
    try:
        report = import_notes_report(data_dir, src)
    except NotesError as exc:
        assert "\n" not in str(exc) and str(exc).strip()
        with NotesStore.open(data_dir) as store:
            assert _snapshot(store) == before, "a refused import changed the store"
        return
    parsed = parse_notes(raw.decode("utf-8"), file_title="fuzz")
    assert report.added + report.skipped == len(parsed)
    with NotesStore.open(data_dir) as store:
        after = _snapshot(store)
        by_id = {n.id: n for n in after}
        assert all(by_id.get(n.id) == n for n in before), "an import changed an existing note"
        assert len(after) == len(before) + report.added
        for note in after:
            for stamp in (note.created, note.updated):
                moment = datetime.fromisoformat(stamp)
                assert EARLIEST <= moment <= LATEST
                moment.astimezone()  # shows in local time without raising


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_raw)
@example(raw=b"## Crafted\n<!-- isoapp: updated=2026-13-45T00:00:00.000Z -->\nbody\n")
@example(raw=b"## Edge\n<!-- isoapp: created=9999-12-31T23:59:59.999Z updated=0001-01-01T00:00:00.000Z -->\nx\n")
@example(raw=b"## NUL\x00title\n\x00\x00 body with NUL\n")
@example(raw=("## Huge\n" + "h" * 1_000_001 + "\n").encode())
@example(raw=b"\xff\xfe## not utf-8")
@example(raw=b"")
def test_markdown_import_never_raises_anything_but_a_one_line_refusal(tmp_path_factory, raw):
    base = tmp_path_factory.mktemp("fuzz")
    _check_one(base / "data", raw)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raws=st.lists(_raw, min_size=2, max_size=4))
def test_many_imports_into_one_store_keep_it_consistent(tmp_path_factory, raws):
    data_dir = tmp_path_factory.mktemp("fuzz-many") / "data"
    for raw in raws:
        _check_one(data_dir, raw)
        _check_one(data_dir, raw)  # the same file again: everything already there, or the same refusal
    with NotesStore.open(data_dir) as store:
        assert store.integrity_check() == "ok"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=_raw)
def test_command_line_import_is_exit_0_or_exit_2_with_one_line(tmp_path_factory, raw):
    base = tmp_path_factory.mktemp("fuzz-cli")
    src = base / "in.md"
    src.write_bytes(raw)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "isoapp", "--data-dir", str(base / "data"), "--import-notes", str(src)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert done.stderr == "" and done.stdout.startswith(f"Imported from {src}: ")
    else:
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("isoapp: error: ")
