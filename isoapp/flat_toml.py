"""A fast reader for the simplest TOML files the app ships (the section manifest), so a start does not
import ``tomllib`` (~6 ms of CPU before the first paint).

It reads only this shape, and says so by returning None for anything else (the caller then uses
``tomllib``, which decides): comment and blank lines, ``[[name]]`` array-of-tables headers, and
``key = value`` lines whose value is a plain double-quoted string (no backslashes), a decimal integer,
``true`` or ``false``, each optionally followed by a comment. Qt-free.
"""

from __future__ import annotations

import re

_COMMENT = r"(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"
_HEADER = re.compile(r"\[\[([A-Za-z0-9_-]+)\]\][ \t]*" + _COMMENT)
_VALUE = r'(?:"([^"\\\x00-\x1f\x7f]*)"|([+-]?(?:0|[1-9](?:_?[0-9])*))|(true|false))'
_PAIR = re.compile(r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*" + _VALUE + r"[ \t]*" + _COMMENT)
_COMMENT_LINE = re.compile(_COMMENT)


def parse(text: str) -> dict | None:
    """The document as ``tomllib.loads`` would give it, or None if it is not in the simple shape."""
    out: dict[str, list[dict]] = {}
    table: dict | None = None
    for raw in text.split("\n"):
        line = raw.removesuffix("\r").strip(" \t")
        if not line or (line.startswith("#") and _COMMENT_LINE.fullmatch(line)):
            continue
        header = _HEADER.fullmatch(line)
        if header:
            table = {}
            out.setdefault(header.group(1), []).append(table)
            continue
        pair = _PAIR.fullmatch(line)
        if pair is None or table is None or pair.group(1) in table:
            return None
        key, string, integer, boolean = pair.groups()
        if string is not None:
            table[key] = string
        elif integer is not None:
            table[key] = int(integer.replace("_", ""))
        else:
            table[key] = boolean == "true"
    return out
