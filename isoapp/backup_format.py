"""The backup file format (``isoapp-backup``, version 1; see the shared interface notes). Pure, Qt-free.

``read_backup(data, today)`` checks a decoded JSON value completely before anything is written and returns
a ``Backup``; every problem raises ``BackupError`` with one line that names the field, e.g.
``course.periods[1].mg_per_day must be a number of mg a day above 0, not 0.``. Keys a reader does not know
are ignored; a ``version`` higher than ``VERSION`` is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from isoapp.checkins import CheckIn, validate_checkin
from isoapp.course import DosePeriod, check_periods
from isoapp.course_store import (
    EVENT_KINDS,
    MAX_DAYS_AHEAD,
    CourseEvent,
    CourseSettings,
    check_day,
    check_settings,
    check_title,
    own_key,
)
from isoapp.notes.errors import NotesError
from isoapp.notes.model import SECTION_ID, normalise_title, parse_stamp

FORMAT = "isoapp-backup"
VERSION = 1
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class BackupError(NotesError):
    """The backup cannot be used; nothing was changed."""


@dataclass(frozen=True)
class NoteRecord:
    title: str
    body: str
    created: str
    updated: str
    question: bool
    answered: bool
    section: str | None


@dataclass(frozen=True)
class CourseRecord:
    settings: CourseSettings
    periods: list[DosePeriod]
    missed: list[date]
    taken: list[date]
    events: list[CourseEvent]
    revisions: dict[str, int] = field(default_factory=dict)  # event key -> revision (calendar SEQUENCE)
    last_revision: int = 0


@dataclass(frozen=True)
class Backup:
    notes: list[NoteRecord] = field(default_factory=list)
    course: CourseRecord | None = None
    checkins: list[CheckIn] = field(default_factory=list)


def _kind(value: object) -> str:
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


def _need(value: object, types: type | tuple[type, ...], where: str, what: str) -> object:
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise BackupError(f"{where} must be {what}, not true or false.")
    if not isinstance(value, types):
        raise BackupError(f"{where} must be {what}, not {_kind(value)}.")
    if isinstance(value, str) and "\x00" in value:
        raise BackupError(f"{where} has a NUL character, which cannot be stored.")
    return value


def _day(value: object, where: str) -> date:
    text = _need(value, str, where, "a date like 2026-01-05")
    if not _DAY.fullmatch(text):
        raise BackupError(f"{where} must be a date like 2026-01-05, not {text[:20]!r}.")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BackupError(f"{where} is not a real date: {text!r}.") from None


def _opt_day(value: object, where: str) -> date | None:
    return None if value is None else _day(value, where)


def _checked(where: str, fn, *args, **kwargs):
    """Run a model check; its ValueError (which names the field) becomes a BackupError with the path."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        raise BackupError(f"{where}.{exc}") from None


def _list(data: dict, key: str, where: str) -> list:
    return _need(data.get(key, []), list, f"{where}{key}", "a list")


def _note(item: object, where: str) -> NoteRecord:
    item = _need(item, dict, where, "an object")
    title = _need(item.get("title", ""), str, f"{where}.title", "text")
    body = _need(item.get("body", ""), str, f"{where}.body", "text")
    stamps = []
    for key in ("created", "updated"):
        raw = _need(item.get(key), str, f"{where}.{key}", "a date and time")
        stamp = parse_stamp(raw)
        if stamp is None:
            raise BackupError(f"{where}.{key} is not a date and time: {raw[:40]!r}.")
        stamps.append(stamp)
    section = _need(item.get("section"), (str, type(None)), f"{where}.section", "a section id or null")
    if section is not None and not SECTION_ID.fullmatch(section):
        raise BackupError(f"{where}.section is not a section id: {section[:20]!r}.")
    question = _need(item.get("question", False), bool, f"{where}.question", "true or false")
    answered = _need(item.get("answered", False), bool, f"{where}.answered", "true or false")
    return NoteRecord(normalise_title(title), body, stamps[0], stamps[1], question, answered, section)


def _number(value: object, where: str) -> float | int:
    return _need(value, (int, float), where, "a number")


def _period(item: object, where: str, today: date) -> DosePeriod:
    item = _need(item, dict, where, "an object")
    period = DosePeriod(
        start=_day(item.get("start"), f"{where}.start"),
        end=_opt_day(item.get("end"), f"{where}.end"),
        mg_per_day=_number(item.get("mg_per_day"), f"{where}.mg_per_day"),
        weight_kg=_number(item.get("weight_kg"), f"{where}.weight_kg"),
    )
    _checked(where, check_periods, [period])
    _checked(where, check_day, period.start, "start", today, ahead=MAX_DAYS_AHEAD)
    return period


