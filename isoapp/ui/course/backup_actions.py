"""File menu: "Back up everything…" and "Restore from a backup…" (the dialogs around isoapp/backup.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from isoapp import paths
from isoapp.ui.course.common import ask_save_path


class BackupActions(QObject):
    """Asks where, does it, and says in one plain sentence what happened."""

    def __init__(self, parent: QWidget, ctx) -> None:
        super().__init__(parent)
        self.window = parent
        self.ctx = ctx

    def export_all(self) -> Path | None:
        from isoapp.backup import export_all
        from isoapp.notes.errors import NotesError

        path = ask_save_path(
            self.window,
            self.ctx,
            self.tr("Back up everything"),
            "isotretinoin-guide-backup.json",
            self.tr("Backup file"),
            ".json",
        )
        if path is None:
            return None
        try:
            export_all(self.ctx.data_dir, path, force=True)  # the save dialog already asked about replacing
        except (NotesError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Could not back up"), str(exc))
            return None
        QMessageBox.information(
            self.window,
            self.tr("Backed up"),
            self.tr("Your notes, course and check-ins are saved in %1. Keep it somewhere private.").replace(
                "%1", str(path)
            ),
        )
        return path

    def import_all(self) -> bool:
        from isoapp.backup import import_all
        from isoapp.notes.errors import NotesError

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(paths.export_dir()), self.tr("Backup file (*.json)")
        )
        if not chosen:
            return False
        try:
            result = import_all(self.ctx.data_dir, Path(chosen))
        except (NotesError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Could not restore"), str(exc))
            return False
        controller = getattr(self.ctx, "_course_controller", None)
        if controller is not None:
            controller.changed.emit()
        QMessageBox.information(
            self.window,
            self.tr("Restored"),
            self.tr("Restored %n note(s).", "", result.notes_added)
            + " "
            + self.tr("Restored %n check-in(s).", "", result.checkins),
        )
        return True
