"""Section "Am I sure?": the SURE test (four yes/no questions), what might help after a "no", and the
decision summary (what matters to me, the knowledge check, SURE, open questions) as a note."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isoapp.decision import answers as answers_mod
from isoapp.decision import summary as summary_mod
from isoapp.decision import sure
from isoapp.i18n import fill, translate
from isoapp.ui.decision.common import (
    SECTION_FALLBACKS,
    DecisionView,
    WrapLabel,
    resolve_section,
    save_note,
    section_ids,
    section_title,
    section_titles,
    source_refs,
)
from isoapp.ui.style import theme as ui_theme

YES, NO = 1, 0


class SurePage(QWidget):
    def __init__(self, items: tuple[sure.Item, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.to_matters = QPushButton(self.tr("Open \u201cWhat matters to me\u201d first"), self)
        self.groups: dict[str, QButtonGroup] = {}
        grid = self._questions(items)
        self.result = WrapLabel("", self)
        self.result.setObjectName("sureResult")
        self.result.setAccessibleName(self.tr("What your answers suggest"))
        heading = self.tr("My decision summary")  # (outside the f-string, so that lupdate sees it)
        self.summary_heading = WrapLabel(f"<b>{escape(heading)}</b>", self)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("decisionSummary")
        self.preview.setAccessibleName(self.tr("My decision summary, as it will be saved"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 14)
        self.save_button = QPushButton(self.tr("&Save my decision summary as a note"), self)
        self.copy_button = QPushButton(self.tr("Cop&y the text"), self)
        self.status = WrapLabel("", self)
        self.status.setAccessibleName(self.tr("Save status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        top.addWidget(self.to_matters)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.result)
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _questions(self, items: tuple[sure.Item, ...]) -> QGridLayout:
        """One row per SURE question: its words, then Yes and No."""
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, item in enumerate(items):
            line = self.tr("%1 \u2013 %2", "SURE: the question's letter, then the question")
            label = WrapLabel(fill(line, f"<b>{escape(item.letter)}</b>", escape(item.question)), self)
            yes = QRadioButton(self.tr("Yes"), self)
            no = QRadioButton(self.tr("No"), self)
            yes.setAccessibleName(self.tr("%1 Yes").replace("%1", item.question))
            no.setAccessibleName(self.tr("%1 No").replace("%1", item.question))
            group = QButtonGroup(self)
            group.addButton(yes, YES)
            group.addButton(no, NO)
            self.groups[item.letter] = group
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        return grid


class SureView(DecisionView):
    def __init__(self, section, ctx, parent: QWidget | None = None) -> None:
        items = sure.load()
        page = SurePage(items)
        super().__init__(section, ctx, page, "sure", parent)
        self.items = items
        for letter, value in self.answers.sure.items():
            if letter in page.groups:
                page.groups[letter].button(YES if value else NO).setChecked(True)
        for letter, group in page.groups.items():
            group.idToggled.connect(lambda _id, on, letter=letter: on and self._answered(letter))
        page.to_matters.clicked.connect(lambda: self._open(resolve_section("what-matters")))
        page.result.linkActivated.connect(lambda link: self._open(link.removeprefix("section:")))
        page.save_button.clicked.connect(self.save_note)
        page.copy_button.clicked.connect(self.copy_text)
        ui_theme.notifier().changed.connect(self._recolour)
        self.refresh()

    def _recolour(self, _theme=None) -> None:
        """Rich-text links take the link colour when their text is set: set it again in the new theme."""
        self.page.result.setText(self.result_html())

    def _open(self, section_id: str) -> None:
        if self.ctx is not None:
            self.ctx.show_section(resolve_section(section_id))

    def answer(self, letter: str, yes: bool) -> None:
        self.page.groups[letter].button(YES if yes else NO).setChecked(True)

    def _answered(self, letter: str) -> None:
        self.answers.sure[letter] = self.page.groups[letter].checkedId() == YES
        self._persist()
        self.refresh()

    def result_html(self) -> str:
        answers = self.answers.sure
        if sure.needs_talk(answers):
            talk = self.tr(
                "You answered no to at least one question. It may help to talk this over more with your doctor."
            )
            helps_word = self.tr("Things that might help:")
            go_to = self.tr("Go to:")
            parts = [f"<p><b>{escape(talk)}</b></p><p>{escape(helps_word)}</p><ul>"]
            colour = ui_theme.current().link  # the theme's link colour (QLabel keeps the default otherwise)
            for item, helps in sure.advice(self.items, answers):
                title = escape(section_title(item.section))
                link = f'<a href="section:{escape(item.section)}" style="color:{colour}">{title}</a>'
                parts.append(f"<li><b>{escape(item.name)}</b>: {escape(' '.join(helps))} {escape(go_to)} {link}</li>")
            parts.append("</ul>")
            return "".join(parts)
        if sure.complete(answers):
            sure_text = self.tr(
                "You answered yes to all four questions. You seem sure about your choice. "
                "It is still fine to ask your doctor more questions."
            )
            return f"<p>{escape(sure_text)}</p>"
        waiting = self.tr("Answer the four questions to see what they suggest.")
        return f"<p>{escape(waiting)}</p>"

    def summary_markdown(self) -> str:
        store = None
        if self.ctx is not None:
            try:
                store = self.ctx.notes_store()
            except Exception:  # the store cannot open: the summary is still useful without notes
                store = None
        return summary_mod.decision_summary_markdown(store, self.answers, section_titles=section_titles())

    def refresh(self) -> None:
        self.page.result.setText(self.result_html())
        self.page.preview.setMarkdown(self.summary_markdown())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.data_dir is not None:
            self.answers.knowledge = answers_mod.load(self.data_dir).knowledge  # answered on another tab
        self.refresh()

    def save_note(self) -> bool:
        ok, message = save_note(
            self.ctx,
            summary_mod.SECTION_ID,
            translate("DecisionSummary", summary_mod.NOTE_TITLE),
            self.summary_markdown(),
        )
        self.page.status.setText(escape(message))
        return ok

    def copy_text(self) -> None:
        title = translate("DecisionSummary", summary_mod.NOTE_TITLE)
        QGuiApplication.clipboard().setText(f"{title}\n\n{self.summary_markdown()}")
        self.page.status.setText(self.tr("Copied. You can paste it anywhere."))

    # --- section contract ------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        for letter, yes in zip(sure.LETTERS, (True, True, False, True), strict=True):
            self.answer(letter, yes)

    def self_check(self) -> list[tuple[str, bool, str]]:
        known = section_ids()
        linkable = known | {s for s in SECTION_FALLBACKS if SECTION_FALLBACKS[s] in known}
        found = sure.problems(self.items, linkable)
        checks = [("SURE has four questions with advice", not found, "; ".join(found))]
        refs = source_refs(sure.SOURCE_IDS)
        checks.append(("SURE source and terms resolve", refs.count("[") == len(sure.SOURCE_IDS), refs))
        trial = {"S": True, "U": False, "R": True, "E": True}
        advised = sure.advice(self.items, trial)
        checks.append(
            (
                "SURE: a no suggests talking more",
                sure.needs_talk(trial) and len(advised) == 1 and not sure.needs_talk(dict.fromkeys(sure.LETTERS, True)),
                str(advised),
            )
        )
        return checks


def create(section, ctx) -> SureView:
    return SureView(section, ctx)
