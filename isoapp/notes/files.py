"""Reading and writing the person's export and import files safely (no Qt).

- ``write_atomically``: a hidden temporary file beside the destination (0600), flushed and synced, then
  moved into place. Without ``force`` an existing name is never replaced (the move is a hard link, which
  fails when the name exists); with ``force`` only a regular file is replaced, never a folder, a device,
  a pipe or a socket. Hidden temporary files left by an export that was killed are removed first.
- ``read_text_file``: only regular files (a pipe would hang, ``/dev/zero`` would fill the memory), at
  most MAX_IMPORT_BYTES, UTF-8.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from isoapp.notes.errors import NotesError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
STALE_TMP_SECONDS = 60


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def refuse_existing(dest: Path, *, force: bool) -> None:
    """NotesError if ``dest`` exists and may not be replaced (one line, names the way out)."""
    try:
        st = os.lstat(dest)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotesError(f"Cannot write {dest}: {_reason(exc)}.") from exc
    if stat.S_ISDIR(st.st_mode):
        raise NotesError(f"Cannot write {dest}: it is a folder.")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise NotesError(f"Cannot write {dest}: it is not an ordinary file, so it is never replaced.")
    if not force:
        raise NotesError(f"{dest} exists; add --force to replace it")


def remove_stale_temporaries(dest: Path) -> int:
    """Remove hidden ``.<name>.XXXXXXXX.tmp`` files an earlier, killed export left beside ``dest``."""
    folder = dest.parent if str(dest.parent) else Path(".")
    pattern = re.compile(re.escape(f".{dest.name}.") + r"[A-Za-z0-9_]{8}\.tmp")
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid() and time.time() - st.st_mtime > STALE_TMP_SECONDS:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _place(tmp: str, dest: Path, force: bool) -> None:
    if force:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)  # fails if dest appeared meanwhile: never replaces
    except FileExistsError as exc:
        raise NotesError(f"{dest} exists; add --force to replace it") from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        refuse_existing(dest, force=False)  # a file system without hard links: check, then move
        os.replace(tmp, dest)
        return
    os.unlink(tmp)


def write_atomically(dest: Path, data: bytes, *, force: bool = False) -> None:
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    refuse_existing(dest, force=force)
    remove_stale_temporaries(dest)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise NotesError(f"Cannot write {dest}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _place(tmp, dest, force)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise NotesError(f"Cannot write {dest}: {_reason(exc)}.") from exc
        raise


def _open_regular(src: Path) -> tuple[int, int]:
    """An fd for reading ``src`` and its size; NotesError unless it is a regular file within the limit."""
    try:
        fd = os.open(src, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise NotesError(f"Cannot import {src}: the file does not exist.") from exc
    except IsADirectoryError as exc:
        raise NotesError(f"Cannot import {src}: it is a folder, not a file.") from exc
    except OSError as exc:
        raise NotesError(f"Cannot read {src}: {_reason(exc)}.") from exc
    st = os.fstat(fd)
    if stat.S_ISDIR(st.st_mode):
        os.close(fd)
        raise NotesError(f"Cannot import {src}: it is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise NotesError(f"Cannot import {src}: it is not an ordinary file (a device, a pipe or a socket).")
    if st.st_size > MAX_IMPORT_BYTES:
        os.close(fd)
        raise NotesError(
            f"Cannot import {src.name}: it is {_megabytes(st.st_size)}, and a notes file can be at most "
            f"{_megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files."
        )
    return fd, st.st_size


def read_limited(src: Path) -> bytes:
    """The bytes of the regular file ``src`` (at most MAX_IMPORT_BYTES; NotesError otherwise)."""
    fd, _size = _open_regular(src)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            chunk = os.read(fd, 1024 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_IMPORT_BYTES:  # it grew while being read
                raise NotesError(f"Cannot import {src.name}: it is larger than {_megabytes(MAX_IMPORT_BYTES)}.")
            chunks.append(chunk)
    except OSError as exc:
        raise NotesError(f"Cannot read {src}: {_reason(exc)}.") from exc
    finally:
        os.close(fd)
    return b"".join(chunks)
