"""Daily check-ins: the record, its validation and its store (Qt-free).

One check-in per day: side-effect scores 0 (none) to 3 (severe), mood 1 (very low) to 5 (very good), optional
hours of sleep, the serious signs ticked that day and a short note. Labels for the keys are the UI's job.
The rows live in the ``checkins`` table of the one store (isoapp/notes/schema.py, v3).
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from isoapp.notes.model import now_stamp

if TYPE_CHECKING:
    from isoapp.notes.store import NotesStore

SYMPTOMS = ("lips", "skin", "eyes", "nosebleeds", "joints", "headache")
RED_FLAGS = (
    "self-harm-thoughts",
    "severe-headache-vision",
    "severe-stomach-pain",
    "bloody-diarrhoea",
    "yellow-skin-eyes",
    "allergic-reaction",
    "severe-rash",
)
MOOD_RANGE = (1, 5)
SCORE_RANGE = (0, 3)
SLEEP_RANGE = (0, 24)
NOTE_MAX = 10_000
SYMPTOM_NAME_MAX = 40
SYMPTOMS_MAX = 30  # the six known ones plus the person's own
LOW_MOOD = (1, 2)


@dataclass(frozen=True)
class CheckIn:
    day: date
    mood: int | None = None
    symptoms: Mapping[str, int] = field(default_factory=dict)
    red_flags: tuple[str, ...] = ()
    note: str = ""
    sleep: int | None = None


def _whole_number(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a whole number from {low} to {high}.")
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise ValueError(f"{name} must be a whole number from {low} to {high}.")
    number = int(value)
    if not low <= number <= high:
        raise ValueError(f"{name} must be from {low} to {high}, not {number}.")
    return number


def _symptom_name(name: object) -> str:
    if not isinstance(name, str):
        raise ValueError("symptoms: each symptom name must be text.")
    clean = " ".join(name.split())
    if not clean:
        raise ValueError("symptoms: a symptom name is empty.")
    if len(clean) > SYMPTOM_NAME_MAX:
        raise ValueError(f"symptoms: the name {clean[:20]!r}... is longer than {SYMPTOM_NAME_MAX} characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in clean):
        raise ValueError(f"symptoms: the name {clean!r} has characters that cannot be shown.")
    return clean


def _check_symptoms(symptoms: object) -> dict[str, int]:
    if not isinstance(symptoms, Mapping):
        raise ValueError("symptoms must be a list of names with scores.")
    if len(symptoms) > SYMPTOMS_MAX:
        raise ValueError(f"symptoms: at most {SYMPTOMS_MAX} symptoms a day.")
    clean: dict[str, int] = {}
    for name, score in symptoms.items():
        key = _symptom_name(name)
        if key in clean:
            raise ValueError(f"symptoms: {key!r} is given twice.")
        clean[key] = _whole_number(score, f"symptoms: the score for {key!r}", *SCORE_RANGE)
    known = [k for k in SYMPTOMS if k in clean]
    return {k: clean[k] for k in known + sorted(k for k in clean if k not in SYMPTOMS)}


def _check_red_flags(flags: object) -> tuple[str, ...]:
    if isinstance(flags, str) or not isinstance(flags, Iterable):
        raise ValueError("red_flags must be a list of serious-sign ids.")
    seen: set[str] = set()
    for flag in flags:
        if flag not in RED_FLAGS:
            raise ValueError(f"red_flags: {str(flag)[:40]!r} is not a serious sign this app knows.")
        seen.add(flag)
    return tuple(f for f in RED_FLAGS if f in seen)


def validate_checkin(c: CheckIn, today: date) -> CheckIn:
    """The check-in, checked and tidied (known symptoms first, red flags in list order, no duplicates).

    Raises ``ValueError`` whose message names the field that is wrong.
    """
    if not isinstance(c.day, date) or isinstance(c.day, datetime):
        raise ValueError("day must be a date.")
    if c.day > today:
        raise ValueError(f"day: {c.day.isoformat()} is in the future.")
    mood = None if c.mood is None else _whole_number(c.mood, "mood", *MOOD_RANGE)
    sleep = None if c.sleep is None else _whole_number(c.sleep, "sleep", *SLEEP_RANGE)
    if not isinstance(c.note, str):
        raise ValueError("note must be text.")
    if len(c.note) > NOTE_MAX:
        raise ValueError(f"note is longer than {NOTE_MAX:,} characters.")
    if "\x00" in c.note:
        raise ValueError("note has a character that cannot be stored (NUL).")
    return replace(
        c,
        mood=mood,
        sleep=sleep,
        symptoms=_check_symptoms(c.symptoms),
        red_flags=_check_red_flags(c.red_flags),
    )


def low_mood_days(checkins: Iterable[CheckIn], today: date, window_days: int = 14) -> int:
    """How many days in the ``window_days`` up to and including ``today`` have mood 1 or 2."""
    first = today - timedelta(days=window_days - 1)
    days = {c.day for c in checkins if first <= c.day <= today and c.mood is not None and c.mood in LOW_MOOD}
    return len(days)


_COLUMNS = "day, mood, sleep, symptoms, red_flags, note"


def _row_to_checkin(row: tuple) -> CheckIn:
    symptoms = json.loads(row[3]) if row[3] else {}
    flags = json.loads(row[4]) if row[4] else []
    return CheckIn(
        day=date.fromisoformat(row[0]),
        mood=row[1],
        sleep=row[2],
        symptoms=dict(symptoms),
        red_flags=tuple(flags),
        note=row[5],
    )


class CheckinStore:
    """Check-ins in the one sqlite store. Every write is one transaction; ``save`` edits the day's entry."""

    def __init__(self, notes_store: NotesStore, *, wait: bool = True) -> None:
        self._store = notes_store
        # wait=False (the interface): never wait for another program's write lock; writes raise StoreBusy
        self.wait = wait

    def get(self, day: date) -> CheckIn | None:
        row = self._store.connection.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        return _row_to_checkin(row) if row else None

    def save(self, c: CheckIn, *, today: date | None = None) -> CheckIn:
        """Check and store ``c`` (replacing that day's entry, if any); returns what was stored."""
        c = validate_checkin(c, today or date.today())
        with self._store.transaction(wait=self.wait) as conn:
            self._upsert(conn, c)
        return c

    def save_many(self, checkins: Iterable[CheckIn], *, today: date | None = None) -> int:
        """Check every entry first, then store them all in ONE transaction (all or none)."""
        checked = [validate_checkin(c, today or date.today()) for c in checkins]
        with self._store.transaction(wait=self.wait) as conn:
            for c in checked:
                self._upsert(conn, c)
        return len(checked)

    @staticmethod
    def _upsert(conn, c: CheckIn) -> None:
        conn.execute(
            "INSERT INTO checkins (day, mood, sleep, symptoms, red_flags, note, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(day) DO UPDATE SET mood = excluded.mood, "
            "sleep = excluded.sleep, symptoms = excluded.symptoms, red_flags = excluded.red_flags, "
            "note = excluded.note, updated = excluded.updated",
            (
                c.day.isoformat(),
                c.mood,
                c.sleep,
                json.dumps(dict(c.symptoms), ensure_ascii=False),
                json.dumps(list(c.red_flags)),
                c.note,
                now_stamp(),
            ),
        )

    def delete(self, day: date) -> None:
        with self._store.transaction(wait=self.wait) as conn:
            conn.execute("DELETE FROM checkins WHERE day = ?", (day.isoformat(),))

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Entries from ``start`` to ``end`` (both included), oldest first."""
        rows = self._store.connection.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        return [_row_to_checkin(r) for r in rows]

    def all(self) -> list[CheckIn]:
        rows = self._store.connection.execute(f"SELECT {_COLUMNS} FROM checkins ORDER BY day")
        return [_row_to_checkin(r) for r in rows]

    def count(self) -> int:
        return self._store.connection.execute("SELECT count(*) FROM checkins").fetchone()[0]
