"""Daily check-in and the doctor's summary (issue 14), with 2 years of daily entries.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_checkin [--runs N]

- save: ``CheckinStore.save`` of one day (one transaction, WAL), and the form's own save (the
  controller: validate, store, status line, the 14-day mood count), median of many saves (<= 5 ms).
- range change: week / month / whole course in turn on the trends panel, then a synchronous repaint
  of the chart (``viewport().repaint()``), and a ``grab()`` of the whole panel (<= 16 ms).
- first switch: in a fresh process with the main window open on another tab and 2 years stored,
  switch to the Check-in tab and paint it (<= 100 ms); the trends and the chart, which come just
  after that paint (they load pyqtgraph), are reported apart.
- summary: gather the parts, lay out the document and write the PDF bytes (<= 1 s).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Row, print_table, time_call

DAYS = 730
TODAY = date(2026, 12, 1)


def _setup():
    from PySide6.QtCore import QSettings

    from isoapp.app import application
    from isoapp.checkin_samples import sample_checkins
    from isoapp.checkins import CheckinStore
    from isoapp.course import DosePeriod
    from isoapp.course_store import CourseSettings, CourseStore
    from isoapp.ui.shell.context import AppContext

    app = application()
    tmp = tempfile.TemporaryDirectory(prefix="isoapp-bench-checkin-")
    data = Path(tmp.name) / "data"
    ctx = AppContext(data, QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat))
    store = ctx.notes_store()
    CheckinStore(store).save_many(sample_checkins(TODAY, DAYS, serious_every=60), today=TODAY)
    course = CourseStore(store)
    course.set_up(CourseSettings("us", False, 120.0), DosePeriod(TODAY - timedelta(days=700), 40, 60), today=TODAY)
    for n in range(20):
        store.add(f"Question {n}", "Something to ask at the next visit.", is_question=True)
    return app, ctx, tmp


def save_rows(ctx, repeat: int) -> list[Row]:
    from isoapp.checkins import CheckIn, CheckinStore

    store = CheckinStore(ctx.notes_store())
    state = {"i": 0}

    def save_one() -> None:
        state["i"] += 1
        store.save(CheckIn(TODAY, mood=1 + state["i"] % 5, symptoms={"lips": state["i"] % 4}), today=TODAY)

    for _ in range(5):
        save_one()
    return [Row("save one check-in (store)", time_call(save_one, repeat=repeat), "ms", "<= 5", f"{repeat} saves")]


def _actions(view):
    """The timed actions on a shown check-in view: a form save, and range changes with a repaint."""
    chart = view.trends.chart
    state = {"i": 0}
    kinds = ("week", "month", "course")

    def form_save() -> None:
        state["i"] += 1
        view.form.mood.buttons[state["i"] % 5].click()  # saves at once (the trends refresh is put off)

    def change_and_repaint() -> None:
        state["i"] += 1
        view.trends.set_range(kinds[state["i"] % 3])
        chart.view.viewport().repaint()

    def change_and_grab() -> None:
        state["i"] += 1
        view.trends.set_range(kinds[state["i"] % 3])
        view.trends.grab()

    return form_save, change_and_repaint, change_and_grab


def view_rows(app, ctx, repeat: int) -> list[Row]:
    from isoapp import content
    from isoapp.ui.checkin.view import CheckinView

    view = CheckinView(content.section("checkin"), ctx, today=lambda: TODAY)
    view.resize(1150, 760)
    view.show()
    view.repaint()
    start = time.perf_counter()
    view.start_trends()  # what runs just after the section's first paint: fill the table, draw the chart
    view.trends.chart.repaint()
    chart_ms = (time.perf_counter() - start) * 1000
    for _ in range(5):
        app.processEvents()
    fns = _actions(view)
    for fn in fns:
        for _ in range(5):
            fn()  # warm up
    save, repaint, grab = (time_call(fn, repeat=repeat) for fn in fns)
    view.trends.tabs.setCurrentWidget(view.trends.table)  # now the table is in view: it follows each change
    for _ in range(5):
        fns[2]()
    table = time_call(fns[2], repeat=repeat)
    view.close()
    view.deleteLater()
    app.processEvents()
    return [
        Row("save one check-in (form click)", save, "ms", "<= 5", "validate+store+nudge"),
        Row("range change -> chart repainted", repaint, "ms", "<= 16", f"{DAYS} days, 7 bands"),
        Row("range change -> trends panel grabbed", grab, "ms", "<= 16", "chart tab in view"),
        Row("range change -> panel grabbed, table tab", table, "ms", "<= 16", "table refilled (up to 730 rows)"),
        Row("trends filled + chart drawn (after 1st paint)", chart_ms, "ms", "", "one run; pyqtgraph loaded"),
    ]


_CHILD_FIRST_SWITCH = """
import sys, time
from pathlib import Path
from isoapp.app import application, build_window
app = application()
window = build_window(Path(sys.argv[1]))
window.resize(1180, 760)
window.show()
for _ in range(5):
    app.processEvents()
