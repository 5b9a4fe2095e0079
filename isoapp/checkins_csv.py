"""Check-ins as CSV, for people who want their own spreadsheet (export only; Qt-free).

One row a day, oldest first: date, mood, sleep, one column per side effect (the six known ones, then
the person's own, A to Z), the serious signs (ids, separated by ";") and the note. Empty cells mean
"not entered". The file is written atomically and private (0600): it holds health data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from isoapp.checkin_trends import symptom_keys
from isoapp.checkins import CheckIn
from isoapp.notes.transfer import write_bytes_atomically

FIXED = ("date", "mood", "sleep_hours")
TAIL = ("serious_signs", "note")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet runs a cell that starts with = + - @ as a formula: keep the person's text as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def checkins_csv(checkins: Sequence[CheckIn]) -> str:
    keys = symptom_keys(checkins)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in (*FIXED, *keys, *TAIL)])
    for c in sorted(checkins, key=lambda c: c.day):
        symptoms = [c.symptoms.get(k) for k in keys]
        row = [c.day.isoformat(), c.mood, c.sleep, *symptoms, ";".join(c.red_flags), c.note]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def export_checkins_csv(checkins: Sequence[CheckIn], dest: Path) -> int:
    """Write the CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents); returns the rows."""
    write_bytes_atomically(Path(dest), checkins_csv(checkins).encode("utf-8-sig"))
    return len(checkins)
