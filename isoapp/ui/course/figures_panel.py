"""The course figures in words: days taken and missed, the total so far, the 14-day average, the forecast."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from isoapp.course import Figures
from isoapp.ui.course.common import day_text, number_text


class FiguresPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseFigures")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("taken", self.tr("Days taken")),
            ("missed", self.tr("Missed days")),
            ("mg", self.tr("Total so far")),
            ("mg_per_kg", self.tr("Total for each kg of weight")),
            ("average", self.tr("Average over the last 14 days")),
            ("forecast", self.tr("Target from your prescriber")),
        )
        for row, (key, text) in enumerate(rows):
            name = QLabel(text, self)
            value = QLabel(self)
            value.setObjectName(f"figure-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)

    def show_figures(self, f: Figures, target: float | None, today: date) -> None:
        self.values["taken"].setText(QLocale().toString(f.days_taken))
        self.values["missed"].setText(QLocale().toString(f.missed_days))
        self.values["mg"].setText(self.tr("%1 mg").replace("%1", number_text(f.mg, 0)))
        self.values["mg_per_kg"].setText(self.tr("%1 mg/kg").replace("%1", number_text(f.mg_per_kg, 1)))
        self.values["average"].setText(self.tr("%1 mg/kg a day").replace("%1", number_text(f.average_14_days, 2)))
        self.values["forecast"].setText(self._forecast_text(f, target, today))

    def _forecast_text(self, f: Figures, target: float | None, today: date) -> str:
        if target is None:
            return self.tr("None set. Add one only if your prescriber gave you one.")
        total = number_text(target, 0)
        if f.forecast is None:
            return self.tr("%1 mg/kg. At the doses entered, it is not reached.").replace("%1", total)
        if f.forecast <= today:
            return (
                self.tr("%1 mg/kg. By the days logged, it was reached on %2.")
                .replace("%1", total)
                .replace("%2", day_text(f.forecast))
            )
        return (
            self.tr("%1 mg/kg. If you go on as now, you reach it on %2. This is a sum, not advice.")
            .replace("%1", total)
            .replace("%2", day_text(f.forecast))
        )

    def as_text(self) -> str:
        """The figures as plain lines (for the self-test and the doctor's summary)."""
        layout = self.layout()
        lines = []
        for row in range(layout.rowCount()):
            name, value = layout.itemAtPosition(row, 0), layout.itemAtPosition(row, 1)
            if name and value:
                lines.append(f"{name.widget().text()}: {value.widget().text()}")
        return "\n".join(lines)
