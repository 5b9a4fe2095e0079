"""The oil chart section (pyqtgraph, imported lazily): data, table, controls, plot, look, export."""
