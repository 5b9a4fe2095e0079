"""Where the parts of the compare page go for the room there is (beside each other or stacked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QWidget

from isoapp.i18n import translate


class CompareLayout:
    """Mixed into ComparePanel: its arrangement for the width and the text size."""

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # after the children have their new font too (their size hints are measured)
            QTimer.singleShot(0, self, self._fit_to_font)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.arrange(self.width())
        if self.mode != "wide":
            self._fit_heights()  # the rows' wrapped heights changed with the width

    def _fit_to_font(self) -> None:
        """Minimum sizes in lines and letters of the current text size; then re-arrange."""
        for box in (self.order_box, self.compare_box, self.filters_box):
            box.layout().invalidate()  # drop hints measured before the children had the new font
            box.updateGeometry()
        for table in (self.benefit_table, self.side_table):
            # the "How many" column plus room for a few words of the name: cells never show "Cl…"
            freq = table.fontMetrics().horizontalAdvance(translate("CompareLayout", "about 100 in 100")) + 16

            name = table.fontMetrics().horizontalAdvance("Clear skin after")
            table.setMinimumWidth(freq + name + 16 + table.verticalScrollBar().sizeHint().width())
        self.mode = self.filter_mode = ""  # the thresholds changed: place everything again
        self.arrange(self.width())

    def widths_needed(self) -> dict[str, int]:
        """The narrowest panel width for each arrangement (from the widgets' own size hints)."""
        gap = self.grid.horizontalSpacing()
        margins = self.grid.contentsMargins()
        edge = margins.left() + margins.right()
        spacing = max(6, self.filters_grid.horizontalSpacing())
        buttons = [self.show_label, *self.filter_buttons.values()]
        filters = sum(b.sizeHint().width() for b in buttons) + spacing * (len(buttons) - 1)
        under = max(
            self.show_label.sizeHint().width(),
            sum(b.sizeHint().width() for b in self.filter_buttons.values()) + spacing * (len(self.filter_buttons) - 1),
        )
        order = self.order_box.sizeHint().width()
        table = max(self.benefit_table.minimumWidth(), self.side_table.minimumWidth())
        right = max(
            self.compare_box.sizeHint().width(),
            2 * self.picture_a.minimumSizeHint().width() + 12,
            self.fontMetrics().horizontalAdvance("x") * 34,
        )
        return {
            "filters and order": edge + filters + gap * 2 + order,
            "filters": edge + max(filters, order),
            "filters under label": edge + max(under, order),
            "wide": edge + 2 * table + right + 2 * gap,
            "two": edge + 2 * table + gap,
            "one": edge
            + max(
                table,
                order,
                self.compare_box.minimumSizeHint().width(),
                self.picture_a.minimumSizeHint().width(),
                *(b.sizeHint().width() for b in buttons),
            ),
        }

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # as narrow as the one-column arrangement: the page is never wider than the tab, so it
        # never scrolls sideways; arrange() then picks the arrangement that fits the width
        hint = super().minimumSizeHint()
        return QSize(self.widths_needed()["one"], hint.height())

    def arrange(self, width: int) -> None:
        """Place the parts for the room there is (with the text size in use).

        Body: "wide" = benefits, side effects and details side by side; "two" = the two tables side by
        side, details and pictures under them; "one" = everything in one column.
        Filters: on one line with the order box, or the order box on the next line, or the buttons
        under their label, or one button a line."""
        need = self.widths_needed()
        body = "wide" if width >= need["wide"] else "two" if width >= need["two"] else "one"
        filters = next(
            (k for k in ("filters and order", "filters", "filters under label") if width >= need[k]), "one a line"
        )
        if (body, filters) == (self.mode, self.filter_mode):
            return
        self.mode, self.filter_mode = body, filters
        self._place_filters(filters)
        self._place_body(body, filters)
        self._fit_heights()
        self._fix_tab_order()

    def _place_filters(self, filters: str) -> None:
        """The filter buttons in the filters box: one line, under their label, or one a line."""
        fg = self.filters_grid
        for w in (self.show_label, *self.filter_buttons.values()):
            fg.removeWidget(w)
        buttons = list(self.filter_buttons.values())
        for c in range(8):
            fg.setColumnStretch(c, 0)
        if filters in ("filters and order", "filters"):
            cells = [(0, i, 1, 1) for i in range(len(buttons) + 1)]
        elif filters == "filters under label":
            cells = [(0, 0, 1, len(buttons))] + [(1, i, 1, 1) for i in range(len(buttons))]
        else:
            cells = [(i, 0, 1, 1) for i in range(len(buttons) + 1)]
        for w, cell in zip((self.show_label, *buttons), cells, strict=True):
            fg.addWidget(w, *cell)
        fg.setColumnStretch(fg.columnCount(), 1)

    def _place_body(self, body: str, filters: str) -> None:
        """The filters and order row, then the tables and the details in the page grid."""
        grid = self.grid
        for w in (self.filters_box, self.order_box, self.benefit_box, self.side_box, self.right_box):
            grid.removeWidget(w)
        for r in range(8):
            grid.setRowStretch(r, 0)
        for c in range(4):
            grid.setColumnStretch(c, 0)
        columns = {"wide": 3, "two": 2, "one": 1}[body]
        left = Qt.AlignmentFlag.AlignLeft
        if filters == "filters and order" and columns > 1:
            grid.addWidget(self.filters_box, 0, 0, 1, columns - 1)
            grid.addWidget(self.order_box, 0, columns - 1, Qt.AlignmentFlag.AlignRight)
            row = 1
        else:
            grid.addWidget(self.filters_box, 0, 0, 1, columns)
            grid.addWidget(self.order_box, 1, 0, 1, columns, left)
            row = 2
        if body == "wide":
            for c, (w, stretch) in enumerate(((self.benefit_box, 28), (self.side_box, 34), (self.right_box, 38))):
                grid.addWidget(w, row, c)
                grid.setColumnStretch(c, stretch)
            grid.setRowStretch(row, 1)
        elif body == "two":
            grid.addWidget(self.benefit_box, row, 0)
            grid.addWidget(self.side_box, row, 1)
            grid.addWidget(self.right_box, row + 1, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(row, 1)
            grid.setRowStretch(row + 1, 1)
        else:
            for r, w in enumerate((self.benefit_box, self.side_box, self.right_box), start=row):
                grid.addWidget(w, r, 0)
                grid.setRowStretch(r, 1)
            grid.setColumnStretch(0, 1)

    def _fit_heights(self) -> None:
        """Beside each other the parts share the height of the tab, and the tables and the details
        scroll; stacked (the page itself scrolls) they get room to show more at once."""
        line = self.fontMetrics().height()
        wide = self.mode == "wide"
        self.side_table.setMinimumHeight(line * (9 if wide else 16))
        self.benefit_table.setMinimumHeight(line * 9 if wide else min(self.benefit_table.content_height(), line * 16))
        self.detail.setMinimumHeight(line * (4 if wide else 10))
        for picture in (self.picture_a, self.picture_b):
            picture.array.setMinimumHeight(0 if wide else line * 12)

    def _fix_tab_order(self) -> None:
        """Keyboard order = reading order, whatever the arrangement."""
        chain = [
            *self.filter_buttons.values(),
            self.order,
            self.benefit_table,
            self.side_table,
            self.detail.browser,
            self.compare,
            self.picture_a.array,
            self.picture_b.array,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
