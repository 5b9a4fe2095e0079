"""The oil chart section (issue 5): controls redraw the curve and the summary, the table and the
CSV show the model's numbers, exports write files, and pyqtgraph loads only with the chart tab."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox

from isoapp import content, oil_model
from isoapp.ui.chart import data as chart_data

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ctx(data_dir):
    from isoapp.ui.shell.context import AppContext
    from isoapp.ui.shell.settings import open_settings

    settings, _ = open_settings(data_dir)
    return AppContext(data_dir, settings)


@pytest.fixture
def view(qtbot, ctx):
    from isoapp.ui.chart.view import create

    section = next(s for s in content.sections() if s.kind == "chart")
    widget = create(section, ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _curve(view):
    xs, ys = view.curve.getData()
    return np.asarray(xs), np.asarray(ys)


def test_dose_control_changes_curve_and_summary(view, qtbot):
    assert view.dose == pytest.approx(chart_data.DEFAULT_DOSE)
    xs, before = _curve(view)
    summary_before = view.summary_label.text()
    band_before = view.band.path().boundingRect()
    view.dose_slider.setFocus()
    for _ in range(5):  # five steps down with the keyboard: 1.0 -> 0.5
        qtbot.keyClick(view.dose_slider, Qt.Key.Key_Left)
    assert view.dose == pytest.approx(0.5)
    assert view.dose_spin.text() == "0.5"
    xs2, after = _curve(view)
    np.testing.assert_array_equal(xs, xs2)
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, oil_model.sebum_percent(xs2, 0.5, view.course))
    low, high = oil_model.sebum_band(xs2, 0.5, view.course)
    np.testing.assert_allclose(view.low_curve.getData()[1], low)
    np.testing.assert_allclose(view.high_curve.getData()[1], high)
    band = view.band.path().boundingRect()  # the shaded band follows its edges
    assert band != band_before
    assert band.top() == pytest.approx(min(low.min(), high.min()), abs=1e-6)
    summary = view.summary_label.text()
    assert summary != summary_before
    assert summary == chart_data.summary(0.5, view.course)
    assert "0.5 mg per kg" in summary
    assert view.plot.accessibleDescription() == summary


def test_spin_box_typing_sets_dose(view, qtbot):
    view.dose_spin.selectAll()
    qtbot.keyClicks(view.dose_spin.lineEdit(), "0.3")
    qtbot.keyClick(view.dose_spin, Qt.Key.Key_Return)
    assert view.dose == pytest.approx(0.3)
    assert view.dose_slider.value() == 3
    np.testing.assert_allclose(_curve(view)[1], oil_model.sebum_percent(_curve(view)[0], 0.3, view.course))


def test_course_control_moves_shading_axis_and_study_points(view):
    view.course_slider.setValue(30)
    assert view.course == 30
    assert view.course_spin.value() == 30
    xs, ys = _curve(view)
    assert xs[0] == 0 and xs[-1] == pytest.approx(30 + oil_model.WEEKS_AFTER)
    lo, hi = view.course_region.getRegion()
    assert (lo, hi) == (0, 30)
    x_range = view.plot.getPlotItem().getViewBox().viewRange()[0]
    assert x_range[0] <= 0 and x_range[1] >= 30 + oil_model.WEEKS_AFTER
    after = [a for a in oil_model.anchors() if a.phase == "after" and a.plot]
    drawn = {(round(x, 6), a.source) for x, _, a in view.drawn_anchors()}
    for a in after:
        assert (round(30 + a.week, 6), a.source) in drawn
    # a short course hides the end-of-a-16-week-course results
    view.course_slider.setValue(8)
    weeks = [x for x, _, a in view.drawn_anchors() if a.phase == "course"]
    assert weeks and max(weeks) <= 8


def test_anchor_tooltips_name_the_study(view):
    drawn = view.drawn_anchors()
    assert len(drawn) >= 3
    for x, y, anchor in drawn:
        tip = chart_data.anchor_tip(anchor)
        assert anchor.study in tip and anchor.finding in tip
        # drawn where the study found it
        assert x == pytest.approx(anchor.chart_week(view.course))
        assert y == pytest.approx(anchor.value if anchor.value is not None else (anchor.low + anchor.high) / 2)
    # pointing at a study point shows its tip
    points, _bars = view._anchor_groups["course"]
    spot = points.points()[0]
    view._on_anchor_hover(points, [spot], None)
    assert view.plot.getPlotItem().getViewBox().toolTip() == chart_data.anchor_tip(spot.data())


def test_hover_readout(view, qtbot):
    vb = view.plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(10.2, 50))
    view.plot.scene().sigMouseMoved.emit(scene_pos)
    expected = chart_data.readout(10, view.dose, view.course)
    assert view.readout.text() == expected
    value = float(oil_model.sebum_percent([10], view.dose, view.course)[0])
    assert expected.startswith(f"Week 10: about {chart_data.pct(value)} of your usual oil")
    assert view.cursor.isVisible() and view.cursor.value() == 10
    # the read-out follows the controls
    view.set_dose(0.2)
    assert view.readout.text() == chart_data.readout(10, 0.2, view.course)


def test_table_toggle_shows_the_model_numbers(view, qtbot):
    qtbot.mouseClick(view.table_toggle, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.table_view
    assert view.table_view.isVisible()
    view.set_dose(0.7)
    view.set_course(20)
    model = view.table_view.model()
    weeks = np.arange(0, 20 + oil_model.WEEKS_AFTER + 1, dtype=float)
    assert model.rowCount() == len(weeks)
    oil = oil_model.sebum_percent(weeks, 0.7, 20)
    low, high = oil_model.sebum_band(weeks, 0.7, 20)
    for row, week in enumerate(weeks):
        assert model.data(model.index(row, 0)) == str(int(week))
        for col, values in ((2, oil), (3, low), (4, high)):
            idx = model.index(row, col)
            assert model.data(idx, Qt.ItemDataRole.UserRole) == pytest.approx(values[row])
            assert model.data(idx) == chart_data.pct(values[row])
    assert model.data(model.index(20, 1)) == "on treatment"
    assert model.data(model.index(21, 1)) == "after stopping"
    qtbot.mouseClick(view.table_toggle, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 0 and view.table_toggle.text() == "Show as table"


def test_csv_export_writes_the_model_values(view, tmp_path, monkeypatch):
    asked = {}

    def fake_dialog(parent, title, default, filters):
        asked["default"] = default
        return str(tmp_path / "my-chart"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    view.set_dose(0.4)
    view.set_course(24)
    view.csv_button.click()
    assert Path(asked["default"]).name == "isotretinoin-oil-chart.csv"
    path = tmp_path / "my-chart.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    weeks = np.array([float(r["week"]) for r in rows])
    np.testing.assert_array_equal(weeks, np.arange(0, 24 + oil_model.WEEKS_AFTER + 1))
    got = np.array([float(r["illustrative_oil_percent_of_usual"]) for r in rows])
    np.testing.assert_allclose(got, oil_model.sebum_percent(weeks, 0.4, 24), atol=0.005)
    low, high = oil_model.sebum_band(weeks, 0.4, 24)
    np.testing.assert_allclose([float(r["band_low_percent"]) for r in rows], low, atol=0.005)
    np.testing.assert_allclose([float(r["band_high_percent"]) for r in rows], high, atol=0.005)
    assert {r["dose_mg_per_kg_day"] for r in rows} == {"0.4"}
    assert not list(tmp_path.glob("*.part"))


def test_png_export_and_cancel(view, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    answers = iter([str(tmp_path / "chart.png"), ""])
    asked = []

    def fake_dialog(parent, title, default, filters):
        asked.append(default)
        return next(answers), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert view.save_png() == tmp_path / "chart.png"
    assert Path(asked[0]).name == "isotretinoin-oil-chart.png"
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull()
    assert image.width() >= view.plot.width() and image.height() > view.plot.height()
    assert view.save_png() is None  # cancelled: nothing written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_failed_save_tells_the_person(view, tmp_path, monkeypatch):
    target = tmp_path / "no-such-folder" / "x.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: told.append(a)))
    assert view.save_csv() is None
    assert told and str(target) in told[0][2]
    assert not target.parent.exists()


def test_every_control_has_an_accessible_name(view):
    from isoapp.ui.a11y import unnamed_focusable

    assert unnamed_focusable(view) == []
    view.show_table(True)
    assert unnamed_focusable(view) == []
    for widget in (
        view.dose_slider,
        view.dose_spin,
        view.course_slider,
        view.course_spin,
        view.table_toggle,
        view.png_button,
        view.csv_button,
        view.summary_label,
    ):
        assert widget.accessibleName()
    assert view.dose_label.buddy() is view.dose_spin
    assert view.course_label.buddy() is view.course_spin


def test_illustrative_label_is_big_and_visible(view):
    assert view.warning.isVisible()
    assert view.warning.text() == "Illustrative \u2014 not a prediction for you"
    assert view.warning.font().pointSizeF() >= view.font().pointSizeF() * 1.3
    assert view.warning.font().bold()


def test_dark_palette_changes_the_colours(view):
    light_line = view.curve.opts["pen"].color().name()
    dark = QPalette(view.palette())
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        dark.setColor(role, QColor("#1e1e1e"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, QColor("#f0f0f0"))
    view.setPalette(dark)
    dark_line = view.curve.opts["pen"].color().name()
    assert light_line != dark_line
    assert view.plot.backgroundBrush().color().name() == "#1e1e1e"
    axis_text = view.plot.getPlotItem().getAxis("left").textPen().color().name()
    assert axis_text == "#f0f0f0"


def test_self_check_passes(view):
    results = view.self_check()
    assert {name for name, _, _ in results} >= {"chart rendered", "curve has points", "summary text present"}
    assert all(ok for _, ok, _ in results), results


def test_dose_and_course_remembered(view, ctx, qtbot):
    from isoapp.ui.chart.view import create

    view.set_dose(0.6)
    view.set_course(28)
    again = create(view.section, ctx)
    qtbot.addWidget(again)
    assert (again.dose, again.course) == (pytest.approx(0.6), 28)
    ctx.settings.setValue("oil_chart/dose", "nonsense")
    third = create(view.section, ctx)
    qtbot.addWidget(third)
    assert third.dose == chart_data.DEFAULT_DOSE


def test_bad_values_are_refused_with_a_message(view):
    with pytest.raises(ValueError, match="dose"):
        view.set_dose(1.5)
    with pytest.raises(ValueError, match="course"):
        view.set_course(60)
    assert view.dose == chart_data.DEFAULT_DOSE and view.course == chart_data.DEFAULT_COURSE


def test_chart_tab_is_built_in_the_main_window(make_window, qtbot):
    window = make_window()
    window.show()
    body = window.show_section(next(s.id for s in window.sections if s.kind == "chart"))
    assert type(body).__name__ == "OilChartView"


def test_pyqtgraph_loads_only_with_the_chart_tab(tmp_path):
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        import isoapp, isoapp.cli, isoapp.oil_model
        assert "pyqtgraph" not in sys.modules, "import isoapp loaded pyqtgraph"
        from isoapp.app import application, build_window
        app = application()
        window = build_window(Path(sys.argv[1]))
        window.show()
        for _ in range(5):
            app.processEvents()
        chart_id = next(s.id for s in window.sections if s.kind == "chart")
        assert window.current_section_id() != chart_id
        assert not window.is_built(chart_id)
        before = sorted(m for m in sys.modules if m.split(".")[0] == "pyqtgraph")
        window.show_section(chart_id)
        app.processEvents()
        after = "pyqtgraph" in sys.modules
        print("before", before, "after", after)
        window.ctx.close()
        sys.exit(0 if (not before and after) else 1)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_text_size_follows_the_app_font(view, qapp):
    from PySide6.QtGui import QFont

    old = qapp.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    warning_before = view.warning.font().pointSizeF()
    marker_before = view._marker_px
    try:
        qapp.setFont(big)
        qapp.processEvents()
        assert view.warning.font().pointSizeF() == pytest.approx(warning_before * 2, rel=0.05)
        assert view._marker_px > marker_before
        assert view.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(
            big.pointSizeF()
        )
    finally:
        qapp.setFont(old)
        qapp.processEvents()


def test_screen_reader_hears_the_result_once_controls_settle(view, qtbot, monkeypatch):
    from isoapp.ui import a11y

    said = []
    monkeypatch.setattr(a11y, "announce", lambda widget, message: said.append(message))
    for value in (9, 8, 7):  # three quick slider steps
        view.dose_slider.setValue(value)
    qtbot.waitUntil(lambda: len(said) > 0, timeout=3000)
    qtbot.wait(50)
    assert said == [chart_data.short_summary(0.7, view.course)]
    end = chart_data.pct(oil_model.sebum_percent([view.course], 0.7, view.course)[0])
    assert f"about {end} of usual at the end" in said[0]


@pytest.mark.parametrize("theme_key", ["light", "dark", "high-contrast"])
def test_chart_colours_readable_in_every_theme(view, theme_key):
    from isoapp import palettes
    from isoapp.contrast import contrast_ratio
    from isoapp.ui.style.theme import qpalette

    view.setPalette(qpalette(palettes.THEMES[theme_key]))
    colours = view._colours()
    bg = view.plot.backgroundBrush().color().name()
    assert bg == colours["background"].name()
    # lines and markers: WCAG 1.4.11 non-text contrast 3:1; axis text 4.5:1
    assert contrast_ratio(view.curve.opts["pen"].color().name(), bg) >= 3.0
    assert contrast_ratio(colours["anchor"].name(), bg) >= 3.0
    axis = view.plot.getPlotItem().getAxis("left").textPen().color().name()
    assert contrast_ratio(axis, bg) >= 4.5
    # the course shading stays light enough that the line on top keeps 3:1
    assert contrast_ratio(view.curve.opts["pen"].color().name(), colours["course"].name()) >= 3.0


def _mouse_move(widget, pos):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("course", [16, 30])
def test_pointing_at_a_study_result_names_the_study(view, qtbot, course):
    view.set_course(course)
    qtbot.wait(20)
    view.plot.grab()  # lay out and paint once, as the screen would before anyone points at it
    vb = view.plot.getPlotItem().getViewBox()
    for x, y, anchor in view.drawn_anchors():
        pos = view.plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        qtbot.wait(40)  # pyqtgraph drops mouse moves closer together than ~20 ms
        _mouse_move(view.plot.viewport(), pos)
        assert anchor.study in vb.toolTip(), (anchor.study, x, y)
        if anchor.range_only:  # anywhere along a range bar, not only its middle
            for frac in (0.1, 0.9):
                qtbot.wait(40)
                _mouse_move(view.plot.viewport(), QPointF(5, 5))  # away, then back onto the bar
                qtbot.wait(40)
                y_frac = anchor.low + frac * (anchor.high - anchor.low)
                p2 = view.plot.mapFromScene(vb.mapViewToScene(QPointF(x, y_frac)))
                _mouse_move(view.plot.viewport(), p2)
                assert anchor.study in vb.toolTip(), (anchor.study, x, y_frac)
        shown_week = int(view.readout.text().split(":")[0].removeprefix("Week "))
        assert abs(shown_week - x) <= 1  # the read-out follows the pointer (to a pixel's rounding)


def test_keyboard_reads_the_explanation_before_the_controls(view):
    from PySide6.QtCore import Qt

    # (Tab inside the text first walks its links, as in any browser; then focus leaves to the next widget.)
    widget = view.text.browser.nextInFocusChain()
    while widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        widget = widget.nextInFocusChain()
    assert widget is view.dose_slider
