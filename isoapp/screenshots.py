"""``isoapp --screenshots DIR``: render every section to DIR/NN-section-id.png, then exit.

Sections with sample content (notes, the comparison) fill it in first through their optional
``prepare_screenshot()``. It always runs in a temporary data dir, so a person's own notes and
settings are never shown or changed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def take_screenshots(out_dir: Path) -> int:
    from isoapp.app import application, build_window

    app = application()
    with tempfile.TemporaryDirectory(prefix="isoapp-shots-") as tmp:
        window = build_window(Path(tmp) / "data")
        window.resize(1000, 700)
        window.show()
        app.processEvents()
        for number, section in enumerate(window.sections, start=1):
            body = window.show_section(section.id)
            prepare = getattr(body, "prepare_screenshot", None)
            if prepare is not None:
                prepare()
            for _ in range(3):
                app.processEvents()
            path = out_dir / f"{number:02d}-{section.id}.png"
            if not window.grab().save(str(path)):
                print(f"isoapp: error: could not write {path}")
                return 2
            print(path)
        window.ctx.close()
        window.close()
    return 0
