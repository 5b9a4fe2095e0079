"""Packaging (issue 8): desktop entry and AppStream metainfo, app icons, and the frozen one-folder bundle.

- The validators (desktop-file-validate, appstreamcli) are skipped when not installed, unless
  ISOAPP_REQUIRE_PACKAGING_TOOLS=1 (CI installs them and sets it): then a missing tool is a failure.
- The bundle build (PyInstaller, about a minute) runs only with ISOAPP_RUN_SLOW=1; it is marked ``slow``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from isoapp import APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install desktop-file-utils appstream)"
        if os.environ.get("ISOAPP_REQUIRE_PACKAGING_TOOLS") == "1":
            pytest.fail(f"ISOAPP_REQUIRE_PACKAGING_TOOLS=1 but {message}")
        pytest.skip(message)
    return path


def _desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    group = None
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and not line.startswith("#") and group == "Desktop Entry":
            key, _, value = line.partition("=")
            entry[key.strip()] = value.strip()
    return entry


# --- validators ---------------------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate():
    tool = _tool("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    # hints are not failures for the tool; we want none either
    assert "error" not in done.stdout.lower(), done.stdout


def test_metainfo_passes_appstreamcli_validate():
    tool = _tool("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\nE:" not in "\n" + done.stdout and "\nW:" not in "\n" + done.stdout, done.stdout


def test_install_tree_validates(tmp_path):
    """appstreamcli validate-tree: the metainfo, its desktop file and icons, laid out as installed."""
    tool = _tool("appstreamcli")
    share = tmp_path / "usr" / "share"
    for folder, source in (("applications", DESKTOP), ("metainfo", METAINFO)):
        (share / folder).mkdir(parents=True)
        shutil.copy(source, share / folder)
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(ICONS / f"isoapp-{size}.png", target / f"{APP_ID}.png")
    done = subprocess.run(
        [tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\nE:" not in "\n" + done.stdout and "\nW:" not in "\n" + done.stdout, done.stdout


# --- the two files agree with the app ---------------------------------------------------------------------


def test_desktop_entry_matches_the_app():
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID  # installed as hicolor/<size>/apps/<APP_ID>.png
    assert entry["Type"] == "Application"
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts, "Exec must be the installed command"
    assert {"Education", "MedicalSoftware"} <= set(filter(None, entry["Categories"].split(";")))
    assert "isotretinoin" in entry["Keywords"].lower().split(";")


def test_metainfo_matches_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "the newest release must be the app's version"
    description = " ".join(root.find("description").itertext())
    assert "does not replace your doctor" in description
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    shots = [img.text for img in root.iter("image")]
    assert shots and all(s.startswith("https://") and s.endswith(".png") for s in shots)


def test_metainfo_screenshots_name_real_sections():
    """Screenshot URLs are the files ``isoapp --screenshots docs/screenshots`` writes: NN-<section id>.png."""
    from isoapp import content

    order = [section.id for section in content.sections()]
    root = ET.parse(METAINFO).getroot()
    prefix = "https://raw.githubusercontent.com/isoapp/isoapp/main/docs/screenshots/"
    for url in (img.text for img in root.iter("image")):
        assert url.startswith(prefix), url
        number, _, section_id = url.removeprefix(prefix).removesuffix(".png").partition("-")
        assert number.isdigit() and 1 <= int(number) <= len(order), url
        assert order[int(number) - 1] == section_id, f"{url}: screenshot {number} is {order[int(number) - 1]}"
        published = REPO / "docs" / "screenshots" / url.removeprefix(prefix)
        assert published.is_file(), f"{published.name} is missing: isoapp --screenshots docs/screenshots"
    defaults = [shot for shot in root.iter("screenshot") if shot.get("type") == "default"]
    assert len(defaults) == 1


# --- icons ---------------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_exists_in_every_size(size, qapp):
    from PySide6.QtGui import QImage

    path = ICONS / f"isoapp-{size}.png"
    assert path.is_file(), f"missing {path.name}: run packaging/make_icons.py"
    assert _png_size(path) == (size, size)
    image = QImage(str(path))
    assert not image.isNull() and image.width() == size and image.hasAlphaChannel()
    opaque = sum(image.pixelColor(x, y).alpha() > 200 for x in range(size) for y in range(size))
    assert opaque > 0.6 * size * size, "the icon should fill its square, also at small sizes"


def _load_make_icons():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", (16, 32, 512))
def test_png_icons_are_the_svg_rendered(size, qapp):
    """The committed PNGs match the SVG (someone changed the SVG and forgot make_icons.py otherwise)."""
    import numpy as np
    from PySide6.QtGui import QImage

    def pixels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(size, -1)[:, : size * 4]

    fresh = QImage.fromData(_load_make_icons().render_png(size), "PNG")
    committed = QImage(str(ICONS / f"isoapp-{size}.png"))
    diff = np.abs(pixels(fresh).astype(int) - pixels(committed).astype(int))
    assert diff.mean() < 2 and np.percentile(diff, 99) < 32, "run packaging/make_icons.py and commit the PNGs"


def test_svg_icon_loads(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "isoapp.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


def test_windows_and_macos_icons_are_well_formed():
    ico = (PACKAGING / "windows" / "isoapp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        assert ico[offset : offset + 8] == PNG_SIGNATURE and offset + length <= len(ico)
    sizes = {struct.unpack("<BB", ico[6 + 16 * i : 8 + 16 * i])[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes

    icns = (PACKAGING / "macos" / "isoapp.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, kinds = 8, set()
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert icns[pos + 8 : pos + 16] == PNG_SIGNATURE and length > 8
        kinds.add(kind)
        pos += length
    assert pos == len(icns) and {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


# --- the frozen bundle ------------------------------------------------------------------------------------

slow = pytest.mark.skipif(os.environ.get("ISOAPP_RUN_SLOW") != "1", reason="builds the bundle: set ISOAPP_RUN_SLOW=1")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build dist/isoapp with packaging/build.sh into a temporary folder (once for this module)."""
    tmp = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PYTHON=sys.executable)
    done = subprocess.run(
        ["bash", str(PACKAGING / "build.sh"), str(tmp / "dist"), str(tmp / "work")],
        capture_output=True,
        text=True,
        timeout=1800,
        env=env,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return tmp / "dist" / "isoapp"


def _run_frozen(bundle: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISOAPP_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [str(bundle / "isoapp"), *args], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path
    )


@pytest.mark.slow
@slow
def test_frozen_version(bundle, tmp_path):
    done = _run_frozen(bundle, "--version", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"isoapp {__version__}"


@pytest.mark.slow
@slow
def test_frozen_self_test(bundle, tmp_path):
    done = _run_frozen(bundle, "--self-test", tmp_path=tmp_path)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    last = lines[-1]
    assert last.startswith("self-test: ") and last.endswith(" passed, 0 failed"), last
    assert int(last.split()[1]) > 10
    assert not (tmp_path / "data").exists(), "the self-test must use its own temporary data dir"


@pytest.mark.slow
@slow
def test_frozen_bundle_contents(bundle):
    internal = bundle / "_internal"
    assert (internal / "isoapp" / "resources" / "content" / "sections.toml").is_file()
    assert (internal / "isoapp" / "resources" / "icons" / "isoapp.svg").is_file()
    for catalogue in ("isoapp_en.qm", "isoapp_pseudo.qm"):  # English plurals; --lang pseudo
        assert (internal / "isoapp" / "resources" / "i18n" / catalogue).is_file(), catalogue
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "imageformats/libqsvg.so",
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt6Network.so.6",
        "QtNetwork.abi3.so",
        "libqgtk3.so",
        "libssl.so.3",
        "libgtk-3.so.0",
        "QtOpenGL.abi3.so",  # replaced by a stand-in (packaging/rthook_no_qtopengl.py)
        "libcups.so.2",  # the system's own, like fontconfig and FreeType
        "libgnutls.so.30",
        "libfontconfig.so.1",
        "libdbus-1.so.3",  # the system's own too
        "libsystemd.so.0",  # only libdbus needed it
        "libgcrypt.so.20",
        "_pocketfft_umath.cpython-311-x86_64-linux-gnu.so",
    ):
        assert unwanted not in names, unwanted
    # Qt's own translations only for languages the app ships (none yet besides English)
    assert not list(internal.rglob("translations/*.qm")), "Qt translations are not needed"

    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    assert (internal / "pyqtgraph").is_dir() and (internal / "numpy").is_dir()
    if sys.platform.startswith("linux") and shutil.which("cc"):
        icu = next((internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
        assert icu.stat().st_size < 12 * 2**20, "ICU data not trimmed (packaging/icu_data.py)"
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if not p.is_dir() or p.is_symlink())
    assert size <= 130 * 2**20, f"bundle is {size / 2**20:.1f} MiB (issue 12: at most 130)"


@pytest.mark.slow
@slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses glibc's LD_DEBUG")
def test_frozen_start_loads_no_numpy_or_pyqtgraph(bundle, tmp_path):
    """The chart's heavy libraries stay off the startup path in the bundle too (glibc logs every loaded .so)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LD_DEBUG="files")
    done = subprocess.run(
        [str(bundle / "isoapp"), "--quit-after-first-paint", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = [line for line in done.stderr.splitlines() if "calling init:" in line]
    assert any("QtWidgets" in line for line in loaded), "LD_DEBUG gave no library list"
    assert any("libqoffscreen" in line for line in loaded)
    heavy = [line for line in loaded if "numpy" in line or "openblas" in line or "pyqtgraph" in line]
    assert not heavy, heavy


@pytest.mark.slow
@slow
def test_frozen_notes_import_export(bundle, tmp_path):
    """The bundled SQLite store and PDF writer work from the command line: import, export .md and .pdf."""
    source = tmp_path / "mine.md"
    source.write_text("## Ask about my mood\n\nIs feeling low common? 🙂\n\n## Lips\n\nVery dry.\n", encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    done = _run_frozen(bundle, *data, "--import-notes", str(source), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run_frozen(bundle, *data, "--export-notes", str(tmp_path / "out.md"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    exported = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "## Ask about my mood" in exported and "Is feeling low common? 🙂" in exported and "## Lips" in exported
    done = _run_frozen(bundle, *data, "--export-notes", str(tmp_path / "out.pdf"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "data" / "notes.sqlite3").is_file()
