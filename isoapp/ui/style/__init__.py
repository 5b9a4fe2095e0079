"""How everything looks: theme (palettes -> Qt), text size (zoom), visible outlines, the focus ring."""
