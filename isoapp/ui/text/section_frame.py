"""The frame around every section: the 'not medical advice' note, quick actions, then the section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isoapp import palettes
from isoapp.content import Section
from isoapp.i18n import QT_TRANSLATE_NOOP, fill
from isoapp.ui.style import theme

DISCLAIMER = QT_TRANSLATE_NOOP(
    "SectionFrame", "Not medical advice. This app does not replace your doctor: talk to them about your own situation."
)


class Banner(QFrame):
    """The disclaimer and the quick buttons: one row when it all fits, else the buttons go below the text
    (large text or a narrow window), so nothing is squeezed or cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclaimerBanner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(12, 6, 12, 6)
        self.disclaimer = QLabel(QCoreApplication.translate("SectionFrame", DISCLAIMER), self)

        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        self.outer.addWidget(self.disclaimer, 1)
        self.buttons = QHBoxLayout()
        self.outer.addLayout(self.buttons)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button)

    def one_row_width(self) -> int:
        """Width needed to show the disclaimer on one line beside the buttons."""
        margins = self.outer.contentsMargins()
        spacing = max(self.outer.spacing(), 0)
        text = self.disclaimer.fontMetrics().horizontalAdvance(self.disclaimer.text())
        return margins.left() + margins.right() + text + spacing + self.buttons.sizeHint().width() + 8

    def fit(self) -> None:
        wide = self.width() >= self.one_row_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
            if wide and self._has_stretch():
                self.buttons.takeAt(self.buttons.count() - 1)
            elif not wide and not self._has_stretch():
                self.buttons.addStretch(1)

    def _has_stretch(self) -> bool:
        count = self.buttons.count()
        return count > 0 and self.buttons.itemAt(count - 1).spacerItem() is not None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "buttons"):
            self.fit()  # a text size change changes what fits


class SectionFrame(QWidget):
    def __init__(self, section: Section, body: QWidget, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.body = body
        self.setObjectName(f"frame-{section.id}")

        self.banner = Banner(self)
        self.banner.setAccessibleName(self.tr("Important"))
        self.disclaimer = self.banner.disclaimer

        self.help_button = None
        if section.id != "get-help":
            self.help_button = QPushButton(self.tr("When to get help at once"), self.banner)
            self.help_button.setAccessibleName(self.tr("When to get help at once"))
            self.help_button.setAccessibleDescription(
                self.tr("Opens the section on warning signs that need help at once")
            )
            self.help_button.clicked.connect(lambda: ctx.show_section("get-help"))
            self.banner.add_button(self.help_button)

        self.glossary_button = QPushButton(self.tr("Glossary"), self.banner)
        self.glossary_button.setAccessibleName(self.tr("Glossary"))
        self.glossary_button.setAccessibleDescription(self.tr("Meanings of the medical words used in this guide"))
        self.glossary_button.clicked.connect(self.open_glossary)
        self.banner.add_button(self.glossary_button)

        self.note_button = None
        if section.kind != "notes":
            self.note_button = QPushButton(self.tr("Add a note about this"), self.banner)
            self.note_button.setAccessibleName(fill(self.tr("Add a note about %1"), section.title))
            self.note_button.setAccessibleDescription(self.tr("Opens My notes with a new note linked to this section"))
            self.note_button.clicked.connect(lambda: ctx.request_note(section.id))
            self.banner.add_button(self.note_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)

        self._apply_theme(theme.current())
        theme.notifier().changed.connect(self._apply_theme)

    def _apply_theme(self, current: palettes.Theme) -> None:
        theme.surface_palette(self.banner, current.banner_bg, current.banner_text)

    def open_glossary(self) -> None:
        from isoapp.ui.text.glossary_dialog import GlossaryDialog

        GlossaryDialog(self).exec()
