"""View → Language: the languages that ship, each in its own name; the choice is saved and applies the
next time the app opens (every window and message is built in one language)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from isoapp.i18n import languages
from isoapp.ui.shell import translators as i18n_qt


class LanguageMenu(QObject):
    def __init__(self, parent_menu: QMenu, settings: QSettings, tell: Callable[[str], None]) -> None:
        super().__init__(parent_menu)
        self._settings = settings
        self._tell = tell
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        saved = languages.normalize(str(settings.value(languages.SETTINGS_KEY) or languages.current()))

        for code, name in i18n_qt.language_choices():
            action = self.menu.addAction(name)  # a language's own name is never translated
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        i18n_qt.save_language(self._settings, code)
        if code == languages.current():
            self._tell(self.tr("The app is in this language."))
        else:
            self._tell(self.tr("The new language is used the next time you open the app."))
