"""What the two course pages (My course, Tests and visits) share: the section's text beside the page, the
page's own note of what is due, and store problems shown in the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from isoapp.ui.a11y import announce
from isoapp.ui.course.due_banner import window_banner


class CoursePageState:
    """Mixed into a course page that has ``controller``, ``ctx``, ``text`` (the section's MarkdownPane),
    ``due`` (a DueBanner) and ``problem_bar`` (the MessageBar where store problems are shown)."""

    def _lay_out_and_follow(self, page: QWidget) -> None:
        """The section's text on the left, ``page`` on the right (a bar between); then show the course and
        follow the controller's changes, due dates and store problems."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.text)
        splitter.addWidget(page)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 670])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.controller.changed.connect(self.refresh)
        self.controller.banner_changed.connect(self._sync_due)
        self.controller.writer.problem.connect(self.show_problem)
        self.refresh()

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
