"""The daily check-in section (issue 14): today's entry, trends, the daily banner and the mood nudge.

``create(section, ctx)`` builds it; pyqtgraph is loaded only by the trends chart, after first show.
"""

from __future__ import annotations


def create(section, ctx):
    from isoapp.ui.checkin.view import CheckinView

    return CheckinView(section, ctx)
