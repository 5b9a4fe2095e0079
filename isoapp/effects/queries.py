"""Choosing and ordering effects: benefits or side effects, filters, sorting, groups, a shared denominator."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from isoapp.effects.model import FILTERS, GROUPS, ICON_DENOMINATORS, Effect, Frequency


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
    dens = [(i.frequency if isinstance(i, Effect) else i).needed_denominator() for i in items]
    return max(dens, default=ICON_DENOMINATORS[0])
