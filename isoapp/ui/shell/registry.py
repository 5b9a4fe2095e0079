"""Which widget shows which kind of section. Factories are imported only when their tab is first shown,
so a heavy kind (the chart needs pyqtgraph and numpy) costs nothing at startup.

A factory is ``create(section: isoapp.content.Section, ctx: AppContext) -> QWidget``; the widget may
offer the optional methods of the section contract (isoapp.ui.shell.contract). A heavy kind may also
offer ``<factory>_in_steps(section, ctx)``: a generator that builds the same widget in small steps and
returns it, which the window runs while the app is idle (MainWindow.build_in_steps)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

FACTORIES: dict[str, str] = {
    "text": "isoapp.ui.text.text_section:create",
    "sources": "isoapp.ui.text.text_section:create",
    "comparison": "isoapp.ui.comparison.view:create",
    "what-matters": "isoapp.ui.comparison.what_matters:create",
    "chart": "isoapp.ui.chart.view:create",
    "notes": "isoapp.ui.notes.view:create",
    "options": "isoapp.ui.decision.options_view:create",
    "knowledge-check": "isoapp.ui.decision.knowledge_view:create",
    "sure": "isoapp.ui.decision.sure_view:create",
    "course": "isoapp.ui.course:create_course",
    "plan": "isoapp.ui.course:create_plan",
    "checkin": "isoapp.ui.checkin:create",
    "summary": "isoapp.ui.summary:create",
}


def factory_for(kind: str) -> Callable:
    """The ``create(section, ctx)`` callable for ``kind``; unknown kinds fall back to plain text."""
    target = FACTORIES.get(kind, FACTORIES["text"])
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def steps_for(kind: str) -> Callable | None:
    """The ``<factory>_in_steps(section, ctx)`` generator function for ``kind``, or None if it has none."""
    target = FACTORIES.get(kind, FACTORIES["text"])
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), f"{attr}_in_steps", None)
