"""Every keyboard shortcut does what the help says, pressed as a person would (QTest key clicks)."""

from __future__ import annotations

import pytest

from isoapp import content

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _browser(window):
    return window.frames[window.current_section_id()].body.browser


def _press(qtbot, window, key, modifier=None):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier if modifier is not None else Qt.KeyboardModifier.NoModifier)


def test_ctrl_number_opens_a_part_and_page_keys_go_through_every_section(window, qtbot):
    from PySide6.QtCore import Qt

    ctrl = Qt.KeyboardModifier.ControlModifier
    parts = window.nav.parts
    assert [t.part for t in parts] == list(content.PARTS)
    _browser(window).setFocus()
    for n, tabs in enumerate(parts, start=1):
        _press(qtbot, window, getattr(Qt.Key, f"Key_{n}"), ctrl)
        assert window.nav.currentIndex() == n - 1
        assert window.current_section_id() == tabs.sections[0].id  # first time: the part's first section
    # a part opens at the section last shown in it
    window.show_section("oil-chart")
    _press(qtbot, window, Qt.Key.Key_4, ctrl)
    assert window.current_section_id() == "get-help"
    _press(qtbot, window, Qt.Key.Key_1, ctrl)
    assert window.current_section_id() == "oil-chart"
    # Ctrl+PgDown / Ctrl+PgUp: every section in reading order, across the parts, wrapping round
    ids = [s.id for tabs in parts for s in tabs.sections]
    window.show_section(ids[0])
    seen = [window.current_section_id()]
    for _ in ids:
        _press(qtbot, window, Qt.Key.Key_PageDown, ctrl)
        seen.append(window.current_section_id())
    assert seen == [*ids, ids[0]]
    _press(qtbot, window, Qt.Key.Key_PageUp, ctrl)
    assert window.current_section_id() == ids[-1]
    learn_last = parts[0].sections[-1].id
    window.show_section(parts[1].sections[0].id)
    _press(qtbot, window, Qt.Key.Key_PageUp, ctrl)
    assert window.current_section_id() == learn_last and window.nav.currentIndex() == 0


def test_f1_explains_the_part_and_section_keys(window):
    window.show_shortcuts()
    rows = dict(window._shortcuts_dialog.rows())
    texts = " | ".join(f"{k}: {v}" for k, v in rows.items())
    for n, title in enumerate(("Learn", "Decide", "My course", "Get help now"), start=1):
        assert rows.get(f"Ctrl+{n}") == f"Go to the part: {title}", texts
    assert "across parts" in rows["Ctrl+PgDown"] and "across parts" in rows["Ctrl+PgUp"]
    window._shortcuts_dialog.close()


def test_ctrl_f_opens_a_find_bar_that_highlights_and_steps_through_matches(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    pane = window.frames[window.current_section_id()].body
    pane.browser.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar.isVisible()
    assert QApplication.focusWidget() is pane.find_bar.field
    needle = "isotretinoin"
    expected = pane.browser.toPlainText().lower().count(needle)
    assert expected >= 2
    qtbot.keyClicks(pane.find_bar.field, needle)
    assert pane.match_count() == expected
    assert len(pane.browser.extraSelections()) == expected
    first = pane.browser.textCursor().selectionStart()
    assert pane.browser.textCursor().selectedText().lower() == needle
    assert pane.find_bar.status.text() == f"1 of {expected}"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)
    assert pane.browser.textCursor().selectionStart() > first
    assert pane.find_bar.status.text() == f"2 of {expected}"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.browser.textCursor().selectionStart() == first
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.find_bar.status.text() == f"{expected} of {expected}"  # wraps to the last match
    pane.find_bar.field.setText("zzzqqq")
    assert pane.find_bar.status.text() == "No matches" and pane.match_count() == 0
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()
    assert pane.browser.extraSelections() == []
    assert QApplication.focusWidget() is pane.browser


def test_escape_closes_the_details_box(window, qtbot):
    from PySide6.QtCore import Qt

    pane = window.frames[window.current_section_id()].body
    pane.show_citation(1)
    assert pane.info_box.isVisible()
    pane.browser.setFocus()
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not pane.info_box.isVisible()


def test_ctrl_f_uses_a_sections_own_search_when_it_has_one(window, qtbot):
    from PySide6.QtCore import Qt

    body = window.section_widget(window.current_section_id())
    called = []
    body.focus_search = lambda: called.append(True)
    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert called == [True]
    assert not body.find_is_open()


