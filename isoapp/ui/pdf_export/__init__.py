"""PDF output that stays complete for very large documents (chunked layout, checked page counts)."""
