"""The one entry point: ``isoapp`` and ``python -m isoapp`` (see shared design/interface.md).

Qt is imported only after the arguments are checked, so ``--version`` and bad arguments are instant.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from isoapp import APP_NAME, __version__, paths

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (interface.md)
        print(f"isoapp: error: {message} (see isoapp --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="isoapp", description=f"{APP_NAME}: a plain-language guide to isotretinoin.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--data-dir", metavar="DIR", help=f"where notes and settings live (or set {paths.ENV_DATA_DIR})"
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="the interface language for this run (en, pseudo, or a shipped translation)"
    )
    actions = parser.add_mutually_exclusive_group()
    actions.add_argument("--self-test", action="store_true", help="check the app works, then exit")
    actions.add_argument(
        "--quit-after-first-paint", action="store_true", help="start normally, quit after the first paint"
    )
    actions.add_argument("--screenshots", metavar="DIR", help="save a PNG of every section to DIR, then exit")
    actions.add_argument("--export-notes", metavar="FILE", help="write all notes to FILE (.md or .pdf)")
    actions.add_argument("--import-notes", metavar="FILE", help="add the notes from a Markdown export")
    actions.add_argument("--export-all", metavar="FILE", help="back up notes, course and check-ins to FILE.json")
    actions.add_argument("--import-all", metavar="FILE", help="restore a backup made with --export-all")
    actions.add_argument("--export-calendar", metavar="FILE", help="write the course plan to FILE.ics")
    actions.add_argument(
        "--visit-summary", metavar="FILE.pdf", help="write the one-page summary for the doctor as a PDF"
    )
    parser.add_argument("--force", action="store_true", help="let an export replace an existing file")
    parser.add_argument(
        "--daily-reminder", action="store_true", help="with --export-calendar: add a daily 'take your capsules' event"
    )
    return parser


def fail(message: str) -> int:
    print(f"isoapp: error: {message}", file=sys.stderr)
    return EXIT_USAGE


class _PlainStart(argparse.Namespace):
    """The arguments of a plain start; every option it does not give reads as unset (None, falsy)."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return None


def _plain_start(argv: list[str]) -> _PlainStart | None:
    """A start that only opens the window (no arguments, ``--data-dir DIR``, ``--quit-after-first-paint``)
    skips building the parser (a few ms of every start). Anything else returns None: the parser decides."""
    found: dict[str, object] = {}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--quit-after-first-paint" and arg not in found:
            found[arg] = True
        elif arg == "--data-dir" and arg not in found and rest and rest[0].strip() and not rest[0].startswith("-"):
            found[arg] = rest.pop(0)
        else:
            return None
    return _PlainStart(data_dir=found.get("--data-dir"), quit_after_first_paint="--quit-after-first-paint" in found)


def parse_args(argv: list[str]) -> argparse.Namespace:
    return _plain_start(argv) or build_parser().parse_args(argv)


_NEEDS_VALUE = {
    "screenshots": "--screenshots needs a folder path",
    "export_notes": "--export-notes needs a file name",
    "import_notes": "--import-notes needs a file name",
}


def _empty_value(args: argparse.Namespace) -> str | None:
    for name, message in _NEEDS_VALUE.items():
        value = getattr(args, name)
        if value is not None and not value.strip():
            return message
    return None


def _check_data_dir(args: argparse.Namespace) -> tuple[Path | None, str | None]:
    """The data dir, or a one-line reason it cannot be used (without a traceback, whatever the cause)."""
    if args.data_dir is not None:
        if not args.data_dir.strip():
            return None, "--data-dir needs a folder path"
        paths.set_data_dir(args.data_dir)
    try:
        data_dir = paths.data_dir()
        if data_dir.exists() and not data_dir.is_dir():
            return None, f"the data folder is not a folder: {data_dir}"
        if data_dir.exists() and not os.access(data_dir, os.R_OK | os.X_OK):
            return None, f"cannot open the data folder {data_dir}: permission denied"
    except OSError as exc:
        return None, f"cannot use the data folder {exc.filename or ''}: {exc.strerror or exc}"
    return data_dir, None


