"""Which language the app runs in (no Qt): ``--lang`` for one run, else the saved choice, else the
system's languages, else English.

A language ships when ``resources/i18n/isoapp_<code>.qm`` exists. English (the source text) always
ships; ``pseudo`` (see :mod:`isoapp.i18n.pseudo`) is a test language: ``--lang pseudo`` loads it, but it
is never offered in the View → Language menu and never chosen from the system locale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from isoapp.resources import resource_path

ENGLISH = "en"
PSEUDO = "pseudo"
SETTINGS_KEY = "view/language"
CATALOGUE_PREFIX = "isoapp_"

_CODE_RE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")

_requested: str | None = None
_current: str = ENGLISH


class UnknownLanguage(ValueError):
    """A language code the app does not ship."""


def i18n_dir():
    return resource_path("i18n")


def shipped() -> tuple[str, ...]:
    """The languages a person can choose: English first, then every shipped translation by code."""
    found = set()
    folder = i18n_dir()
    if folder.is_dir():
        for path in folder.glob(f"{CATALOGUE_PREFIX}*.qm"):
            code = path.stem.removeprefix(CATALOGUE_PREFIX)
            if _CODE_RE.match(code) and code != ENGLISH:
                found.add(code)
    return (ENGLISH, *sorted(found))


def known() -> tuple[str, ...]:
    """Every code ``--lang`` accepts."""
    return (*shipped(), PSEUDO)


def check_code(code: str) -> str:
    """``code`` as the app spells it (``pt-br`` → ``pt_BR``; ``en-GB`` → ``en`` unless en_GB ships),
    or :class:`UnknownLanguage`."""

    normal = normalize(code)
    base = normal.split("_", 1)[0]
    for candidate in (normal, base):  # es_MX is served by es
        if candidate in known():
            return candidate
    raise UnknownLanguage(f"unknown language {code!r} (known: {', '.join(known())})")


def normalize(code: str) -> str:
    """``es-es`` / ``es_ES.UTF-8`` → ``es_ES``; ``EN`` → ``en``; ``pseudo`` stays."""
    code = code.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if code.lower() == PSEUDO:
        return PSEUDO
    lang, _, country = code.partition("_")
    return f"{lang.lower()}_{country.upper()}" if country else lang.lower()


def match_system(system_languages: Iterable[str]) -> str | None:
    """The first shipped language among the system's (``es-MX`` matches ``es``); None if none."""
    available = shipped()
    for raw in system_languages:
        code = normalize(raw)
        if code in available:
            return code
        base = code.split("_", 1)[0]
        if base in available:
            return base
    return None


def resolve(requested: str | None, saved: str | None, system_languages: Iterable[str]) -> str:
    """The language for this run. ``requested`` (``--lang``) must be known; a saved choice that no
    longer ships (or is the pseudo-locale) is ignored."""
    if requested:
        return check_code(requested)
    if saved:
        code = normalize(str(saved))
        if code in shipped():
            return code
    return match_system(system_languages) or ENGLISH


def set_requested(code: str | None) -> None:
    """Remember ``--lang CODE`` for this process (checked: :class:`UnknownLanguage`)."""
    global _requested
    _requested = check_code(code) if code else None


def requested() -> str | None:
    return _requested


def set_current(code: str) -> None:
    """The language the interface runs in (set once at start by :mod:`isoapp.ui.shell.translators`).

    Content read before (and cached) in another language is dropped, so it is read again: every
    cached function of the app's modules is cleared (the language changes only at start and in tests)."""
    global _current
    if code == _current:
        return
    _current = code
    for name, module in list(sys.modules.items()):
        if not name.startswith("isoapp.") or name.startswith(("isoapp.i18n", "isoapp.resources")) or module is None:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()


def current() -> str:
    return _current


def content_language() -> str:
    """The language to look up written content in: the interface's, except that the pseudo-locale
    (which tests the interface) reads the English content."""
    return ENGLISH if _current == PSEUDO else _current
