"""The benefits-versus-side-effects comparison view (issue 4). ``create(section, ctx)`` builds it."""

from __future__ import annotations


def create(section, ctx):
    from isoapp.ui.comparison.view import ComparisonView

    return ComparisonView(section, ctx)
