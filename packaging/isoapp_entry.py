"""Entry script for the frozen (PyInstaller) build: the same entry point as the ``isoapp`` command."""

import sys

from isoapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
