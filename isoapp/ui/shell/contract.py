"""The section contract: what the window may ask of a section's widget (all optional).

A section is any QWidget made by ``create(section, ctx)`` (see isoapp.ui.shell.registry). It may
also offer any of the methods below; the window, the self-test and the screenshots look them up
through these protocols, never by name.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

# (name, ok, why): one extra --self-test line
Check = tuple[str, bool, str]


@runtime_checkable
class SelfChecking(Protocol):
    def self_check(self) -> list[Check]:
        """Extra --self-test checks for this section."""
        ...


@runtime_checkable
class ScreenshotReady(Protocol):
    def prepare_screenshot(self) -> None:
        """Fill in sample content for --screenshots (only in the screenshot run's temporary data dir)."""
        ...


@runtime_checkable
class Printable(Protocol):
    def print_(self) -> None:
        """Ctrl+P: print this section (usually through ``ctx.print_document``)."""
        ...


@runtime_checkable
class Searchable(Protocol):
    def focus_search(self) -> None:
        """Ctrl+F: the section's own search (instead of the find bar over its text)."""
        ...


@runtime_checkable
class Flushable(Protocol):
    def flush(self) -> bool:
        """Save pending work now (on close). False if something could not be saved."""
        ...


@runtime_checkable
class NoteTaking(Protocol):
    def new_note(self, section_id: str | None = None, title: str = "", body: str = "") -> None:
        """Start a new note about ``section_id`` (the notes section)."""
        ...


class SectionWidget(SelfChecking, ScreenshotReady, Printable, Searchable, Flushable, Protocol):
    """Everything a section may offer, in one place (each method is optional: see the protocols)."""


def self_checks(widget: object) -> list[Check]:
    return widget.self_check() if isinstance(widget, SelfChecking) else []


def prepare_screenshot(widget: object) -> None:
    if isinstance(widget, ScreenshotReady):
        widget.prepare_screenshot()
