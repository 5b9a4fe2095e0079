"""Benefits and side effects of isotretinoin, the model (no Qt): the constants, a frequency, an effect.

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
from dataclasses import dataclass
from enum import StrEnum

from isoapp.i18n import QT_TRANSLATE_NOOP, TranslatedTitles, fill, format_number, translate

KINDS = ("benefit", "side_effect")


class How(StrEnum):
    """What kind of number a frequency is (the ``how`` field of the data file)."""

    ABOUT = "about"  # about `count` in `per`
    RANGE = "range"  # `low` to `high` in `per`
    AT_LEAST = "at least"  # `low` or more in `per`
    UP_TO = "up to"  # up to `high` in `per`
    NOT_KNOWN = "not known"  # no number


HOWS = tuple(how.value for how in How)
DENOMINATORS = (100, 1000, 10000)
GOES_AWAY = ("yes", "usually", "may persist", "no", "not known")
SERIOUS = ("mild", "moderate", "serious")
ACTIONS = ("self-care", "tell your doctor", "get help at once")
ICON_DENOMINATORS = (100, 1000)

# Groups by how often, most often first. A frequency goes in the first group whose lower bound
# (a rate, people per person) its typical rate reaches. Bounds follow the label words in the
# facts sheet: common = 1 in 100 or more; rare = 1 to 10 in 10,000; very rare < 1 in 10,000.
GROUPS: tuple[tuple[str, str, float | None], ...] = (
    ("most", QT_TRANSLATE_NOOP("Effects", "Most people"), 0.5),  # 50 or more in 100
    ("some", QT_TRANSLATE_NOOP("Effects", "Some people"), 0.01),  # 1 to 49 in 100 (label: common)
    ("few", QT_TRANSLATE_NOOP("Effects", "A few people"), 0.001),  # 1 to 9 in 1,000 (label: uncommon)
    ("rare", QT_TRANSLATE_NOOP("Effects", "Rare or very rare"), 0.0),  # under 1 in 1,000 (rare, very rare)
    ("unknown", QT_TRANSLATE_NOOP("Effects", "Not known how often"), None),
    # only by an item's `group` (counts babies or pregnancies)
    ("pregnancy", QT_TRANSLATE_NOOP("Effects", "If a pregnancy starts"), None),
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
_GOES_AWAY_TEXT = {
    "yes": QT_TRANSLATE_NOOP("Effects", "Yes, it goes away after stopping."),
    "usually": QT_TRANSLATE_NOOP("Effects", "Usually, it goes away after stopping."),
    "may persist": QT_TRANSLATE_NOOP("Effects", "It may last after stopping."),
    "no": QT_TRANSLATE_NOOP("Effects", "No. It cannot be undone."),
    "not known": QT_TRANSLATE_NOOP("Effects", "Not known."),
}
_SERIOUS_TEXT = {
    "mild": QT_TRANSLATE_NOOP("Effects", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("Effects", "Moderate"),
    "serious": QT_TRANSLATE_NOOP("Effects", "Serious"),
}


def serious_text(serious: str | None) -> str:
    """ "Mild", "Moderate" or "Serious" in the interface language ("" when not given)."""
    return translate("Effects", _SERIOUS_TEXT[serious]) if serious else ""


_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class EffectsDataError(ValueError):
    """The effects data file is missing, not TOML, or does not follow the rules."""


def _fmt_int(n: int) -> str:
    return format_number(n)


def _round_half_up(x: float) -> int:
    return int(x + 0.5)


@dataclass(frozen=True)
class Frequency:
    how: How
    per: int
    low: float | None = None
    high: float | None = None
    show_per: int | None = None
    who: str = "people"

    def __post_init__(self) -> None:
        object.__setattr__(self, "how", How(self.how))  # a plain string from the data file -> How

    # --- rates (people per person) -------------------------------------------------------
    @property
    def known(self) -> bool:
        return self.how is not How.NOT_KNOWN

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
        if self.how is How.ABOUT:
            return self.low / self.per
        if self.how is How.RANGE:
            return (self.low + self.high) / 2 / self.per
        if self.how is How.AT_LEAST:
            return self.low / self.per
        if self.how is How.UP_TO:
            return self.high / 2 / self.per  # somewhere between 0 and the bound
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
        ``den`` is the "in 100 people" part. Every wording is a whole sentence part to translate."""
        if self.how is How.ABOUT:
            if not about:
                return fill(translate("Effects", "%1 %2", "%1: a number; %2: 'in 10,000'"), num(self.low), den)
            return fill(translate("Effects", "about %1 %2", "%1: a number; %2: 'in 100 people'"), num(self.low), den)
        if self.how is How.RANGE:
            return fill(translate("Effects", "%1 to %2 %3", "%3: 'in 100 people'"), num(self.low), num(self.high), den)
        if self.how is How.AT_LEAST:
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
        if self.who != "people":
            return self.text()
        per = self.display_per
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
        if self.how is How.ABOUT:
            return (min(denominator, _round_half_up(self._scaled(self.low, denominator))), 0)
        if self.how is How.AT_LEAST:
            return (min(denominator, _round_half_up(self._scaled(self.low, denominator))), 0)
        lo = 0 if self.how is How.UP_TO else _round_half_up(self._scaled(self.low, denominator))
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
    group_key: str | None = None  # set by the data (`group`), else from the frequency

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


def group_of(effect: Effect) -> str:
    if effect.group_key is not None:
        return effect.group_key
    rate = effect.frequency.typical_rate
    if rate is None:
        return "unknown"
    for key, _title, bound in GROUPS:
        if bound is not None and rate >= bound:
            return key
    return "rare"
