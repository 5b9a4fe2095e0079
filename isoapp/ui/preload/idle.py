"""Run work in small slices while the event loop is idle, so a click during it still answers at once.

A task is an iterator (usually a generator): each ``next()`` does one small step. The runner does steps
until about ``slice_ms`` have passed, then lets the event loop handle what is waiting (input, paints)
before the next slice. A step that yields a number of milliseconds (> 0) waits that long before its
task goes on (the slice ends at once). A step that raises ends its task (reported in ``errors``),
never the app.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

SLICE_MS = 8.0  # a click waits at most about this long, plus the one step running when it came


def once(fn) -> Iterator[None]:
    """A one-step task that calls ``fn``."""
    fn()
    yield


class IdleRunner(QObject):
    finished = Signal()

    def __init__(self, parent: QObject | None = None, slice_ms: float = SLICE_MS) -> None:
        super().__init__(parent)
        self.slice_ms = slice_ms
        self._tasks: deque[tuple[str, Iterator, bool]] = deque()
        self._running = False
        self.errors: list[tuple[str, BaseException]] = []
        self.longest_step_ms = 0.0
        self.longest_step = ""  # the task that took longest_step_ms

    def add(self, name: str, task: Iterator, *, alone: bool = False) -> None:
        """Queue ``task``. ``alone``: its steps may each take 10-25 ms, so each runs in a slice of its own
        (never after other steps in the same slice, which would add up to a longer wait)."""
        self._tasks.append((name, task, alone))

    def start(self, delay_ms: int = 0) -> None:
        if not self._running:
            self._running = True
            QTimer.singleShot(delay_ms, self, self._slice)

    def stop(self) -> None:
        self._tasks.clear()

    def is_running(self) -> bool:
        return self._running

    def _slice(self) -> None:
        start = time.perf_counter()
        wait_ms = 0
        steps = 0
        while self._tasks and not wait_ms and (time.perf_counter() - start) * 1000 < self.slice_ms:
            alone = self._tasks[0][2]
            if alone and steps:
                break
            wait_ms = self._step()
            steps += 1
            if alone:
                break
        if self._tasks:
            # At least 1 ms: a zero-delay call is a posted event, which Qt may handle before the timers
            # that came due meanwhile, so two long steps could run back to back; a 1 ms timer lets
            # them (and input) go first.
            QTimer.singleShot(max(wait_ms, 1), self, self._slice)
        else:
            self._running = False
            self.finished.emit()

    def _step(self) -> int:
        """Run one step of the first task; how long to wait before the next slice (ms)."""
        name, task, _alone = self._tasks[0]
        start = time.perf_counter()
        wait_ms = 0
        try:
            asked = next(task)
            if isinstance(asked, int | float) and asked > 0:
                wait_ms = int(asked)
        except StopIteration:
            self._tasks.popleft()
        except Exception as exc:  # preloading is an optimisation: a failure only costs speed later
            self._tasks.popleft()
            self.errors.append((name, exc))
        took = (time.perf_counter() - start) * 1000
        if took > self.longest_step_ms:
            self.longest_step_ms, self.longest_step = took, name
        return wait_ms
