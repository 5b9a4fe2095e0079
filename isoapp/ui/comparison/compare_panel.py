"""The compare page: filters and order, the two tables, the detail of the chosen row, and pictures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from isoapp.effects import FILTER_TITLES, FILTERS, Effect, benefits, shared_denominator, side_effects, sort_by_frequency
from isoapp.i18n import QT_TRANSLATE_NOOP, fill, translate
from isoapp.ui.comparison import colors
from isoapp.ui.comparison.common import source_numbers, visible_radio_outlines
from isoapp.ui.comparison.compare_layout import CompareLayout
from isoapp.ui.comparison.detail import detail_html
from isoapp.ui.comparison.pictures import PictureBox
from isoapp.ui.comparison.table_model import COL_FREQ, COL_NAME, EffectsTableModel
from isoapp.ui.comparison.tables import EffectsTable
from isoapp.ui.style import theme as ui_theme
from isoapp.ui.text.markdown_view import MarkdownPane
from isoapp.ui.widgets.combo_box import ComboBox
from isoapp.ui.widgets.wrap_label import WrapLabel

SORTS = (  # (English text, translated where shown)
    (QT_TRANSLATE_NOOP("ComparePanel", "Most often first"), COL_FREQ, Qt.SortOrder.DescendingOrder),
    (QT_TRANSLATE_NOOP("ComparePanel", "Least often first"), COL_FREQ, Qt.SortOrder.AscendingOrder),
    (QT_TRANSLATE_NOOP("ComparePanel", "By name, A to Z"), COL_NAME, Qt.SortOrder.AscendingOrder),
)


class ComparePanel(CompareLayout, QWidget):
    selection_changed = Signal(str)

    def __init__(self, effects: list[Effect], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.effects = effects
        self.by_id = {e.id: e for e in effects}
        self.numbers = source_numbers()
        self._selected: Effect | None = None
        self._build_filters()
        self._build_tables(effects)
        self._build_right(effects)
        # where each part goes depends on the room (see arrange): beside each other, or stacked
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(10)
        self.mode = self.filter_mode = ""
        self._fit_to_font()

        self.apply_theme(ui_theme.current())
        ui_theme.notifier().changed.connect(self.apply_theme)
        self.select("clear-skin")

    def _build_filters(self) -> None:
        """The side-effect filter buttons and the order of the rows."""
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QRadioButton] = {}
        self.show_label = QLabel(self.tr("Show side effects:"), self)
        for key in FILTERS:
            button = QRadioButton(FILTER_TITLES[key], self)
            button.setObjectName(f"filter-{key.replace(' ', '-')}")
            button.setAccessibleName(fill(self.tr("Show side effects: %1"), FILTER_TITLES[key]))
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
            self.order.addItem(translate("ComparePanel", text))

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

    def _build_tables(self, effects: list[Effect]) -> None:
        """The benefits table and the side effects table, with their headings."""
        self.benefit_model = EffectsTableModel(benefits(effects), self.tr("Benefits"), self)
        self.side_model = EffectsTableModel(side_effects(effects), self.tr("Side effects"), self)
        self.benefit_table = EffectsTable(self.benefit_model, "benefits", self)
        self.benefit_table.setAccessibleName(self.tr("Benefits: how many people get each one"))
        self.benefit_table.setAccessibleDescription(
            self.tr("Grouped by how often. Use the arrow keys to choose a row and see its details and picture.")
        )
        self.side_table = EffectsTable(self.side_model, "side-effects", self)
        self.side_table.setAccessibleName(self.tr("Side effects: how many people get each one"))
        self.side_table.setAccessibleDescription(
            self.tr("Grouped by how often. Use the arrow keys to choose a row and see its details and picture.")
        )
        for table in (self.benefit_table, self.side_table):
            table.selectionModel().selectionChanged.connect(lambda _s, _d, table=table: self._on_table_selection(table))

        self.colours = colors.for_theme(ui_theme.current())
        self.benefit_head = benefit_head = self._heading(self.benefit_table)
        self.side_head = side_head = self._heading(self.side_table)
        self.how_to = how_to = WrapLabel(
            self.tr(
                "Each row says how many people out of 100 (or 1,000 or 10,000 for rare ones) get it. "
                "\u201cCommon\u201d means 1 in 100 people or more. "
                "The filter changes only the side effects, so the benefits always stay in view."
            ),
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

    def _build_right(self, effects: list[Effect]) -> None:
        """The detail of the chosen row, the "Compare with" box and the pictures."""
        self.detail = MarkdownPane("", title=self.tr("Details of the chosen row"), parent=self)
        self.detail.setObjectName("detailPane")
        self.detail.browser.setAccessibleName(self.tr("Details of the chosen row"))
        self.detail.browser.setAccessibleDescription(
            self.tr("When it starts, whether it goes away, how serious it is, what to do, and the sources.")
        )
        self.detail.browser.document().setDocumentMargin(6)
        self.compare = ComboBox(self)
        self.compare.setObjectName("compareWith")
        self.compare.setAccessibleName(self.tr("Compare with another row"))
        self.compare.setAccessibleDescription(self.tr("Shows a second picture with the same number of people"))
        self.compare.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare.setMinimumContentsLength(16)
        self.compare.addItem(self.tr("Nothing (one picture)"), "")
        for e in benefits(effects) + sort_by_frequency(side_effects(effects)):
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

    # ------------------------------------------------------------------ layout
    def _heading(self, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(buddy)
        return label

    def apply_theme(self, theme) -> None:
        """Text colours for the app's theme (the icon arrays keep their own white card)."""
        self.colours = colors.for_theme(theme)
        for label, text, colour in (
            (self.benefit_head, self.tr("Benefits"), self.colours.benefit),
            (self.side_head, self.tr("Side effects"), self.colours.side_effect),
        ):
            label.setText(f'<span style="color:{colour}; font-weight:600; font-size:large">{text}</span>')
        self.benefit_model.set_colours(self.colours)
        self.side_model.set_colours(self.colours)
        visible_radio_outlines(self.filter_buttons.values(), theme)
        if self._selected is not None:
            self.detail.browser.setHtml(detail_html(self._selected, self.colours, self.numbers))

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

    def selected(self) -> Effect | None:
        return self._selected

    def compared(self) -> Effect | None:
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
        self.detail.browser.setHtml(detail_html(effect, self.colours, self.numbers))
        self._update_pictures()
        self.selection_changed.emit(effect.id)

    def _update_pictures(self) -> None:
        a = self._selected
        b = self.compared()
        if b is not None and a is not None and b.id == a.id:
            b = None
        shown = [x for x in (a, b) if x is not None]
        den = shared_denominator(shown)
        self.picture_a.show_effect(a, den)
        if b is None:
            self.picture_b.hide()
            self.picture_b.show_effect(None, den)
        else:
            self.picture_b.show_effect(b, den)
            self.picture_b.show()

    # ------------------------------------------------------------------ detail text
