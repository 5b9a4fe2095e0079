"""Themes: every colour pair the app draws meets WCAG (AA 4.5:1, high contrast AAA 7:1), the palette
Qt really uses is the one checked, the system light/dark scheme is followed, and the choice persists."""

from __future__ import annotations

import pytest

from isoapp import palettes
from isoapp.contrast import contrast_ratio, parse_hex, relative_luminance


def test_contrast_maths_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's checker: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5
    assert contrast_ratio("#0000ff", "#ffffff") == pytest.approx(8.59, abs=0.01)
    assert relative_luminance("#fff") == pytest.approx(1.0)
    assert contrast_ratio("#123", "#ffffff") == contrast_ratio("#ffffff", "#112233")
    with pytest.raises(ValueError):
        parse_hex("blue")


@pytest.mark.parametrize("key", sorted(palettes.THEMES))
def test_every_colour_pair_is_readable(key):
    theme = palettes.THEMES[key]
    failures = [
        f"{what}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in theme.text_pairs()
        if contrast_ratio(fg, bg) < theme.min_ratio
    ]
    assert not failures, failures


@pytest.mark.parametrize("key", sorted(palettes.THEMES))
def test_control_outlines_are_visible(key):
    """WCAG 1.4.11: what shows where a field, box or button is needs 3:1 (7:1 in high contrast here)."""
    theme = palettes.THEMES[key]
    low = [
        f"{what}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in theme.control_pairs()
        if contrast_ratio(fg, bg) < theme.min_control_ratio
    ]
    assert not low, low
    assert theme.min_control_ratio >= 3.0


def test_both_normal_themes_meet_aa_and_high_contrast_meets_aaa():
    assert palettes.THEMES["light"].min_ratio == palettes.THEMES["dark"].min_ratio == 4.5
    assert palettes.THEMES["high-contrast"].min_ratio == 7.0
    assert not palettes.THEMES["light"].dark and palettes.THEMES["dark"].dark


def test_pairs_cover_every_text_colour_the_theme_defines():
    bevels = {"light", "midlight", "mid", "shade", "shadow", "banner_border"}
    for theme in palettes.THEMES.values():
        pairs = theme.text_pairs() + theme.control_pairs()
        used = {colour for _what, fg, bg in pairs for colour in (fg, bg)}
        for name, colour in theme.colours().items():
            if name not in bevels:
                assert colour in used, f"{theme.key}.{name} is never checked"


def test_choice_resolution():
    assert palettes.resolve("system", system_dark=True).key == "dark"
    assert palettes.resolve("system", system_dark=False).key == "light"
    assert palettes.resolve("system", system_dark=False, system_high_contrast=True).key == "high-contrast"
    assert palettes.resolve("light", system_dark=True).key == "light"
    assert palettes.resolve("nonsense", system_dark=True).key == "dark"
    assert palettes.normalise_choice(None) == "system"
    assert palettes.normalise_choice(" Dark ") == "dark"


# --- with Qt -----------------------------------------------------------------------------------------


def _app_palette_pairs():
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    pal = QApplication.palette()
    role = QPalette.ColorRole

    def c(r, group=QPalette.ColorGroup.Active):
        return pal.color(group, r).name()

    disabled = QPalette.ColorGroup.Disabled
    return [
        (c(role.WindowText), c(role.Window)),
        (c(role.Text), c(role.Base)),
        (c(role.Text), c(role.AlternateBase)),
        (c(role.ButtonText), c(role.Button)),
        (c(role.HighlightedText), c(role.Highlight)),
        (c(role.HighlightedText, QPalette.ColorGroup.Inactive), c(role.Highlight, QPalette.ColorGroup.Inactive)),
        (c(role.Link), c(role.Base)),
        (c(role.PlaceholderText), c(role.Base)),
        (c(role.ToolTipText), c(role.ToolTipBase)),
        (c(role.Text, disabled), c(role.Base, disabled)),
        (c(role.ButtonText, disabled), c(role.Button, disabled)),
    ]


@pytest.mark.parametrize("choice", ["light", "dark", "high-contrast"])
def test_the_palette_qt_uses_is_the_checked_one(make_window, choice):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.set_theme(choice)
    theme = palettes.THEMES[choice]
    style = QApplication.style()
    if theme.dark:
        assert style.baseStyle().name().lower() == "fusion"
        assert style.border.name() == theme.control_border  # fields and boxes outlined in the tested colour
    else:
        assert (style.baseStyle() if hasattr(style, "border") else style).name().lower() == "fusion"
    for fg, bg in _app_palette_pairs():
        assert contrast_ratio(fg, bg) >= theme.min_ratio, (choice, fg, bg)
    frame = window.frames[window.current_section_id()]
    banner = frame.banner.palette()
    assert banner.color(banner.ColorRole.Window).name() == theme.banner_bg
    assert banner.color(banner.ColorRole.WindowText).name() == theme.banner_text
    window.set_theme("light")


def test_links_in_the_text_follow_the_theme(make_window):
    from isoapp.ui.text.text_document import _fragments

    window = make_window()
    browser = window.section_widget(window.current_section_id()).browser

    def link_colours():
        return {
            f.charFormat().foreground().color().name()
            for f in _fragments(browser.document())
            if f.charFormat().isAnchor()
        }

    window.set_theme("dark")
    assert link_colours() == {palettes.DARK.link}
    window.set_theme("light")
    assert link_colours() == {palettes.LIGHT.link}


def test_follows_the_system_scheme_until_a_theme_is_chosen(make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    window = make_window()
    assert window.theme_controller.choice() == "system"
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert window.theme_controller.theme().key == "dark"
        assert QApplication.palette().window().color().name() == palettes.DARK.window
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert QApplication.palette().window().color().name() == palettes.LIGHT.window
        window.set_theme("high-contrast")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # an explicit choice wins over the system
        assert QApplication.palette().window().color().name() == palettes.HIGH_CONTRAST.window
    finally:
        hints.colorSchemeChanged.emit(hints.colorScheme())
        window.set_theme("light")


def test_theme_choice_persists_across_restart(make_window):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.theme_actions["dark"].trigger()  # the View > Theme menu, as a mouse user would
    window.close()
    again = make_window()
    assert again.theme_controller.choice() == "dark"
    assert again.theme_actions["dark"].isChecked()
    assert QApplication.palette().window().color().name() == palettes.DARK.window
    again.set_theme("light")


def test_the_exact_system_setting_corrects_the_first_guess(make_window, monkeypatch):
    """The first paint uses the platform palette as a guess; the exact QStyleHints answer, read just
    after, wins when they differ."""
    from PySide6.QtWidgets import QApplication

    from isoapp.ui.style import theme

    window = make_window()
    assert window.theme_controller.choice() == "system"
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.theme_controller.check_system()
    assert QApplication.palette().window().color().name() == palettes.DARK.window
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: True)
    window.theme_controller.check_system()
    assert QApplication.palette().window().color().name() == palettes.HIGH_CONTRAST.window
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: False)
    window.theme_controller.check_system()
    assert QApplication.palette().window().color().name() == palettes.LIGHT.window


def test_the_exact_system_check_runs_once_the_window_is_painted(make_window, qtbot, monkeypatch):
    from isoapp.ui.style import theme

    asked = []
    real = theme.system_is_dark
    monkeypatch.setattr(theme, "system_is_dark", lambda: asked.append(True) or real())
    monkeypatch.setattr(theme, "_owner", None)  # as in a fresh process
    window = make_window()
    assert window.theme_controller.needs_system_check
    window.show()
    qtbot.waitUntil(lambda: asked == [True])
    assert not window.theme_controller.needs_system_check
