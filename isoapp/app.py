"""Creating the QApplication and the main window (shared by the normal start, self-test and screenshots)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from isoapp import APP_ID, APP_NAME, __version__, paths, resources


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fusion everywhere, so the colours are the tested palettes (isoapp.ui.style.theme) on every system.
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "fusion"])
        app.setProperty("isoapp_fusion", True)
    app.setApplicationName("isoapp")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = window_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    from isoapp.ui.shell.translators import install

    install(app)  # before any widget: --lang, else the saved choice, else the system's language
    return app


def window_icon() -> QIcon:
    """The app icon from its PNG renderings, each read only when that size is shown. (From the SVG master,
    Qt would load its SVG module and icon plugin before the first paint.)"""
    folder = resources.root() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("isoapp-*.png")):
        side = png.stem.rpartition("-")[2]
        if side.isdigit():
            icon.addFile(str(png), QSize(int(side), int(side)))
    if icon.isNull() and (folder / "isoapp.svg").is_file():
        icon = QIcon(str(folder / "isoapp.svg"))
    return icon


def build_window(data_dir: Path):
    """The main window for ``data_dir`` (created 0700 if needed)."""
    from isoapp.ui.shell.context import AppContext
    from isoapp.ui.shell.main_window import MainWindow
    from isoapp.ui.shell.settings import open_settings

    paths.ensure_private_dir(data_dir)
    settings, moved = open_settings(data_dir)
    window = MainWindow(AppContext(data_dir, settings))
    window.settings_moved_aside = moved
    window.ctx.after_first_paint(lambda: _course_after_start(window.ctx))
    window.ctx.after_first_paint(lambda: _checkin_after_start(window.ctx))
    return window


def _checkin_after_start(ctx) -> None:
    from isoapp.notes.errors import NotesError
    from isoapp.ui.checkin.banner import on_start  # the daily "How are you today?" banner

    try:
        on_start(ctx)
    except NotesError:
        pass  # My notes tells the person about a store it cannot open; no banner meanwhile


def _course_after_start(ctx) -> None:
    from isoapp.ui.course.startup import after_start  # after the first paint: costs the start nothing

    after_start(ctx)


def tell_about_moved_settings(window) -> None:
    moved = getattr(window, "settings_moved_aside", None)
    if moved is not None:
        from PySide6.QtWidgets import QMessageBox  # rare: not on the way to the first paint

        text = QCoreApplication.translate(
            "App",
            "Your display settings file could not be read, so the app started with its usual settings.\n"
            "Nothing was deleted: the old file is kept at:\n%1",
        )
        QMessageBox.information(window, APP_NAME, text.replace("%1", str(moved)))
