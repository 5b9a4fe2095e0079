"""The main window: tabs come from the manifest, are built lazily, and window state persists."""

from __future__ import annotations

import shutil

import pytest

from isoapp import content, resources


def _titles(tabs) -> list[str]:
    return [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]


def test_tabs_follow_the_manifest_part_by_part(make_window):
    window = make_window()
    nav = window.nav
    assert _titles(nav) == ["Learn", "Decide", "My course", "Get help now"]
    for tabs in nav.parts:
        expected = [s for s in content.sections() if s.part == tabs.part]
        assert _titles(tabs) == [s.title for s in expected]
        assert [s.order for s in expected] == sorted(s.order for s in expected)
    assert [s.id for s in window.sections] == [s.id for tabs in nav.parts for s in tabs.sections]
    assert nav.parts[-1].sections == [content.section("get-help")]  # one click away, on its own
    assert nav.accessibleName() == "Sections of the guide" and nav.tabBar().accessibleName() == "Parts of the guide"
    assert nav.parts[0].tabBar().accessibleName() == "Sections of Learn"


def test_ampersand_in_a_title_is_shown_not_taken_as_a_shortcut(make_window):
    window = make_window()
    section = content.section("pregnancy-safety")
    assert "&" in section.title
    learn = window.nav.parts[0]
    assert learn.tabText(learn.sections.index(section)) == section.title.replace("&", "&&")


