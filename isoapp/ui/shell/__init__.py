"""The window around the sections: main window, context (what sections may ask), section contract,
registry of section kinds, two-level navigation, menus and keyboard shortcuts, settings."""
