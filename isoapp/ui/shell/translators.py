"""Installing the app's translators in Qt: done once at start, before any widget is built.

The language is :func:`isoapp.i18n.languages.resolve`'s choice (``--lang``, the saved choice, the
system's languages, English). Installed, most specific last (Qt asks the last one first):
English plural forms (``isoapp_en.qm``), Qt's own strings for the language (standard buttons),
then the app's catalogue for the language. A change of language applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

import isoapp.i18n as i18n
from isoapp import paths
from isoapp.i18n import languages

_installed: list[QTranslator] = []


def saved_language() -> str | None:
    """The language chosen in View → Language (settings file of the data dir), if any."""
    path = paths.settings_path()
    if not path.is_file():
        return None
    value = QSettings(str(path), QSettings.Format.IniFormat).value(languages.SETTINGS_KEY)
    return str(value) if value else None


def save_language(settings: QSettings, code: str) -> None:
    settings.setValue(languages.SETTINGS_KEY, languages.check_code(code))
    settings.sync()


def startup_language() -> str:
    return languages.resolve(languages.requested(), saved_language(), QLocale.system().uiLanguages())


def install(app: QCoreApplication, code: str | None = None) -> str:
    """Install the translators for ``code`` (default: :func:`startup_language`); return the code."""
    code = startup_language() if code is None else languages.check_code(code)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = str(languages.i18n_dir())
    files = [(f"{languages.CATALOGUE_PREFIX}{languages.ENGLISH}", folder)]
    if code not in (languages.ENGLISH, languages.PSEUDO):
        from PySide6.QtCore import QLibraryInfo

        files.append((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))

    if code != languages.ENGLISH:
        files.append((f"{languages.CATALOGUE_PREFIX}{code}", folder))
    for name, where in files:
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = formatting_locale(code)
    QLocale.setDefault(locale)
    if code not in (languages.ENGLISH, languages.PSEUDO) and hasattr(app, "setLayoutDirection"):
        # (asked only for a translation: the first use of Qt's enum types costs ~15 ms at startup)
        app.setLayoutDirection(locale.textDirection())
    languages.set_current(code)
    i18n.set_backend(_qt_translate)
    i18n.set_number_formatter(_qt_number)
    i18n.set_date_formatter(_qt_date)
    return code


def formatting_locale(code: str) -> QLocale:
    """Dates and numbers: the language's own conventions; English (and the pseudo-locale) follow
    the system when it is an English locale (en_GB dates), else US English."""
    if code in (languages.ENGLISH, languages.PSEUDO):
        system = QLocale.system()
        if system.name().split("_", 1)[0] == "en":  # (a string test: Qt's Language enum is slow to build)
            return system
        return QLocale("en_US")

    return QLocale(code)


def language_choices() -> list[tuple[str, str]]:
    """(code, the language's own name) for View → Language: shipped languages, never the pseudo-locale."""
    out = []
    for code in languages.shipped():
        name = "English" if code == languages.ENGLISH else QLocale(code).nativeLanguageName() or code
        out.append((code, name[:1].upper() + name[1:]))
    return out


def _qt_number(value: float, decimals: int) -> str:
    locale = QLocale()
    if decimals == 0:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def _qt_date(day, long: bool) -> str:
    locale = QLocale()
    return locale.toString(day, QLocale.FormatType.LongFormat) if long else locale.toString(day, "d MMM yyyy")


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
