"""The course plan as an iCalendar file (RFC 5545), written with the ``icalendar`` library. Qt-free.

Every event is all-day. Its ``UID`` comes from the event's stable key and the course's own identity (the
moment the course was set up), never from chance: a newer export of the same course carries the same UIDs,
so a phone calendar updates its events instead of adding them twice. The optional daily "take your
capsules" event repeats from the first day of the course to its last (or on, while the end is not known);
it names no dose: the app never tells anyone what to take.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
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


def _all_day(uid: str, stamp: datetime, day: date, summary: str, description: str):
    from icalendar import Event

    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp)
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
    note = word("From your Isotretinoin Guide plan. Rules change; your prescriber tells you what applies to you.")
    for e in events:
        summary = (word("Done:") + " " if e.done else "") + e.title
        item = _all_day(event_uid(e.key, course_created), stamp, e.date, summary, note)
        item.add("categories", [e.kind])
        cal.add_component(item)
    if daily is not None:
        first, last = daily
        description = word("A daily reminder you asked for. Take them as your prescriber told you.")
        item = _all_day(event_uid(DAILY_KEY, course_created), stamp, first, word("Take your capsules"), description)
        item.add("rrule", {"freq": "daily", "until": last} if last is not None else {"freq": "daily"})
        cal.add_component(item)
    return cal


def calendar_bytes(
    events: Iterable[CourseEvent],
    course_created: str,
    *,
    daily: tuple[date, date | None] | None = None,
    tr: Callable[[str], str] = _plain,
) -> bytes:
    return build_calendar(events, course_created, daily=daily, tr=tr).to_ical()
