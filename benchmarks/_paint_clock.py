"""Run a Python script (or ``-m module``) and print, on stderr, the monotonic clock at the moment it
calls ``QApplication.quit``. The baseline and the app's ``--quit-after-first-paint`` both call it from
a zero timer set on their first paint: one event loop turn after the first paint, before anything
the process does to close (the app saves its window state then) or to exit.

Used by bench_startup for the app and the baseline alike, so both carry the same small overhead.
"""

from __future__ import annotations

import runpy
import sys
import time


class _PatchWhenImported:
    """A finder that lets ``PySide6.QtWidgets`` load as usual, then wraps ``QApplication.quit``."""

    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _wrap_quit(module.QApplication)

        spec.loader.exec_module = exec_module
        return spec


def _wrap_quit(cls) -> None:
    original = cls.quit

    def stamp_and_quit(*args):
        sys.stderr.write(f"\nQUIT_CALLED {time.monotonic():.6f}\n")
        return original(*args)

    cls.quit = staticmethod(stamp_and_quit)  # a static method: QApplication.quit() takes nothing


def main() -> None:
    sys.meta_path.insert(0, _PatchWhenImported())
    target, sys.argv = sys.argv[1], sys.argv[1:]
    if target == "-m":
        sys.argv = sys.argv[1:]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        runpy.run_path(target, run_name="__main__")


if __name__ == "__main__":
    main()
