"""Writing a file all at once: to a temporary file beside it, then renamed into place, so a failed
save never leaves half a file. Created private (0600): exports hold a person's own notes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(OSError):
    """A file could not be written; the message says why in plain words."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_bytes_atomically(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` or raise :class:`WriteError` (the old file, if any, is kept)."""
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    if dest.is_dir():
        raise WriteError(f"Cannot write {dest}: it is a folder.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"Cannot write {dest}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise WriteError(f"Cannot write {dest}: {_reason(exc)}.") from exc
