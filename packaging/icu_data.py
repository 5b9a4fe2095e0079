"""Trim the ICU data library the PySide6 wheel ships on Linux (libicudata.so.NN, 30 MiB) to what Qt uses.

Qt Core calls ICU for four things only (``nm -D --undefined-only libQt6Core.so.6 | grep _NN``):
collation (``ucol_*``: QCollator, QFileSystemModel's sort order), character set converters
(``ucnv_*``: QStringConverter for non-Unicode encodings, e.g. pasted text), locale case mapping
(``u_strToUpper/Lower``: built into libicuuc, no data) and time zones (``ucal_*``: the zone database,
and the zone *display names*, which the app never shows). So the build keeps ICU's core files, every
converter and every collation, and drops the data of ICU services Qt never calls: break iterators and
their dictionaries, transliteration, spelled-out numbers, the names of units, currencies, languages,
regions and time zones, Unicode character names, StringPrep, IDNA and spoof-check tables, and the
per-locale formatting bundles.

The data is one "common data" package (a table of contents, then items) behind one symbol,
``icudtNN_dat``. ``trimmed_library`` copies it without the dropped items and links a new
libicudata.so.NN holding just that symbol, with the system C compiler. Without a compiler the
original library is kept (the bundle is then about 23 MiB larger).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import elf

# Subtrees of ICU services Qt never calls.
DROP_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region", "zone")
# Character names, the spoof checker, IDNA (Qt has its own), the locale matcher.
DROP_FILES = ("unames.icu", "confusables.cfu", "uts46.nrm", "langInfo.res")
DROP_SUFFIXES = (".spp",)  # StringPrep profiles
# Per-locale formatting bundles (de.res, pt_BR.res...): used by ICU's number/date formatters only.
_LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
KEEP_FILES = ("res_index.res", "root.res", "pool.res")
_ALIGN = 16


def keep(name: str) -> bool:
    """Whether an item (name without the package prefix, e.g. ``coll/de.res``) stays."""
    if "/" in name:
        return name.split("/", 1)[0] not in DROP_TREES
    if name in KEEP_FILES:
        return True
    if name in DROP_FILES or name.endswith(DROP_SUFFIXES):
        return False
    return not _LOCALE_BUNDLE.fullmatch(name)


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % _ALIGN)


def entries(blob: bytes) -> list[tuple[str, bytes]]:
    """The (name, item) pairs of an ICU common data package, in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    offsets = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(offsets):
        start = header_size + name_at
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = header_size + offsets[i + 1][1] if i + 1 < count else len(blob)
        out.append((name, blob[header_size + data_at : end]))
    return out


def trim(blob: bytes, keep_item=keep) -> bytes:
    """The package without the items ``keep_item(name)`` rejects (names without the package prefix)."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    kept = [(name, data) for name, data in entries(blob) if keep_item(name.split("/", 1)[-1])]
    names = b""
    name_offsets = []
    toc_size = 4 + 8 * len(kept)
    for name, _data in kept:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    body = _pad(names)
    data_offsets = []
    items = b""
    first = toc_size + len(body)
    for _name, data in kept:
        data_offsets.append(first + len(items))
        items += _pad(data)
    toc = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return blob[:header_size] + toc + body + items


def trimmed_library(original: Path, workdir: Path) -> Path | None:
    """A trimmed copy of ``original`` (libicudata.so.NN) in ``workdir``, or None if it cannot be built."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    symbol, blob = elf.symbol_bytes(original, r"icudt\d+_dat")
    small = trim(blob)
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / f"{symbol}.bin"
    data.write_bytes(small)
    source = workdir / f"{symbol}.S"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = workdir / original.name
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-o", str(out), str(source)],
            capture_output=True,
            text=True,
            cwd=tmp,
        )
    if done.returncode != 0:
        print(f"icu_data: keeping the full ICU data ({compiler} failed: {done.stderr.strip()[:300]})")
        return None
    return out
