"""Widget tests of the benefits / side-effects comparison view (issue 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from isoapp import content, effects
from isoapp.ui.comparison import colors
from isoapp.ui.comparison.icon_array import MAYBE, SURE, IconArray
from isoapp.ui.comparison.pictures import count_painted
from isoapp.ui.comparison.table_model import COL_FREQ, COL_NAME
from isoapp.ui.comparison.view import ComparisonView
from isoapp.ui.comparison.what_matters import WhatMattersPanel


class FakeCtx:
    """An AppContext stand-in whose notes store can be made to fail."""

    def __init__(self, store=None, error: BaseException | None = None) -> None:
        self.store = store
        self.error = error
        self.shown: list[str] = []

    def notes_store(self):
        if self.error is not None:
            raise self.error
        return self.store

    def show_section(self, section_id: str) -> None:
        self.shown.append(section_id)

    def request_note(self, section_id):
        pass


@pytest.fixture
def make_view(qtbot):
    def make(ctx=None) -> ComparisonView:
        view = ComparisonView(content.section("benefits-risks"), ctx)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def view(make_view):
    return make_view()


@pytest.fixture
def make_matters(qtbot):
    def make(ctx=None) -> WhatMattersPanel:
        panel = WhatMattersPanel(effects.load_effects(), ctx)
        qtbot.addWidget(panel)
        panel.resize(900, 600)
        panel.show()
        return panel

    return make


def data():
    return effects.load_effects()


# ---------------------------------------------------------------- tables


def test_model_rows_match_the_data(view):
    items = data()
    panel = view.compare
    assert {e.id for e in panel.benefit_model.effects()} == {e.id for e in effects.benefits(items)}
    assert {e.id for e in panel.side_model.effects()} == {e.id for e in effects.side_effects(items)}
    model = panel.side_model
    groups = {e.group for e in effects.side_effects(items)}
    assert model.rowCount() == len(effects.side_effects(items)) + len(groups)
    for row in range(model.rowCount()):
        effect = model.effect_at(row)
        name = model.index(row, COL_NAME).data()
        freq = model.index(row, COL_FREQ).data()
        if effect is None:
            assert name in effects.GROUP_TITLES.values()
            assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
        else:
            assert name == effect.name and freq == effect.frequency.short_text()
            assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(effect.name)


def test_each_row_shows_the_absolute_number(view):
    model = view.compare.side_model
    row = model.row_of("blood-fats")
    assert model.index(row, COL_FREQ).data() == "about 25 in 100"
    row = model.row_of("suicidal-thoughts")
    assert model.index(row, COL_FREQ).data() == "up to 5 in 1,000"


@pytest.mark.parametrize("flt", effects.FILTERS)
def test_filters(view, qtbot, flt):
    panel = view.compare
    qtbot.mouseClick(panel.filter_buttons[flt], Qt.MouseButton.LeftButton)
    assert panel.side_model.filter == flt
    shown = {e.id for e in panel.side_model.effects()}
    expected = {e.id for e in effects.filter_effects(effects.side_effects(data()), flt)}
    assert shown == expected
    if flt != "all":
        assert shown < {e.id for e in effects.side_effects(data())}
    # benefits are never hidden by the side-effect filter
    assert len(panel.benefit_model.effects()) == len(effects.benefits(data()))


def test_filter_keeps_selection_or_falls_back(view):
    panel = view.compare
    panel.select("pancreatitis")
    panel.set_filter("serious")
    assert panel.selected().id == "pancreatitis"
    panel.set_filter("common")  # pancreatitis is rare: the selection moves to a shown row
    assert panel.selected() is not None and panel.selected().id != "pancreatitis"


def test_sort_by_frequency(view):
    panel = view.compare
    model = panel.side_model
    panel.sort_by(1)  # least often first
    by_rate = [e for e in model.effects() if e.group != "pregnancy"]  # that group counts babies: kept last
    rates = [e.frequency.typical_rate for e in by_rate]
    known = [r for r in rates if r is not None]
    assert known == sorted(known)
    assert all(r is None for r in rates[len(known) :])
    assert model.effects()[-1].group == "pregnancy"
    panel.sort_by(0)  # most often first
    rates = [e.frequency.typical_rate for e in model.effects() if e.frequency.known and e.group != "pregnancy"]
    assert rates == sorted(rates, reverse=True)
    assert model.effects()[0].id == "dry-lips"
    # clicking the header sorts too
    panel.side_table.sortByColumn(COL_FREQ, Qt.SortOrder.AscendingOrder)
    assert model.effects()[0].frequency.typical_rate == min(known)


def test_keyboard_moves_between_rows_and_skips_group_headings(view, qtbot):
    panel = view.compare
    table = panel.side_table
    panel.select("facial-redness")  # last row of "Most people"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    # the next row is the "Some people" heading, which the cursor skips
    assert panel.selected().group == "some"
    assert panel.detail.browser.toPlainText().count(panel.selected().name) >= 1
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert panel.selected().id == "facial-redness"


# ---------------------------------------------------------------- detail


def test_selecting_a_row_shows_its_detail(view):
    panel = view.compare
    panel.select("blood-fats")
    text = panel.detail.browser.toPlainText()
    effect = panel.by_id["blood-fats"]
    assert "About 25 in 100 people" in text
    assert effect.starts in text
    assert "Yes, it goes away after stopping." in text
    assert "Moderate" in text
    assert effect.what_to_do in text
    numbers = {s.id: s.number for s in content.sources()}
    for sid in effect.sources:
        assert f"[{numbers[sid]}]" in text


def test_get_help_at_once_is_marked(view):
    view.compare.select("pancreatitis")
    assert "get help at once" in view.compare.detail.browser.toPlainText().lower()
    view.compare.select("dry-skin")
    assert "get help at once" not in view.compare.detail.browser.toPlainText().lower()


# ---------------------------------------------------------------- icon arrays


@pytest.mark.parametrize(
    "effect_id, sure, maybe",
    [
        ("blood-fats", 25, 0),
        ("clear-skin", 80, 0),
        ("birth-defects", 0, 20),
        ("depression", 2, 4),
    ],
)
def test_icon_array_count_matches_the_selected_number(view, effect_id, sure, maybe):
    panel = view.compare
    panel.select(effect_id)
    array = panel.picture_a.array
    assert array.denominator == 100
    assert array.coloured_cells() == (sure, maybe)
    # and the pixels agree: render the widget and count figures by their centre colour
    assert count_painted(array, SURE) == sure
    assert count_painted(array, MAYBE) == maybe


def test_icon_array_renders_1000_figures(qtbot):
    array = IconArray()
    qtbot.addWidget(array)
    array.resize(420, 320)
    freq = effects.Frequency("about", 10000, 47.0, 47.0)
    array.set_frequency(freq, 1000, benefit=False, title="Thoughts of suicide")
    assert array.coloured_cells() == (5, 0)
    assert count_painted(array, SURE) == 5
    assert array.colour_of(SURE).name().upper() == colors.SIDE_EFFECT


def test_text_equivalent_is_accessible_and_shown(view):
    panel = view.compare
    panel.select("blood-fats")
    array = panel.picture_a.array
    expected = "About 25 in 100 people: 25 coloured figures out of 100."
    assert array.accessibleDescription() == expected
    assert panel.picture_a.caption.text() == expected
    assert "Raised blood fats" in array.accessibleName()


def test_same_denominator_when_comparing_a_1_in_100_and_a_1_in_10000_item(view):
    panel = view.compare
    panel.select("blood-fats")  # 25 in 100
    panel.set_compare("hair-thinning")  # 1 to 10 in 10,000
    a, b = panel.picture_a.array, panel.picture_b.array
    assert panel.picture_b.isVisible()
    assert a.denominator == b.denominator == 1000
    assert a.coloured_cells() == (250, 0)
    assert count_painted(a) == 250
    assert "out of 1,000" in panel.picture_b.caption.text()
    panel.set_compare(None)
    assert not panel.picture_b.isVisible()
    assert a.denominator == 100


def test_unknown_frequency_colours_nothing_and_says_so(view):
    view.compare.select("sexual-problems")
    array = view.compare.picture_a.array
    assert array.coloured_cells() == (0, 0)
    assert count_painted(array, SURE) == 0
    assert "not known" in array.accessibleDescription()


# ---------------------------------------------------------------- what matters to me


def test_what_matters_summary(make_matters):
    m = make_matters()
    m.rate("mood", 3)
    m.rate("clear-acne", 4)
    m.question.setText("Will dry lips go away?")
    text = m.summary()
    assert text.index("Clearing my acne") < text.index("My mood")  # most important first
    assert "very much (4 of 4)" in text and "a lot (3 of 4)" in text
    assert "about 80 in 100 people" in text and "2 to 6 in 100 people" in text
    assert "Will dry lips go away?" in text
    assert "Dry skin and lips" not in text  # not rated
    assert "Clearing my acne" in m.preview.toPlainText()


def test_save_as_note_uses_the_notes_store(make_matters, data_dir):
    from isoapp.ui.shell.context import AppContext

    ctx = AppContext(data_dir, QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat))
    try:
        m = make_matters(ctx)
        assert m.save_note() is False  # nothing rated yet: nothing saved
        m.rate("pregnancy-rules", 2)
        assert m.save_note() is True
        notes = ctx.notes_store().list()
        assert len(notes) == 1
        note = notes[0]
        assert note.section == "what-matters"
        assert "Pregnancy prevention rules" in note.body
        assert "Saved" in m.status.text()
    finally:
        ctx.close()


@pytest.mark.parametrize(
    "error, words",
    [
        (OSError("disk is full"), "could not be opened"),
        (RuntimeError("no store here"), "could not be opened"),
    ],
)
def test_save_as_note_without_a_working_store_says_so(make_matters, error, words):
    m = make_matters(FakeCtx(error=error))
    m.rate("dry-skin", 1)
    assert m.save_note() is False
    assert words in m.status.text()
    assert m.ratings()["dry-skin"] == 1  # nothing lost


def test_save_as_note_when_adding_fails(make_matters):
    class Broken:
        def add(self, *a, **k):
            raise OSError("read-only file system")

    m = make_matters(FakeCtx(store=Broken()))
    m.rate("blood-tests", 4)
    assert m.save_note() is False
    assert "could not be saved" in m.status.text()


# ---------------------------------------------------------------- the section


def test_every_interactive_widget_has_an_accessible_name(view, make_matters):
    from isoapp.ui.a11y import describe, unnamed_focusable

    for widget in (view, make_matters()):
        missing = unnamed_focusable(widget)
        assert not missing, [describe(w) for w in missing]


def test_self_check_and_screenshot_preparation(view):
    checks = view.self_check()
    assert checks and all(ok for _name, ok, _why in checks), checks
    view.prepare_screenshot()
    panel = view.compare
    assert panel.selected() is not None and panel.compared() is not None
    assert panel.picture_b.isVisible()
    assert panel.picture_a.array.denominator == panel.picture_b.array.denominator


def test_contrast_of_every_colour_pair():
    assert colors.contrast_problems() == []
    assert round(colors.contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
    for _name, fg, bg, need in colors.PAIRS:
        if need >= 4.5:
            assert colors.contrast_ratio(fg, bg) >= 4.5


def test_the_main_window_builds_the_comparison_tab(make_window):
    window = make_window()
    widget = window.show_section("benefits-risks")
    assert isinstance(widget, ComparisonView)
    assert "In short" in widget.text.browser.toPlainText()


def test_print_gives_the_text_and_every_row(make_view, data_dir, monkeypatch):
    from isoapp.ui.shell.context import AppContext

    view = make_view(AppContext(data_dir, QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat)))
    text = view.printable_markdown()
    assert "In short" in text
    for e in data():
        assert e.name in text and e.frequency.text() in text
    printed = []
    monkeypatch.setattr(view.ctx, "print_document", lambda doc, title: printed.append((doc.toPlainText(), title)))
    view.print_()
    assert printed and "Thoughts of suicide" in printed[0][0]
    assert printed[0][1] == "Benefits and risks"


def test_text_colours_follow_the_theme(view):
    from isoapp import palettes

    panel = view.compare
    panel.select("pancreatitis")
    model = panel.side_model
    heading = model.heading_rows()[0]
    light_bg = model.index(heading, 0).data(Qt.ItemDataRole.BackgroundRole).color().name().upper()
    assert light_bg == colors.LIGHT_TEXT.group_bg
    assert colors.LIGHT_TEXT.side_effect.lower() in panel.side_head.text().lower()
    panel.apply_theme(palettes.DARK)
    dark_bg = model.index(heading, 0).data(Qt.ItemDataRole.BackgroundRole).color().name().upper()
    assert dark_bg == colors.DARK_TEXT.group_bg
    assert colors.DARK_TEXT.side_effect.lower() in panel.side_head.text().lower()
    assert colors.DARK_TEXT.urgent.lower() in panel.detail.browser.toHtml().lower()
    panel.apply_theme(palettes.LIGHT)


# ---------------------------------------------------------------- layout at the default size and at 200 %


@pytest.fixture
def section_in_window(make_window, qtbot):
    """The section in a real main window at the screenshots' default size, 1000 x 700."""
    window = make_window()
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.zoom.set_percent(100, save=False)


