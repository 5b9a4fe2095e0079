"""The main window: two rows of tabs (parts, then the sections of a part) from the manifest. A
section's widget is built the first time it is shown, so startup only pays for the section that
opens first.

It also answers the sections' requests (see AppContext), owns the keyboard commands (isoapp.ui.shell.menus),
the text size and theme controllers, the banner area, and the focus ring."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from isoapp import APP_NAME, content, palettes
from isoapp.ui.shell import contract
from isoapp.ui.shell.context import AppContext
from isoapp.ui.shell.menus import Menus
from isoapp.ui.shell.navigation import Navigator
from isoapp.ui.shell.registry import factory_for, steps_for
from isoapp.ui.style import zoom
from isoapp.ui.style.theme import ThemeController
from isoapp.ui.text.markdown_view import MarkdownPane
from isoapp.ui.text.section_frame import SectionFrame

if TYPE_CHECKING:  # only named in annotations: each Qt class costs PySide set-up the first time it is used
    from PySide6.QtGui import QCloseEvent, QTextDocument

DEFAULT_SIZE = (1180, 760)  # every part's section tabs fit at 100 % text size
# Work the first paint does not need runs this long after it (see MainWindow._after_first_paint).
AFTER_FIRST_PAINT_MS = 100


class SectionError(QLabel):
    """Shown in place of a section that could not be built; the rest of the guide keeps working."""

    def __init__(self, section: content.Section, exc: Exception) -> None:
        reason = str(exc) or type(exc).__name__
        super().__init__(
            self.tr(
                "Sorry, the section \u201c%1\u201d could not be shown.\n\nWhat went wrong: %2\n\n"
                "The other sections still work, and your notes are safe. Reinstalling the app may fix this."
            )
            .replace("%1", section.title)
            .replace("%2", reason)
        )
        self.reason = reason
        self.setWordWrap(True)
        self.setMargin(24)
        self.setAccessibleName(self.tr("%1: could not be shown").replace("%1", section.title))

    def self_check(self) -> list[contract.Check]:
        return [("section builds", False, self.reason)]


def _finish(steps: Generator[None, None, QWidget] | None) -> QWidget | None:
    """Run a section's remaining build steps: its widget, or None if there were none or one failed (the
    section is then built the usual way)."""
    while steps is not None:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
        except Exception:
            import traceback

            traceback.print_exc()
            return None
    return None


def _settle(frame: QWidget) -> None:
    """Polish a hidden section and lay it out at its tab's size, as its first show would."""
    if frame.isVisible():
        return  # shown meanwhile: that did it
    for widget in (frame, *frame.findChildren(QWidget)):
        widget.ensurePolished()
    holder = frame.parentWidget()
    if holder is not None and holder.layout() is not None:
        holder.layout().activate()


