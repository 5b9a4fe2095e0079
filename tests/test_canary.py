"""Canary for the PySide6 pin: PySide6 6.12.0 drops a reference to None on every Qt call that
returns None (e.g. QPainterPath.lineTo), which aborts the interpreter on Python 3.11 (none_dealloc).
If someone lifts the pin onto a broken release, this test fails (or crashes) instead of the app."""

import sys

from PySide6.QtGui import QPainterPath


def test_none_refcount_unchanged_after_many_qt_calls_returning_none():
    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(100_000):
        path.lineTo(float(i % 100), float(i % 37))
    after = sys.getrefcount(None)
    # None is immortal on 3.12+ (refcount constant); on 3.11 a leak or an over-release shows up here.
    assert abs(after - before) < 1_000, f"None refcount moved by {after - before} over 100k calls"


def test_pyside6_version_within_pin():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (6, 8) <= (major, minor) < (6, 12), PySide6.__version__
