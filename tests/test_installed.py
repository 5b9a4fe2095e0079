"""The installed app (what `pip install .` puts on PATH) works outside the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = shutil.which("isoapp", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(SCRIPT is None, reason="isoapp is not installed in this environment (pip install .)")
def test_installed_entry_point_self_test_from_another_folder(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISOAPP_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONPATH", None)
    version = subprocess.run([SCRIPT, "--version"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("isoapp ")
    proc = subprocess.run([SCRIPT, "--self-test"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=180)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert proc.stdout.strip().splitlines()[-1].endswith(" 0 failed")


def test_resources_come_from_the_installed_package_when_not_editable(tmp_path):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    code = "import isoapp, isoapp.resources as r; print(isoapp.__file__); print(r.root())"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    if proc.returncode != 0:
        pytest.skip("isoapp is not importable outside the source tree (not installed)")
    package_file, root = proc.stdout.strip().splitlines()
    package_dir = Path(package_file).parent
    if (package_dir / "resources").is_dir():  # a wheel install: content must ship inside the package
        assert Path(root) == package_dir / "resources"
    else:  # an editable install: the source tree's resources/ folder
        assert Path(root) == package_dir.parent / "resources"
    assert (Path(root) / "content" / "sections.toml").is_file()


def test_screenshots_named_in_readme_and_metainfo_exist():
    import re

    repo = Path(__file__).resolve().parent.parent
    texts = [(repo / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (repo / "packaging").rglob("*.metainfo.xml")]
    names = {m for text in texts for m in re.findall(r"docs/screenshots/([\w.-]+\.png)", text)}
    assert names, "no screenshots referenced"
    for name in names:
        path = repo / "docs" / "screenshots" / name
        assert path.is_file() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