def _settle(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(5)


def _show(window, qtbot, percent: int, page: int):
    """Page 0: the comparison section; page 1: the "What matters to me" section."""
    window.zoom.set_percent(percent, save=False)
    view = window.show_section(("benefits-risks", "what-matters")[page])
    _settle(qtbot)
    return view


def _rect_in(widget, ancestor):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_the_text_is_readable_and_the_comparison_fits_at_the_default_size(section_in_window, qtbot):
    view = _show(section_in_window, qtbot, 100, 0)
    text, pages = view.splitter.sizes()
    assert text >= 0.35 * (text + pages), (text, pages)  # about 40 %: more than the "In short"
    assert view.text.browser.viewport().height() >= 180
    scroller = view.scroller
    # the whole comparison is in view: its page needs no scrolling at 100 %
    assert not scroller.verticalScrollBar().isVisible()
    assert not scroller.horizontalScrollBar().isVisible()
    assert view.compare.mode == "wide"
    # the split follows the window until the person drags the bar
    section_in_window.resize(1000, 900)
    _settle(qtbot)
    text, pages = view.splitter.sizes()
    assert abs(text - 0.4 * (text + pages)) <= 2


@pytest.mark.parametrize("page", [0, 1])
def test_nothing_is_cut_off_or_overlaps_at_200_percent(section_in_window, qtbot, page):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit

    view = _show(section_in_window, qtbot, 200, page)
    scroller = view.scroller
    content = scroller.widget()
    assert not scroller.horizontalScrollBar().isVisible()
    assert content.width() <= scroller.viewport().width()
    shown = [
        w
        for cls in (QLabel, QAbstractButton, QComboBox, QLineEdit)
        for w in content.findChildren(cls)
        if w.isVisibleTo(content) and w.parent() is not None and not isinstance(w.parent().parent(), QComboBox)
    ]  # skip a combo's own parts
    assert len(shown) > 8
    for w in shown:
        # inside the page: nothing hangs off its right edge (the old "Order:" box did)
        assert content.rect().contains(_rect_in(w, content)), (w.objectName(), w.text() if hasattr(w, "text") else "")
    for label in (w for w in shown if isinstance(w, QLabel) and w.text()):
        if label.wordWrap():  # every wrapped line is shown
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
            assert label.height() >= label.sizeHint().height(), label.text()
    # no two texts or buttons on top of each other
    rects = [(w, _rect_in(w, content)) for w in shown if w.parent() is content]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            assert not ra.intersects(rb), (a.objectName() or a.text(), b.objectName() or b.text())


def test_what_matters_rows_do_not_overlap_at_200_percent(section_in_window, qtbot):
    from PySide6.QtWidgets import QLabel

    from isoapp.ui.comparison import concerns

    view = _show(section_in_window, qtbot, 200, 1)
    m = view.matters
    by_text = {label.text(): label for label in m.findChildren(QLabel)}
    labels = [by_text[c.label] for c in concerns.CONCERNS]
    for upper, lower in zip(labels, labels[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper.text(), lower.text())
    for label, group in zip(labels, m.groups.values(), strict=True):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        for button in group.buttons():  # each row's buttons sit beside its own label
            centre = button.geometry().center().y()
            assert label.geometry().top() <= centre <= label.geometry().bottom() + 1, label.text()


def test_table_cells_are_never_shortened_at_200_percent(section_in_window, qtbot):
    from isoapp.ui.comparison.table_model import COL_FREQ, COL_NAME

    view = _show(section_in_window, qtbot, 200, 0)
    panel = view.compare
    for table in (panel.benefit_table, panel.side_table):
        fm = table.fontMetrics()
        header = table.horizontalHeader()
        model = table.model()
        names = [model.index(r, COL_NAME).data() for r in range(model.rowCount()) if not model.is_heading(r)]
        longest_word = max(fm.horizontalAdvance(word) for name in names for word in name.split())
        # every word fits its cell, so wrapping never needs "Cl… skin"
        assert header.sectionSize(COL_NAME) - 8 >= longest_word
        assert header.sectionSize(COL_FREQ) >= fm.horizontalAdvance("about 100 in 100")
    assert panel.mode != "wide"  # details and pictures moved under the tables
    assert _rect_in(panel.right_box, panel).top() >= _rect_in(panel.side_box, panel).bottom()


def test_the_arrangement_follows_the_text_size(section_in_window, qtbot):
    view = _show(section_in_window, qtbot, 200, 0)
    assert view.compare.mode in ("two", "one")
    view = _show(section_in_window, qtbot, 100, 0)
    panel = view.compare
    assert panel.mode == "wide" and panel.filter_mode == "filters and order"
    # back at 100 % the size hints are the 100 % ones again (combo boxes keep old ones by themselves)
    assert panel.order.minimumSizeHint().height() <= panel.order.fontMetrics().height() * 2


def test_every_concern_points_at_rows_that_exist_and_quotes_them():
    from isoapp.ui.comparison import concerns

    all_effects = effects.load_effects()
    ids = {e.id for e in all_effects}
    for concern in concerns.CONCERNS:
        assert concern.effect_ids and set(concern.effect_ids) <= ids, concern.id
    text = concerns.summary_markdown({c.id: 2 for c in concerns.CONCERNS}, all_effects)
    for concern in concerns.CONCERNS:
        block = text.split(f"**{concern.label}**", 1)[1].split("\n- **", 1)[0]
        assert "  - " in block, f"{concern.id}: the note gives no figure for it"
    assert "Does it last?" in text and "10 to 60 in 100" in text
