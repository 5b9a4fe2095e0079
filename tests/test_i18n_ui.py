"""The pseudo-locale proves every interface string is translatable.

The app runs with ``--lang pseudo``: every string in the catalogue shows as ``⟦Ŝåṽé ñöţé ļöŕ⟧``. The test
visits every section (whatever sections the manifest lists), then reads every piece of text a person
can see or hear in the window: labels, buttons, tabs, menus, tooltips, accessible names, placeholders,
list and table headers and cells, the window title. Any text with letters that is outside the ⟦…⟧
brackets must be content (from the Markdown and TOML files, which are translated as content, not
in the catalogue), the product name, or a key name; anything else is a string that skipped the
translation system, or that was built in a way the catalogue cannot match (an f-string inside tr()).
"""

from __future__ import annotations

import re
import tomllib

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from isoapp import APP_NAME, content, resources
from isoapp.i18n import languages
from isoapp.i18n.pseudo import CLOSE, OPEN
from isoapp.ui.shell import translators as i18n_qt

_PUNCTUATION = " \t.,:;!?()[]{}|/–—-·•“”\"'%…+×→←0123456789"
# Qt's own words (translated by Qt's catalogue, qtbase_<lang>.qm, not by the app's).
QT_OWN = {"Scroll Left", "Scroll Right"}

_KEYS = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta|Cmd|Esc|Enter|Tab|Home|End|PgUp|PgDown|F\d+|[A-Z0-9+\-=])\+?)+$")


@pytest.fixture
def pseudo_window(make_window, monkeypatch, qapp):
    from isoapp.app import application

    monkeypatch.setattr(languages, "_requested", languages.PSEUDO)  # as `isoapp --lang pseudo` does
    try:
        application()  # the app set-up installs the translators before any widget is built
        window = make_window()
        assert languages.current() == languages.PSEUDO
        yield window
    finally:
        i18n_qt.install(qapp, languages.ENGLISH)


class Corpus:
    """The content: whole texts (every TOML string, section title, heading) and the running prose.

    A short piece (one or two words) counts as content only when it is a whole content text (a tab
    title, an effect's name), so a stray "Close" or "weeks" is not excused by some sentence using it."""

    def __init__(self, items: set[str], prose: str) -> None:
        self.items = items | {item.strip(_PUNCTUATION) for item in items}  # "Not known." shows as "Not known"
        self.prose = prose

    def __contains__(self, piece: str) -> bool:
        return piece in self.items or (len(piece.split()) >= 3 and piece in self.prose)


def _content_corpus() -> Corpus:
    items: set[str] = {APP_NAME}
    prose: list[str] = []
    root = resources.root()
    for path in sorted(root.rglob("*.md")):
        markdown = path.read_text(encoding="utf-8")
        prose += [markdown, content.plain_text(markdown)]
        items.update(
            _normal(re.sub(r"^#+\s*", "", line)).strip() for line in markdown.splitlines() if line.startswith("#")
        )
    for path in sorted(root.rglob("*.toml")):
        with path.open("rb") as fh:
            strings = list(_strings(tomllib.load(fh)))
        prose += strings
        items.update(_normal(text).strip() for text in strings)
    for section in content.sections():
        items.add(section.title)
        prose.append(content.render_markdown(section))
    return Corpus(items, _normal("\n".join(prose)))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2029", " ").replace("\u2028", " "))


def _plain(text: str) -> str:
    if re.search(r"<[A-Za-z/][^<>]*>|&[a-z]+;", text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _texts(widget: QWidget):
    """(what, text) for every text of ``widget`` that is shown or read out."""
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        box = widget.parent()
        if not (
            isinstance(box, QDialogButtonBox) and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        ):
            yield "button", widget.text()  # (a standard button's text is Qt's, from qtbase_<lang>.qm)
    elif isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "list choice", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield "spin box special value", widget.specialValueText()
        for name in ("prefix", "suffix"):
            if hasattr(widget, name):
                yield f"spin box {name}", getattr(widget, name)()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    for action in widget.actions():
        yield from _action_texts(action)


def _model_texts(model):
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (its columnCount is private in PySide6)
        columns = 1
    for section in range(columns):
        for role in roles:
            yield "table header", _str(model.headerData(section, Qt.Orientation.Horizontal, role))
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                yield "table cell", _str(model.data(index, role))


def _str(value) -> str:
    return value if isinstance(value, str) else ""


def _action_texts(action):
    yield "menu item", action.text()
    yield "menu item tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    yield "menu item status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "menu", menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub)


def _locale_names() -> set[str]:
    locale = QLocale()
    names = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        names |= {locale.monthName(m, fmt) for m in range(1, 13)} | {
            locale.standaloneMonthName(m, fmt) for m in range(1, 13)
        }
        names |= {locale.dayName(d, fmt) for d in range(1, 8)} | {locale.standaloneDayName(d, fmt) for d in range(1, 8)}
    return names


