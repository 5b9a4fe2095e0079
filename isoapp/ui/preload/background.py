"""Import modules in a background thread, for imports too big to slice (numpy, pyqtgraph: ~300 ms).

Python runs one thread at a time (the GIL), but hands over every few milliseconds, so the event loop
keeps answering while the import runs. Rules that keep it safe:
- Only modules that create no widgets or pixmaps when imported (Qt allows those in the GUI thread only).
- The Qt classes such a module touches when it loads are created first, in the GUI thread (see
  ``warm.qt_types``): PySide creates a class the first time it is used, and two threads must not do that
  at once.
- If the GUI thread needs the module meanwhile, its import waits for this one to finish (Python's module
  locks) and then uses the result: never a second import, never a deadlock for imports that do not
  import each other.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator


class BackgroundImport:
    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="isoapp-preload", daemon=True)

    def _run(self) -> None:
        try:
            for name in self.names:
                importlib.import_module(name)
        except BaseException as exc:  # noqa: BLE001 (reported, never raised in this thread)
            self.error = exc

    def start(self) -> None:
        self._thread.start()

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return self.done()


POLL_MS = 20


def import_in_background(names: tuple[str, ...]) -> Iterator[int]:
    """An idle task: start the import, then look every POLL_MS whether it has finished (later tasks wait)."""
    job = BackgroundImport(names)
    job.start()
    while not job.done():
        yield POLL_MS
    if job.error is not None:
        raise job.error
