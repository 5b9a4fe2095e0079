"""The "Benefits and side effects" section: the written text, then the side-by-side comparison
(two tables, a detail pane, icon arrays with a shared denominator) and the "What matters to me" step.

Layout only; the data and its rules live in isoapp.effects (Qt-free) and the table model.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isoapp import content
from isoapp import effects as E
from isoapp.i18n import QT_TRANSLATE_NOOP, fill
from isoapp.ui import theme as ui_theme
from isoapp.ui.comparison import colors, concerns
from isoapp.ui.comparison.icon_array import SURE, IconArray
from isoapp.ui.comparison.table_model import COL_FREQ, COL_NAME, EffectsTableModel
from isoapp.ui.markdown_view import MarkdownPane

SECTION_ID = "benefits-risks"
SORTS = (  # (English text, translated where shown)
    (QT_TRANSLATE_NOOP("ComparePanel", "Most often first"), COL_FREQ, Qt.SortOrder.DescendingOrder),
    (QT_TRANSLATE_NOOP("ComparePanel", "Least often first"), COL_FREQ, Qt.SortOrder.AscendingOrder),
    (QT_TRANSLATE_NOOP("ComparePanel", "By name, A to Z"), COL_NAME, Qt.SortOrder.AscendingOrder),
)


def visible_radio_outlines(buttons, current) -> None:
    """Fusion draws a radio button's ring in the window colour, darkened: on the dark and high-contrast
    themes that ring is black on black, so the buttons vanish. Give these buttons a light "window"
    colour (used only for the ring; they paint no background) so the ring shows."""
    for button in buttons:
        pal = button.palette()
        ring = QColor(current.window_text) if current.dark else QColor(current.window)
        pal.setColor(QPalette.ColorRole.Window, ring)
        button.setPalette(pal)


def _source_numbers() -> dict[str, int]:
    try:
        return {sid: src.number for sid, src in content.sources_by_id().items()}
    except (OSError, ValueError, KeyError):
        return {}


class WrapLabel(QLabel):
    """A word-wrapped label whose minimum height is the height its text needs at its current width.

    Layouts give a wrapped QLabel only a short minimum height, so in a tight page (large text) its
    lines overlap the next widget or are cut off; this label makes the page grow (and scroll) instead."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # QLabel's own hint wraps at a width it picks itself, so a one-line text may ask for two
        hint = super().sizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height it needs changed: ask the layout again