def outside_brackets(text: str) -> list[str]:
    """The runs of ``text`` outside ⟦…⟧ (brackets nest: a translated text put into a translated template)."""
    pieces, depth, current = [], 0, []
    for char in text:
        if char == OPEN:
            depth += 1
            if depth == 1:
                pieces.append("".join(current))
                current = []
        elif char == CLOSE and depth:
            depth -= 1
        elif depth == 0:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def untranslated(text: str, corpus) -> str | None:
    """The part of ``text`` that is interface text but not pseudo-translated (None: all fine)."""
    for piece in outside_brackets(_plain(text)):
        piece = _normal(piece).strip(_PUNCTUATION)
        if not re.search(r"[^\W\d_]", piece) or _KEYS.match(piece.replace(" ", "")) or piece in QT_OWN:
            continue
        no_accelerators = _normal(piece.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip(_PUNCTUATION)
        if piece in corpus or no_accelerators in corpus:
            continue
        return no_accelerators
    return None


def test_no_visible_interface_text_escapes_the_catalogue(pseudo_window, qapp, monkeypatch):
    window = pseudo_window
    sections = content.sections()
    for section in sections:
        window.show_section(section.id)
        qapp.processEvents()
    window.ctx.run_deferred()
    # The window's own dialogs too (shown, not run: exec() would wait for a person).
    monkeypatch.setattr(QDialog, "exec", lambda dialog: dialog.show())
    for opener in ("show_shortcuts", "open_glossary"):
        if callable(getattr(window, opener, None)):
            getattr(window, opener)()
    qapp.processEvents()
    corpus = _content_corpus()
    found: dict[str, str] = {}
    dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    widgets = [window, *window.findChildren(QWidget)]
    for dialog in dialogs:
        widgets += [dialog, *dialog.findChildren(QWidget)]
    menus = window.menuBar().actions() if window.menuBar() is not None else []
    for action in menus:  # menus filled when they first open
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
    qt_own = QT_OWN | {name for _code, name in i18n_qt.language_choices()}  # languages in their own names
    qt_own |= _locale_names()  # month and day names come from QLocale (dates), not from the catalogue
    for action in menus:
        for what, text in _action_texts(action):
            piece = untranslated(text, corpus) if text else None
            if piece is not None and piece not in qt_own:
                found.setdefault(piece, f"{what} in the menus: {text[:80]!r}")
    for widget in widgets:
        for what, text in _texts(widget):
            piece = untranslated(text, corpus) if text else None
            if piece is not None and piece not in qt_own:
                where = f"{type(widget).__name__}({widget.objectName()!r})"
                found.setdefault(piece, f"{what} of {where}: {text[:80]!r}")
    assert len(sections) > 1 and len(widgets) > 100 and len(dialogs) >= 1  # it did look at the whole window
    assert not found, "not translated (wrap in self.tr / translate, then tools/update_translations.py):\n" + (
        "\n".join(f"- {piece!r} — {where}" for piece, where in sorted(found.items()))
    )


def test_the_checker_tells_content_from_interface_text():
    corpus = Corpus({"Overview", "Clear skin after about 4 months"}, "Take it with food, once a day, for 16 weeks.")
    assert untranslated("⟦Šåṽé ñöţé ļöŕ⟧", corpus) is None
    assert untranslated("⟦Åƀöûţ: ļöŕ⟧ Overview", corpus) is None  # a section title put into a template
    assert untranslated("12 ⟦ñöţéš⟧ (3)", corpus) is None
    assert untranslated("Ctrl+Shift+F", corpus) is None
    assert untranslated("Save note", corpus) == "Save note"
    assert untranslated("⟦Šåṽé⟧ note", corpus) == "note"
    assert untranslated("<b>Delete</b> this note?", corpus) == "Delete this note"
    assert untranslated("⟦Ñöţé: ⟦Åļļ ļ⟧ ļöŕéɱ⟧ left", corpus) == "left"  # brackets nest
    assert untranslated("&Save note", corpus) == "Save note"
    assert untranslated("&1 Overview", corpus) is None
    assert untranslated("Take it with food", corpus) is None  # prose: three words or more
    assert untranslated("16 weeks", corpus) == "weeks"  # a short piece must be a whole content text


def test_view_language_lists_shipped_languages_and_saves_the_choice(make_window):
    window = make_window()
    view = next(a.menu() for a in window.menuBar().actions() if a.menu() and "View" in a.text())
    view.aboutToShow.emit()
    menu = window.findChild(QMenu, "languageMenu")
    names = [action.text() for action in menu.actions()]
    assert names[0] == "English" and len(names) == len(languages.shipped())
    assert not any("⟦" in name or "pseudo" in name.lower() for name in names)
    english = menu.actions()[0]
    assert english.isChecked()
    english.trigger()
    assert window.ctx.settings.value(languages.SETTINGS_KEY) == "en"
