"""Read the content that ships with the app.

``resources/`` sits at the top of the source tree and is copied into the wheel as
``isoapp/resources`` (hatchling force-include) and into a frozen build at the same place.
An editable install or a source checkout has no ``isoapp/resources``: then the top-level folder is used.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def root() -> Path:
    """The folder that holds content/, data/, images/ and icons/."""
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.insert(0, Path(frozen_base) / "isoapp" / "resources")
    for candidate in candidates:
        if (candidate / "content" / "sections.toml").is_file():
            return candidate
    raise FileNotFoundError(
        "The app's content files are missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Please reinstall Isotretinoin Guide."
    )


def resource_path(*parts: str) -> Path:
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


def read_toml(*parts: str) -> dict:
    """The parsed TOML file (parsed once; cached by its full path, so a different ``root()`` never
    gets another root's data, whenever the cache was filled)."""
    return _read_toml(resource_path(*parts))


@functools.cache
def _read_toml(path: Path) -> dict:
    data = path.read_bytes()
    from isoapp import flat_toml

    text = data.decode("utf-8")
    simple = flat_toml.parse(text)
    if simple is not None:
        return simple
    import tomllib  # the full reader: ~6 ms to import, so only for files the fast one does not read

    return tomllib.loads(text)


read_toml.cache_clear = _read_toml.cache_clear  # type: ignore[attr-defined]
