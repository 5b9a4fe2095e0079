"""Sections built while the app is idle, a step at a time (issue 12): the chart's first click only shows
it. The widget is the same as one built at once; a click during the build finishes it; a failure leaves
the section to be built as usual; and the idle runner lets timers and input in between long steps."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from isoapp.ui.preload.idle import IdleRunner
from isoapp.ui.text.section_frame import SectionFrame


def _chart_id(window) -> str:
    return next(s.id for s in window.sections if s.kind == "chart")


def test_the_chart_built_in_steps_is_the_chart_and_its_click_does_not_rebuild_it(make_window):
    window = make_window()
    chart = _chart_id(window)
    pauses = sum(1 for _ in window.build_in_steps(chart))
    assert pauses >= 3  # four parts (the text, the controls, the plot, the rest) with a pause between each
    assert window.is_built(chart)
    frame = window.frames[chart]
    assert not frame.isVisibleTo(window)  # built hidden, in its tab

    body = window.show_section(chart)
    assert window.frames[chart] is frame and frame.body is body
    assert type(body).__name__ == "OilChartView"
    assert [check for check in body.self_check() if not check[1]] == []


def test_showing_the_section_during_its_build_finishes_that_build(make_window):
    window = make_window()
    chart = _chart_id(window)
    build = window.build_in_steps(chart)
    next(build)
    next(build)
    assert not window.is_built(chart)

    body = window.show_section(chart)
    assert type(body).__name__ == "OilChartView"
    assert list(build) == []  # the idle task ends without a second build
    holder = window.nav.holder(chart)
    assert holder.findChildren(SectionFrame) == [window.frames[chart]]


def test_a_failing_step_leaves_the_section_to_be_built_when_shown(make_window, monkeypatch):
    import isoapp.ui.chart.view as chart_view

    def broken(section, ctx):
        yield
        raise RuntimeError("no room")

    monkeypatch.setattr(chart_view, "create_in_steps", broken)
    window = make_window()
    chart = _chart_id(window)
    build = window.build_in_steps(chart)
    next(build)
    with pytest.raises(RuntimeError):
        next(build)  # the idle runner notes it and goes on with its other tasks
    assert not window.is_built(chart)
    assert type(window.show_section(chart)).__name__ == "OilChartView"


def test_a_kind_without_steps_is_left_for_its_click(make_window):
    from isoapp.ui.shell.registry import steps_for

    window = make_window()
    other = next(s.id for s in window.sections if steps_for(s.kind) is None)  # e.g. My notes
    assert list(window.build_in_steps(other)) == []
    assert not window.is_built(other)


def test_text_sections_are_built_while_idle_with_their_links_and_sources(make_window):
    window = make_window()
    text = next(s.id for s in window.sections if s.kind == "text" and not window.is_built(s.id))
    assert sum(1 for _ in window.build_in_steps(text)) >= 1
    body = window.show_section(text)
    assert window.frames[text].body is body
    markdown = body.browser.toMarkdown()
    assert "](gloss:" in markdown and "](cite:" in markdown  # the full text, not the quick first-tab one


def test_a_timer_due_during_a_long_step_fires_before_the_next_long_step(qtbot):
    """Two steps of ~30 ms each, each in a slice of its own: a 10 ms timer ticks between them, so a
    click waits for one step at most, never for both."""
    spans: list[tuple[float, float]] = []
    ticks: list[float] = []

    def long_step():
        start = time.perf_counter()
        while time.perf_counter() - start < 0.03:
            pass
        spans.append((start, time.perf_counter()))
        yield

    runner = IdleRunner()
    runner.add("first", long_step(), alone=True)
    runner.add("second", long_step(), alone=True)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    timer.stop()
    (_, first_end), (second_start, _) = spans
    assert any(first_end <= tick <= second_start for tick in ticks), (first_end, second_start, ticks)


def test_a_theme_change_during_the_build_reaches_the_finished_chart(make_window, qtbot):
    """The person switches to the dark theme while the chart is half built: nothing breaks (a half-built
    chart ignores the change) and the finished chart has the dark colours."""
    window = make_window()
    chart = _chart_id(window)
    build = window.build_in_steps(chart)
    for _ in range(3):
        next(build)  # the plot exists; its fonts and colours are not set yet
    window.set_theme("dark")
    try:
        qtbot.wait(10)
        for _ in build:
            pass  # the rest of the build, then the step that lays the hidden section out
        body = window.frames[chart].body
        assert body._c["background"] == body._colours()["background"]
        assert body._colours()["background"].lightness() < 100  # dark
    finally:
        window.set_theme("light")


def test_a_build_that_fails_when_finished_by_a_click_is_made_again_the_usual_way(make_window, monkeypatch, capsys):
    import isoapp.ui.chart.view as chart_view

    def fails_later(section, ctx):
        yield
        raise RuntimeError("half built")

    monkeypatch.setattr(chart_view, "create_in_steps", fails_later)
    window = make_window()
    chart = _chart_id(window)
    build = window.build_in_steps(chart)
    next(build)  # the click comes now, before the failing step
    body = window.show_section(chart)
    assert type(body).__name__ == "OilChartView"
    assert "half built" in capsys.readouterr().err  # reported, not hidden


@pytest.mark.parametrize("kind", ["comparison", "checkin"])
def test_other_heavy_sections_are_built_in_steps_too(make_window, kind):
    window = make_window()
    section = next(s.id for s in window.sections if s.kind == kind)
    pauses = sum(1 for _ in window.build_in_steps(section))
    assert pauses >= 2 and window.is_built(section)
    frame = window.frames[section]
    assert not frame.isVisibleTo(window)
    body = window.show_section(section)
    assert window.frames[section] is frame and frame.body is body
    if hasattr(body, "self_check"):
        assert [check for check in body.self_check() if not check[1]] == []


def test_a_checkin_store_that_cannot_open_leaves_the_section_to_its_click(make_window, monkeypatch):
    from isoapp.notes.errors import NotesError

    window = make_window()
    section = next(s.id for s in window.sections if s.kind == "checkin")

    def cannot_open():
        raise NotesError("locked by another program")

    monkeypatch.setattr(window.ctx, "notes_store", cannot_open)
    with pytest.raises(NotesError):
        list(window.build_in_steps(section))
    assert not window.is_built(section)
    body = window.show_section(section)  # built as usual: it tells the person, nothing is lost
    assert "cannot be read right now" in body.form.status.text()
