"""Every user path the app uses, in one place.

The data dir holds the notes store and the settings file. It comes from, in order:
the ``--data-dir`` option, the ``ISOAPP_DATA_DIR`` environment variable, then platformdirs.
Tests and the self-test point it at a temporary folder so they never touch a person's notes.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "isoapp"
ENV_DATA_DIR = "ISOAPP_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data dir for this process (None: back to the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The data dir path (not created)."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # imported here: ~10 ms that a --data-dir start does not need

    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by this user only (0700)."""
    old = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
    finally:
        os.umask(old)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass  # not our folder (e.g. a shared one the person chose): leave it as it is
    return path


def notes_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "notes.sqlite3"


def settings_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "settings.ini"


def export_dir() -> Path:
    """Where save and open dialogs start: the person's Documents folder (home if it does not exist)."""
    import platformdirs

    documents = platformdirs.user_documents_path()
    return documents if documents.is_dir() else Path.home()
