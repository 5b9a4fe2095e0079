"""The course plan as an iCalendar file (RFC 5545), written with the ``icalendar`` library. Qt-free.

Every event is all-day. Its ``UID`` comes from the event's stable key and the course's own identity (the
moment the course was set up), never from chance: a newer export of the same course carries the same UIDs,
so a phone calendar updates its events instead of adding them twice. The optional daily "take your
capsules" event repeats from the first day of the course to its last (or on, while the end is not known);
it names no dose: the app never tells anyone what to take.

Updates (``SEQUENCE``). A calendar that already has an event with the same UID takes the imported copy as
newer only if its SEQUENCE is higher, so a moved date needs a higher number — always, even when a date is
moved and then moved back (so SEQUENCE cannot be computed from the event's dates alone), and deterministic
(no clock: a clock can be set back). The number is the event's revision in the store: ``course_events.id``
is AUTOINCREMENT, and every change to what a calendar shows of an event writes its row anew with a larger
id (see ``CourseStore.revisions``). An event whose exported form differs from its stored row (the export
brings the plan up to date in memory and writes nothing) gets ``last_revision + 1``: higher than any
revision so far, and never above what the row gets once the app stores it. The daily event, whose span
follows the course's dates, takes the highest revision of the plan. ``DTSTAMP`` is the moment of export
(as ``icalendar``'s ``Event.new`` sets it); ``LAST-MODIFIED`` is left out because the store keeps no time
of each edit, and a made-up one would be wrong. Backups keep the revisions, so a restore goes on from
them. Limit: a change only of the interface language changes the titles without a new SEQUENCE.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta

from isoapp import __version__
from isoapp.course_store import CourseEvent

UID_DOMAIN = "isotretinoin-guide.invalid"  # a name that is nobody's domain (RFC 2606), never looked up
DAILY_KEY = "daily-capsules"


def _identity(course_created: str) -> str:
    return hashlib.sha256(course_created.encode("utf-8")).hexdigest()[:12]


def event_uid(key: str, course_created: str) -> str:
    """The stable UID of one event of one course."""
    return f"{key}.{_identity(course_created)}@{UID_DOMAIN}"


def _plain(text: str) -> str:
    return text


def _shown(e: CourseEvent) -> tuple:
    """What a calendar shows of an event (a change to any of it needs a higher SEQUENCE)."""
    return e.date, e.kind, e.title, e.done


def sequences(
    events: Iterable[CourseEvent], stored: Iterable[CourseEvent], revisions: Mapping[str, int], last_revision: int
) -> dict[str, int]:
    """The SEQUENCE of each exported event (and of the daily one, ``DAILY_KEY``); see the module notes."""
    stored_by_key = {e.key: e for e in stored}
    newer = last_revision + 1
    result: dict[str, int] = {}
    for e in events:
        old = stored_by_key.get(e.key)
        same = old is not None and e.key in revisions and _shown(old) == _shown(e)
        result[e.key] = revisions[e.key] if same else newer
    result[DAILY_KEY] = max([last_revision, *result.values()])
    return result


def _all_day(uid: str, stamp: datetime, day: date, summary: str, description: str, sequence: int = 0):
    from icalendar import Event

    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp)
    item.add("sequence", sequence)
    item.add("dtstart", day)
    item.add("dtend", day + timedelta(days=1))
    item.add("summary", summary)
    item.add("description", description)
    item.add("transp", "TRANSPARENT")
    return item


def build_calendar(
    events: Iterable[CourseEvent],
    course_created: str,
    *,
    daily: tuple[date, date | None] | None = None,
    tr: Callable[[str], str] = _plain,
    now: datetime | None = None,
    sequence: Mapping[str, int] | None = None,
):
    """An ``icalendar.Calendar`` with one all-day event per course event (and the daily one if asked)."""
    from icalendar import Calendar

    # The texts are marked for the catalogue in isoapp/ui/course/plan_texts.py (context MonitoringPlan);
    # called through another name here, so lupdate does not list them a second time without a context.
    word = tr
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", f"-//Isotretinoin Guide//isoapp {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", word("Isotretinoin course"))
    sequence = sequence or {}
    note = word("From your Isotretinoin Guide plan. Rules change; your prescriber tells you what applies to you.")
    for e in events:
        summary = (word("Done:") + " " if e.done else "") + e.title
        item = _all_day(event_uid(e.key, course_created), stamp, e.date, summary, note, sequence.get(e.key, 0))
        item.add("categories", [e.kind])
        cal.add_component(item)
    if daily is not None:
        first, last = daily
        description = word("A daily reminder you asked for. Take them as your prescriber told you.")
        uid = event_uid(DAILY_KEY, course_created)
        item = _all_day(uid, stamp, first, word("Take your capsules"), description, sequence.get(DAILY_KEY, 0))
        item.add("rrule", {"freq": "daily", "until": last} if last is not None else {"freq": "daily"})
        cal.add_component(item)
    return cal


def calendar_bytes(
    events: Iterable[CourseEvent],
    course_created: str,
    *,
    daily: tuple[date, date | None] | None = None,
    tr: Callable[[str], str] = _plain,
    sequence: Mapping[str, int] | None = None,
) -> bytes:
    return build_calendar(events, course_created, daily=daily, tr=tr, sequence=sequence).to_ical()
