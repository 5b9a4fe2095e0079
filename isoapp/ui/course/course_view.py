"""The "My course" section: the intro text beside the tracker (set-up, today, figures, calendar, periods,
chart, calendar export). It lays out; the controller acts; the Qt-free modules hold the rules."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isoapp import content
from isoapp.course import DosePeriod, check_period, period_on
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import export_calendar_dialog, friendly_error
from isoapp.ui.course.controller import controller_for
from isoapp.ui.course.dose_chart import DoseChart
from isoapp.ui.course.due_banner import DueBanner, refresh_window_banner
from isoapp.ui.course.figures_panel import FiguresPanel
from isoapp.ui.course.log_calendar import LogCalendar
from isoapp.ui.course.page_state import CoursePageState
from isoapp.ui.course.periods_panel import PeriodsPanel
from isoapp.ui.course.setup_form import SetupForm
from isoapp.ui.course.startup import reminder_for
from isoapp.ui.course.tray_reminder import enabled as tray_enabled
from isoapp.ui.course.tray_reminder import tray_available
from isoapp.ui.text.markdown_view import MarkdownPane
from isoapp.ui.widgets.message_bar import MessageBar


def _group(title: str, widget: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


class CourseView(CoursePageState, QWidget):
    def __init__(self, section: content.Section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self.controller = controller_for(ctx)
        self.text = MarkdownPane(content.render_markdown(section), title=section.title)
        self.text.setMinimumWidth(220)
        panel = QWidget(self)
        panel.setObjectName("coursePanel")
        self.panel_layout = QVBoxLayout(panel)
        self.panel_layout.setContentsMargins(12, 10, 12, 10)
        self.message = MessageBar(panel, name="courseMessage")
        self.problem_bar = self.message
        self.panel_layout.addWidget(self.message)
        self.setup = SetupForm(self.controller, panel)
        self.setup.saved.connect(self._after_setup)
        self.setup.cancelled.connect(lambda: self._show_tracker(True))
        self.panel_layout.addWidget(self.setup)
        self.tracker = self._build_tracker(panel)
        self.panel_layout.addWidget(self.tracker)
        self.panel_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(panel)
        self.scroll.setAccessibleName(self.tr("Your course tracker"))
        self._lay_out_and_follow(self.scroll)

    def _build_tracker(self, parent: QWidget) -> QWidget:
        tracker = QWidget(parent)
        v = QVBoxLayout(tracker)
        v.setContentsMargins(0, 0, 0, 0)
        self.due = DueBanner(self.ctx, tracker)
        v.addWidget(self.due)
        v.addLayout(self._build_today_row(tracker))
        self.figures = FiguresPanel(tracker)
        v.addWidget(_group(self.tr("Your figures"), self.figures, tracker))
        self.log = LogCalendar(self.controller, tracker)
        v.addWidget(_group(self.tr("Daily log"), self.log, tracker))
        self.periods = PeriodsPanel(self.controller, tracker)
        v.addWidget(_group(self.tr("Dose periods"), self.periods, tracker))
        self.chart = DoseChart(self.controller, self.ctx, tracker)
        v.addWidget(_group(self.tr("Total dose so far"), self.chart, tracker))
        v.addLayout(self._build_export_row(tracker))
        return tracker

    def _build_today_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.taken_today = QPushButton(self.tr("Taken today"), parent)
        self.taken_today.setObjectName("takenTodayButton")
        self.taken_today.setAccessibleName(self.tr("Mark today as taken"))
        self.taken_today.clicked.connect(self.mark_taken_today)
        self.today_status = QLabel(parent)
        self.today_status.setWordWrap(True)
        self.today_status.setAccessibleName(self.tr("Today's entry"))
        self.change_button = QPushButton(self.tr("Change set-up…"), parent)
        self.change_button.setAccessibleName(self.tr("Change the set-up of your course"))
        self.change_button.clicked.connect(self.edit_setup)
        row.addWidget(self.taken_today)
        row.addWidget(self.today_status, 1)
        row.addWidget(self.change_button)
        return row

    def _build_export_row(self, parent: QWidget) -> QVBoxLayout:
        row = QVBoxLayout()  # one above the other: fits at 200 % text
        self.daily_reminder = QCheckBox(self.tr("Add a daily reminder to take your capsules"), parent)
        self.daily_reminder.setAccessibleName(self.tr("Add a daily reminder to the calendar file"))
        self.export_button = QPushButton(self.tr("Put the plan in my calendar…"), parent)
        self.export_button.setAccessibleName(self.tr("Save the plan as a calendar file for your phone"))
        self.export_button.clicked.connect(self.export_calendar)
        row.addWidget(self.daily_reminder)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tray_box = QCheckBox(
            self.tr("Show a desktop notice when something is due (while the app is open)"), parent
        )
        self.tray_box.setAccessibleName(self.tr("Show a desktop notice when something in your plan is due"))
        self.tray_box.setChecked(tray_enabled(self.ctx))
        self.tray_box.toggled.connect(lambda on: reminder_for(self.ctx).set_enabled(on))
        self.tray_box.setVisible(tray_available())
        row.addWidget(self.tray_box)
        return row

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        self._show_read_only()
        settings = self.controller.settings()
        self._show_tracker(settings is not None)
        if settings is None:
            return
        today = self.controller.today()
        self.figures.show_figures(self.controller.figures(), settings.target_mg_per_kg, today)
        self.log.refresh()
        self.periods.refresh()
        self.chart.refresh()
        self._sync_due()
        status = self.controller.store.day_status(today)
        in_period = period_on(self.controller.store.dose_periods(), today) is not None
        self.taken_today.setEnabled(in_period and status != "taken")
        if status == "taken":
            self.today_status.setText(self.tr("Today is marked as taken."))
        elif not in_period:
            self.today_status.setText(self.tr("Today is not in a dose period (a pause, or before the start)."))
        else:
            self.today_status.setText(self.tr("Not marked yet today."))

    def _show_tracker(self, on: bool) -> None:
        if not on and not self.setup.isVisible():
            self.setup.start_new()
        self.setup.setVisible(not on)
        self.tracker.setVisible(on)

    def _after_setup(self) -> None:
        self._show_tracker(True)
        self.refresh()
        refresh_window_banner(self.ctx)

    def edit_setup(self) -> None:
        periods = self.controller.store.dose_periods()
        settings = self.controller.settings()
        if settings is None or not periods:
            return
        self.setup.load(settings, periods[0])
        self.setup.setVisible(True)
        self.tracker.setVisible(False)
        self.setup.start.setFocus()

    def mark_taken_today(self) -> None:
        try:
            self.controller.write(lambda: self.controller.mark_day(self.controller.today(), "taken"))
        except ValueError as exc:
            self.today_status.setText(friendly_error(exc))
        announce(self.today_status, self.today_status.text())

    def export_calendar(self) -> None:
        path = export_calendar_dialog(
            self, self.ctx, daily=self.daily_reminder.isChecked(), today=self.controller.today()
        )
        if path is not None:
            self.today_status.setText(
                self.tr("Saved the plan to %1. Open it with your calendar app.").replace("%1", str(path))
            )

    # ------------------------------------------------------------------ section contract
    def prepare_screenshot(self) -> None:
        """A sample course in the screenshot run's own temporary data folder (never a person's)."""
        from isoapp.course_sample import fill_sample_course

        if self.controller.settings() is None:
            fill_sample_course(self.controller.store, self.controller.today())
            self.controller.changed.emit()
        self.chart.ensure_plot()
        shown = self.controller.today() - timedelta(days=10)  # a month with entries, early in a month too
        self.log.calendar.setCurrentPage(shown.year, shown.month)
        self.scroll.verticalScrollBar().setValue(0)

    def self_check(self) -> list[tuple[str, bool, str]]:
        checks = []
        shown = self.setup.isVisibleTo(self) != self.tracker.isVisibleTo(self)
        checks.append(("set-up or tracker shown", shown, "exactly one of them"))
        if self.controller.settings() is not None:
            text = self.figures.as_text()
            checks.append(("figures shown", "mg/kg" in text, text.splitlines()[0] if text else "empty"))
            checks.append(("chart table rows", self.chart.model.rowCount() > 0, f"{self.chart.model.rowCount()} rows"))
        try:
            check_period(DosePeriod(self.controller.today(), 0, 60))
            refused = False
        except ValueError as exc:
            refused = str(exc).startswith("mg_per_day")
        checks.append(("a zero dose is refused", refused, "checked by the course model"))
        from isoapp.course_selfcheck import course_checks  # in a throw-away folder, never the person's data

        checks.extend(course_checks())
        return checks
