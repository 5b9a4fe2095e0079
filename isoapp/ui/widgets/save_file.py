"""The one way to save a file: choose where (a save dialog), fix the file name's ending, write it
atomically (isoapp.atomic), and say in plain words if it failed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from isoapp.atomic import WriteError, write_bytes_atomically
from isoapp.i18n import translate

# (label, suffix) for the dialog's file types, e.g. ("PNG picture", ".png")
FileType = tuple[str, str]


def fix_suffix(path: Path, chosen_filter: str, types: Sequence[FileType]) -> Path:
    """``path`` ending in one of ``types``' suffixes: the one of the chosen filter, else the first."""
    allowed = [suffix for _label, suffix in types]
    if path.suffix.lower() in allowed:
        return path
    suffix = next((s for label, s in types if chosen_filter.startswith(label)), allowed[0])
    return path.with_name(path.name + suffix)


def ask_save_path(parent: QWidget, title: str, start: Path, types: Sequence[FileType]) -> Path | None:
    """Show the save dialog at ``start``; the chosen path with a fitting suffix, or None."""
    filters = ";;".join(f"{label} (*{suffix})" for label, suffix in types)
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    path = fix_suffix(Path(chosen), chosen_filter or "", types)
    if path != Path(chosen) and path.exists() and not confirm_replace(parent, path):
        return None  # the dialog asked about the name typed, not about the one with its ending added
    return path


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before replacing ``path`` (the save dialog asks only about the name as typed)."""
    answer = QMessageBox.question(
        parent,
        translate("SaveFile", "Replace the file?"),
        translate("SaveFile", "%1 already exists. Replace it?").replace("%1", str(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_save_failed(parent: QWidget, path: Path, why: str = "") -> None:
    reason = f"\n({why})" if why else ""
    QMessageBox.warning(
        parent,
        translate("SaveFile", "Could not save"),
        translate("SaveFile", "The file could not be saved to:\n%1%2\n\nNothing else was changed. Try another folder.")
        .replace("%1", str(path))
        .replace("%2", reason),
    )


def write_or_tell(parent: QWidget, path: Path, data: Callable[[], bytes]) -> bool:
    """Write ``data()`` to ``path`` atomically; on failure tell the person why. True if saved."""
    try:
        write_bytes_atomically(path, data())
    except WriteError as exc:
        tell_save_failed(parent, path, str(exc))
        return False
    return True


def save_file(
    parent: QWidget, title: str, start: Path, types: Sequence[FileType], data: Callable[[], bytes]
) -> Path | None:
    """Ask where, then write: the saved path, or None (cancelled, or failed and told)."""
    path = ask_save_path(parent, title, start, types)
    if path is None or not write_or_tell(parent, path, data):
        return None
    return path


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    """``image`` encoded as ``fmt`` (PNG), for :func:`save_file`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise WriteError(f"Could not draw the picture as {fmt}.")
    buffer.close()
    return bytes(data.data())
