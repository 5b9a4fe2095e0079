"""The glossary: every medical word the guide uses, in plain words, with a filter box."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from isoapp import content


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary: medical words in plain language"))
        metrics = self.fontMetrics()  # room for the text at any text size, within the screen
        width, height = max(560, metrics.averageCharWidth() * 70), max(520, metrics.height() * 32)
        if self.screen() is not None:
            room = self.screen().availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to find a word"))
        self.filter.setAccessibleName(self.tr("Find a word in the glossary"))
        label = QLabel(self.tr("&Find a word:"), self)
        label.setBuddy(self.filter)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Glossary entries"))
        self.view.setAccessibleDescription(self.tr("Each medical word, then its meaning in plain words"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.refresh)
        self.refresh("")

    def entries(self, needle: str) -> list[content.GlossaryTerm]:
        needle = needle.strip().lower()
        return [
            t
            for t in sorted(content.glossary(), key=lambda t: t.term.lower())
            if not needle or needle in t.term.lower() or any(needle in a.lower() for a in t.aliases)
        ]

    def refresh(self, needle: str) -> None:
        items = self.entries(needle)
        if not items:
            self.view.setHtml("<p>No word matches. Try fewer letters.</p>")
            return
        self.view.setHtml("".join(f"<p><b>{escape(t.term)}</b>: {escape(t.definition)}</p>" for t in items))
