"""Translation, without Qt: the language the app runs in and a ``translate`` hook for Qt-free modules.

Widgets call ``self.tr("…")`` or ``QCoreApplication.translate("Context", "…")``. Modules that must not
import Qt (models, formatting helpers) call :func:`translate` from here with the same arguments;
``pyside6-lupdate`` extracts both kinds of call into the catalogue (resources/i18n/isoapp_en.ts).
When the app starts, :mod:`isoapp.ui.shell.translators` plugs Qt's translator in; before that (command-line
exports, tests without Qt) the English text is used, with ``%n`` filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (datetime costs ~1.5 ms at startup; only annotations name it here)
    from datetime import date

Backend = Callable[[str, str, str | None, int], str]

_backend: Backend | None = None
_PLURAL_S_RE = re.compile(r"\((e?s)\)")


def english(text: str, n: int = -1, context: str = "") -> str:
    """The English text, with ``%n`` filled in: the plural forms of the catalogue when it has them,
    else ``(s)`` resolved (no Qt needed)."""
    if n < 0:
        return text
    from isoapp.i18n.catalogue import english_numerus

    found = english_numerus(context, text, n)
    if found is not None:
        return found
    text = _PLURAL_S_RE.sub(lambda m: "" if n == 1 else m.group(1), text)
    return text.replace("%n", str(n))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for modules that do not import Qt."""
    if _backend is None:
        return english(text, n, context)
    return _backend(context, text, disambiguation, n)


def set_backend(backend: Backend | None) -> None:
    """Route :func:`translate` through ``backend`` (None: back to English)."""
    global _backend
    _backend = backend


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for the catalogue without translating it now (translate it where it is shown)."""
    return text


def fill(template: str, *values: object) -> str:
    """Qt's ``QString.arg`` for Qt-free code: ``%1`` … ``%9`` replaced by ``values`` in one pass."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _ARG_RE.sub(value, template)


_ARG_RE = re.compile(r"%(\d)")

NumberFormatter = Callable[[float, int], str]
_number_formatter: NumberFormatter | None = None


def format_number(value: float, decimals: int = 0) -> str:
    """A number the way the interface language writes it (``1,000`` in English, ``1.000`` in Spanish)."""
    if _number_formatter is not None:
        return _number_formatter(value, decimals)
    return f"{value:,.{decimals}f}"


def set_number_formatter(formatter: NumberFormatter | None) -> None:
    global _number_formatter
    _number_formatter = formatter


class TranslatedTitles(Mapping[str, str]):
    """A fixed mapping of keys to English titles that hands out each title translated (``context``).

    Mark the titles with :func:`QT_TRANSLATE_NOOP` so that the catalogue has them."""

    def __init__(self, context: str, titles: Mapping[str, str]) -> None:
        self._context = context
        self._titles = dict(titles)

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._titles[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._titles)

    def __len__(self) -> int:
        return len(self._titles)


class TranslatedTexts(Sequence[str]):
    """A fixed sequence of English texts handed out translated (``context``); mark each with
    :func:`QT_TRANSLATE_NOOP`."""

    def __init__(self, context: str, texts: Sequence[str]) -> None:
        self._context = context
        self._texts = tuple(texts)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [translate(self._context, t) for t in self._texts[index]]
        return translate(self._context, self._texts[index])

    def __len__(self) -> int:
        return len(self._texts)


DateFormatter = Callable[["date", bool], str]
_date_formatter: DateFormatter | None = None


def format_date(day: date, long: bool = False) -> str:
    """A day the way the interface language writes it: "1 Dec 2026" (English), "1 dic 2026" (Spanish);
    ``long``: with the weekday and the month in full."""
    if _date_formatter is not None:
        return _date_formatter(day, long)
    if long:
        return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"
    return f"{day.day} {day.strftime('%b %Y')}"


def set_date_formatter(formatter: DateFormatter | None) -> None:
    global _date_formatter
    _date_formatter = formatter
