"""Frozen bundle (PyInstaller, dist/isoapp) against the source install: size and start time.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_frozen [--runs 9] [--dist dist] [--build]

- Bundle size: bytes of every file under dist/isoapp (symlinks not followed, like ``du``), and file count.
- Start to first paint: whole-process wall time and peak RSS of ``dist/isoapp/isoapp --quit-after-first-paint``
  against ``python -m isoapp --quit-after-first-paint`` (this interpreter), offscreen, alternating A/B.
  * warm: the files are in the page cache (one warm-up run each first) — a second launch.
  * cold: before every run the page cache is emptied for the files that side reads (the bundle; or the
    interpreter, its standard library, site-packages and the app) with posix_fadvise(DONTNEED) — a first
    launch after boot, without touching the rest of the machine's cache. Linux only.
- With --build (or when there is no bundle yet) it first runs packaging/build.sh and reports how long that took.

The lead's runner calls ``rows(runs)``; it raises SystemExit (reported as "skipped") when it cannot run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO, Row, measure_process, median, offscreen_env, print_table

DEFAULT_DIST = REPO / "dist"


def bundle_size(bundle: Path) -> tuple[int, int]:
    """(bytes, files) under ``bundle``; symlinks count as links, not as their targets."""
    total = files = 0
    for folder, _dirs, names in os.walk(bundle):
        for name in names:
            total += os.lstat(os.path.join(folder, name)).st_size
            files += 1
    return total, files


def build(dist: Path) -> float:
    """Run packaging/build.sh into ``dist``; seconds taken."""
    start = time.perf_counter()
    done = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh"), str(dist), str(dist.parent / "build")],
        env=dict(os.environ, PYTHON=sys.executable),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"packaging/build.sh failed: {done.stderr[-1500:]}")
    return time.perf_counter() - start


def _evict(paths: list[Path]) -> None:
    """Drop these files' pages from the page cache (only theirs)."""
    for root in paths:
        if root.is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = (Path(folder) / name for folder, _d, names in os.walk(root) for name in names)
        else:
            continue
        for path in candidates:
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
            finally:
                os.close(fd)


def _source_files(python: str) -> list[Path]:
    """What ``python -m isoapp`` reads: the interpreter, its stdlib and libpython, its site-packages, the app."""
    probe = (
        "import sys, sysconfig, isoapp, pathlib;"
        "print(pathlib.Path(sys.executable).resolve());"
        "print(sysconfig.get_paths()['stdlib']); print(sysconfig.get_paths()['purelib']);"
        "print(pathlib.Path(isoapp.__file__).parent); print(sysconfig.get_config_var('LIBDIR') or sys.base_prefix)"
    )
    lines = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.splitlines()
    executable, stdlib, purelib, package, libdir = (Path(line) for line in lines[:5])
    return [executable, stdlib, purelib, package, REPO / "resources", *libdir.glob("libpython3*.so*")]


def _run_pair(commands: dict[str, list[str]], env, runs: int, evict: dict[str, list[Path]] | None):
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    if evict is None:
        for cmd in commands.values():
            measure_process(cmd, env)  # warm-up
    for _ in range(runs):
        for name, cmd in commands.items():
            if evict is not None:
                _evict(evict[name])
            results[name].append(measure_process(cmd, env))
    return results


def rows(
    runs: int = 9,
    dist: Path | None = None,
    force_build: bool = False,
    cold: bool | None = None,
    python: str | None = None,
) -> list[Row]:
    """Rows for the runner. ``python``: the interpreter of the source install (default: this one)."""
    python = python or sys.executable
    dist = Path(dist) if dist else DEFAULT_DIST
    bundle = dist / "isoapp"
    exe = bundle / ("isoapp.exe" if sys.platform == "win32" else "isoapp")
    out: list[Row] = []
    if force_build or not exe.exists():
        try:
            import PyInstaller  # noqa: F401
        except ImportError as exc:
            if not exe.exists():
                raise SystemExit("no bundle and no PyInstaller: run bash packaging/build.sh first") from exc
        seconds = build(dist)
        out.append(Row("build (packaging/build.sh)", seconds, "s", note=f"{os.cpu_count()} cores"))
    size, files = bundle_size(bundle)
    out.append(Row("bundle size (dist/isoapp)", size / 2**20, "MiB", note=f"{files} files"))

    runs = max(runs, 7)
    cold = sys.platform.startswith("linux") if cold is None else cold
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-frozen-") as tmp:
        commands = {
            "frozen": [str(exe), "--quit-after-first-paint", "--data-dir", str(Path(tmp) / "frozen")],
            "source": [
                sys.executable,
                "-m",
                "isoapp",
                "--quit-after-first-paint",
                "--data-dir",
                str(Path(tmp) / "src"),
            ],
        }
        env = offscreen_env()
        modes = [("warm", None)]
        if cold:
            source_files = _source_files(python)
            if env.get("PYTHONPYCACHEPREFIX"):
                source_files.append(Path(env["PYTHONPYCACHEPREFIX"]))  # the source side's .pyc files
            modes.append(("cold", {"frozen": [bundle], "source": source_files}))
        for mode, evict in modes:
            results = _run_pair(commands, env, runs, evict)
            frozen_wall = median(w for w, _ in results["frozen"]) * 1000
            source_wall = median(w for w, _ in results["source"]) * 1000
            frozen_rss = median(r for _, r in results["frozen"]) / 1024
            source_rss = median(r for _, r in results["source"]) / 1024
            note = f"{runs} runs A/B"
            out += [
                Row(f"first paint, frozen, {mode}", frozen_wall, "ms", note=note),
                Row(f"first paint, source, {mode}", source_wall, "ms", note=note),
                Row(f"wall ratio frozen/source, {mode}", frozen_wall / source_wall, "x"),
                Row(f"peak RSS frozen, {mode}", frozen_rss, "MiB"),
                Row(f"peak RSS source, {mode}", source_rss, "MiB"),
            ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="runs per side and mode (at least 7)")
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="folder holding isoapp/ (default: dist)")
    parser.add_argument("--build", action="store_true", help="build the bundle first and time the build")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-cache runs")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter of the source install (default: this one); on a shared machine use a private venv, "
        "or other processes keep its files cached and its cold start looks faster than it is",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    table = rows(args.runs, args.dist, args.build, cold=False if args.no_cold else None, python=args.python)
    print_table(table, "Frozen bundle (PyInstaller) vs source install (offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
