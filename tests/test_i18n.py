"""Translation without Qt: language choice, the pseudo-locale, the catalogue, content per language."""

from __future__ import annotations

import copy
import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isoapp import cli, content, effects
from isoapp.i18n import catalogue, languages, localized
from isoapp.i18n.content_check import check_language, markdown_problems
from isoapp.i18n.pseudo import CLOSE, OPEN, pseudo

FIXTURE = Path(__file__).parent / "fixtures" / "i18n"
REPO = Path(__file__).resolve().parent.parent


# --- which language -------------------------------------------------------------------------------


def test_resolve_order_requested_then_saved_then_system_then_english():
    assert languages.resolve("pseudo", "en", ["en-US"]) == "pseudo"
    assert languages.resolve(None, "en", ["de-DE"]) == "en"
    assert languages.resolve(None, None, ["xx-YY", "en-GB"]) == "en"
    assert languages.resolve(None, None, ["de-DE", "fr"]) == "en"  # nothing shipped matches: English


def test_the_pseudo_locale_is_never_chosen_from_settings_or_the_system():
    assert languages.resolve(None, "pseudo", ["pseudo"]) == "en"
    assert "pseudo" not in languages.shipped()
    assert "pseudo" in languages.known()


def test_system_languages_match_a_shipped_translation_by_language(monkeypatch):
    monkeypatch.setattr(languages, "shipped", lambda: ("en", "es", "pt_BR"))
    assert languages.match_system(["de-DE", "es-MX", "en-US"]) == "es"
    assert languages.match_system(["pt-BR"]) == "pt_BR"
    assert languages.resolve(None, "es", ["en-US"]) == "es"
    assert languages.resolve(None, "fr", ["pt-BR"]) == "pt_BR"  # a saved choice that no longer ships


def test_unknown_codes_are_refused_and_spellings_normalized():
    assert languages.check_code("EN") == "en"
    assert languages.check_code("Pseudo") == "pseudo"
    assert languages.normalize("es-es.UTF-8") == "es_ES"
    assert languages.check_code("en-GB") == "en"  # a region served by its language

    with pytest.raises(languages.UnknownLanguage, match="known: en"):
        languages.check_code("klingon")


def test_lang_option_with_an_unknown_code_is_one_line_and_exit_2(capsys):
    assert cli.main(["--lang", "xx", "--self-test"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown language 'xx'" in err and "pseudo" in err


# --- the pseudo-locale ----------------------------------------------------------------------------


def test_pseudo_text_is_bracketed_accented_and_about_40_percent_longer():
    out = pseudo("Save note")
    assert out.startswith(OPEN) and out.endswith(CLOSE)
    assert "Save" not in out and "Š" in out
    assert len(out) - 2 >= len("Save note") * 1.4


def test_pseudo_keeps_place_markers_accelerators_tags_and_key_sequences():
    out = pseudo("&Delete %1 of %n notes? <b>{name}</b> &amp; [more](cite:12)")
    for kept in ("&D", "%1", "%n", "<b>", "</b>", "{name}", "&amp;", "](cite:12)"):
        assert kept in out
    assert pseudo("Ctrl+Shift+F") == "Ctrl+Shift+F"
    assert pseudo("- **%1**: matters").startswith("- " + OPEN)  # Markdown marks stay outside
    rich = pseudo("<html><p>Hello</p></html>")

    assert rich.startswith("<html><p>" + OPEN) and rich.endswith(CLOSE + "</p></html>")


_MARKER = st.sampled_from(["%1", "%2", "%n", "%L1", "&F", "<b>", "</i>", "{count}", "&amp;"])


@given(st.lists(st.one_of(_MARKER, st.text(alphabet="abc XYZ.,", min_size=1, max_size=8)), min_size=1))
def test_pseudo_never_loses_a_marker(parts):
    text = "".join(parts)
    out = pseudo(text)
    for marker in set(re.findall(r"%L?\d+|%n|\{count\}|<[^>]+>|&amp;", text)):
        assert out.count(marker) >= text.count(marker)


# --- the catalogue -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "forms"),
    [
        ("%n notes", ("%n note", "%n notes")),
        ("%n note(s) saved", ("%n note saved", "%n notes saved")),
        ("%n entries", ("%n entry", "%n entries")),
        ("%n boxes", ("%n box", "%n boxes")),
        ("%n people", None),
        ("Pages of A4 paper: %n", ("Pages of A4 paper: %n", "Pages of A4 paper: %n")),
        ("Low on %n of the last 14 days.", ("Low on %n of the last 14 days.", "Low on %n of the last 14 days.")),
        ("%n missed days", None),
    ],
)
def test_english_plural_forms(source, forms):
    assert catalogue.english_plural_forms(source) == forms


def test_catalogue_round_trip_and_english_plurals_filled(tmp_path):
    messages = [
        catalogue.Message("Notes", "%n notes", translations=[""]),  # lupdate missed the plural
        catalogue.Message("Notes", "%n people", numerus=True, translations=["", ""]),
        catalogue.Message("Notes", "Save", comment="button", translations=[""]),
    ]
    path = tmp_path / "x.ts"
    catalogue.write_ts(path, messages, "en")
    assert catalogue.fix_plurals(path, {}, english=True) == ["%n people"]
    back = {m.source: m for m in catalogue.read_ts(path)}
    assert back["%n notes"].translations == ["%n note", "%n notes"] and not back["%n notes"].unfinished
    assert back["Save"].comment == "button" and back["Save"].unfinished


def test_every_catalogue_message_has_a_context():
    """A bare ``tr("…")`` outside a class (or a helper named tr) has no context: Qt can never find it."""
    assert [m.source for m in catalogue.read_ts(catalogue.catalogue_path()) if not m.context] == []


def test_every_english_plural_form_is_written():
    missing = [m.source for m in catalogue.read_ts(catalogue.catalogue_path()) if m.numerus and not all(m.translations)]
    assert missing == [], "write these English plural forms in resources/i18n/isoapp_en.ts"


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="Qt's translation tools are not installed",
)
def test_catalogue_and_compiled_files_are_up_to_date():
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(REPO / "tools"))
    stale = update_translations.out_of_date(REPO / "resources" / "i18n")
    assert stale == [], "run: python tools/update_translations.py"


