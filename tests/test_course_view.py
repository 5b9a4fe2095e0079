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
    from isoapp.ui.course.due_banner import BANNER_KEY, refresh_window_banner

    controller = controller_for(window.ctx)
    fill_sample_course(controller.store, controller.today())
    refresh_window_banner(window.ctx)
    banner = window.ctx.banners[BANNER_KEY]
    assert "Coming up: Dermatology visit" in banner.label.text()
    for e in controller.store.events():
        controller.set_done(e.key, True)
    refresh_window_banner(window.ctx)
    assert BANNER_KEY not in window.ctx.banners


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
