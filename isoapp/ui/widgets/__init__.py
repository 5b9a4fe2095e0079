"""Widgets any feature may use: WrapLabel, ComboBox, MessageBar, PageScroller, and the one way to
save a file (save_file) and to print (printing)."""
