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
    "checkin": "isoapp.ui.checkin:create",
    "summary": "isoapp.ui.summary:create",
}

# Run once, just after the window's first paint (e.g. the daily check-in banner): "module:callable(ctx)".
STARTUP_HOOKS: tuple[str, ...] = ("isoapp.ui.checkin.banner:on_start",)


def factory_for(kind: str):
    """The ``create(section, ctx)`` callable for ``kind``; unknown kinds fall back to plain text."""
    target = FACTORIES.get(kind, FACTORIES["text"])
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def run_startup_hooks(ctx) -> None:
    for target in STARTUP_HOOKS:
        module_name, _, attr = target.partition(":")
        try:
            getattr(importlib.import_module(module_name), attr)(ctx)
        except Exception:  # a hook must never stop the window from working
            import traceback

            traceback.print_exc()
