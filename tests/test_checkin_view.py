"""The Check-in section with a real store on a temporary data dir: keyboard flow, serious signs, past
days, the future refused, one entry per day, the mood nudge, the daily banner, trends and CSV."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from isoapp import content
from isoapp.checkins import CheckIn, CheckinStore
from isoapp.ui.shell.context import AppContext

TODAY = date(2026, 12, 1)


class FakeHost:
    """Stands in for the main window: records what the section asks of it."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.notes: list[tuple] = []
        self.banners: dict = {}

    def show_section(self, section_id):
        self.shown.append(section_id)

    def add_note_about(self, section_id, title="", body=""):
        self.notes.append((section_id, title, body))

    def print_document(self, document, title):
        return False

    def zoom_in(self):
        pass

    def zoom_out(self):
        pass

    def set_banner(self, key, widget):
        if widget is None:
            self.banners.pop(key, None)
        else:
            self.banners[key] = widget

    def window_shortcuts(self):
        return set()


@pytest.fixture
def ctx(data_dir):
    c = AppContext(data_dir, QSettings(str(data_dir.parent / "settings.ini"), QSettings.Format.IniFormat))
    c.host = FakeHost()
    c.shown = c.host.shown
    c.attach(c.host)
    yield c
    c.close()


@pytest.fixture
def make_view(qtbot, ctx):
    from isoapp.ui.checkin.view import CheckinView

    def make(today=TODAY):
        view = CheckinView(content.section("checkin"), ctx, today=lambda: today)
        qtbot.addWidget(view)
        view.resize(1150, 760)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        return view

    return make


def stored(ctx, day=TODAY) -> CheckIn | None:
    return CheckinStore(ctx.notes_store()).get(day)


def test_keyboard_only_check_in(qtbot, make_view, ctx):
    view = make_view()
    form = view.form
    form.mood.buttons[0].setFocus()
    qtbot.keyClick(form.mood.buttons[0], Qt.Key.Key_4)
    assert stored(ctx).mood == 4  # saved at once
    focus = form.mood.buttons[3]
    assert focus.hasFocus()
    for key, digit in zip(["lips", "skin", "eyes"], [Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3], strict=True):
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = view.focusWidget()
        assert focus in form.symptom_rows[key].buttons, f"Tab did not reach {key}"
        qtbot.keyClick(focus, digit)
        focus = view.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Right)  # eyes 3 is the top: stays 3
    qtbot.keyClick(focus, Qt.Key.Key_Left)
    assert dict(stored(ctx).symptoms) == {"lips": 2, "skin": 1, "eyes": 2}


def test_no_side_effects_button_sets_every_score_to_none(qtbot, make_view, ctx):
    view = make_view()
    qtbot.mouseClick(view.form.none_button, Qt.MouseButton.LeftButton)
    assert set(stored(ctx).symptoms.values()) == {0} and len(stored(ctx).symptoms) == 6


def test_serious_sign_opens_help_at_once_and_is_saved_with_the_day(qtbot, make_view, ctx):
    view = make_view()
    view.form.serious["severe-stomach-pain"].click()
    assert stored(ctx).red_flags == ("severe-stomach-pain",)
    dialog = view.serious_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.guidance_plain(["severe-stomach-pain"])
    for needed in ("Stop taking isotretinoin", "911", "988", "999", "NHS 111", "116 123", "112", "local emergency"):
        assert needed in text, needed
    from isoapp.ui.a11y import unnamed_focusable

    assert not unnamed_focusable(dialog)
    dialog.help_button.click()
    assert ctx.shown == ["get-help"] and not dialog.isVisible()
    view.form.serious["severe-stomach-pain"].click()  # untick: saved too, no new dialog
    assert stored(ctx) is None or stored(ctx).red_flags == ()


def test_edit_a_past_day_keeps_today_apart(qtbot, make_view, ctx):
    view = make_view()
    view.form.mood.buttons[4].click()
    view.form.set_day(TODAY - timedelta(days=3))
    assert view.form.mood.value() is None  # an empty earlier day
    view.form.mood.buttons[0].click()
    assert stored(ctx, TODAY - timedelta(days=3)).mood == 1
    assert stored(ctx).mood == 5
    view.form.go_today()
    assert view.form.mood.value() == 5


