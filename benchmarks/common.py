"""Helpers shared by the benchmarks: run a process and measure its wall time and peak RSS,
alternate A/B runs so machine noise hits both sides alike, and print a table."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The bare-window baseline lives next to the checkout (or next to the folder of worktrees);
# ISOAPP_HELLO_WINDOW names it explicitly.
_HELLO_CANDIDATES = [folder / "shared" / "bench" / "hello_window.py" for folder in (REPO.parent, REPO.parent.parent)]
SHARED_HELLO = Path(
    os.environ.get("ISOAPP_HELLO_WINDOW") or next((p for p in _HELLO_CANDIDATES if p.is_file()), _HELLO_CANDIDATES[0])
)


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str = ""
    note: str = ""

    @property
    def verdict(self) -> str:
        if not self.target:
            return ""
        op, limit = self.target.split(" ", 1)
        limit_value = float(limit.split()[0])
        ok = self.value <= limit_value if op == "<=" else self.value >= limit_value
        return "ok" if ok else "OVER"


_PYCACHE = Path(tempfile.gettempdir()) / "isoapp-bench-pycache"


def offscreen_env(**extra: str) -> dict[str, str]:
    """The environment for timed processes: offscreen Qt, and compiled bytecode cached for every side alike.

    This sandbox sets PYTHONDONTWRITEBYTECODE=1, so an editable checkout would recompile every module
    on every start; a person's installed wheel or frozen build has its .pyc files. Both sides of a
    comparison get the same private cache, filled by the warm-up run.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env.update(extra)
    return env


def measure_process(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KiB of one whole process run (timed by benchmarks/_launch.py,
    a small process, so that the peak RSS is the command's own and not this runner's)."""
    wall, rss, _cpu = measure_process_cpu(cmd, env, timeout)
    return wall, rss


def measure_process_cpu(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> tuple[float, int, float]:
    """Like ``measure_process``, plus the process's CPU time (user + system) in seconds."""
    launcher = [sys.executable, str(Path(__file__).with_name("_launch.py")), *cmd]
    proc = subprocess.run(launcher, env=env, capture_output=True, text=True, timeout=timeout)
    try:
        report = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise RuntimeError(f"launcher failed for {' '.join(cmd)}: {proc.stderr[-800:]}") from None
    if report["code"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {report['code']}: {proc.stderr[-800:]}")
    return report["wall"], report["maxrss_kib"], report["cpu"]


def alternate_cpu(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[tuple]]:
    """Like ``alternate``; each sample is (wall s, peak RSS KiB, CPU s)."""
    results: dict[str, list[tuple]] = {name: [] for name in commands}
    for cmd in commands.values():
        measure_process_cpu(cmd, env)  # warm the file cache
    for _ in range(runs):
        for name, cmd in commands.items():
            results[name].append(measure_process_cpu(cmd, env))
    return results


def alternate(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[tuple[float, int]]]:
    """Run each command ``runs`` times, interleaved A, B, A, B ... after one warm-up each."""
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for cmd in commands.values():
        measure_process(cmd, env)  # warm the file cache
    for _ in range(runs):
        for name, cmd in commands.items():
            results[name].append(measure_process(cmd, env))
    return results


def median(values) -> float:
    return statistics.median(values)


def time_call(fn, repeat: int = 21, setup=None) -> float:
    """Median wall time in milliseconds of ``fn()`` over ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def print_table(rows: list[Row], title: str = "") -> None:
    if title:
        print(f"\n## {title}")
    headers = ("measure", "median", "unit", "target", "", "note")
    table = [
        (r.name, f"{r.value:.3f}" if r.value < 100 else f"{r.value:.1f}", r.unit, r.target, r.verdict, r.note)
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *table, strict=False)]
    line = " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for row in table:
        print(" | ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)))
    sys.stdout.flush()
