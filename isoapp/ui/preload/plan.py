"""What the window preloads after its first paint, in this order:

1. the data files the sections read when they are built (every shipped TOML file, parsed once and
   cached by isoapp.resources under its full path);
2. the Qt classes pyqtgraph uses, created in the GUI thread in small steps (see warm.qt_classes);
3. numpy and pyqtgraph, in a background thread (too big to slice), when the guide has a chart;
4. the module of each kind of section (the chart's first: it needs numpy, hence after 3), each followed
   by its ``warm_up()`` if it has one (the chart draws a small plot once: pyqtgraph's first-use costs);
5. the sections whose kind can be built in steps (``create_in_steps``: the chart), hidden, a part per
   step, so their first click only shows them (MainWindow.build_in_steps).

Each step is small (most well under 10 ms, none over ~25 ms) and the runner hands the event loop its
turn every few milliseconds.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from isoapp import resources
from isoapp.ui.preload import background, warm
from isoapp.ui.preload.idle import IdleRunner
from isoapp.ui.shell import registry

START_AFTER_MS = 250  # after the window's own after-first-paint work (focus ring, system colours)
HEAVY_IMPORTS = {"chart": ("numpy", "pyqtgraph")}


def data_files() -> list[tuple[str, ...]]:
    """Every TOML file that ships with the app, as parts for isoapp.resources.read_toml."""
    root = resources.root()
    return [path.relative_to(root).parts for path in sorted(root.rglob("*.toml"))]


def section_modules(kinds: set[str]) -> list[str]:
    """The modules of these kinds of section, those that need the heavy imports first (the chart: its
    first click is the slowest), then the others in name order."""
    names = []
    for kind in sorted(kinds, key=lambda k: (k not in HEAVY_IMPORTS, k)):
        module = registry.FACTORIES.get(kind, registry.FACTORIES["text"]).partition(":")[0]
        if module not in names:
            names.append(module)
    return names


def add_preloading(runner: IdleRunner, window) -> None:
    """Queue the preloading for ``window`` (a MainWindow) on ``runner``."""
    kinds = {section.kind for section in window.sections}
    heavy = tuple(name for kind in sorted(kinds) for name in HEAVY_IMPORTS.get(kind, ()))
    reads = [functools.partial(resources.read_toml, *parts) for parts in data_files()]
    runner.add("data files", warm.calls(reads), alone=True)
    if heavy:
        runner.add("qt classes", warm.qt_classes())
        runner.add("heavy imports", background.import_in_background(heavy))
    for module in section_modules(kinds):
        runner.add(f"module {module}", warm.modules([module]), alone=True)
        runner.add(f"warm-up {module}", warm.warm_ups([module]), alone=True)
    runner.add("build in steps", build_in_steps(window), alone=True)


def build_in_steps(window) -> Iterator[None]:
    """Build, hidden, each section whose kind offers ``create_in_steps`` (asked when this task runs: by
    then the section modules are loaded, so asking costs nothing)."""
    for section in window.sections:
        if registry.steps_for(section.kind) is not None:
            yield from window.build_in_steps(section.id)


def start_preloading(window, delay_ms: int = START_AFTER_MS) -> IdleRunner:
    """Preload for ``window`` on a runner of its own (the window uses its after-first-paint runner)."""
    runner = IdleRunner(window)
    add_preloading(runner, window)
    runner.start(delay_ms)
    return runner
