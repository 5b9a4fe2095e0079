"""The My course and Tests and visits sections in the real window: set-up, daily log, periods, plan."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from isoapp.course import DosePeriod
from isoapp.course_sample import fill_sample_course
from isoapp.ui.course.controller import controller_for

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def window(make_window, qtbot):
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    return w


def _fill_form(form, *, dose=40.0, weight=60.0, pregnant=True):
    form.start.setDate(form.start.date().addDays(-20))
    form.dose.setValue(dose)
    form.weight.setValue(weight)
    form.region.setCurrentIndex(form.region.findData("uk-eu"))
    (form.pregnant_yes if pregnant else form.pregnant_no).setChecked(True)


def test_set_up_from_the_form_then_taken_today(window, qtbot):
    from PySide6.QtCore import Qt

    view = window.show_section("course")
    assert view.setup.isVisible() and not view.tracker.isVisible()
    _fill_form(view.setup)
    qtbot.mouseClick(view.setup.save_button, Qt.MouseButton.LeftButton)
    assert view.tracker.isVisible() and not view.setup.isVisible()
    settings = view.controller.settings()
    assert settings.region == "uk-eu" and settings.can_get_pregnant and settings.target_mg_per_kg is None
    assert view.figures.values["taken"].text() == "20"
    assert "None set" in view.figures.values["forecast"].text()
    view.taken_today.click()
    assert view.controller.store.day_status(view.controller.today()) == "taken"
    assert view.figures.values["taken"].text() == "21", "today counts once marked taken"
    assert not view.taken_today.isEnabled()
    plan = window.show_section("plan")
    assert plan.model.rowCount() > 0 and plan.rules_box.isVisible()
    assert any(e.kind == "pregnancy-test" for e in plan.model.events)


def test_form_refuses_a_zero_dose_and_a_missing_answer(window):
    view = window.show_section("course")
    _fill_form(view.setup, dose=0)
    assert view.setup.save() is False
    assert "Dose" in view.setup.error.text() and view.setup.error.isVisibleTo(view)
    assert view.controller.settings() is None
    view.setup.dose.setValue(40)
    view.setup.pregnant_group.setExclusive(False)
    view.setup.pregnant_yes.setChecked(False)
    view.setup.pregnant_group.setExclusive(True)
    assert view.setup.save() is False and "pregnant" in view.setup.error.text()
    assert view.controller.settings() is None


def test_change_set_up_keeps_the_course_and_a_new_region_makes_a_new_plan(window):
    view = window.show_section("course")
    controller = view.controller
    fill_sample_course(controller.store, controller.today(), region="us", can_get_pregnant=True)
    controller.changed.emit()
    view.edit_setup()
    assert view.setup.isVisible() and view.setup.editing
    view.setup.pregnant_no.setChecked(True)
    view.setup.region.setCurrentIndex(view.setup.region.findData("uk-eu"))
    assert view.setup.save()
    events = controller.store.events()
    assert not [e for e in events if e.kind == "pregnancy-test"], "old ticked items of the US plan are gone"
    assert len(controller.store.dose_periods()) == 3, "periods kept"


def test_periods_delete_and_undo(window):
    view = window.show_section("course")
    controller = view.controller
    fill_sample_course(controller.store, controller.today())
    controller.changed.emit()
    before = controller.store.dose_periods()
    view.periods.table.selectRow(1)
    view.periods.delete()
    assert len(controller.store.dose_periods()) == 2
    assert view.periods.undo_button.isEnabled()
    view.periods.undo()
    assert controller.store.dose_periods() == before
    with pytest.raises(ValueError, match="^periods"):
        controller.add_period(DosePeriod(before[0].start, 40, 60, before[0].start))
    assert controller.store.dose_periods() == before


def test_calendar_marks_the_chosen_day(window):
    from isoapp.ui.course.common import to_qdate

    view = window.show_section("course")
    controller = view.controller
    fill_sample_course(controller.store, controller.today())
    controller.changed.emit()
    day = controller.today() - timedelta(days=2)
    view.log.calendar.setSelectedDate(to_qdate(day))
    taken_before = view.controller.figures().days_taken
    view.log.missed_button.click()
    assert controller.store.day_status(day) == "missed"
    assert view.controller.figures().days_taken == taken_before - 1
    assert "missed" in view.log.chosen.text()
    view.log.calendar.setSelectedDate(to_qdate(controller.today() + timedelta(days=3)))
    assert not view.log.missed_button.isEnabled(), "future days cannot be marked"


def test_plan_tick_move_and_own_items(window):
    from PySide6.QtCore import Qt

    plan = window.show_section("plan")
    assert plan.no_course.isVisible()
    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    controller.changed.emit()
    row = next(i for i, e in enumerate(plan.model.events) if not e.done and not e.own)
    key = plan.model.events[row].key
    assert plan.model.setData(plan.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert controller.store.event(key).done
    controller.move_event(key, controller.today() + timedelta(days=40))
    assert controller.store.event(key).moved
    own = [e for e in plan.model.events if e.own]
    assert own and "(added by you)" in plan.model.data(plan.model.index(plan.model.events.index(own[0]), 2))
    plan.table.selectRow(plan.model.events.index(own[0]))
    plan.delete_selected()
    assert not [e for e in controller.store.events() if e.own]


def test_accessible_with_a_course_and_sections_pass_their_checks(window):
    from PySide6.QtWidgets import QApplication

    from isoapp.ui.a11y import describe, unnamed_focusable

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    for section_id in ("course", "plan"):
        body = window.show_section(section_id)
        body.prepare_screenshot()
        QApplication.processEvents()
        missing = unnamed_focusable(window.frames[section_id])
        assert not missing, ", ".join(describe(w) for w in missing)
        failed = [(name, why) for name, ok, why in body.self_check() if not ok]
        assert not failed
    course = window.section_widget("course")
    assert course.chart.plot is not None and course.chart.plot.accessibleDescription()
    assert course.chart.model.rowCount() >= 10


def test_window_banner_lists_what_is_due(window):
    from PySide6.QtCore import QCoreApplication, QEvent

    from isoapp.ui.course.due_banner import DueBanner, refresh_window_banner, window_banner

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    refresh_window_banner(window.ctx)
    banner = window_banner(window.ctx)
    assert banner is not None and banner.isVisibleTo(window), "shown in the window's banner area"
    assert "Coming up: Dermatology visit" in banner.label.text()
    for e in controller.store.events():
        controller.set_done(e.key, True)  # each tick refreshes the banner
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window_banner(window.ctx) is None
    assert not [b for b in window.findChildren(DueBanner) if b.isVisibleTo(window)]


def test_core_modules_stay_free_of_qt_and_the_chart_loads_pyqtgraph_late():
    code = (
        "import sys\n"
        "import isoapp.course, isoapp.course_store, isoapp.checkins, isoapp.monitoring_plan\n"
        "import isoapp.calendar_export, isoapp.backup, isoapp.course_export, isoapp.course_cli\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt in the core'\n"
        "import isoapp.ui.course.course_view, isoapp.ui.course.plan_view\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported with the views'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_sample_is_only_an_example_and_dates_fit_today():
    today = date(2026, 12, 1)
    from isoapp.course_sample import sample_periods

    periods = sample_periods(today)
    assert periods[-1].end is None and periods[0].start < today


def test_nothing_is_cut_off_at_200_percent_text(window):
    from PySide6.QtWidgets import QApplication, QScrollArea

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    window.zoom.set_percent(200, save=False)
    try:
        for section_id in ("course", "plan"):
            body = window.show_section(section_id)
            body.prepare_screenshot()
            QApplication.processEvents()
            scroll = next(s for s in body.findChildren(QScrollArea) if s.widget().objectName() != "")
            need = scroll.widget().minimumSizeHint().width()
            assert need <= scroll.viewport().width(), f"{section_id}: needs {need}px, has {scroll.viewport().width()}"
    finally:
        window.zoom.set_percent(100, save=False)


def test_tray_reminder_is_opt_in_and_names_the_next_item(window, monkeypatch):
    from isoapp.ui.course import tray_reminder
    from isoapp.ui.course.startup import after_start, reminder_for

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    assert not tray_reminder.enabled(window.ctx), "off until the person turns it on"
    after_start(window.ctx)
    assert reminder_for(window.ctx).icon is None
    assert "Coming up: Dermatology visit" in reminder_for(window.ctx).message()
    shown = []
    monkeypatch.setattr(tray_reminder, "tray_available", lambda: True)
    monkeypatch.setattr(tray_reminder.QSystemTrayIcon, "showMessage", lambda self, *a: shown.append(a[1]))
    reminder_for(window.ctx).set_enabled(True)
    assert tray_reminder.enabled(window.ctx) and len(shown) == 1
    reminder_for(window.ctx).check()
    assert len(shown) == 1, "once a day at most"
    reminder_for(window.ctx).set_enabled(False)
    assert not reminder_for(window.ctx).icon.isVisible()


def test_backup_and_restore_from_the_window(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from isoapp.ui.course.backup_actions import BackupActions

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append("warning: " + a[2]))
    dest = tmp_path / "backup.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    actions = BackupActions(window, window.ctx)
    assert actions.export_all() == dest and dest.exists()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dest), ""))
    assert actions.import_all() is False, "this folder already has a course"
    assert told[-1].startswith("warning: ") and "already has a course" in told[-1]


def test_file_menu_offers_backup_and_restore(window, monkeypatch):
    from isoapp.ui.course.backup_actions import BackupActions

    called = []
    monkeypatch.setattr(BackupActions, "export_all", lambda self: called.append("export"))
    monkeypatch.setattr(BackupActions, "import_all", lambda self: called.append("import"))
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    texts = {a.text(): a for a in file_menu.actions()}
    texts["&Back up everything…"].trigger()
    texts["&Restore from a backup…"].trigger()
    assert called == ["export", "import"]


def test_the_due_note_is_said_once(window):
    from isoapp.ui.course.due_banner import window_banner

    controller = controller_for(window.ctx)
    view = window.show_section("course")
    fill_sample_course(controller.store, controller.today())
    controller.changed.emit()
    assert window_banner(window.ctx) is not None
    assert not view.due.isVisibleTo(view), "the window's banner already says it"
    for e in controller.store.events():
        controller.set_done(e.key, True)
    assert window_banner(window.ctx) is None and not view.due.isVisibleTo(view)


def test_visit_sheet_shows_the_course_so_far(window):
    from isoapp.notes.visit import build_visit_sheet
    from isoapp.ui.notes.printing import visit_document

    controller = controller_for(window.ctx)
    text = visit_document(build_visit_sheet(window.ctx.notes_store())).toPlainText()
    assert "My course so far" not in text
    fill_sample_course(controller.store, controller.today())
    text = visit_document(build_visit_sheet(window.ctx.notes_store())).toPlainText()
    assert "My course so far" in text and "Days taken: 68. Missed days: 3." in text


def test_save_picture_of_the_chart(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    view = window.show_section("course")
    dest = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    saved = view.chart.save_png()
    assert saved == tmp_path / "chart.png" and saved.read_bytes().startswith(b"\x89PNG")


def test_calendar_button_writes_the_plan_in_the_interface_language(window, tmp_path, monkeypatch):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    view = window.show_section("course")
    dest = tmp_path / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    monkeypatch.setattr(
        "isoapp.ui.course.plan_texts.QCoreApplication.translate",
        lambda context, text, *a: "[x] " + text if context == "MonitoringPlan" else text,
    )
    view.daily_reminder.setChecked(True)
    view.export_calendar()
    events = list(Calendar.from_ical(dest.read_bytes()).walk("VEVENT"))
    summaries = [str(e["summary"]) for e in events]
    assert "[x] Take your capsules" in summaries
    assert "[x] Monthly pregnancy test" in summaries
    assert "Dermatology visit: ask about lip care" in summaries, "the person's own words stay as written"
    assert "Saved the plan" in view.today_status.text()


def test_restore_into_an_empty_window_refreshes_the_course(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from isoapp.backup import export_all
    from isoapp.course_store import CourseStore
    from isoapp.notes.store import NotesStore
    from isoapp.ui.course.backup_actions import BackupActions

    other = tmp_path / "other"
    with NotesStore.open(other) as store:
        fill_sample_course(CourseStore(store), date.today())
    export_all(other, tmp_path / "b.json")
    view = window.show_section("course")
    assert view.setup.isVisibleTo(view)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.json"), ""))
    assert BackupActions(window, window.ctx).import_all()
    assert "Restored" in told[-1]
    assert view.tracker.isVisibleTo(view) and view.figures.values["taken"].text() == "68"
