"""A combo box whose minimum size follows the text size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox


class ComboBox(QComboBox):
    """QComboBox measures its minimum size once and keeps it when the text size changes (only its
    size hint is measured again), so at 100 % after 200 % it would still ask for the 200 % size.
    Its minimum here is its size hint: the longest choice (or the set number of letters) fits."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint()
