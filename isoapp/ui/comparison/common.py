"""Small helpers shared by the comparison pages: radio rings that show on dark themes, source numbers."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from isoapp import content


def visible_radio_outlines(buttons, current) -> None:
    """Fusion draws a radio button's ring in the window colour, darkened: on the dark and high-contrast
    themes that ring is black on black, so the buttons vanish. Give these buttons a light "window"
    colour (used only for the ring; they paint no background) so the ring shows."""
    for button in buttons:
        pal = button.palette()
        ring = QColor(current.window_text) if current.dark else QColor(current.window)
        pal.setColor(QPalette.ColorRole.Window, ring)
        button.setPalette(pal)


def source_numbers() -> dict[str, int]:
    try:
        return {sid: src.number for sid, src in content.sources_by_id().items()}
    except (OSError, ValueError, KeyError):
        return {}
