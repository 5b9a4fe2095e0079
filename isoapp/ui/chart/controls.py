"""The chart's controls: dose and course sliders and spin boxes (remembered), table toggle, buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableView,
    QWidget,
)

from isoapp import oil_model
from isoapp.i18n import format_number, translate
from isoapp.ui import a11y
from isoapp.ui.chart import data as chart_data
from isoapp.ui.chart.table import OilTableModel

_SETTINGS_DOSE = "oil_chart/dose"
_SETTINGS_COURSE = "oil_chart/course"


class ChartControls:
    """Mixed into OilChartView: the controls and what they change."""

    def _initial_params(self) -> tuple[float, int]:
        dose, course = chart_data.DEFAULT_DOSE, chart_data.DEFAULT_COURSE
        settings = getattr(self.ctx, "settings", None)
        if settings is not None:
            try:
                d = round(float(settings.value(_SETTINGS_DOSE, dose)), 1)
                c = int(float(settings.value(_SETTINGS_COURSE, course)))
                oil_model.sebum_percent([0], d, c)  # validates both
                dose, course = d, c
            except (TypeError, ValueError, OverflowError):
                pass  # a hand-edited or old value (even inf): keep the defaults
        return dose, course

    def _build_controls(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)

        self.dose_label = QLabel(QCoreApplication.translate("ChartControls", "&Dose (mg per kg a day):"), parent)
        self.dose_slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.dose_slider.setRange(1, 10)
        self.dose_slider.setPageStep(1)
        self.dose_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.dose_slider.setTickInterval(1)
        self.dose_slider.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Dose slider, mg per kg of body weight a day")
        )
        self.dose_slider.setAccessibleDescription(
            QCoreApplication.translate("ChartControls", "From 0.1 to 1.0. Moves the chart.")
        )
        self.dose_spin = _DoseSpin(parent)
        self.dose_spin.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Dose in mg per kg of body weight a day")
        )
        self.dose_spin.setAccessibleDescription(
            QCoreApplication.translate("ChartControls", "From 0.1 to 1.0 in steps of 0.1. Moves the chart.")
        )
        self.dose_label.setBuddy(self.dose_spin)

        self.course_label = QLabel(QCoreApplication.translate("ChartControls", "&Course length (weeks):"), parent)
        self.course_slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.course_slider.setRange(oil_model.COURSE_MIN, oil_model.COURSE_MAX)
        self.course_slider.setPageStep(4)
        self.course_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.course_slider.setTickInterval(4)
        self.course_slider.setAccessibleName(QCoreApplication.translate("ChartControls", "Course length slider, weeks"))
        self.course_slider.setAccessibleDescription(
            QCoreApplication.translate("ChartControls", "From 8 to 52 weeks. Moves the chart.")
        )
        self.course_spin = QSpinBox(parent)
        self.course_spin.setRange(oil_model.COURSE_MIN, oil_model.COURSE_MAX)
        self.course_spin.setSuffix(translate("ChartControls", " weeks", "after the number of weeks in a spin box"))
        self.course_spin.setAccessibleName(QCoreApplication.translate("ChartControls", "Course length in weeks"))
        self.course_spin.setAccessibleDescription(
            QCoreApplication.translate("ChartControls", "From 8 to 52 weeks. Moves the chart.")
        )
        self.course_label.setBuddy(self.course_spin)

        self.dose_slider.setValue(int(round(self._dose * 10)))
        self.dose_spin.setValue(int(round(self._dose * 10)))
        self.course_slider.setValue(self._course)
        self.course_spin.setValue(self._course)
        self.dose_slider.valueChanged.connect(self.dose_spin.setValue)
        self.dose_spin.valueChanged.connect(self._on_dose_tenths)
        self.course_slider.valueChanged.connect(self.course_spin.setValue)
        self.course_spin.valueChanged.connect(self._on_course)

        self.controls_hint = QLabel(
            QCoreApplication.translate(
                "ChartControls", "Dose is per kg of body weight a day. Courses often use 0.5 to 1.0 for 15 to 20 weeks."
            ),
            parent,
        )
        self.controls_hint.setWordWrap(True)
        self.controls_hint.setObjectName("chartHint")

        grid.addWidget(self.dose_label, 0, 0)
        grid.addWidget(self.dose_slider, 0, 1)
        grid.addWidget(self.dose_spin, 0, 2)
        grid.addWidget(self.course_label, 1, 0)
        grid.addWidget(self.course_slider, 1, 1)
        grid.addWidget(self.course_spin, 1, 2)
        grid.addWidget(self.controls_hint, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_table(self) -> QTableView:
        self.table_model = OilTableModel(self._dose, self._course, self)
        self.table_view = QTableView()
        self.table_view.setObjectName("oilTable")
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Oil chart as a table, one row a week")
        )
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return self.table_view

    def _build_buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.table_toggle = QPushButton(QCoreApplication.translate("ChartControls", "Show as table"), parent)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleName(QCoreApplication.translate("ChartControls", "Show the chart as a table"))
        self.table_toggle.toggled.connect(self.show_table)
        self.png_button = QPushButton(QCoreApplication.translate("ChartControls", "Save chart as picture…"), parent)
        self.png_button.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Save the chart as a PNG picture")
        )
        self.png_button.clicked.connect(self.save_png)
        self.csv_button = QPushButton(QCoreApplication.translate("ChartControls", "Save data (CSV)…"), parent)
        self.csv_button.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Save the chart's numbers as a CSV file for a spreadsheet")
        )
        self.csv_button.clicked.connect(self.save_csv)
        row.addWidget(self.table_toggle)
        row.addStretch(1)
        row.addWidget(self.png_button)
        row.addWidget(self.csv_button)
        return row

    @property
    def dose(self) -> float:
        return self._dose

    @property
    def course(self) -> int:
        return self._course

    def set_dose(self, dose: float) -> None:
        """Set the dose control (0.1-1.0 mg/kg/day); the chart redraws through the control's signal."""
        oil_model.sebum_percent([0], dose, self._course)  # ValueError with a clear message if bad
        self.dose_spin.setValue(int(round(dose * 10)))

    def set_course(self, weeks: int) -> None:
        oil_model.sebum_percent([0], self._dose, weeks)
        self.course_spin.setValue(int(weeks))

    def _on_dose_tenths(self, tenths: int) -> None:
        if self.dose_slider.value() != tenths:
            self.dose_slider.blockSignals(True)
            self.dose_slider.setValue(tenths)
            self.dose_slider.blockSignals(False)
        dose = round(tenths / 10.0, 1)
        if dose != self._dose:
            self._dose = dose
            self._remember()
            self._redraw(course_changed=False)
            self._announce_timer.start()

    def _on_course(self, weeks: int) -> None:
        if self.course_slider.value() != weeks:
            self.course_slider.blockSignals(True)
            self.course_slider.setValue(weeks)
            self.course_slider.blockSignals(False)
        if weeks != self._course:
            self._course = int(weeks)
            self._remember()
            self._redraw(course_changed=True)
            self._announce_timer.start()

    def _announce(self) -> None:
        a11y.announce(self, chart_data.short_summary(self._dose, self._course))

    def _remember(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is not None:
            settings.setValue(_SETTINGS_DOSE, self._dose)
            settings.setValue(_SETTINGS_COURSE, self._course)

    def show_table(self, on: bool) -> None:
        if on:
            self._refresh_table()
        self.stack.setCurrentIndex(1 if on else 0)
        if self.table_toggle.isChecked() != on:
            self.table_toggle.setChecked(on)
        self.table_toggle.setText(
            QCoreApplication.translate("ChartControls", "Show as chart")
            if on
            else QCoreApplication.translate("ChartControls", "Show as table")
        )
        self.table_toggle.setAccessibleName(
            QCoreApplication.translate("ChartControls", "Show the chart as a picture again")
            if on
            else QCoreApplication.translate("ChartControls", "Show the chart as a table")
        )

    def _refresh_table(self) -> None:
        if self._table_dirty:
            self.table_model.set_params(self._dose, self._course)
            self._table_dirty = False


class _DoseSpin(QSpinBox):
    """A spin box over tenths of a mg/kg/day, shown as 0.1 ... 1.0 (integer steps avoid float drift)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, 10)
        self.setSingleStep(1)

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt API)
        return format_number(value / 10, 1)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt API)
        try:
            return int(round(float(text.strip().replace(",", ".")) * 10))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        t = text.strip().replace(",", ".")
        if t in ("", "0", "0."):
            return QValidator.State.Intermediate, text, pos
        try:
            v = float(t)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if 0.1 - 1e-9 <= v <= 1.0 + 1e-9 and len(t.split(".")[-1]) <= 1:
            return QValidator.State.Acceptable, text, pos
        if 0 <= v <= 1.0:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos
