"""Errors the notes package raises. Each carries a one-line message written for the person."""

from __future__ import annotations


class NotesError(Exception):
    """A notes operation failed in a way the person should be told about (one plain line)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # keep it one line whatever the cause
        return " ".join(self.message.split())


class NoteConflict(NotesError):
    """The note changed (or went to the bin) underneath us, e.g. in a second window of the app."""

    def __init__(self, note_id: int, message: str | None = None) -> None:
        super().__init__(message or f"Note {note_id} was changed somewhere else.")
        self.note_id = note_id