def _event(item: object, where: str, index: int, today: date) -> CourseEvent:
    item = _need(item, dict, where, "an object")
    day = _checked(where, check_day, _day(item.get("date"), f"{where}.date"), "date", today, ahead=3 * MAX_DAYS_AHEAD)
    kind = _need(item.get("kind"), str, f"{where}.kind", "text")
    if kind not in EVENT_KINDS:
        raise BackupError(f"{where}.kind must be one of {', '.join(EVENT_KINDS)}, not {kind[:20]!r}.")
    title = _checked(where, check_title, _need(item.get("title"), str, f"{where}.title", "text"))
    done = _need(item.get("done", False), bool, f"{where}.done", "true or false")
    key = _need(item.get("key"), (str, type(None)), f"{where}.key", "text or null")
    own = _need(item.get("own", key is None), bool, f"{where}.own", "true or false")
    if key is None:
        key = own_key(day, title, f"backup-{index}")
    elif not re.fullmatch(r"[A-Za-z0-9._-]{1,100}", key):
        raise BackupError(f"{where}.key must be up to 100 letters, digits, '.', '_' or '-'.")
    planned = _opt_day(item.get("planned"), f"{where}.planned")
    return CourseEvent(key, day, kind, title, done, own, planned)


def _days(data: dict, key: str, where: str, today: date) -> list[date]:
    days = [_day(v, f"{where}{key}[{i}]") for i, v in enumerate(_list(data, key, where))]
    for i, d in enumerate(days):
        _checked(f"{where}{key}[{i}]", check_day, d, "day", today)
    return sorted(set(days))


def _course(value: object, today: date) -> CourseRecord | None:
    if value is None:
        return None
    data = _need(value, dict, "course", "an object or null")
    target = data.get("target_mg_per_kg")
    if target is not None:
        target = _number(target, "course.target_mg_per_kg")
    settings = CourseSettings(
        region=_need(data.get("region"), str, "course.region", "text"),
        can_get_pregnant=_need(data.get("can_get_pregnant"), bool, "course.can_get_pregnant", "true or false"),
        target_mg_per_kg=target,
        planned_end=_opt_day(data.get("planned_end"), "course.planned_end"),
        created=_need(data.get("created", ""), str, "course.created", "text")[:40],
    )
    settings = _checked("course", check_settings, settings)
    periods = [_period(p, f"course.periods[{i}]", today) for i, p in enumerate(_list(data, "periods", "course."))]
    if not periods:
        raise BackupError("course.periods must hold at least one dose period.")
    periods = _checked("course", check_periods, periods)
    missed = _days(data, "missed", "course.", today)
    taken = _days(data, "taken", "course.", today)
    if set(missed) & set(taken):
        raise BackupError("course.taken: a day is marked both taken and missed.")
    events = [_event(e, f"course.events[{i}]", i, today) for i, e in enumerate(_list(data, "events", "course."))]
    if len({e.key for e in events}) != len(events):
        raise BackupError("course.events: two events have the same key.")
    revisions, last = _revisions(data, events)
    return CourseRecord(settings, periods, missed, taken, events, revisions, last)


def _revision(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31
    return value if ok else None


def _revisions(data: dict, events: list[CourseEvent]) -> tuple[dict[str, int], int]:
    """The events' revisions (optional; used only when every one is sound and none repeats) and the highest
    revision the store had given (for calendar SEQUENCE numbers that never go down)."""
    items = _list(data, "events", "course.")
    found = [_revision(item.get("revision")) for item in items]
    revisions = {e.key: r for e, r in zip(events, found, strict=True) if r is not None}
    if len(revisions) != len(events) or len(set(revisions.values())) != len(events):
        revisions = {}
    last = max([_revision(data.get("calendar_revision")) or 0, *revisions.values()])
    return revisions, last


def _checkin(item: object, where: str, today: date) -> CheckIn:
    item = _need(item, dict, where, "an object")
    symptoms = _need(item.get("symptoms", {}), dict, f"{where}.symptoms", "an object")
    raw = CheckIn(
        day=_day(item.get("date"), f"{where}.date"),
        mood=item.get("mood"),
        symptoms=symptoms,
        red_flags=tuple(_need(item.get("red_flags", []), list, f"{where}.red_flags", "a list")),
        note=_need(item.get("note", ""), str, f"{where}.note", "text"),
        sleep=item.get("sleep"),
    )
    return _checked(where, validate_checkin, raw, today)


def read_backup(data: object, today: date) -> Backup:
    """Check a decoded backup completely; returns what to restore. Raises BackupError (one line)."""
    data = _need(data, dict, "The backup", "a JSON object")
    if data.get("format") != FORMAT:
        raise BackupError(f"This is not an {FORMAT} file (format is {str(data.get('format'))[:40]!r}).")
    version = _need(data.get("version"), int, "version", "a whole number")
    if version > VERSION:
        raise BackupError(
            f"This backup is version {version}, made by a newer Isotretinoin Guide; this app reads version "
            f"{VERSION}. Please update the app. Nothing was changed."
        )
    if version < 1:
        raise BackupError(f"version must be 1 or more, not {version}.")
    notes = [_note(n, f"notes[{i}]") for i, n in enumerate(_list(data, "notes", ""))]
    course = _course(data.get("course"), today)
    checkins = [_checkin(c, f"checkins[{i}]", today) for i, c in enumerate(_list(data, "checkins", ""))]
    if len({c.day for c in checkins}) != len(checkins):
        raise BackupError("checkins: two check-ins have the same date (one a day).")
    return Backup(notes, course, checkins)