def test_ctrl_n_starts_a_note_about_the_current_section(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    asked = []
    monkeypatch.setattr(window, "add_note_about", asked.append)
    window.show_section("pregnancy-safety")
    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["pregnancy-safety"]
    notes = [s.id for s in content.sections() if s.kind == "notes"]
    if notes:
        window.show_section(notes[0])
        window.new_note()
        assert asked[-1] is None  # a note from the notes tab is not about another section


def test_ctrl_p_prints_the_section_text(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    printed = []
    monkeypatch.setattr(window, "print_document", lambda doc, title: printed.append((doc.toPlainText(), title)))
    window.show_section("get-help")
    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [(_browser(window).toPlainText(), content.section("get-help").title)]


def test_ctrl_p_uses_a_sections_own_print_when_it_has_one(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    monkeypatch.setattr(window, "print_document", lambda *a: pytest.fail("the section prints itself"))
    body = window.section_widget(window.current_section_id())
    called = []
    body.print_ = lambda: called.append(True)
    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert called == [True]


def test_printed_copy_has_dark_links_in_the_dark_theme(window, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from isoapp import palettes
    from isoapp.ui.text.text_document import _fragments, printable_copy

    window.set_theme("dark")
    try:
        copy = printable_copy(_browser(window).document())
        colours = {f.charFormat().foreground().color().name() for f in _fragments(copy) if f.charFormat().isAnchor()}
        assert colours == {palettes.LIGHT.link}
        pdf = tmp_path / "section.pdf"
        writer = QPdfWriter(str(pdf))
        copy.print_(writer)
        del writer
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    finally:
        window.set_theme("light")


def test_f1_lists_every_shortcut(window, qtbot):
    from PySide6.QtCore import Qt

    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_F1)
    dialog = window._shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    for keys in ("Ctrl+F", "Ctrl+N", "Ctrl+P", "Ctrl+0", "Ctrl+-", "Ctrl+1", "Ctrl+PgDown", "F1"):
        assert any(keys in k for k in rows), keys
    assert any("+" in k and "larger" in v.lower() for k, v in rows.items())
    assert dialog.table.accessibleName()
    dialog.close()


def test_no_key_is_bound_twice(window):
    seen = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert len(seen) >= 11 + len(content.PARTS)  # the commands (two keys for larger text) and the parts


def test_view_menu_offers_text_size_and_theme_to_mouse_users(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "View" in titles
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    view.aboutToShow.emit()  # what opening the menu does
    texts = [a.text().replace("&", "") for a in view.actions()]
    assert "Text larger" in texts and "Text size" in texts and "Theme" in texts


def test_ctrl_f_in_my_notes_goes_to_the_notes_search(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    notes = [s.id for s in content.sections() if s.kind == "notes"]
    if not notes:
        pytest.skip("no notes section")
    body = window.show_section(notes[0])
    if not callable(getattr(body, "focus_search", None)):
        pytest.skip("the notes view has no search yet")
    QApplication.processEvents()
    window.frames[notes[0]].glossary_button.setFocus()
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and body.isAncestorOf(focused)
    assert "search" in focused.accessibleName().lower()


def test_ctrl_n_from_a_section_opens_my_notes(window, qtbot):
    from PySide6.QtCore import Qt

    notes = [s.id for s in content.sections() if s.kind == "notes"]
    if not notes:
        pytest.skip("no notes section")
    window.show_section("when-prescribed")
    _browser(window).setFocus()
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_id() == notes[0]


def test_go_menu_lists_every_section_by_part(window):
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    go.aboutToShow.emit()  # the submenus are made when the menu first opens
    go.aboutToShow.emit()  # and only once
    submenus = [a.menu() for a in go.actions() if a.menu() is not None]
    assert [m.title().replace("&&", "&") for m in submenus] == ["Learn", "Decide", "My course", "Get help now"]
    for menu, tabs in zip(submenus, window.nav.parts, strict=True):
        assert [a.text().replace("&&", "&") for a in menu.actions()] == [s.title for s in tabs.sections]
    chart = next(a for a in submenus[0].actions() if a.text() == "Oil chart")
    chart.trigger()
    assert window.current_section_id() == "oil-chart"
