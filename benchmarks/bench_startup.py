"""Startup: the app's first paint against the cheapest PySide6 window (shared/bench/hello_window.py).

All run as whole processes with the same interpreter and QT_QPA_PLATFORM=offscreen, alternating
A/B/C; the medians of wall time, CPU time and peak RSS are compared as ratios (app / hello).

- "app": started the way a person starts it: the entry script of the ``isoapp`` command and the frozen
  bundle (``isoapp.cli.run``; the baseline is a script too), with no ``--data-dir``, so the data folder
  comes from platformdirs as for everyone (~5 ms of imports). On Linux the XDG folders point into a
  temporary folder; elsewhere platformdirs would use the real ones, so there the run uses ``--data-dir``.
- "--data-dir": the same with ``--data-dir`` (no platformdirs), as earlier rounds measured it.

CPU time (user + system, all threads) is the process's own work: on a shared machine it moves much
less than wall time when other processes compete for the cores.

"to the first paint, exit not counted": the same runs again under ``_paint_clock.py``, which stamps the
moment each calls ``QApplication.quit`` from the timer its first paint set (one event loop turn later).
The whole-process ratio above also counts how fast each process closes and exits; this one does not.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import REPO, SHARED_HELLO, Row, alternate_cpu, median, offscreen_env, print_table

ENTRY = REPO / "packaging" / "isoapp_entry.py"
LAUNCH = Path(__file__).with_name("_launch.py")
PAINT_CLOCK = Path(__file__).with_name("_paint_clock.py")


def _to_first_paint(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` (under the paint clock) to its quit on the first paint."""
    wrapped = [sys.executable, str(LAUNCH), sys.executable, str(PAINT_CLOCK), *cmd[1:]]
    proc = subprocess.run(wrapped, env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    stamps = [line.split()[1] for line in proc.stderr.splitlines() if line.startswith("QUIT_CALLED ")]
    if report["code"] != 0 or not stamps:
        raise RuntimeError(f"{' '.join(cmd)} exited {report['code']} without a stamp: {proc.stderr[-800:]}")
    return float(stamps[-1]) - report["spawned"]


def _paint_rows(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> list[Row]:
    pairs = {"app": commands["app"], "hello": commands["hello"]}
    times: dict[str, list[float]] = {name: [] for name in pairs}
    for cmd in pairs.values():
        _to_first_paint(cmd, env)  # warm-up
    for _ in range(runs):
        for name, cmd in pairs.items():
            times[name].append(_to_first_paint(cmd, env))
    app, hello = median(times["app"]), median(times["hello"])
    return [
        Row("app to the first paint, exit not counted", app * 1000, "ms", note=_spread(times["app"])),
        Row("hello to the first paint, exit not counted", hello * 1000, "ms", note=_spread(times["hello"])),
        Row("ratio to the first paint, exit not counted", app / hello, "x"),
    ]


def _spread(values: list[float], scale: float = 1000) -> str:
    return f"min {min(values) * scale:.0f}, max {max(values) * scale:.0f}"


def rows(runs: int = 9, data_dir: Path | None = None, label: str = "") -> list[Row]:
    """The table; with ``data_dir`` only the --data-dir run (bench_notes compares stores with it)."""
    if not SHARED_HELLO.is_file():
        raise SystemExit(f"baseline not found: {SHARED_HELLO}")
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-") as tmp:
        quit_flag = ["--quit-after-first-paint"]
        with_dir = [*quit_flag, "--data-dir", str(data_dir or Path(tmp) / "data")]
        person = quit_flag if sys.platform.startswith("linux") and data_dir is None else with_dir
        commands = {
            "app": [sys.executable, str(ENTRY), *person],
            "hello": [sys.executable, str(SHARED_HELLO)],
        }
        if data_dir is None:
            commands["data-dir"] = [sys.executable, str(ENTRY), *with_dir]
        env = offscreen_env(PYTHONPATH=str(REPO), XDG_DATA_HOME=f"{tmp}/xdg-data", XDG_CONFIG_HOME=f"{tmp}/xdg-config")
        results = alternate_cpu(commands, env, runs)
        paint = _paint_rows(commands, env, runs) if data_dir is None else []
    wall = {k: [w for w, _r, _c in v] for k, v in results.items()}
    cpu = {k: [c for _w, _r, c in v] for k, v in results.items()}
    rss = {k: [r / 1024 for _w, r, _c in v] for k, v in results.items()}
    tag = f" ({label})" if label else ""
    note = f"{runs} runs alternated"
    out = [
        Row(f"app first paint, wall{tag}", median(wall["app"]) * 1000, "ms", note=f"{note}; {_spread(wall['app'])}"),
        Row("hello window, wall", median(wall["hello"]) * 1000, "ms", note=_spread(wall["hello"])),
        Row(f"wall ratio app/hello{tag}", median(wall["app"]) / median(wall["hello"]), "x", "<= 1.3"),
        Row(f"app CPU time{tag}", median(cpu["app"]) * 1000, "ms", note=_spread(cpu["app"])),
        Row("hello CPU time", median(cpu["hello"]) * 1000, "ms", note=_spread(cpu["hello"])),
        Row(f"CPU ratio app/hello{tag}", median(cpu["app"]) / median(cpu["hello"]), "x"),
        Row(f"app peak RSS{tag}", median(rss["app"]), "MiB"),
        Row("hello peak RSS", median(rss["hello"]), "MiB"),
        Row(f"peak RSS ratio app/hello{tag}", median(rss["app"]) / median(rss["hello"]), "x", "<= 1.15"),
    ]
    if "data-dir" in wall:
        out += [
            Row(
                "app --data-dir first paint, wall",
                median(wall["data-dir"]) * 1000,
                "ms",
                note=_spread(wall["data-dir"]),
            ),
            Row("wall ratio app --data-dir/hello", median(wall["data-dir"]) / median(wall["hello"]), "x"),
        ]
    return out + paint


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print_table(rows(args.runs), "Startup (offscreen)")


if __name__ == "__main__":
    main()
