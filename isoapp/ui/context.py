"""What every section widget may use: where data lives, settings, the notes store, and the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


class AppContext:
    def __init__(self, data_dir: Path, settings: QSettings) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self._notes_store: Any = None
        self._request_note: Callable[[str | None], None] = lambda section_id: None
        self._show_section: Callable[[str], None] = lambda section_id: None
        self._set_banner: Callable[[str, Any], None] = lambda key, widget: None
        self._print_document: Callable[[Any, str], bool] = lambda document, title: False
        self._deferred: list[Callable[[], None]] | None = []  # None once the window has painted
        self.building_first_tab = False  # set by the window while it builds the tab it opens with
        self.banners: dict[str, Any] = {}  # key -> widget shown in the calm banner area (see set_banner)

    def after_first_paint(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the window is on screen, or now if it already is: for work that the first
        picture does not show (it keeps the start fast)."""
        if self._deferred is None:
            fn()
        else:
            self._deferred.append(fn)

    def run_deferred(self) -> None:
        """Run the work put off by ``after_first_paint`` now (the window calls this after its first paint;
        screenshots and the self-test call it before they look)."""
        pending, self._deferred = self._deferred or [], None
        for fn in pending:
            fn()

    def notes_store(self):
        """The notes store, opened on first use (isoapp.notes.store.NotesStore)."""
        if self._notes_store is None:
            from isoapp.notes.store import NotesStore

            self._notes_store = NotesStore.open(self.data_dir)
        return self._notes_store

    def has_open_notes_store(self) -> bool:
        return self._notes_store is not None

    def request_note(self, section_id: str | None) -> None:
        """Open the notes tab with a new note linked to ``section_id``."""
        self._request_note(section_id)

    def show_section(self, section_id: str) -> None:
        """Switch the window to another section's tab."""
        self._show_section(section_id)

    def set_banner(self, key: str, widget) -> None:
        """Show ``widget`` in the calm banner area above the sections under ``key`` (None removes it).

        Minimal version: the window shows it if it has a banner area (it hooks ``_set_banner``)."""
        if widget is None:
            self.banners.pop(key, None)
        else:
            self.banners[key] = widget
        self._set_banner(key, widget)

    def print_document(self, document, title: str) -> bool:
        """Print a QTextDocument (the system's print dialog). True if printed."""
        return self._print_document(document, title)

    def close(self) -> None:
        if self._notes_store is not None:
            self._notes_store.close()
            self._notes_store = None
