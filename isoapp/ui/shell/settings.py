"""Window and view settings, kept in ``settings.ini`` in the data dir (QSettings, INI format).

A settings file Qt cannot parse is renamed aside (never emptied) and the app starts with defaults.
"""

from __future__ import annotations

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
    return settings, moved


def _make_private(path: Path) -> None:
    """Create the file readable by this user only (0600); Qt keeps those permissions when it rewrites it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only folder: Qt reports its own error when it cannot save
