"""Benefits and side effects of isotretinoin: data, checks, groups, filters, sorting (no Qt).

The data live in ``resources/data/effects.toml`` (see the comment at its top for the fields).
Every number is an absolute frequency: ``count`` (or ``low``/``high``) people out of ``per``
(100, 1,000 or 10,000). ``how`` says what kind of number it is:

- ``"about"``:     about ``count`` in ``per``
- ``"range"``:     ``low`` to ``high`` in ``per`` (studies differ, or a label band)
- ``"at least"``:  ``low`` or more in ``per``
- ``"up to"``:     up to ``high`` in ``per``
- ``"not known"``: no number (the sources give none)

For pictures (icon arrays) a frequency is split into *sure* cells (the part everybody agrees on)
and *maybe* cells (the uncertain part of a range, or all of an "up to"), so ranges are never
shown as a single made-up number.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTitles, fill, format_number, translate

KINDS = ("benefit", "side_effect")
HOWS = ("about", "range", "at least", "up to", "not known")
DENOMINATORS = (100, 1000, 10000)
GOES_AWAY = ("yes", "usually", "may persist", "no", "not known")
SERIOUS = ("mild", "moderate", "serious")
ACTIONS = ("self-care", "tell your doctor", "get help at once")
ICON_DENOMINATORS = (100, 1000)

# Groups by how often, most often first. A frequency goes in the first group whose lower bound
# (a rate, people per person) its typical rate reaches. Bounds follow the label words in the
# facts sheet: common = 1 in 100 or more; rare = 1 to 10 in 10,000; very rare < 1 in 10,000.
GROUPS: tuple[tuple[str, str, float | None], ...] = (
    ("most", QT_TRANSLATE_NOOP("Effects", "Most people"), 0.5),        # 50 or more in 100
    ("some", QT_TRANSLATE_NOOP("Effects", "Some people"), 0.01),       # 1 to 49 in 100 (label: common)
    ("few", QT_TRANSLATE_NOOP("Effects", "A few people"), 0.001),      # 1 to 9 in 1,000 (label: uncommon)
    ("rare", QT_TRANSLATE_NOOP("Effects", "Rare or very rare"), 0.0),  # under 1 in 1,000 (rare, very rare)
    ("unknown", QT_TRANSLATE_NOOP("Effects", "Not known how often"), None),
)
# Titles in the interface language (English until the app installs its translators).
GROUP_TITLES = TranslatedTitles("Effects", {key: title for key, title, _ in GROUPS})
GROUP_ORDER = {key: i for i, (key, _, _) in enumerate(GROUPS)}

FILTERS = ("all", "common", "serious", "goes away")
FILTER_TITLES = TranslatedTitles(
    "Effects",
    {
        "all": QT_TRANSLATE_NOOP("Effects", "All"),
        "common": QT_TRANSLATE_NOOP("Effects", "Common"),
        "serious": QT_TRANSLATE_NOOP("Effects", "Serious"),
        "goes away": QT_TRANSLATE_NOOP("Effects", "Goes away after stopping"),
    },
)

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class EffectsDataError(ValueError):
    """The effects data file is missing, not TOML, or does not follow the rules."""


def _fmt_int(n: int) -> str:
    return format_number(n)


def _round_half_up(x: float) -> int:
    return int(x + 0.5)


@dataclass(frozen=True)
class Frequency:
    how: str
    per: int
    low: float | None = None
    high: float | None = None
    show_per: int | None = None
    who: str = "people"

    # --- rates (people per person) -------------------------------------------------------
    @property
    def known(self) -> bool:
        return self.how != "not known"

    @property
    def rate_low(self) -> float | None:
        """Lowest rate the sources support (0 for "up to")."""
        if not self.known:
            return None
        return (self.low if self.low is not None else 0.0) / self.per

    @property
    def rate_high(self) -> float | None:
        """Highest rate the sources support (None: open-ended, for "at least")."""
        if not self.known or self.high is None:
            return None
        return self.high / self.per

    @property
    def typical_rate(self) -> float | None:
        """One rate for grouping and sorting: the figure itself, a range's middle, the bound."""
        if self.how == "about":
            return self.low / self.per
        if self.how == "range":
            return (self.low + self.high) / 2 / self.per
        if self.how == "at least":
            return self.low / self.per
        if self.how == "up to":
            return self.high / 2 / self.per    # somewhere between 0 and the bound
        return None

    # --- words -------------------------------------------------------------------------
    @property
    def display_per(self) -> int:
        return self.show_per or self.per

    def _scaled(self, value: float, per: int) -> float:
        return value * per / self.per

    def _num(self, value: float, per: int) -> str:
        v = self._scaled(value, per)
        r = _round_half_up(v)
        return _fmt_int(r)

    def _phrase(self, num, den: str, about: bool = True) -> str:
        """The figure's wording ("about", "to", "or more", "up to") with numbers written by ``num``;
        ``den`` is the "in 100 people" part."""
        if self.how == "about":
            if not about:
                return fill(translate("Effects", "%1 %2", "%1: a number; %2: 'in 10,000'"), num(self.low), den)
            return fill(translate("Effects", "about %1 %2", "%1: a number; %2: 'in 100 people'"), num(self.low), den)
        if self.how == "range":
            return fill(translate("Effects", "%1 to %2 %3", "%3: 'in 100 people'"), num(self.low), num(self.high), den)
        if self.how == "at least":
            return fill(translate("Effects", "%1 or more %2", "%2: 'in 100 people'"), num(self.low), den)
        return fill(translate("Effects", "up to %1 %2", "%2: 'in 100 people'"), num(self.high), den)

    def text(self, per: int | None = None) -> str:
        """Plain words, e.g. "about 25 in 100 people", "10 to 60 in 100 people"."""
        if not self.known:
            return translate("Effects", "not known how often")
        per = per or self.display_per
        if self.who == "people":
            den = fill(translate("Effects", "in %1 people"), _fmt_int(per))
        else:
            template = translate("Effects", "in %1 %2", "%2: who is counted, e.g. 'pregnancies'")
            den = fill(template, _fmt_int(per), self.who)
        return self._phrase(lambda v: self._num(v, per), den)

    def short_text(self) -> str:
        """Table cell text: "about 25 in 100", "not known"."""
        if not self.known:
            return translate("Effects", "not known")
        per = self.display_per
        if self.who != "people":
            return self.text()
        return self._phrase(lambda v: self._num(v, per), fill(translate("Effects", "in %1"), _fmt_int(per)))

    def source_text(self) -> str:
        """The figure as the source gives it, e.g. "383 in 10,000" (for details)."""
        if not self.known:
            return translate("Effects", "not known")

        def n(v: float) -> str:
            if float(v).is_integer():
                return _fmt_int(int(v))
            return format_number(v, len(f"{v:g}".partition(".")[2]))

        # the source's own figure, not a rounded one: no "about"
        return self._phrase(n, fill(translate("Effects", "in %1"), _fmt_int(self.per)), about=False)

    # --- icon arrays ----------------------------------------------------------------------
    def icon_counts(self, denominator: int) -> tuple[int, int]:
        """(sure, maybe) coloured figures out of ``denominator`` (rounded half up).

        sure: the part all sources agree on; maybe: the uncertain part of a range or an "up to".
        """
        if not self.known:
            return (0, 0)
        if self.how == "about":
            return (min(denominator, _round_half_up(self._scaled(self.low, denominator))), 0)
        if self.how == "at least":
            return (min(denominator, _round_half_up(self._scaled(self.low, denominator))), 0)
        lo = 0 if self.how == "up to" else _round_half_up(self._scaled(self.low, denominator))
        hi = _round_half_up(self._scaled(self.high, denominator))
        lo, hi = min(lo, denominator), min(hi, denominator)
        return (lo, hi - lo)

    def needed_denominator(self) -> int:
        """Smallest icon-array size (100 or 1,000) on which this figure shows as whole figures."""
        if not self.known:
            return ICON_DENOMINATORS[0]
        values = [v for v in (self.low, self.high) if v]
        for den in ICON_DENOMINATORS:
            if all(self._scaled(v, den) >= 1 - 1e-9 for v in values):
                return den
        return ICON_DENOMINATORS[-1]


