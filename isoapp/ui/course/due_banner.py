"""The calm "due this week / late" note: on the course pages, and in the window's banner area at start."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from isoapp.course_store import CourseEvent
from isoapp.ui.course.common import day_text
from isoapp.ui.course.plan_texts import plan_text

BANNER_KEY = "course-due"
_ATTR = "_course_due_banner"


class DueBanner(QFrame):
    def __init__(self, ctx, parent: QWidget | None = None, *, with_button: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("courseDueBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("What is due in your plan"))
        row.addWidget(self.label, 1)
        self.button = None
        if with_button:
            self.button = QPushButton(self.tr("See tests and visits"), self)
            self.button.setAccessibleName(self.tr("Open Tests and visits"))
            self.button.clicked.connect(lambda: ctx.show_section("plan"))
            row.addWidget(self.button)

    def show_due(self, overdue: list[CourseEvent], soon: list[CourseEvent]) -> bool:
        """Fill in the note; returns False (and hides) when nothing is due or late."""
        if not overdue and not soon:
            self.hide()
            return False
        parts = []
        if soon:
            first = soon[0]
            parts.append(
                self.tr("Coming up: %1 on %2.")
                .replace("%1", first.title if first.own else plan_text(first.title))
                .replace("%2", day_text(first.date))
            )
            if len(soon) > 1:
                parts.append(self.tr("Other items in the next 7 days: %1.").replace("%1", str(len(soon) - 1)))
        if overdue:
            parts.append(self.tr("Past their date and not ticked yet: %1.").replace("%1", str(len(overdue))))
        self.label.setText(" ".join(parts))
        self.show()
        return True


def refresh_window_banner(ctx) -> None:
    """Put the note in the window's banner area if something is due (opens the store only if it exists)."""
    from isoapp.notes.store import FILENAME

    if not ctx.has_open_notes_store() and not (ctx.data_dir / FILENAME).exists():
        return
    from isoapp.ui.course.controller import controller_for

    controller = controller_for(ctx)
    overdue, soon = controller.due() if controller.settings() is not None else ([], [])
    banner = getattr(ctx, _ATTR, None)
    if not overdue and not soon:
        if banner is not None:
            setattr(ctx, _ATTR, None)
            ctx.set_banner(BANNER_KEY, None)  # the window deletes the widget it removes
            controller.banner_changed.emit()
        return
    if banner is None:
        banner = DueBanner(ctx)
        setattr(ctx, _ATTR, banner)
    banner.show_due(overdue, soon)
    ctx.set_banner(BANNER_KEY, banner)
    controller.banner_changed.emit()


def window_banner(ctx) -> DueBanner | None:
    """The banner this window shows now, if any (one made but not placed in a window does not count)."""
    banner = getattr(ctx, _ATTR, None)
    return banner if banner is not None and banner.parentWidget() is not None else None