def test_future_date_is_refused(qtbot, make_view, ctx):
    view = make_view()
    view.form.set_day(TODAY + timedelta(days=2))
    assert view.form.day() == TODAY  # the date box stops at today
    view.controller.show_day(TODAY + timedelta(days=1))
    assert "not come yet" in view.form.status.text()
    view.form.mood.buttons[2].click()
    assert stored(ctx).mood == 3 and stored(ctx, TODAY + timedelta(days=1)) is None
    with pytest.raises(ValueError, match="future"):
        CheckinStore(ctx.notes_store()).save(CheckIn(TODAY + timedelta(days=1), mood=3), today=TODAY)


def test_one_entry_per_day_second_answer_edits_the_first(qtbot, make_view, ctx):
    view = make_view()
    view.form.mood.buttons[1].click()
    view.form.symptom_rows["lips"].buttons[3].click()
    view.form.mood.buttons[3].click()
    store = CheckinStore(ctx.notes_store())
    assert store.count() == 1
    assert stored(ctx).mood == 4 and stored(ctx).symptoms["lips"] == 3


def test_note_is_saved_after_a_pause_and_before_another_day_is_shown(qtbot, make_view, ctx):
    view = make_view()
    view.form.note.setPlainText("Lips cracked at the corners")
    assert stored(ctx) is None  # not yet: typing goes on
    view.form.set_day(TODAY - timedelta(days=1))  # moving away saves first
    assert stored(ctx).note == "Lips cracked at the corners"
    view.form.note.setPlainText("Yesterday was fine")
    qtbot.waitUntil(lambda: stored(ctx, TODAY - timedelta(days=1)) is not None, timeout=2000)
    assert stored(ctx, TODAY - timedelta(days=1)).note == "Yesterday was fine"


def test_emptying_a_day_removes_its_entry(qtbot, make_view, ctx):
    view = make_view()
    view.form.mood.buttons[1].click()
    view.form.mood.set_value(None)
    view.controller.save_now()
    assert stored(ctx) is None


def test_low_mood_on_several_days_shows_one_calm_nudge(qtbot, make_view, ctx):
    CheckinStore(ctx.notes_store()).save_many([CheckIn(TODAY - timedelta(days=n), mood=2) for n in (1, 4)], today=TODAY)
    view = make_view()
    assert not view.nudge.isVisible()
    view.form.mood.buttons[0].click()  # a third low day
    assert view.nudge.isVisible()
    text = view.nudge.text.text()
    assert "3 of the last 14 days" in text and "prescriber" in text and "Source" in text
    assert "depress" not in text.lower()  # it never labels the person
    view.nudge.note_button.click()  # a note for the doctor, started for the person
    assert ctx.host.notes == [("checkin", "My mood", "Since my last visit, my mood has been")]
    view.form.mood.buttons[4].click()
    assert not view.nudge.isVisible()


def test_daily_banner_shows_until_today_has_a_check_in(qtbot, make_view, ctx):
    from isoapp.ui.checkin import banner

    assert banner.on_start(ctx, TODAY) is False and ctx.host.banners == {}  # no store yet: nothing, nothing created
    assert not (ctx.data_dir / "notes.sqlite3").exists()
    CheckinStore(ctx.notes_store()).save(CheckIn(TODAY - timedelta(days=1), mood=3), today=TODAY)
    assert banner.on_start(ctx, TODAY) is True
    shown = ctx.host.banners["checkin"]
    qtbot.addWidget(shown)
    shown.check_in.click()
    assert ctx.shown == ["checkin"]
    view = make_view()
    view.form.mood.buttons[2].click()
    assert "checkin" not in ctx.host.banners
    shown.dismiss()
    assert banner.on_start(ctx, TODAY + timedelta(days=1)) is True  # "Not today" lasts one day


def test_own_side_effect_is_added_and_scored(qtbot, make_view, ctx):
    view = make_view()
    assert view.controller.add_own_symptom("  Itchy   scalp ") is None
    row = view.form.symptom_rows["Itchy scalp"]
    row.buttons[2].click()
    assert stored(ctx).symptoms["Itchy scalp"] == 2
    assert "longer than" in view.controller.add_own_symptom("x" * 60)
    view2 = make_view()  # remembered for the next time
    assert "Itchy scalp" in view2.form.symptom_rows