@dataclass(frozen=True)
class Effect:
    id: str
    kind: str
    name: str
    frequency: Frequency
    starts: str
    what_to_do: str
    action: str
    sources: tuple[str, ...]
    goes_away: str | None = None
    serious: str | None = None
    lasts: str | None = None
    note: str | None = None
    label_word: str | None = None

    @property
    def is_benefit(self) -> bool:
        return self.kind == "benefit"

    @property
    def group(self) -> str:
        return group_of(self)

    @property
    def group_title(self) -> str:
        return GROUP_TITLES[self.group]

    @property
    def is_common(self) -> bool:
        r = self.frequency.typical_rate
        return r is not None and r >= 0.01

    @property
    def is_serious(self) -> bool:
        return self.serious == "serious"

    @property
    def goes_away_after_stopping(self) -> bool:
        return self.goes_away in ("yes", "usually")

    def frequency_text(self) -> str:
        return self.frequency.text()

    def goes_away_text(self) -> str:
        if self.goes_away is None:
            return ""
        return translate("Effects", _GOES_AWAY_TEXT[self.goes_away])


_GOES_AWAY_TEXT = {
    "yes": QT_TRANSLATE_NOOP("Effects", "Yes, it goes away after stopping."),
    "usually": QT_TRANSLATE_NOOP("Effects", "Usually, it goes away after stopping."),
    "may persist": QT_TRANSLATE_NOOP("Effects", "It may last after stopping."),
    "no": QT_TRANSLATE_NOOP("Effects", "No. It is lifelong."),
    "not known": QT_TRANSLATE_NOOP("Effects", "Not known."),
}


