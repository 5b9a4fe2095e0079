"""--export-all / --import-all: the backup format round-trips, and bad files change nothing (fuzzed)."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isoapp import cli
from isoapp.backup import backup_dict
from isoapp.checkins import CheckinStore
from isoapp.course_sample import fill_sample_checkins, fill_sample_course
from isoapp.course_store import CourseStore
from isoapp.notes.store import NotesStore

TODAY = date.today()


def _fill(data_dir):
    with NotesStore.open(data_dir) as store:
        store.add("Ask about 🙂 lips", "## not a heading\nline two", section="overview", is_question=True)
        store.add("", "body only")
        fill_sample_course(CourseStore(store), TODAY)
        fill_sample_checkins(CheckinStore(store), TODAY, days=10)
        CheckinStore(store).save(
            CheckinStore(store).get(TODAY).__class__(TODAY, mood=1, red_flags=("severe-rash",), note="ß\n“x”"),
            today=TODAY,
        )


def _content(data_dir):
    with NotesStore.open(data_dir) as store:
        data = backup_dict(store)
    data.pop("exported")
    return data


def _run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_is_exact_and_private(data_dir, tmp_path, capsys):
    _fill(data_dir)
    first = tmp_path / "backup.json"
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--export-all", str(first))
    assert code == 0 and err == "" and "Backed up 2 notes, a course and 10 check-ins" in out
    assert stat.S_IMODE(os.stat(first).st_mode) == 0o600
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "isoapp-backup" and data["version"] == 1
    assert data["course"]["periods"][0]["mg_per_day"] == 20 and data["course"]["target_mg_per_kg"] == 120
    fresh = tmp_path / "fresh"
    code, out, err = _run(capsys, "--data-dir", str(fresh), "--import-all", str(first))
    assert code == 0, err
    second = tmp_path / "again.json"
    assert _run(capsys, "--data-dir", str(fresh), "--export-all", str(second))[0] == 0
    a, b = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    a.pop("exported"), b.pop("exported")
    assert a == b
    assert first.read_text("utf-8").replace(data["exported"], "") == second.read_text("utf-8").replace(
        json.loads(second.read_text("utf-8"))["exported"], ""
    ), "byte for byte apart from the stamp"


def test_export_refuses_an_existing_file_without_force(data_dir, tmp_path, capsys):
    _fill(data_dir)
    dest = tmp_path / "b.json"
    dest.write_text("keep me")
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--export-all", str(dest))
    assert code == 2 and err.count("\n") == 1 and "--force" in err
    assert dest.read_text() == "keep me"
    assert _run(capsys, "--data-dir", str(data_dir), "--export-all", str(dest), "--force")[0] == 0
    assert json.loads(dest.read_text("utf-8"))["format"] == "isoapp-backup"


def test_import_refuses_a_folder_with_a_course(data_dir, tmp_path, capsys):
    _fill(data_dir)
    dest = tmp_path / "b.json"
    assert _run(capsys, "--data-dir", str(data_dir), "--export-all", str(dest))[0] == 0
    before = _content(data_dir)
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(dest))
    assert code == 2 and err.count("\n") == 1 and "already has a course" in err
    assert _content(data_dir) == before


def test_notes_only_backup_adds_notes_once(data_dir, tmp_path, capsys):
    with NotesStore.open(data_dir) as store:
        store.add("One", "x")
    dest = tmp_path / "b.json"
    assert _run(capsys, "--data-dir", str(data_dir), "--export-all", str(dest))[0] == 0
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(dest))
    assert code == 0 and "Restored 0 notes (1 already there)" in out


def test_newer_version_is_refused(data_dir, tmp_path, capsys):
    src = tmp_path / "b.json"
    src.write_text(json.dumps({"format": "isoapp-backup", "version": 2, "notes": [{"title": "x"}]}))
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert code == 2 and "newer" in err and err.count("\n") == 1


def _valid():
    return {
        "format": "isoapp-backup",
        "version": 1,
        "exported": "2026-12-01T10:00:00Z",
        "notes": [{"title": "t", "body": "b", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"}],
        "course": {
            "region": "us",
            "can_get_pregnant": True,
            "target_mg_per_kg": 120,
            "periods": [{"start": "2026-01-05", "end": None, "mg_per_day": 40, "weight_kg": 60}],
            "missed": ["2026-01-20"],
            "events": [{"date": "2026-02-02", "kind": "pregnancy-test", "title": "Test", "done": False}],
        },
        "checkins": [{"date": "2026-01-10", "mood": 3, "symptoms": {"lips": 2}, "red_flags": [], "note": ""}],
    }


def test_the_interface_example_is_accepted(data_dir, tmp_path, capsys):
    src = tmp_path / "b.json"
    src.write_text(json.dumps(_valid()))
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert code == 0, err
    with NotesStore.open(data_dir) as store:
        course = CourseStore(store)
        assert course.settings().target_mg_per_kg == 120
        [event] = course.events()
        assert event.own and event.key.startswith("own-")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["course"]["periods"][0].update(mg_per_day=0), "course.periods[0].mg_per_day"),
        (lambda d: d["course"]["periods"][0].update(weight_kg=999), "course.periods[0].weight_kg"),
        (lambda d: d["course"]["periods"][0].update(end="2025-01-01"), "course.periods[0].end"),
        (lambda d: d["course"]["periods"][0].update(start="2026-02-30"), "course.periods[0].start"),
        (lambda d: d["course"]["periods"].append(dict(d["course"]["periods"][0])), "overlaps"),
        (lambda d: d["course"].update(region="moon"), "course.region"),
        (lambda d: d["course"].update(target_mg_per_kg="120"), "course.target_mg_per_kg"),
        (lambda d: d["checkins"][0].update(mood=7), "checkins[0].mood"),
        (lambda d: d["checkins"][0].update(date="9999-01-01"), "checkins[0].day"),
        (lambda d: d["notes"][0].update(body="a\x00b"), "notes[0].body"),
        (lambda d: d["notes"][0].update(created="yesterday"), "notes[0].created"),
        (lambda d: d.update(format="other"), "not an isoapp-backup"),
    ],
)
def test_bad_fields_are_named(data_dir, tmp_path, capsys, change, words):
    data = _valid()
    change(data)
    src = tmp_path / "b.json"
    src.write_text(json.dumps(data))
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert code == 2 and words in err and err.count("\n") == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _mutations():
    keys_paths = [
        ("version",),
        ("notes",),
        ("notes", 0),
        ("notes", 0, "title"),
        ("course",),
        ("course", "periods", 0, "start"),
        ("course", "periods", 0, "mg_per_day"),
        ("course", "missed"),
        ("course", "events", 0, "date"),
        ("checkins", 0, "symptoms"),
        ("checkins", 0, "date"),
        ("checkins", 0, "red_flags"),
    ]
    return st.tuples(st.sampled_from(keys_paths), json_values)


def _mutate(data, path, value):
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


SPECIALS = [
    b"",
    b"{",
    b"\xff\xfe not utf-8",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"format": "isoapp-backup", "version": 1, "notes": "' + b"x" * 3_000_000 + b'"}',
    b'{"format": "isoapp-backup", "version": 1e400}',
    b'{"format": "isoapp-backup", "version": 1, "course": {"region": "us", "can_get_pregnant": true, '
    b'"periods": [{"start": "0001-01-01", "mg_per_day": 40, "weight_kg": 60}]}}',
    b'{"format": "isoapp-backup", "version": 99999999999999999999999}',
    b'{"format": "isoapp-backup", "version": 1, "checkins": [{"date": "2026-01-01", "note": "' + b"n" * 20000 + b'"}]}',
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["mutate", "truncate", "special"]),
    mutation=_mutations(),
    cut=st.integers(0, 2000),
    special=st.sampled_from(SPECIALS),
)
def test_fuzzed_backups_never_crash_and_change_nothing(data_dir, tmp_path, capsys, kind, mutation, cut, special):
    if not (data_dir / "notes.sqlite3").exists():
        with NotesStore.open(data_dir) as store:
            store.add("existing", "note")
    before = _content(data_dir)
    raw = json.dumps(_valid()).encode()
    if kind == "mutate":
        try:
            raw = json.dumps(_mutate(_valid(), *mutation)).encode()
        except (KeyError, IndexError, TypeError):
            return
    elif kind == "truncate":
        raw = raw[: cut % len(raw)]
    else:
        raw = special
    src = tmp_path / "fuzz.json"
    src.write_bytes(raw)
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert "Traceback" not in err
    if code == 0:  # a mutation that is still a valid backup: it went in; undo it for the next example
        for f in data_dir.iterdir():
            f.unlink()
        return
    assert code == 2 and err.count("\n") == 1 and err.startswith("isoapp: error: ")
    assert _content(data_dir) == before


def test_dates_out_of_range_and_future_days(data_dir, tmp_path, capsys):
    data = _valid()
    data["course"]["missed"] = [(TODAY + timedelta(days=3)).isoformat()]
    src = tmp_path / "b.json"
    src.write_text(json.dumps(data))
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert code == 2 and "course.missed[0].day" in err and "future" in err


def test_any_import_into_a_folder_with_check_ins_is_refused(data_dir, tmp_path, capsys):
    from isoapp.checkins import CheckIn

    src = tmp_path / "notes-only.json"
    src.write_text(json.dumps({"format": "isoapp-backup", "version": 1, "notes": [_valid()["notes"][0]]}))
    with NotesStore.open(data_dir) as store:
        CheckinStore(store).save(CheckIn(TODAY, mood=3))
    before = _content(data_dir)
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--import-all", str(src))
    assert code == 2 and "check-ins" in err
    assert _content(data_dir) == before


def test_export_notes_also_needs_force_to_replace(data_dir, tmp_path, capsys):
    with NotesStore.open(data_dir) as store:
        store.add("One", "x")
    dest = tmp_path / "notes.md"
    dest.write_text("mine")
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--export-notes", str(dest))
    assert code == 2 and "--force" in err and dest.read_text() == "mine"
    assert _run(capsys, "--data-dir", str(data_dir), "--export-notes", str(dest), "--force")[0] == 0
    assert dest.read_text().startswith("## One")
