"""Old place of the app context: it lives in isoapp.ui.shell.context now."""

from isoapp.ui.shell.context import AppContext

__all__ = ["AppContext"]
