"""The app's written content, without Qt: section manifest, section text, sources and glossary.

Section Markdown uses two conventions (see docs/architecture.md):
citations are written ``[n]`` (n = a source's number in ``data/sources.toml``) and each section ends
with a ``Sources: [1], [4]`` line. ``render_markdown`` turns both into links the view can act on:
``cite:n`` for a citation and ``gloss:term`` for the first use of a glossary term.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from isoapp.i18n import translate
from isoapp.i18n.localized import localized_text, localized_toml

SECTION_KINDS = (
    "text",
    "sources",
    "comparison",
    "chart",
    "notes",
    "what-matters",
    "options",
    "knowledge-check",
    "sure",
    "course",
    "plan",
    "checkin",
    "summary",
)
# The parts of the guide, in the order they are shown (titles are the UI's job: isoapp.ui.shell.navigation).
PARTS = ("learn", "decide", "course", "help")
DEFAULT_PART = "learn"  # a section with no part, or a part this version does not know


class Section(NamedTuple):
    id: str
    title: str
    order: int
    file: str
    kind: str = "text"
    part: str = DEFAULT_PART


class Source(NamedTuple):
    id: str
    number: int
    short: str
    citation: str
    url: str


class GlossaryTerm(NamedTuple):
    term: str
    definition: str
    aliases: tuple[str, ...] = ()


class ContentError(ValueError):
    """The shipped content does not follow its own rules (a packaging or authoring bug)."""


def _part(value: object) -> str:
    """The section's part; missing or unknown -> learn (so an older app still shows a newer manifest)."""
    return value if isinstance(value, str) and value in PARTS else DEFAULT_PART


@functools.cache
def sections() -> tuple[Section, ...]:
    data = localized_toml("content", "sections.toml")
    items = []
    for raw in data.get("section", []):
        try:
            section = Section(
                id=str(raw["id"]),
                title=str(raw["title"]),
                order=int(raw["order"]),
                file=str(raw["file"]),
                kind=str(raw.get("kind", "text")),
                part=_part(raw.get("part")),
            )
        except KeyError as exc:
            raise ContentError(f"sections.toml: a section lacks {exc.args[0]!r}") from None
        if section.kind not in SECTION_KINDS:
            raise ContentError(f"sections.toml: section {section.id!r} has unknown kind {section.kind!r}")
        items.append(section)
    ids = [s.id for s in items]
    if len(set(ids)) != len(ids):
        raise ContentError("sections.toml: section ids are not unique")
    orders = [s.order for s in items]
    if len(set(orders)) != len(orders):
        raise ContentError("sections.toml: section orders are not unique")
    if not items:
        raise ContentError("sections.toml lists no sections")
    return tuple(sorted(items, key=lambda s: s.order))


def section(section_id: str) -> Section:
    for item in sections():
        if item.id == section_id:
            return item
    raise KeyError(section_id)


def section_markdown(item: Section) -> str:
    """The section's Markdown exactly as written, in the content language (English if not translated)."""
    return localized_text("content", item.file)


def section_intro(item: Section) -> str:
    """The first paragraph under the section's first ``## `` heading ("In short" in English, whatever
    a translation calls it), as one line of Markdown."""
    text = section_markdown(item)
    match = re.search(r"^## .*$", text, re.MULTILINE)
    rest = text[match.end() :] if match else text
    return " ".join(rest.strip().split("\n\n", 1)[0].split())


@functools.cache
def sources() -> tuple[Source, ...]:

    data = localized_toml("data", "sources.toml")
    items = tuple(
        Source(
            id=str(raw["id"]),
            number=int(raw["number"]),
            short=str(raw["short"]),
            citation=str(raw["citation"]),
            url=str(raw["url"]),
        )
        for raw in data.get("source", [])
    )
    return tuple(sorted(items, key=lambda s: s.number))


def sources_meta() -> dict:
    data = localized_toml("data", "sources.toml")
    return {k: v for k, v in data.items() if k != "source"}


def sources_by_number() -> dict[int, Source]:
    return {s.number: s for s in sources()}


def sources_by_id() -> dict[str, Source]:
    return {s.id: s for s in sources()}


@functools.cache
def glossary() -> tuple[GlossaryTerm, ...]:
    try:
        data = localized_toml("content", "glossary.toml")
    except FileNotFoundError:
        return ()
    return tuple(
        GlossaryTerm(
            term=str(raw["term"]),
            definition=str(raw["definition"]),
            aliases=tuple(str(a) for a in raw.get("aliases", ())),
        )
        for raw in data.get("term", [])
    )


# --- Markdown processing --------------------------------------------------------------------------

CITATION_RE = re.compile(r"(?<![\[!\\])\[(\d{1,3})\](?!\()")
SOURCES_LINE_RE = re.compile(r"^\s*Sources?:\s*(.*)$", re.IGNORECASE)
_LINK_RE = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


