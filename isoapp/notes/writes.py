"""The write helpers of the store: one INSERT, the normalised form of a change, duplicate keys (no Qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from isoapp.notes.model import Note, check_section, normalise_title, now_stamp, parse_stamp
from isoapp.notes.queries import PREVIEW_CHARS


def insert(conn: sqlite3.Connection, title, body, section, is_question, answered, created, updated) -> int:
    if not isinstance(title, str) or not isinstance(body, str):
        raise TypeError("title and body must be str")
    created = (parse_stamp(created) if created else None) or now_stamp()
    updated = (parse_stamp(updated) if updated else None) or created
    cur = conn.execute(
        "INSERT INTO notes (title, body, preview, section, is_question, answered, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            normalise_title(title),
            body,
            body[:PREVIEW_CHARS],
            check_section(section),
            int(is_question),
            int(answered),
            created,
            updated,
        ),
    )
    return int(cur.lastrowid)


def normalised_changes(given: dict[str, Any]) -> dict[str, Any]:
    changes = dict(given)
    if "title" in changes:
        changes["title"] = normalise_title(changes["title"])
    if "section" in changes:
        changes["section"] = check_section(changes["section"])
    for flag in ("is_question", "answered"):
        if flag in changes:
            changes[flag] = int(bool(changes[flag]))
    return changes


def stored_values(note: Note) -> dict[str, Any]:
    return {
        "title": note.title,
        "body": note.body,
        "section": note.section,
        "is_question": int(note.is_question),
        "answered": int(note.answered),
    }


def duplicate_key(n: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """What makes an imported note "already there": its title, body and created time (None: no time)."""
    created = n.get("created")
    created = parse_stamp(created) if isinstance(created, str) else None
    if created is None or not isinstance(n.get("title", ""), str) or not isinstance(n.get("body", ""), str):
        return None
    return normalise_title(n.get("title", "")), n.get("body", ""), created
