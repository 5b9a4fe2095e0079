"""Translation with Qt: translators installed at start, plural forms, numbers, the saved choice."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from isoapp import effects, paths
from isoapp.i18n import format_date, format_number, languages, translate
from isoapp.i18n.pseudo import CLOSE, OPEN
from isoapp.ui.shell import translators as i18n_qt


@pytest.fixture
def app(qapp, data_dir):
    yield qapp
    i18n_qt.install(qapp, "en")


def test_english_plural_forms_come_from_the_catalogue(app):
    i18n_qt.install(app, "en")
    assert translate("Effects", "%n coloured figure(s)", None, 1) == "1 coloured figure"
    assert translate("Effects", "%n coloured figure(s)", None, 3) == "3 coloured figures"
    about = effects.Frequency(how="about", per=100, low=1, high=1)
    assert effects.icon_text(about, 100) == "About 1 in 100 people: 1 coloured figure out of 100."


def test_the_pseudo_locale_translates_every_catalogued_string(app):
    i18n_qt.install(app, "pseudo")
    assert languages.current() == "pseudo"
    title = effects.GROUP_TITLES["most"]
    assert title.startswith(OPEN) and title.endswith(CLOSE)
    words = effects.Frequency(how="range", per=100, low=10, high=60).text()
    assert words.startswith(OPEN) and "10" in words and "60" in words and "in 100" not in words
    assert QCoreApplication.translate("Effects", "Serious").startswith(OPEN)


def test_numbers_and_dates_follow_the_interface_locale(app):
    i18n_qt.install(app, "en")
    assert format_number(383000) == "383,000"
    assert format_number(2.5, 1) == "2.5"
    assert format_date(date(2026, 12, 1)) == "1 Dec 2026"
    assert "December" in format_date(date(2026, 12, 1), long=True)


def test_the_saved_choice_is_used_and_the_pseudo_locale_never_saved(app, data_dir):
    paths.ensure_private_dir(data_dir)
    settings = QSettings(str(paths.settings_path(data_dir)), QSettings.Format.IniFormat)
    i18n_qt.save_language(settings, "en")
    assert i18n_qt.saved_language() == "en"
    settings.setValue(languages.SETTINGS_KEY, "pseudo")
    settings.sync()
    assert i18n_qt.startup_language() == "en"
    with pytest.raises(languages.UnknownLanguage):
        i18n_qt.save_language(settings, "xx")


def test_the_language_menu_offers_shipped_languages_only(app):
    choices = i18n_qt.language_choices()
    assert choices[0] == ("en", "English")
    assert "pseudo" not in [code for code, _name in choices]
