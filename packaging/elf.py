"""Read two things from a little-endian ELF64 shared library (Linux x86-64/arm64) without external tools:
the libraries it links against directly (DT_NEEDED) and the bytes of one of its exported symbols."""

from __future__ import annotations

import re
import struct
from pathlib import Path

SHT_PROGBITS, SHT_DYNAMIC, SHT_DYNSYM = 1, 6, 11
DT_NEEDED = 1


def _sections(elf: bytes) -> list[tuple]:
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
    return [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]


def _string(elf: bytes, table: tuple, at: int) -> str:
    start = table[4] + at
    return elf[start : elf.index(b"\0", start)].decode()


def needed(path: Path) -> set[str]:
    """The sonames ``path`` names as direct dependencies (not their dependencies in turn)."""
    elf = Path(path).read_bytes()
    sections = _sections(elf)
    out = set()
    for sh in sections:
        if sh[1] != SHT_DYNAMIC:
            continue
        strtab = sections[sh[6]]
        for at in range(sh[4], sh[4] + sh[5], 16):
            tag, value = struct.unpack_from("<qQ", elf, at)
            if tag == DT_NEEDED:
                out.add(_string(elf, strtab, value))
    return out


def symbol_bytes(path: Path, pattern: str) -> tuple[str, bytes]:
    """(name, bytes) of the first exported symbol whose name matches ``pattern``."""
    elf = Path(path).read_bytes()
    sections = _sections(elf)
    for sh in sections:
        if sh[1] != SHT_DYNSYM:
            continue
        strtab = sections[sh[6]]
        for at in range(sh[4], sh[4] + sh[5], 24):
            st_name, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", elf, at)
            name = _string(elf, strtab, st_name)
            if re.fullmatch(pattern, name):
                home = next(s for s in sections if s[1] == SHT_PROGBITS and s[3] <= value < s[3] + s[5])
                start = home[4] + value - home[3]
                return name, elf[start : start + size]
    raise ValueError(f"no symbol matching {pattern} in {path}")
