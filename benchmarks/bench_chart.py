"""Oil chart (issue 5): model speed, control change to repainted chart, first show of the chart tab.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_chart [--runs N]

- model: ``sebum_percent`` (and the band) for 600 weeks, median of many calls (target <= 1 ms).
- control change: set the dose control to a new value, then force a synchronous repaint
  (the plot widget's ``repaint()``, and a ``grab()`` of the whole chart panel, which also paints the
  changed summary); median over many changes (target <= 16 ms, one frame at 60 Hz).
- first show: in a fresh process (pyqtgraph not yet imported), the main window is open on another tab;
  time from switching to the chart tab until it has been painted, including the pyqtgraph import.
  Also the pyqtgraph import alone, in a fresh process with a QApplication.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO, Row, offscreen_env, print_table, time_call

MODEL_WEEKS = 600


def model_rows(repeat: int = 501) -> list[Row]:
    import numpy as np

    from isoapp import oil_model

    weeks = np.linspace(0.0, 52 + oil_model.WEEKS_AFTER, MODEL_WEEKS)
    oil_model.sebum_percent(weeks, 0.5, 52)  # warm up (numpy dispatch)
    central = time_call(lambda: oil_model.sebum_percent(weeks, 0.5, 52), repeat=repeat)
    band = time_call(lambda: oil_model.sebum_band(weeks, 0.5, 52), repeat=repeat)
    return [
        Row(f"model: sebum_percent, {MODEL_WEEKS} weeks", central, "ms", "<= 1", f"{repeat} calls"),
        Row(f"model: sebum_band, {MODEL_WEEKS} weeks", band, "ms", "", f"{repeat} calls"),
    ]


def _make_view():
    from isoapp import content
    from isoapp.app import application
    from isoapp.ui.chart.view import create
    from isoapp.ui.shell.context import AppContext
    from isoapp.ui.shell.settings import open_settings

    app = application()
    tmp = tempfile.TemporaryDirectory(prefix="isoapp-bench-chart-")
    data = Path(tmp.name) / "data"
    settings, _ = open_settings(data)
    ctx = AppContext(data, settings)
    section = next(s for s in content.sections() if s.kind == "chart")
    view = create(section, ctx)
    view.resize(1000, 620)
    view.show()
    for _ in range(5):
        app.processEvents()
    return app, view, tmp


def repaint_rows(repeat: int = 61) -> list[Row]:
    app, view, tmp = _make_view()
    try:
        doses = [d / 10 for d in range(1, 11)]
        state = {"i": 0}

        def next_dose() -> None:
            state["i"] += 1
            view.set_dose(doses[state["i"] % len(doses)])

        def change_and_repaint_plot() -> None:
            next_dose()
            view.plot.viewport().repaint()

        def change_and_grab_panel() -> None:
            next_dose()
            view.scroll.widget().grab()

        def change_course_and_grab_panel() -> None:
            state["i"] += 1
            view.set_course(8 + (state["i"] * 7) % 45)
            view.scroll.widget().grab()

        for fn in (change_and_repaint_plot, change_and_grab_panel, change_course_and_grab_panel):
            for _ in range(5):
                fn()  # warm up
        plot_ms = time_call(change_and_repaint_plot, repeat=repeat)
        panel_ms = time_call(change_and_grab_panel, repeat=repeat)
        course_ms = time_call(change_course_and_grab_panel, repeat=repeat)
        app.processEvents()
    finally:
        view.ctx.close()
        view.close()
        view.deleteLater()
        app.processEvents()
        tmp.cleanup()
    return [
        Row("dose change -> plot repainted", plot_ms, "ms", "<= 16", f"{repeat} changes"),
        Row("dose change -> chart panel grabbed", panel_ms, "ms", "<= 16", "plot + summary + read-out"),
        Row("course change -> chart panel grabbed", course_ms, "ms", "<= 16", "also moves shading, axis, points"),
    ]


_CHILD_FIRST_SHOW = """
import sys, time
from pathlib import Path
from isoapp.app import application, build_window
app = application()
window = build_window(Path(sys.argv[1]))
window.resize(1000, 700)
window.show()
for _ in range(5):
    app.processEvents()
chart_id = next(s.id for s in window.sections if s.kind == "chart")
assert "pyqtgraph" not in sys.modules and not window.is_built(chart_id)
start = time.perf_counter()
window.show_section(chart_id)
window.repaint()
app.processEvents()
elapsed = (time.perf_counter() - start) * 1000
assert "pyqtgraph" in sys.modules
window.ctx.close()
print(elapsed)
"""

_CHILD_IMPORT = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
import pyqtgraph
print((time.perf_counter() - start) * 1000)
"""


def _child_ms(code: str, *args: str) -> float:
    env = offscreen_env(PYTHONPATH=str(REPO))
    r = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    if r.returncode != 0:
        raise RuntimeError(f"child failed: {r.stderr[-800:]}")
    return float(r.stdout.strip().splitlines()[-1])


def first_show_rows(runs: int = 9) -> list[Row]:
    show, imp = [], []
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-first-") as tmp:
        _child_ms(_CHILD_IMPORT)  # warm the file cache
        for i in range(runs):
            show.append(_child_ms(_CHILD_FIRST_SHOW, str(Path(tmp) / f"data{i}")))
            imp.append(_child_ms(_CHILD_IMPORT))
    return [
        Row(
            "first show of chart tab (fresh process)",
            statistics.median(show),
            "ms",
            "",
            f"{runs} runs; incl. pyqtgraph import; min {min(show):.0f}",
        ),
        Row("  of which: import pyqtgraph alone", statistics.median(imp), "ms", "", f"{runs} runs"),
    ]


def rows(runs: int = 9) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return [*model_rows(), *repaint_rows(), *first_show_rows(max(runs, 7))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="fresh processes for the first-show figure")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    args = parser.parse_args()
    start = time.perf_counter()
    result = rows(args.runs)
    print_table(result, f"Oil chart (offscreen)  [{time.perf_counter() - start:.0f} s]")
    if args.json:
        print(json.dumps([r.__dict__ for r in result], indent=1))


if __name__ == "__main__":
    main()
