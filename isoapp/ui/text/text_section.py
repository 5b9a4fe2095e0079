"""The widget for a written section: its Markdown, with sources and glossary links."""

from __future__ import annotations

from collections.abc import Generator

from isoapp import content
from isoapp.ui.text.markdown_view import MarkdownPane


def create(section: content.Section, ctx) -> MarkdownPane:
    if ctx.building_first_tab:
        # The section that opens with the window: show its text at once, and add the glossary links and
        # the list of sources (reading and matching two more data files, ~10 ms) just after the first paint.
        quick = content.render_markdown(section, link_glossary=False, list_sources=False)
        pane = MarkdownPane(quick, title=section.title)
        ctx.after_first_paint(lambda: pane.browser.set_markdown(content.render_markdown(section)))
    else:
        pane = MarkdownPane(content.render_markdown(section), title=section.title)
    pane.setObjectName(f"section-{section.id}")
    return pane


def create_in_steps(section: content.Section, ctx) -> Generator[None, None, MarkdownPane]:
    """The same pane, built while the app is idle (one step, ~10-30 ms: rendering the Markdown with its
    glossary links and sources, and Qt reading it), so the first click only lays it out and paints it."""
    pane = create(section, ctx)
    yield
    return pane
