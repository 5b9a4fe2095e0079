"""The one controller both course sections share: it acts on the CourseStore, keeps the undo list for dose
periods, refreshes the stored plan after each change and tells the views (``changed``).

It holds no rules of its own: checks and sums are in the Qt-free modules. It never waits for another
program's write lock (``CourseStore(wait=False)``); the views run edits through ``write`` (safe_write.py),
which keeps an edit that meets a held lock and saves it shortly, and tells the pages about store problems.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from isoapp.course import DosePeriod, Figures, check_period, figures
from isoapp.course_store import CourseEvent, CourseSettings, CourseStore, check_settings
from isoapp.monitoring_plan import course_end, due, refresh_plan
from isoapp.notes.errors import StoreBusy
from isoapp.ui.course.safe_write import SafeWriter

_ATTR = "_course_controller"


def controller_for(ctx) -> CourseController:
    """The controller of this window (made on first use, shared by the course and plan sections)."""
    controller = getattr(ctx, _ATTR, None)
    if controller is None:
        from isoapp.ui.course.due_banner import refresh_window_banner

        controller = CourseController(ctx)
        setattr(ctx, _ATTR, controller)
        controller.changed.connect(lambda: refresh_window_banner(ctx))  # the window's banner follows ticks
    return controller


class CourseController(QObject):
    changed = Signal()
    banner_changed = Signal()  # the window's banner was shown, changed or removed

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today_override: date | None = None  # screenshots and tests pin "today"
        self._undo: list[tuple[str, Callable[[], None]]] = []
        self.writer = SafeWriter(ctx.notes_store, self.changed.emit, self)

    def write(self, action: Callable[[], None]) -> str:
        """Run an edit (a call of one of the writing methods below): SAVED, QUEUED or FAILED (told)."""
        return self.writer.run(action)

    # ------------------------------------------------------------------ reading
    @property
    def store(self) -> CourseStore:
        return CourseStore(self.ctx.notes_store(), wait=False)

    def today(self) -> date:
        return self.today_override or date.today()

    def settings(self) -> CourseSettings | None:
        return self.store.settings()

    def figures(self) -> Figures | None:
        store = self.store
        settings = store.settings()
        if settings is None:
            return None
        today = self.today()
        return figures(
            store.dose_periods(),
            store.missed(),
            today,
            settings.target_mg_per_kg,
            include_today=store.day_status(today) == "taken",
        )

    def due(self) -> tuple[list[CourseEvent], list[CourseEvent]]:
        return due(self.store.events(), self.today())

    def course_end(self) -> date | None:
        """The last day as far as it is known (ended periods, the expected day, or the target's forecast)."""
        store = self.store
        settings = store.settings()
        periods = store.dose_periods()
        if settings is None or not periods:
            return None
        forecast = self.figures().forecast if settings.target_mg_per_kg is not None else None
        return course_end(periods, settings.planned_end, forecast)

    def undo_label(self) -> str | None:
        return self._undo[-1][0] if self._undo else None

    # ------------------------------------------------------------------ writing (ValueError on bad input)
    def _done(self, *, new_plan: bool = False) -> None:
        """After a saved change: bring the stored plan up to date (later, if the lock is held meanwhile)."""
        try:
            refresh_plan(self.store, self.today(), keep_done=not new_plan)
        except StoreBusy:  # the change itself is saved: only the plan waits (never the change again)
            self.writer.pending.append(lambda: refresh_plan(self.store, self.today(), keep_done=not new_plan))
            self.writer.retry.start()
        self.changed.emit()

    def set_up(self, settings: CourseSettings, first: DosePeriod) -> None:
        self.store.set_up(settings, first, today=self.today())
        self._done()

    def change_set_up(self, settings: CourseSettings, first: DosePeriod | None) -> None:
        """Save edited settings and, if given, the edited first period (both checked before either is saved)."""
        store = self.store
        check_settings(settings)
        before = store.settings()
        periods = store.periods()
        if first is not None and periods:
            first_id, old = periods[0]
            check_period(first)
            if first != old:
                store.edit_period(first_id, first, today=self.today())
                self._undo.append((self.tr("change the first period"), lambda: store.edit_period(first_id, old)))
        store.save_settings(settings)
        rules_changed = before is None or (before.region, before.can_get_pregnant) != (
            settings.region,
            settings.can_get_pregnant,
        )
        self._done(new_plan=rules_changed)

    def add_period(self, period: DosePeriod) -> None:
        store = self.store
        new_id = store.add_period(period, today=self.today())
        self._undo.append((self.tr("add a period"), lambda: store.delete_period(new_id)))
        self._done()

    def edit_period(self, period_id: int, period: DosePeriod) -> None:
        store = self.store
        old = dict(store.periods()).get(period_id)
        store.edit_period(period_id, period, today=self.today())
        if old is not None:
            self._undo.append((self.tr("change a period"), lambda: store.edit_period(period_id, old)))
        self._done()

    def delete_period(self, period_id: int) -> None:
        store = self.store
        removed = store.delete_period(period_id)
        if removed is not None:
            self._undo.append((self.tr("delete a period"), lambda: store.add_period(removed)))
        self._done()

    def undo(self) -> None:
        """Undo the last change to the periods. Raises ValueError (and keeps it) if it no longer fits."""
        if not self._undo:
            return
        _label, action = self._undo[-1]
        action()
        self._undo.pop()
        self._done()

    def mark_day(self, day: date, status: str | None) -> None:
        self.store.mark_day(day, status, today=self.today())
        self._done()

    def set_done(self, key: str, done: bool) -> None:
        self.store.set_done(key, done)
        self.changed.emit()

    def move_event(self, key: str, day: date) -> None:
        self.store.move_event(key, day, today=self.today())
        self.changed.emit()

    def add_event(self, day: date, kind: str, title: str) -> None:
        self.store.add_event(day, kind, title, today=self.today())
        self.changed.emit()

    def delete_event(self, key: str) -> None:
        self.store.delete_event(key)
        self.changed.emit()
