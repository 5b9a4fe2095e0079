"""Small helpers the course widgets share: dates, plain error messages, the save dialog, calendar export."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from isoapp import paths


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def day_text(day: date | None) -> str:
    """A date for people: "Tue 1 Dec 2026" in the interface language's words."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "ddd d MMM yyyy")


def number_text(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


class CourseText(QObject):
    """Texts the course widgets share (a QObject so that ``self.tr`` gives them one translation context)."""

    def field_messages(self) -> dict[str, str]:
        return {
            "mg_per_day": self.tr("Dose: enter the mg a day from your prescription (more than 0, at most 200)."),
            "weight_kg": self.tr("Weight: enter your weight in kg (more than 0, at most 300)."),
            "end": self.tr("Last day: it cannot be before the first day."),
            "start": self.tr("First day: it must be a real date, not more than a year from today."),
            "periods": self.tr("These dates overlap another dose period. Change the dates, or change that period."),
            "target_mg_per_kg": self.tr("Target: enter the total in mg/kg your prescriber gave you, or leave it off."),
            "region": self.tr("Choose where you live."),
            "day": self.tr("That day is in the future. You can only mark today or days before."),
            "date": self.tr("Date: choose a date not more than 3 years from today."),
            "title": self.tr("Write a short name for it (up to 200 characters)."),
            "kind": self.tr("Choose what kind of item it is."),
            "course": self.tr("A course is already set up."),
            "event": self.tr("Items of the plan cannot be removed. Tick them done or move them."),
        }

    def could_not_save(self) -> tuple[str, str]:
        return self.tr("Could not save"), self.tr("The calendar file was not saved.")

    def calendar_dialog(self) -> tuple[str, str]:
        return self.tr("Save the plan as a calendar file"), self.tr("Calendar file")


def friendly_error(exc: Exception) -> str:
    """A plain, translated message for a ValueError whose text starts with the field's name."""
    text = str(exc)
    field = text.split(" ", 1)[0].split(":", 1)[0].split(".", 1)[0].strip()
    return CourseText().field_messages().get(field, text)


def ask_save_path(parent: QWidget, ctx, title: str, name: str, label: str, suffix: str) -> Path | None:
    """The window's save dialog (isoapp.ui.widgets.save_file), starting in the folder used last time."""
    from isoapp.ui.widgets.save_file import ask_save_path as ask

    settings = getattr(ctx, "settings", None)
    start = settings.value("course/export_dir", "") if settings is not None else ""
    folder = Path(start) if start and Path(start).is_dir() else paths.export_dir()
    path = ask(parent, title, folder / name, [(label, suffix)])
    if path is not None and settings is not None:
        settings.setValue("course/export_dir", str(path.parent))
    return path


def export_calendar_to(parent: QWidget, ctx, path: Path, *, daily: bool, today: date) -> bool:
    """Write the plan to ``path`` (the save dialog already asked about replacing it)."""
    from isoapp.course_export import export_calendar
    from isoapp.notes.errors import NotesError

    try:
        from isoapp.ui.course.plan_texts import plan_text

        export_calendar(ctx.data_dir, path, force=True, daily=daily, today=today, tr=plan_text)
    except (NotesError, OSError, sqlite3.Error) as exc:
        title, text = CourseText().could_not_save()
        QMessageBox.warning(parent, title, f"{text}\n\n{exc}")
        return False
    return True


def export_calendar_dialog(parent: QWidget, ctx, *, daily: bool, today: date) -> Path | None:
    title, filters = CourseText().calendar_dialog()
    path = ask_save_path(parent, ctx, title, "isotretinoin-plan.ics", filters, ".ics")
    if path is None or not export_calendar_to(parent, ctx, path, daily=daily, today=today):
        return None
    return path
