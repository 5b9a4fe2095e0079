"""PyInstaller runtime hook: a stand-in for PySide6.QtOpenGL, which the bundle leaves out (9 MiB).

pyqtgraph imports QtOpenGL when it loads, but uses it only to draw with OpenGL, which the app never
switches on. Any use of the stand-in fails with a clear message instead of an import error at start.
"""

import sys
import types


def _missing(name: str):
    raise AttributeError(f"PySide6.QtOpenGL.{name}: OpenGL drawing is not included in this build")


_stub = types.ModuleType("PySide6.QtOpenGL", "Stand-in: OpenGL drawing is not included in this build.")
_stub.__getattr__ = _missing
sys.modules.setdefault("PySide6.QtOpenGL", _stub)
