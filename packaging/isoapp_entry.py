"""Entry script for the frozen (PyInstaller) build: the same entry point as the ``isoapp`` command."""

from isoapp.cli import run

if __name__ == "__main__":
    run()
