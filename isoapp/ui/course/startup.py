"""What the course part does once the window is on screen: the calm "due this week" banner and, if the
person turned it on, desktop reminders. Nothing here runs before the first paint."""

from __future__ import annotations

_ATTR = "_course_tray_reminder"


def reminder_for(ctx):
    """The window's tray reminder (made on first use)."""
    reminder = getattr(ctx, _ATTR, None)
    if reminder is None:
        from isoapp.ui.course.controller import controller_for
        from isoapp.ui.course.tray_reminder import TrayReminder

        reminder = TrayReminder(ctx, controller_for(ctx))
        setattr(ctx, _ATTR, reminder)
    return reminder


def after_start(ctx) -> None:
    from isoapp.notes.errors import NotesError
    from isoapp.ui.course.due_banner import refresh_window_banner
    from isoapp.ui.course.tray_reminder import enabled

    try:
        refresh_window_banner(ctx)
        if enabled(ctx):
            reminder_for(ctx).apply()
    except NotesError:
        pass  # the notes view tells the person about a store it cannot open; no banner meanwhile
