"""Accessibility over the real window: every focusable widget in every section has a name a screen
reader can say, labels point at their inputs, tab order follows reading order, focus is always
visible, and every picture or chart has a text alternative."""

from __future__ import annotations

import re

import pytest

from isoapp import content

SECTION_IDS = [s.id for s in content.sections()]


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_hidden_parts(frame) -> None:
    """Show the parts that appear on demand (find bar, details box) so they are checked too."""
    from isoapp.ui.text.markdown_view import MarkdownPane

    for pane in frame.findChildren(MarkdownPane):
        pane.open_find()
        pane.show_citation(1)


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_no_focusable_widget_without_a_name(window, section_id):
    from PySide6.QtWidgets import QApplication, QStackedWidget

    from isoapp.ui.a11y import describe, unnamed_focusable

    window.show_section(section_id)
    frame = window.frames[section_id]
    _open_hidden_parts(frame)
    QApplication.processEvents()
    missing = set(unnamed_focusable(frame))
    # Pages of tabs and stacks inside the section (e.g. a chart's table view) are checked too.
    for stack in frame.findChildren(QStackedWidget):
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            missing |= set(unnamed_focusable(frame))
    assert not missing, "no accessible name: " + ", ".join(sorted(describe(w) for w in missing))


def test_window_chrome_and_dialogs_are_named(window):
    from isoapp.ui.a11y import describe, unnamed_focusable
    from isoapp.ui.text.glossary_dialog import GlossaryDialog

    assert window.nav.tabBar().accessibleName()
    assert not unnamed_focusable(window.menuBar())
    window.show_shortcuts()
    dialogs = [window._shortcuts_dialog, GlossaryDialog(window)]
    for dialog in dialogs:
        dialog.show()
        missing = unnamed_focusable(dialog)
        assert not missing, ", ".join(describe(w) for w in missing)
        dialog.close()


def test_the_name_check_is_strict():
    """Widgets whose content is not a name need a name of their own or a label buddy."""
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSlider, QTextBrowser, QVBoxLayout, QWidget

    from isoapp.ui.a11y import unnamed_focusable

    root = QWidget()
    layout = QVBoxLayout(root)
    placeholder_only = QLineEdit()
    placeholder_only.setPlaceholderText("Search")
    browser = QTextBrowser()
    browser.setPlainText("Lots of text is not a name")
    slider = QSlider()
    icon_button = QPushButton()
    with_buddy = QLineEdit()
    label = QLabel("&Dose:")
    label.setBuddy(with_buddy)
    texted = QPushButton("Save")
    combo = QComboBox()
    combo.setEditable(True)
    combo.setAccessibleName("Order")
    for w in (placeholder_only, browser, slider, icon_button, label, with_buddy, texted, combo):
        layout.addWidget(w)
    found = set(unnamed_focusable(root))
    assert {placeholder_only, browser, slider, icon_button} <= found
    assert not {with_buddy, texted, combo, combo.lineEdit()} & found
    root.deleteLater()


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_labels_with_a_shortcut_letter_point_at_a_visible_input(window, section_id):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window.show_section(section_id)
    frame = window.frames[section_id]
    _open_hidden_parts(frame)
    for label in frame.findChildren(QLabel):
        if not label.isVisibleTo(frame) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if re.search(r"&[^&\s]", label.text()):
            buddy = label.buddy()
            assert buddy is not None, f"label {label.text()!r} has a shortcut letter but no input"
            assert buddy.isVisibleTo(frame) and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()


def _chain(window, frame):
    from PySide6.QtCore import Qt

    start = window.nav.tabBar()
    order, widget = [], start.nextInFocusChain()
    for _ in range(10_000):
        if widget is start:
            break
        if (
            frame.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_tab_order_starts_with_the_banner_then_the_section(window, section_id):
    window.show_section(section_id)
    frame = window.frames[section_id]
    order = _chain(window, frame)
    buttons = [b for b in (frame.help_button, frame.glossary_button, frame.note_button) if b is not None]
    assert order[: len(buttons)] == buttons
    assert len(order) > len(buttons), "nothing in the section can take the focus"


def test_tab_order_in_a_text_section_follows_reading_order(window):
    frame = window.frames[window.current_section_id()]
    pane = frame.body
    pane.open_find()
    pane.show_citation(1)
    bar = pane.find_bar
    order = _chain(window, frame)
    expected = [bar.field, bar.previous_button, bar.next_button, bar.close_button, pane.browser, pane.info]
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions)
    assert order.index(pane.close_info) > order.index(pane.info)


