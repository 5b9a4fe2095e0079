"""Two rows of tabs: the parts of the guide (Learn, Decide, My course, Get help now), then the
sections of the chosen part. A section's page is an empty holder until the window builds it.

Keys (bound by the window, listed in F1): Ctrl+1 .. Ctrl+4 open a part (at the section last shown
in it); Ctrl+PgDown / Ctrl+PgUp go to the next / previous section in reading order, across parts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isoapp import content


def part_title(part: str) -> str:
    titles = {
        "learn": QCoreApplication.translate("Navigation", "Learn"),
        "decide": QCoreApplication.translate("Navigation", "Decide"),
        "course": QCoreApplication.translate("Navigation", "My course"),
        "help": QCoreApplication.translate("Navigation", "Get help now"),
    }
    return titles.get(part, part)


def _tab_text(title: str) -> str:
    return title.replace("&", "&&")  # "&" would mark a shortcut letter


class SectionTabs(QTabWidget):
    """The sections of one part."""

    def __init__(self, part: str, sections: list[content.Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.sections = sections
        self.setObjectName(f"sectionTabs-{part}")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        name = self.tr("Sections of %1").replace("%1", part_title(part))
        self.setAccessibleName(name)
        self.tabBar().setAccessibleName(name)
        for section in sections:
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, _tab_text(section.title))
            self.setTabToolTip(self.count() - 1, section.title)
        if len(sections) == 1 and sections[0].title == part_title(part):
            self.tabBar().hide()  # "Get help now": the part's own tab names its one section


class Navigator(QTabWidget):
    """The part tabs, each holding the tabs of its sections. ``section_changed`` gives the shown id."""

    section_changed = Signal(str)

    def __init__(self, sections: tuple[content.Section, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partTabs")
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Sections of the guide"))  # the name the single row of tabs had
        self.tabBar().setAccessibleName(self.tr("Parts of the guide"))
        self.parts: list[SectionTabs] = []
        for part in content.PARTS:
            members = [s for s in sections if s.part == part]
            if members:
                tabs = SectionTabs(part, members, self)
                self.parts.append(tabs)
                self.addTab(tabs, _tab_text(part_title(part)))
                tabs.currentChanged.connect(self._emit_current)
        # reading order: part by part, each in manifest order
        self.sections: list[content.Section] = [s for tabs in self.parts for s in tabs.sections]
        self._where = {s.id: (p, i) for p, tabs in enumerate(self.parts) for i, s in enumerate(tabs.sections)}
        self.currentChanged.connect(self._emit_current)

    def _emit_current(self, _index: int = 0) -> None:
        self.section_changed.emit(self.current_section_id())

    def part_ids(self) -> list[str]:
        return [tabs.part for tabs in self.parts]

    def current_section_id(self) -> str:
        tabs = self.parts[self.currentIndex()]
        return tabs.sections[tabs.currentIndex()].id

    def holder(self, section_id: str) -> QWidget:
        part, index = self._where[section_id]
        return self.parts[part].widget(index)

    def contains(self, section_id: str) -> bool:
        return section_id in self._where

    def set_current(self, section_id: str) -> None:
        part, index = self._where[section_id]
        tabs = self.parts[part]
        tabs.blockSignals(True)  # one section_changed, for the section finally shown
        tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        if self.currentIndex() == part:
            self._emit_current()
        else:
            self.setCurrentIndex(part)

    def go_to_part(self, position: int) -> None:
        if 0 <= position < self.count():
            self.setCurrentIndex(position)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) section in reading order, across parts; wraps round."""
        ids = [s.id for s in self.sections]
        at = ids.index(self.current_section_id())
        self.set_current(ids[(at + delta) % len(ids)])

    def tab_bars(self) -> list:
        """The part bar, then each part's section bar."""
        return [self.tabBar(), *(tabs.tabBar() for tabs in self.parts)]
