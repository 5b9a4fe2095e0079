"""The My notes section: layout, listing, editing, autosave, transfer actions, printing, visit sheet."""
