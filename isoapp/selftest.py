"""``isoapp --self-test``: build the real window in a temporary data dir, visit every section,
run each section's own checks, check accessible names; print ``ok NAME`` / ``FAIL NAME: why`` lines and
``self-test: N passed, M failed``. Exit 0 only if nothing failed."""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from isoapp import content, paths


class Results:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def record(self, name: str, ok: bool, why: str = "") -> None:
        if ok:
            self.passed += 1
            print(f"ok {name}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL {name}: {why or 'failed'}", flush=True)

    def check(self, name: str, fn: Callable[[], object]) -> None:
        try:
            result = fn()
        except Exception as exc:  # a self-test reports, it does not crash
            self.record(name, False, f"{type(exc).__name__}: {exc}")
            traceback.print_exc()
            return
        if result is None or result is True:
            self.record(name, True)
        else:
            self.record(name, False, str(result))


def run_self_test() -> int:
    from isoapp.app import application

    app = application()
    results = Results()
    with tempfile.TemporaryDirectory(prefix="isoapp-selftest-") as tmp:
        data_dir = Path(tmp) / "data"
        paths.set_data_dir(data_dir)
        _run_checks(app, data_dir, results)
    print(f"self-test: {results.passed} passed, {results.failed} failed", flush=True)
    return 0 if results.failed == 0 else 1


def _run_checks(app, data_dir: Path, results: Results) -> None:
    from isoapp.app import build_window

    results.check("content manifest", lambda: len(content.sections()) > 0 or "no sections")
    results.check("sources list", lambda: len(content.sources()) > 0 or "no sources")

    window = build_window(data_dir)
    window.show()
    app.processEvents()
    window.ctx.run_deferred()  # what the first tab put off until after its first paint
    results.check("main window", lambda: window.isVisible() or "window not visible")
    results.check(
        "data dir is private",
        lambda: (data_dir.stat().st_mode & 0o077) == 0 or f"mode {oct(data_dir.stat().st_mode)}",
    )
    results.check("idle-time preloading", lambda: _preloading_works(app, window))

    for section in window.sections:
        _check_section(app, window, section, results)

    results.check(
        "accessible names window",
        lambda: all(bar.accessibleName() for bar in window.nav.tab_bars()) or "tabs unnamed",
    )
    results.check("colour contrast", _contrast_ok)
    results.check("keyboard shortcuts", lambda: _shortcuts_ok(window))
    results.check("text size", lambda: _zoom_ok(app, window))

    results.check("settings persist", lambda: _settings_persist(app, window, data_dir))
    window.deleteLater()
    app.processEvents()


def _check_section(app, window, section, results: Results) -> None:
    """Open the section, run its own checks, and check its names and pictures."""
    from isoapp.ui.a11y import describe, unnamed_focusable
    from isoapp.ui.shell import contract

    def visit():
        widget = window.show_section(section.id)
        app.processEvents()
        if window.current_section_id() != section.id:
            return "tab did not open"
        image = window.grab()
        if image.isNull():
            return "could not render"
        return _content_present(widget) or "section shows no content"

    results.check(f"section {section.id}", visit)
    try:
        for name, ok, why in contract.self_checks(window.section_widget(section.id)):
            results.record(f"{section.id}: {name}", ok, why)
    except Exception as exc:
        results.record(f"{section.id}: own checks", False, f"{type(exc).__name__}: {exc}")
        traceback.print_exc()

    def names():
        missing = unnamed_focusable(window.frames[section.id])
        return not missing or "no accessible name: " + ", ".join(describe(w) for w in missing[:5])

    results.check(f"accessible names {section.id}", names)
    results.check(f"pictures have text {section.id}", lambda: _pictures_described(window, section))


def _settings_persist(app, window, data_dir: Path) -> object:
    """The window saves its state on close, and a new window opens at the same section."""
    from isoapp.app import build_window

    window.save_state()
    window.close()
    app.processEvents()
    last = window.current_section_id()
    window.ctx.close()
    again = build_window(data_dir)
    try:
        return again.current_section_id() == last or "last section not restored"
    finally:
        again.ctx.close()
        again.deleteLater()


def _pictures_described(window, section) -> object:
    """Every picture in the section's text has alt text; every chart/picture widget has a description."""
    from PySide6.QtWidgets import QGraphicsView, QTextBrowser

    from isoapp.ui.text.text_document import image_alt_texts

    frame = window.frames[section.id]
    missing = [
        name
        for browser in frame.findChildren(QTextBrowser)
        for name, alt in image_alt_texts(browser.document())
        if not alt
    ]
    if missing:
        return "pictures without alt text: " + ", ".join(missing)
    charts = [v for v in frame.findChildren(QGraphicsView) if not v.accessibleDescription().strip()]
    if charts:
        return "charts without a text description: " + ", ".join(type(c).__name__ for c in charts)
    return True


def _contrast_ok() -> object:
    from isoapp.contrast import contrast_ratio
    from isoapp.palettes import THEMES

    low = [
        f"{theme.key}: {what} {contrast_ratio(fg, bg):.2f}"
        for theme in THEMES.values()
        for what, fg, bg in theme.text_pairs()
        if contrast_ratio(fg, bg) < theme.min_ratio
    ]
    return not low or "; ".join(low)


def _shortcuts_ok(window) -> object:
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            if key.toString() in seen:
                return f"{key.toString()} is bound twice"
            seen[key.toString()] = action.text()
    needed = ("Ctrl+F", "Ctrl+N", "Ctrl+P", "Ctrl+0", "Ctrl+1", "F1")
    lacking = [k for k in needed if k not in seen]
    return not lacking or "missing: " + ", ".join(lacking)


def _zoom_ok(app, window) -> object:
    from PySide6.QtGui import QFontInfo

    frame = window.frames[window.current_section_id()]
    before = QFontInfo(frame.glossary_button.font()).pointSizeF()
    window.zoom.set_percent(200, save=False)
    app.processEvents()
    after = QFontInfo(frame.glossary_button.font()).pointSizeF()
    window.zoom.set_percent(100, save=False)
    app.processEvents()
    return abs(after - 2 * before) <= 0.1 * before or f"text did not grow: {before} -> {after}"


def _content_present(widget) -> bool:
    from PySide6.QtWidgets import QTextBrowser

    browsers = widget.findChildren(QTextBrowser)
    if isinstance(widget, QTextBrowser):
        browsers.append(widget)
    if browsers:
        return any(len(b.toPlainText().strip()) > 40 for b in browsers)
    return len(widget.findChildren(object)) > 3


def _preloading_works(app, window) -> bool | str:
    """The window's after-first-paint runner finishes, without errors, with the chart's libraries loaded
    (in a frozen build too: numpy and pyqtgraph load in a background thread)."""
    import sys
    import time

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        runner = getattr(window, "idle", None)
        if runner is not None and not runner.is_running():
            break
        app.processEvents()
        time.sleep(0.005)
    else:
        return "did not finish in 2 minutes"
    if runner.errors:
        return "; ".join(f"{name}: {type(exc).__name__}: {exc}" for name, exc in runner.errors)
    if any(s.kind == "chart" for s in window.sections) and "pyqtgraph" not in sys.modules:
        return "pyqtgraph was not loaded"
    return True
