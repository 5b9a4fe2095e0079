"""Colour themes: Fusion style with the app's own palettes (light, dark, high contrast), following the
system's light/dark scheme unless the person chose one. The choice is kept in settings ("view/theme").

Widgets that colour their own surfaces (the disclaimer banner, the info bar, the focus ring, find
highlights) read :func:`current` and re-colour on :func:`notifier` ``changed``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from isoapp import palettes

SETTINGS_KEY = "view/theme"

_current: palettes.Theme = palettes.LIGHT
_notifier: ThemeNotifier | None = None
_owner: ThemeController | None = None  # the newest controller decides (one theme per application)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class ThemeNotifier(QObject):
    changed = Signal(object)  # the palettes.Theme now shown


def notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier(QApplication.instance())
    return _notifier


def current() -> palettes.Theme:
    """The theme shown now."""
    return _current


def qpalette(theme: palettes.Theme) -> QPalette:
    pal = QPalette()
    roles = {
        Role.Window: theme.window,
        Role.WindowText: theme.window_text,
        Role.Base: theme.base,
        Role.AlternateBase: theme.alternate_base,
        Role.Text: theme.text,
        Role.Button: theme.button,
        Role.ButtonText: theme.button_text,
        Role.BrightText: theme.highlighted_text,
        Role.PlaceholderText: theme.placeholder,
        Role.Highlight: theme.highlight,
        Role.HighlightedText: theme.highlighted_text,
        Role.Link: theme.link,
        Role.LinkVisited: theme.link_visited,
        Role.ToolTipBase: theme.tooltip_base,
        Role.ToolTipText: theme.tooltip_text,
        Role.Light: theme.light,
        Role.Midlight: theme.midlight,
        Role.Mid: theme.mid,
        Role.Dark: theme.shade,
        Role.Shadow: theme.shadow,
        Role.Accent: theme.highlight,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))  # active, inactive and disabled alike
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        pal.setColor(Group.Disabled, role, QColor(theme.disabled_text))
    return pal


def surface_palette(widget: QWidget, background: str, foreground: str, link: str | None = None) -> None:
    """Give ``widget`` (and its children) its own background and text colour from the current theme."""
    pal = widget.palette()
    pal.setColor(Role.Window, QColor(background))
    pal.setColor(Role.WindowText, QColor(foreground))
    if link is not None:
        pal.setColor(Role.Link, QColor(link))
        pal.setColor(Role.LinkVisited, QColor(link))
    widget.setPalette(pal)
    widget.setAutoFillBackground(True)


def apply_theme(theme: palettes.Theme) -> None:
    """Show ``theme`` in the whole application (Fusion style, so the colours are the ones we tested)."""
    global _current
    app = QApplication.instance()
    apply_style(app, theme)
    _current = theme
    pal = qpalette(theme)
    app.setPalette(pal)
    QToolTip.setPalette(pal)
    notifier().changed.emit(theme)


_fusion_checked = False


def apply_style(app: QApplication, theme: palettes.Theme) -> None:
    """Fusion (the same look and colours on every system); in the dark themes with outlines in the
    theme's border colour (see isoapp.ui.style.outline_style: plain Fusion outlines vanish on dark windows).
    The light theme keeps Fusion's own outlines (about 2.2:1): drawing our own costs Python calls on
    every paint and ~10 ms at startup, where light is the usual case."""
    global _fusion_checked
    if not _fusion_checked:
        if app.property("isoapp_fusion") is not True and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # a QApplication made elsewhere (tests); -style fusion otherwise
        _fusion_checked = True
    if theme.dark or "isoapp.ui.style.outline_style" in sys.modules:
        from isoapp.ui.style import outline_style

        width = 2 if theme.key == "high-contrast" else 1
        outline_style.set_border(theme.control_border if theme.dark else None, width)


def system_is_dark() -> bool:
    """The system's light/dark setting (QStyleHints.colorScheme, Qt >= 6.5)."""
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def system_wants_high_contrast() -> bool:
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt >= 6.10
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def platform_palette_is_dark() -> bool:
    """A first guess at the system setting from the platform's own colours (they follow the system's
    light/dark setting on Windows, macOS and the Linux desktops). Asking ``colorScheme()`` itself sets
    up all of PySide6's ``Qt`` enums (~15 ms, ~1.5 MB), so that exact answer comes just after the
    first paint (``ThemeController``) and only corrects this guess when it was wrong."""
    window = QGuiApplication.palette().color(QPalette.ColorGroup.Active, Role.Window)
    return window.lightnessF() < 0.5


class ThemeController(QObject):
    """The person's theme choice (system, light, dark, high contrast), applied and remembered."""

    theme_changed = Signal(str)  # the key of the theme now shown

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        global _owner
        super().__init__(parent)
        self._settings = settings
        self._choice = palettes.normalise_choice(settings.value(SETTINGS_KEY))
        self._system_dark = platform_palette_is_dark() if _owner is None else _owner._system_dark
        self._system_high_contrast = False if _owner is None else _owner._system_high_contrast
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._on_contrast_changed)
        self.needs_system_check = _owner is None  # the owner of the window calls check_system() once painted
        _owner = self
        self.apply()

    def check_system(self) -> None:
        """Ask the system for its exact light/dark and contrast settings (see platform_palette_is_dark)."""
        self.needs_system_check = False
        dark, high_contrast = system_is_dark(), system_wants_high_contrast()
        if (dark, high_contrast) != (self._system_dark, self._system_high_contrast):
            self._system_dark, self._system_high_contrast = dark, high_contrast
            if self._choice == palettes.SYSTEM and _owner is self:
                self.apply()

    def choice(self) -> str:
        return self._choice

    def theme(self) -> palettes.Theme:
        return palettes.resolve(
            self._choice, system_dark=self._system_dark, system_high_contrast=self._system_high_contrast
        )

    def set_choice(self, choice: str, *, save: bool = True) -> None:
        self._choice = palettes.normalise_choice(choice)
        if save:
            self._settings.setValue(SETTINGS_KEY, self._choice)
        self.apply()

    def apply(self) -> None:
        theme = self.theme()
        apply_theme(theme)
        self.theme_changed.emit(theme.key)

    def _on_color_scheme_changed(self, scheme) -> None:
        from PySide6.QtCore import Qt

        self._system_dark = scheme == Qt.ColorScheme.Dark
        if self._choice == palettes.SYSTEM and _owner is self:
            self.apply()

    def _on_contrast_changed(self, preference) -> None:
        from PySide6.QtCore import Qt

        self._system_high_contrast = preference == Qt.ContrastPreference.HighContrast
        if self._choice == palettes.SYSTEM and _owner is self:
            self.apply()
