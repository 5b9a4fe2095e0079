"""The code style the architecture step set: ruff's formatter and linter agree with every file, and no
module or function outgrows the limits (issue 18)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
pytestmark = pytest.mark.skipif(RUFF is None, reason="ruff is in the test extras: pip install '.[test]'")
CODE = ["isoapp", "tests", "benchmarks", "packaging", "tools"]


def test_ruff_format_leaves_every_file_as_it_is():
    done = subprocess.run([RUFF, "format", "--check", *CODE], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_check_is_clean():
    done = subprocess.run([RUFF, "check", *CODE], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _modules():
    return sorted((ROOT / "isoapp").rglob("*.py"))


def test_no_module_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in _modules() if (n := len(p.read_text("utf-8").splitlines())) > 500}
    assert not long, long


def test_no_function_over_80_lines():
    long = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > 80:
                    long[f"{path.relative_to(ROOT)}:{node.name}"] = length
    assert not long, long
