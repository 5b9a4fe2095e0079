"""Reading and checking the effects data file (resources/data/effects.toml)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from isoapp.effects.model import (
    _ID_RE,
    ACTIONS,
    DENOMINATORS,
    GOES_AWAY,
    GROUP_TITLES,
    HOWS,
    KINDS,
    SERIOUS,
    Effect,
    EffectsDataError,
    Frequency,
    How,
)
from isoapp.i18n.localized import localized_toml


def _read_raw(path: Path | None) -> dict:
    """The shipped data file (isoapp.resources), or the file at ``path``."""
    if path is None:
        try:
            return localized_toml("data", "effects.toml")
        except tomllib.TOMLDecodeError as exc:
            raise EffectsDataError(f"effects.toml is not valid TOML: {exc}") from exc
        except OSError as exc:
            raise EffectsDataError(f"cannot read effects.toml: {exc}") from exc
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise EffectsDataError(f"{path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise EffectsDataError(f"cannot read {path}: {exc}") from exc


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def validate(raw: Mapping, source_ids: Iterable[str] | None = None) -> list[str]:
    """All problems in raw effects data, as plain sentences (empty list: valid).

    ``source_ids``: the ids of resources/data/sources.toml; when given, every item's sources
    must be among them.
    """
    errors: list[str] = []
    known_sources = set(source_ids) if source_ids is not None else None
    items = raw.get("item")
    if not isinstance(items, list) or not items:
        return ["effects data has no [[item]] entries"]
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"item {i + 1}"
        if not isinstance(item, Mapping):
            errors.append(f"{where}: not a table")
            continue
        iid = item.get("id")
        if not isinstance(iid, str) or not _ID_RE.match(iid):
            errors.append(f"{where}: id {iid!r} must be lower-case words joined by dashes")
        else:
            where = f"item {iid!r}"
            if iid in seen:
                errors.append(f"{where}: id used twice")
            seen.add(iid)
        errors.extend(_validate_words(item, where))
        errors.extend(_validate_sources(item, where, known_sources))
        errors.extend(_validate_frequency(item, where))
    return errors


def _validate_words(item: Mapping, where: str) -> list[str]:
    """Kind, texts, action, and (for side effects) whether it goes away and how serious it is."""
    errors: list[str] = []
    kind = item.get("kind")
    if kind not in KINDS:
        errors.append(f"{where}: kind {kind!r} must be one of {', '.join(KINDS)}")
    for field in ("name", "starts", "what_to_do"):
        v = item.get(field)
        if not isinstance(v, str) or not v.strip():
            errors.append(f"{where}: {field} must be non-empty text")
    if "group" in item and item["group"] not in GROUP_TITLES:
        errors.append(f"{where}: group {item['group']!r} must be one of {', '.join(GROUP_TITLES)}")
    for field in ("note", "lasts", "label_word", "who"):
        if field in item and (not isinstance(item[field], str) or not item[field].strip()):
            errors.append(f"{where}: {field} must be non-empty text when given")
    if item.get("action") not in ACTIONS:
        errors.append(f"{where}: action {item.get('action')!r} must be one of {', '.join(ACTIONS)}")
    if kind == "side_effect":
        if item.get("goes_away") not in GOES_AWAY:
            errors.append(f"{where}: goes_away {item.get('goes_away')!r} must be one of {', '.join(GOES_AWAY)}")
        if item.get("serious") not in SERIOUS:
            errors.append(f"{where}: serious {item.get('serious')!r} must be one of {', '.join(SERIOUS)}")
    else:
        for field, allowed in (("goes_away", GOES_AWAY), ("serious", SERIOUS)):
            if field in item and item[field] not in allowed:
                errors.append(f"{where}: {field} {item[field]!r} must be one of {', '.join(allowed)}")
    return errors


def _validate_sources(item: Mapping, where: str, known_sources: set[str] | None) -> list[str]:
    errors: list[str] = []
    srcs = item.get("sources")
    if not isinstance(srcs, list) or not srcs or not all(isinstance(s, str) for s in srcs):
        errors.append(f"{where}: sources must be a non-empty list of source ids")
    else:
        if len(set(srcs)) != len(srcs):
            errors.append(f"{where}: a source is listed twice")
        if known_sources is not None:
            missing = [s for s in srcs if s not in known_sources]
            if missing:
                errors.append(f"{where}: unknown source id(s): {', '.join(missing)}")
    return errors


def _validate_frequency(item: Mapping, where: str) -> list[str]:
    errors: list[str] = []
    how = item.get("how")
    per = item.get("per")
    if how not in HOWS:
        return [f"{where}: how {how!r} must be one of {', '.join(HOWS)}"]
    if per not in DENOMINATORS or isinstance(per, bool):
        errors.append(f"{where}: per {per!r} must be one of 100, 1000, 10000")
        return errors
    show = item.get("show_per")
    if show is not None and (show not in DENOMINATORS or isinstance(show, bool)):
        errors.append(f"{where}: show_per {show!r} must be one of 100, 1000, 10000")
    needs = {
        How.ABOUT: ("count",),
        How.RANGE: ("low", "high"),
        How.AT_LEAST: ("low",),
        How.UP_TO: ("high",),
        How.NOT_KNOWN: (),
    }[How(how)]
    for field in ("count", "low", "high"):
        if field in item and field not in needs:
            errors.append(f"{where}: {field} does not go with how = {how!r}")
    for field in needs:
        v = item.get(field)
        if not _is_number(v):
            errors.append(f"{where}: {field} must be a number (how = {how!r})")
        elif not (0 <= v <= per):
            errors.append(f"{where}: {field} = {v} is outside 0 to {per} (0% to 100%)")
    if how == How.RANGE and _is_number(item.get("low")) and _is_number(item.get("high")):
        if item["low"] > item["high"]:
            errors.append(f"{where}: low ({item['low']}) is more than high ({item['high']})")
    return errors


def _build(item: Mapping) -> Effect:
    how = How(item["how"])
    low = high = None
    if how is How.ABOUT:
        low = high = float(item["count"])
    elif how is How.RANGE:
        low, high = float(item["low"]), float(item["high"])
    elif how is How.AT_LEAST:
        low = float(item["low"])
    elif how is How.UP_TO:
        high = float(item["high"])
    freq = Frequency(
        how=how,
        per=int(item["per"]),
        low=low,
        high=high,
        show_per=item.get("show_per"),
        who=item.get("who", "people"),
    )
    return Effect(
        id=item["id"],
        kind=item["kind"],
        name=item["name"].strip(),
        frequency=freq,
        starts=item["starts"].strip(),
        what_to_do=item["what_to_do"].strip(),
        action=item["action"],
        sources=tuple(item["sources"]),
        goes_away=item.get("goes_away"),
        serious=item.get("serious"),
        lasts=item.get("lasts"),
        note=item.get("note"),
        label_word=item.get("label_word"),
        group_key=item.get("group"),
    )


def parse(raw: Mapping, source_ids: Iterable[str] | None = None) -> list[Effect]:
    errors = validate(raw, source_ids)
    if errors:
        raise EffectsDataError("effects data is not valid:\n- " + "\n- ".join(errors))
    return [_build(item) for item in raw["item"]]


def load_effects(path: Path | str | None = None, source_ids: Iterable[str] | None = None) -> list[Effect]:
    """Read and check the effects data (the packaged file when ``path`` is None)."""
    return parse(_read_raw(Path(path) if path is not None else None), source_ids)
