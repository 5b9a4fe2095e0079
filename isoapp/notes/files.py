"""Reading the person's import files safely (no Qt); writing is isoapp.atomic.

``read_limited``: only regular files (a pipe would hang, ``/dev/zero`` would fill the memory), at most
MAX_IMPORT_BYTES.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from isoapp.notes.errors import NotesError

MAX_IMPORT_BYTES = 20 * 1024 * 1024


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


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