class ComboBox(QComboBox):
    """QComboBox measures its minimum size once and keeps it when the text size changes (only its
    size hint is measured again), so at 100 % after 200 % it would still ask for the 200 % size.
    Its minimum here is its size hint: the longest choice (or the set number of letters) fits."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint()


# ---------------------------------------------------------------------------------- tables


class EffectsTable(QTableView):
    """A keyboard-friendly table: group headings span both columns and are skipped by the cursor."""

    def __init__(self, model: EffectsTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # set up before the model arrives, so rows are measured once
        self.setObjectName(f"table-{name}")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        # row heights are fitted to the wrapped text by fit_rows() (cheaper than ResizeToContents,
        # which asks the model for every role of every cell on each layout pass)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(COL_FREQ, Qt.SortOrder.DescendingOrder)
        self.setModel(model)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FREQ, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_FREQ, self.fontMetrics().horizontalAdvance(self.tr("about 100 in 100")) + 16)
        self.setSortingEnabled(True)  # sorts once, by the indicator: most often first
        model.modelReset.connect(self.apply_spans)
        model.layoutChanged.connect(self.apply_spans)
        self._fitted_widths: tuple[int, ...] = ()
        header.sectionResized.connect(self._on_section_resized)
        self.apply_spans()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.horizontalHeader().resizeSection(
                COL_FREQ, self.fontMetrics().horizontalAdvance(self.tr("about 100 in 100")) + 16)
            self.fit_rows()

    def model(self) -> EffectsTableModel:  # type: ignore[override]
        return super().model()  # type: ignore[return-value]

    def apply_spans(self) -> None:
        self.clearSpans()
        for row in self.model().heading_rows():
            self.setSpan(row, 0, 1, self.model().columnCount())
        self.fit_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._on_section_resized()

    def _on_section_resized(self, *_args) -> None:
        header = self.horizontalHeader()
        if tuple(header.sectionSize(c) for c in range(header.count())) != self._fitted_widths:
            self.fit_rows()

    def fit_rows(self) -> None:
        """Give every row the height of its word-wrapped text at the current column widths."""
        model = self.model()
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        pad = 8
        flags = int(Qt.TextFlag.TextWordWrap)
        self._fitted_widths = tuple(header.sectionSize(c) for c in range(header.count()))
        widths = [max(20, w - pad) for w in self._fitted_widths]
        vh = self.verticalHeader()
        for row in range(model.rowCount()):
            if model.is_heading(row):
                h = fm_bold.height()
            else:
                h = max(
                    fm.boundingRect(QRect(0, 0, widths[c], 10000), flags,
                                    model.index(row, c).data() or "").height()
                    for c in range(model.columnCount())
                )
            vh.resizeSection(row, h + pad)

    def content_height(self) -> int:
        """The height that shows every row without scrolling."""
        rows = sum(self.verticalHeader().sectionSize(r) for r in range(self.model().rowCount()))
        return rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()

    def select_effect(self, effect_id: str) -> bool:
        row = self.model().row_of(effect_id)
        if row < 0:
            return False
        index = self.model().index(row, COL_NAME)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def selected_effect(self) -> E.Effect | None:
        rows = self.selectionModel().selectedRows()
        return self.model().effect_at(rows[0].row()) if rows else None


# ---------------------------------------------------------------------------------- pictures


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

    def show_effect(self, effect: E.Effect | None, denominator: int) -> None:
        if effect is None:
            self.array.clear()
            self.title.setText("")
            self.caption.setText(self.array.text_equivalent())
            return
        self.array.set_frequency(effect.frequency, denominator, benefit=effect.is_benefit, title=effect.name)
        self.title.setText(effect.name)
        self.caption.setText(self.array.text_equivalent())


# ---------------------------------------------------------------------------------- compare page


class ComparePanel(QWidget):
    selection_changed = Signal(str)

    def __init__(self, effects: list[E.Effect], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.effects = effects
        self.by_id = {e.id: e for e in effects}
        self.numbers = _source_numbers()
        self._selected: E.Effect | None = None

        # filter and order
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QRadioButton] = {}
        self.show_label = QLabel(self.tr("Show side effects:"), self)
        for key in E.FILTERS:
            button = QRadioButton(E.FILTER_TITLES[key], self)
            button.setObjectName(f"filter-{key.replace(' ', '-')}")
            button.setAccessibleName(fill(self.tr("Show side effects: %1"), E.FILTER_TITLES[key]))
            if key == "common":
                button.setAccessibleDescription(self.tr("Side effects that 1 in 100 people or more get"))
                button.setToolTip(self.tr("1 in 100 people or more"))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
        self.filter_buttons["all"].setChecked(True)
        self.order = ComboBox(self)
        self.order.setObjectName("sortOrder")
        # follows the text size (the default policy keeps the width it had when first shown)
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, _col, _order in SORTS:
            self.order.addItem(QCoreApplication.translate("ComparePanel", text))
        self.order.setAccessibleName(self.tr("Order of the rows"))
        order_label = QLabel(self.tr("&Order:"), self)
        order_label.setBuddy(self.order)
        self.order_box = QWidget(self)
        order_row = QHBoxLayout(self.order_box)
        order_row.setContentsMargins(0, 0, 0, 0)
        order_row.addWidget(order_label)
        order_row.addWidget(self.order)
        # the filters: one line when there is room, else the buttons under their label, or one a line
        self.filters_box = QWidget(self)
        self.filters_grid = QGridLayout(self.filters_box)
        self.filters_grid.setContentsMargins(0, 0, 0, 0)
        self.order.currentIndexChanged.connect(self._on_order)

        for key, button in self.filter_buttons.items():
            button.toggled.connect(lambda on, key=key: on and self.set_filter(key))

        # tables
        self.benefit_model = EffectsTableModel(E.benefits(effects), self.tr("Benefits"), self)
        self.side_model = EffectsTableModel(E.side_effects(effects), self.tr("Side effects"), self)
        self.benefit_table = EffectsTable(self.benefit_model, "benefits", self)
        self.benefit_table.setAccessibleName(self.tr("Benefits: how many people get each one"))
        self.benefit_table.setAccessibleDescription(
            self.tr("Grouped by how often. Use the arrow keys to choose a row and see its details and picture."))
        self.side_table = EffectsTable(self.side_model, "side-effects", self)
        self.side_table.setAccessibleName(self.tr("Side effects: how many people get each one"))
        self.side_table.setAccessibleDescription(
            self.tr("Grouped by how often. Use the arrow keys to choose a row and see its details and picture."))
        for table in (self.benefit_table, self.side_table):
            table.selectionModel().selectionChanged.connect(
                lambda _s, _d, table=table: self._on_table_selection(table))

        self.colours = colors.for_theme(ui_theme.current())
        self.benefit_head = benefit_head = self._heading(self.benefit_table)
        self.side_head = side_head = self._heading(self.side_table)
        self.how_to = how_to = WrapLabel(
            self.tr("Each row says how many people out of 100 (or 1,000 or 10,000 for rare ones) get it. "
            "\u201cCommon\u201d means 1 in 100 people or more. "
            "The filter changes only the side effects, so the benefits always stay in view."),
            self,
        )
        how_to.setObjectName("howToRead")

        self.benefit_box = QWidget(self)
        benefit_col = QVBoxLayout(self.benefit_box)
        benefit_col.setContentsMargins(0, 0, 0, 0)
        benefit_col.addWidget(benefit_head)
        benefit_col.addWidget(self.benefit_table, 1)
        benefit_col.addWidget(how_to)
        self.side_box = QWidget(self)
        side_col = QVBoxLayout(self.side_box)
        side_col.setContentsMargins(0, 0, 0, 0)
        side_col.addWidget(side_head)
        side_col.addWidget(self.side_table, 1)

        # detail, comparison, pictures
        self.detail = MarkdownPane("", title=self.tr("Details of the chosen row"), parent=self)
        self.detail.setObjectName("detailPane")
        self.detail.browser.setAccessibleName(self.tr("Details of the chosen row"))
        self.detail.browser.setAccessibleDescription(
            self.tr("When it starts, whether it goes away, how serious it is, what to do, and the sources."))
        self.detail.browser.document().setDocumentMargin(6)
        self.compare = ComboBox(self)
        self.compare.setObjectName("compareWith")
        self.compare.setAccessibleName(self.tr("Compare with another row"))
        self.compare.setAccessibleDescription(self.tr("Shows a second picture with the same number of people"))
        self.compare.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare.setMinimumContentsLength(16)
        self.compare.addItem(self.tr("Nothing (one picture)"), "")
        for e in E.benefits(effects) + E.sort_by_frequency(E.side_effects(effects)):
            self.compare.addItem(f"{e.name} ({e.frequency.short_text()})", e.id)
        compare_label = QLabel(self.tr("&Compare with:"), self)
        compare_label.setBuddy(self.compare)
        self.compare.currentIndexChanged.connect(lambda _i: self._update_pictures())
        self.compare_box = QWidget(self)
        compare_row = QHBoxLayout(self.compare_box)
        compare_row.setContentsMargins(0, 0, 0, 0)
        compare_row.addWidget(compare_label)
        compare_row.addWidget(self.compare, 1)

        self.picture_a = PictureBox("a", self)
        self.picture_b = PictureBox("b", self)
        self.picture_b.hide()
        pictures = QHBoxLayout()
        pictures.setSpacing(12)
        pictures.addWidget(self.picture_a, 1)
        pictures.addWidget(self.picture_b, 1)

        self.right_box = QWidget(self)
        right = QVBoxLayout(self.right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.detail, 1)
        right.addWidget(self.compare_box)
        right.addLayout(pictures, 1)

        # where each part goes depends on the room (see arrange): beside each other, or stacked
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(10)
        self.mode = self.filter_mode = ""
        self._fit_to_font()

        self.apply_theme(ui_theme.current())
        ui_theme.notifier().changed.connect(self.apply_theme)
        self.select("clear-skin")

    # ------------------------------------------------------------------ layout
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
            freq = table.fontMetrics().horizontalAdvance(self.tr("about 100 in 100")) + 16
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
        under = max(self.show_label.sizeHint().width(),
                    sum(b.sizeHint().width() for b in self.filter_buttons.values())
                    + spacing * (len(self.filter_buttons) - 1))
        order = self.order_box.sizeHint().width()
        table = max(self.benefit_table.minimumWidth(), self.side_table.minimumWidth())
        right = max(self.compare_box.sizeHint().width(),
                    2 * self.picture_a.minimumSizeHint().width() + 12,
                    self.fontMetrics().horizontalAdvance("x") * 34)
        return {
            "filters and order": edge + filters + gap * 2 + order,
            "filters": edge + max(filters, order),
            "filters under label": edge + max(under, order),
            "wide": edge + 2 * table + right + 2 * gap,
            "two": edge + 2 * table + gap,
            "one": edge + max(table, order, self.compare_box.minimumSizeHint().width(),
                              self.picture_a.minimumSizeHint().width(), *(b.sizeHint().width() for b in buttons)),
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
        filters = next((k for k in ("filters and order", "filters", "filters under label")
                        if width >= need[k]), "one a line")
        if (body, filters) == (self.mode, self.filter_mode):
            return
        self.mode, self.filter_mode = body, filters
        fg, grid = self.filters_grid, self.grid
        for w in (self.show_label, *self.filter_buttons.values()):
            fg.removeWidget(w)
        for w in (self.filters_box, self.order_box, self.benefit_box, self.side_box, self.right_box):
            grid.removeWidget(w)
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
        self._fit_heights()
        self._fix_tab_order()

    def _fit_heights(self) -> None:
        """Beside each other the parts share the height of the tab, and the tables and the details
        scroll; stacked (the page itself scrolls) they get room to show more at once."""
        line = self.fontMetrics().height()
        wide = self.mode == "wide"
        self.side_table.setMinimumHeight(line * (9 if wide else 16))
        self.benefit_table.setMinimumHeight(
            line * 9 if wide else min(self.benefit_table.content_height(), line * 16))
        self.detail.setMinimumHeight(line * (4 if wide else 10))
        for picture in (self.picture_a, self.picture_b):
            picture.array.setMinimumHeight(0 if wide else line * 12)

    def _fix_tab_order(self) -> None:
        """Keyboard order = reading order, whatever the arrangement."""
        chain = [*self.filter_buttons.values(), self.order, self.benefit_table, self.side_table,
                 self.detail.browser, self.compare, self.picture_a.array, self.picture_b.array]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _heading(self, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(buddy)
        return label

    def apply_theme(self, theme) -> None:
        """Text colours for the app's theme (the icon arrays keep their own white card)."""
        self.colours = colors.for_theme(theme)
        for label, text, colour in ((self.benefit_head, self.tr("Benefits"), self.colours.benefit),
                                    (self.side_head, self.tr("Side effects"), self.colours.side_effect)):
            label.setText(f'<span style="color:{colour}; font-weight:600; font-size:large">{text}</span>')
        self.benefit_model.set_colours(self.colours)
        self.side_model.set_colours(self.colours)
        visible_radio_outlines(self.filter_buttons.values(), theme)
        if self._selected is not None:
            self.detail.browser.setHtml(self.detail_html(self._selected))

    # ------------------------------------------------------------------ actions
    def set_filter(self, flt: str) -> None:
        keep = self._selected
        self.side_model.set_filter(flt)
        button = self.filter_buttons[flt]
        if not button.isChecked():
            button.setChecked(True)
        if keep is not None:
            if not self.select(keep.id):
                self.select("clear-skin")

    def _on_order(self, i: int) -> None:
        _text, col, order = SORTS[i]
        keep = self._selected
        for table in (self.benefit_table, self.side_table):
            table.sortByColumn(col, order)
        if keep is not None:
            self.select(keep.id)

    def sort_by(self, index: int) -> None:
        self.order.setCurrentIndex(index)

    def select(self, effect_id: str) -> bool:
        effect = self.by_id.get(effect_id)
        if effect is None:
            return False
        table = self.benefit_table if effect.is_benefit else self.side_table
        return table.select_effect(effect_id)

    def set_compare(self, effect_id: str | None) -> None:
        i = self.compare.findData(effect_id or "")
        self.compare.setCurrentIndex(max(0, i))

    def selected(self) -> E.Effect | None:
        return self._selected

    def compared(self) -> E.Effect | None:
        return self.by_id.get(self.compare.currentData() or "")

    def _on_table_selection(self, table: EffectsTable) -> None:
        effect = table.selected_effect()
        if effect is None:
            return
        other = self.side_table if table is self.benefit_table else self.benefit_table
        if other.selectionModel().hasSelection():
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
            other.viewport().update()
        if effect is self._selected:
            return
        self._selected = effect
        self.detail.hide_info()
        self.detail.browser.setHtml(self.detail_html(effect))
        self._update_pictures()
        self.selection_changed.emit(effect.id)

    def _update_pictures(self) -> None:
        a = self._selected
        b = self.compared()
        if b is not None and a is not None and b.id == a.id:
            b = None
        shown = [x for x in (a, b) if x is not None]
        den = E.shared_denominator(shown)
        self.picture_a.show_effect(a, den)
        if b is None:
            self.picture_b.hide()
            self.picture_b.show_effect(None, den)
        else:
            self.picture_b.show_effect(b, den)
            self.picture_b.show()

    # ------------------------------------------------------------------ detail text
    def source_refs(self, effect: E.Effect) -> list[tuple[str, int | None]]:
        return [(sid, self.numbers.get(sid)) for sid in effect.sources]

    def detail_html(self, e: E.Effect) -> str:
        f = e.frequency
        number = escape(f.text()[0].upper() + f.text()[1:])
        if f.known and (f.show_per or f.display_per != f.per):
            number += escape(fill(self.tr(" (in the studies: %1)"), f.source_text()))
        if e.label_word:
            number += escape(fill(self.tr(". The medicine's official information calls this “%1”"), e.label_word))
        group = f" {escape(E.GROUP_TITLES[e.group])}." if f.known else ""
        rows = [(self.tr("When it starts:"), escape(e.starts))]
        if e.is_benefit:
            if e.lasts:
                rows.append((self.tr("Does it last?"), escape(e.lasts)))
        else:
            rows.append((self.tr("Goes away after stopping?"), escape(e.goes_away_text())))
            rows.append((self.tr("How serious:"), escape(E.serious_text(e.serious))))
        todo = escape(e.what_to_do)
        if e.action == "get help at once":
            todo = f'<b style="color:{self.colours.urgent}">{todo}</b>'
        rows.append((self.tr("What to do:"), todo))
        refs = []
        for sid, n in self.source_refs(e):
            refs.append(f'<a href="cite:{n}">[{n}]</a>' if n is not None else escape(f"[{sid}]"))
        kind = self.tr("Benefit") if e.is_benefit else self.tr("Side effect")
        colour = self.colours.benefit if e.is_benefit else self.colours.side_effect
        html = [
            f'<p style="margin:0"><span style="color:{colour}"><b>{kind}:</b></span> '
            f"<b>{escape(e.name)}</b></p>",
            f'<p style="margin:2px 0 4px 0"><b>{number}.</b>{group}</p>',
            '<table cellspacing="0" cellpadding="1">',
        ]
        for label, value in rows:
            html.append(f'<tr><td valign="top"><b>{label}</b>&nbsp;</td><td>{value}</td></tr>')
        html.append("</table>")
        if e.note:
            html.append(f'<p style="margin:4px 0 0 0">{escape(e.note)}</p>')
        html.append(f'<p style="margin:4px 0 0 0">{fill(self.tr("Sources: %1"), " ".join(refs))}</p>')

        return "\n".join(html)


