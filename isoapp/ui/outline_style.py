"""Fusion with clear outlines: fields, check boxes, radio buttons, combo and spin boxes, buttons and
framed views get a border in the theme's ``control_border`` colour (WCAG 1.4.11: 3:1 against what is
around them; in high contrast, white on black). Fusion draws these outlines from the window colour,
which on dark and black windows leaves text fields and check boxes nearly invisible.

Only drawing is overridden (drawPrimitive, drawComplexControl), so sizes and behaviour are Fusion's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl

_BOXED = {
    PE.PE_FrameLineEdit,
    PE.PE_Frame,
    PE.PE_PanelButtonCommand,
    PE.PE_IndicatorCheckBox,
    PE.PE_FrameGroupBox,
    PE.PE_FrameTabWidget,
}
_ROUND = {PE.PE_IndicatorRadioButton}
_COMPLEX = {CC.CC_ComboBox, CC.CC_SpinBox}


class OutlinedStyle(QProxyStyle):
    def __init__(self, border: str, width: int = 1) -> None:
        super().__init__("Fusion")
        self.border = QColor(border)
        self.width = width

    def set_border(self, border: str, width: int = 1) -> None:
        self.border = QColor(border)
        self.width = width

    def _outline(self, painter, rect, *, round_: bool = False) -> None:
        if rect.width() < 4 or rect.height() < 4:
            return
        painter.save()
        pen = QPen(self.border)
        pen.setWidth(self.width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = (self.width + 1) // 2
        box = rect.adjusted(inset - 1 if self.width > 1 else 0, inset - 1 if self.width > 1 else 0, -inset, -inset)
        if round_:
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
        super().drawPrimitive(element, option, painter, widget)
        if element in _BOXED:
            self._outline(painter, option.rect)
        elif element in _ROUND:
            self._outline(painter, option.rect, round_=True)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX:
            self._outline(painter, option.rect)
