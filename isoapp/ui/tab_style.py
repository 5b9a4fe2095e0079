"""A style for the section tab bar whose scroll arrows grow with the text size (see MainWindow)."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle


class ScaledScrollerStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")
        self.scale = 1.0

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt API)
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarScrollButtonWidth:
            return round(value * self.scale)
        return value
