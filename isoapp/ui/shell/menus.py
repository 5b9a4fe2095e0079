"""The window's menus and keyboard commands (File, Edit, View, Go, Help). Every command is a
QAction on the window, so its keys work even when the menu bar is hidden, and the F1 list is
built from these same actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from isoapp import palettes
from isoapp.i18n import translate
from isoapp.ui.shell import shortcuts
from isoapp.ui.shell.navigation import part_title
from isoapp.ui.style import zoom

if TYPE_CHECKING:
    from isoapp.ui.shell.main_window import MainWindow


class Menus:
    """Builds and keeps the window's actions; fills the View menu's radio lists on first open."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.keyboard_actions: list[QAction] = []
        self.zoom_actions: dict[int, QAction] = {}
        self.theme_actions: dict[str, QAction] = {}
        self._backup = None  # isoapp.ui.course.backup_actions.BackupActions, made on first use
        bar = window.menuBar()
        bar.setAccessibleName(translate("Menus", "Menu bar"))
        self._file_menu(bar.addMenu(translate("Menus", "&File")))
        self._edit_menu(bar.addMenu(translate("Menus", "&Edit")))
        self.view_menu = bar.addMenu(translate("Menus", "&View"))
        self._view_menu(self.view_menu)
        self._go_menu(bar.addMenu(translate("Menus", "&Go")))
        self._help_menu(bar.addMenu(translate("Menus", "&Help")))

    def action(
        self, menu: QMenu | None, text: str, keys: tuple[str, ...], slot: Callable[[], object], what: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts(shortcuts.sequences(keys))
        if what:
            action.setData(what)
            action.setStatusTip(what)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # keys work even when the menu bar is hidden
        if menu is not None:
            menu.addAction(action)
        if keys:
            self.keyboard_actions.append(action)
        return action

    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self.action(
            menu,
            translate("Menus", "&Print this section…"),
            shortcuts.PRINT,
            w.print_current,
            translate("Menus", "Print this section"),
        )
        self.action(
            menu,
            translate("Menus", "&New note"),
            shortcuts.NEW_NOTE,
            w.new_note,
            translate("Menus", "New note about this section (in My notes)"),
        )
        menu.addSeparator()
        self.action(
            menu,
            translate("Menus", "&Back up everything…"),
            (),
            lambda: self.backup_actions().export_all(),
            translate("Menus", "Notes, course and check-ins in one private file"),
        )
        self.action(
            menu,
            translate("Menus", "&Restore from a backup…"),
            (),
            lambda: self.backup_actions().import_all(),
            translate("Menus", "Restore a backup into a data folder without a course"),
        )
        menu.addSeparator()
        self.action(menu, translate("Menus", "&Quit"), shortcuts.QUIT, w.close, translate("Menus", "Quit the guide"))

    def backup_actions(self):
        """The backup commands (isoapp.ui.course.backup_actions), imported when first used."""
        from isoapp.ui.course.backup_actions import BackupActions

        if self._backup is None:
            self._backup = BackupActions(self.window, self.window.ctx)
        return self._backup

    def _edit_menu(self, menu: QMenu) -> None:
        self.action(
            menu,
            translate("Menus", "&Find in this section…"),
            shortcuts.FIND,
            self.window.find_in_section,
            translate("Menus", "Find words in this section (or search your notes)"),
        )

    def _view_menu(self, menu: QMenu) -> None:
        w = self.window
        self.action(
            menu,
            translate("Menus", "Text &larger"),
            shortcuts.ZOOM_IN,
            w.zoom_in,
            translate("Menus", "Make all text larger"),
        )
        self.action(
            menu,
            translate("Menus", "Text &smaller"),
            shortcuts.ZOOM_OUT,
            w.zoom_out,
            translate("Menus", "Make all text smaller"),
        )
        self.action(
            menu,
            translate("Menus", "&Normal text size"),
            shortcuts.ZOOM_RESET,
            w.zoom_reset,
            translate("Menus", "Text back to normal size (100%)"),
        )
        # The radio lists (text sizes, themes) are filled in when the View menu first opens.
        menu.aboutToShow.connect(self.fill_view_menu)

    def _go_menu(self, menu: QMenu) -> None:
        w = self.window
        self.action(
            menu,
            translate("Menus", "&Previous section"),
            shortcuts.PREVIOUS_SECTION,
            w.previous_section,
            translate("Menus", "Previous section (in reading order, across parts)"),
        )
        self.action(
            menu,
            translate("Menus", "&Next section"),
            shortcuts.NEXT_SECTION,
            w.next_section,
            translate("Menus", "Next section (in reading order, across parts)"),
        )
        menu.addSeparator()
        for position, part in enumerate(w.nav.part_ids()):
            title = part_title(part)
            label = f"&{position + 1} {title.replace('&', '&&')}"
            what = translate("Menus", "Go to the part: %1").replace("%1", title)
            self.action(menu, label, shortcuts.part_keys(position), lambda p=position: w.go_to_part(p), what)
        # A submenu of sections for each part, made when the Go menu first opens (not at startup).
        self._go_menu_filled = False
        menu.aboutToShow.connect(lambda: self.fill_go_menu(menu))

    def fill_go_menu(self, menu: QMenu) -> None:
        if self._go_menu_filled:
            return
        self._go_menu_filled = True
        w = self.window
        menu.addSeparator()
        for tabs in w.nav.parts:
            submenu = menu.addMenu(part_title(tabs.part).replace("&", "&&"))
            for section in tabs.sections:
                go = translate("Menus", "Go to: %1").replace("%1", section.title)
                self.action(submenu, section.title.replace("&", "&&"), (), lambda s=section.id: w.show_section(s), go)

    def _help_menu(self, menu: QMenu) -> None:
        w = self.window
        self.action(
            menu,
            translate("Menus", "&Keyboard shortcuts"),
            shortcuts.HELP,
            w.show_shortcuts,
            translate("Menus", "This list of keyboard shortcuts"),
        )
        self.action(
            menu,
            translate("Menus", "&Glossary"),
            (),
            w.open_glossary,
            translate("Menus", "Meanings of the medical words"),
        )

    def fill_view_menu(self) -> None:
        if self.zoom_actions:
            return
        from PySide6.QtGui import QActionGroup  # not needed before the View menu opens

        w = self.window
        size_menu = self.view_menu.addMenu(translate("Menus", "Text si&ze"))
        self.zoom_group = QActionGroup(w)
        for step in zoom.STEPS:
            action = size_menu.addAction(f"{step}%")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, step=step: w.set_zoom(step))
            self.zoom_group.addAction(action)
            self.zoom_actions[step] = action
        self.view_menu.addSeparator()
        theme_menu = self.view_menu.addMenu(translate("Menus", "&Theme"))
        self.theme_group = QActionGroup(w)
        for choice in palettes.CHOICES:
            action = theme_menu.addAction(palettes.CHOICE_LABELS[choice])
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, choice=choice: w.set_theme(choice))
            self.theme_group.addAction(action)
            self.theme_actions[choice] = action
        from isoapp.ui.shell.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self.view_menu, w.ctx.settings, w.tell)
        self.sync()

    def sync(self) -> None:
        """Tick the text size and theme in use."""
        for step, action in self.zoom_actions.items():
            action.setChecked(step == self.window.zoom.percent())
        for choice, action in self.theme_actions.items():
            action.setChecked(choice == self.window.theme_controller.choice())
