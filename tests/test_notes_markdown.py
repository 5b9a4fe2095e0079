"""Markdown export/import: the exact round trip (hypothesis) and hand-written files."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isoapp.notes.markdown_io import escape_body, format_notes, parse_notes, unescape_body
from isoapp.notes.store import NotesStore

# Lines that stress the format: headings, escaped headings, metadata look-alikes, blank lines, CR.
_TRICKY_LINES = st.sampled_from(
    [
        "## looks like a heading",
        "##",
        "## ",
        "   ## indented",
        "\\## already escaped",
        "\\\\## twice",
        "\\ ## odd",
        "### level three",
        "#not a heading",
        "<!-- isoapp: created=2020-01-01T00:00:00.000Z question=yes -->",
        "",
        " ",
        "\r",
        "## x\r",
        "-->",
    ]
)
_BODY = st.one_of(st.text(), st.lists(st.one_of(_TRICKY_LINES, st.text()), max_size=8).map("\n".join))
_STAMP = st.datetimes(timezones=st.none()).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.") + "123Z")
_NOTE = st.fixed_dictionaries(
    {
        "title": st.one_of(st.text(), _TRICKY_LINES),
        "body": _BODY,
        "section": st.one_of(st.none(), st.sampled_from(["overview", "how-it-works", "safety_2"])),
        "is_question": st.booleans(),
        "answered": st.booleans(),
        "created": _STAMP,
        "updated": _STAMP,
    }
)


def _fields(note):
    return (note.title, note.body, note.section, note.is_question, note.answered, note.created, note.updated)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(_NOTE, max_size=6))
def test_export_import_export_is_byte_identical(tmp_path_factory, notes):
    root = tmp_path_factory.mktemp("rt")
    with NotesStore.open(root / "a") as first:
        first.add_many(notes)
        original = first.list(order="created")
    exported = format_notes(original)
    with NotesStore.open(root / "b") as second:
        second.add_many(p.as_mapping() for p in parse_notes(exported, "ignored"))
        again = second.list(order="created")
    assert format_notes(again) == exported
    assert [_fields(n) for n in again] == [_fields(n) for n in original]


@given(st.text())
def test_escape_is_reversible(body):
    assert unescape_body(escape_body(body)) == body


@given(st.text())
def test_escaped_body_never_holds_a_level_two_heading(body):
    for line in escape_body(body).split("\n"):
        assert not line.lstrip(" ").startswith("## ") or line.startswith("    ")
        assert line.strip(" ") != "##"


def test_hand_written_markdown():
    text = (
        "\ufeffThings I noticed before I started.\n\n"
        "## Question about lips\n"
        "Should I use a lip balm?\n\n"
        "### detail stays in the body\n"
        "## Week 2\n"
        "<!-- isoapp: question=yes section=overview created=2026-03-01T09:30:00+01:00 bogus=1 -->\n"
        "Skin drier.\n"
    )
    notes = parse_notes(text, "my-notes")
    assert [n.title for n in notes] == ["my-notes", "Question about lips", "Week 2"]
    assert notes[0].body == "Things I noticed before I started."
    assert notes[1].body == "Should I use a lip balm?\n\n### detail stays in the body"
    assert notes[1].created is None and notes[1].is_question is False
    assert notes[2].is_question is True and notes[2].section == "overview"
    assert notes[2].created == "2026-03-01T08:30:00.000Z"
    assert notes[2].body == "Skin drier."


def test_windows_line_endings_and_bad_metadata():
    text = "## A\r\n<!-- isoapp: created=yesterday section=../../etc question=maybe -->\r\nline one\r\nline two\r\n"
    [note] = parse_notes(text)
    assert note.title == "A"
    assert note.body == "line one\nline two"
    assert note.created is None and note.section is None and note.is_question is False


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff"])
def test_empty_files_hold_no_notes(text):
    assert parse_notes(text) == []
