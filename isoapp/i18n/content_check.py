"""Checks that a translation of the written content keeps what must not change (no Qt).

    python -m isoapp.i18n.content_check es      # every problem in the Spanish content; exit 1 if any

For each translated Markdown file: the same headings (number and levels), the same citations ``[n]``,
the same closing ``Sources:`` line, the same numbers (``1,000`` and ``1.000`` count as the same) and
the same link and image targets as the English file. For each TOML overlay: only known records and
text fields (numbers, ids and links are shared, never copied), and the same numbers in each text.
"""

from __future__ import annotations

import copy
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from isoapp.content import CITATION_RE, SOURCES_LINE_RE, listed_numbers
from isoapp.i18n.localized import TEXT_FIELDS, apply_overlay, is_text_field, leaves
from isoapp.resources import root as resources_root

_NUMBER_RE = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
_HEADING_RE = re.compile(r"^(#{1,6})\s")
_TARGET_RE = re.compile(r"\]\(([^)\s]+)[^)]*\)")


def headings(markdown: str) -> list[int]:
    """The level of every heading, in order (fenced code left out)."""
    return [len(m.group(1)) for line in markdown.splitlines() if (m := _HEADING_RE.match(line))]


def citations(markdown: str) -> Counter[int]:
    """Every citation in the text (the closing Sources line is checked on its own)."""
    return Counter(int(m.group(1)) for m in CITATION_RE.finditer(_without_sources_line(markdown)))


def numbers(text: str) -> Counter[str]:
    """Every number outside citations, link targets and the Sources line, digits only (1,000 = 1.000)."""
    text = _TARGET_RE.sub("]", CITATION_RE.sub(" ", _without_sources_line(text)))
    return Counter(re.sub(r"\D", "", m.group(0)) for m in _NUMBER_RE.finditer(text))


def _without_sources_line(markdown: str) -> str:
    return "\n".join(line for line in markdown.splitlines() if not SOURCES_LINE_RE.match(line))


def targets(markdown: str) -> Counter[str]:
    return Counter(m.group(1) for m in _TARGET_RE.finditer(markdown))


def markdown_problems(english: str, translated: str) -> list[str]:
    """What the translation changed that it must keep (empty: nothing)."""
    problems = []
    checks = (
        ("headings (levels in order)", headings),
        ("citations [n]", citations),
        ("Sources line", listed_numbers),
        ("numbers", numbers),
        ("link and image targets", targets),
    )
    for what, measure in checks:
        want, got = measure(english), measure(translated)
        if want != got:
            problems.append(f"{what} differ: English {_show(want)}, translation {_show(got)}")
    return problems


def _show(value: object) -> str:
    if isinstance(value, Counter):
        return "[" + ", ".join(f"{k}×{v}" if v > 1 else str(k) for k, v in sorted(value.items())) + "]"
    return str(value)


def toml_problems(english: dict, overlay: dict, spec) -> list[str]:
    """Overlay fields that are not text fields or records, and texts whose numbers changed."""
    translated = copy.deepcopy(english)
    problems = apply_overlay(translated, overlay, spec)
    for array, (key_field, fields) in spec.items():
        if array == "":
            pairs = [(english, translated, "")]
        else:
            pairs = [
                (before, after, f"{array}.{before.get(key_field)}.")
                for before, after in zip(english.get(array, []), translated.get(array, []), strict=True)
            ]
        for before, after, where in pairs:
            translated_leaves = dict(leaves(after))
            for path, value in leaves(before):
                if not is_text_field(path, fields):
                    continue
                if numbers(str(value)) != numbers(str(translated_leaves.get(path, ""))):
                    problems.append(f"{where}{path}: numbers differ from the English text")
    return problems


def check_language(lang: str, translations: Path | None = None, english: Path | None = None) -> list[str]:
    """Every problem in ``lang``'s content under ``translations`` (default: the shipped resources),
    compared with the English files under ``english`` (default: the shipped resources)."""
    translations = translations or resources_root()
    english = english or resources_root()
    problems: list[str] = []
    for folder in ("content", "data"):
        lang_dir = translations / folder / lang
        for path in sorted(lang_dir.glob("*")) if lang_dir.is_dir() else ():
            base = english / folder / path.name
            where = f"{folder}/{lang}/{path.name}"
            if not base.is_file():
                problems.append(f"{where}: there is no English {folder}/{path.name}")
            elif path.suffix == ".md":
                problems += [f"{where}: {p}" for p in markdown_problems(_read(base), _read(path))]
            elif path.suffix == ".toml":
                spec = TEXT_FIELDS.get((folder, path.name))
                if spec is None:
                    problems.append(f"{where}: this file has no translatable fields")
                    continue
                problems += [f"{where}: {p}" for p in toml_problems(_toml(base), _toml(path), spec)]
    return problems


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _toml(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m isoapp.i18n.content_check LANG", file=sys.stderr)
        return 2
    problems = check_language(args[0])
    for problem in problems:
        print(problem)
    print(f"{args[0]}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