def _request_language(code: str) -> str | None:
    """Remember ``--lang CODE`` for this run; a one-line reason if the app does not ship it."""
    from isoapp.i18n import languages

    try:
        languages.set_requested(code)
    except languages.UnknownLanguage as exc:
        return str(exc)
    return None


def main(argv: list[str] | None = None) -> int:

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"isoapp {__version__}")
        return 0
    problem = _empty_value(args)
    if problem:
        return fail(problem)
    data_dir, problem = _check_data_dir(args)
    if data_dir is None:
        return fail(problem or "cannot use the data folder")
    if args.lang is not None and (problem := _request_language(args.lang)):
        return fail(problem)

    if args.self_test:
        from isoapp.selftest import run_self_test

        return run_self_test()
    if args.screenshots:
        out = Path(args.screenshots)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return fail(f"cannot create the screenshot folder {out}: {exc.strerror or exc}")
        if not os.access(out, os.W_OK):
            return fail(f"cannot write to the screenshot folder {out}")
        from isoapp.screenshots import take_screenshots

        return take_screenshots(out)
    if args.visit_summary:
        from isoapp.summary_export import write_visit_summary

        return write_visit_summary(data_dir, Path(args.visit_summary), force=args.force, fail=fail)
    if args.export_all or args.import_all or args.export_calendar:
        from isoapp.course_cli import run_course_command

        return run_course_command(args, data_dir)
    if args.export_notes or args.import_notes:
        from isoapp.cli_notes import notes_transfer

        return notes_transfer(data_dir, args.export_notes, args.import_notes, force=args.force)
    return _run_gui(data_dir, quit_after_first_paint=args.quit_after_first_paint)


def _save_on_quit(app, window) -> None:
    """Save notes and window state when the app quits. Quitting closes the window first, and closing
    saves; this covers a quit that leaves it open (e.g. the session ends), without saving twice."""

    def save_if_still_open() -> None:
        if window.isVisible():
            window.flush_sections()
            window.save_state()

    app.aboutToQuit.connect(save_if_still_open)


def _run_gui(data_dir: Path, *, quit_after_first_paint: bool) -> int:
    # No cycle collection until the window is on screen: the imports and Qt classes made on the way
    # create many objects, few of them garbage, and collecting them ~50 times costs ~5 ms of the start.
    gc.disable()
    try:
        return _start_window(data_dir, quit_after_first_paint=quit_after_first_paint)
    finally:
        gc.enable()


def _start_window(data_dir: Path, *, quit_after_first_paint: bool) -> int:
    from PySide6.QtCore import QTimer

    from isoapp.app import application, build_window, tell_about_moved_settings

    app = application()
    try:
        window = build_window(data_dir)
    except OSError as exc:
        return fail(f"cannot use the data folder {data_dir}: {exc.strerror or exc}")
    window.ctx.after_first_paint(gc.enable)
    if quit_after_first_paint:
        from isoapp.ui.shell.first_paint import quit_on_first_paint

        quit_on_first_paint(window)
    _save_on_quit(app, window)
    window.show()
    QTimer.singleShot(0, lambda: tell_about_moved_settings(window))
    code = app.exec()
    window.ctx.close()
    _window_closed_cleanly.append(True)
    return code


# Set once the window has closed and its stores are closed: nothing of the person's is left unsaved.
_window_closed_cleanly: list[bool] = []


def run() -> NoReturn:
    """The ``isoapp`` command: :func:`main`, then exit with its code.

    After a window session that closed cleanly, the exit skips the interpreter's own teardown (freeing
    every object and module one by one: ~20 ms that the system does at once when the process ends).
    Everything that matters still runs first: the exit handlers (Qt's own clean-up, which deletes the
    QApplication, and those of the standard library), then both output streams are flushed. Any other
    ending (a command-line task, an error, a thread still working) exits the usual way."""
    _window_closed_cleanly.clear()
    code = main()
    if _window_closed_cleanly and not _other_threads_running():
        _exit_now(code)
    sys.exit(code)


def _other_threads_running() -> bool:
    import threading

    return any(t is not threading.main_thread() and not t.daemon and t.is_alive() for t in threading.enumerate())


def _exit_now(code: int) -> NoReturn:
    import atexit

    atexit._run_exitfuncs()  # what a normal exit runs first (Qt clean-up, logging, temporary folders)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
    os._exit(code)
