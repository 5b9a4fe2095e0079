"""The main window: one tab per section from the manifest. A tab's widget is built the first time
the tab is shown, so startup only pays for the section that opens first.

It also owns the keyboard commands (menus with shortcuts: sections, find, new note, print, text
size, theme, help), the text size and theme controllers, and the focus ring."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from isoapp import APP_NAME, content, palettes
from isoapp.i18n import fill
from isoapp.ui import shortcuts, zoom
from isoapp.ui.context import AppContext
from isoapp.ui.markdown_view import MarkdownPane
from isoapp.ui.registry import factory_for
from isoapp.ui.section_frame import SectionFrame
from isoapp.ui.theme import ThemeController

DEFAULT_SIZE = (1180, 760)  # every section tab fits at 100 % text size
# Work the first paint does not need runs this long after it (see MainWindow._after_first_paint).
AFTER_FIRST_PAINT_MS = 100


class SectionError(QLabel):
    """Shown in place of a section that could not be built; the rest of the guide keeps working."""

    def __init__(self, section, exc: Exception) -> None:
        reason = str(exc) or type(exc).__name__
        super().__init__(
            fill(
                    self.tr(
                        "Sorry, the section “%1” could not be shown.\n\nWhat went wrong: %2\n\nThe other "
                        "sections still work, and your notes are safe. Reinstalling the app may fix this."
                    ),
                    section.title,
                    reason,
                )
        )
        self.reason = reason
        self.setWordWrap(True)
        self.setMargin(24)
        self.setAccessibleName(fill(self.tr("%1: could not be shown"), section.title))

    def self_check(self) -> list[tuple[str, bool, str]]:
        return [("section builds", False, self.reason)]


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
        # Colours and text size first, so the first section is built the way it will be shown.
        self.theme_controller = ThemeController(ctx.settings, self)
        self.zoom = zoom.ZoomController(ctx.settings, self)
        self._shortcuts_dialog = None
        self._after_first_paint_done = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sectionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Sections of the guide"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections of the guide"))
        for section in self.sections:
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, section.title.replace("&", "&&"))  # "&" would mark a shortcut letter
            self.tabs.setTabToolTip(self.tabs.count() - 1, section.title)
        self.setCentralWidget(self.tabs)
        self.zoom.zoom_changed.connect(self._relayout_tab_bar)
        self._build_menus()

        self._restore_state()
        self.tabs.currentChanged.connect(self._on_current_changed)
        ctx.building_first_tab = True  # this tab may put off what its first paint does not show
        try:
            self._on_current_changed(self.tabs.currentIndex())
        finally:
            ctx.building_first_tab = False

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
            try:
                body = factory_for(section.kind)(section, self.ctx)
            except Exception as exc:  # one broken section must not take the whole guide down
                import traceback

                traceback.print_exc()
                body = SectionError(section, exc)
            frame = SectionFrame(section, body, self.ctx)
            holder = self.tabs.widget(self.index_of(section_id))
            holder.layout().addWidget(frame)
            frame.show()  # now, not on the next event loop turn: keys and checks can reach it at once
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

    # --- menus and keyboard commands --------------------------------------------------------------
    def _action(self, menu: QMenu | None, text: str, keys: tuple[str, ...], slot, *, what: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(shortcuts.sequences(keys))
        if what:
            action.setData(what)
            action.setStatusTip(what)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # keys work even when the menu bar is hidden
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        self.keyboard_actions: list[QAction] = []
        keep = self.keyboard_actions.append

        file_menu = bar.addMenu(self.tr("&File"))
        keep(
            self._action(
                file_menu, self.tr(
                        "&Print this section…"
                    ), shortcuts.PRINT, self.print_current, what=self.tr(
                        "Print this section"
                    )
            )
        )
        keep(
            self._action(
                file_menu,
                self.tr("&New note"),
                shortcuts.NEW_NOTE,
                self.new_note,
                what=self.tr("New note about this section (in My notes)"),
            )
        )
        file_menu.addSeparator()
        keep(self._action(file_menu, self.tr("&Quit"), shortcuts.QUIT, self.close, what=self.tr("Quit the guide")))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        keep(
            self._action(
                edit_menu,
                self.tr("&Find in this section…"),
                shortcuts.FIND,
                self.find_in_section,
                what=self.tr("Find words in this section (or search your notes)"),
            )
        )

        view_menu = bar.addMenu(self.tr("&View"))
        keep(self._action(view_menu, self.tr(
                "Text &larger"
            ), shortcuts.ZOOM_IN, self.zoom_in, what=self.tr(
                "Make all text larger"
            )))
        keep(self._action(view_menu, self.tr(
                "Text &smaller"
            ), shortcuts.ZOOM_OUT, self.zoom_out, what=self.tr(
                "Make all text smaller"
            )))
        keep(
            self._action(
                view_menu,
                self.tr("&Normal text size"),
                shortcuts.ZOOM_RESET,
                self.zoom_reset,
                what=self.tr("Text back to normal size (100%)"),
            )
        )
        # The radio lists (text sizes, themes) are filled in when the View menu first opens.
        self._view_menu = view_menu
        self._zoom_actions: dict[int, QAction] = {}
        self._theme_actions: dict[str, QAction] = {}
        view_menu.aboutToShow.connect(self._fill_view_menu)

        go_menu = bar.addMenu(self.tr("&Go"))
        keep(
            self._action(
                go_menu, self.tr(
                        "&Previous section"
                    ), shortcuts.PREVIOUS_SECTION, self.previous_section, what=self.tr(
                        "Previous section"
                    )
            )
        )
        keep(self._action(go_menu, self.tr(
                "&Next section"
            ), shortcuts.NEXT_SECTION, self.next_section, what=self.tr(
                "Next section"
            )))
        go_menu.addSeparator()
        for position, section in enumerate(self.sections):
            title = section.title.replace("&", "&&")
            label = f"&{position + 1} {title}" if position < 9 else title
            keep(
                self._action(
                    go_menu,
                    label,
                    shortcuts.section_keys(position),
                    lambda position=position: self.go_to_position(position),
                    what=fill(self.tr("Go to: %1"), section.title),
                )
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        keep(
            self._action(
                help_menu,
                self.tr("&Keyboard shortcuts"),
                shortcuts.HELP,
                self.show_shortcuts,
                what=self.tr("This list of keyboard shortcuts"),
            )
        )
        self._action(
            help_menu, self.tr("&Glossary"), (), self.open_glossary, what=self.tr("Meanings of the medical words")
        )

    # sections
    def go_to_position(self, position: int) -> None:
        if 0 <= position < self.tabs.count():
            self.tabs.setCurrentIndex(position)

    def next_section(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def previous_section(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    def current_section(self) -> content.Section:
        return self.sections[self.tabs.currentIndex()]

    def current_body(self) -> QWidget:
        return self.section_widget(self.current_section_id())

    @staticmethod
    def markdown_pane(body: QWidget) -> MarkdownPane | None:
        if isinstance(body, MarkdownPane):
            return body
        panes = [p for p in body.findChildren(MarkdownPane) if p.isVisibleTo(body)]
        return panes[0] if panes else None

    # find, note, print
    def find_in_section(self) -> None:
        body = self.current_body()
        focus_search = getattr(body, "focus_search", None)
        if callable(focus_search):
            focus_search()
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
        print_ = getattr(body, "print_", None)
        if callable(print_):
            print_()
            return
        pane = self.markdown_pane(body)
        if pane is None:
            self.tell(self.tr("This section has nothing to print."))
            return
        from isoapp.ui.text_document import printable_copy

        self.print_document(printable_copy(pane.browser.document()), self.current_section().title)

    def print_document(self, document: QTextDocument, title: str) -> bool:
        """Ask where to print (the system's print dialog), then print. True if printed."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{APP_NAME}: {title}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(fill(self.tr("Print: %1"), title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document.print_(printer)
        return True

    # text size and theme
    def set_zoom(self, percent: int) -> None:
        value = self.zoom.set_percent(percent)
        self._sync_view_menu()
        self.tell(fill(self.tr("Text size %1%"), value))

    def _relayout_tab_bar(self, _percent: int) -> None:
        """The tab bar keeps its scroll arrows' old size until it lays its tabs out again."""

        def relayout() -> None:  # after the new style has reached the tab bar
            bar = self.tabs.tabBar()
            bar.setUsesScrollButtons(False)
            bar.setUsesScrollButtons(True)

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
        self._sync_view_menu()
        self.tell(fill(self.tr("Theme: %1"), palettes.CHOICE_LABELS[self.theme_controller.choice()]))


    def _fill_view_menu(self) -> None:
        if self._zoom_actions:
            return
        from PySide6.QtGui import QActionGroup

        view_menu = self._view_menu
        size_menu = view_menu.addMenu(self.tr("Text si&ze"))
        self.zoom_group = QActionGroup(self)
        for step in zoom.STEPS:
            action = size_menu.addAction(f"{step}%")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, step=step: self.set_zoom(step))
            self.zoom_group.addAction(action)
            self._zoom_actions[step] = action
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        for choice in palettes.CHOICES:
            action = theme_menu.addAction(palettes.CHOICE_LABELS[choice])
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, choice=choice: self.set_theme(choice))
            self.theme_group.addAction(action)
            self._theme_actions[choice] = action
        from isoapp.ui.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(view_menu, self.ctx.settings, self.tell)
        self._sync_view_menu()


    @property
    def zoom_actions(self) -> dict[int, QAction]:
        """View > Text size: one checkable action per size."""
        self._fill_view_menu()
        return self._zoom_actions

    @property
    def theme_actions(self) -> dict[str, QAction]:
        """View > Theme: one checkable action per choice."""
        self._fill_view_menu()
        return self._theme_actions

    def _sync_view_menu(self) -> None:
        for step, action in self._zoom_actions.items():
            action.setChecked(step == self.zoom.percent())
        for choice, action in self._theme_actions.items():
            action.setChecked(choice == self.theme_controller.choice())

    # help
    def show_shortcuts(self) -> None:
        if self._shortcuts_dialog is None:
            from isoapp.ui.shortcuts_dialog import ShortcutsDialog

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
        """What the first paint does not need: the focus ring, and the exact system colour scheme
        (reading it sets up all of PySide6's Qt enums, ~15 ms; the platform palette was the first guess)."""
        from isoapp.ui import focus_ring

        self.ctx.run_deferred()
        focus_ring.install()
        if self.theme_controller.needs_system_check:
            self.theme_controller.check_system()

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
