"""An opt-in desktop notification of what is due, while the app runs, where the desktop has a system tray.

Off by default (setting ``course/tray_reminders``). Once a day at most, and only when something from the
plan is due this week or late; the text names the item, never a dose.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from isoapp.ui.course.common import day_text
from isoapp.ui.course.plan_texts import plan_text

SETTING = "course/tray_reminders"
LAST_SHOWN = "course/tray_last_shown"
CHECK_EVERY_MS = 60 * 60 * 1000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def enabled(ctx) -> bool:
    return str(ctx.settings.value(SETTING, "false")).lower() == "true"


class TrayReminder(QObject):
    def __init__(self, ctx, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.icon: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def set_enabled(self, on: bool) -> None:
        self.ctx.settings.setValue(SETTING, "true" if on else "false")
        self.apply()

    def apply(self) -> None:
        if enabled(self.ctx) and tray_available():
            if self.icon is None:
                self.icon = QSystemTrayIcon(QApplication.windowIcon(), self)
                self.icon.setToolTip(self.tr("Isotretinoin Guide"))
            self.icon.show()
            self.timer.start()
            self.check()
        else:
            self.timer.stop()
            if self.icon is not None:
                self.icon.hide()

    def message(self) -> str | None:
        """The notification text, or None when nothing is due or late."""
        if self.controller.settings() is None:
            return None
        overdue, soon = self.controller.due()
        if soon:
            first = soon[0]
            title = first.title if first.own else plan_text(first.title)
            return self.tr("Coming up: %1 on %2.").replace("%1", title).replace("%2", day_text(first.date))
        if overdue:
            return self.tr("Some items of your plan are past their date. Open Tests and visits to tick or move them.")
        return None

    def check(self) -> None:
        today = self.controller.today().isoformat()
        if self.icon is None or self.ctx.settings.value(LAST_SHOWN, "") == today:
            return
        text = self.message()
        if text:
            self.icon.showMessage(self.tr("Isotretinoin Guide"), text, QSystemTrayIcon.MessageIcon.Information)
            self.ctx.settings.setValue(LAST_SHOWN, date.fromisoformat(today).isoformat())
