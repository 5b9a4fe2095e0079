"""CourseStore against a plain in-memory model, driven by random operations (hypothesis stateful testing):
whatever is accepted is stored exactly, whatever is refused leaves the store as it was."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from isoapp.course import DosePeriod, check_periods
from isoapp.course_store import CourseSettings, CourseStore
from isoapp.notes.store import NotesStore

TODAY = date(2026, 12, 1)
BASE = date(2026, 1, 1)

days = st.integers(0, 400).map(lambda n: BASE + timedelta(days=n))
amounts = st.one_of(st.sampled_from([0, -5, float("nan"), 250, 301]), st.floats(1, 120))


@st.composite
def periods(draw):
    start = draw(days)
    end = draw(st.none() | st.integers(-3, 90).map(lambda n: start + timedelta(days=n)))
    return DosePeriod(start, draw(amounts), draw(amounts), end)


class CourseMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="isoapp-stateful-"))
        self.store = NotesStore.open(self.tmp)
        self.course = CourseStore(self.store)
        self.course.set_up(CourseSettings("us", True), DosePeriod(BASE, 40, 60, BASE + timedelta(days=9)), today=TODAY)
        self.model_periods: dict[int, DosePeriod] = dict(self.course.periods())
        self.model_days: dict[date, str] = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _acceptable(self, candidate: dict[int, DosePeriod]) -> bool:
        try:
            check_periods(candidate.values())
        except ValueError:
            return False
        return True

    @rule(p=periods())
    def add(self, p):
        try:
            new_id = self.course.add_period(p, today=TODAY)
        except ValueError:
            assert not self._acceptable({**self.model_periods, -1: p})
            return
        self.model_periods[new_id] = p

    @rule(data=st.data(), p=periods())
    def edit(self, data, p):
        period_id = data.draw(st.sampled_from(sorted(self.model_periods)))
        try:
            self.course.edit_period(period_id, p, today=TODAY)
        except ValueError:
            assert not self._acceptable({**self.model_periods, period_id: p})
            return
        self.model_periods[period_id] = p

    @rule(data=st.data())
    def delete(self, data):
        if len(self.model_periods) > 1:
            period_id = data.draw(st.sampled_from(sorted(self.model_periods)))
            assert self.course.delete_period(period_id) == self.model_periods.pop(period_id)

    @rule(
        day=st.integers(-5, 400).map(lambda n: TODAY - timedelta(days=n)),
        status=st.sampled_from(["taken", "missed", None]),
    )
    def mark(self, day, status):
        try:
            self.course.mark_day(day, status, today=TODAY)
        except ValueError:
            assert day > TODAY
            return
        if status is None:
            self.model_days.pop(day, None)
        else:
            self.model_days[day] = status

    @invariant()
    def store_matches_the_model(self):
        stored = dict(self.course.periods())
        assert {i: (p.start, p.end, float(p.mg_per_day), float(p.weight_kg)) for i, p in stored.items()} == {
            i: (p.start, p.end, float(p.mg_per_day), float(p.weight_kg)) for i, p in self.model_periods.items()
        }
        assert self.course.missed() == sorted(d for d, s in self.model_days.items() if s == "missed")
        assert self.course.taken() == sorted(d for d, s in self.model_days.items() if s == "taken")


CourseMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
TestCourseStoreStateful = CourseMachine.TestCase