def test_the_compiled_catalogues_ship_with_the_resources():
    folder = languages.i18n_dir()
    assert (folder / "isoapp_en.qm").is_file() and (folder / "isoapp_pseudo.qm").is_file()


# --- content per language -----------------------------------------------------------------------------


def test_the_test_translation_keeps_headings_citations_numbers_and_links():
    assert check_language("xx", FIXTURE, FIXTURE) == []


@pytest.mark.parametrize(
    ("change", "found"),
    [
        (lambda t: t.replace("semanas [2]", "semanas"), "citations"),
        (lambda t: t.replace("16 a 24", "12 a 24"), "numbers"),
        (lambda t: t.replace("### Si te", "Si te"), "headings"),
        (lambda t: t.replace("Sources: [1], [2], [3]", "Sources: [1], [3]"), "Sources line"),
        (lambda t: t.replace("www.nhs.uk", "example.org"), "link"),
    ],
)
def test_a_translation_that_drops_or_changes_what_must_stay_is_reported(change, found):
    english = (FIXTURE / "content" / "tiny.md").read_text(encoding="utf-8")
    translated = (FIXTURE / "content" / "xx" / "tiny.md").read_text(encoding="utf-8")
    assert markdown_problems(english, translated) == []
    problems = markdown_problems(english, change(translated))
    assert len(problems) == 1 and found in problems[0]


def test_numbers_written_the_local_way_count_as_the_same():
    assert markdown_problems("About 1,000 in 10,000 (2.5 mg).", "Unos 1.000 de 10.000 (2,5 mg).") == []


def test_a_toml_overlay_may_change_text_only(tmp_path):
    shutil.copytree(FIXTURE / "data", tmp_path / "data")
    overlay = tmp_path / "data" / "xx" / "effects.toml"
    overlay.write_text(
        '[item.clear-skin]\nname = "Piel limpia en 3 meses"\ncount = 90\n[item.nope]\nname = "x"\n', encoding="utf-8"
    )
    problems = check_language("xx", tmp_path, FIXTURE)
    assert any("clear-skin.count: not a text field" in p for p in problems)
    assert any("item.nope: no such record" in p for p in problems)
    assert any("clear-skin.name: numbers differ" in p for p in problems)


def test_every_shipped_translation_keeps_what_must_stay():
    for lang in languages.shipped()[1:]:
        assert check_language(lang) == [], lang


@pytest.fixture
def test_language(tmp_path, monkeypatch):
    """The language "xx" with a translated overview section and an effects overlay."""
    (tmp_path / "content" / "xx").mkdir(parents=True)
    (tmp_path / "content" / "xx" / "overview.md").write_text("## En resumen\n\nHola.\n", encoding="utf-8")
    (tmp_path / "content" / "xx" / "sections.toml").write_text('[section.overview]\ntitle = "Resumen"\n')
    shutil.copytree(FIXTURE / "data" / "xx", tmp_path / "data" / "xx")
    (tmp_path / "data" / "xx" / "options.toml").write_text('[aspect.how-fast]\nlabel = "Qué tan rápido funciona"\n')

    monkeypatch.setattr(localized, "extra_roots", [tmp_path])
    languages.set_current("xx")
    yield
    languages.set_current(languages.ENGLISH)


