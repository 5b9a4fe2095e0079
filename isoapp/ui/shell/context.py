"""What every section widget may use: where data lives, settings, the notes store, and a few
requests to the window (show a section, start a note, print, text size, a banner).

Sections talk to the window only through this object; the window attaches itself as the host
(:class:`WindowHost`). Without a host (a section built alone, in a test) the requests do nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QWidget

    from isoapp.notes.store import NotesStore

    # A type for checkers only: made at run time it would cost startup time for nothing.
    class WindowHost(Protocol):
        """What the main window offers its sections (through the context)."""

        def show_section(self, section_id: str) -> object: ...
        def add_note_about(self, section_id: str | None, title: str = "", body: str = "") -> None: ...
        def print_document(self, document: QTextDocument, title: str) -> bool: ...
        def zoom_in(self) -> None: ...
        def zoom_out(self) -> None: ...
        def set_banner(self, key: str, widget: QWidget | None) -> None: ...
        def window_shortcuts(self) -> set[str]: ...


class AppContext:
    def __init__(self, data_dir: Path, settings: QSettings) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.building_first_tab = False  # set by the window while it builds the tab it opens with
        self._notes_store: NotesStore | None = None
        self._host: WindowHost | None = None  # the main window
        self._deferred: list[Callable[[], None]] | None = []  # None once the window has painted

    def attach(self, host: WindowHost) -> None:
        """The window that answers the sections' requests."""
        self._host = host

    # --- first paint ---------------------------------------------------------------------------
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

    def run_deferred_steps(self) -> Iterator[None]:
        """``run_deferred`` one function per step (for the window's idle-time runner)."""
        pending, self._deferred = self._deferred or [], None
        for fn in pending:
            fn()
            yield

    # --- the notes store -----------------------------------------------------------------------
    def notes_store(self) -> NotesStore:
        """The one store (notes, course, check-ins), opened on first use."""
        if self._notes_store is None:
            from isoapp.notes.store import NotesStore

            self._notes_store = NotesStore.open(self.data_dir)
        return self._notes_store

    def has_open_notes_store(self) -> bool:
        return self._notes_store is not None

    def close(self) -> None:
        if self._notes_store is not None:
            store, self._notes_store = self._notes_store, None
            try:  # the file vanished while open (a clean-up tool): write out what the connection holds
                if not store.read_only and store.file_problem() is not None:
                    store.recreate()
            except Exception:  # noqa: BLE001 - closing must not fail; the store was told at the last save
                pass
            store.close()

    # --- requests to the window ----------------------------------------------------------------
    def request_note(self, section_id: str | None, title: str = "", body: str = "") -> None:
        """Open My notes with a new note linked to ``section_id`` (title and text filled in if given)."""
        if self._host is not None:
            if title or body:
                self._host.add_note_about(section_id, title, body)
            else:
                self._host.add_note_about(section_id)

    def show_section(self, section_id: str) -> None:
        """Switch the window to another section."""
        if self._host is not None:
            self._host.show_section(section_id)

    def print_document(self, document: QTextDocument, title: str) -> bool:
        """Print ``document`` with a preview first. True if it was printed."""
        return self._host.print_document(document, title) if self._host is not None else False

    def zoom_in(self) -> None:
        if self._host is not None:
            self._host.zoom_in()

    def zoom_out(self) -> None:
        if self._host is not None:
            self._host.zoom_out()

    def set_banner(self, key: str, widget: QWidget | None) -> None:
        """Show ``widget`` in the calm banner area above the sections (None removes the banner ``key``)."""
        if self._host is not None:
            self._host.set_banner(key, widget)

    def window_shortcuts(self) -> set[str]:
        """The keys the window binds (portable text), so a section's own shortcuts can stand down."""
        return self._host.window_shortcuts() if self._host is not None else set()
