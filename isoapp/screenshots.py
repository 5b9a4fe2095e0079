"""``isoapp --screenshots DIR``: render every section to DIR/NN-section-id.png, then exit.

Then the same sections again in the dark theme (DIR/dark/), in high contrast (DIR/high-contrast/)
and at 200 % text size (DIR/zoom200/), with the same file names, to check nothing is cut off.

Sections with sample content (notes, the comparison) fill it in first through their optional
``prepare_screenshot()`` (once). It always runs in a temporary data dir, so a person's own notes and
settings are never shown or changed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

# (sub-folder, theme choice, text size %): the base pass first, in the folder itself.
VARIANTS: tuple[tuple[str, str, int], ...] = (
    ("", "light", 100),
    ("dark", "dark", 100),
    ("high-contrast", "high-contrast", 100),
    ("zoom200", "light", 200),
)


def take_screenshots(out_dir: Path) -> int:
    from isoapp.app import application, build_window
    from isoapp.ui.shell import contract
    from isoapp.ui.shell.main_window import DEFAULT_SIZE

    app = application()
    with tempfile.TemporaryDirectory(prefix="isoapp-shots-") as tmp:
        window = build_window(Path(tmp) / "data")
        window.resize(*DEFAULT_SIZE)
        window.show()
        app.processEvents()
        window.ctx.run_deferred()  # what the first tab put off until after its first paint
        prepared: set[str] = set()
        try:
            for folder, theme_choice, percent in VARIANTS:
                window.theme_controller.set_choice(theme_choice, save=False)
                window.zoom.set_percent(percent, save=False)
                target = out_dir / folder if folder else out_dir
                target.mkdir(parents=True, exist_ok=True)
                for number, section in enumerate(window.sections, start=1):
                    body = window.show_section(section.id)
                    if section.id not in prepared:
                        contract.prepare_screenshot(body)
                        prepared.add(section.id)
                    for _ in range(3):
                        app.processEvents()
                    path = target / f"{number:02d}-{section.id}.png"
                    if not window.grab().save(str(path)):
                        print(f"isoapp: error: could not write {path}")
                        return 2
                    print(path)
        finally:
            window.ctx.close()
            window.close()
    return 0