_SERIOUS_TEXT = {
    "mild": QT_TRANSLATE_NOOP("Effects", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("Effects", "Moderate"),
    "serious": QT_TRANSLATE_NOOP("Effects", "Serious"),
}


def serious_text(serious: str | None) -> str:
    """"Mild", "Moderate" or "Serious" in the interface language ("" when not given)."""
    return translate("Effects", _SERIOUS_TEXT[serious]) if serious else ""


def group_of(effect: Effect) -> str:
    rate = effect.frequency.typical_rate
    if rate is None:
        return "unknown"
    for key, _title, bound in GROUPS:
        if bound is not None and rate >= bound:
            return key
    return "rare"


# --------------------------------------------------------------------------- loading


def default_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "data" / "effects.toml"


def _read_raw(path: Path | None) -> dict:
    if path is None:
        try:
            from isoapp.i18n.localized import localized_toml
        except ImportError:
            localized_toml = None
        if localized_toml is not None:
            try:
                return localized_toml("data", "effects.toml")
            except tomllib.TOMLDecodeError as exc:
                raise EffectsDataError(f"effects.toml is not valid TOML: {exc}") from exc
            except OSError as exc:
                raise EffectsDataError(f"cannot read effects.toml: {exc}") from exc
        path = default_path()
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
        kind = item.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: kind {kind!r} must be one of {', '.join(KINDS)}")
        for field in ("name", "starts", "what_to_do"):
            v = item.get(field)
            if not isinstance(v, str) or not v.strip():
                errors.append(f"{where}: {field} must be non-empty text")
        for field in ("note", "lasts", "label_word", "who"):
            if field in item and (not isinstance(item[field], str) or not item[field].strip()):
                errors.append(f"{where}: {field} must be non-empty text when given")
        if item.get("action") not in ACTIONS:
            errors.append(f"{where}: action {item.get('action')!r} must be one of {', '.join(ACTIONS)}")
        if kind == "side_effect":
            if item.get("goes_away") not in GOES_AWAY:
                errors.append(
                    f"{where}: goes_away {item.get('goes_away')!r} must be one of {', '.join(GOES_AWAY)}"
                )
            if item.get("serious") not in SERIOUS:
                errors.append(
                    f"{where}: serious {item.get('serious')!r} must be one of {', '.join(SERIOUS)}"
                )
        else:
            for field, allowed in (("goes_away", GOES_AWAY), ("serious", SERIOUS)):
                if field in item and item[field] not in allowed:
                    errors.append(f"{where}: {field} {item[field]!r} must be one of {', '.join(allowed)}")
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
        errors.extend(_validate_frequency(item, where))
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
        "about": ("count",),
        "range": ("low", "high"),
        "at least": ("low",),
        "up to": ("high",),
        "not known": (),
    }[how]
    for field in ("count", "low", "high"):
        if field in item and field not in needs:
            errors.append(f"{where}: {field} does not go with how = {how!r}")
    for field in needs:
        v = item.get(field)
        if not _is_number(v):
            errors.append(f"{where}: {field} must be a number (how = {how!r})")
        elif not (0 <= v <= per):
            errors.append(f"{where}: {field} = {v} is outside 0 to {per} (0% to 100%)")
    if how == "range" and _is_number(item.get("low")) and _is_number(item.get("high")):
        if item["low"] > item["high"]:
            errors.append(f"{where}: low ({item['low']}) is more than high ({item['high']})")
    return errors


