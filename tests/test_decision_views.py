"""The Decide part's views (issue 15): options side by side, the knowledge check with friendly
feedback and section links, the SURE test with advice after a "no", and the decision summary note."""

from __future__ import annotations

from PySide6.QtCore import Qt

from isoapp import content
from isoapp.decision import answers as answers_mod
from isoapp.decision import knowledge_check as kc
from isoapp.decision import summary as summary_mod
from isoapp.notes.store import NotesStore
from isoapp.ui.decision import knowledge_view, options_view, sure_view


class FakeContext:
    """Records what a view asks of the app; notes go to a real store in the test's data dir."""

    def __init__(self, data_dir) -> None:
        self.data_dir = data_dir
        self.shown: list[str] = []
        self.notes: list[tuple[str, str, str]] = []
        self._store = None

    def show_section(self, section_id: str) -> None:
        self.shown.append(section_id)

    def request_note(self, section_id, title="", body="") -> None:
        self.notes.append((section_id, title, body))

    def notes_store(self):
        if self._store is None:
            self._store = NotesStore.open(self.data_dir)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _view(qtbot, module, section_id, ctx):
    view = module.create(content.section(section_id), ctx)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view


# --- options -------------------------------------------------------------------------------------


def test_options_side_by_side_with_sources_on_click(qtbot, data_dir):
    view = _view(qtbot, options_view, "options", FakeContext(data_dir))
    model = view.page.model
    assert model.columnCount() == 5 and model.rowCount() == 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Isotretinoin"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "No treatment for now"
    cell = model.index(1, 0)  # isotretinoin, how well it works
    assert "80 in 100" in model.data(cell) and "[3]" in model.data(cell)
    view.show_cell_sources(cell)
    assert view.text.info_box.isVisible()
    assert "nhs.uk" in view.text.info.text() and "Morales-Cardona" in view.text.info.text()
    view.show_cell_sources(model.index(2, 4))  # no treatment, how fast: not known, no source
    assert "not known" in view.text.info.text()
    assert all(ok for _name, ok, _why in view.self_check())


def test_options_columns_can_be_hidden_but_not_all(qtbot, data_dir):
    view = _view(qtbot, options_view, "options", FakeContext(data_dir))
    boxes = list(view.page.choosers.values())
    for box in boxes[1:]:
        box.setChecked(False)
    assert [view.page.view.isColumnHidden(c) for c in range(5)] == [False, True, True, True, True]
    boxes[0].setChecked(False)  # the last one stays
    assert boxes[0].isChecked() and not view.page.view.isColumnHidden(0)


def test_options_rows_grow_with_the_text_size(qtbot, data_dir):
    view = _view(qtbot, options_view, "options", FakeContext(data_dir))
    table = view.page.view
    table.fit_rows()
    before = table.height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    qtbot.waitUntil(lambda: table.height() > 1.5 * before)
    header = table.horizontalHeader()
    assert header.height() > 1.5 * header.fontMetrics().height()  # long choice names wrap, not cut off
    row_text = view.page.model.text(view.page.model.index(4, 0))
    assert "30 days" in row_text


# --- knowledge check -----------------------------------------------------------------------------


def test_a_different_answer_gets_friendly_feedback_and_a_link(qtbot, data_dir):
    ctx = FakeContext(data_dir)
    view = _view(qtbot, knowledge_view, "knowledge-check", ctx)
    question = view.questions[0]
    wrong = (question.answer + 1) % len(question.choices)
    view.choose(wrong)
    view.check()
    feedback = view.page.feedback.text()
    assert "Not quite" in feedback and question.choices[question.answer] in feedback
    assert "[1]" in feedback  # cited
    for word in ("wrong", "fail", "score"):
        assert word not in feedback.lower()
    assert view.page.read_more.isVisible()
    qtbot.mouseClick(view.page.read_more, Qt.MouseButton.LeftButton)
    assert ctx.shown == [question.section]
    assert answers_mod.load(data_dir).knowledge == {question.id: wrong}


def test_checking_without_a_choice_asks_for_one_and_stores_nothing(qtbot, data_dir):
    view = _view(qtbot, knowledge_view, "knowledge-check", FakeContext(data_dir))
    view.check()
    assert "Pick one answer first" in view.page.feedback.text()
    assert not answers_mod.path_in(data_dir).exists()


def test_the_right_answer_is_confirmed_and_answers_come_back(qtbot, data_dir):
    ctx = FakeContext(data_dir)
    view = _view(qtbot, knowledge_view, "knowledge-check", ctx)
    view.go(2)
    question = view.questions[2]
    view.choose(question.answer)
    view.check()
    assert "that is what the sources say" in view.page.feedback.text()
    again = _view(qtbot, knowledge_view, "knowledge-check", ctx)
    again.go(2)
    assert again.page.group.checkedId() == question.answer
    assert again.page.feedback.isVisible()