def test_a_partial_translation_falls_back_to_english_section_by_section(test_language):
    overview = content.section("overview")
    assert overview.title == "Resumen"
    assert content.section_markdown(overview).startswith("## En resumen")
    sources = content.section("sources")
    assert sources.title == "Sources"
    assert content.section_markdown(sources) == (REPO / "resources" / "content" / "sources.md").read_text("utf-8")
    assert len(content.sections()) == len(localized.read_toml("content", "sections.toml")["section"])


def test_toml_text_is_translated_and_numbers_are_shared(test_language):
    english = {e.id: e for e in effects.parse(localized.read_toml("data", "effects.toml"))}
    translated = {e.id: e for e in effects.load_effects()}
    assert translated["clear-skin"].name == "Piel limpia después de unos 4 meses"
    assert translated["clear-skin"].frequency == english["clear-skin"].frequency
    assert translated["clear-skin"].sources == english["clear-skin"].sources
    other = next(key for key in english if key != "clear-skin")
    assert translated[other].name == english[other].name  # not in the overlay: English


def test_the_pseudo_locale_reads_english_content():
    languages.set_current(languages.PSEUDO)
    try:
        assert languages.content_language() == "en"
        assert localized.language_chain() == ()
    finally:
        languages.set_current(languages.ENGLISH)


def test_without_qt_english_plurals_come_from_the_catalogue():
    from isoapp.i18n import english, format_date, format_number, translate

    assert translate("Effects", "%n coloured figure(s)", None, 1) == "1 coloured figure"
    assert english("%n notes", 2) == "2 notes" and english("%n note(s)", 1) == "1 note"
    assert format_number(1000) == "1,000" and format_number(2.5, 1) == "2.5"
    assert format_date(__import__("datetime").date(2026, 12, 1)) == "1 Dec 2026"


def test_the_intro_is_found_in_a_translation_by_position_not_by_its_english_heading(test_language):
    overview = content.section("overview")
    assert content.section_intro(overview) == "Hola."
    languages.set_current(languages.ENGLISH)
    english = content.section_intro(overview)
    assert english and "Hola" not in english and not english.startswith("#")


def test_no_translation_call_sits_inside_an_f_string():
    """lupdate reads the code as text and skips f-strings: a tr() there never reaches the catalogue."""
    import ast

    found = []
    for path in sorted((REPO / "isoapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for part in ast.walk(node):
                func = part.func if isinstance(part, ast.Call) else None
                name = getattr(func, "attr", None) or getattr(func, "id", None)
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                    found.append(f"{path.relative_to(REPO)}:{part.lineno}")
    assert found == [], "take the tr()/translate() call out of the f-string: " + ", ".join(found)


def test_a_nested_text_field_is_translated_and_its_numbers_checked(tmp_path):
    english = {"option": [{"id": "iso", "name": "Isotretinoin", "cells": {"how": {"text": "In 7 to 10 days."}}}]}
    spec = localized.TEXT_FIELDS[("data", "options.toml")]
    data = copy.deepcopy(english)
    overlay = {"option": {"iso": {"cells": {"how": {"text": "En 7 a 10 días."}, "nope": {"text": "x"}}}}}
    problems = localized.apply_overlay(data, overlay, spec)
    assert data["option"][0]["cells"]["how"]["text"] == "En 7 a 10 días."
    assert problems == ["option.iso.cells.nope.text: no such place in the English file"]
    from isoapp.i18n.content_check import toml_problems

    bad = {"option": {"iso": {"cells": {"how": {"text": "En 5 a 10 días."}, "how2": {"sources": ["x"]}}}}}
    found = toml_problems(english, bad, spec)
    assert any("cells.how.text: numbers differ" in p for p in found)
    assert any("how2.sources: not a text field" in p for p in found)


def test_the_decision_data_is_read_in_the_content_language(test_language):
    from isoapp.decision import options

    aspects = {a.id: a.label for a in options.load().aspects}
    assert aspects["how-fast"] == "Qué tan rápido funciona"
    assert aspects["what"] == "What it involves"  # not in the overlay: English


def test_tr_is_only_called_on_self():
    """``other.tr("…")`` is looked up in the other object's class at run time but filed by lupdate under the
    class (or module) that calls it: use ``QCoreApplication.translate("Context", "…")`` there."""
    import ast

    found = []
    for path in sorted((REPO / "isoapp").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == [], "call translate() with a context instead: " + ", ".join(found)