def test_a_missing_or_unknown_part_means_learn(tmp_path, monkeypatch):
    copy = tmp_path / "resources"
    shutil.copytree(resources.root(), copy)
    with (copy / "content" / "sections.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[section]]\nid = "odd"\ntitle = "Odd"\norder = 98\nfile = "overview.md"\npart = "later"\n')
    monkeypatch.setattr(resources, "root", lambda: copy)
    resources.read_toml.cache_clear()
    content.sections.cache_clear()
    try:
        assert content.section("odd").part == "learn"
        assert content.section("overview").part == "learn"
        assert content.section("notes").part == "course"
    finally:
        resources.read_toml.cache_clear()
        content.sections.cache_clear()


def test_every_part_shows_all_its_sections_without_scroll_arrows(make_window, qtbot):
    from PySide6.QtWidgets import QToolButton

    from isoapp.ui.shell.main_window import DEFAULT_SIZE

    window = make_window()
    window.resize(*DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    for tabs in window.nav.parts:
        window.show_section(tabs.sections[0].id)
        bar = tabs.tabBar()
        if bar.isHidden():
            assert [s.title for s in tabs.sections] == ["Get help now"]  # named by its part's tab
            continue
        qtbot.waitUntil(lambda bar=bar: bar.width() > 0)
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        assert not arrows, f"{tabs.part}: scroll arrows shown"
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        assert needed <= bar.width(), (tabs.part, needed, bar.width())


def test_long_lines_are_kept_readable_in_a_wide_window(make_window):
    from isoapp.ui.text.markdown_view import MAX_LINE_CHARS, MIN_COLUMN_PX

    window = make_window()
    window.resize(1600, 800)
    window.show()
    browser = window.frames["overview"].body.browser
    fmt = browser.document().rootFrame().frameFormat()
    text_width = browser.viewport().width() - fmt.leftMargin() - fmt.rightMargin()
    assert text_width <= max(browser.fontMetrics().averageCharWidth() * MAX_LINE_CHARS, MIN_COLUMN_PX) + 2
    assert text_width < browser.viewport().width() - 400  # the rest became margins
    assert abs(fmt.leftMargin() - fmt.rightMargin()) < 2


def test_only_the_first_tab_is_built_at_start(make_window):
    window = make_window()
    window.show()
    first = content.sections()[0].id
    assert window.current_section_id() == first
    assert list(window.frames) == [first]


def test_switching_tab_builds_it_once(make_window, qtbot):
    window = make_window()
    window.show()
    target = content.sections()[2].id
    learn = window.nav.parts[0]
    with qtbot.waitSignal(window.section_built) as blocker:
        learn.setCurrentIndex(2)  # a click on the tab
    assert blocker.args == [target]
    frame = window.frames[target]
    learn.setCurrentIndex(0)
    learn.setCurrentIndex(2)
    assert window.frames[target] is frame
    assert target in window.frames and len(window.frames) == 2


def test_every_text_section_shows_its_text_and_disclaimer(make_window):
    window = make_window()
    window.show()
    for section in content.sections():
        frame = window.frames.get(section.id) or window.ensure_built(section.id)
        assert "does not replace your doctor" in frame.disclaimer.text()
        if section.kind in ("text", "sources"):
            text = frame.body.browser.toPlainText()
            assert "In short" in text


def test_window_state_persists_across_two_lifetimes(make_window, data_dir):
    window = make_window()
    window.show()
    window.resize(720, 520)
    window.move(40, 50)
    window.show_section("pregnancy-safety")
    window.close()
    assert (data_dir / "settings.ini").is_file()

    again = make_window()
    again.show()
    assert again.current_section_id() == "pregnancy-safety"
    assert (again.width(), again.height()) == (720, 520)
    assert list(again.frames) == ["pregnancy-safety"]


def test_unknown_saved_section_falls_back_to_first(make_window, data_dir):
    window = make_window()
    window.ctx.settings.setValue("window/section", "no-such-section")
    window.ctx.settings.sync()
    again = make_window()
    assert again.current_section_id() == content.sections()[0].id


def test_corrupt_settings_file_is_kept_aside(make_window, data_dir):
    data_dir.mkdir(parents=True)
    bad = b"\xff\xfe[window\x00 broken = = \n[["
    (data_dir / "settings.ini").write_bytes(bad)
    window = make_window()
    moved = window.settings_moved_aside
    if moved is None:
        pytest.skip("Qt parsed this file without a format error")
    assert moved.read_bytes() == bad
    assert moved.name.startswith("settings.ini.corrupt-")


def test_request_note_switches_to_notes_tab(make_window):
    window = make_window()
    window.show()
    window.frames["overview"].note_button.click()
    assert window.current_section_id() == "notes"


def test_help_button_opens_get_help(make_window):
    window = make_window()
    window.show()
    window.frames["overview"].help_button.click()
    assert window.current_section_id() == "get-help"


def test_a_new_section_needs_only_a_file_and_a_manifest_entry(tmp_path, monkeypatch, make_window):
    copy = tmp_path / "resources"
    shutil.copytree(resources.root(), copy)
    (copy / "content" / "extra.md").write_text("## In short\n\nA brand new section for this test.\n")
    with (copy / "content" / "sections.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[section]]\nid = "extra"\ntitle = "Extra"\norder = 99\nfile = "extra.md"\nkind = "text"\n')
    monkeypatch.setattr(resources, "root", lambda: copy)
    resources.read_toml.cache_clear()
    content.sections.cache_clear()
    try:
        window = make_window()
        window.show()
        learn = window.nav.parts[0]
        assert learn.tabText(learn.count() - 1) == "Extra"  # no part given: Learn
        widget = window.show_section("extra")
        assert "brand new section" in widget.browser.toPlainText()
    finally:
        resources.read_toml.cache_clear()
        content.sections.cache_clear()


def test_a_section_that_cannot_be_built_shows_a_message_and_fails_self_check(make_window, monkeypatch):
    from isoapp.ui.shell import main_window, registry

    real = registry.factory_for

    def broken(kind):
        if kind == "chart":

            def create(section, ctx):
                raise ImportError("pyqtgraph is missing")

            return create
        return real(kind)

    monkeypatch.setattr(main_window, "factory_for", broken)
    window = make_window()
    window.show()
    body = window.show_section("oil-chart")
    assert isinstance(body, main_window.SectionError)
    assert "pyqtgraph is missing" in body.text() and "notes are safe" in body.text()
    assert body.self_check()[0][1] is False
    assert "In short" in window.show_section("overview").browser.toPlainText()  # the rest still works


def test_headings_have_space_above_them(make_window):
    window = make_window()
    window.show()
    document = window.frames["overview"].body.browser.document()
    block, margins = document.begin(), []
    while block.isValid():
        if block.blockFormat().headingLevel():
            margins.append(block.blockFormat().topMargin())
        block = block.next()
    assert len(margins) > 3
    assert all(m > 10 for m in margins[1:])


def test_first_tab_adds_glossary_links_and_sources_just_after_the_first_paint(make_window, qtbot):
    window = make_window()
    browser = window.frames["overview"].body.browser
    assert "Sources for this section" not in browser.toPlainText()  # put off: not on the first screen
    window.show()
    qtbot.waitUntil(lambda: "Sources for this section" in browser.toPlainText(), timeout=3000)
    html = browser.toHtml()
    assert "gloss:" in html and "cite:" in html
    # A tab built later gets everything at once.
    later = window.show_section("four-causes").browser
    assert "Sources for this section" in later.toPlainText() and "gloss:" in later.toHtml()


def test_settings_file_is_private(make_window, data_dir):
    window = make_window()
    window.show()
    window.close()
    path = data_dir / "settings.ini"
    assert path.read_text(encoding="utf-8").strip()  # written
    assert (path.stat().st_mode & 0o777) == 0o600
