"""Idle-time preloading after the first paint (issue 12): small slices in the GUI thread, and the
imports too big to slice (numpy, pyqtgraph) in a background thread, so that the first click on any
section answers quickly and no click waits long while the preloading runs."""
