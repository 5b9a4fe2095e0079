"""The application style: Fusion, plus two things Fusion does not do, each only when it is needed.

* Outlines (dark themes): fields, check boxes, radio buttons, combo and spin boxes, slider handles,
  buttons and framed views get a border in the theme's ``control_border`` colour (WCAG 1.4.11: 3:1 against what
  is around them; white on black in high contrast). Fusion draws these outlines from the window
  colour, which on dark and black windows leaves text fields and check boxes nearly invisible.
* Scaled parts (text larger than 100 %): check boxes, radio buttons, slider handles, scroll bars and
  the tab bar's scroll arrows grow with the text, so they stay easy to see and hit.

With neither (light theme at 100 %, the usual start) the plain Fusion style is left alone: overriding
drawing or sizes in Python costs a call on every paint and layout, and about 10 ms at startup.
Only drawing and sizes are overridden; behaviour is Fusion's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProxyStyle

_border: str | None = None
_width = 1
_scale = 1.0
_style: QProxyStyle | None = None


def _outlined_class():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPen
    from PySide6.QtWidgets import QProxyStyle, QStyle

    pe = QStyle.PrimitiveElement
    cc = QStyle.ComplexControl
    boxed = {
        pe.PE_FrameLineEdit,
        pe.PE_Frame,
        pe.PE_PanelButtonCommand,
        pe.PE_IndicatorCheckBox,
        pe.PE_FrameGroupBox,
        pe.PE_FrameTabWidget,
    }
    round_ = {pe.PE_IndicatorRadioButton}
    complex_ = {cc.CC_ComboBox, cc.CC_SpinBox}
    pm = QStyle.PixelMetric
    scaled = {
        pm.PM_IndicatorWidth,
        pm.PM_IndicatorHeight,
        pm.PM_ExclusiveIndicatorWidth,
        pm.PM_ExclusiveIndicatorHeight,
        pm.PM_TabBarScrollButtonWidth,
        pm.PM_ScrollBarExtent,
        pm.PM_SliderThickness,
        pm.PM_SliderLength,
        pm.PM_SliderControlThickness,
    }

    class OutlinedStyle(QProxyStyle):
        def __init__(self, border: str | None, width: int, scale: float) -> None:
            super().__init__("Fusion")
            self.border = QColor(border) if border else None
            self.width = width
            self.scale = scale

        def _outline(self, painter, rect, *, ellipse: bool = False) -> None:
            if self.border is None or rect.width() < 4 or rect.height() < 4:
                return
            painter.save()
            pen = QPen(self.border)
            pen.setWidth(self.width)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = self.width // 2
            box = rect.adjusted(half, half, -half - 1, -half - 1)
            if ellipse:
                painter.setRenderHint(painter.RenderHint.Antialiasing, True)
                painter.drawEllipse(box)
            else:
                painter.drawRect(box)
            painter.restore()

        def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
            super().drawPrimitive(element, option, painter, widget)
            if element in boxed:
                self._outline(painter, option.rect)
            elif element in round_:
                self._outline(painter, option.rect, ellipse=True)

        def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
            super().drawComplexControl(control, option, painter, widget)
            if control in complex_:
                self._outline(painter, option.rect)
            elif control == cc.CC_Slider:  # the handle: Fusion fills it with the (black) button colour
                handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
                self._outline(painter, handle)

    class ScaledOutlinedStyle(OutlinedStyle):
        def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt API)
            value = super().pixelMetric(metric, option, widget)
            if metric in scaled:
                return round(value * self.scale)
            return value

    return OutlinedStyle, ScaledOutlinedStyle


_classes = None


def current_style() -> QProxyStyle | None:
    """The app's own style, or None while plain Fusion is enough."""
    return _style


def set_border(border: str | None, width: int = 1) -> None:
    """Outline controls in ``border`` (None: Fusion's own outlines)."""
    global _border, _width
    _border, _width = border, width
    _sync()


def set_scale(scale: float) -> None:
    """Grow check boxes, sliders, scroll bars and tab arrows by ``scale`` (never below 1)."""
    global _scale
    _scale = max(1.0, scale)
    _sync()


def _sync() -> None:
    global _style, _classes
    wants_scale = _scale > 1.0
    if _style is None and _border is None and not wants_scale:
        return  # plain Fusion
    if _classes is None:
        _classes = _outlined_class()
    outlined, scaled = _classes
    needed = scaled if wants_scale or isinstance(_style, scaled) else outlined
    if _style is not None and type(_style) is needed and _style.scale == _scale:
        from PySide6.QtGui import QColor

        _style.border = QColor(_border) if _border else None  # colours only: a repaint is enough
        _style.width = _width
        from shiboken6 import Shiboken

        for widget in QApplication.topLevelWidgets():
            if Shiboken.isValid(widget):  # a window closed in this event loop turn may still be listed
                widget.update()
        return
    app = QApplication.instance()
    palette = app.palette()
    _style = needed(_border, _width, _scale)
    app.setStyle(_style)  # the application owns it from now on; sizes are laid out again
    app.setPalette(palette)
