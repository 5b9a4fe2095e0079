"""The Doctor's summary section: pick the parts, see the preview, then print or save as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isoapp import content, paths
from isoapp.ui.checkin.view import in_short
from isoapp.ui.summary.controller import SummaryController
from isoapp.ui.text.markdown_view import MarkdownPane
from isoapp.visit_summary import PARTS, matters_available


class SummaryView(QWidget):
    def __init__(self, section: content.Section, ctx, today=date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self.controller = SummaryController(ctx, today, self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        intro = QLabel(in_short(section), left)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.status = QLabel(left)
        column.addWidget(self._build_parts(left))
        column.addLayout(self._build_buttons(left))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Summary status"))
        column.addWidget(self.status)
        self.about = MarkdownPane(content.render_markdown(section), title=section.title)
        column.addWidget(self.about, 1)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("summaryPreview")
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        paper = self.preview.palette()  # the preview looks like the paper (black on white) in every theme
        paper.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.preview.setPalette(paper)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.refresh()

    def _build_parts(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("What goes in it"), parent)
        layout = QVBoxLayout(box)
        names = {
            "course": self.tr("My &course so far"),
            "trends": self.tr("Side effects and &mood, week by week"),
            "serious": self.tr("Days with a se&rious sign"),
            "questions": self.tr("My open &questions"),
            "matters": self.tr("What matters to me (from &Decide)"),
        }
        chosen = self.controller.saved_parts()
        self.part_boxes: dict[str, QCheckBox] = {}
        for part in PARTS:
            if part == "matters" and not matters_available():
                continue
            check = QCheckBox(names[part], box)
            check.setAccessibleName(names[part].replace("&", ""))
            check.setChecked(part in chosen)
            check.toggled.connect(lambda _on: self._parts_changed())
            layout.addWidget(check)
            self.part_boxes[part] = check
        return box

    def _build_buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), parent)
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.print_button.clicked.connect(lambda _c=False: self.print_())
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), parent)
        self.pdf_button.setAccessibleName(self.tr("Save the summary as PDF"))
        self.pdf_button.clicked.connect(lambda _c=False: self.save_pdf())
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        return row

    def parts(self) -> list[str]:
        return [p for p, check in self.part_boxes.items() if check.isChecked()]

    def _parts_changed(self) -> None:
        self.controller.remember_parts(self.parts())
        self.refresh()

    def refresh(self) -> None:
        from isoapp.notes.errors import NotesError
        from isoapp.ui.summary.document import page_count

        try:
            doc = self.controller.build(self.parts())
        except NotesError as exc:  # the store cannot be opened: say so, offer nothing to print
            self.controller.document = None
            self.preview.clear()
            self.pages = 0
            self.status.setText(self.tr("The summary cannot be made right now: %1").replace("%1", str(exc)))
            return
        self.preview.setDocument(doc.clone(self.preview))
        self.pages = page_count(doc)
        self.status.setText(self.tr("Pages of A4 paper: %n", "", self.pages))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()  # check-ins or notes may have changed on another tab

    def print_(self) -> None:
        if self.controller.print_():
            self.status.setText(self.tr("Sent to the printer."))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            from isoapp.ui.widgets.save_file import ask_save_path

            default = paths.export_dir() / f"summary-for-my-doctor-{date.today().isoformat()}.pdf"
            types = [(self.tr("PDF document"), ".pdf")]
            path = ask_save_path(self, self.tr("Save the summary as PDF"), default, types)
            if path is None:
                return None
        error = self.controller.save_pdf(path)
        self.status.setText(error or self.tr("Saved as %1").replace("%1", str(path)))
        return None if error else path

    def prepare_screenshot(self) -> None:
        self.refresh()
