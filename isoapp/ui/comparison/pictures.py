"""The icon-array pictures of the comparison, with their captions (the text equivalent)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from isoapp.effects import Effect
from isoapp.ui.comparison.icon_array import SURE, IconArray
from isoapp.ui.widgets.wrap_label import WrapLabel


class PictureBox(QWidget):
    """Title, icon array and its caption (the text equivalent, shown for everyone)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"picture-{role}")
        self.title = WrapLabel("", self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.array = IconArray(self)
        self.array.setObjectName(f"iconArray-{role}")
        self.caption = WrapLabel("", self)
        self.caption.setObjectName(f"caption-{role}")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.array, 1)
        layout.addWidget(self.caption)

    def show_effect(self, effect: Effect | None, denominator: int) -> None:
        if effect is None:
            self.array.clear()
            self.title.setText("")
            self.caption.setText(self.array.text_equivalent())
            return
        self.array.set_frequency(effect.frequency, denominator, benefit=effect.is_benefit, title=effect.name)
        self.title.setText(effect.name)
        self.caption.setText(self.array.text_equivalent())


def count_painted(array: IconArray, state: str = SURE) -> int:
    """Render ``array`` to an image and count the figures whose probe pixel has ``state``'s colour."""
    image = array.grab().toImage()
    want = array.colour_of(state).rgb()
    dpr = image.devicePixelRatio()
    n = 0
    for i in range(array.denominator):
        c = array.probe_point(i)
        if image.pixel(int(c.x() * dpr), int(c.y() * dpr)) == want:
            n += 1
    return n
