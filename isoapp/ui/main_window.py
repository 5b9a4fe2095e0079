"""The main window: one tab per section from the manifest. A tab's widget is built the first time
the tab is shown, so startup only pays for the section that opens first."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from isoapp import APP_NAME, content
from isoapp.ui.context import AppContext
from isoapp.ui.registry import factory_for
from isoapp.ui.section_frame import SectionFrame

DEFAULT_SIZE = (1000, 700)


class MainWindow(QMainWindow):
    section_built = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx._request_note = self.add_note_about
        ctx._show_section = self.show_section
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.sections = content.sections()
        self.frames: dict[str, SectionFrame] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sectionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName("Sections of the guide")
        self.tabs.tabBar().setAccessibleName("Sections of the guide")
        for section in self.sections:
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, section.title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, section.title)
        self.setCentralWidget(self.tabs)

        self._restore_state()
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._on_current_changed(self.tabs.currentIndex())

    # --- sections ---------------------------------------------------------------------------------
    def index_of(self, section_id: str) -> int:
        for i, section in enumerate(self.sections):
            if section.id == section_id:
                return i
        raise KeyError(section_id)

    def current_section_id(self) -> str:
        return self.sections[self.tabs.currentIndex()].id

    def is_built(self, section_id: str) -> bool:
        return section_id in self.frames

    def ensure_built(self, section_id: str) -> SectionFrame:
        frame = self.frames.get(section_id)
        if frame is None:
            section = self.sections[self.index_of(section_id)]
            body = factory_for(section.kind)(section, self.ctx)
            frame = SectionFrame(section, body, self.ctx)
            holder = self.tabs.widget(self.index_of(section_id))
            holder.layout().addWidget(frame)
            self.frames[section_id] = frame
            self.section_built.emit(section_id)
        return frame

    def section_widget(self, section_id: str) -> QWidget:
        """The section's own widget (built if needed), without the frame."""
        return self.ensure_built(section_id).body

    def show_section(self, section_id: str) -> QWidget:
        self.tabs.setCurrentIndex(self.index_of(section_id))
        return self.section_widget(section_id)

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.sections):
            self.ensure_built(self.sections[index].id)

    def add_note_about(self, section_id: str | None) -> None:
        notes_ids = [s.id for s in self.sections if s.kind == "notes"]
        if not notes_ids:
            return
        widget = self.show_section(notes_ids[0])
        new_note = getattr(widget, "new_note", None)
        if new_note is not None:
            new_note(section_id)

    # --- state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(*DEFAULT_SIZE)
        last = settings.value("window/section")
        if isinstance(last, str):
            try:
                self.tabs.setCurrentIndex(self.index_of(last))
            except KeyError:
                pass  # a section that no longer exists: start at the first

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/section", self.current_section_id())
        settings.sync()

    def flush_sections(self) -> bool:
        """Ask every built section to save pending work (notes). False if something could not be saved."""
        ok = True
        for frame in self.frames.values():
            flush = getattr(frame.body, "flush", None)
            if flush is not None and flush() is False:
                ok = False
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.flush_sections():
            answer = QMessageBox.warning(
                self,
                APP_NAME,
                "A note could not be saved (the disk may be full or read-only).\n"
                "If you close now, the latest changes to that note will be lost.\n"
                "Copy the text somewhere safe first, or close anyway?",
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
