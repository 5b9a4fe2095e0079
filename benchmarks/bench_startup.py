"""Startup: the app's first paint against the cheapest PySide6 window (shared/bench/hello_window.py).

Both run as whole processes with the same interpreter and QT_QPA_PLATFORM=offscreen, alternating
A/B; the medians of wall time and peak RSS are compared as ratios (app / hello).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.common import SHARED_HELLO, Row, alternate, median, offscreen_env, print_table


def rows(runs: int = 9, data_dir: Path | None = None, label: str = "") -> list[Row]:
    if not SHARED_HELLO.is_file():
        raise SystemExit(f"baseline not found: {SHARED_HELLO}")
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-") as tmp:
        data = data_dir or Path(tmp) / "data"
        commands = {
            "app": [sys.executable, "-m", "isoapp", "--quit-after-first-paint", "--data-dir", str(data)],
            "hello": [sys.executable, str(SHARED_HELLO)],
        }
        results = alternate(commands, offscreen_env(), runs)
    app_wall = median(w for w, _ in results["app"])
    hello_wall = median(w for w, _ in results["hello"])
    app_rss = median(r for _, r in results["app"]) / 1024
    hello_rss = median(r for _, r in results["hello"]) / 1024
    tag = f" ({label})" if label else ""
    return [
        Row(f"app first paint, wall{tag}", app_wall * 1000, "ms", note=f"{runs} runs"),
        Row("hello window, wall", hello_wall * 1000, "ms", note=f"{runs} runs"),
        Row(f"wall ratio app/hello{tag}", app_wall / hello_wall, "x", "<= 1.5"),
        Row(f"app peak RSS{tag}", app_rss, "MiB"),
        Row("hello peak RSS", hello_rss, "MiB"),
        Row(f"peak RSS ratio app/hello{tag}", app_rss / hello_rss, "x", "<= 1.3"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print_table(rows(args.runs), "Startup (offscreen)")


if __name__ == "__main__":
    main()
