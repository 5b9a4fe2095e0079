"""Qt-free tests of the benefits / side-effects data and its model (issue 4)."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isoapp import effects

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "resources" / "data" / "effects.toml"
SOURCES = ROOT / "resources" / "data" / "sources.toml"


def raw_data() -> dict:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)


def source_ids() -> set[str]:
    with open(SOURCES, "rb") as fh:
        data = tomllib.load(fh)
    entries = data.get("source") or data.get("sources") or []
    return {s["id"] for s in entries}


@pytest.fixture(scope="module")
def all_effects() -> list[effects.Effect]:
    return effects.load_effects(DATA)


def by_id(all_effects, iid):
    return next(e for e in all_effects if e.id == iid)


# ---------------------------------------------------------------- the data file


def test_data_file_validates():
    assert effects.validate(raw_data()) == []


def test_every_source_id_exists_in_sources_toml():
    assert SOURCES.exists(), "resources/data/sources.toml is missing"
    ids = source_ids()
    assert ids, "sources.toml lists no sources"
    assert effects.validate(raw_data(), ids) == []
    used = {s for item in raw_data()["item"] for s in item["sources"]}
    assert used <= ids, f"unknown source ids: {sorted(used - ids)}"


def test_numbers_are_within_0_to_100_percent_and_low_not_above_high(all_effects):
    for e in all_effects:
        f = e.frequency
        assert f.per in (100, 1000, 10000), e.id
        if not f.known:
            assert f.low is None and f.high is None, e.id
            continue
        for v in (f.low, f.high):
            if v is not None:
                assert 0 <= v / f.per <= 1, e.id
        if f.low is not None and f.high is not None:
            assert f.low <= f.high, e.id


def test_both_kinds_present_and_ids_unique(all_effects):
    ids = [e.id for e in all_effects]
    assert len(ids) == len(set(ids))
    assert effects.benefits(all_effects) and effects.side_effects(all_effects)
    for e in effects.side_effects(all_effects):
        assert e.goes_away in effects.GOES_AWAY and e.serious in effects.SERIOUS, e.id


def test_key_figures_from_the_facts_sheet(all_effects):
    # These are the figures the facts sheet gives; a typo in the data must fail here.
    assert by_id(all_effects, "clear-skin").frequency.text() == "about 80 in 100 people"
    assert by_id(all_effects, "blood-fats").frequency.text() == "about 25 in 100 people"
    dep = by_id(all_effects, "depression").frequency
    # Tan 2024: pooled 3.83% with a 95% CI of 2.45 to 5.93%, shown as a range, not as "383"
    assert dep.source_text() == "245 to 593 in 10,000" and dep.text() == "2 to 6 in 100 people"
    assert by_id(all_effects, "suicidal-thoughts").frequency.text() == "up to 5 in 1,000 people"
    # Severe skin reactions: frequency not known (SmPC, BNF); liver figures had no checkable source
    assert by_id(all_effects, "severe-skin").frequency.known is False
    assert by_id(all_effects, "liver-mild").frequency.known is False
    assert by_id(all_effects, "sexual-problems").frequency.known is False
    assert by_id(all_effects, "sexual-problems").goes_away == "may persist"
    assert by_id(all_effects, "hair-thinning").frequency.source_text() == "1 to 10 in 10,000"
    assert by_id(all_effects, "birth-defects").frequency.text() == "up to 20 in 100 babies"
    assert "learning difficulties" in by_id(all_effects, "birth-defects").note


def test_benefits_are_only_benefits(all_effects):
    """Relapse and a lifted mood are not benefits of the medicine (clinical review 2026-12)."""
    ids = {e.id for e in effects.benefits(all_effects)}
    assert ids == {"clear-skin"}
    assert all(e.id not in {"relapse", "less-depression", "liver-severe"} for e in all_effects)
    assert "10 to 60 in 100" in by_id(all_effects, "clear-skin").lasts  # relapse lives in "Does it last?"


def test_pregnancy_rows_are_grouped_and_say_harm_cannot_be_undone(all_effects):
    for iid in ("birth-defects", "miscarriage"):
        e = by_id(all_effects, iid)
        assert e.group == "pregnancy" and e.group_title == "If a pregnancy starts"
        assert e.goes_away_text() == "No. It cannot be undone."
    assert [k for k, _ in effects.grouped(all_effects)][-1] == "pregnancy"
    bad = copy.deepcopy(raw_data())
    next(i for i in bad["item"] if i["id"] == "miscarriage")["group"] = "babies"
    assert any("group 'babies'" in err for err in effects.validate(bad))


def test_serious_items_say_stop_and_get_help(all_effects):
    for e in effects.side_effects(all_effects):
        if e.action == "get help at once" and e.group != "pregnancy":
            assert "stop taking it" in e.what_to_do.lower(), e.id
    for iid in ("acne-flare", "sun-sensitivity"):
        assert "leaflets differ" in by_id(all_effects, iid).note
    assert "studies differ" in by_id(all_effects, "facial-redness").note.lower()
    assert "no clear link" in by_id(all_effects, "bowel").note and "bloody" in by_id(all_effects, "bowel").what_to_do


def test_mood_items_give_both_sides_and_get_help(all_effects):
    dep = by_id(all_effects, "depression")
    assert "may cause depression" in dep.note and "not possible to say definitely" in dep.note
    assert "not taking it" in dep.note  # the comparison with non-users
    assert "Studies have not shown" in by_id(all_effects, "suicidal-thoughts").note
    for iid in ("depression", "suicidal-thoughts"):
        assert by_id(all_effects, iid).action == "get help at once"


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda it: it.update(count=120), "outside 0 to 100"),
        (lambda it: it.update(count=-1), "outside 0 to 100"),
        (lambda it: it.update(per=50), "per 50"),
        (lambda it: it.update(kind="maybe"), "kind"),
        (lambda it: it.update(sources=[]), "sources"),
        (lambda it: it.pop("name"), "name"),
        (lambda it: it.update(how="range", low=9, high=3) or it.pop("count"), "more than high"),
        (lambda it: it.update(action="panic"), "action"),
        (lambda it: it.update(goes_away="sometimes"), "goes_away"),
    ],
)
def test_bad_data_gives_a_clear_message(change, message):
    raw = copy.deepcopy(raw_data())
    item = next(i for i in raw["item"] if i["id"] == "blood-fats")
    change(item)
    errors = effects.validate(raw)
    assert any(message in err and "blood-fats" in err for err in errors), errors
    with pytest.raises(effects.EffectsDataError, match="blood-fats"):
        effects.parse(raw)


def test_unknown_source_id_is_reported():
    errors = effects.validate(raw_data(), {"nhs"})
    assert any("unknown source id" in err for err in errors)


def test_broken_file_raises_clear_error(tmp_path):
    bad = tmp_path / "effects.toml"
    bad.write_text("[[item]\nid = ", encoding="utf-8")
    with pytest.raises(effects.EffectsDataError, match="not valid TOML"):
        effects.load_effects(bad)
    with pytest.raises(effects.EffectsDataError, match="cannot read"):
        effects.load_effects(tmp_path / "missing.toml")


# ---------------------------------------------------------------- groups, filters, sorting


def test_groups_follow_the_frequency(all_effects):
    assert by_id(all_effects, "dry-lips").group == "most"
    assert by_id(all_effects, "blood-fats").group == "some"
    assert by_id(all_effects, "suicidal-thoughts").group == "few"
    assert by_id(all_effects, "pancreatitis").group == "rare"
    assert by_id(all_effects, "sexual-problems").group == "unknown"
    groups = effects.grouped(all_effects)
    keys = [k for k, _ in groups]
    assert keys == sorted(keys, key=effects.GROUP_ORDER.__getitem__)
    assert sum(len(v) for _, v in groups) == len(all_effects)


def test_filters(all_effects):
    side = effects.side_effects(all_effects)
    assert effects.filter_effects(side, "all") == side
    common = effects.filter_effects(side, "common")
    assert common and all(e.frequency.typical_rate >= 0.01 for e in common)
    assert by_id(all_effects, "pancreatitis") not in common
    assert by_id(all_effects, "sexual-problems") not in common
    serious = effects.filter_effects(side, "serious")
    assert serious and all(e.serious == "serious" for e in serious)
    assert by_id(all_effects, "dry-lips") not in serious
    away = effects.filter_effects(side, "goes away")
    assert by_id(all_effects, "blood-fats") in away
    assert by_id(all_effects, "sexual-problems") not in away
    assert by_id(all_effects, "birth-defects") not in away
    assert all(e.goes_away in ("yes", "usually") for e in away)
    with pytest.raises(ValueError):
        effects.filter_effects(side, "scary")


def test_sort_by_frequency(all_effects):
    ordered = effects.sort_by_frequency(all_effects)
    rates = [e.frequency.typical_rate for e in ordered]
    known = [r for r in rates if r is not None]
    assert known == sorted(known, reverse=True)
    # "not known" always last, in both directions
    assert all(r is None for r in rates[len(known) :])
    asc = effects.sort_by_frequency(all_effects, descending=False)
    asc_known = [e.frequency.typical_rate for e in asc if e.frequency.known]
    assert asc_known == sorted(asc_known)
    assert not asc[-1].frequency.known
    assert ordered[0].id == "dry-lips"


# ---------------------------------------------------------------- icon arrays and words


def test_icon_counts_match_the_number(all_effects):
    assert by_id(all_effects, "blood-fats").frequency.icon_counts(100) == (25, 0)
    assert by_id(all_effects, "blood-fats").frequency.icon_counts(1000) == (250, 0)
    assert by_id(all_effects, "birth-defects").frequency.icon_counts(100) == (0, 20)
    assert by_id(all_effects, "depression").frequency.icon_counts(100) == (2, 4)
    assert by_id(all_effects, "depression").frequency.icon_counts(1000) == (25, 34)
    assert by_id(all_effects, "suicidal-thoughts").frequency.icon_counts(1000) == (0, 5)
    assert by_id(all_effects, "hair-thinning").frequency.icon_counts(1000) == (0, 1)
    assert by_id(all_effects, "sexual-problems").frequency.icon_counts(100) == (0, 0)


def test_shared_denominator_for_a_1_in_100_and_a_1_in_10000_item(all_effects):
    common = by_id(all_effects, "blood-fats")
    rare = by_id(all_effects, "suicidal-thoughts")
    assert common.frequency.needed_denominator() == 100
    assert rare.frequency.needed_denominator() == 1000
    assert effects.shared_denominator([common, rare]) == 1000
    assert effects.shared_denominator([rare, common]) == 1000
    assert effects.shared_denominator([common, by_id(all_effects, "clear-skin")]) == 100


def test_text_equivalent(all_effects):
    text = effects.icon_text(by_id(all_effects, "blood-fats").frequency, 100)
    assert text == "About 25 in 100 people: 25 coloured figures out of 100."
    assert "not known" in effects.icon_text(by_id(all_effects, "sexual-problems").frequency, 100)
    assert "studies differ" in effects.icon_text(by_id(all_effects, "depression").frequency, 100)
    assert "25 coloured figures, plus 34 striped figures" in effects.icon_text(
        by_id(all_effects, "depression").frequency, 1000
    )


freqs = st.one_of(
    st.builds(
        lambda per, c: effects.Frequency("about", per, c * per, c * per),
        st.sampled_from(effects.DENOMINATORS),
        st.floats(0, 1),
    ),
    st.builds(
        lambda per, a, b: effects.Frequency("range", per, min(a, b) * per, max(a, b) * per),
        st.sampled_from(effects.DENOMINATORS),
        st.floats(0, 1),
        st.floats(0, 1),
    ),
    st.builds(
        lambda per, c: effects.Frequency("up to", per, None, c * per),
        st.sampled_from(effects.DENOMINATORS),
        st.floats(0, 1),
    ),
    st.builds(
        lambda per, c: effects.Frequency("at least", per, c * per, None),
        st.sampled_from(effects.DENOMINATORS),
        st.floats(0, 1),
    ),
)


@given(freqs, st.sampled_from(effects.ICON_DENOMINATORS))
def test_icon_counts_never_exceed_the_array(freq, den):
    sure, maybe = freq.icon_counts(den)
    assert 0 <= sure and 0 <= maybe and sure + maybe <= den
    text = effects.icon_text(freq, den)
    assert f"{den:,}" in text


def test_table_markdown_lists_every_item_with_its_number(all_effects):
    text = effects.table_markdown(all_effects, {"nhs": 3, "uktis": 10})
    for e in all_effects:
        assert e.name in text
        assert e.frequency.text() in text
    assert "\\[3\\]" in text and "\\[10\\]" in text
    assert text.index("### Benefits") < text.index("### Side effects")
    # side-effect rows carry reversibility and seriousness; every table row has the same cells
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    side_start = text.splitlines().index("### Side effects")
    for line in text.splitlines()[side_start:]:
        if line.startswith("| ") and not line.startswith("| What"):
            assert line.count(" | ") == 6, line
    assert len(rows) == len(all_effects) + 2  # + the two header rows
