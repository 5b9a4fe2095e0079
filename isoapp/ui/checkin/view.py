"""The Check-in section: the form on the left (with the low-mood nudge above it), the trends on the
right, and the section's own text ("what the app does with your answers") under a tab.

The view lays out and asks (file names, a symptom's name); the controller loads and saves.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isoapp import checkin_trends as trends
from isoapp import content, palettes, paths
from isoapp.ui.checkin.controller import CheckinController
from isoapp.ui.checkin.form import CheckinForm
from isoapp.ui.checkin.trends_view import TrendsPanel
from isoapp.ui.style import theme
from isoapp.ui.text.markdown_view import MarkdownPane


def in_short(section: content.Section) -> str:
    """The first paragraph under the section's first heading ("In short" in English, whatever a
    translation calls it)."""
    return content.section_intro(section)


CHART_MIN_WIDTH = 420
CHART_MIN_HEIGHT = 260


class MoodNudge(QFrame):
    """One calm, sourced note when mood was low (1 or 2) on several of the last 14 days."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodNudge")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("About your mood"))
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.help_button = QPushButton(self.tr("Open “Get help now”"), self)
        self.help_button.setAccessibleName(self.tr("Open the section Get help now"))
        self.help_button.clicked.connect(lambda _c=False: ctx.show_section("get-help"))
        self.note_button = QPushButton(self.tr("Write a note for my doctor"), self)
        self.note_button.setAccessibleName(self.tr("Write a note for my doctor about my mood"))
        self.note_button.clicked.connect(
            lambda _c=False: ctx.request_note(
                "checkin", self.tr("My mood"), self.tr("Since my last visit, my mood has been")
            )
        )
        row.addWidget(self.help_button)
        row.addWidget(self.note_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._apply_theme(theme.current())
        theme.notifier().changed.connect(self._apply_theme)
        self.hide()

    def _apply_theme(self, current: palettes.Theme) -> None:
        theme.surface_palette(self, current.info_bg, current.info_text, current.info_link)

    def show_count(self, count: int) -> None:
        if not count:
            self.hide()
            return
        signs = [
            self.tr("feeling sad, empty or hopeless"),
            self.tr("losing interest in things you enjoyed"),
            self.tr("sleeping much more or much less"),
            self.tr("feeling more angry or cross than usual"),
            self.tr("pulling away from friends or family"),
            self.tr("thoughts of harming yourself"),
        ]
        first = self.tr("You chose mood 1 or 2 on %n of the last 14 days.", "", count)
        advice = self.tr("It can help to tell your prescriber, and someone you trust. Tell them about signs like:")
        urgent = self.tr("If you have thoughts of harming yourself, get help now.")
        source = self.tr("Sources: US Medication Guide; NHS; MHRA 2023.")
        self.text.setText(f"<p><b>{first}</b> {advice} {'; '.join(signs)}.</p><p>{urgent} <i>{source}</i></p>")
        self.show()


class CheckinView(QWidget):
    def __init__(self, section: content.Section, ctx, today=date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self.serious_dialog = None  # the SeriousSignDialog, once a serious sign was ticked
        self.form = CheckinForm(today(), self)
        self.controller = CheckinController(ctx, self.form, today, self)
        self.nudge = MoodNudge(ctx, self)
        self.trends = TrendsPanel(self)
        self.about: MarkdownPane | None = None  # made when its tab is first opened
        self._about_page = QWidget()
        QVBoxLayout(self._about_page).setContentsMargins(0, 0, 0, 0)
        self.trends.tabs.addTab(self._about_page, self.tr("About these check-&ins"))
        self.trends.tabs.currentChanged.connect(self._on_trends_tab)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.left = self._build_left()
        splitter.addWidget(self.left)
        splitter.addWidget(self.trends)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh_trends)
        self.controller.saved.connect(lambda _c: self._trends_started and self._refresh_timer.start(0))
        self.controller.nudge_changed.connect(self.nudge.show_count)
        self.controller.serious_sign.connect(self.show_serious_help)
        self.form.add_symptom_clicked.connect(self.ask_symptom)
        self._trends_started = False
        if self._load():
            # The trends (a chart: ~30-50 ms) come just after the form is first on screen, not before it.
            self.form.day_edit.installEventFilter(self)

    def _load(self) -> bool:
        """Show the day's check-in; if the store cannot be opened, say so and keep the form closed."""
        from isoapp.notes.errors import NotesError

        try:
            self.controller.load()
        except NotesError as exc:
            for widget in self.form.findChildren(QWidget):  # every input, but the status stays readable
                if widget is not self.form.status:
                    widget.setEnabled(False)
            self.csv_button.setEnabled(False)
            message = self.tr("Your check-ins cannot be read right now, so nothing can be saved: %1")
            self.form.status.setText(message.replace("%1", str(exc)))
            self._trends_started = True  # nothing to draw
            return False
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.form.day_edit and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start_trends)
        return False

    def start_trends(self) -> None:
        """Fill the trends and draw the chart (once; put off so the form shows at once)."""
        if not self._trends_started:
            self._trends_started = True
            self.refresh_trends()
            self.trends.ensure_chart()

    def _on_trends_tab(self, index: int) -> None:
        if self.trends.tabs.widget(index) is self._about_page and self.about is None:
            self.about = MarkdownPane(content.render_markdown(self.section), title=self.section.title)
            self._about_page.layout().addWidget(self.about)

    def _build_left(self) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        intro = QLabel(in_short(self.section), inner)
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self.nudge)
        column.addWidget(self.form)
        row = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("E&xport check-ins (CSV spreadsheet)…"), inner)
        self.csv_button.setAccessibleName(self.tr("Save all check-ins as a CSV spreadsheet file"))
        self.csv_button.clicked.connect(lambda _c=False: self.export_csv())
        self.summary_button = QPushButton(self.tr("Doctor’s s&ummary…"), inner)
        self.summary_button.setAccessibleName(self.tr("Open the doctor’s summary"))
        self.summary_button.clicked.connect(lambda _c=False: self.ctx.show_section("summary"))
        row.addWidget(self.csv_button)
        row.addWidget(self.summary_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Today's check-in"))
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _fit(self) -> None:
        """Form beside the trends when both fit; else the trends go below the form (large text, narrow
        window), so the form never needs scrolling sideways."""
        form_width = self.left.widget().sizeHint().width() + self.left.verticalScrollBar().sizeHint().width() + 4
        side_by_side = self.width() >= form_width + CHART_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            if not side_by_side:  # the form above, the trends below: half each
                self.splitter.setSizes([self.height() // 2, self.height() // 2])
        self.left.setMinimumWidth(form_width if side_by_side else 0)
        self.trends.setMinimumHeight(0 if side_by_side else CHART_MIN_HEIGHT)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "splitter"):
            self._fit()

    # ------------------------------------------------------------------ acting on the controller's news
    def refresh_trends(self) -> None:
        from isoapp.visit_summary import dose_period_spans

        store = self.controller.store()
        today = self.controller.today()
        checkins = store.all()
        keys = trends.symptom_keys(checkins, self.controller.own_symptoms())
        self.trends.set_data(checkins, keys, dose_period_spans(self.ctx.notes_store(), today), today)

    def show_serious_help(self, signs: list[str]) -> None:
        from isoapp.ui.checkin.help_dialog import SeriousSignDialog

        if self.serious_dialog is not None:
            self.serious_dialog.close()
        self.serious_dialog = SeriousSignDialog(signs, lambda: self.ctx.show_section("get-help"), self)
        self.serious_dialog.open()

    def ask_symptom(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Add a side effect"), self.tr("Name of the side effect:"))
        if ok and name.strip():
            error = self.controller.add_own_symptom(name)
            if error:
                self.form.status.setText(error)

    def export_csv(self, path: Path | None = None) -> Path | None:
        from isoapp.course_export import export_checkins_csv
        from isoapp.notes.errors import NotesError

        if path is None:
            from isoapp.ui.widgets.save_file import ask_save_path

            default = paths.export_dir() / f"check-ins-{self.controller.today().isoformat()}.csv"
            types = [(self.tr("CSV spreadsheet"), ".csv")]
            path = ask_save_path(self, self.tr("Save check-ins as CSV"), default, types)
            if path is None:
                return None
        self.controller.flush()
        try:
            count = export_checkins_csv(self.ctx.notes_store(), path, force=True)  # the dialog asked
        except NotesError as exc:
            self.form.status.setText(str(exc))
            return None
        self.form.status.setText(self.tr("Check-ins saved: %n. File: %1", "", count).replace("%1", str(path)))
        return path

    # ------------------------------------------------------------------ section contract
    def flush(self) -> bool:
        return self.controller.flush()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.controller.flush()
        super().hideEvent(event)

    def self_check(self) -> list[tuple[str, bool, str]]:
        from isoapp.checkins import RED_FLAGS, SYMPTOMS
        from isoapp.ui.checkin import labels
        from isoapp.ui.checkin.help_dialog import SeriousSignDialog

        unnamed = [k for k in SYMPTOMS if k not in labels.symptom_names()]
        unnamed += [k for k in RED_FLAGS if k not in labels.red_flag_names()]
        dialog = SeriousSignDialog(list(RED_FLAGS[:1]), lambda: None, self)
        text = dialog.guidance_plain(list(RED_FLAGS[:1]))
        dialog.deleteLater()
        numbers = [n for n in ("911", "988", "999", "111", "116 123", "112") if n not in text]
        return [
            ("check-in: every side effect and serious sign has words", not unnamed, ", ".join(unnamed)),
            ("check-in: serious sign guidance has the crisis numbers", not numbers, ", ".join(numbers)),
        ]

    def prepare_screenshot(self) -> None:
        from isoapp.checkin_samples import sample_checkins
        from isoapp.checkins import CheckinStore
        from isoapp.course import DosePeriod
        from isoapp.course_store import CourseSettings, CourseStore

        today = self.controller.today()
        store = self.ctx.notes_store()
        CheckinStore(store).save_many(sample_checkins(today, 80), today=today)
        course = CourseStore(store)
        if not course.has_data():  # two dose periods, to show the shading (temporary data dir only)
            first = DosePeriod(today - timedelta(days=70), 30, 60, today - timedelta(days=36))
            course.set_up(CourseSettings("us", False, 120.0), first, today=today)
            course.add_period(DosePeriod(today - timedelta(days=35), 40, 60), today=today)
        self.controller.load()
        self.start_trends()
        self.refresh_trends()