def test_trends_range_change_moves_the_chart_and_filters_the_table(qtbot, make_view, ctx):
    from isoapp.checkin_samples import sample_checkins

    entries = sample_checkins(TODAY, 120)
    CheckinStore(ctx.notes_store()).save_many(entries, today=TODAY)
    view = make_view()
    panel = view.trends
    view.start_trends()  # what runs just after the section's first paint
    chart = panel.chart
    panel.tabs.setCurrentWidget(panel.table)  # the table follows the range while it is in view
    panel.set_range("week")
    low, high = chart.x_range()
    assert high - low == pytest.approx(7, abs=0.01)
    assert panel.model.rowCount() == len([c for c in entries if c.day > TODAY - timedelta(days=7)])
    assert panel.model.index(0, 0).data() == "Tue 1 Dec 2026"  # newest first
    panel.range_buttons["course"].click()
    assert panel.range_kind == "course" and panel.model.rowCount() == len(entries)
    low, high = chart.x_range()
    assert high - low == pytest.approx(120, abs=0.01)
    assert chart.view.accessibleName() and chart.view.accessibleDescription()


def test_trends_shade_the_course_dose_periods(qtbot, make_view, ctx):
    from isoapp.course import DosePeriod
    from isoapp.course_store import CourseSettings, CourseStore

    CourseStore(ctx.notes_store()).set_up(
        CourseSettings("us", False), DosePeriod(TODAY - timedelta(days=40), 40, 60), today=TODAY
    )
    CheckinStore(ctx.notes_store()).save(CheckIn(TODAY, mood=4), today=TODAY)
    view = make_view()
    qtbot.waitUntil(lambda: view.trends.chart is not None, timeout=5000)  # drawn right after the first paint
    chart = view.trends.chart
    assert len(chart._regions) == 1  # one shaded dose period behind the bands
    assert chart._marks[1].toPlainText() == "40 mg a day"
    assert view.trends.legend.isVisibleTo(view)  # says what the grey means
    region = chart._regions[0]
    assert region.getRegion() == pytest.approx(
        ((TODAY - timedelta(days=40)).toordinal() - 0.5, TODAY.toordinal() + 0.5)
    )


def test_csv_export_writes_a_private_file(qtbot, make_view, ctx, tmp_path):
    view = make_view()
    view.form.mood.buttons[2].click()
    path = view.export_csv(tmp_path / "checkins.csv")
    assert path is not None and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert TODAY.isoformat() in path.read_text(encoding="utf-8-sig")
    assert "Check-ins saved: 1." in view.form.status.text()


def test_a_new_answer_reaches_the_table_and_the_chart(qtbot, make_view, ctx):
    view = make_view()
    view.start_trends()
    view.trends.tabs.setCurrentWidget(view.trends.table)
    assert view.trends.model.rowCount() == 0
    view.form.symptom_rows["headache"].buttons[3].click()
    qtbot.waitUntil(lambda: view.trends.model.rowCount() == 1, timeout=2000)
    assert view.trends.model.index(0, 0).data(Qt.ItemDataRole.UserRole).symptoms == {"headache": 3}
    x, y = view.trends.chart.curves["headache"].getData()
    assert list(x) == [TODAY.toordinal()]
    band = view.trends.chart.bases["headache"]
    assert y[0] == pytest.approx(band + 1.0)  # severe = the top of its band


def test_emergency_wording_for_an_allergic_reaction_and_for_self_harm_thoughts(qtbot, make_view, ctx):
    view = make_view()
    view.form.serious["allergic-reaction"].click()
    assert "is an emergency" in view.serious_dialog.guidance_plain(["allergic-reaction"])
    view.form.serious["self-harm-thoughts"].click()
    text = view.serious_dialog.guidance_plain(["self-harm-thoughts"])
    assert "Do not stay alone" in text and "988" in text and "116 123" in text
    assert stored(ctx).red_flags == ("self-harm-thoughts", "allergic-reaction")


def test_trends_go_below_the_form_when_both_do_not_fit(qtbot, make_view):
    view = make_view()
    view.resize(1400, 800)
    assert view.splitter.orientation() == Qt.Orientation.Horizontal
    view.resize(640, 800)
    assert view.splitter.orientation() == Qt.Orientation.Vertical
    assert view.left.horizontalScrollBar().maximum() == 0  # the form is never cut off sideways


