"""The command-line calls of the course companion: --export-all, --import-all, --export-calendar.

Each prints one line on success and returns 0; any problem prints one line on stderr and returns 2, with
nothing changed (see the shared interface notes).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

EXIT_USAGE = 2


def _fail(message: str) -> int:
    print(f"isoapp: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def run_course_command(args: argparse.Namespace, data_dir: Path) -> int:
    from isoapp.notes.errors import NotesError

    try:
        if args.export_all:
            from isoapp.backup import export_all

            data = export_all(data_dir, Path(args.export_all), force=args.force)
            course = "a course" if data.get("course") else "no course"
            print(
                f"Backed up {len(data['notes'])} notes, {course} and {len(data['checkins'])} check-ins "
                f"to {args.export_all}"
            )
        elif args.import_all:
            from isoapp.backup import import_all
            from isoapp.cli_notes import say_recovery

            result = import_all(data_dir, Path(args.import_all))
            say_recovery(result)
            skipped = f" ({result.notes_skipped} already there)" if result.notes_skipped else ""
            course = "the course" if result.course else "no course"
            print(f"Restored {result.notes_added} notes{skipped}, {course} and {result.checkins} check-ins")
        else:
            from isoapp.course_export import export_calendar

            count = export_calendar(data_dir, Path(args.export_calendar), force=args.force, daily=args.daily_reminder)
            print(f"Wrote {count} events to {args.export_calendar}")
    except NotesError as exc:
        return _fail(str(exc))
    except (OSError, sqlite3.Error) as exc:
        return _fail(f"{getattr(exc, 'strerror', None) or exc}")
    return 0
