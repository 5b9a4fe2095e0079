"""Startup: the app's first paint against the cheapest PySide6 window (shared/bench/hello_window.py).

All run as whole processes with the same interpreter and QT_QPA_PLATFORM=offscreen, alternating
A/B/C; the medians of wall time, CPU time and peak RSS are compared as ratios (app / hello).

- "app": started the way the ``isoapp`` command and the frozen bundle start it (an entry script that
  calls ``isoapp.cli.main``), like the baseline, which is a script too.
- "python -m isoapp": the same through ``runpy`` (a few ms more), as the issue first measured it.

CPU time (user + system, all threads) is the process's own work: on a shared machine it moves much
less than wall time when other processes compete for the cores.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.common import REPO, SHARED_HELLO, Row, alternate_cpu, median, offscreen_env, print_table

ENTRY = REPO / "packaging" / "isoapp_entry.py"


def _spread(values: list[float], scale: float = 1000) -> str:
    return f"min {min(values) * scale:.0f}, max {max(values) * scale:.0f}"


def rows(runs: int = 9, data_dir: Path | None = None, label: str = "") -> list[Row]:
    if not SHARED_HELLO.is_file():
        raise SystemExit(f"baseline not found: {SHARED_HELLO}")
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-") as tmp:
        data = data_dir or Path(tmp) / "data"
        flags = ["--quit-after-first-paint", "--data-dir", str(data)]
        commands = {
            "app": [sys.executable, str(ENTRY), *flags],
            "module": [sys.executable, "-m", "isoapp", *flags],
            "hello": [sys.executable, str(SHARED_HELLO)],
        }
        results = alternate_cpu(commands, offscreen_env(PYTHONPATH=str(REPO)), runs)
    wall = {k: [w for w, _r, _c in v] for k, v in results.items()}
    cpu = {k: [c for _w, _r, c in v] for k, v in results.items()}
    rss = {k: [r / 1024 for _w, r, _c in v] for k, v in results.items()}
    tag = f" ({label})" if label else ""
    note = f"{runs} runs A/B/C"
    return [
        Row(f"app first paint, wall{tag}", median(wall["app"]) * 1000, "ms", note=f"{note}; {_spread(wall['app'])}"),
        Row("python -m isoapp, wall", median(wall["module"]) * 1000, "ms", note=_spread(wall["module"])),
        Row("hello window, wall", median(wall["hello"]) * 1000, "ms", note=_spread(wall["hello"])),
        Row(f"wall ratio app/hello{tag}", median(wall["app"]) / median(wall["hello"]), "x", "<= 1.3"),
        Row("wall ratio python -m isoapp/hello", median(wall["module"]) / median(wall["hello"]), "x"),
        Row(f"app CPU time{tag}", median(cpu["app"]) * 1000, "ms", note=_spread(cpu["app"])),
        Row("hello CPU time", median(cpu["hello"]) * 1000, "ms", note=_spread(cpu["hello"])),
        Row(f"CPU ratio app/hello{tag}", median(cpu["app"]) / median(cpu["hello"]), "x"),
        Row(f"app peak RSS{tag}", median(rss["app"]), "MiB"),
        Row("hello peak RSS", median(rss["hello"]), "MiB"),
        Row(f"peak RSS ratio app/hello{tag}", median(rss["app"]) / median(rss["hello"]), "x", "<= 1.15"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print_table(rows(args.runs), "Startup (offscreen)")


if __name__ == "__main__":
    main()
