"""The "What matters to me" section: rate a few concerns, save the answers as a note."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from isoapp import content
from isoapp.effects import Effect, load_effects
from isoapp.i18n import fill
from isoapp.ui.comparison import colors, concerns
from isoapp.ui.comparison.common import visible_radio_outlines
from isoapp.ui.style import theme as ui_theme
from isoapp.ui.text.text_and_page import TextAndPage
from isoapp.ui.widgets.wrap_label import WrapLabel


class WhatMattersPanel(QWidget):
    """Rate a few concerns on a 5-point scale; save the result as a note."""

    def __init__(self, effects: list[Effect], ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mattersPanel")
        self.effects = effects
        self.ctx = ctx
        self.groups: dict[str, QButtonGroup] = {}

        intro = WrapLabel(
            self.tr(
                "How much does each of these matter to you? There are no right or wrong answers. "
                "Save your answers as a note, and take them to your doctor to talk it over."
            ),
            self,
        )
        intro.setObjectName("mattersIntro")
        grid = self._build_grid()
        q_label = self._build_question()
        buttons = self._build_buttons()
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

    def _build_grid(self) -> QGridLayout:
        """One row a concern, one column a step of the scale."""
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
        return grid

    def _build_question(self) -> QLabel:
        """The optional question, and the preview of the note."""
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
        return q_label

    def _build_buttons(self) -> QHBoxLayout:
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
        return buttons

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
        if self.ctx is None:  # built on its own (no app around it)
            self._say(self.tr("Notes are not available here. Use \u201cCopy the text\u201d instead."), ok=False)
            return False
        try:
            store = self.ctx.notes_store()
        except Exception as exc:  # the store could not open: tell, keep the answers on screen
            self._say(
                fill(
                    self.tr(
                        "Your notes could not be opened (%1). Your answers are still here: use “Copy the "
                        "text” to keep them."
                    ),
                    exc,
                ),
                ok=False,
            )
            return False
        try:
            store.add(concerns.note_title(), self.summary(), section=concerns.SECTION_ID)
        except Exception as exc:
            self._say(
                fill(
                    self.tr(
                        "The note could not be saved (%1). Your answers are still here: use “Copy the "
                        "text” to keep them."
                    ),
                    exc,
                ),
                ok=False,
            )
            return False
        self._say(self.tr("Saved in My notes."))
        self.open_notes.show()
        return True


class WhatMattersView(TextAndPage):
    """The section: its text above, the panel below."""

    def __init__(self, section: content.Section, ctx, parent: QWidget | None = None) -> None:
        super().__init__(content.render_markdown(section), section.title, "whatMatters", parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}")
        self.matters = WhatMattersPanel(load_effects(), ctx, self)
        self.set_page(self.matters)

    def prepare_screenshot(self) -> None:
        """A few sample answers (nothing is saved)."""
        for concern_id, value in (("clear-acne", 4), ("dry-skin", 2), ("mood", 3)):
            self.matters.rate(concern_id, value)


def create(section: content.Section, ctx) -> WhatMattersView:
    return WhatMattersView(section, ctx)