def _build(item: Mapping) -> Effect:
    how = item["how"]
    low = high = None
    if how == "about":
        low = high = float(item["count"])
    elif how == "range":
        low, high = float(item["low"]), float(item["high"])
    elif how == "at least":
        low = float(item["low"])
    elif how == "up to":
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
    )


def parse(raw: Mapping, source_ids: Iterable[str] | None = None) -> list[Effect]:
    errors = validate(raw, source_ids)
    if errors:
        raise EffectsDataError("effects data is not valid:\n- " + "\n- ".join(errors))
    return [_build(item) for item in raw["item"]]


def load_effects(path: Path | str | None = None,
                 source_ids: Iterable[str] | None = None) -> list[Effect]:
    """Read and check the effects data (the packaged file when ``path`` is None)."""
    return parse(_read_raw(Path(path) if path is not None else None), source_ids)


# --------------------------------------------------------------------------- views of the data


def benefits(effects: Iterable[Effect]) -> list[Effect]:
    return [e for e in effects if e.is_benefit]


def side_effects(effects: Iterable[Effect]) -> list[Effect]:
    return [e for e in effects if not e.is_benefit]


def matches(effect: Effect, flt: str) -> bool:
    if flt not in FILTERS:
        raise ValueError(f"unknown filter {flt!r}; use one of {', '.join(FILTERS)}")
    if flt == "all":
        return True
    if flt == "common":
        return effect.is_common
    if flt == "serious":
        return effect.is_serious
    return effect.goes_away_after_stopping


def filter_effects(effects: Iterable[Effect], flt: str) -> list[Effect]:
    return [e for e in effects if matches(e, flt)]


def frequency_sort_key(effect: Effect) -> tuple[int, float, float, str]:
    """Ascending = least often first; "not known" always sorts after every number."""
    f = effect.frequency
    rate = f.typical_rate
    if rate is None:
        return (1, 0.0, 0.0, effect.name.lower())
    return (0, rate, f.rate_low or 0.0, effect.name.lower())


def sort_by_frequency(effects: Iterable[Effect], descending: bool = True) -> list[Effect]:
    """Most often first (descending) or least often first; "not known" last either way."""
    known = [e for e in effects if e.frequency.known]
    unknown = [e for e in effects if not e.frequency.known]
    known.sort(key=frequency_sort_key, reverse=descending)
    unknown.sort(key=lambda e: e.name.lower())
    return known + unknown


