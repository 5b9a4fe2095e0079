"""Run every benchmark and print one table per area (medians; A/B alternated where two things are compared).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.run [--only startup,notes,...] [--runs N]

Each area lives in its own module with a ``rows(runs) -> list[Row]`` function. Run on a quiet machine:
the figures are medians, and ratios are measured side by side in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time

from benchmarks.common import print_table

AREAS = {
    "startup": ("benchmarks.bench_startup", "Startup: first paint vs bare Qt window (offscreen)"),
    "switch": ("benchmarks.bench_switch", "First switch to each section, and event-loop stalls while preloading"),
    "notes": ("benchmarks.bench_notes", "Notes store (10,000 notes)"),
    "chart": ("benchmarks.bench_chart", "Oil chart"),
    "comparison": ("benchmarks.bench_comparison", "Benefits vs side effects view"),
    "course": ("benchmarks.bench_course", "My course (2 years of entries)"),
    "checkin": ("benchmarks.bench_checkin", "Daily check-in and the doctor's summary (2 years of entries)"),
    "frozen": ("benchmarks.bench_frozen", "Frozen bundle (PyInstaller) vs source install"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(AREAS), help="comma-separated areas: " + ", ".join(AREAS))
    parser.add_argument("--runs", type=int, default=9, help="runs per measure (>= 7 for process timings)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
    failed = False
    for name in [a.strip() for a in args.only.split(",") if a.strip()]:
        if name not in AREAS:
            parser.error(f"unknown area {name!r}")
        module_name, title = AREAS[name]
        start = time.perf_counter()
        try:
            module = importlib.import_module(module_name)
            rows = module.rows(args.runs)
        except SystemExit as exc:
            print(f"\n## {title}\nskipped: {exc}")
            continue
        except Exception as exc:  # report and go on with the other areas
            print(f"\n## {title}\nerror: {type(exc).__name__}: {exc}")
            failed = True
            continue
        print_table(rows, f"{title}  [{time.perf_counter() - start:.0f} s]")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
