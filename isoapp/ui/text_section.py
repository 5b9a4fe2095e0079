"""The widget for a written section: its Markdown, with sources and glossary links."""

from __future__ import annotations

from isoapp import content
from isoapp.ui.markdown_view import MarkdownPane


def create(section: content.Section, ctx) -> MarkdownPane:
    pane = MarkdownPane(content.render_markdown(section), title=section.title)
    pane.setObjectName(f"section-{section.id}")
    return pane