def test_focus_is_always_visible(window, qtbot):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from isoapp import palettes
    from isoapp.ui.style import focus_ring

    manager = focus_ring.install()
    frame = window.frames[window.current_section_id()]
    window.activateWindow()

    def ring_colour_on_screen():
        image = window.grab().toImage()
        left = manager.ring.strips[2]
        point = left.mapTo(window, left.rect().center())
        return image.pixelColor(point.x(), point.y())

    for widget in (frame.glossary_button, frame.body.browser, window.nav.tabBar()):
        widget.setFocus()
        QApplication.processEvents()
        assert manager.target() is widget
        ring = manager.ring
        assert ring.isVisible()
        parent = ring.parent()
        shown = widget.rect()
        if widget is window.nav.tabBar():
            shown = widget.tabRect(widget.currentIndex())
        top_left = widget.mapTo(parent, shown.topLeft())
        bottom_right = widget.mapTo(parent, shown.bottomRight())
        assert ring.geometry().contains(top_left) and ring.geometry().contains(bottom_right)
        assert ring_colour_on_screen() == QColor(palettes.LIGHT.focus_ring), type(widget).__name__
    window.set_theme("dark")
    try:
        QApplication.processEvents()
        assert ring_colour_on_screen() == QColor(palettes.DARK.focus_ring)
    finally:
        window.set_theme("light")
    frame.glossary_button.setFocus()
    frame.glossary_button.hide()  # the focused widget goes away: so does the ring
    QApplication.processEvents()
    assert not manager.ring.isVisible() or manager.target() is not frame.glossary_button
    frame.glossary_button.show()


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_pictures_in_the_text_have_alt_text(window, section_id):
    from PySide6.QtWidgets import QTextBrowser

    from isoapp.ui.text.markdown_view import MarkdownPane
    from isoapp.ui.text.text_document import image_alt_texts

    window.show_section(section_id)
    frame = window.frames[section_id]
    markdown = content.section_markdown(content.section(section_id))
    written = re.findall(r"!\[([^\]]*)\]\(([^)\s]+)", markdown)
    shown = [pair for b in frame.findChildren(QTextBrowser) for pair in image_alt_texts(b.document())]
    for alt, path in written:
        assert alt.strip(), f"{path} has no alt text in {section_id}.md"
        assert (path, alt.strip()) in shown  # Qt keeps the alt text, so it can be read out
    for pane in frame.findChildren(MarkdownPane):
        for _name, alt in pane.browser.image_alt_texts():
            assert alt in pane.browser.accessibleDescription()


def test_some_section_has_a_picture_with_alt_text(window):
    """The checks above are not empty: the guide does show diagrams."""
    total = 0
    for section in content.sections():
        total += len(re.findall(r"!\[[^\]]+\]\(", content.section_markdown(section)))
    assert total >= 1


@pytest.mark.parametrize("section_id", SECTION_IDS)
def test_charts_and_drawn_pictures_have_a_text_alternative(window, section_id):
    """A chart (QGraphicsView) or a hand-drawn picture widget says in words what it shows, and a chart
    also comes with a table."""
    from PySide6.QtWidgets import QAbstractItemView, QGraphicsView, QWidget

    window.show_section(section_id)
    frame = window.frames[section_id]
    charts = [v for v in frame.findChildren(QGraphicsView)]
    for chart in charts:
        assert chart.accessibleName().strip() and chart.accessibleDescription().strip(), type(chart).__name__
    if charts:
        assert frame.findChildren(QAbstractItemView), "a chart needs a table alternative"
    for widget in frame.findChildren(QWidget):
        cls = type(widget)
        drawn = cls.__module__.startswith("isoapp") and "paintEvent" in vars(cls)
        if drawn and widget.objectName() != "focusRing" and widget.isVisibleTo(frame):
            assert widget.accessibleName().strip(), f"{cls.__name__} draws a picture but has no name"
            assert widget.accessibleDescription().strip(), f"{cls.__name__} draws a picture but does not say what"


def test_self_test_reports_an_unnamed_widget(monkeypatch, tmp_path, capsys):
    from PySide6.QtWidgets import QLineEdit

    from isoapp import selftest
    from isoapp.app import application
    from isoapp.ui.text import text_section

    real_create = text_section.create

    def create_with_unnamed_input(section, ctx):
        pane = real_create(section, ctx)
        if section.id == "overview":
            pane.layout().addWidget(QLineEdit(pane))
        return pane

    monkeypatch.setattr(text_section, "create", create_with_unnamed_input)
    results = selftest.Results()
    selftest._run_checks(application(), tmp_path / "data", results)
    out = capsys.readouterr().out
    assert "FAIL accessible names overview: no accessible name: QLineEdit" in out
    assert "ok accessible names sources" in out
    assert results.failed == 1


def test_the_focus_ring_never_changes_a_layout(window):
    """The ring lives on the window: focusing a splitter's pane must not give the splitter new panes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QSplitter, QWidget

    from isoapp.ui.style import focus_ring

    manager = focus_ring.install()
    window.activateWindow()
    for section_id in SECTION_IDS:
        window.show_section(section_id)
        QApplication.processEvents()
        frame = window.frames[section_id]
        splitters = {s: s.count() for s in frame.findChildren(QSplitter)}
        focusable = [
            w
            for w in frame.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        for widget in focusable:
            widget.setFocus()
            QApplication.processEvents()
            if manager.ring.isVisible():
                assert manager.ring.parent() is window
        assert {s: s.count() for s in splitters} == splitters, section_id


def test_the_focus_ring_starts_by_itself_after_the_first_paint(window, qtbot):
    from isoapp.ui.style import focus_ring

    qtbot.waitUntil(lambda: focus_ring._manager is not None, timeout=3000)
