"""The doctor's summary section (issue 14). ``create(section, ctx)`` builds it."""

from __future__ import annotations


def create(section, ctx):
    from isoapp.ui.summary.view import SummaryView

    return SummaryView(section, ctx)
