"""Idle tasks (generators: one small step per ``next()``) that do now what a first click would do later."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Iterable, Iterator

# PySide creates a Qt class (and its enums) the first time it is used. pyqtgraph uses every class of
# these modules when it loads (~100 ms of its import); creating them here, one per step, in the GUI
# thread, takes that out of the first click on the chart and out of the background import.
PYQTGRAPH_QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
# Loaded by pyqtgraph too (only a class or two of each is used): imported here, in the GUI thread.
PYQTGRAPH_QT_EXTRAS = ("PySide6.QtSvg", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtTest")


def qt_classes(
    full: Iterable[str] = PYQTGRAPH_QT_MODULES, extras: Iterable[str] = PYQTGRAPH_QT_EXTRAS
) -> Iterator[None]:
    for name in extras:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # not in this build (the bundle leaves out QtTest): pyqtgraph copes too
        yield
    for name in full:
        module = importlib.import_module(name)
        for attr in dir(module):
            getattr(module, attr, None)
            yield


def modules(names: Iterable[str]) -> Iterator[None]:
    """Import each module (one per step), after the other modules of its package, one per step too: a
    section's module imports its whole feature package at once (20-30 ms), its parts one by one less."""
    for name in names:
        spec = importlib.util.find_spec(name)
        package = name if spec is not None and spec.submodule_search_locations else name.rpartition(".")[0]
        if package:
            parent = importlib.import_module(package)
            for info in pkgutil.iter_modules(getattr(parent, "__path__", [])):
                importlib.import_module(f"{package}.{info.name}")
                yield
        importlib.import_module(name)
        yield


def warm_ups(module_names: Iterable[str]) -> Iterator[None]:
    """Call each (imported) module's ``warm_up()``, if it has one (one per step)."""
    for name in module_names:
        warm_up = getattr(importlib.import_module(name), "warm_up", None)
        if callable(warm_up):
            warm_up()
            yield


def calls(functions: Iterable) -> Iterator[None]:
    """Call each function (one per step), e.g. the content caches a section needs when it is built."""
    for fn in functions:
        fn()
        yield
