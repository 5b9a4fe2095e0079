"""Small pieces the decision views share: source references, section links, saving a note (and the
shared WrapLabel and TextAndPage, re-exported)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from isoapp import content
from isoapp.decision import answers as answers_mod
from isoapp.ui.style import theme as ui_theme
from isoapp.ui.text.text_and_page import TextAndPage
from isoapp.ui.widgets.wrap_label import WrapLabel

__all__ = ["TextAndPage", "WrapLabel"]  # the shared pieces, re-exported for the decision views

# Sections planned this round that may not exist yet in a build: where to send people instead.
SECTION_FALLBACKS = {"what-matters": "benefits-risks"}


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
    colour = ui_theme.current().info_link  # QLabel keeps the default link colour otherwise
    parts = []
    label = escape(QCoreApplication.translate("Decision", "Open this source"))
    for src in sorted((by_id[i] for i in set(ids) if i in by_id), key=lambda s: s.number):
        link = f'<a href="{escape(src.url)}" style="color:{colour}">{label}</a>'
        parts.append(f"<b>[{src.number}]</b> {escape(src.citation)} {link}")
    return "<br>".join(parts)


def section_markdown(section) -> tuple[str, str, str]:
    """(rendered Markdown, title, object-name stem) for a decision section's text above its page."""
    if section is None:
        return "", "", "decision"
    return content.render_markdown(section), section.title, section.id.replace("-", "_")


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
    return True, QCoreApplication.translate("Decision", "Your note is open in My notes, where it is kept.")


class DecisionView(TextAndPage):
    """A Decide section: its text above an interactive ``page``, and the answers kept in decision.json."""

    def __init__(self, section, ctx, page, fallback_id: str, parent=None) -> None:
        super().__init__(*section_markdown(section), parent)
        self.set_page(page)
        self.section = section
        self.setObjectName(f"section-{section.id if section is not None else fallback_id}")
        self.ctx = ctx
        self.page = page
        self.data_dir = getattr(ctx, "data_dir", None)
        self.answers = answers_mod.load(self.data_dir) if self.data_dir is not None else answers_mod.DecisionAnswers()

    def _persist(self) -> None:
        """Keep the answers for next time; a failure is said on the page (the answers stay on screen)."""
        if self.data_dir is None:
            return
        try:
            answers_mod.save(self.data_dir, self.answers)
        except OSError as exc:
            text = QCoreApplication.translate(
                "DecisionView", "Your answer could not be kept for next time (%1). It is still on screen."
            )
            self.page.status.setText(text.replace("%1", escape(str(exc))))
