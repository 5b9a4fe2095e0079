"""Section "Check what you know": one question at a time, friendly feedback with a link to the
section that explains it, never a grade. Answers are kept in decision.json (isoapp.decision.answers)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from isoapp import content
from isoapp.decision import knowledge_check as kc
from isoapp.i18n import translate
from isoapp.ui.decision.common import (
    DecisionView,
    WrapLabel,
    resolve_section,
    save_note,
    section_ids,
    section_title,
    section_titles,
    source_refs,
)


class ChoiceLabel(WrapLabel):
    """The words of a choice; clicking them picks the choice (radio buttons cannot wrap long text)."""

    def __init__(self, text: str, button: QRadioButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.button = button

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.button.setChecked(True)
        self.button.setFocus()
        super().mousePressEvent(event)


class KnowledgePage(QWidget):
    def __init__(self, questions: tuple[kc.Question, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions = questions
        self.progress = WrapLabel("", self)
        self.progress.setObjectName("kcProgress")
        self.question = WrapLabel("", self)
        self.question.setObjectName("kcQuestion")
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.group = QButtonGroup(self)
        self.choice_grid = QGridLayout()
        self.choice_widgets: list[QWidget] = []
        self.check_button = QPushButton(self.tr("&Check my answer"), self)
        self.check_button.setAccessibleName(self.tr("Check my answer"))
        self.feedback = WrapLabel("", self)
        self.feedback.setObjectName("kcFeedback")
        self.feedback.setAccessibleName(self.tr("What the sources say"))
        self.read_more = QPushButton("", self)
        self.read_more.setObjectName("kcReadMore")
        self.back = QPushButton(self.tr("&Back"), self)
        self.next = QPushButton(self.tr("&Next"), self)
        self.summary = WrapLabel("", self)
        self.summary.setObjectName("kcSummary")
        self.summary.setAccessibleName(self.tr("Your answers"))
        self.save_button = QPushButton(self.tr("&Save my answers as a note"), self)
        self.copy_button = QPushButton(self.tr("Cop&y the text"), self)
        self.restart = QPushButton(self.tr("Start &again"), self)
        self.status = WrapLabel("", self)
        self.status.setAccessibleName(self.tr("Save status"))
        self._lay_out()

    def _lay_out(self) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addStretch(1)
        ends = QHBoxLayout()
        for button in (self.save_button, self.copy_button, self.restart):
            ends.addWidget(button)
        ends.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for widget in (self.progress, self.question):
            layout.addWidget(widget)
        layout.addLayout(self.choice_grid)
        layout.addLayout(_left(self.check_button))
        layout.addWidget(self.feedback)
        layout.addLayout(_left(self.read_more))
        layout.addLayout(nav)
        layout.addWidget(self.summary)
        layout.addLayout(ends)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_choices(self, choices: tuple[str, ...], chosen: int | None) -> None:
        for widget in self.choice_widgets:
            self.choice_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.choice_widgets = []
        for button in self.group.buttons():
            self.group.removeButton(button)
        for i, text in enumerate(choices):
            button = QRadioButton(self)
            button.setAccessibleName(text)
            self.group.addButton(button, i)
            label = ChoiceLabel(text, button, self)
            self.choice_grid.addWidget(button, i, 0)
            self.choice_grid.addWidget(label, i, 1)
            self.choice_widgets += [button, label]
            if chosen == i:
                button.setChecked(True)
        self.choice_grid.setColumnStretch(1, 1)


def _left(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its own width, on the left (buttons do not stretch across)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class KnowledgeView(DecisionView):
    def __init__(self, section, ctx, parent: QWidget | None = None) -> None:
        questions = kc.load()
        page = KnowledgePage(questions)
        super().__init__(section, ctx, page, "knowledge-check", parent)
        self.questions = questions
        self.index = 0
        page.check_button.clicked.connect(self.check)
        page.read_more.clicked.connect(self.open_section)
        page.back.clicked.connect(lambda: self.go(self.index - 1))
        page.next.clicked.connect(lambda: self.go(self.index + 1))
        page.save_button.clicked.connect(self.save_note)
        page.copy_button.clicked.connect(self.copy_text)
        page.restart.clicked.connect(self.start_again)
        self.go(0)

    # --- navigation ------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.questions)))
        on_summary = self.index == len(self.questions)
        p = self.page
        for widget in (p.question, p.check_button, *p.choice_widgets):
            widget.setVisible(not on_summary)
        for widget in (p.summary, p.save_button, p.copy_button, p.restart):
            widget.setVisible(on_summary)
        p.status.setText("")
        p.back.setEnabled(self.index > 0)
        p.next.setVisible(not on_summary)
        if on_summary:
            p.progress.setText(self.tr("Your answers"))
            p.summary.setText(self._summary_html())
            p.feedback.hide()
            p.read_more.hide()
            return
        question = self.questions[self.index]
        p.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.questions)))
        )
        p.next.setText(self.tr("&Next") if self.index + 1 < len(self.questions) else self.tr("See &all my answers"))
        p.question.setText(escape(question.text))
        p.set_choices(question.choices, self.answers.knowledge.get(question.id))
        p.group.setObjectName(f"kcChoices-{question.id}")
        self._show_feedback(question if question.id in self.answers.knowledge else None)

    def choose(self, choice: int) -> None:
        """Pick a choice for the current question (as a click would)."""
        self.page.group.button(choice).setChecked(True)

    def check(self) -> None:
        if self.index >= len(self.questions):
            return
        question = self.questions[self.index]
        chosen = self.page.group.checkedId()
        if chosen < 0:
            self.page.feedback.setText(self.tr("Pick one answer first. There is no wrong time to guess."))
            self.page.feedback.show()
            self.page.read_more.hide()
            return
        self.answers.knowledge[question.id] = chosen
        self._persist()
        self._show_feedback(question)

    def _show_feedback(self, question: kc.Question | None) -> None:
        p = self.page
        if question is None:
            p.feedback.hide()
            p.read_more.hide()
            return
        chosen = self.answers.knowledge.get(question.id)
        if question.is_right(chosen):
            opening = self.tr("Yes, that is what the sources say.")
        else:
            opening = self.tr("Not quite. Many people think so too. The sources say: %1").replace(
                "%1", escape(question.choices[question.answer])
            )
        p.feedback.setText(
            f"<p><b>{opening}</b></p><p>{escape(question.explanation)} {escape(source_refs(question.sources))}</p>"
        )
        p.feedback.show()
        title = section_title(question.section).replace("&", "&&")
        p.read_more.setText(self.tr("Read more: %1").replace("%1", title))
        p.read_more.setAccessibleName(self.tr("Read more: %1").replace("%1", section_title(question.section)))
        p.read_more.show()

    def open_section(self) -> None:
        if self.index < len(self.questions) and self.ctx is not None:
            self.ctx.show_section(resolve_section(self.questions[self.index].section))

    # --- result ----------------------------------------------------------------------------------
    def result_markdown(self) -> str:
        return kc.result_markdown(self.questions, self.answers.knowledge, section_titles())

    def _summary_html(self) -> str:
        answered = sum(1 for q in self.questions if q.id in self.answers.knowledge)
        reread = kc.sections_to_reread(self.questions, self.answers.knowledge)
        text = (
            self.tr("Questions you looked at: %1 of %2.")
            .replace("%1", str(answered))
            .replace("%2", str(len(self.questions)))
        )
        if reread:
            titles = ", ".join(section_title(s) for s in reread)
            text += " " + self.tr("Worth reading again: %1.").replace("%1", escape(titles))
        elif answered:
            text += " " + self.tr("Your answers match what the sources say.")
        advice = self.tr("You can save your answers and talk them over with your doctor.")
        return f"<p>{text}</p><p>{advice}</p>"

    def save_note(self) -> bool:
        ok, message = save_note(
            self.ctx, kc.SECTION_ID, translate("KnowledgeCheck", kc.NOTE_TITLE), self.result_markdown()
        )
        self.page.status.setText(escape(message))
        return ok

    def copy_text(self) -> None:
        title = translate("KnowledgeCheck", kc.NOTE_TITLE)
        QGuiApplication.clipboard().setText(f"{title}\n\n{self.result_markdown()}")
        self.page.status.setText(self.tr("Copied. You can paste it anywhere."))

    def start_again(self) -> None:
        self.answers.knowledge.clear()
        self._persist()
        self.go(0)

    # --- section contract ------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        self.go(1)
        self.choose(0)
        self.check()

    def self_check(self) -> list[tuple[str, bool, str]]:
        found = kc.problems(self.questions, content.sources_by_id(), section_ids())
        return [("knowledge check answerable, sourced, linked", not found, "; ".join(found))]


def create(section, ctx) -> KnowledgeView:
    return KnowledgeView(section, ctx)
