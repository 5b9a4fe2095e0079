"""Text size: 80-200 % for all text (sections, headings, tables, controls), remembered across restarts."""

from __future__ import annotations

import pytest

from isoapp.ui.style import zoom


def test_clamp_and_steps():
    assert zoom.clamp("150") == 150
    assert zoom.clamp(500) == 200 and zoom.clamp(10) == 80
    assert zoom.clamp("junk") == 100 and zoom.clamp(None) == 100
    assert zoom.step_up(100) == 110 and zoom.step_up(200) == 200 and zoom.step_up(95) == 100
    assert zoom.step_down(100) == 90 and zoom.step_down(80) == 80
    steps = [80]
    while steps[-1] < 200:
        steps.append(zoom.step_up(steps[-1]))
    assert tuple(steps) == zoom.STEPS


def _point_size(widget) -> float:
    return widget.font().pointSizeF()


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.zoom.set_percent(100, save=False)


def test_zoom_scales_text_controls_and_markdown_headings(window, qtbot):
    from PySide6.QtWidgets import QApplication

    frame = window.frames[window.current_section_id()]
    browser = frame.body.browser
    base_text = browser.document().defaultFont().pointSizeF()
    base_button = _point_size(frame.glossary_button)
    base_tab = _point_size(window.nav.tabBar())
    heading_height = browser.document().size().height()

    window.set_zoom(200)
    QApplication.processEvents()
    assert browser.document().defaultFont().pointSizeF() == pytest.approx(2 * base_text)
    assert _point_size(frame.glossary_button) == pytest.approx(2 * base_button)
    assert _point_size(window.nav.tabBar()) == pytest.approx(2 * base_tab)
    # headings are relative to the document font in Qt's Markdown, so the whole text grows
    assert browser.document().size().height() > 1.6 * heading_height

    # a section built after the change gets the new size too
    later = window.section_widget("sources").browser
    assert later.document().defaultFont().pointSizeF() == pytest.approx(2 * base_text)

    window.set_zoom(80)
    QApplication.processEvents()
    assert browser.document().defaultFont().pointSizeF() == pytest.approx(0.8 * base_text)


def test_keyboard_and_menu_change_text_size(window, qtbot):
    from PySide6.QtCore import Qt

    browser = window.frames[window.current_section_id()].body.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent() == 110
    qtbot.keyClick(browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent() == 125
    qtbot.keyClick(browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent() == 110
    qtbot.keyClick(browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent() == 100
    window.zoom_actions[175].trigger()
    assert window.zoom.percent() == 175 and window.zoom_actions[175].isChecked()
    for _ in range(5):
        window.zoom_in()
    assert window.zoom.percent() == 200  # stops at the top
    for _ in range(10):
        window.zoom_out()
    assert window.zoom.percent() == 80


def test_ctrl_wheel_on_the_text_zooms_the_whole_app(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    browser = window.frames[window.current_section_id()].body.browser
    centre = QPointF(browser.viewport().rect().center())
    event = QWheelEvent(
        centre,
        browser.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(browser.viewport(), event)
    assert window.zoom.percent() == 110


def test_zoom_persists_across_restart(make_window, data_dir):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.show()
    base = window.frames[window.current_section_id()].body.browser.document().defaultFont().pointSizeF()
    window.set_zoom(150)
    window.close()
    assert "zoom=150" in (data_dir / "settings.ini").read_text()

    again = make_window()
    again.show()
    QApplication.processEvents()
    try:
        assert again.zoom.percent() == 150
        assert again.zoom_actions[150].isChecked()
        browser = again.frames[again.current_section_id()].body.browser
        assert browser.document().defaultFont().pointSizeF() == pytest.approx(1.5 * base)
    finally:
        again.zoom.set_percent(100, save=False)


def test_bad_stored_zoom_falls_back(make_window):
    window = make_window()
    window.ctx.settings.setValue("view/zoom", "enormous")
    window.ctx.settings.sync()
    again = make_window()
    assert again.zoom.percent() == 100


def test_200_percent_reaches_every_widget_in_every_section(make_window):
    """No text stays small: widgets with their own font must scale it too. Style sheets are not used
    anywhere (Qt stops passing font changes down through a widget with a style sheet)."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication, QWidget

    from isoapp import content

    window = make_window()
    window.show()
    base = QFontInfo(QApplication.font()).pointSizeF()
    for section in content.sections():
        window.show_section(section.id)  # built, and no events processed in between
    window.set_theme("dark")
    window.set_zoom(200)
    QApplication.processEvents()
    try:
        small, sheets = [], []
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.styleSheet():
                sheets.append(f"{type(widget).__name__}({widget.objectName()})")
            size = QFontInfo(widget.font()).pointSizeF()
            if size < 1.9 * base:
                small.append(f"{type(widget).__name__}({widget.objectName()}) {size:.1f}pt")
        assert not sheets, sheets
        assert not small, f"base {base}pt; still small at 200%: {small[:10]}"
    finally:
        window.set_theme("light")
        window.set_zoom(100)


def test_tab_scroll_arrows_grow_with_the_text(window):
    from PySide6.QtWidgets import QApplication, QToolButton

    bar = window.nav.parts[0].tabBar()  # the sections of Learn
    window.resize(500, 400)  # narrow: the tabs need their scroll arrows
    QApplication.processEvents()

    def arrow_width():
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        assert arrows, "no scroll arrows shown"
        return max(b.width() for b in arrows)

    normal = arrow_width()
    window.set_zoom(200)
    QApplication.processEvents()
    assert arrow_width() >= 1.8 * normal
    window.set_zoom(100)
    QApplication.processEvents()
    assert arrow_width() == normal


def test_pictures_in_the_text_grow_with_the_text(window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QPixmap, QTextDocument
    from PySide6.QtWidgets import QApplication

    from isoapp import content

    with_pictures = [s.id for s in content.sections() if "![" in content.section_markdown(s)]
    if not with_pictures:
        pytest.skip("no section has a picture")
    browser = window.show_section(with_pictures[0]).browser
    name = browser.image_alt_texts()[0][0]
    QApplication.processEvents()
    height = browser.document().size().height()

    def picture_width():
        data = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(data, QImage | QPixmap):
            return data.width()
        return QImage.fromData(data).width()

    normal = picture_width()
    assert normal > 50
    window.resize(max(1000, 2 * normal + 200), 800)  # room for the picture at twice its size
    window.set_zoom(200)
    QApplication.processEvents()
    assert picture_width() == pytest.approx(2 * normal, abs=2)
    assert browser.document().size().height() > 1.7 * height
    window.resize(1000, 700)  # less room: the picture shrinks to fit, no sideways scrolling
    QApplication.processEvents()
    assert normal < picture_width() <= browser.viewport().width()
    assert browser.horizontalScrollBar().maximum() == 0
    window.set_zoom(100)
    QApplication.processEvents()
    assert picture_width() == pytest.approx(normal, abs=2)


def test_check_boxes_and_radio_buttons_grow_with_the_text(window):
    from PySide6.QtWidgets import QApplication, QStyle

    def indicator():
        return QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)

    normal = indicator()
    window.set_zoom(200)
    QApplication.processEvents()
    assert indicator() >= 1.9 * normal
    window.set_zoom(100)
    QApplication.processEvents()
    assert indicator() == normal
