"""Every source is findable: full citation, and a link to the record itself, never to a search
(issue 11). Qt-free: reads resources/data/sources.toml through isoapp.content."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import parse_qs, urlparse

import pytest

from isoapp import content

# Journal articles link to PubMed or a DOI; everything else to the publisher's own page.
RECORD_HOSTS = ("pubmed.ncbi.nlm.nih.gov", "doi.org")
OFFICIAL_HOSTS = (
    "decisionaid.ohri.ca",
    "dailymed.nlm.nih.gov",
    "medlineplus.gov",
    "www.medicines.org.uk",
    "www.nhs.uk",
    "www.nice.org.uk",
    "bnf.nice.org.uk",
    "www.gov.uk",
    "www.ema.europa.eu",
    "dermnetnz.org",
    "www.ncbi.nlm.nih.gov",
    "www.fda.gov",
    "www.medicinesinpregnancy.org",
    "www.transfusionguidelines.org",
    "emedicine.medscape.com",
    "www.dermcoll.edu.au",
    "dhpp.hpfb-dgpsa.ca",
    "www.msdmanuals.com",
    "988lifeline.org",
    "digital-strategy.ec.europa.eu",
)
SEARCH_HINTS = ("search", "term=", "keywords=", "query=", "q=", "?s=", "/results")
PMID_RE = re.compile(r"\bPMID (\d{5,9})\b")
DOI_RE = re.compile(r"\bdoi:(10\.\d{4,9}/\S+?)(?=\s|$)")
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")

SOURCES = content.sources()
IDS = [s.id for s in SOURCES]


def problems(source: content.Source) -> list[str]:
    """Why a source is not findable (empty list: it is). Used on the shipped list and on bad examples."""
    out: list[str] = []
    url = urlparse(source.url)
    if url.scheme != "https" or not url.netloc or " " in source.url:
        return [f"bad url {source.url!r}"]
    lowered = source.url.lower()
    if any(hint in lowered for hint in SEARCH_HINTS):
        out.append("links to a search, not to the record")
    if url.netloc not in RECORD_HOSTS + OFFICIAL_HOSTS:
        out.append(f"{url.netloc} is not a record or official host")
    if url.path in ("", "/") and url.netloc not in ("988lifeline.org",):
        out.append("links to a home page, not to the record")
    if url.query and set(parse_qs(url.query)) != {"setid"}:
        out.append("a query string other than a DailyMed setid")
    if len(source.citation) < 40 or not source.short.strip():
        out.append("citation too thin")
    pmid = PMID_RE.search(source.citation)
    doi = DOI_RE.search(source.citation)
    if url.netloc in RECORD_HOSTS:  # a journal article
        if not (pmid or doi):
            out.append("a paper needs its PMID or DOI")
        if not YEAR_RE.search(source.citation):
            out.append("a paper needs its year")
        head = source.citation.split(".")[0]
        if not re.search(r"[A-Z][a-zA-Z'-]+ [A-Z]{1,3}\b|group|author", head):
            out.append("a paper needs its authors first")
        if url.netloc == "pubmed.ncbi.nlm.nih.gov" and (not pmid or url.path != f"/{pmid.group(1)}/"):
            out.append("PubMed link does not match the PMID")
        if url.netloc == "doi.org" and (not doi or url.path != "/" + doi.group(1)):
            out.append("DOI link does not match the DOI")
    return out


@pytest.mark.parametrize("source", SOURCES, ids=IDS)
def test_every_source_is_cited_in_full_and_links_to_its_record(source):
    assert problems(source) == []


@pytest.mark.parametrize(
    "url, citation, expected",
    [
        (
            "https://pubmed.ncbi.nlm.nih.gov/?term=isotretinoin",
            "Smith J. A title. J Test. 2020. PMID 123456.",
            "search",
        ),
        (
            "https://www.gov.uk/drug-safety-update?keywords=isotretinoin",
            "MHRA. Drug Safety Update on a topic here.",
            "search",
        ),
        ("https://pubmed.ncbi.nlm.nih.gov/999999/", "Smith J. A title. J Test. 2020. PMID 123456.", "match"),
        ("https://doi.org/10.1000/xyz", "Smith J. A title. J Test. 2020.", "PMID or DOI"),
        ("https://doi.org/10.1000/xyz", "A title with no names. J Test. 2020. doi:10.1000/xyz", "authors"),
        ("https://example.org/page", "Somebody. A page about isotretinoin for acne.", "not a record"),
        ("https://www.nhs.uk/", "NHS. Isotretinoin capsules, a page about it.", "home page"),
    ],
)
def test_the_check_catches_unfindable_sources(url, citation, expected):
    bad = content.Source(id="x", number=1, short="X", citation=citation, url=url)
    assert any(expected in p for p in problems(bad)), problems(bad)


def test_sources_are_unique_and_numbered_without_gaps():
    assert len(IDS) == len(set(IDS))
    assert [s.number for s in SOURCES] == list(range(1, len(SOURCES) + 1))
    urls = [s.url for s in SOURCES]
    assert len(urls) == len(set(urls)), "two sources share a link"


def test_the_sources_the_text_relies_on_are_there():
    by_id = content.sources_by_id()
    for sid in (
        "label-us",
        "nhs",
        "mhra-2023",
        "mhra-2026",
        "uktis",
        "fda-ipledge",
        "costa-2018",
        "tan-2024",
        "huang-2017",
        "medlineplus",
        "nhs-crisis",
        "lifeline-988",
        "eu-112",
    ):
        assert sid in by_id, sid
    assert "38019562" in by_id["tan-2024"].citation and "38231244" in by_id["tan-2024"].citation
    assert "cell" in by_id["nelson-2006"].citation.lower()  # a cell-line study, said so
    assert "biopsies" in by_id["nelson-2008"].citation
    for gone in ("stewart-1983", "aus-prescriber", "lammer-1985", "liver-severe"):
        assert gone not in by_id, f"{gone} was dropped: it could not be checked"


def test_sources_meta_and_the_sources_section_agree():
    meta = content.sources_meta()
    reviewed = date.fromisoformat(meta["last_reviewed"])
    assert reviewed >= date(2026, 12, 1)
    assert len(meta["update_policy"]) > 40
    md = content.section_markdown(content.section("sources"))
    assert f"{reviewed.day} {reviewed:%B %Y}" in md, "sources.md must show the last-reviewed date"
    lowered = md.lower()
    for promise in ("no funding", "no ads", "collects no data"):
        assert promise in lowered


def test_content_changes_are_listed_newest_first_with_dates():
    md = content.section_markdown(content.section("sources"))
    body = md[md.index("## Content changes") :].split("\n## ", 1)[0]
    dates = re.findall(r"^- \*\*(\d{1,2} \w+ \d{4}):\*\*", body, re.M)
    parsed = [datetime.strptime(d, "%d %B %Y").date() for d in dates]
    assert len(parsed) >= 2 and parsed == sorted(parsed, reverse=True)
    assert parsed[0] == date.fromisoformat(content.sources_meta()["last_reviewed"])
