"""Translation, without Qt: the language the app runs in and a ``translate`` hook for Qt-free modules.

Widgets call ``self.tr("…")`` or ``QCoreApplication.translate("Context", "…")``. Modules that must not
import Qt (models, formatting helpers) call :func:`translate` from here with the same arguments;
``pyside6-lupdate`` extracts both kinds of call into the catalogue (resources/i18n/isoapp_en.ts).
When the app starts, :mod:`isoapp.i18n.qt` plugs Qt's translator in; before that (command-line
exports, tests without Qt) the English text is used, with ``%n`` filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