def grouped(effects: Iterable[Effect]) -> list[tuple[str, list[Effect]]]:
    """[(group key, effects most often first)] in GROUPS order, empty groups left out."""
    by: dict[str, list[Effect]] = {}
    for e in effects:
        by.setdefault(e.group, []).append(e)
    return [(key, sort_by_frequency(by[key])) for key, _t, _b in GROUPS if key in by]


def shared_denominator(items: Sequence[Effect | Frequency]) -> int:
    """The one icon-array size (100 or 1,000) used when these items are shown together."""
    dens = [
        (i.frequency if isinstance(i, Effect) else i).needed_denominator() for i in items
    ]
    return max(dens, default=ICON_DENOMINATORS[0])


def _coloured(n: int) -> str:
    return translate("Effects", "%n coloured figure(s)", None, n).replace(str(n), _fmt_int(n), 1)


def _striped(n: int) -> str:
    return translate("Effects", "%n striped figure(s)", None, n).replace(str(n), _fmt_int(n), 1)


def icon_text(freq: Frequency, denominator: int) -> str:
    """Text equivalent of an icon array, for screen readers and the caption."""
    den = _fmt_int(denominator)
    if not freq.known:
        return fill(translate("Effects", "How often this happens is not known, so no figure is coloured "
                                         "(all %1 are grey)."), den)
    sure, maybe = freq.icon_counts(denominator)
    words = freq.text()
    words = words[0].upper() + words[1:]
    if sure + maybe == 0:
        return fill(translate("Effects", "%1: fewer than 1 in %2, so none of the %2 figures is coloured."), words, den)
    if freq.how == "about":
        return fill(translate("Effects", "%1: %2 out of %3."), words, _coloured(sure), den)
    if freq.how == "at least":
        return fill(translate("Effects", "%1: %2 (or more) out of %3."), words, _coloured(sure), den)
    if freq.how == "up to":
        return fill(translate("Effects", "%1: up to %2 out of %3."), words, _striped(maybe), den)
    if sure and maybe:
        template = translate("Effects", "%1: %2, plus %3 where studies differ, out of %4.")
        return fill(template, words, _coloured(sure), _striped(maybe), den)
    if sure:
        return fill(translate("Effects", "%1: %2, out of %3."), words, _coloured(sure), den)
    return fill(translate("Effects", "%1: up to %2 where studies differ, out of %3."), words, _striped(maybe), den)


def table_markdown(effects: Sequence[Effect], numbers: Mapping[str, int] | None = None) -> str:
    """Every item as Markdown tables (benefits, then side effects, by group): the printable,
    text-only version of the comparison. ``numbers`` maps source ids to their [n] numbers."""
    numbers = numbers or {}

    def cell(text: str) -> str:
        return " ".join(text.split()).replace("|", "\\|")

    def refs(e: Effect) -> str:
        return " ".join(f"\\[{numbers[s]}\\]" if s in numbers else f"\\[{s}\\]" for s in e.sources)

    columns = [translate("Effects", "What"), translate("Effects", "How many"), translate("Effects", "When it starts")]
    side_columns = [translate("Effects", "Goes away after stopping?"), translate("Effects", "How serious")]
    last_columns = [translate("Effects", "What to do"), translate("Effects", "Sources")]
    out: list[str] = []
    for title, items, side in ((translate("Effects", "Benefits"), benefits(effects), False),
                               (translate("Effects", "Side effects"), side_effects(effects), True)):
        out += [f"### {title}", ""]
        names = columns + (side_columns if side else []) + last_columns
        out += ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
        for key, group in grouped(items):
            for e in group:
                how_many = e.frequency.text()
                if e.frequency.known:
                    how_many += f" ({GROUP_TITLES[key].lower()})"
                row = f"| {cell(e.name)} | {cell(how_many)} | {cell(e.starts)} |"
                if side:
                    row += f" {cell(e.goes_away_text())} | {cell(serious_text(e.serious))} |"
                out.append(row + f" {cell(e.what_to_do)} | {refs(e)} |")
        out.append("")
    return "\n".join(out)
