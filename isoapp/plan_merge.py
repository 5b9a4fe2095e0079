"""Merging a freshly generated monitoring plan into the stored one, keeping what the person did. Qt-free.

Used by ``CourseStore.sync_plan`` (which stores the result) and by read-only commands such as the calendar
export (which only compute it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from isoapp.course_store import CourseEvent


def merge_plan(
    stored: Iterable[CourseEvent], planned: Iterable[CourseEvent], *, keep_done: bool = True
) -> list[CourseEvent]:
    """The plan events as ``sync_plan`` would store them (no writing): ``stored`` are the plan's events now
    in the store (not the person's own), ``planned`` a freshly generated plan. Rules as in ``sync_plan``."""
    fresh = {e.key: e for e in planned}
    old_by_key = {e.key: e for e in stored}
    merged = [e for key, e in old_by_key.items() if key not in fresh and e.done and keep_done]
    for key, new in fresh.items():
        old = old_by_key.get(key)
        if old is None:
            merged.append(replace(new, planned=new.date, own=False))
        else:
            day = old.date if old.moved else new.date
            merged.append(replace(old, date=day, planned=new.date, kind=new.kind, title=new.title))
    return merged
