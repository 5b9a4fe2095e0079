"""Window and view settings, kept in ``settings.ini`` in the data dir (QSettings, INI format).

A settings file Qt cannot parse is renamed aside (never emptied) and the app starts with defaults.
"""

from __future__ import annotations

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
    return settings, moved
