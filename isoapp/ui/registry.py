"""Which widget shows which kind of section. Factories are imported only when their tab is first shown,
so a heavy kind (the chart needs pyqtgraph and numpy) costs nothing at startup."""

from __future__ import annotations

import importlib

FACTORIES: dict[str, str] = {
    "text": "isoapp.ui.text_section:create",
    "sources": "isoapp.ui.text_section:create",
    "comparison": "isoapp.ui.comparison:create",
    "chart": "isoapp.ui.chart_view:create",
    "notes": "isoapp.ui.notes_view:create",
    "course": "isoapp.ui.course:create_course",
    "plan": "isoapp.ui.course:create_plan",
}


def factory_for(kind: str):
    """The ``create(section, ctx)`` callable for ``kind``; unknown kinds fall back to plain text."""
    target = FACTORIES.get(kind, FACTORIES["text"])
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)
