"""The daily check-in section (issue 14): today's entry, trends, the daily banner and the mood nudge.

``create(section, ctx)`` builds it; pyqtgraph is loaded only by the trends chart, after first show.
"""

from __future__ import annotations


def warm_up() -> None:
    """Idle-time preparation (isoapp.ui.preload): a date field with its calendar, made once (the first
    one costs ~15 ms of Qt's date and locale set-up, which the first click on Check-in would pay)."""
    from isoapp.ui.checkin.form import warm_date_field

    warm_date_field()


def create(section, ctx):
    from isoapp.ui.checkin.view import CheckinView

    return CheckinView(section, ctx)


def create_in_steps(section, ctx):
    """The same view in two steps while the app is idle (MainWindow.build_in_steps): the store the
    check-ins live in (opened by any check-in view), then the view. Its trends still come after its
    first paint, when it is shown."""
    ctx.notes_store()  # a store that cannot be opened stops this here: the click builds as usual
    yield
    return create(section, ctx)
