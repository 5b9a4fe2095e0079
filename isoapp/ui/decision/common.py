"""Small pieces the decision views share: a wrapping label, the text-above-page layout, source
references, section links, and saving a note."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from isoapp import content
from isoapp.ui.markdown_view import MarkdownPane

# Sections planned this round that may not exist yet in a build: where to send people instead.
SECTION_FALLBACKS = {"what-matters": "benefits-risks"}


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its width (large text grows
    the page, which then scrolls, instead of lines overlapping)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def section_ids() -> set[str]:
    return {s.id for s in content.sections()}


def resolve_section(section_id: str) -> str:
    """``section_id`` if this build has it, else its planned stand-in (e.g. what-matters)."""
    ids = section_ids()
    if section_id in ids:
        return section_id
    return SECTION_FALLBACKS.get(section_id, section_id)


def section_title(section_id: str) -> str:
    resolved = resolve_section(section_id)
    for item in content.sections():
        if item.id == resolved:
            return item.title
    return resolved


def section_titles() -> dict[str, str]:
    return {s.id: s.title for s in content.sections()}


def source_refs(ids) -> str:
    """``[3] [27]`` for source ids (unknown ids are left out; the self-test reports them)."""
    by_id = content.sources_by_id()
    return " ".join(f"[{n}]" for n in sorted({by_id[i].number for i in ids if i in by_id}))


def sources_html(ids) -> str:
    """The full citations for source ids, as the info bar shows them."""
    by_id = content.sources_by_id()
    parts = []
    for src in sorted((by_id[i] for i in set(ids) if i in by_id), key=lambda s: s.number):
        if src is not None:
            parts.append(
                f"<b>[{src.number}]</b> {escape(src.citation)} "
                f'<a href="{escape(src.url)}">{escape(QCoreApplication.translate("Decision", "Open this source"))}</a>'
            )
    return "<br>".join(parts)


class TextAndPage(QWidget):
    """The section's own text above, the interactive page below (it scrolls when text is large)."""

    TEXT_SHARE = 0.35

    def __init__(self, section, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        title = section.title if section is not None else ""
        markdown = content.render_markdown(section) if section is not None else ""
        self.text = MarkdownPane(markdown, title=title, parent=self)
        self.text.setMinimumHeight(70)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(page)
        self.scroller.setAccessibleName(QCoreApplication.translate("Decision", "Work area: %1").replace("%1", title))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.scroller)
        self.splitter.setChildrenCollapsible(False)
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _moved(self, *_args) -> None:
        self._split_by_hand = True

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if not self._split_by_hand:
            total = sum(self.splitter.sizes()) or self.splitter.height()
            text = max(self.text.minimumHeight(), round(total * self.TEXT_SHARE))
            self.splitter.setSizes([text, max(0, total - text)])


def save_note(ctx, section_id: str, title: str, body: str) -> tuple[bool, str]:
    """Ask the app for a new note with this text. Never raises: returns (saved, what to tell)."""
    if ctx is None:
        return False, QCoreApplication.translate(
            "Decision", "Notes are not available here. Use \u201cCopy the text\u201d instead."
        )
    try:
        ctx.request_note(section_id, title=title, body=body)
    except Exception as exc:  # the store could not open or write: say so, keep the answers on screen
        return False, QCoreApplication.translate(
            "Decision",
            "The note could not be saved ({0}). Your answers are still here: use "
            "\u201cCopy the text\u201d to keep them.",
        ).format(exc)
    return True, QCoreApplication.translate("Decision", "Saved in My notes.")
