"""Content loading and Markdown processing, without Qt."""

from __future__ import annotations

from isoapp import content, resources


def test_resources_root_has_manifest():
    assert (resources.root() / "content" / "sections.toml").is_file()


def test_render_turns_citations_into_links_and_lists_sources(monkeypatch):
    section = content.Section(id="t", title="T", order=1, file="t.md")
    first, second = content.sources()[:2]
    text = (
        f"## In short\n\nOil falls fast [{first.number}]. It comes back [{second.number}].\n\n"
        f"Sources: [{first.number}], [{second.number}]\n"
    )
    monkeypatch.setattr(content, "section_markdown", lambda item: text)
    rendered = content.render_markdown(section, link_glossary=False)
    assert f"](cite:{first.number})" in rendered
    assert f"](cite:{second.number})" in rendered
    assert first.citation in rendered and second.url in rendered
    assert "Sources: [" not in rendered


def test_cited_and_listed_numbers():
    text = "A [3] b [1] c [3].\n\nSources: [1], [3]\n"
    assert content.cited_numbers(text) == [3, 1]
    assert content.listed_numbers(text) == [1, 3]


def test_plain_text_strips_markup():
    md = (
        "## In short\n\n**Bold** and [a link](https://x.org) [2].\n\n- item one\n\n![alt](images/x.svg)\n\nSources: [2]"
    )
    assert content.plain_text(md) == "In short.\nBold and a link.\nitem one."


def test_glossary_links_first_use_only(monkeypatch):
    terms = (content.GlossaryTerm(term="sebum", definition="skin oil", aliases=("oil glands",)),)
    monkeypatch.setattr(content, "glossary", lambda: terms)
    monkeypatch.setattr(
        content, "section_markdown", lambda item: "## Sebum\n\nSebum is oil. Sebum again, and oil glands [2].\n"
    )
    content._glossary_matcher.cache_clear()
    try:
        rendered = content.render_markdown(content.Section("t", "T", 1, "t.md"))
    finally:
        content._glossary_matcher.cache_clear()
    assert rendered.count("gloss:sebum") == 1
    assert "[Sebum](gloss:sebum) is oil. Sebum again, and oil glands" in rendered  # alias of a used term: no link
    assert "## Sebum" in rendered  # headings are left alone


def test_every_tab_named_in_the_text_exists():
    import re

    titles = {s.title for s in content.sections()}
    for section in content.sections():
        for name in re.findall(r'tab "([^"]+)"', content.section_markdown(section)):
            assert name in titles, f"{section.file} points to a tab called {name!r}, which does not exist"
