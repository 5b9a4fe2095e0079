"""The treatment options side by side (``data/options.toml``), without Qt."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from isoapp.i18n.localized import localized_toml

UNKNOWN_PREFIX = "Not known"


@dataclass(frozen=True)
class Aspect:
    id: str
    label: str


@dataclass(frozen=True)
class Cell:
    text: str
    sources: tuple[str, ...] = ()
    no_claim: bool = False

    @property
    def unknown(self) -> bool:
        return self.text.startswith(UNKNOWN_PREFIX)


@dataclass(frozen=True)
class Option:
    id: str
    name: str
    cells: dict[str, Cell]

    def cell(self, aspect_id: str) -> Cell:
        return self.cells[aspect_id]


@dataclass(frozen=True)
class OptionsTable:
    aspects: tuple[Aspect, ...]
    options: tuple[Option, ...]

    def source_ids(self) -> set[str]:
        return {s for o in self.options for c in o.cells.values() for s in c.sources}


def parse(data: dict) -> OptionsTable:
    """Build the table from parsed TOML; ValueError names what is missing."""
    aspects = tuple(Aspect(str(a["id"]), str(a["label"])) for a in data.get("aspect", []))
    options = []
    for raw in data.get("option", []):
        cells = {
            key: Cell(
                text=str(value.get("text", "")).strip(),
                sources=tuple(str(s) for s in value.get("sources", ())),
                no_claim=bool(value.get("no_claim", False)),
            )
            for key, value in raw.get("cells", {}).items()
        }
        options.append(Option(str(raw["id"]), str(raw["name"]), cells))
    table = OptionsTable(aspects, tuple(options))
    missing = [f"{o.id}/{a.id}" for o in table.options for a in table.aspects if a.id not in o.cells]
    if missing:
        raise ValueError("options.toml: cells missing: " + ", ".join(missing))
    return table


@functools.cache
def load() -> OptionsTable:
    return parse(localized_toml("data", "options.toml"))


def problems(table: OptionsTable, known_sources: Iterable[str]) -> list[str]:
    """What breaks the rules: empty text, unknown source ids, a claim with no source."""
    known = set(known_sources)
    found: list[str] = []
    if len({o.id for o in table.options}) != len(table.options):
        found.append("option ids are not unique")
    for option in table.options:
        for aspect in table.aspects:
            cell = option.cell(aspect.id)
            where = f"{option.id}/{aspect.id}"
            if not cell.text:
                found.append(f"{where}: no text")
            unknown = [s for s in cell.sources if s not in known]
            if unknown:
                found.append(f"{where}: unknown sources {unknown}")
            if not cell.sources and not (cell.unknown or cell.no_claim):
                found.append(f"{where}: a claim with no source")
    return found