def cited_numbers(markdown: str) -> list[int]:
    """Every citation number used in the text, in order of first use (the Sources line excluded)."""
    seen: list[int] = []
    for line in markdown.splitlines():
        if SOURCES_LINE_RE.match(line):
            continue
        for match in CITATION_RE.finditer(line):
            number = int(match.group(1))
            if number not in seen:
                seen.append(number)
    return seen


def listed_numbers(markdown: str) -> list[int]:
    """The numbers on the section's closing ``Sources:`` line."""
    for line in reversed(markdown.strip().splitlines()):
        match = SOURCES_LINE_RE.match(line)
        if match:
            return [int(n) for n in re.findall(r"\d+", match.group(1))]
    return []


def plain_text(markdown: str) -> str:
    """The words a person reads, without Markdown markup, link targets or the Sources line.

    Used for reading-level checks. Headings and list items become their own sentences.
    """
    lines = []
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line or SOURCES_LINE_RE.match(line) or line.startswith("!["):
            continue
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\s*" + CITATION_RE.pattern, "", line)
        line = re.sub(r"^#{1,6}\s*", "", line)
        line = re.sub(r"^([-*+]|\d+[.)])\s+", "", line)
        line = re.sub(r"^>\s*", "", line)
        line = re.sub(r"[*_`]", "", line)
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        if line[-1] not in ".!?:;":
            line += "."
        lines.append(line)
    return "\n".join(lines)


@functools.cache
def _glossary_matcher() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every glossary word and alias (whole words, longest first), and word -> term.

    A single alternation compiles in about a millisecond; one pattern per word cost ~8 ms at startup.
    """
    words: dict[str, str] = {}
    for entry in glossary():
        for word in (entry.term, *entry.aliases):
            words.setdefault(word.lower(), entry.term)
    if not words:
        return None, words
    ordered = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![\w\[-])(?:{alternation})(?![\w-])", re.IGNORECASE), words


def _link_glossary_terms(line: str, used: set[str]) -> str:
    """Link the first use in a section of each glossary term (outside existing links)."""
    pattern, words = _glossary_matcher()
    if pattern is None:
        return line
    out: list[str] = []
    pos = 0
    segments = []
    for match in _LINK_RE.finditer(line):
        segments.append((line[pos : match.start()], True))
        segments.append((match.group(0), False))
        pos = match.end()
    segments.append((line[pos:], True))
    for text, linkable in segments:
        if not linkable:
            out.append(text)
            continue
        last = 0
        for found in pattern.finditer(text):
            term = words[found.group(0).lower()]
            if term in used:
                continue
            used.add(term)
            target = term.replace(" ", "%20")
            out.append(text[last : found.start()])
            out.append(f"[{found.group(0)}](gloss:{target})")
            last = found.end()
        out.append(text[last:])
    return "".join(out)


def render_markdown(item: Section, *, link_glossary: bool = True, list_sources: bool = True) -> str:
    """Section Markdown ready for the view: citations and first glossary uses become links,
    the closing Sources line becomes a numbered list of full citations (left out if not ``list_sources``)."""
    text = section_markdown(item)
    used: set[str] = set()
    out_lines: list[str] = []
    listed: list[int] = []
    for line in text.splitlines():
        match = SOURCES_LINE_RE.match(line)
        if match and re.fullmatch(r"[\s\[\]\d,;]*", match.group(1)):
            listed = [int(n) for n in re.findall(r"\d+", match.group(1))]
            continue
        stripped = line.lstrip()
        if not stripped.startswith(("#", "![", "|")) and link_glossary:
            line = _link_glossary_terms(line, used)
        line = CITATION_RE.sub(lambda m: f"[\\[{m.group(1)}\\]](cite:{m.group(1)})", line)
        out_lines.append(line)
    if not list_sources:
        return "\n".join(out_lines)
    by_number = sources_by_number()
    if item.kind == "sources":
        listed = [s.number for s in sources()]
    if listed:
        out_lines.append("")
        if item.kind != "sources":
            out_lines.append("### " + translate("Content", "Sources for this section"))
        else:
            out_lines.append("### " + translate("Content", "Numbered list"))
        out_lines.append("")
        for number in listed:
            src = by_number.get(number)
            if src is None:
                out_lines.append(f"- \\[{number}\\] " + translate("Content", "(missing source)"))
            else:
                host = src.url.split("://", 1)[-1].split("/", 1)[0]  # (urllib.parse costs ~3 ms at startup)
                out_lines.append(f"- \\[{number}\\] {src.citation} [{host.removeprefix('www.')}]({src.url})")
        out_lines.append("")
    return "\n".join(out_lines)