window.ctx.run_deferred()
assert not window.is_built("checkin")
start = time.perf_counter()
window.show_section("checkin")
window.repaint()
elapsed = (time.perf_counter() - start) * 1000
start = time.perf_counter()
app.processEvents()  # the trends fill in and the chart is drawn
window.repaint()
after = (time.perf_counter() - start) * 1000
window.ctx.close()
print(elapsed, after)
"""


def first_switch_rows(runs: int) -> list[Row]:
    import shutil
    import statistics
    import subprocess
    import sys

    from benchmarks.common import REPO, offscreen_env

    env = offscreen_env(PYTHONPATH=str(REPO))
    app, ctx, tmp = _setup()  # a data dir with 2 years of entries, copied for every run
    ctx.close()
    first, after = [], []
    try:
        for i in range(runs + 1):
            data = Path(tmp.name) / f"run{i}"
            shutil.copytree(Path(tmp.name) / "data", data)
            cmd = [sys.executable, "-c", _CHILD_FIRST_SWITCH, str(data)]
            r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
            if r.returncode != 0:
                raise RuntimeError(f"child failed: {r.stderr[-800:]}")
            a, b = (float(v) for v in r.stdout.strip().splitlines()[-1].split())
            if i:  # the first run warms the file and bytecode caches
                first.append(a)
                after.append(b)
    finally:
        tmp.cleanup()
    return [
        Row(
            "first switch to Check-in (fresh process)",
            statistics.median(first),
            "ms",
            "<= 100",
            f"{runs} runs; form + status, 2 years stored",
        ),
        Row("  then: trends + chart (pyqtgraph import)", statistics.median(after), "ms", "", "after the paint"),
    ]


def summary_rows(ctx, repeat: int) -> list[Row]:
    from isoapp.ui.summary.document import summary_document, summary_pdf_bytes
    from isoapp.visit_summary import PARTS, build_summary

    store = ctx.notes_store()

    def build_pdf() -> None:
        summary_pdf_bytes(summary_document(build_summary(store, TODAY, PARTS)))

    build_pdf()
    gather = time_call(lambda: build_summary(store, TODAY, PARTS), repeat=repeat)
    return [
        Row(
            "summary PDF, 2 years (gather+layout+PDF)",
            time_call(build_pdf, repeat=repeat),
            "ms",
            "<= 1000",
            f"{repeat} runs",
        ),
        Row("  of which: gather the parts", gather, "ms", "", "Qt-free"),
    ]


def rows(runs: int = 9) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, ctx, tmp = _setup()
    try:
        result = [*save_rows(ctx, 101), *view_rows(app, ctx, 61), *summary_rows(ctx, max(runs, 7))]
    finally:
        ctx.close()
        tmp.cleanup()
    return [*result, *first_switch_rows(max(runs, 5))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    start = time.perf_counter()
    result = rows(args.runs)
    print_table(result, f"Check-in and doctor's summary  [{time.perf_counter() - start:.0f} s]")


if __name__ == "__main__":
    main()
