"""The "Benefits and side effects" section: the written text, then the side-by-side comparison
(two tables, a detail pane, icon arrays with a shared denominator; see compare_panel).

Layout only; the data and its rules live in isoapp.effects (Qt-free) and the table model.
"""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtWidgets import QWidget

from isoapp import content
from isoapp.effects import icon_text, load_effects, table_markdown
from isoapp.ui.comparison import colors
from isoapp.ui.comparison.common import source_numbers
from isoapp.ui.comparison.compare_panel import ComparePanel
from isoapp.ui.comparison.icon_array import IconArray
from isoapp.ui.comparison.pictures import count_painted
from isoapp.ui.text.text_and_page import TextAndPage


class ComparisonView(TextAndPage):
    def __init__(self, section, ctx, parent: QWidget | None = None, *, build: bool = True) -> None:
        """``build=False``: the text only; :meth:`build_page` adds the comparison."""
        title = section.title if section is not None else self.tr("Benefits and side effects")
        markdown = content.render_markdown(section) if section is not None else ""
        super().__init__(markdown, title, "comparison", parent)
        self.section = section
        self.ctx = ctx
        self.setObjectName(f"section-{section.id}" if section is not None else "section-comparison")
        self.effects = load_effects()
        if build:
            self.build_page()

    def build_page(self) -> None:
        self.compare = ComparePanel(self.effects, self)
        self.set_page(self.compare)

    # ------------------------------------------------------------------ optional section API
    def printable_markdown(self) -> str:
        """The section text plus every row of the comparison as tables (for printing)."""
        text = content.render_markdown(self.section, link_glossary=False) if self.section is not None else ""
        table = table_markdown(self.effects, source_numbers())
        heading = self.tr("All benefits and side effects, in numbers")
        return f"{text}\n\n## {heading}\n\n{table}"

    def print_(self) -> None:
        """Ctrl+P: print the text and the full comparison table (the window offers the dialog)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setMarkdown(self.printable_markdown())
        title = self.section.title if self.section is not None else self.tr("Benefits and side effects")
        self.ctx.print_document(document, title)

    def prepare_screenshot(self) -> None:
        self.compare.set_filter("all")
        self.compare.select("clear-skin")
        self.compare.set_compare("blood-fats")

    def self_check(self) -> list[tuple[str, bool, str]]:
        checks: list[tuple[str, bool, str]] = []
        ids = set(source_numbers())
        errors = [f"{e.id}: {s}" for e in self.effects for s in e.sources if s not in ids]
        checks.append(("comparison sources resolve", not errors, "; ".join(errors)))
        shown = len(self.compare.benefit_model.effects()) + len(self.compare.side_model.effects())
        checks.append(
            ("comparison rows match data", shown == len(self.effects), f"{shown} rows for {len(self.effects)} items")
        )
        problems = colors.contrast_problems()
        checks.append(("comparison colour contrast", not problems, "; ".join(problems)))

        keep_sel, keep_cmp = self.compare.selected(), self.compare.compared()
        try:
            self.compare.select("blood-fats")
            self.compare.set_compare("suicidal-thoughts")
            a = self.compare.picture_a.array
            b = self.compare.picture_b.array
            same = a.denominator == b.denominator == 1000
            checks.append(("comparison shared denominator", same, f"{a.denominator} and {b.denominator}"))
            # count painted figures on a copy drawn at a known size (the live one may be tiny)
            copy = IconArray()
            copy.set_frequency(a.frequency, a.denominator, benefit=False, title="check")
            copy.resize(420, 320)
            painted = count_painted(copy)
            copy.deleteLater()
            want = a.coloured_cells()[0]
            checks.append(
                ("comparison icon array count", painted == want == 250, f"painted {painted}, expected {want}")
            )
            text = a.accessibleDescription()
            expected = icon_text(a.frequency, 1000)
            checks.append(
                (
                    "comparison text equivalent",
                    text == expected and expected.count("250") == 1 and text == self.compare.picture_a.caption.text(),
                    text,
                )
            )

        finally:
            self.compare.set_compare(keep_cmp.id if keep_cmp else None)
            if keep_sel is not None:
                self.compare.select(keep_sel.id)
        return checks


def create(section, ctx) -> ComparisonView:
    return ComparisonView(section, ctx)


def create_in_steps(section, ctx) -> Generator[None, None, ComparisonView]:
    """The same view in two steps while the app is idle (MainWindow.build_in_steps): the text, then the
    comparison (tables, detail, pictures)."""
    view = ComparisonView(section, ctx, build=False)
    yield
    view.build_page()
    return view
