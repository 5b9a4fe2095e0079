"""The fast reader for simple TOML (issue 12) gives exactly what tomllib gives, or declines."""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from isoapp import flat_toml, resources

RESOURCES = Path(resources.root())


def test_the_section_manifest_is_read_without_tomllib_and_alike():
    text = (RESOURCES / "content" / "sections.toml").read_text(encoding="utf-8")
    assert flat_toml.parse(text) == tomllib.loads(text)
    assert flat_toml.parse(text) is not None  # the start really skips tomllib


def test_every_shipped_toml_file_is_read_alike_or_declined():
    for path in RESOURCES.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        fast = flat_toml.parse(text)
        assert fast is None or fast == tomllib.loads(text), path


def test_it_declines_what_it_does_not_read():
    for text in (
        'title = "top-level key"\n',
        '[[s]]\nname = "a\\"b"\n',  # escapes
        "[[s]]\nn = 0x10\n",
        "[[s]]\nn = 1.5\n",
        "[[s]]\nd = 2026-12-01\n",
        "[table]\nk = 1\n",
        "[[s]]\nk = 1\nk = 2\n",  # duplicate key: tomllib's error to report
        "[[s]]\nk = 'literal'\n",
        "[[s]]\nk = [1, 2]\n",
        "[[s]]\nk = 01\n",
    ):
        assert flat_toml.parse(text) is None, text


_KEY = st.sampled_from(["id", "title", "order", "file", "kind", "part", "x-y", "a_b"])
_VALUE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12).map(lambda s: '"' + s + '"'),
    st.integers(-(10**6), 10**6).map(str),
    st.sampled_from(["true", "false", "1_000", "+3", "-0", "0x1F", "1.0", "'lit'", '"a\\tb"', "007"]),
)
_LINE = st.one_of(
    st.just("[[section]]"),
    st.just("[[other]]"),
    st.just("# a comment"),
    st.just(""),
    st.tuples(_KEY, _VALUE, st.sampled_from(["", "  # note", "\t"])).map(lambda t: f"{t[0]} = {t[1]}{t[2]}"),
    st.text(max_size=10),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_when_it_reads_a_document_tomllib_agrees(lines, newline):
    text = newline.join(lines)
    fast = flat_toml.parse(text)
    if fast is not None:
        assert fast == tomllib.loads(text)


def test_read_toml_never_gives_one_root_the_data_of_another(tmp_path, monkeypatch):
    """Idle-time preloading may fill the cache at any moment, even while a test points root() elsewhere."""
    import shutil

    copy = tmp_path / "resources"
    shutil.copytree(resources.root(), copy)
    with (copy / "content" / "sections.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[section]]\nid = "only-in-the-copy"\ntitle = "X"\norder = 999\nfile = "x.md"\n')
    real = resources.read_toml("content", "sections.toml")
    monkeypatch.setattr(resources, "root", lambda: copy)
    assert resources.read_toml("content", "sections.toml")["section"][-1]["id"] == "only-in-the-copy"
    monkeypatch.undo()
    assert resources.read_toml("content", "sections.toml") == real
    assert all(s["id"] != "only-in-the-copy" for s in real["section"])
