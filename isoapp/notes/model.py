"""The note record and the small pure helpers every notes module shares (no Qt, no SQL)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

# Characters Python treats as line boundaries (str.splitlines). A title is one line, so these become spaces.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
SECTION_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    title: str
    body: str
    section: str | None
    is_question: bool
    answered: bool
    created: str  # canonical UTC stamp, see now_stamp()
    updated: str
    deleted_at: str | None  # set while the note is in the bin
    rev: int  # bumped on every change; used to notice a change made by another window

    @property
    def in_bin(self) -> bool:
        return self.deleted_at is not None

    def display_title(self) -> str:
        """What a list shows: the title, else the first non-empty body line, else 'Untitled note'."""
        if self.title:
            return self.title
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()[:80]
        return "Untitled note"


def normalise_title(title: str) -> str:
    """Titles are one line: every line break becomes a space, then outer whitespace is trimmed.

    This is the choice for titles with newlines: normalise (not escape). A Markdown heading cannot hold a
    line break, and a title that looks the same after export is what a person expects.
    """
    return _LINE_BREAKS.sub(" ", title).strip()


def now_stamp() -> str:
    """The current time as the canonical stamp: UTC, milliseconds, e.g. 2026-11-25T19:30:00.123Z."""
    return format_stamp(datetime.now(UTC))


def format_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


# Dates a note may carry: later than the Unix epoch (some systems cannot show earlier local times) and
# before the year 3000 (the latest some systems can turn into a local time). Anything else is not a date a
# person wrote a note on, and turning it into a local time can raise (year 9999 or 0001 in some zones).
EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
LATEST = datetime(2999, 12, 31, tzinfo=UTC)


def parse_stamp(text: str) -> str | None:
    """Any ISO 8601 date-time a person or an export wrote -> canonical stamp; None if it is not one.

    A time without a zone is taken as UTC. Canonical stamps come back unchanged (the round trip relies on
    it). Impossible dates (month 13, day 45) and dates outside EARLIEST..LATEST give None.
    """
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if not EARLIEST <= moment <= LATEST:
            return None
        return text if _STAMP.fullmatch(text) else format_stamp(moment)
    except (OverflowError, ValueError):
        return None


def stamp_to_local(stamp: str) -> datetime:
    """A canonical stamp as a local, timezone-aware datetime (for showing to the person).

    Raises ValueError (or OverflowError) for a stamp that is not a date; use ``local_text`` to show one.
    """
    return datetime.fromisoformat(stamp).astimezone()  # (3.11+ reads the trailing "Z" as UTC)


def local_text(stamp: object, fmt: str) -> str:
    """A stored stamp as local time in ``fmt``; the raw value when it is not a date. Never raises."""
    try:
        return stamp_to_local(str(stamp)).strftime(fmt)
    except (OverflowError, ValueError, OSError, TypeError):
        return str(stamp)


def check_section(section: str | None) -> str | None:
    if section is None or section == "":
        return None
    if not SECTION_ID.fullmatch(section):
        raise ValueError(f"not a section id: {section!r}")
    return section
