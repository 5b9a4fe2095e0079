"""Written sections: the Markdown view (links, glossary, find bar), the section frame, text sections."""