# ---------------------------------------------------------------------------------- what matters


class MattersPanel(QWidget):
    """Rate a few concerns on a 5-point scale; save the result as a note."""

    def __init__(self, effects: list[E.Effect], ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mattersPanel")
        self.effects = effects
        self.ctx = ctx
        self.groups: dict[str, QButtonGroup] = {}

        intro = WrapLabel(
            self.tr("How much does each of these matter to you? There are no right or wrong answers. "
            "Save your answers as a note, and take them to your doctor to talk it over."),
            self,
        )
        intro.setObjectName("mattersIntro")

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.grid = grid
        self.row_labels: list[QLabel] = []
        for j, word in enumerate(concerns.SCALE):
            head = WrapLabel(word, self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(head, 0, j + 1)
            grid.setColumnStretch(j + 1, 1)
        for i, concern in enumerate(concerns.CONCERNS, start=1):
            label = WrapLabel(concern.label, self)
            label.setObjectName(f"concern-{concern.id}")
            self.row_labels.append(label)
            grid.addWidget(label, i, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.groups[concern.id] = group
            for j, word in enumerate(concerns.SCALE):
                button = QRadioButton(self)
                button.setObjectName(f"rate-{concern.id}-{j}")
                button.setAccessibleName(f"{concern.label}: {word}")
                group.addButton(button, j)
                grid.addWidget(button, i, j + 1, Qt.AlignmentFlag.AlignCenter)
            group.idToggled.connect(lambda _id, on: on and self._refresh())
        grid.setColumnStretch(0, 3)

        self.question = QLineEdit(self)
        self.question.setObjectName("mattersQuestion")
        self.question.setAccessibleName(self.tr("My question for the doctor"))
        self.question.setPlaceholderText(self.tr("For example: what can I do about dry skin?"))
        q_label = WrapLabel(self.tr("My &question for the doctor (you can leave this empty):"), self)
        q_label.setBuddy(self.question)
        self.question.textChanged.connect(lambda _t: self._refresh())

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("mattersPreview")
        self.preview.setAccessibleName(self.tr("Your answers, as they will be saved"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 4)

        self.save_button = QPushButton(self.tr("&Save as a note"), self)
        self.save_button.setAccessibleName(self.tr("Save my answers as a note"))
        self.save_button.clicked.connect(self.save_note)
        self.copy_button = QPushButton(self.tr("Cop&y the text"), self)
        self.copy_button.setAccessibleName(self.tr("Copy my answers as text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.open_notes = QPushButton(self.tr("Open My notes"), self)
        self.open_notes.setAccessibleName(self.tr("Open My notes"))
        self.open_notes.clicked.connect(lambda: self.ctx.show_section("notes"))
        self.open_notes.hide()
        self.status = WrapLabel("", self)
        self.status.setObjectName("mattersStatus")
        self.status.setAccessibleName(self.tr("Save status"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_notes)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(q_label)
        layout.addWidget(self.question)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._refresh()
        self.apply_theme(ui_theme.current())
        ui_theme.notifier().changed.connect(self.apply_theme)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.preview.setMinimumHeight(self.fontMetrics().height() * 4)

    def apply_theme(self, theme) -> None:
        visible_radio_outlines([b for g in self.groups.values() for b in g.buttons()], theme)

    def ratings(self) -> dict[str, int | None]:
        return {cid: (g.checkedId() if g.checkedId() >= 0 else None) for cid, g in self.groups.items()}

    def rate(self, concern_id: str, value: int) -> None:
        self.groups[concern_id].button(value).setChecked(True)

    def summary(self) -> str:
        return concerns.summary_markdown(self.ratings(), self.effects, question=self.question.text())

    def _refresh(self) -> None:
        self.preview.setMarkdown(self.summary())

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(f"{concerns.note_title()}\n\n{self.summary()}")
        self._say(self.tr("Copied. You can paste it anywhere."))

    def _say(self, text: str, ok: bool = True) -> None:
        if ok:
            self.status.setText(escape(text))
        else:
            colour = colors.for_theme(ui_theme.current()).urgent
            self.status.setText(f'<span style="color:{colour}"><b>{escape(text)}</b></span>')

    def save_note(self) -> bool:
        """Add the summary to the notes store. Never raises: says what happened in the status line."""
        self.open_notes.hide()
        if not any(v is not None for v in self.ratings().values()):
            self._say(self.tr("Choose at least one answer first."), ok=False)
            return False
        if self.ctx is None:
            self._say(self.tr("Notes are not available here. Use \u201cCopy the text\u201d instead."), ok=False)
            return False
        try:
            store = self.ctx.notes_store()
        except ImportError:
            self._say(self.tr("Notes are not available in this version of the app. "
                      "Use \u201cCopy the text\u201d to keep your answers."), ok=False)
            return False
        except Exception as exc:  # the store could not open: tell, keep the answers on screen
            self._say(fill(
                    self.tr(
                        "Your notes could not be opened (%1). Your answers are still here: use “Copy the "
                        "text” to keep them."
                    ),
                    exc,
                ), ok=False)
            return False
        try:
            store.add(concerns.note_title(), self.summary(), section=concerns.SECTION_ID)
        except Exception as exc:
            self._say(fill(
                    self.tr(
                        "The note could not be saved (%1). Your answers are still here: use “Copy the "
                        "text” to keep them."
                    ),
                    exc,
                ), ok=False)
            return False
        self._say(self.tr("Saved in My notes."))
        self.open_notes.show()
        return True


# ---------------------------------------------------------------------------------- the section


class ComparisonView(QWidget):
    def __init__(self, section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}" if section is not None else "section-comparison")
        self.effects = E.load_effects()

        title = section.title if section is not None else self.tr("Benefits and side effects")
        markdown = content.render_markdown(section) if section is not None else ""
        self.text = MarkdownPane(markdown, title=title, parent=self)
        self.text.setObjectName("comparisonText")
        self.compare = ComparePanel(self.effects, self)
        self._matters: MattersPanel | None = None  # built when its page is first shown

        self.pages = QTabWidget(self)
        self.pages.setObjectName("comparisonPages")
        self.pages.setAccessibleName(self.tr("Parts of this section"))
        # each page scrolls when the text is very large, rather than squeezing its parts together
        self.pages.addTab(_scrolling(self.compare), self.tr("Compare side by side"))
        self._matters_scroller = _PageScroller(None)
        self.pages.addTab(self._matters_scroller, self.tr("What matters to me"))
        self.pages.currentChanged.connect(self._on_page)
        self.pages.tabBar().setAccessibleName(self.tr("Parts of this section"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("comparisonSplitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(6, self.splitter.handleWidth()))
        self.text.setMinimumHeight(70)
        # the text gets TEXT_SHARE of the height until the person drags the bar between the two
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._on_split_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    TEXT_SHARE = 0.4

    def _on_split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_hand = True

    def default_split(self) -> None:
        """Text about 40 % of the height, the comparison the rest (kept as the window is resized)."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        if total <= 0:
            return
        text = max(self.text.minimumHeight(), round(total * self.TEXT_SHARE))
        self.splitter.setSizes([text, max(0, total - text)])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if not self._split_by_hand:
            self.default_split()

    @property
    def matters(self) -> MattersPanel:
        """The "What matters to me" page (built on first use)."""
        if self._matters is None:
            self._matters = MattersPanel(self.effects, self.ctx)
            self._matters_scroller.set_page(self._matters)
        return self._matters

    def _on_page(self, index: int) -> None:
        if self.pages.widget(index) is self._matters_scroller:
            _ = self.matters

    # ------------------------------------------------------------------ optional section API
    def printable_markdown(self) -> str:
        """The section text plus every row of the comparison as tables (for printing)."""
        text = content.render_markdown(self.section, link_glossary=False) if self.section is not None else ""
        table = E.table_markdown(self.effects, _source_numbers())
        return fill(self.tr("%1\n\n## All benefits and side effects, in numbers\n\n%2"), text, table)

    def print_(self) -> None:
        """Ctrl+P: print the text and the full comparison table (the window offers the dialog)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setMarkdown(self.printable_markdown())
        print_document = getattr(self.window(), "print_document", None)
        if print_document is not None:
            title = self.section.title if self.section is not None else self.tr("Benefits and side effects")
            print_document(document, title)

    def prepare_screenshot(self) -> None:
        self.pages.setCurrentIndex(0)
        self.compare.set_filter("all")
        self.compare.select("clear-skin")
        self.compare.set_compare("blood-fats")

    def self_check(self) -> list[tuple[str, bool, str]]:
        checks: list[tuple[str, bool, str]] = []
        ids = set(_source_numbers())
        errors = [f"{e.id}: {s}" for e in self.effects for s in e.sources if s not in ids]
        checks.append(("comparison sources resolve", not errors, "; ".join(errors)))
        shown = len(self.compare.benefit_model.effects()) + len(self.compare.side_model.effects())
        checks.append(("comparison rows match data", shown == len(self.effects),
                       f"{shown} rows for {len(self.effects)} items"))
        problems = colors.contrast_problems()
        checks.append(("comparison colour contrast", not problems, "; ".join(problems)))

        keep_sel, keep_cmp = self.compare.selected(), self.compare.compared()
        try:
            self.compare.select("blood-fats")
            self.compare.set_compare("suicidal-thoughts")
            a = self.compare.picture_a.array
            b = self.compare.picture_b.array
            same = a.denominator == b.denominator == 1000
            checks.append(("comparison shared denominator", same,
                           f"{a.denominator} and {b.denominator}"))
            # count painted figures on a copy drawn at a known size (the live one may be tiny)
            copy = IconArray()
            copy.set_frequency(a.frequency, a.denominator, benefit=False, title="check")
            copy.resize(420, 320)
            painted = count_painted(copy)
            copy.deleteLater()
            want = a.coloured_cells()[0]
            checks.append(("comparison icon array count", painted == want == 250,
                           f"painted {painted}, expected {want}"))
            text = a.accessibleDescription()
            checks.append(("comparison text equivalent", text == E.icon_text(a.frequency, 1000)
                           and E.icon_text(a.frequency, 1000).count("250") == 1
                           and text == self.compare.picture_a.caption.text(), text))

        finally:
            self.compare.set_compare(keep_cmp.id if keep_cmp else None)
            if keep_sel is not None:
                self.compare.select(keep_sel.id)
        return checks


class _PageScroller(QScrollArea):
    """Shows a page at the full size of the tab, or at its minimum size with scroll bars when the
    text is very large. (widgetResizable would size the page by its wrapped labels' preferred
    height, which scrolls even when everything fits.)"""

    def __init__(self, page: QWidget | None) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        if page is not None:
            self.setObjectName(f"scroll-{page.objectName()}")
            self.set_page(page)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_page(self, page: QWidget) -> None:
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum size changes with the text size
        self.fit_page()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()
        return False

    def fit_page(self) -> None:
        page = self.widget()
        if page is None:
            return
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        w, h = self.width(), self.height()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        if need.height() > h:
            w -= bar
        if need.width() > w:
            h -= bar
            if need.height() > h and need.height() <= self.height():
                w -= bar
        size = QSize(max(w, need.width()), max(h, need.height()))
        if page.size() != size:
            page.resize(size)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_page()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.fit_page()


def _scrolling(page: QWidget) -> QScrollArea:
    return _PageScroller(page)


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


def create(section, ctx) -> ComparisonView:
    return ComparisonView(section, ctx)