def test_window_shows_the_banner_after_start_and_it_opens_the_check_in(qtbot, make_window, data_dir):
    from isoapp.notes.store import NotesStore

    store = NotesStore.open(data_dir)
    CheckinStore(store).save(CheckIn(date.today() - timedelta(days=1), mood=3))
    store.close()
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.ctx.run_deferred()  # what the window runs just after its first paint
    from isoapp.ui.checkin.banner import CheckinBanner

    banner = next(w for w in window.findChildren(CheckinBanner) if w.isVisible())
    assert banner.isVisibleTo(window) and "How are you today?" in banner.label.text()
    banner.check_in.click()
    assert window.current_section_id() == "checkin"
    window.section_widget("checkin").form.mood.buttons[3].click()
    # today is done: the banner goes
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in window.findChildren(CheckinBanner)), timeout=2000)


def test_no_banner_for_someone_who_never_checked_in(qtbot, make_window, data_dir):
    window = make_window()
    window.ctx.run_deferred()
    from isoapp.ui.checkin.banner import CheckinBanner

    assert not window.findChildren(CheckinBanner) and not (data_dir / "notes.sqlite3").exists()


def test_every_symptom_and_serious_sign_has_words():
    from isoapp.checkins import RED_FLAGS, SYMPTOMS
    from isoapp.ui.checkin import labels

    assert set(labels.symptom_names()) == set(SYMPTOMS)
    assert set(labels.red_flag_names()) == set(RED_FLAGS)
    assert labels.symptom_name("My own thing") == "My own thing"


def test_a_failed_save_says_so_and_keeps_the_answers_on_screen(qtbot, make_view, ctx, monkeypatch):
    import sqlite3

    view = make_view()

    def broken(self, c, *, today=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(CheckinStore, "save", broken)
    view.form.mood.buttons[1].click()
    assert "Not saved" in view.form.status.text() and "disk I/O error" in view.form.status.text()
    assert view.form.mood.value() == 2
    monkeypatch.undo()
    view.form.symptom_rows["lips"].buttons[1].click()  # the next answer saves everything on screen
    assert stored(ctx).mood == 2 and stored(ctx).symptoms == {"lips": 1}


@pytest.mark.parametrize("section_id", ["checkin", "summary"])
def test_no_two_visible_mnemonics_clash_with_each_other_or_the_menus(qtbot, make_window, section_id):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    window = make_window()
    window.show()
    body = window.show_section(section_id)
    if hasattr(body, "start_trends"):
        body.start_trends()
    texts = [a.text() for a in window.menuBar().actions()]
    for w in body.findChildren(QAbstractButton) + body.findChildren(QLabel):
        if w.isVisibleTo(body):
            texts.append(w.text())
    for bar in body.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    clashes = {k for k in keys if keys.count(k) > 1}
    assert not clashes, f"Alt+ keys used twice: {sorted(clashes)}"


def test_a_store_that_cannot_be_opened_is_said_plainly(qtbot, make_view, ctx, monkeypatch):
    from isoapp.notes.errors import NotesError

    def refuse():
        raise NotesError("The notes file cannot be opened (disk error).")

    monkeypatch.setattr(ctx, "notes_store", refuse)
    view = make_view()
    assert not view.form.mood.buttons[0].isEnabled() and not view.form.note.isEnabled()
    assert view.form.status.isEnabled()
    assert "cannot be read" in view.form.status.text() and "disk error" in view.form.status.text()


def test_dose_marks_follow_a_theme_change(qtbot, make_view, ctx):
    from PySide6.QtGui import QColor, QPalette

    from isoapp.course import DosePeriod
    from isoapp.course_store import CourseSettings, CourseStore

    CourseStore(ctx.notes_store()).set_up(
        CourseSettings("us", False), DosePeriod(TODAY - timedelta(days=10), 40, 60), today=TODAY
    )
    view = make_view()
    view.start_trends()
    chart = view.trends.chart
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#F0F0F0"))
    chart.setPalette(dark)
    edge, label = chart._marks
    assert edge.pen.color().name() == "#f0f0f0" and label.color.name() == "#f0f0f0"


def test_another_programs_lock_never_freezes_the_form_and_nothing_is_lost(qtbot, make_view, ctx):
    import sqlite3
    import time

    view = make_view()
    other = sqlite3.connect(ctx.data_dir / "notes.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        start = time.perf_counter()
        view.form.mood.buttons[2].click()
        assert time.perf_counter() - start < 1.0  # no 5-second wait on the interface thread
        assert "Waiting for the notes file" in view.form.status.text()
        assert view.form.mood.value() == 3 and not view.controller.saved_ok
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: stored(ctx) is not None, timeout=3000)  # tried again shortly, then saved
    assert stored(ctx).mood == 3 and view.controller.saved_ok and view.flush() is True
