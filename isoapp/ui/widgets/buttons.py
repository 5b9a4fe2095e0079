"""A push button with a name for screen readers, added to a row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def add_button(row: QHBoxLayout, parent: QWidget, text: str, name: str, slot) -> QPushButton:
    """A button showing ``text``, read out as ``name``, calling ``slot`` when clicked, at the end of ``row``."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button
