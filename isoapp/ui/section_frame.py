"""The frame around every section: the 'not medical advice' note, quick actions, then the section."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from isoapp.content import Section

DISCLAIMER = "Not medical advice. This app does not replace your doctor: talk to them about your own situation."


class SectionFrame(QWidget):
    def __init__(self, section: Section, body: QWidget, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.body = body
        self.setObjectName(f"frame-{section.id}")

        self.banner = QFrame(self)
        self.banner.setObjectName("disclaimerBanner")
        bar = QHBoxLayout(self.banner)
        bar.setContentsMargins(12, 6, 12, 6)
        self.disclaimer = QLabel(DISCLAIMER, self.banner)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setWordWrap(True)
        bar.addWidget(self.disclaimer, 1)

        self.help_button = None
        if section.id != "get-help":
            self.help_button = QPushButton("When to get help at once", self.banner)
            self.help_button.setAccessibleName("When to get help at once")
            self.help_button.setAccessibleDescription("Opens the section on warning signs that need help at once")
            self.help_button.clicked.connect(lambda: ctx.show_section("get-help"))
            bar.addWidget(self.help_button)

        self.glossary_button = QPushButton("Glossary", self.banner)
        self.glossary_button.setAccessibleName("Glossary")
        self.glossary_button.setAccessibleDescription("Meanings of the medical words used in this guide")
        self.glossary_button.clicked.connect(self.open_glossary)
        bar.addWidget(self.glossary_button)

        self.note_button = None
        if section.kind != "notes":
            self.note_button = QPushButton("Add a note about this", self.banner)
            self.note_button.setAccessibleName(f"Add a note about {section.title}")
            self.note_button.clicked.connect(lambda: ctx.request_note(section.id))
            bar.addWidget(self.note_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)

    def open_glossary(self) -> None:
        from isoapp.ui.glossary_dialog import GlossaryDialog

        GlossaryDialog(self).exec()
