"""The doctor's summary: gathering the parts (Qt-free), the document and its PDF (at most two pages for
two years of check-ins; pages rendered to PNG when pdftoppm is installed), the section, and the CLI."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings

from isoapp import checkin_trends as trends
from isoapp.checkin_samples import sample_checkins
from isoapp.checkins import CheckIn, CheckinStore
from isoapp.course import DosePeriod
from isoapp.course_store import CourseSettings, CourseStore
from isoapp.notes.store import NotesStore
from isoapp.visit_summary import DEFAULT_PARTS, PARTS, build_summary

TODAY = date(2026, 12, 1)


@pytest.fixture
def store(data_dir):
    s = NotesStore.open(data_dir)
    yield s
    s.close()


def fill(store, days=60, serious_every=0):
    CheckinStore(store).save_many(sample_checkins(TODAY, days, serious_every=serious_every), today=TODAY)
    course = CourseStore(store)
    course.set_up(
        CourseSettings("uk-eu", False, 120.0),
        DosePeriod(TODAY - timedelta(days=100), 30, 60, TODAY - timedelta(days=51)),
        today=TODAY,
    )
    course.add_period(DosePeriod(TODAY - timedelta(days=50), 40, 62), today=TODAY)
    course.mark_day(TODAY - timedelta(days=10), "missed", today=TODAY)
    course.mark_day(TODAY, "taken", today=TODAY)  # today counts once it is logged (the course page's rule)
    store.add("Can I wear contact lenses?", "My eyes feel dry <b>every</b> evening.", is_question=True)
    store.add("Answered already", is_question=True, answered=True)
    store.add("Just a note", "not a question")


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def test_build_summary_gathers_each_chosen_part(store):
    fill(store, serious_every=20)
    s = build_summary(store, TODAY, PARTS)
    assert s.course.start == TODAY - timedelta(days=100) and len(s.course.periods) == 2
    assert s.course.figures.missed_days == 1 and s.course.figures.days_taken == 100
    expected_mg = 50 * 30 + 50 * 40  # 101 days in periods, one missed (a 40 mg day)
    assert s.course.figures.mg == pytest.approx(expected_mg)
    assert s.course.target_mg_per_kg == 120.0
    assert s.trends[0].key == trends.MOOD and {r.key for r in s.trends} >= {"lips", "skin"}
    assert [d.day for d in s.serious] == sorted(d.day for d in s.serious) and s.serious
    assert [q.title for q in s.questions] == ["Can I wear contact lenses?"]
    assert s.matters is None  # the decision part is not there (yet): nothing invented


def test_build_summary_only_the_chosen_parts(store):
    fill(store)
    s = build_summary(store, TODAY, ["questions"])
    assert s.parts == ("questions",) and s.course is None and s.trends == [] and s.serious == []


def test_build_summary_without_a_store_is_empty_not_an_error():
    s = build_summary(None, TODAY, DEFAULT_PARTS)
    assert s.course is None and s.trends == [] and s.questions == []


def test_document_escapes_what_a_person_typed_and_lists_serious_days(qtbot, store):
    from isoapp.ui.summary.document import summary_document

    fill(store)
    CheckinStore(store).save(CheckIn(TODAY, red_flags=("severe-rash",), note="<i>blisters</i> & itch"), today=TODAY)
    doc = summary_document(build_summary(store, TODAY, PARTS))
    text = doc.toPlainText()
    assert "<i>blisters</i> & itch" in text  # shown as typed, not as markup
    assert "My eyes feel dry <b>every</b> evening." in text
    assert "1 Dec 2026" in text and "Severe rash" in text
    assert "Days taken: 100. Missed days: 1." in text
    assert "not a diagnosis" in text
    assert "Answered already" not in text and "Just a note" not in text


def test_two_years_fit_in_two_pages_and_render(qtbot, store, tmp_path):
    from isoapp.ui.summary.document import summary_document, summary_pdf_bytes

    fill(store, days=730, serious_every=120)
    data = summary_pdf_bytes(summary_document(build_summary(store, TODAY, PARTS)))
    assert data.startswith(b"%PDF") and 1 <= pdf_pages(data) <= 2
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed: pages not rendered")
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    from PySide6.QtGui import QImage

    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == pdf_pages(data)
    image = QImage(str(pages[0]))
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).value() < 128
    )
    assert dark > 200  # real text on the page, not a blank sheet


def test_summary_section_parts_preview_and_pdf(qtbot, data_dir, tmp_path):
    from isoapp import content
    from isoapp.ui.shell.context import AppContext
    from isoapp.ui.summary.view import SummaryView

    store = NotesStore.open(data_dir)
    fill(store)
    store.close()
    ctx = AppContext(data_dir, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    printed = []

    class Host:  # stands in for the main window: only printing is asked of it here
        def print_document(self, document, title):
            printed.append((document.toPlainText(), title))
            return True

    ctx.attach(Host())
    view = SummaryView(content.section("summary"), ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert "My course so far" in view.preview.toPlainText()
    assert view.pages == 1 and view.status.text() == "Pages of A4 paper: 1"
    view.part_boxes["course"].setChecked(False)
    assert "My course so far" not in view.preview.toPlainText()
    assert "course" not in view.controller.saved_parts()  # remembered
    path = view.save_pdf(tmp_path / "for-the-doctor.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    view.print_button.click()
    assert printed and "Summary for my doctor" in printed[0][0] and "My course so far" not in printed[0][0]
    ctx.close()


def _cli(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "isoapp", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_cli_visit_summary_writes_refuses_existing_and_forces(data_dir, tmp_path):
    store = NotesStore.open(data_dir)
    fill(store)
    store.close()
    out = tmp_path / "summary.pdf"
    proc = _cli("--data-dir", str(data_dir), "--visit-summary", str(out))
    assert proc.returncode == 0, proc.stderr
    first = out.read_bytes()
    assert first.startswith(b"%PDF") and stat.S_IMODE(os.stat(out).st_mode) == 0o600
    proc = _cli("--data-dir", str(data_dir), "--visit-summary", str(out))
    assert proc.returncode == 2 and "already exists" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == first
    proc = _cli("--data-dir", str(data_dir), "--visit-summary", str(out), "--force")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("name", ["summary.txt", "missing-folder/summary.pdf"])
def test_cli_visit_summary_bad_target_exit_2(data_dir, tmp_path, name):
    proc = _cli("--data-dir", str(data_dir), "--visit-summary", str(tmp_path / name))
    assert proc.returncode == 2 and proc.stderr.startswith("isoapp: error:")
    assert not (tmp_path / name).exists()


def test_cli_visit_summary_with_no_data_creates_no_store(tmp_path):
    data = tmp_path / "empty"
    proc = _cli("--data-dir", str(data), "--visit-summary", str(tmp_path / "s.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert not (data / "notes.sqlite3").exists()


def test_what_matters_comes_from_the_decision_hook_when_there(qtbot, store, monkeypatch):
    import types

    from isoapp import visit_summary
    from isoapp.ui.summary.document import summary_document

    fake = types.ModuleType("isoapp_fake_decision")
    fake.what_matters_markdown = lambda s: "# My list\n- **Clear skin** matters most\n- Worried about <b>mood</b>\n"
    monkeypatch.setitem(sys.modules, "isoapp_fake_decision", fake)
    monkeypatch.setattr(visit_summary, "MATTERS_HOOK", "isoapp_fake_decision:what_matters_markdown")
    assert visit_summary.matters_available()
    s = build_summary(store, TODAY, ["matters"])
    assert s.matters.startswith("#### My list")  # below the summary's own headings
    text = summary_document(s).toPlainText()
    assert "What matters to me" in text and "Clear skin matters most" in text
    assert "<b>mood</b>" in text  # HTML in the Markdown stays text


def test_prepare_for_my_visit_leads_on_to_the_doctors_summary(qtbot, make_window):
    from isoapp.ui.notes.visit_sheet import VisitSheetDialog

    window = make_window()
    window.show()
    notes = window.show_section("notes")
    notes.print_()  # "Prepare for my visit"
    dialog = next(w for w in notes.findChildren(VisitSheetDialog) if w.isVisible())
    dialog.summary_button.click()
    assert window.current_section_id() == "summary" and not dialog.isVisible()


def test_what_matters_from_the_decide_part_itself(qtbot, store):
    from isoapp import visit_summary
    from isoapp.decision.summary import WHAT_MATTERS_TITLE
    from isoapp.ui.summary.document import summary_document

    assert visit_summary.matters_available()
    assert build_summary(store, TODAY, ["matters"]).matters is None  # nothing saved yet: nothing invented
    store.add(WHAT_MATTERS_TITLE, "## Benefits\n- Clear skin before the summer\n")
    s = build_summary(store, TODAY, ["matters"])
    assert "Clear skin before the summer" in summary_document(s).toPlainText()


def test_summary_section_when_the_store_cannot_be_opened(qtbot, data_dir, tmp_path, monkeypatch):
    from isoapp import content
    from isoapp.notes.errors import NotesError
    from isoapp.ui.shell.context import AppContext
    from isoapp.ui.summary.view import SummaryView

    (data_dir).mkdir(parents=True)
    (data_dir / "notes.sqlite3").write_bytes(b"")
    ctx = AppContext(data_dir, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))

    def refuse():
        raise NotesError("The notes file cannot be opened (disk error).")

    monkeypatch.setattr(ctx, "notes_store", refuse)
    view = SummaryView(content.section("summary"), ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert "cannot be made" in view.status.text() and view.save_pdf(tmp_path / "x.pdf") is None
    assert not (tmp_path / "x.pdf").exists()


def test_many_questions_are_counted_not_listed(qtbot, store):
    from isoapp.ui.summary.document import page_count, summary_document
    from isoapp.visit_summary import QUESTIONS_MAX

    for n in range(QUESTIONS_MAX + 3):
        store.add(f"Question number {n}", "A longer explanation of the question. " * 5, is_question=True)
    s = build_summary(store, TODAY, ["questions"])
    assert len(s.questions) == QUESTIONS_MAX and s.more_questions == 3
    doc = summary_document(s)
    assert "More questions in the app: 3." in doc.toPlainText() and page_count(doc) <= 2


def test_cli_visit_summary_leaves_a_damaged_store_where_it_is(data_dir, tmp_path):
    data_dir.mkdir(parents=True)
    damaged = data_dir / "notes.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    proc = _cli("--data-dir", str(data_dir), "--visit-summary", str(tmp_path / "s.pdf"))
    assert proc.returncode == 2 and proc.stderr.startswith("isoapp: error:")
    assert damaged.read_bytes() == b"this is not a database" * 100  # not moved, not changed
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.sqlite3"] and not (tmp_path / "s.pdf").exists()
