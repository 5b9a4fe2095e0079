"""Issue 17 item 10: numbers in settings.ini that are not finite (inf, 1e400, nan) or out of range broke
the chart tab at every start and were never reset. They are removed (the view's default applies) and the
file is rewritten."""

from __future__ import annotations

import pytest

from isoapp import content, oil_model
from isoapp.ui.shell.settings import NUMERIC_SETTINGS, open_settings


def test_ranges_match_the_chart_model():
    assert NUMERIC_SETTINGS["oil_chart/dose"] == (oil_model.DOSE_MIN, oil_model.DOSE_MAX)
    assert NUMERIC_SETTINGS["oil_chart/course"] == (oil_model.COURSE_MIN, oil_model.COURSE_MAX)


@pytest.mark.parametrize("bad", ["inf", "1e400", "-inf", "nan", "NaN", "lots", "1e5", ""])
def test_bad_numbers_are_reset_and_the_file_rewritten(data_dir, qtbot, bad):
    from isoapp.ui.chart.view import create
    from isoapp.ui.shell.context import AppContext

    data_dir.mkdir()
    ini = data_dir / "settings.ini"
    ini.write_text(f"[oil_chart]\ncourse={bad}\ndose={bad}\n\n[view]\ntheme=dark\n", encoding="utf-8")
    settings, moved = open_settings(data_dir)
    assert moved is None
    assert not settings.contains("oil_chart/course") and not settings.contains("oil_chart/dose")
    assert settings.value("view/theme") == "dark", "other settings are kept"
    text = ini.read_text(encoding="utf-8")
    assert "course=" not in text and "dose=" not in text and "theme=dark" in text
    section = next(s for s in content.sections() if s.kind == "chart")
    view = create(section, AppContext(data_dir, settings))  # raised OverflowError for inf before
    qtbot.addWidget(view)
    assert (view.dose, view.course) == (1.0, 16)


def test_good_numbers_are_kept(data_dir):
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text("[oil_chart]\ncourse=28\ndose=0.6\n", encoding="utf-8")
    settings, _ = open_settings(data_dir)
    assert float(settings.value("oil_chart/course")) == 28 and float(settings.value("oil_chart/dose")) == 0.6
