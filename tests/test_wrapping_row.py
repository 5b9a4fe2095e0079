"""A row of two button groups wraps instead of widening the window (long translations, large text)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from isoapp.ui.widgets.wrapping_row import WrappingRow


def _buttons(parent: QWidget, *texts: str) -> list[QPushButton]:
    return [QPushButton(text, parent) for text in texts]


def test_two_groups_share_a_row_when_it_fits_and_stack_when_not(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    first = _buttons(holder, "New note", "Delete")
    second = _buttons(holder, "Prepare for my visit… with a much longer translation", "Export…", "Import…")
    row = WrappingRow(first, second, holder)
    wide = row.sizeHint().width()
    row.resize(wide + 50, row.sizeHint().height())
    assert row.stacked is False
    assert first[0].mapTo(row, first[0].rect().topLeft()).y() == second[0].mapTo(row, second[0].rect().topLeft()).y()
    row.resize(wide // 2 + 60, 200)
    row.show()
    qtbot.waitUntil(lambda: row.stacked is True)
    assert row.minimumSizeHint().width() < wide  # the window may be narrower than one full row
    row.layout().activate()
    assert second[0].parentWidget().geometry().top() > first[0].parentWidget().geometry().bottom()
