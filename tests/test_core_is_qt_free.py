"""The core (everything outside isoapp/ui/ and the entry points) imports no Qt, no pyqtgraph and no
isoapp.ui: each module is imported in a fresh interpreter where those imports fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY_POINTS = {"isoapp.__main__", "isoapp.cli", "isoapp.app", "isoapp.selftest", "isoapp.screenshots"}

BLOCK = """
import importlib, importlib.abc, sys
sys.modules["PySide6"] = None
sys.modules["pyqtgraph"] = None
sys.modules["shiboken6"] = None

class NoUi(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "isoapp.ui" or name.startswith("isoapp.ui."):
            raise ImportError(f"the core imported {name}")
        return None

sys.meta_path.insert(0, NoUi())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok")
"""


def core_modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "isoapp").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "ui" in parts[1:2]:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in ENTRY_POINTS:
            names.append(name)
    return names


def test_the_list_of_core_modules_is_real():
    names = core_modules()
    assert {"isoapp.content", "isoapp.effects", "isoapp.notes.store", "isoapp.notes.transfer"} <= set(names)
    assert not [n for n in names if n.startswith("isoapp.ui")]


def test_every_core_module_imports_without_qt_or_the_ui():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", BLOCK, *core_modules()], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_the_guard_catches_a_qt_import():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", BLOCK, "isoapp.ui.shell.settings"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode != 0 and "isoapp.ui" in done.stderr
