"""The check-in controller: loads a day into the form, saves as the person answers, reacts to a
serious sign at once, keeps the daily banner and the low-mood nudge up to date.

Saving: a choice (a mood, a score, a serious sign) is saved at once; the note and sleep a moment
after typing stops, and always before another day is shown. One entry per day: saving edits that
day's entry. A day emptied of every answer is removed, so it counts as "no check-in".
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from isoapp.checkin_trends import NUDGE_WINDOW_DAYS, needs_mood_nudge
from isoapp.checkins import CheckIn, CheckinStore, validate_checkin
from isoapp.notes.errors import StoreBusy
from isoapp.ui.checkin import dates
from isoapp.ui.checkin.form import CheckinForm

SAVE_DELAY_MS = 400
BUSY_RETRY_MS = 500
OWN_SYMPTOMS_KEY = "checkin/own_symptoms"
BANNER_KEY = "checkin"


class CheckinController(QObject):
    saved = Signal(object)  # the CheckIn stored (or None when a day was emptied)
    nudge_changed = Signal(int)  # low-mood days in the last 14 (0 = no nudge)
    serious_sign = Signal(list)  # the serious signs ticked on the shown day, just after one was ticked

    def __init__(self, ctx, form: CheckinForm, today=date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self._today = today
        self._store: CheckinStore | None = None
        self.saved_ok = True  # the last save went through (False: the answers are only on screen)
        self._last_mood: dict[date, int | None] = {}  # the mood last stored for a day (to skip the nudge count)
        self.shown_day = form.day()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        form.changed.connect(self.save_now)
        form.note_edited.connect(self._timer.start)
        form.day_chosen.connect(self.show_day)
        form.serious_toggled.connect(self._on_serious)
        for key in self.own_symptoms():
            form.add_symptom_row(key, key)

    # ------------------------------------------------------------------ data
    def store(self) -> CheckinStore:
        if self._store is None:
            self._store = CheckinStore(self.ctx.notes_store(), wait=False)  # the window never waits for a lock
        return self._store

    def today(self) -> date:
        return self._today()

    def own_symptoms(self) -> list[str]:
        value = self.ctx.settings.value(OWN_SYMPTOMS_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_own_symptom(self, name: str) -> str | None:
        """Add a side effect of the person's own; returns an error message, or None when it was added."""
        try:  # the store's own rule for a sane name
            checked = validate_checkin(CheckIn(day=self.today(), symptoms={name: 0}), self.today())
        except ValueError as exc:
            return str(exc).removeprefix("symptoms: ")
        clean = next(iter(checked.symptoms))
        known = self.own_symptoms()
        if clean not in known and clean not in self.form.symptom_rows:
            self.ctx.settings.setValue(OWN_SYMPTOMS_KEY, [*known, clean])
        self.form.add_symptom_row(clean, clean)
        return None

    # ------------------------------------------------------------------ showing and saving
    def load(self) -> None:
        self.form.set_today(self.today())
        self.show_day(self.form.day())

    def show_day(self, day: date) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._save(dataclasses.replace(self.form.values(), day=self.shown_day))
        if day > self.today():  # the date box never offers one; a clock change might
            self.form.status.setText(self.tr("You cannot check in for a day that has not come yet."))
            self.form.set_day(self.today())
            return
        self.shown_day = day
        shown = self.store().get(day)
        self._last_mood[day] = shown.mood if shown else None
        self.form.show_checkin(shown)
        self._say_where()
        self.update_nudge()

    def save_now(self) -> CheckIn | None:
        self._timer.stop()
        return self._save(dataclasses.replace(self.form.values(), day=self.shown_day))

    def flush(self) -> bool:
        """Save what is waiting (on close: this one may wait for the lock). False if it could not be saved."""
        if not self._timer.isActive() and self.saved_ok:
            return True
        self._timer.stop()
        store = self.store()
        store.wait = True
        try:
            self._save(dataclasses.replace(self.form.values(), day=self.shown_day))
        finally:
            store.wait = False
        return self.saved_ok

    def _save(self, c: CheckIn) -> CheckIn | None:
        store = self.store()
        self.saved_ok = False  # until the store says otherwise
        try:
            if self._is_empty(c):
                if store.get(c.day) is not None:
                    store.delete(c.day)
                stored = None
            else:
                stored = store.save(c, today=self.today())
        except StoreBusy:  # another program holds the lock: keep the answers, try again shortly
            self.form.status.setText(
                self.tr("Waiting for the notes file (another program is using it). Your answers are kept.")
            )
            self._timer.start(BUSY_RETRY_MS)
            return None
        except ValueError as exc:
            self.form.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return None
        except Exception as exc:  # the disk or the store: say so, keep the answers on screen
            self.form.status.setText(self.tr("Not saved, your answers are still here: %1").replace("%1", str(exc)))
            return None
        self.saved_ok = True
        self._say_where(saved=True)
        self.saved.emit(stored)
        if self._mood_nudge_may_change(c):
            self.update_nudge()
        if c.day == self.today():
            if stored is not None:
                self.ctx.set_banner(BANNER_KEY, None)  # today is done
            else:
                self.update_banner()  # emptied again: the banner may come back
        return stored

    def _mood_nudge_may_change(self, c: CheckIn) -> bool:
        """Only a mood in the last 14 days moves the nudge; skip the count for anything else."""
        changed = c.mood != self._last_mood.get(c.day, "unknown")
        self._last_mood[c.day] = c.mood
        return changed and (self.today() - c.day).days < NUDGE_WINDOW_DAYS

    @staticmethod
    def _is_empty(c: CheckIn) -> bool:
        return c.mood is None and not c.symptoms and not c.red_flags and not c.note.strip() and c.sleep is None

    def _say_where(self, saved: bool = False) -> None:
        day = self.shown_day
        when = dates.long_day(day)
        if saved:
            text = self.tr("Saved for %1. It stays on this computer.").replace("%1", when)
        elif self.store().get(day) is None:
            text = self.tr("No check-in for %1 yet.").replace("%1", when)
        else:
            text = self.tr("This is your check-in for %1. Changes are saved as you go.").replace("%1", when)
        self.form.status.setText(text)

    def _on_serious(self, key: str, on: bool) -> None:
        self.save_now()  # saved with the day at once, before anything else happens
        if on:
            self.serious_sign.emit(list(self.form.values().red_flags))

    # ------------------------------------------------------------------ nudge and banner
    def update_nudge(self) -> int:
        today = self.today()
        recent = self.store().between(today - timedelta(days=13), today)
        count = needs_mood_nudge(recent, today)
        self.nudge_changed.emit(count)
        return count

    def update_banner(self) -> None:
        from isoapp.ui.checkin.banner import refresh_banner

        refresh_banner(self.ctx, self.store(), self.today())
