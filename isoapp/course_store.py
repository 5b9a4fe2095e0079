"""CourseStore: the person's course in the one sqlite store (tables of schema v3), Qt-free.

What is kept: the settings (region, whether the person can get pregnant, the prescriber's target in mg/kg
if one was given — there is no default — and the expected last day if known), the dose periods, the days
marked taken or missed, and the events of the monitoring plan plus the person's own.
Every write is one transaction and is checked first: bad input raises ``ValueError`` naming the field and
nothing is saved.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from isoapp.course import DosePeriod, check_period, check_periods, check_target
from isoapp.notes.model import now_stamp
from isoapp.plan_merge import merge_plan

if TYPE_CHECKING:
    from isoapp.notes.store import NotesStore

REGIONS = ("us", "uk-eu", "other")
EVENT_KINDS = ("appointment", "pregnancy-test", "blood-test", "other")
MAX_DAYS_AHEAD = 366  # a start or an event further ahead than this is taken as a typing mistake
EARLIEST = date(1990, 1, 1)
TITLE_MAX = 200


_UK_EU = frozenset(
    "UnitedKingdom Austria Belgium Bulgaria Croatia Cyprus Czechia Denmark Estonia Finland France Germany Greece "
    "Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia "
    "Slovenia Spain Sweden".split()
)


def region_for_country(name: str) -> str:
    """The plan region a country (Qt's territory name, e.g. "UnitedKingdom") most likely follows.

    Only a first guess for the set-up form; the person chooses.
    """
    if name == "UnitedStates":
        return "us"
    return "uk-eu" if name in _UK_EU else "other"


@dataclass(frozen=True)
class CourseSettings:
    region: str
    can_get_pregnant: bool
    target_mg_per_kg: float | None = None
    planned_end: date | None = None
    created: str = ""


@dataclass(frozen=True)
class CourseEvent:
    key: str  # stable identity (plan rule + occurrence, or own-...): calendar UIDs derive from it
    date: date
    kind: str
    title: str
    done: bool = False
    own: bool = False
    planned: date | None = None  # the date the plan gave (differs from ``date`` once moved)

    @property
    def moved(self) -> bool:
        return self.planned is not None and self.planned != self.date


def check_day(day: object, field: str, today: date, *, ahead: int = 0) -> date:
    """A date from 1990 on and at most ``ahead`` days after ``today``; else ValueError naming ``field``."""
    if not isinstance(day, date):
        raise ValueError(f"{field} must be a date.")
    if day < EARLIEST:
        raise ValueError(f"{field} ({day.isoformat()}) is too long ago to be right.")
    if day > today + timedelta(days=ahead):
        when = "in the future" if ahead == 0 else f"more than {ahead} days from today"
        raise ValueError(f"{field} ({day.isoformat()}) is {when}.")
    return day


def check_settings(s: CourseSettings) -> CourseSettings:
    if s.region not in REGIONS:
        raise ValueError(f"region must be one of {', '.join(REGIONS)}, not {str(s.region)[:20]!r}.")
    if not isinstance(s.can_get_pregnant, bool):
        raise ValueError("can_get_pregnant must be yes or no.")
    target = None if s.target_mg_per_kg is None else check_target(s.target_mg_per_kg)
    if s.planned_end is not None and (not isinstance(s.planned_end, date) or s.planned_end < EARLIEST):
        raise ValueError("planned_end must be a date or empty.")
    return replace(s, target_mg_per_kg=target)


def check_title(title: object) -> str:
    if not isinstance(title, str):
        raise ValueError("title must be text.")
    clean = " ".join(title.split())
    if not clean:
        raise ValueError("title is empty.")
    if len(clean) > TITLE_MAX:
        raise ValueError(f"title is longer than {TITLE_MAX} characters.")
    if any(unicodedata.category(ch) == "Cc" for ch in clean):
        raise ValueError("title has characters that cannot be shown.")
    return clean


def own_key(day: date, title: str, stamp: str) -> str:
    """The identity of an event the person added: derived from what it was when made, never random."""
    digest = hashlib.sha256(f"{day.isoformat()}|{title}|{stamp}".encode()).hexdigest()[:16]
    return f"own-{digest}"


def _period(row: tuple) -> DosePeriod:
    return DosePeriod(date.fromisoformat(row[0]), row[2], row[3], date.fromisoformat(row[1]) if row[1] else None)


def _event(row: tuple) -> CourseEvent:
    planned = date.fromisoformat(row[5]) if row[5] else None
    return CourseEvent(row[0], date.fromisoformat(row[1]), row[2], row[3], bool(row[4]), bool(row[6]), planned)


_EVENT_COLUMNS = "key, date, kind, title, done, planned, own"


class CourseStore:
    def __init__(self, notes_store: NotesStore, *, wait: bool = True) -> None:
        self._store = notes_store
        # wait=False (the interface): never wait for another program's write lock; writes raise StoreBusy
        self.wait = wait

    @property
    def _db(self):
        return self._store.connection

    # ------------------------------------------------------------------ settings
    def settings(self) -> CourseSettings | None:
        row = self._db.execute(
            "SELECT region, can_get_pregnant, target_mg_per_kg, planned_end, created FROM course_settings"
        ).fetchone()
        if row is None:
            return None
        end = date.fromisoformat(row[3]) if row[3] else None
        return CourseSettings(row[0], bool(row[1]), row[2], end, row[4])

    def has_course(self) -> bool:
        return self.settings() is not None

    def has_data(self) -> bool:
        """True when anything of a course is stored (settings, periods, days or events)."""
        return any(
            self._db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
            for t in ("course_settings", "course_periods", "course_days", "course_events")
        )

    def set_up(self, settings: CourseSettings, first: DosePeriod, *, today: date | None = None) -> None:
        """Start a course: its settings and first dose period, in one transaction."""
        today = today or date.today()
        settings = check_settings(settings)
        check_day(first.start, "start", today, ahead=MAX_DAYS_AHEAD)
        check_period(first)
        with self._store.transaction(wait=self.wait) as conn:
            if conn.execute("SELECT 1 FROM course_settings").fetchone():
                raise ValueError("course: a course is already set up (change it instead).")
            self._write_settings(conn, replace(settings, created=settings.created or now_stamp()))
            self._insert_period(conn, first)

    def save_settings(self, settings: CourseSettings) -> CourseSettings:
        settings = check_settings(settings)
        current = self.settings()
        if current is None:
            raise ValueError("course: no course is set up yet.")
        settings = replace(settings, created=current.created)
        with self._store.transaction(wait=self.wait) as conn:
            self._write_settings(conn, settings)
        return settings

    @staticmethod
    def _write_settings(conn, s: CourseSettings) -> None:
        conn.execute(
            "INSERT INTO course_settings (id, region, can_get_pregnant, target_mg_per_kg, planned_end, created, "
            "updated) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET region = excluded.region, "
            "can_get_pregnant = excluded.can_get_pregnant, target_mg_per_kg = excluded.target_mg_per_kg, "
            "planned_end = excluded.planned_end, updated = excluded.updated",
            (
                s.region,
                int(s.can_get_pregnant),
                s.target_mg_per_kg,
                s.planned_end.isoformat() if s.planned_end else None,
                s.created,
                now_stamp(),
            ),
        )

    # ------------------------------------------------------------------ dose periods
    def periods(self) -> list[tuple[int, DosePeriod]]:
        """(id, period) oldest first."""
        rows = self._db.execute("SELECT id, start, end, mg_per_day, weight_kg FROM course_periods ORDER BY start")
        return [(r[0], _period(r[1:])) for r in rows]

    def dose_periods(self) -> list[DosePeriod]:
        return [p for _, p in self.periods()]

    def start(self) -> date | None:
        row = self._db.execute("SELECT min(start) FROM course_periods").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def _checked(self, period: DosePeriod, today: date | None, replacing: int | None) -> DosePeriod:
        check_period(period)
        check_day(period.start, "start", today or date.today(), ahead=MAX_DAYS_AHEAD)
        others = [p for i, p in self.periods() if i != replacing]
        check_periods([*others, period])
        return period

    def add_period(self, period: DosePeriod, *, today: date | None = None) -> int:
        self._checked(period, today, None)
        with self._store.transaction(wait=self.wait) as conn:
            return self._insert_period(conn, period)

    @staticmethod
    def _insert_period(conn, p: DosePeriod) -> int:
        cur = conn.execute(
            "INSERT INTO course_periods (start, end, mg_per_day, weight_kg) VALUES (?, ?, ?, ?)",
            (p.start.isoformat(), p.end.isoformat() if p.end else None, float(p.mg_per_day), float(p.weight_kg)),
        )
        return int(cur.lastrowid)

    def edit_period(self, period_id: int, period: DosePeriod, *, today: date | None = None) -> None:
        self._checked(period, today, period_id)
        with self._store.transaction(wait=self.wait) as conn:
            cur = conn.execute(
                "UPDATE course_periods SET start = ?, end = ?, mg_per_day = ?, weight_kg = ? WHERE id = ?",
                (
                    period.start.isoformat(),
                    period.end.isoformat() if period.end else None,
                    float(period.mg_per_day),
                    float(period.weight_kg),
                    period_id,
                ),
            )
            if cur.rowcount != 1:
                raise ValueError("period: this dose period is no longer there.")

    def delete_period(self, period_id: int) -> DosePeriod | None:
        """Remove a period; returns it (for undo) or None if it was not there."""
        with self._store.transaction(wait=self.wait) as conn:
            row = conn.execute(
                "SELECT start, end, mg_per_day, weight_kg FROM course_periods WHERE id = ?", (period_id,)
            ).fetchone()
            conn.execute("DELETE FROM course_periods WHERE id = ?", (period_id,))
        return _period(row) if row else None

    # ------------------------------------------------------------------ daily log
    def mark_day(self, day: date, status: str | None, *, today: date | None = None) -> None:
        """Mark ``day`` as "taken", "missed", or clear the mark (None). Future days are refused."""
        check_day(day, "day", today or date.today())
        if status not in ("taken", "missed", None):
            raise ValueError("status must be taken, missed or empty.")
        with self._store.transaction(wait=self.wait) as conn:
            if status is None:
                conn.execute("DELETE FROM course_days WHERE day = ?", (day.isoformat(),))
            else:
                conn.execute(
                    "INSERT INTO course_days (day, status) VALUES (?, ?) "
                    "ON CONFLICT(day) DO UPDATE SET status = excluded.status",
                    (day.isoformat(), status),
                )

    def days(self, status: str) -> list[date]:
        rows = self._db.execute("SELECT day FROM course_days WHERE status = ? ORDER BY day", (status,))
        return [date.fromisoformat(r[0]) for r in rows]

    def missed(self) -> list[date]:
        return self.days("missed")

    def taken(self) -> list[date]:
        return self.days("taken")

    def day_status(self, day: date) -> str | None:
        row = self._db.execute("SELECT status FROM course_days WHERE day = ?", (day.isoformat(),)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ events
    def events(self) -> list[CourseEvent]:
        rows = self._db.execute(f"SELECT {_EVENT_COLUMNS} FROM course_events ORDER BY date, kind, key")
        return [_event(r) for r in rows]

    def event(self, key: str) -> CourseEvent | None:
        row = self._db.execute(f"SELECT {_EVENT_COLUMNS} FROM course_events WHERE key = ?", (key,)).fetchone()
        return _event(row) if row else None

    def add_event(self, day: date, kind: str, title: str, *, today: date | None = None) -> CourseEvent:
        """Add one of the person's own events."""
        event = self._check_event(day, kind, title, today)
        event = replace(event, key=own_key(event.date, event.title, now_stamp()), own=True)
        with self._store.transaction(wait=self.wait) as conn:
            self._insert_event(conn, event)
        return event

    @staticmethod
    def _check_event(day: date, kind: str, title: str, today: date | None) -> CourseEvent:
        if kind not in EVENT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(EVENT_KINDS)}.")
        check_day(day, "date", today or date.today(), ahead=3 * MAX_DAYS_AHEAD)
        return CourseEvent("", day, kind, check_title(title))

    @staticmethod
    def _insert_event(conn, e: CourseEvent, revision: int | None = None) -> None:
        """Insert ``e`` with a new revision, or the given one (a restore keeps the revisions it had)."""
        conn.execute(
            f"INSERT INTO course_events (id, {_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                revision,
                e.key,
                e.date.isoformat(),
                e.kind,
                e.title,
                int(e.done),
                e.planned.isoformat() if e.planned else None,
                int(e.own),
            ),
        )

    # Revisions (for the calendar's SEQUENCE, see calendar_export.py). ``course_events.id`` is AUTOINCREMENT:
    # SQLite gives every new row an id larger than any the table ever had (kept in ``sqlite_sequence``, in
    # the same transaction). A change to what a calendar shows of an event (date, title, kind, done) writes
    # its row anew (``_rewrite_event``), so its id is a per-event revision that only ever goes up — no new
    # column needed.
    def revisions(self) -> dict[str, int]:
        """The revision (row id) of every stored event, by key."""
        return dict(self._db.execute("SELECT key, id FROM course_events"))

    def last_revision(self) -> int:
        """The highest revision ever given to an event of this store (0 if none); it never goes down."""
        row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'course_events'").fetchone()
        return int(row[0]) if row else 0

    def _rewrite_event(self, conn, e: CourseEvent) -> None:
        conn.execute("DELETE FROM course_events WHERE key = ?", (e.key,))
        self._insert_event(conn, e)

    def _change_event(self, key: str, **changes) -> None:
        with self._store.transaction(wait=self.wait) as conn:
            row = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM course_events WHERE key = ?", (key,)).fetchone()
            if row is None:
                return
            old = _event(row)
            new = replace(old, **changes)
            if new != old:
                self._rewrite_event(conn, new)

    def set_done(self, key: str, done: bool) -> None:
        self._change_event(key, done=bool(done))

    def move_event(self, key: str, day: date, *, today: date | None = None) -> None:
        check_day(day, "date", today or date.today(), ahead=3 * MAX_DAYS_AHEAD)
        self._change_event(key, date=day)

    def delete_event(self, key: str) -> CourseEvent | None:
        """Remove one of the person's own events (plan events are ticked or moved, not removed)."""
        event = self.event(key)
        if event is None:
            return None
        if not event.own:
            raise ValueError("event: events of the plan cannot be removed; tick them done or move them.")
        with self._store.transaction(wait=self.wait) as conn:
            conn.execute("DELETE FROM course_events WHERE key = ?", (key,))
        return event

    def sync_plan(self, planned: Iterable[CourseEvent], *, keep_done: bool = True) -> None:
        """Bring the plan's events in line with a freshly generated plan, keeping what the person did.

        New plan items are added; items still planned get the plan's title and kind, and its date unless the
        person moved them; items the plan no longer has are removed unless ticked done (and ``keep_done``:
        a new region or a change in "can get pregnant" makes a new plan, so old items go). Own events stay.
        """
        fresh = list(planned)
        with self._store.transaction(wait=self.wait) as conn:
            rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM course_events WHERE own = 0").fetchall()
            stored = {r[0]: _event(r) for r in rows}
            merged = {e.key: e for e in merge_plan(stored.values(), fresh, keep_done=keep_done)}
            for key in stored.keys() - merged.keys():
                conn.execute("DELETE FROM course_events WHERE key = ?", (key,))
            for key, new in merged.items():
                old = stored.get(key)
                if old is None:
                    self._insert_event(conn, new)
                elif new != old:
                    self._rewrite_event(conn, new)
