"""Notes store with 10,000 notes: open + list, save one note, full-text search; the notes tab's first
build; and startup (first paint) with 10,000 notes against an empty store.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_notes [--runs N] [--no-startup]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, print_table, time_call

N_NOTES = 10_000
WORDS = (
    "skin oil lips dry mood sleep acne cream balm week visit doctor blood test dose tablet morning "
    "evening itchy nose eyes sun spots better worse clear red bumps face back chest question ask "
    "tired headache joints muscle water moisturiser gentle wash scar pharmacy nurse call plan month"
).split()


def build_store(data_dir: Path, n: int = N_NOTES, seed: int = 6) -> None:
    from isoapp.notes.store import NotesStore

    rng = random.Random(seed)

    def note(i: int) -> dict:
        body_words = rng.randint(30, 300)
        return {
            "title": " ".join(rng.choices(WORDS, k=rng.randint(2, 7))).capitalize(),
            "body": " ".join(rng.choices(WORDS, k=body_words)) + f" note{i}",
            "is_question": rng.random() < 0.3,
            "answered": rng.random() < 0.5,
            "created": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:{i % 59:02d}.000Z",
        }

    with NotesStore.open(data_dir) as store:
        store.add_many(note(i) for i in range(n))


def _median_ms(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def store_rows(data_dir: Path, runs: int) -> list[Row]:
    from isoapp.notes.store import NotesStore

    def open_and_summaries():
        with NotesStore.open(data_dir) as s:
            assert len(s.summaries()) == N_NOTES

    def open_and_full_list():
        with NotesStore.open(data_dir) as s:
            assert len(s.list()) == N_NOTES

    def open_only():
        NotesStore.open(data_dir).close()

    def quick_check_only():
        with NotesStore.open(data_dir) as s:
            start = time.perf_counter()
            s.connection.execute("PRAGMA quick_check(5)").fetchall()
            return time.perf_counter() - start

    check_ms = statistics.median(quick_check_only() * 1000 for _ in range(runs))
    rows = [
        Row("open store (includes PRAGMA quick_check)", _median_ms(open_only, runs), "ms", "", "damage check at open"),
        Row("PRAGMA quick_check alone", check_ms, "ms", "", "the part of the open above"),
        Row("open store + list (summaries, as the view does)", _median_ms(open_and_summaries, runs), "ms", "<= 100"),
        Row("open store + list (whole notes)", _median_ms(open_and_full_list, runs), "ms", "", "bodies included"),
    ]
    with NotesStore.open(data_dir) as store:
        ids = [n.id for n in store.list(limit=50)]
        counter = iter(range(10**9))

        def save_one():
            store.update(ids[0], body=f"changed body {next(counter)} skin lips")

        rows.append(Row("save one note (update, FTS reindex, fsync)", time_call(save_one, max(runs, 21)), "ms", "<= 5"))
        rows.append(
            Row("add one note", time_call(lambda: store.add("bench", "new note body"), max(runs, 21)), "ms", "<= 5")
        )
        for query, what in (
            ("lips", "common word"),
            ("note1234", "rare word"),
            ("moist", "prefix, as you type"),
            ("dry lips doctor", "three words"),
        ):
            hits = len(store.search(query))
            ms = time_call(lambda q=query: store.search(q), max(runs, 21))
            rows.append(Row(f"search '{query}' ({what})", ms, "ms", "<= 20", f"{hits} hits shown (limit 100)"))
    return rows


def view_rows(data_dir: Path, runs: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from isoapp.ui.notes.view import create
    from isoapp.ui.shell.context import AppContext

    app = QApplication.instance() or QApplication([])

    def build():
        ctx = AppContext(data_dir, QSettings(str(data_dir.parent / "bench.ini"), QSettings.Format.IniFormat))
        view = create(None, ctx)
        view.resize(1000, 650)
        view.show()
        app.processEvents()
        view.poll.stop()
        view.close()
        ctx.close()
        view.deleteLater()
        app.processEvents()

    build()  # warm-up (imports)
    return [Row("notes tab: build + first show with 10,000 notes", _median_ms(build, runs), "ms", "", f"{runs} runs")]


def startup_rows(full_dir: Path, runs: int) -> list[Row]:
    from benchmarks import bench_startup

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-empty-") as tmp:
        empty_dir = Path(tmp) / "data"
        from isoapp.notes.store import NotesStore

        NotesStore.open(empty_dir).close()
        for start_on_notes in (False, True):
            for d in (empty_dir, full_dir):
                settings = d / "settings.ini"
                if start_on_notes:
                    settings.write_text("[window]\nsection=notes\n", encoding="utf-8")
                elif settings.exists():
                    settings.unlink()
            where = "notes tab open at start" if start_on_notes else "first tab at start"
            empty = bench_startup.rows(runs, data_dir=empty_dir, label=f"empty store, {where}")[0]
            full = bench_startup.rows(runs, data_dir=full_dir, label=f"10,000 notes, {where}")[0]
            rows += [
                empty,
                full,
                Row(f"startup ratio 10,000 notes / empty ({where})", full.value / empty.value, "x", "<= 1.10"),
            ]
    return rows


def pdf_rows(data_dir: Path) -> list[Row]:
    """One PDF export of every note (chunked layout), in a child process so its peak memory is its own."""
    import subprocess

    out = data_dir.parent / "all.pdf"
    code = (
        "import resource, sys, time; from pathlib import Path; "
        "from isoapp.notes.transfer import export_notes; from isoapp.ui.notes.printing import notes_pdf_bytes; "
        "t = time.perf_counter(); "
        "n = export_notes(Path(sys.argv[1]), Path(sys.argv[2]), pdf_renderer=notes_pdf_bytes); "
        "print(n, (time.perf_counter() - t) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir), str(out)], capture_output=True, text=True, env=env, check=True
    )
    count, ms, kib = done.stdout.split()
    return [
        Row(f"PDF export of all {int(count):,} notes", float(ms), "ms", "", "one run; chunked layout"),
        Row("PDF export: peak memory of the process", int(kib) / 1024, "MiB", "", "whole interpreter"),
    ]


def rows(runs: int = 9, startup: bool = True) -> list[Row]:
    runs = max(runs, 7)
    with tempfile.TemporaryDirectory(prefix="isoapp-bench-notes-") as tmp:
        data_dir = Path(tmp) / "data"
        start = time.perf_counter()
        build_store(data_dir)
        size = (data_dir / "notes.sqlite3").stat().st_size / 2**20
        out = [
            Row(
                "build 10,000-note store (one transaction)",
                (time.perf_counter() - start) * 1000,
                "ms",
                "",
                f"{size:.1f} MiB file",
            )
        ]
        out += store_rows(data_dir, runs)
        out += view_rows(data_dir, runs)
        out += pdf_rows(data_dir)
        if startup:
            out += startup_rows(data_dir, runs)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-startup", action="store_true", help="skip the (slower) whole-process startup runs")
    args = parser.parse_args()
    print_table(rows(args.runs, startup=not args.no_startup), f"Notes ({N_NOTES:,} notes)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
