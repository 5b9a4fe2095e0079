"""Dates as the interface language writes them (QLocale: day and month names, order)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def long_day(d: date) -> str:
    """E.g. "Tue 1 Dec 2026" in English."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy")


def day(d: date) -> str:
    """E.g. "1 Dec 2026"."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def short_day(d: date) -> str:
    """E.g. "1 Dec"."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM")
