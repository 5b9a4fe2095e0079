"""What the frozen bundle leaves out still works (issue 12): the trimmed ICU data serves everything Qt asks
ICU for except time zone display names, and pyqtgraph draws with the QtOpenGL stand-in.

Each check runs in a child process (the stand-in and a preloaded ICU library must not leak into this one).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))

import elf  # noqa: E402
import icu_data  # noqa: E402

sys.path.remove(str(PACKAGING))

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_DATA = next(iter(sorted(QT_LIB.glob("libicudata.so.*"))), None)
linux_icu = pytest.mark.skipif(
    not sys.platform.startswith("linux") or ICU_DATA is None, reason="the PySide6 wheel ships ICU on Linux only"
)

_ICU_PROBE = r"""
import json
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringConverter, QStringDecoder, QTimeZone
from PySide6.QtCore import qInstallMessageHandler

messages = []
qInstallMessageHandler(lambda mode, context, text: messages.append(text))
german = QCollator(QLocale("de_DE"))
swedish = QCollator(QLocale("sv_SE"))
numeric = QCollator(QLocale("en_GB"))
numeric.setNumericMode(True)
zone = QTimeZone(b"Europe/Berlin")
print(json.dumps({
    "german": sorted(["zebra", "\u00c4pfel", "apfel", "Ofen", "\u00d6l"], key=german.sortKey),
    "swedish a-umlaut after z": swedish.compare("\u00e4", "z") > 0,
    "numeric": numeric.compare("file10", "file9") > 0,
    "decoders": [QStringDecoder(name).isValid() for name in ("Shift_JIS", "GB18030", "windows-1251", "KOI8-R")],
    "codecs": len(QStringConverter.availableCodecs()),
    "upper": [QLocale("tr_TR").toUpper("i"), QLocale("de_DE").toUpper("stra\u00dfe")],
    "zone valid": zone.isValid(),
    "zone offset": zone.standardTimeOffset(QDateTime.currentDateTime()),
    "messages": messages,
}))
"""


def _probe(preload: Path | None = None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", _ICU_PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@linux_icu
def test_trimmed_icu_data_serves_what_qt_uses(tmp_path):
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler: the build keeps the full ICU data")
    small = icu_data.trimmed_library(ICU_DATA, tmp_path)
    assert small is not None
    assert small.stat().st_size < ICU_DATA.stat().st_size / 2
    assert elf.needed(small) == set()  # the data library links nothing
    full, trimmed = _probe(), _probe(small)
    assert trimmed == full
    assert full["german"] == ["apfel", "\u00c4pfel", "Ofen", "\u00d6l", "zebra"]
    assert all(full["decoders"]) and full["upper"] == ["\u0130", "STRASSE"]


@linux_icu
def test_trim_keeps_collation_converters_and_core_files():
    _symbol, blob = elf.symbol_bytes(ICU_DATA, r"icudt\d+_dat")
    before = {name.split("/", 1)[1] for name, _data in icu_data.entries(blob)}
    after = {name.split("/", 1)[1] for name, _data in icu_data.entries(icu_data.trim(blob))}
    assert after < before
    assert {n for n in before if n.startswith("coll/") or n.endswith((".cnv", ".icu", ".nrm"))} - {
        "unames.icu",
        "uts46.nrm",
    } <= after
    assert {"root.res", "res_index.res", "pool.res", "zoneinfo64.res", "cnvalias.icu", "coll/ucadata.icu"} <= after
    assert not any(n.startswith(("brkitr/", "translit/", "lang/", "curr/")) for n in after)
    assert "de.res" in before and "de.res" not in after


def test_elf_needed_reads_direct_links_only():
    core = next(QT_LIB.glob("libQt6Widgets.so.*"), None)
    if core is None or not sys.platform.startswith("linux"):
        pytest.skip("Linux wheel layout only")
    links = elf.needed(core)
    assert any(name.startswith("libQt6Gui.so") for name in links)
    assert not any(name.startswith("libicu") for name in links)  # ICU comes through QtCore, not directly


_PYQTGRAPH_PROBE = r"""
import runpy, sys
runpy.run_path(sys.argv[1])  # the bundle's runtime hook
from PySide6.QtWidgets import QApplication
app = QApplication([])
import pyqtgraph as pg
plot = pg.PlotWidget()
plot.plot([0, 1, 2], [3, 1, 2])
plot.resize(300, 200)
assert not plot.grab().isNull()
import PySide6.QtOpenGL as stand_in
try:
    stand_in.QOpenGLBuffer
except AttributeError as exc:
    print("refused:", exc)
"""


def test_pyqtgraph_draws_with_the_qtopengl_stand_in():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    hook = PACKAGING / "rthook_no_qtopengl.py"
    done = subprocess.run(
        [sys.executable, "-c", _PYQTGRAPH_PROBE, str(hook)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "refused: PySide6.QtOpenGL.QOpenGLBuffer: OpenGL drawing is not included" in done.stdout
