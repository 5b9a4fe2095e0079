"""The section contract: what the window may ask of a section's widget (every method optional).

A section is any QWidget made by ``create(section, ctx)`` (see isoapp.ui.shell.registry). It may
also offer any of the methods of :class:`SectionWidget`. The window, the self-test and the
screenshots ask through :func:`offers` and the helpers below, with the method names declared here.
(Runtime-checkable protocols would do the same job but cost about 2 ms of startup.)
"""

from __future__ import annotations

from typing import Protocol

# (name, ok, why): one extra --self-test line
Check = tuple[str, bool, str]


class SectionWidget(Protocol):
    """Everything a section widget may offer. Each method is optional."""

    def self_check(self) -> list[Check]:
        """Extra --self-test checks for this section."""
        ...

    def prepare_screenshot(self) -> None:
        """Fill in sample content for --screenshots (only in the screenshot run's temporary data dir)."""
        ...

    def print_(self) -> None:
        """Ctrl+P: print this section (usually through ``ctx.print_document``)."""
        ...

    def focus_search(self) -> None:
        """Ctrl+F: the section's own search (instead of the find bar over its text)."""
        ...

    def flush(self) -> bool:
        """Save pending work now (on close). False if something could not be saved."""
        ...

    def new_note(self, section_id: str | None = None, title: str = "", body: str = "") -> None:
        """Start a new note about ``section_id`` (the notes section only)."""
        ...


METHODS = frozenset(name for name in vars(SectionWidget) if not name.startswith("_"))


def offers(widget: object, method: str) -> bool:
    """True if ``widget`` offers ``method``, one of the contract's optional methods."""
    if method not in METHODS:
        raise ValueError(f"{method!r} is not part of the section contract")
    return callable(getattr(widget, method, None))


def self_checks(widget: object) -> list[Check]:
    return widget.self_check() if offers(widget, "self_check") else []


def prepare_screenshot(widget: object) -> None:
    if offers(widget, "prepare_screenshot"):
        widget.prepare_screenshot()