def test_the_result_is_a_note_without_a_grade(qtbot, data_dir):
    ctx = FakeContext(data_dir)
    view = _view(qtbot, knowledge_view, "knowledge-check", ctx)
    for i, question in enumerate(view.questions):
        view.go(i)
        view.choose(question.answer if i else (question.answer + 1) % len(question.choices))
        view.check()
    view.go(len(view.questions))
    shown = view.page.summary.text()
    assert f"Questions you looked at: {len(view.questions)} of {len(view.questions)}." in shown
    assert "Worth reading again" in shown
    assert view.save_note()
    section_id, title, body = ctx.notes[-1]
    assert (section_id, title) == (kc.SECTION_ID, kc.NOTE_TITLE)
    assert "worth a second look" in body and "score" not in body.lower()
    view.start_again()
    assert answers_mod.load(data_dir).knowledge == {} and view.index == 0


def test_a_note_that_cannot_be_saved_is_reported_and_kept_on_screen(qtbot, data_dir):
    class Broken(FakeContext):
        def request_note(self, section_id, title="", body=""):
            raise OSError("disk full")

    view = _view(qtbot, knowledge_view, "knowledge-check", Broken(data_dir))
    view.go(len(view.questions))
    assert not view.save_note()
    assert "disk full" in view.page.status.text() and "Copy the text" in view.page.status.text()


# --- SURE and the decision summary ------------------------------------------------------------------


def test_a_no_suggests_talking_more_with_what_might_help(qtbot, data_dir):
    ctx = FakeContext(data_dir)
    view = _view(qtbot, sure_view, "sure", ctx)
    assert "Answer the four questions" in view.page.result.text()
    for letter in "SUE":
        view.answer(letter, True)
    view.answer("R", False)
    result = view.page.result.text()
    assert "talk this over more with your doctor" in result
    assert "Risk-benefit ratio" in result and "Fill in What matters to me." in result
    assert "Sure of myself" not in result  # only the "no" gets advice
    view.page.result.linkActivated.emit("section:what-matters")
    assert ctx.shown[-1] in {s.id for s in content.sections()}
    assert answers_mod.load(data_dir).sure == {"S": True, "U": True, "E": True, "R": False}
    view.answer("R", True)
    assert "You seem sure" in view.page.result.text()
    ctx.close()


def test_the_decision_summary_note_includes_what_matters_and_open_questions(qtbot, data_dir):
    ctx = FakeContext(data_dir)
    store = ctx.notes_store()
    store.add(summary_mod.WHAT_MATTERS_TITLE, "- **Dry skin and lips**: matters to me a lot (3 of 4)")
    store.add("Will my acne come back?", "", is_question=True)
    view = _view(qtbot, sure_view, "sure", ctx)
    view.answer("S", False)
    preview = view.page.preview.toPlainText()
    assert "Dry skin and lips" in preview and "Will my acne come back?" in preview
    assert view.save_note()
    section_id, title, body = ctx.notes[-1]
    assert (section_id, title) == ("sure", summary_mod.NOTE_TITLE)
    assert "Do you feel SURE about the best choice for you? **No**" in body
    ctx.close()


def test_in_the_window_the_summary_is_saved_to_my_notes(make_window, qtbot):
    window = make_window()
    view = window.show_section("sure")
    view.prepare_screenshot()
    assert view.save_note()
    assert window.current_section_id() == "notes"
    assert window.section_widget("notes").flush()  # the new note is stored on its first save
    store = window.ctx.notes_store()
    saved = [n for n in store.list() if n.title == summary_mod.NOTE_TITLE]
    assert len(saved) == 1 and "**No**" in saved[0].body
    for section_id in ("options", "knowledge-check", "sure"):
        body = window.section_widget(section_id)
        results = body.self_check()
        assert results and all(ok for _n, ok, _w in results), results


def test_odd_saved_answers_do_not_break_the_views(qtbot, data_dir):
    data_dir.mkdir(parents=True)
    answers_mod.path_in(data_dir).write_text(
        '{"format": "isoapp-decision", "version": 1, "knowledge": {"course-length": 99, "gone": 1}, '
        '"sure": {"S": "yes", "X": true, "U": false}}',
        encoding="utf-8",
    )
    ctx = FakeContext(data_dir)
    view = _view(qtbot, knowledge_view, "knowledge-check", ctx)
    assert view.page.group.checkedId() == -1  # an answer that is not a choice is not shown as one
    assert "Not quite" in view.page.feedback.text()
    sure_page = _view(qtbot, sure_view, "sure", ctx)
    assert sure_page.answers.sure == {"U": False}
    assert "talk this over more" in sure_page.page.result.text()
    ctx.close()


def test_advice_links_use_the_theme_link_colour(qtbot, data_dir):
    from isoapp.ui.style import theme as ui_theme

    view = _view(qtbot, sure_view, "sure", FakeContext(data_dir))
    view.answer("U", False)
    assert f'style="color:{ui_theme.current().link}"' in view.page.result.text()
