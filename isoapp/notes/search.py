"""Full-text search over notes (FTS5) and the highlighting of matched words (no Qt)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from isoapp.notes.queries import NoteSummary

# Markers FTS5 puts around matched words. Private-use characters: never shown, never parsed as markup.
HIT_START = "\ue000"
HIT_END = "\ue001"
SNIPPET_FTS_MAX = 4000
SNIPPET_SCAN = 100_000


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; ``title_parts``/``snippet_parts`` are (text, is_match) runs to draw highlighted."""

    note: NoteSummary
    title_parts: list[tuple[str, bool]]
    snippet_parts: list[tuple[str, bool]]


def split_marked(text: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for piece in re.split(f"({HIT_START}.*?{HIT_END})", text, flags=re.S):
        if not piece:
            continue
        if piece.startswith(HIT_START) and piece.endswith(HIT_END):
            parts.append((piece[1:-1], True))
        else:
            parts.append((piece.replace(HIT_START, "").replace(HIT_END, ""), False))
    return parts


def fts_query(text: str) -> str | None:
    """The person's search words -> a safe FTS5 query: every word must appear, the last may be a prefix."""
    words = re.findall(r"[^\W_]+", text)
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


_SQL = (
    "SELECT n.id, n.title, n.preview, n.section, n.is_question, n.answered, n.created, "
    "n.updated, n.deleted_at, n.rev, "
    f"CASE WHEN length(n.title) <= {SNIPPET_FTS_MAX} "
    f"THEN highlight(notes_fts, 0, '{HIT_START}', '{HIT_END}') END, "
    f"CASE WHEN length(n.body) <= {SNIPPET_FTS_MAX} "
    f"THEN snippet(notes_fts, 1, '{HIT_START}', '{HIT_END}', '…', 14) "
    f"ELSE substr(n.body, 1, {SNIPPET_SCAN}) END, length(n.body) "
    "FROM notes_fts JOIN notes AS n ON n.id = notes_fts.rowid "
    "WHERE notes_fts MATCH ? AND n.deleted_at IS NULL{extra} ORDER BY notes_fts.rowid DESC LIMIT ?"
)


def search(conn: sqlite3.Connection, text: str, *, questions_only: bool = False, limit: int = 100) -> list[SearchHit]:
    """Full-text search (FTS5) over titles and bodies of notes not in the bin, newest note first.

    Matching is FTS5's (every word must appear, the last may be a prefix; case and accents ignored).
    Results come newest first, not by bm25 rank: ranking must score every match before the first result,
    while newest-first stops at ``limit``. Highlights come from FTS5 ``highlight()`` and ``snippet()`` for
    ordinary notes; for bodies longer than SNIPPET_FTS_MAX characters the snippet is cut in Python from the
    first SNIPPET_SCAN characters, because ``snippet()`` grows with the square of the hits in a note.
    """
    query = fts_query(text)
    if query is None:
        return []
    sql = _SQL.replace("{extra}", " AND n.is_question = 1" if questions_only else "")
    try:
        rows = conn.execute(sql, (query, int(limit))).fetchall()
    except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: treat as "no results"
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return []
        raise
    words = re.findall(r"[^\W_]+", text)
    hits = []
    for r in rows:
        summary = NoteSummary(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6], r[7], r[8], r[9])
        title_parts = split_marked(r[10]) if r[10] is not None else python_highlight(r[1], words)
        if r[12] <= SNIPPET_FTS_MAX:
            snippet_parts = split_marked(r[11] or "")
        else:
            snippet_parts = python_snippet(r[11] or "", words)
        hits.append(SearchHit(summary, title_parts, snippet_parts))
    return hits


def _word_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = [re.escape(w) + (r"[^\W_]*" if i == len(words) - 1 else r"(?![^\W_])") for i, w in enumerate(words)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def python_highlight(text: str, words: list[str]) -> list[tuple[str, bool]]:
    """(text, is_match) runs marking the search words in ``text`` (the fallback for very long texts)."""
    pattern = _word_pattern(words)
    if pattern is None:
        return [(text, False)] if text else []
    parts: list[tuple[str, bool]] = []
    last = 0
    for m in pattern.finditer(text):
        if m.start() > last:
            parts.append((text[last : m.start()], False))
        parts.append((m.group(0), True))
        last = m.end()
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def python_snippet(text: str, words: list[str], before: int = 60, after: int = 100) -> list[tuple[str, bool]]:
    """A short window of ``text`` around the first search word, highlighted (accent-sensitive fallback)."""
    pattern = _word_pattern(words)
    m = pattern.search(text) if pattern else None
    start = max(0, m.start() - before) if m else 0
    end = min(len(text), (m.end() if m else 0) + after)
    window = text[start:end]
    parts = python_highlight(window, words)
    if start > 0:
        parts.insert(0, ("…", False))
    if end < len(text):
        parts.append(("…", False))
    return parts
