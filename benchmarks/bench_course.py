"""My course: figures for a 2-year log, calendar export of a 2-year plan, saving a check-in, and the course
page's first switch with 2 years of entries.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_course [--runs N]

- figures: ``cumulative`` and ``figures`` (which adds the 14-day average, the missed-day count and the
  forecast) over 730 days in 12 dose periods with pauses and 60 missed days (target <= 1 ms).
- calendar: ``calendar_bytes`` for a 2-year plan (every monthly item of 24 months, plus 100 own events and
  the daily reminder), and the whole ``--export-calendar`` path (open the store, refresh the plan, write
  the file) (target <= 200 ms).
- check-in: one ``CheckinStore.save`` (validate + one transaction, synchronous=FULL) into a store with
  2 years of daily check-ins (issue 14's target <= 5 ms).
- first switch: the main window is open on another tab; switch to My course (2 years of entries) and
  paint it synchronously. The chart is built just after (pyqtgraph is imported then): timed apart.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Row, print_table, time_call

TODAY = date(2026, 12, 1)
DAYS = 730


def two_year_log():
    from isoapp.course import DosePeriod

    start = TODAY - timedelta(days=DAYS - 1)
    periods, day = [], start
    for i in range(12):
        end = day + timedelta(days=55)
        periods.append(DosePeriod(day, 20 + 10 * (i % 5), 60 + i % 3, None if i == 11 else end))
        day = end + timedelta(days=1 + (i % 3) * 2)  # some pauses
    missed = [start + timedelta(days=5 + 12 * k) for k in range(60)]
    return periods, missed


def figures_rows(repeat: int) -> list[Row]:
    from isoapp.course import cumulative, figures

    periods, missed = two_year_log()
    cumulative(periods, missed, TODAY)
    cum = time_call(lambda: cumulative(periods, missed, TODAY), repeat=repeat)
    fig = time_call(lambda: figures(periods, missed, TODAY, 150), repeat=repeat)
    return [
        Row("cumulative, 2-year log", cum, "ms", "<= 1", f"{len(periods)} periods, {len(missed)} missed days"),
        Row("figures (+ average, forecast), 2-year log", fig, "ms", "<= 1", f"{repeat} calls"),
    ]


def build_store(data_dir: Path) -> None:
    from isoapp.checkins import CheckIn, CheckinStore
    from isoapp.course_store import CourseSettings, CourseStore
    from isoapp.monitoring_plan import refresh_plan
    from isoapp.notes.store import NotesStore

    periods, missed = two_year_log()
    with NotesStore.open(data_dir) as store:
        course = CourseStore(store)
        course.set_up(CourseSettings("us", True, 150), periods[0], today=TODAY)
        for p in periods[1:]:
            course.add_period(p, today=TODAY)
        for day in missed:
            course.mark_day(day, "missed", today=TODAY)
        refresh_plan(course, TODAY)
        for k in range(100):
            course.add_event(TODAY - timedelta(days=7 * k), "other", f"Own item {k}", today=TODAY)
        entries = [CheckIn(TODAY - timedelta(days=k), mood=1 + k % 5, symptoms={"lips": k % 4}) for k in range(DAYS)]
        CheckinStore(store).save_many(entries, today=TODAY)


def calendar_rows(data_dir: Path, repeat: int) -> list[Row]:
    from isoapp.calendar_export import calendar_bytes
    from isoapp.course_export import export_calendar
    from isoapp.course_store import CourseStore
    from isoapp.monitoring_plan import add_months, generate_plan
    from isoapp.notes.store import NotesStore

    start = TODAY - timedelta(days=DAYS - 1)
    plan = [p.as_event() for p in generate_plan("us", start, add_months(start, 24), True)]
    with NotesStore.open(data_dir) as store:
        events = plan + [e for e in CourseStore(store).events() if e.own]
    daily = (start, TODAY)
    build = time_call(lambda: calendar_bytes(events, "2026-01-01T00:00:00.000Z", daily=daily), repeat=repeat)
    out = data_dir.parent / "plan.ics"
    whole = time_call(lambda: export_calendar(data_dir, out, force=True, daily=True, today=TODAY), repeat=repeat)
    return [
        Row("calendar: build + serialise, 2-year plan", build, "ms", "<= 200", f"{len(events)} events + daily"),
        Row("calendar: --export-calendar path, 2-year store", whole, "ms", "<= 200", "open, refresh plan, write"),
    ]


def checkin_rows(data_dir: Path, repeat: int) -> list[Row]:
    from isoapp.checkins import CheckIn, CheckinStore
    from isoapp.notes.store import NotesStore

    with NotesStore.open(data_dir) as store:
        checkins = CheckinStore(store)
        moods = iter(range(10_000))
        save = time_call(
            lambda: checkins.save(CheckIn(TODAY, mood=1 + next(moods) % 5, symptoms={"lips": 2}), today=TODAY),
            repeat=repeat,
        )
    return [Row("check-in: save one (store with 2 years)", save, "ms", "<= 5", "validate + 1 transaction")]


def switch_rows(data_dir: Path, runs: int) -> list[Row]:
    from isoapp.app import application, build_window

    app = application()
    switch, chart = [], []
    for _ in range(runs):
        window = build_window(data_dir)
        window.resize(1180, 760)
        window.show_section("overview")
        window.show()
        for _ in range(5):
            app.processEvents()
        window.ctx.run_deferred()
        start = time.perf_counter()
        body = window.show_section("course")
        window.repaint()
        switch.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        body.chart.ensure_plot()
        window.repaint()
        chart.append((time.perf_counter() - start) * 1000)
        window.ctx.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    switch.sort()
    chart.sort()
    return [
        Row("first switch to My course, 2 years of entries", switch[len(switch) // 2], "ms", "<= 100", "paint"),
        Row("then the chart (first: pyqtgraph import)", chart[len(chart) // 2], "ms", "", f"max {chart[-1]:.0f} ms"),
    ]


def rows(runs: int = 9) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-course-") as tmp:
        data_dir = Path(tmp) / "data"
        build_store(data_dir)
        result = figures_rows(repeat=max(201, runs * 20))
        result += calendar_rows(data_dir, repeat=max(7, runs))
        result += checkin_rows(data_dir, repeat=max(21, runs * 3))
        result += switch_rows(data_dir, runs=max(5, runs // 2))
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print_table(rows(args.runs), "My course")


if __name__ == "__main__":
    main()
