"""Benefits vs side effects view: time to build and first render, and time for a selection change
to redraw the icon array.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_comparison [--runs N]

``rows(runs)`` is what benchmarks/run.py calls (area "comparison").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from benchmarks.common import Row, print_table  # noqa: E402

SIZE = (1100, 760)


def _app():
    from isoapp.app import application

    return application()


def view_render_ms(runs: int) -> tuple[list[float], float, list[float]]:
    """Build the section widget, show it and grab it once.

    Returns (wall-time samples, the first cold run's wall time, CPU-time samples of this thread);
    CPU time shows the view's own cost when other processes share the cores."""
    app = _app()
    from isoapp import content
    from isoapp.ui.comparison.view import ComparisonView

    section = content.section("benefits-risks")
    samples, cpu = [], []
    for _ in range(runs + 1):
        start = time.perf_counter()
        cpu_start = time.thread_time()
        view = ComparisonView(section, None)
        view.resize(*SIZE)
        view.show()
        image = view.grab()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - cpu_start) * 1000)
        assert not image.isNull()
        view.close()
        view.deleteLater()
        app.processEvents()
    return samples[1:], samples[0], cpu[1:]


def selection_redraw_ms(runs: int, pairs: list[tuple[str, str | None]]) -> list[float]:
    """Select a row (with a comparison), then force the icon arrays to render (grab) synchronously."""
    app = _app()
    from isoapp import content
    from isoapp.ui.comparison.view import ComparisonView

    view = ComparisonView(content.section("benefits-risks"), None)
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    panel = view.compare
    samples = []
    for i in range(runs * len(pairs) + len(pairs)):
        first, compare = pairs[i % len(pairs)]
        panel.set_compare(compare)
        start = time.perf_counter()
        panel.select(first)
        panel.picture_a.array.grab()
        if compare:
            panel.picture_b.array.grab()
        elapsed = (time.perf_counter() - start) * 1000
        if i >= len(pairs):  # the first round warms caches
            samples.append(elapsed)
    view.close()
    view.deleteLater()
    app.processEvents()
    return samples


def rows(runs: int = 9) -> list[Row]:
    runs = max(runs, 7)
    warm, cold, cpu = view_render_ms(runs)
    one = selection_redraw_ms(runs * 3, [("clear-skin", None), ("blood-fats", None), ("relapse", None)])
    two = selection_redraw_ms(runs * 3, [("blood-fats", "suicidal-thoughts"), ("dry-skin", "hair-thinning")])
    return [
        Row(
            "view: create + show + first grab",
            statistics.median(warm),
            "ms",
            "<= 50",
            f"{SIZE[0]}x{SIZE[1]}; wall time; first (cold) run {cold:.1f} ms",
        ),
        Row(
            "view: create + show + first grab (CPU time)",
            statistics.median(cpu),
            "ms",
            "<= 50",
            "same runs, this thread's CPU time (not slowed by other processes)",
        ),
        Row(
            "select row -> icon array redrawn (100 figures)",
            statistics.median(one),
            "ms",
            "<= 16",
            "select + synchronous grab of the array",
        ),
        Row(
            "select row -> two arrays redrawn (1,000 figures each)",
            statistics.median(two),
            "ms",
            "<= 16",
            "with a comparison at the shared denominator",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    print_table(rows(args.runs), "Benefits vs side effects view")
    return 0


if __name__ == "__main__":
    sys.exit(main())
