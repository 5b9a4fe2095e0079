"""Personal notes: a private, durable SQLite store plus Markdown/PDF export and Markdown import.

Everything here is Qt-free except the PDF path of ``transfer.export_notes``, which imports Qt lazily.
"""

from isoapp.notes.errors import NoteConflict, NotesError
from isoapp.notes.model import Note

__all__ = ["Note", "NoteConflict", "NotesError"]
