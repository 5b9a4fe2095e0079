"""Made-up check-ins for screenshots, benchmarks and tests (never written into a person's own store:
the screenshot run uses a temporary data folder)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from isoapp.checkins import SYMPTOMS, CheckIn


def sample_checkins(today: date, days: int, *, seed: int = 7, serious_every: int = 0) -> list[CheckIn]:
    """``days`` daily entries ending ``today`` (oldest first): dryness rising then settling, mood mostly
    fine with a low patch, an occasional missing day; every ``serious_every``-th day a serious sign."""
    rng = random.Random(seed)
    out = []
    for age in range(days - 1, -1, -1):
        day = today - timedelta(days=age)
        if age and rng.random() < 0.08:
            continue  # a day without a check-in
        n = days - age
        dry = min(3, 1 + n // 20) if n < 120 else 2
        symptoms = {
            "lips": max(0, min(3, dry + rng.choice((-1, 0, 0, 0)))),
            "skin": max(0, min(3, dry - 1 + rng.choice((0, 0, 1)))),
            "eyes": rng.choice((0, 0, 1, 1, 2)),
            "nosebleeds": rng.choice((0, 0, 0, 0, 1)),
            "joints": rng.choice((0, 0, 1)),
            "headache": rng.choice((0, 0, 0, 1)),
        }
        assert set(symptoms) == set(SYMPTOMS)
        mood = 2 if 4 <= age <= 9 and age % 3 else rng.choice((3, 3, 4, 4, 5))
        flags: tuple[str, ...] = ()
        note = ""
        if serious_every and n % serious_every == 0:
            flags = ("severe-headache-vision",)
            note = "Bad headache in the morning, blurred sight for an hour. Called the clinic."
        elif rng.random() < 0.1:
            note = rng.choice(("Lip balm every hour helps.", "Eyes sore with contact lenses.", "Long day."))
        out.append(CheckIn(day, mood, symptoms, flags, note, rng.choice((None, 7, 8, 9))))
    return out
