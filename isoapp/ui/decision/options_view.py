"""Section "Your options": the choices side by side in a table (isoapp.decision.options holds the data)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from isoapp import content
from isoapp.decision import options as options_mod
from isoapp.ui.decision.common import TextAndPage, WrapLabel, section_markdown, sources_html
from isoapp.ui.decision.options_model import SOURCES_ROLE, OptionsModel

CHOOSERS_PER_ROW = 3


class OptionsTableView(QTableView):
    """A table that is as tall as its wrapped rows (the page around it scrolls, not the table)."""

    def __init__(self, model: OptionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("optionsTable")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))  # long names wrap instead of being cut off
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | wrap)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | wrap)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_rows)

    def fit_rows(self) -> None:
        # the row names column: about 10 letters wide, so the choices keep the room (its names wrap)
        self.verticalHeader().setFixedWidth(self.fontMetrics().horizontalAdvance("How well it") + 12)
        self.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumHeight(0)
        self.horizontalHeader().setFixedHeight(self._header_height())
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        self.setFixedHeight(height)

    def _header_height(self) -> int:
        """The height the choice names need when they wrap in their columns."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        need = metrics.height()
        for column in range(self.model().columnCount()):
            if self.isColumnHidden(column):
                continue
            width = max(10, header.sectionSize(column) - 8)
            text = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            rect = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
            need = max(need, rect.height())
        return need + 8

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_timer.start(0)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_timer.start(0)


class OptionsPage(QWidget):
    def __init__(self, table: options_mod.OptionsTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OptionsModel(table, self)
        hint = WrapLabel(
            self.tr("Click a box to see its sources. Untick a choice to hide it, so the others have more room."), self
        )
        self.choosers: dict[str, QCheckBox] = {}
        row = QGridLayout()  # three to a row, so the row never forces the page wider than the window
        for column, option in enumerate(table.options):
            box = QCheckBox(option.name, self)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Show %1").replace("%1", option.name))
            box.toggled.connect(lambda on, c=column: self.show_column(c, on))
            self.choosers[option.id] = box
            row.addWidget(box, column // CHOOSERS_PER_ROW, column % CHOOSERS_PER_ROW)
        row.setColumnStretch(CHOOSERS_PER_ROW, 1)
        self.view = OptionsTableView(self.model, self)
        self.view.setAccessibleName(self.tr("Your options side by side"))
        self.view.setAccessibleDescription(
            self.tr("Each column is one choice; each row asks the same question about every choice.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.view)
        layout.addStretch(1)

    def show_column(self, column: int, shown: bool) -> None:
        if not shown and sum(not self.view.isColumnHidden(c) for c in range(self.model.columnCount())) <= 1:
            box = list(self.choosers.values())[column]
            box.blockSignals(True)
            box.setChecked(True)  # keep at least one choice on screen
            box.blockSignals(False)
            return
        self.view.setColumnHidden(column, not shown)
        self.view.fit_rows()


class OptionsView(TextAndPage):
    def __init__(self, section, ctx, parent: QWidget | None = None) -> None:
        table = options_mod.load()
        page = OptionsPage(table)
        super().__init__(*section_markdown(section), parent)
        self.set_page(page)
        self.section = section
        self.table = table
        self.page = page
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}" if section is not None else "section-options")
        self.page.view.clicked.connect(self.show_cell_sources)
        self.page.view.activated.connect(self.show_cell_sources)

    def show_cell_sources(self, index) -> None:
        ids = index.data(SOURCES_ROLE) or []
        if ids:
            self.text.show_info(sources_html(ids))
        else:
            self.text.show_info(self.tr("Our sources give nothing for this box, so it says what is not known."))

    def printable_markdown(self) -> str:
        text = content.render_markdown(self.section, link_glossary=False) if self.section is not None else ""
        heading = self.tr("Your options side by side")
        return f"{text}\n\n## {heading}\n\n{self.page.model.as_markdown()}"

    def prepare_screenshot(self) -> None:
        self.page.view.setCurrentIndex(self.page.model.index(1, 0))
        self.show_cell_sources(self.page.model.index(1, 0))

    def self_check(self) -> list[tuple[str, bool, str]]:
        found = options_mod.problems(self.table, content.sources_by_id())
        names = {o.id for o in self.table.options}
        needed = {"isotretinoin", "creams", "antibiotics", "hormonal", "none"}
        checks = [("options sources resolve and every claim is sourced", not found, "; ".join(found))]
        checks.append(
            ("options include other treatments and no treatment", needed <= names, f"missing {sorted(needed - names)}")
        )
        shown = self.page.model.rowCount() * self.page.model.columnCount()
        want = len(self.table.aspects) * len(self.table.options)
        checks.append(("options table shows every cell", shown == want > 0, f"{shown} of {want}"))
        return checks


def create(section, ctx) -> OptionsView:
    return OptionsView(section, ctx)
