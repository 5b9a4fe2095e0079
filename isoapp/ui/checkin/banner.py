"""The calm daily banner "How are you today? Check in", above the sections.

Shown only to people who have started checking in (at least one entry), once a day while today has
no entry; "Not today" hides it until tomorrow. It never opens the store for anyone else.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from isoapp import palettes
from isoapp.ui.style import theme

BANNER_KEY = "checkin"
DISMISSED_KEY = "checkin/banner_dismissed"
SECTION_ID = "checkin"


class CheckinBanner(QFrame):
    def __init__(self, ctx, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Daily check-in"))
        self.ctx = ctx
        self.today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        self.label = QLabel(self.tr("How are you today? It takes about 30 seconds."), self)
        self.label.setWordWrap(True)
        self.check_in = QPushButton(self.tr("Chec&k in"), self)
        self.check_in.setAccessibleName(self.tr("Check in for today"))
        self.check_in.clicked.connect(lambda _c=False: ctx.show_section(SECTION_ID))
        self.not_today = QPushButton(self.tr("Not today"), self)
        self.not_today.setAccessibleName(self.tr("Hide this until tomorrow"))
        self.not_today.clicked.connect(lambda _c=False: self.dismiss())
        row.addWidget(self.label, 1)
        row.addWidget(self.check_in)
        row.addWidget(self.not_today)
        self._apply_theme(theme.current())
        theme.notifier().changed.connect(self._apply_theme)

    def _apply_theme(self, current: palettes.Theme) -> None:
        theme.surface_palette(self, current.info_bg, current.info_text)

    def dismiss(self) -> None:
        self.ctx.settings.setValue(DISMISSED_KEY, self.today.isoformat())
        self.ctx.set_banner(BANNER_KEY, None)


def refresh_banner(ctx, store, today: date) -> bool:
    """Show or remove the banner for ``today``; True when it is shown."""
    wanted = (
        ctx.settings.value(DISMISSED_KEY, "") != today.isoformat() and store.get(today) is None and store.count() > 0
    )
    ctx.set_banner(BANNER_KEY, CheckinBanner(ctx, today) if wanted else None)
    return wanted


def on_start(ctx, today: date | None = None) -> bool:
    """Startup hook: only looks when a store file already exists (a first run creates nothing)."""
    from isoapp import paths
    from isoapp.checkins import CheckinStore

    if not ctx.has_open_notes_store() and not paths.notes_path(ctx.data_dir).exists():
        return False
    return refresh_banner(ctx, CheckinStore(ctx.notes_store()), today or date.today())
