"""The "Tests and visits" section: the region's rules (with their sources and the date they were checked)
and the plan's items: tick done, move a date, add or remove your own, export to a calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isoapp import content
from isoapp.monitoring_plan import load_rules
from isoapp.ui.a11y import announce
from isoapp.ui.course.common import day_text, export_calendar_dialog, friendly_error
from isoapp.ui.course.controller import controller_for
from isoapp.ui.course.due_banner import DueBanner
from isoapp.ui.course.page_state import CoursePageState
from isoapp.ui.course.plan_dialogs import EventDialog, MoveDialog
from isoapp.ui.course.plan_model import PlanModel
from isoapp.ui.course.plan_texts import plan_text
from isoapp.ui.course.safe_write import FAILED
from isoapp.ui.text.markdown_view import MarkdownPane, escape
from isoapp.ui.widgets.buttons import add_button
from isoapp.ui.widgets.message_bar import MessageBar


class PlanView(CoursePageState, QWidget):
    def __init__(self, section: content.Section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self.controller = controller_for(ctx)
        self.text = MarkdownPane(content.render_markdown(section), title=section.title)
        self.text.setMinimumWidth(220)
        panel = self._build_panel()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setAccessibleName(self.tr("Your plan of tests and visits"))
        self._lay_out_and_follow(scroll)

    def _build_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("planPanel")
        v = QVBoxLayout(panel)
        v.setContentsMargins(12, 10, 12, 10)
        self.store_message = MessageBar(panel, name="planMessage")
        self.problem_bar = self.store_message
        v.addWidget(self.store_message)
        self.no_course = QLabel(self.tr("Set up your course in My course first. Your plan is made from it."), panel)
        self.no_course.setWordWrap(True)
        self.go_setup = QPushButton(self.tr("Open My course"), panel)
        self.go_setup.setAccessibleName(self.tr("Open My course to set up your course"))
        self.go_setup.clicked.connect(lambda: self.ctx.show_section("course"))
        v.addWidget(self.no_course)
        v.addWidget(self.go_setup, 0, Qt.AlignmentFlag.AlignLeft)
        self.due = DueBanner(self.ctx, panel, with_button=False)
        v.addWidget(self.due)
        self.rules_box = QGroupBox(panel)
        rules_layout = QVBoxLayout(self.rules_box)
        self.rules = QLabel(self.rules_box)
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setAccessibleName(self.tr("The rules for where you live"))
        rules_layout.addWidget(self.rules)
        v.addWidget(self.rules_box)
        self.no_end = QLabel(
            self.tr("Add the expected last day in My course (Change set-up) to see the dates after the course."), panel
        )
        self.no_end.setWordWrap(True)
        v.addWidget(self.no_end)
        self.items_box = self._build_items(panel)
        v.addWidget(self.items_box, 1)
        return panel

    def _build_items(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Your plan"), parent)
        v = QVBoxLayout(box)
        self.model = PlanModel(self.controller, self)
        self.table = QTableView(box)
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Plan items, one row each, with a tick box for done"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(320)
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.move_button = self._button(
            row, self.tr("Move date…"), self.tr("Move the chosen item to another date"), self.move_selected
        )
        self.add_button = self._button(
            row, self.tr("Add my own…"), self.tr("Add your own item to the plan"), self.add_own
        )
        self.delete_button = self._button(
            row, self.tr("Remove"), self.tr("Remove the chosen item you added"), self.delete_selected
        )
        row.addStretch(1)
        v.addLayout(row)
        row = QHBoxLayout()  # a row of its own: the buttons fit at 200 % text
        self.export_button = self._button(
            row, self.tr("Put in my calendar…"), self.tr("Save the plan as a calendar file"), self.export
        )
        row.addStretch(1)
        v.addLayout(row)
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        self.message.hide()
        v.addWidget(self.message)
        return box

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        return add_button(row, self, text, name, slot)

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        self._show_read_only()
        settings = self.controller.settings()
        has_course = settings is not None
        for widget in (self.rules_box, self.items_box):
            widget.setVisible(has_course)
        self.no_course.setVisible(not has_course)
        self.no_end.setVisible(False)
        self.go_setup.setVisible(not has_course)
        if not has_course:
            self.due.hide()
            return
        self.model.reload()
        self._sync_due()
        self.no_end.setVisible(self.controller.course_end() is None)
        self._show_rules(settings.region, settings.can_get_pregnant)

    def _show_rules(self, region: str, can_get_pregnant: bool) -> None:
        rules = load_rules(region)
        by_id = content.sources_by_id()
        cited = ", ".join(f"[{by_id[s].number}] {escape(by_id[s].short)}" for s in rules.sources if s in by_id)
        who = (
            self.tr("for someone who can get pregnant")
            if can_get_pregnant
            else self.tr("for someone who cannot get pregnant")
        )
        self.rules_box.setTitle(self.tr("Rules: %1").replace("%1", plan_text(rules.name)))
        items = "".join(f"<li>{escape(plan_text(rule))}</li>" for rule in rules.rules_for(can_get_pregnant))
        change = escape(self.tr("Rules change; your prescriber tells you what applies to you."))
        plan_is = escape(self.tr("This plan is %1.").replace("%1", who))
        checked = escape(self.tr("Last checked against the sources: %1.").replace("%1", day_text(rules.last_checked)))
        sources = escape(self.tr("Sources:"))
        self.rules.setText(f"<p><b>{change}</b> {plan_is}</p><ul>{items}</ul><p>{checked}<br>{sources} {cited}</p>")

    def _selected(self):
        index = self.table.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        announce(self.message, text)

    def move_selected(self) -> None:
        event = self._selected()
        if event is None:
            self._tell(self.tr("Choose an item in the list first."))
            return
        dialog = MoveDialog(self, event)
        while dialog.exec():
            try:
                day = dialog.day()
                if self.controller.write(lambda d=day: self.controller.move_event(event.key, d)) != FAILED:
                    return
                dialog.show_error(self.store_message.label.text())
            except ValueError as exc:
                dialog.show_error(friendly_error(exc))

    def add_own(self) -> None:
        dialog = EventDialog(self, self.controller.today())
        while dialog.exec():
            try:
                values = dialog.values()
                if self.controller.write(lambda v=values: self.controller.add_event(*v)) != FAILED:
                    return
                dialog.show_error(self.store_message.label.text())
            except ValueError as exc:
                dialog.show_error(friendly_error(exc))

    def delete_selected(self) -> None:
        event = self._selected()
        if event is None:
            self._tell(self.tr("Choose an item in the list first."))
            return
        try:
            self.controller.write(lambda: self.controller.delete_event(event.key))
        except ValueError as exc:
            self._tell(friendly_error(exc))

    def export(self) -> None:
        path = export_calendar_dialog(self, self.ctx, daily=False, today=self.controller.today())
        if path is not None:
            self._tell(self.tr("Saved to %1. Open it with your calendar app.").replace("%1", str(path)))

    # ------------------------------------------------------------------ section contract
    def prepare_screenshot(self) -> None:
        from isoapp.course_sample import fill_sample_course

        if self.controller.settings() is None:
            fill_sample_course(self.controller.store, self.controller.today())
            self.controller.changed.emit()
        self.show_first_open_item()

    def show_first_open_item(self) -> None:
        """Scroll the list to the first item not ticked done."""
        for row, event in enumerate(self.model.events):
            if not event.done:
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def self_check(self) -> list[tuple[str, bool, str]]:
        settings = self.controller.settings()
        if settings is None:
            return [("asks for a course first", self.no_course.isVisibleTo(self), self.no_course.text()[:40])]
        shown = self.rules.text()
        return [
            ("rules say they change", "Rules change" in shown, "the prescriber sentence"),
            ("plan rows", self.model.rowCount() > 0, f"{self.model.rowCount()} rows"),
        ]
