"""Writing a file all at once: to a hidden temporary file beside it (0600: exports hold a person's own
notes), flushed and synced, then moved into place, so a failed save never leaves half a file.

- ``replace=False`` (an export without ``--force``) never replaces an existing name: the move is a hard
  link, which fails when the name exists (a file system without hard links: check, then move).
- Even with ``replace=True`` only an ordinary file (or a link) is replaced, never a folder, a device, a
  pipe or a socket.
- Hidden temporary files that an earlier, killed save left beside the destination are removed first.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

STALE_TMP_SECONDS = 60


class WriteError(OSError):
    """A file could not be written; the message says why in plain words."""


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)


def check_destination(dest: Path, *, replace: bool) -> None:
    """WriteError if ``dest`` exists and may not be replaced (one line that names the way out)."""
    try:
        st = os.lstat(dest)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WriteError(f"Cannot write {dest}: {_reason(exc)}.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise WriteError(f"Cannot write {dest}: it is a folder.")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise WriteError(f"Cannot write {dest}: it is not an ordinary file, so it is never replaced.")
    if not replace:
        raise WriteError(f"{dest} exists; add --force to replace it")


def remove_stale_temporaries(dest: Path) -> int:
    """Remove hidden ``.<name>.XXXXXXXX.tmp`` files an earlier, killed save left beside ``dest``."""
    folder = dest.parent if str(dest.parent) else Path(".")
    pattern = re.compile(re.escape(f".{dest.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
    removed = 0
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name)]
    except OSError:
        return 0
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid() and time.time() - st.st_mtime > STALE_TMP_SECONDS:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _place(tmp: str, dest: Path, replace: bool) -> None:
    if replace:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)  # fails if dest appeared meanwhile: never replaces
    except FileExistsError as exc:
        raise WriteError(f"{dest} exists; add --force to replace it") from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        check_destination(dest, replace=False)  # no hard links here: check, then move
        os.replace(tmp, dest)
        return
    os.unlink(tmp)


def write_bytes_atomically(dest: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` to ``dest`` or raise :class:`WriteError` (the old file, if any, is kept)."""
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    check_destination(dest, replace=replace)
    remove_stale_temporaries(dest)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"Cannot write {dest}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _place(tmp, dest, replace)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(f"Cannot write {dest}: {_reason(exc)}.") from exc
        raise
