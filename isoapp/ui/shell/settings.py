"""Window and view settings, kept in ``settings.ini`` in the data dir (QSettings, INI format).

A settings file Qt cannot parse is renamed aside (never emptied) and the app starts with defaults.
A number that is not a finite value in its range (``inf``, ``1e400``, ``nan``, words) is removed and the
file rewritten, so the view that owns it falls back to its default instead of failing at every start.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from isoapp import paths


def open_settings(data_dir: Path) -> tuple[QSettings, Path | None]:
    """Return the settings and, if the old file was unreadable, where it was moved."""
    paths.ensure_private_dir(data_dir)
    path = paths.settings_path(data_dir)
    moved: Path | None = None
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() == QSettings.Status.FormatError:
        del settings
        moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        path.rename(moved)
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    _make_private(path)
    repair_numbers(settings)
    return settings, moved


# Numeric settings and the values they may take (oil_model's DOSE_* and COURSE_*; a test keeps them in
# step). Kept here so that no chart code (numpy) loads at start. The zoom clamps its own value.
NUMERIC_SETTINGS: dict[str, tuple[float, float]] = {
    "oil_chart/dose": (0.1, 1.0),
    "oil_chart/course": (8, 52),
}


def _sane_number(value: object, low: float, high: float) -> bool:
    try:
        number = float(str(value))
    except (TypeError, ValueError, OverflowError):
        return False
    return math.isfinite(number) and low <= number <= high


def repair_numbers(settings: QSettings) -> list[str]:
    """Remove numeric settings that are not finite numbers in range; rewrite the file. Returns their keys."""
    bad = [
        key
        for key, (low, high) in NUMERIC_SETTINGS.items()
        if settings.contains(key) and not _sane_number(settings.value(key), low, high)
    ]
    for key in bad:
        settings.remove(key)
    if bad:
        settings.sync()
    return bad


def _make_private(path: Path) -> None:
    """Create the file readable by this user only (0600); Qt keeps those permissions when it rewrites it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only folder: Qt reports its own error when it cannot save