class MainWindow(QMainWindow):
    section_built = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.attach(self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.frames: dict[str, SectionFrame] = {}
        self._building: dict[str, Generator[None, None, QWidget]] = {}  # sections built in idle time
        # Colours and text size first, so the first section is built the way it will be shown.
        self.theme_controller = ThemeController(ctx.settings, self)
        self.zoom = zoom.ZoomController(ctx.settings, self)
        self.zoom.step_requested.connect(lambda step: self.zoom_in() if step > 0 else self.zoom_out())
        self._shortcuts_dialog = None
        self._after_first_paint_done = False

        self.nav = Navigator(content.sections(), self)
        self.sections = self.nav.sections  # reading order: part by part
        self._banners: dict[str, QWidget] = {}
        central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.nav, 1)
        self.setCentralWidget(central)
        self.zoom.zoom_changed.connect(self._relayout_tab_bars)
        self.menus = Menus(self)
        self.keyboard_actions = self.menus.keyboard_actions

        self._restore_state()
        self.nav.section_changed.connect(self.ensure_built)
        ctx.building_first_tab = True  # this tab may put off what its first paint does not show
        try:
            self.ensure_built(self.current_section_id())
        finally:
            ctx.building_first_tab = False

    # --- sections ---------------------------------------------------------------------------------
    def index_of(self, section_id: str) -> int:
        """The section's place in reading order (0-based)."""
        for i, section in enumerate(self.sections):
            if section.id == section_id:
                return i
        raise KeyError(section_id)

    def current_section_id(self) -> str:
        return self.nav.current_section_id()

    def current_section(self) -> content.Section:
        return self.sections[self.index_of(self.current_section_id())]

    def is_built(self, section_id: str) -> bool:
        return section_id in self.frames

    def ensure_built(self, section_id: str) -> SectionFrame:
        frame = self.frames.get(section_id)
        if frame is None:
            section = self.sections[self.index_of(section_id)]
            body = _finish(self._building.pop(section_id, None))  # being built in idle time: finish it now
            try:
                if body is None:
                    body = factory_for(section.kind)(section, self.ctx)
            except Exception as exc:  # one broken section must not take the whole guide down
                import traceback

                traceback.print_exc()
                body = SectionError(section, exc)
            frame = self._attach(section, body)
        return frame

    def _attach(self, section: content.Section, body: QWidget) -> SectionFrame:
        frame = SectionFrame(section, body, self.ctx)
        self.nav.holder(section.id).layout().addWidget(frame)
        frame.show()  # now, not on the next event loop turn: keys and checks can reach it at once
        self.frames[section.id] = frame
        self.section_built.emit(section.id)
        return frame

    def build_in_steps(self, section_id: str) -> Iterator[None]:
        """Build a section while the app is idle, a step at a time, if its kind can be (a ``create_in_steps``
        next to its factory; isoapp.ui.preload queues this). Showing the section meanwhile finishes it at
        once; a step that fails leaves the section to be built as usual when it is shown."""
        section = self.sections[self.index_of(section_id)]
        make = steps_for(section.kind)
        if make is None or section_id in self.frames or section_id in self._building:
            return
        steps = make(section, self.ctx)
        self._building[section_id] = steps
        while self._building.get(section_id) is steps:
            try:
                next(steps)
            except StopIteration as done:
                del self._building[section_id]
                frame = self._attach(section, done.value)
                yield
                _settle(frame)  # a last step: its first show then has less to do
                return
            except BaseException:
                self._building.pop(section_id, None)
                raise  # the idle runner notes it; the section is built the usual way when shown
            yield

    def section_widget(self, section_id: str) -> QWidget:
        """The section's own widget (built if needed), without the frame."""
        return self.ensure_built(section_id).body

    def current_body(self) -> QWidget:
        return self.section_widget(self.current_section_id())

    def show_section(self, section_id: str) -> QWidget:
        self.nav.set_current(section_id)
        return self.section_widget(section_id)

    def go_to_part(self, position: int) -> None:
        self.nav.go_to_part(position)

    def next_section(self) -> None:
        self.nav.step(+1)

    def previous_section(self) -> None:
        self.nav.step(-1)

    # --- what sections may ask (through AppContext) -------------------------------------------------
    def add_note_about(self, section_id: str | None, title: str = "", body: str = "") -> None:
        notes_ids = [s.id for s in self.sections if s.kind == "notes"]
        if not notes_ids:
            return
        widget = self.show_section(notes_ids[0])
        if not contract.offers(widget, "new_note"):
            return
        if title or body:
            widget.new_note(section_id, title, body)
        else:
            widget.new_note(section_id)

    def print_document(self, document: QTextDocument, title: str) -> bool:
        """Show a preview with the system's print button; True if printed."""
        from isoapp.ui.widgets.printing import print_document

        return print_document(self, document, title)

    def set_banner(self, key: str, widget: QWidget | None) -> None:
        """A calm banner above the sections (one per key); None removes it."""
        old = self._banners.pop(key, None)
        if old is not None and old is not widget:
            self._layout.removeWidget(old)
            old.deleteLater()
        if widget is not None:
            self._banners[key] = widget
            self._layout.insertWidget(self._layout.count() - 1, widget)
            widget.show()

    def window_shortcuts(self) -> set[str]:
        return {key.toString() for action in self.actions() for key in action.shortcuts()}

    # --- commands ---------------------------------------------------------------------------------
    @staticmethod
    def markdown_pane(body: QWidget) -> MarkdownPane | None:
        if isinstance(body, MarkdownPane):
            return body
        panes = [p for p in body.findChildren(MarkdownPane) if p.isVisibleTo(body)]
        return panes[0] if panes else None

    def find_in_section(self) -> None:
        body = self.current_body()
        if contract.offers(body, "focus_search"):
            body.focus_search()
            return
        pane = self.markdown_pane(body)
        if pane is not None:
            pane.open_find()
        else:
            self.tell(self.tr("This section has nothing to search."))

    def new_note(self) -> None:
        section = self.current_section()
        self.add_note_about(None if section.kind == "notes" else section.id)

    def print_current(self) -> None:
        body = self.current_body()
        if contract.offers(body, "print_"):
            body.print_()
            return
        pane = self.markdown_pane(body)
        if pane is None:
            self.tell(self.tr("This section has nothing to print."))
            return
        from isoapp.ui.text.text_document import printable_copy

        self.print_document(printable_copy(pane.browser.document()), self.current_section().title)

    # text size and theme
    def set_zoom(self, percent: int) -> None:
        value = self.zoom.set_percent(percent)
        self.menus.sync()
        self.tell(self.tr("Text size %1%").replace("%1", str(value)))

    def _relayout_tab_bars(self, _percent: int) -> None:
        """A tab bar keeps its scroll arrows' old size until it lays its tabs out again."""

        def relayout() -> None:  # after the new style has reached the tab bars
            for bar in self.nav.tab_bars():
                uses = bar.usesScrollButtons()
                bar.setUsesScrollButtons(not uses)
                bar.setUsesScrollButtons(uses)

        relayout()
        QTimer.singleShot(0, self, relayout)

    def zoom_in(self) -> None:
        self.set_zoom(zoom.step_up(self.zoom.percent()))

    def zoom_out(self) -> None:
        self.set_zoom(zoom.step_down(self.zoom.percent()))

    def zoom_reset(self) -> None:
        self.set_zoom(zoom.DEFAULT_PERCENT)

    def set_theme(self, choice: str) -> None:
        self.theme_controller.set_choice(choice)
        self.menus.sync()
        self.tell(self.tr("Theme: %1").replace("%1", palettes.CHOICE_LABELS[self.theme_controller.choice()]))

    @property
    def zoom_actions(self):
        """View > Text size: one checkable action per size."""
        self.menus.fill_view_menu()
        return self.menus.zoom_actions

    @property
    def theme_actions(self):
        """View > Theme: one checkable action per choice."""
        self.menus.fill_view_menu()
        return self.menus.theme_actions

    # help
    def show_shortcuts(self) -> None:
        if self._shortcuts_dialog is None:
            from isoapp.ui.shell import shortcuts
            from isoapp.ui.shell.shortcuts_dialog import ShortcutsDialog

            self._shortcuts_dialog = ShortcutsDialog(shortcuts.rows_for(self.keyboard_actions), self)
        self._shortcuts_dialog.show()
        self._shortcuts_dialog.raise_()
        self._shortcuts_dialog.activateWindow()

    def open_glossary(self) -> None:
        self.ensure_built(self.current_section_id()).open_glossary()

    def tell(self, message: str) -> None:
        """A short status message, also announced to screen readers."""
        self.statusBar().showMessage(message, 4000)
        from isoapp.ui.a11y import announce

        announce(self, message)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._after_first_paint_done:  # once, shortly after the window is first on screen
            self._after_first_paint_done = True
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, self._after_first_paint)  # not after close

    def _after_first_paint(self) -> None:
        """What the first paint does not need, one step at a time while the app is idle (a click in
        between still answers): work the sections put off, the focus ring, the exact system colour
        scheme (reading it sets up all of PySide6's Qt enums, ~15 ms; the platform palette was the
        first guess), then preloading for the first clicks (isoapp.ui.preload)."""
        from isoapp.ui.preload import plan
        from isoapp.ui.preload.idle import IdleRunner, once
        from isoapp.ui.style import focus_ring

        self.idle = IdleRunner(self)
        self.idle.add("deferred", self.ctx.run_deferred_steps(), alone=True)
        self.idle.add("focus ring", once(focus_ring.install))
        if self.theme_controller.needs_system_check:
            self.idle.add("system colours", once(self.theme_controller.check_system), alone=True)
        plan.add_preloading(self.idle, self)
        self.idle.start()

    # --- state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(*DEFAULT_SIZE)
        last = settings.value("window/section")
        start = last if isinstance(last, str) and self.nav.contains(last) else self.sections[0].id
        self.nav.set_current(start)  # a section that no longer exists: start at the first

    def save_state(self) -> None:
        """Write the window's place, size and section, if they changed (writing the file costs ~10 ms)."""
        settings = self.ctx.settings
        state = {"window/geometry": self.saveGeometry(), "window/section": self.current_section_id()}
        changed = False
        for key, value in state.items():
            if settings.value(key) != value:
                settings.setValue(key, value)
                changed = True
        if changed:
            settings.sync()

    def flush_sections(self) -> bool:
        """Ask every built section to save pending work (notes). False if something could not be saved."""
        ok = True
        for frame in self.frames.values():
            if contract.offers(frame.body, "flush") and frame.body.flush() is False:
                ok = False
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.flush_sections():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                APP_NAME,
                self.tr(
                    "A note could not be saved (the disk may be full or read-only).\n"
                    "If you close now, the latest changes to that note will be lost.\n"
                    "Copy the text somewhere safe first, or close anyway?"
                ),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
