"""Benefits and side effects of isotretinoin (no Qt): the model (model), the data file (data),
choosing and ordering (queries), and words for pictures and print (text).

Every number is an absolute frequency: people out of 100, 1,000 or 10,000 (see model)."""

from __future__ import annotations

from isoapp.effects.data import load_effects, parse, validate
from isoapp.effects.model import (
    ACTIONS,
    DENOMINATORS,
    FILTER_TITLES,
    FILTERS,
    GOES_AWAY,
    GROUP_ORDER,
    GROUP_TITLES,
    GROUPS,
    HOWS,
    ICON_DENOMINATORS,
    KINDS,
    SERIOUS,
    Effect,
    EffectsDataError,
    Frequency,
    How,
    group_of,
    serious_text,
)
from isoapp.effects.queries import (
    benefits,
    filter_effects,
    frequency_sort_key,
    grouped,
    matches,
    shared_denominator,
    side_effects,
    sort_by_frequency,
)
from isoapp.effects.text import icon_text, table_markdown

__all__ = [
    "ACTIONS",
    "DENOMINATORS",
    "FILTERS",
    "FILTER_TITLES",
    "GOES_AWAY",
    "GROUPS",
    "GROUP_ORDER",
    "GROUP_TITLES",
    "HOWS",
    "ICON_DENOMINATORS",
    "KINDS",
    "SERIOUS",
    "Effect",
    "EffectsDataError",
    "Frequency",
    "How",
    "benefits",
    "filter_effects",
    "frequency_sort_key",
    "group_of",
    "serious_text",
    "grouped",
    "icon_text",
    "load_effects",
    "matches",
    "parse",
    "shared_denominator",
    "side_effects",
    "sort_by_frequency",
    "table_markdown",
    "validate",
]
