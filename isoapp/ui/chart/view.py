"""The oil chart section (issue 5): the section's text beside an interactive pyqtgraph chart of the
illustrative oil curve (isoapp.oil_model), with dose and course controls, a hover read-out, a text
summary, a table alternative and PNG / CSV export (controls, plot, look and export live in their
own modules of this package).

pyqtgraph is imported only inside ``create()`` (the tab is built on first show), so the app
starts without it. Numbers and words come from isoapp.ui.chart.data (Qt-free); this module lays out.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from isoapp import content, oil_model
from isoapp.ui.chart import data as chart_data
from isoapp.ui.chart.controls import ChartControls
from isoapp.ui.chart.export import ChartExport
from isoapp.ui.chart.look import ChartLook
from isoapp.ui.chart.plot import ChartPlot
from isoapp.ui.text.markdown_view import MarkdownPane


def _pg():
    import pyqtgraph as pg

    return pg


def warm_up() -> None:
    """Idle-time preparation (isoapp.ui.preload calls it after pyqtgraph has loaded): draw a small plot
    once, so pyqtgraph's first-use costs are paid before the first click on the chart."""
    plot = _pg().PlotWidget(enableMenu=False)
    plot.plot([0.0, 1.0, 2.0], [1.0, 0.5, 0.8])
    plot.resize(240, 160)
    plot.grab()
    plot.deleteLater()


def create(section: content.Section, ctx) -> OilChartView:
    # The first chart loads pyqtgraph (a few hundred ms): show a busy pointer meanwhile.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return OilChartView(section, ctx)
    finally:
        QApplication.restoreOverrideCursor()


def create_in_steps(section: content.Section, ctx) -> Generator[None, None, OilChartView]:
    """The same view, built a step at a time (each ~5-25 ms) while the app is idle, so the first click
    on the chart only shows it (isoapp.ui.preload; the window finishes it at once if clicked sooner)."""
    view = OilChartView(section, ctx, build=False)
    yield
    for _ in view.build_steps():
        yield
    return view


class OilChartView(ChartControls, ChartPlot, ChartLook, ChartExport, QWidget):
    """Section widget: Markdown text | chart panel."""

    def __init__(self, section: content.Section, ctx, parent: QWidget | None = None, *, build: bool = True) -> None:
        """``build=False``: only the text so far; :meth:`build_steps` builds the rest."""
        super().__init__(parent)
        pg = _pg()
        pg.setConfigOptions(antialias=True)
        self._pg = pg
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self._dose, self._course = self._initial_params()
        self._hover_week: float | None = None
        self._table_dirty = True
        self._applying_colours = False
        self._built = False  # True once build_steps has finished (it may run over several idle steps)
        # Tell a screen reader the new result once the controls settle (not at every slider step).
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(600)
        self._announce_timer.timeout.connect(self._announce)

        # left: the section's text; right: the chart panel
        self.text = MarkdownPane(content.render_markdown(section), title=section.title)
        if build:
            for _ in self.build_steps():
                pass

    def build_steps(self) -> Iterator[None]:
        """Build the chart panel beside the text, a part per step."""
        panel = yield from self._build_panel()
        self._place(panel)
        self._apply_fonts()  # the colours and fonts in use now (changes during the build are caught here)
        self._apply_colours()
        self._redraw(course_changed=True)
        self._built = True

    def _build_panel(self) -> Generator[None, None, QWidget]:
        """The warning, the controls, the plot (or its table), the chart in words, the buttons."""
        panel = QWidget()
        panel.setObjectName("oilChartPanel")
        v = QVBoxLayout(panel)
        v.setContentsMargins(12, 10, 12, 10)
        v.setSpacing(8)

        self.warning = QLabel(chart_data.illustrative(), panel)
        self.warning.setObjectName("illustrativeLabel")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(chart_data.illustrative())
        v.addWidget(self.warning)

        v.addLayout(self._build_controls(panel))
        yield

        self.stack = QStackedWidget(panel)
        self.stack.addWidget(self._build_plot_page())
        yield
        self.stack.addWidget(self._build_table())
        v.addWidget(self.stack, 1)

        self.summary_label = QLabel(panel)
        self.summary_label.setObjectName("chartSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary_label.setAccessibleName(self.tr("The chart in words"))
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        v.addWidget(self.summary_label)

        v.addLayout(self._build_buttons(panel))
        return panel

    def _place(self, panel: QWidget) -> None:
        """The text and the (scrolling) chart panel side by side, with a bar between them."""
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(panel)
        self.scroll.setAccessibleName(self.tr("Oil chart and its controls"))
        panel.setMinimumWidth(520)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 670])
        self.text.setMinimumWidth(220)
        # Keyboard order follows reading order: the explanation on the left, then the chart's controls.
        QWidget.setTabOrder(self.text.browser, self.dose_slider)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange):
            if getattr(self, "_built", False):  # (changeEvent may come while QWidget.__init__ runs)
                self._apply_colours()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            if getattr(self, "_built", False):
                self._apply_fonts()
        super().changeEvent(event)

    def self_check(self) -> list[tuple[str, bool, str]]:
        checks: list[tuple[str, bool, str]] = []
        image = self.plot.grab().toImage()
        colours = set()
        if not image.isNull():
            step_x = max(image.width() // 40, 1)
            step_y = max(image.height() // 40, 1)
            for x in range(0, image.width(), step_x):
                for y in range(0, image.height(), step_y):
                    colours.add(image.pixel(x, y))
        checks.append(
            ("chart rendered", not image.isNull() and len(colours) > 3, f"{len(colours)} colours in the plot")
        )
        xs, ys = self.curve.getData()
        expected = oil_model.sebum_percent(xs, self._dose, self._course) if xs is not None else None
        ok = xs is not None and len(xs) > 10 and expected is not None and bool(abs(expected - ys).max() < 1e-9)
        checks.append(("curve has points", ok, f"{0 if xs is None else len(xs)} points"))
        text = self.summary_label.text()
        checks.append(
            (
                "summary text present",
                len(text) > 80 and text == chart_data.summary(self._dose, self._course),
                f"{len(text)} characters",
            )
        )
        n = len(self.drawn_anchors())
        checks.append(("study points drawn", n >= 3, f"{n} points"))
        checks.append(
            ("illustrative label shown", self.warning.text() == chart_data.illustrative(), self.warning.text())
        )
        return checks

    def prepare_screenshot(self) -> None:
        self.show_table(False)
        self.set_course(chart_data.DEFAULT_COURSE)
        self.set_dose(chart_data.DEFAULT_DOSE)
        self._show_readout(10)
