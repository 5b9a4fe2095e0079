"""Course files the person asks for: the calendar (.ics) and the check-ins as CSV. Qt-free.

Both are written atomically and privately (0600) and refuse to replace an existing file unless ``force``.
Errors are ``NotesError`` with one plain line (the CLI prints it and exits 2).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from isoapp import atomic
from isoapp.checkins import SYMPTOMS, CheckIn
from isoapp.notes.errors import NotesError
from isoapp.notes.store import FILENAME, NotesStore
from isoapp.notes.transfer import write_bytes_atomically


def check_destination(dest: Path, suffixes: tuple[str, ...], *, force: bool) -> Path:
    dest = Path(dest)
    if dest.suffix.lower() not in suffixes:
        raise NotesError(f"Cannot write {dest.name}: use a file name ending in {' or '.join(suffixes)}.")
    if dest.is_dir():
        raise NotesError(f"Cannot write {dest}: it is a folder.")
    try:  # the one rule for every export: never replace without --force, never a device or a pipe
        atomic.check_destination(dest, replace=force)
    except atomic.WriteError as exc:
        raise NotesError(str(exc)) from exc
    if not (dest.parent if str(dest.parent) else Path(".")).is_dir():
        raise NotesError(f"Cannot write {dest}: the folder {dest.parent} does not exist.")
    return dest


def export_calendar(
    data_dir: Path,
    dest: Path,
    *,
    force: bool = False,
    daily: bool = False,
    today: date | None = None,
    tr: Callable[[str], str] | None = None,
) -> int:
    """Write the course plan as iCalendar; returns the number of events (the daily one not counted).

    ``tr`` translates the plan's own words (the app passes the interface language; the CLI writes English).
    """
    from isoapp.calendar_export import calendar_bytes, sequences
    from isoapp.course_store import CourseStore
    from isoapp.monitoring_plan import course_end, current_events

    dest = check_destination(dest, (".ics",), force=force)
    today = today or date.today()
    if not (Path(data_dir) / FILENAME).exists():
        raise NotesError("No course is set up yet, so there is no plan to export (set it up in My course).")
    # Read-only: the plan is brought up to date in memory, nothing is written to the store, and a damaged
    # store is never moved aside (StoreDamaged: one line, exit 2 on the command line).
    with NotesStore.open(Path(data_dir), read_only=True) as store:
        course = CourseStore(store)
        settings = course.settings()
        if settings is None:
            raise NotesError("No course is set up yet, so there is no plan to export (set it up in My course).")
        events = current_events(course, today)
        numbers = sequences(events, course.events(), course.revisions(), course.last_revision())
        periods = course.dose_periods()
        span = (periods[0].start, course_end(periods, settings.planned_end)) if daily and periods else None
        if tr is not None:
            events = [e if e.own else replace(e, title=tr(e.title)) for e in events]
        data = calendar_bytes(events, settings.created, daily=span, tr=tr or (lambda text: text), sequence=numbers)
    write_bytes_atomically(dest, data, replace=force)
    return len(events)


CSV_HEADER = ("date", "mood", "sleep", *SYMPTOMS, "other symptoms", "serious signs", "note")


def _cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading = + - @ gets a quote mark)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def checkins_csv(checkins: Iterable[CheckIn]) -> str:
    """Check-ins as CSV text (one row a day, known symptoms in their own columns)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for c in checkins:
        others = "; ".join(f"{k}: {v}" for k, v in c.symptoms.items() if k not in SYMPTOMS)
        writer.writerow(
            (
                c.day.isoformat(),
                "" if c.mood is None else c.mood,
                "" if c.sleep is None else c.sleep,
                *("" if c.symptoms.get(k) is None else c.symptoms[k] for k in SYMPTOMS),
                _cell(others),
                " ".join(c.red_flags),
                _cell(c.note),
            )
        )
    return out.getvalue()


def export_checkins_csv(store: NotesStore, dest: Path, *, force: bool = False) -> int:
    """Write every check-in to ``dest`` (.csv, UTF-8 with a BOM so spreadsheets read accents); returns the count."""
    from isoapp.checkins import CheckinStore

    dest = check_destination(dest, (".csv",), force=force)
    entries = CheckinStore(store).all()
    write_bytes_atomically(dest, checkins_csv(entries).encode("utf-8-sig"), replace=force)
    return len(entries)
