"""What the two course pages (My course, Tests and visits) share: the page's own note of what is due, and
store problems shown in the page."""

from __future__ import annotations

from isoapp.ui.a11y import announce
from isoapp.ui.course.due_banner import window_banner


class CoursePageState:
    """Mixed into a course page that has ``controller``, ``ctx``, ``due`` (a DueBanner) and ``problem_bar``
    (the MessageBar where store problems are shown)."""

    def _sync_due(self) -> None:
        """The page's own note of what is due, unless the window's banner above already says it."""
        if self.controller.settings() is not None and window_banner(self.ctx) is None:
            self.due.show_due(*self.controller.due())
        else:
            self.due.hide()

    def show_problem(self, text: str, kind: str) -> None:
        """A store problem with an edit, in plain words, in the page (never a dialog or a traceback)."""
        if not text:
            self.problem_bar.clear()
            return
        self.problem_bar.show_message(text, kind)
        announce(self.problem_bar.label, text)

    def _show_read_only(self) -> None:
        """Say why changes cannot be saved, when the store is read-only."""
        read_only = self.controller.writer.read_only_text()
        if read_only:
            self.problem_bar.show_message(read_only, "error")
