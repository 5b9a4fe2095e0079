"""Faults the store must survive: SIGKILL mid-write, a read-only data dir."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from isoapp.notes.errors import NotesError
from isoapp.notes.store import FILENAME, NotesStore

REPO = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import random, sys
    from pathlib import Path
    from isoapp.notes.store import NotesStore

    data_dir, run = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(run)
    store = NotesStore.open(data_dir)
    print("ready", flush=True)
    mine = []
    seq = 0
    while True:
        seq += 1
        body = f"run {run} seq {seq} |" + ("acne notes " * rng.randint(10, 60000))
        if mine and rng.random() < 0.3:
            note_id = rng.choice(mine)
            store.update(note_id, body=body)
            print(f"updated {note_id} {seq}", flush=True)
        else:
            note = store.add(f"run {run} seq {seq}", body, is_question=rng.random() < 0.5)
            mine.append(note.id)
            print(f"added {note.id} {seq}", flush=True)
    """
)


def _seq_of(body: str) -> int:
    return int(body.split(" seq ", 1)[1].split(" ", 1)[0])


def test_sigkill_mid_write_loses_no_committed_note(data_dir, tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(6)
    committed: dict[int, int] = {}  # note id -> last seq the child reported as committed
    for run in range(20):
        child = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(run)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.3))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] in ("added", "updated"):  # a torn last line is not a report
                committed[int(parts[1])] = int(parts[2])
        with NotesStore.open(data_dir) as store:
            assert store.recovered_from is None, "a killed writer must not leave a damaged store"
            assert store.integrity_check() == "ok"
            for note_id, seq in committed.items():
                note = store.get(note_id)
                assert note is not None, f"committed note {note_id} lost after run {run}"
                # the child may have committed a later version before it could print it
                assert _seq_of(note.body) >= seq
            assert len(store.search("acne", limit=100_000)) == store.count(), "search index in step"
    assert len(committed) > 20, "the children should have committed many notes"


def _can_mount_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount --bind /tmp /tmp"], capture_output=True)
    return probe.returncode == 0


READ_ONLY_CHILD = textwrap.dedent(
    """
    import json, sqlite3, sys
    from pathlib import Path
    from isoapp.notes.errors import NotesError
    from isoapp.notes.store import NotesStore

    result = {}
    try:
        store = NotesStore.open(Path(sys.argv[1]))
    except NotesError as exc:
        result["open_error"] = str(exc)
    else:
        result["titles"] = [n.title for n in store.list()]
        result["read_only_reason"] = store.read_only_reason
        try:
            store.add("new", "typed on a read-only disk")
            result["write"] = "ok"
        except (sqlite3.OperationalError, NotesError) as exc:
            result["write_error"] = str(exc)
        store.close()
    print(json.dumps(result))
    """
)


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs unshare + bind mounts for a real read-only folder")
@pytest.mark.parametrize("open_elsewhere", [False, True], ids=["closed", "open-in-another-window"])
def test_read_only_data_dir_is_reported_and_left_intact(data_dir, tmp_path, open_elsewhere):
    """A real read-only mount (root ignores chmod, a read-only file system it cannot)."""
    with NotesStore.open(data_dir) as s:
        s.add("kept", "written before the disk went read-only")
    other = NotesStore.open(data_dir) if open_elsewhere else None  # keeps -wal/-shm present
    try:
        before = sorted(p.name for p in data_dir.iterdir())
        main_bytes = (data_dir / FILENAME).read_bytes()
        script = tmp_path / "ro.py"
        script.write_text(READ_ONLY_CHILD, encoding="utf-8")
        d = str(data_dir)
        out = tmp_path / "exported.md"
        shell = (
            f"mount --bind '{d}' '{d}' && mount -o remount,bind,ro '{d}' && '{sys.executable}' '{script}' '{d}' "
            f"&& exec '{sys.executable}' -m isoapp --data-dir '{d}' --export-notes '{out}'"
        )
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", shell],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[0])
        # issue 17 item 5: everything is shown, and the store says why changes cannot be saved
        assert result["titles"] == ["kept"], result
        assert result["read_only_reason"] == "the notes folder is read-only"
        assert result["write_error"] == "Changes cannot be saved: the notes folder is read-only."
        assert done.stdout.strip().splitlines()[-1] == f"Exported 1 note to {out}"
        assert "## kept" in out.read_text(encoding="utf-8")
        assert sorted(p.name for p in data_dir.iterdir()) == before, "nothing moved aside or created"
        if not open_elsewhere:
            assert (data_dir / FILENAME).read_bytes() == main_bytes
    finally:
        if other is not None:
            other.close()
    with NotesStore.open(data_dir) as s:
        assert [n.title for n in s.list()] == ["kept"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through chmod 0500; the mount test covers this")
def test_chmod_read_only_data_dir(data_dir):
    with NotesStore.open(data_dir) as s:
        s.add("kept", "x")
    os.chmod(data_dir, 0o500)
    try:
        try:
            store = NotesStore.open(data_dir)
        except NotesError:
            return
        with store, pytest.raises(Exception, match="readonly|read-only|unable"):
            store.add("new", "y")
    finally:
        os.chmod(data_dir, 0o700)


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from isoapp.notes.store import NotesStore

    data_dir, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with NotesStore.open(data_dir) as store:
        for i in range(count):
            store.add(f"{name} {i}", f"written by window {name}")
            if i % 10 == 0:
                note = store.list(limit=1)[0]
                store.update(note.id, body=note.body + " (touched by " + name + ")")
    print("done", flush=True)
    """
)


def test_two_app_processes_share_the_store_safely(data_dir, tmp_path):
    """Two windows (processes) writing at once: WAL + busy timeout serialise them; nothing is lost."""
    NotesStore.open(data_dir).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    children = [
        subprocess.Popen(
            [sys.executable, str(script), str(data_dir), name, "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("A", "B")
    ]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.strip() == "done"
    with NotesStore.open(data_dir) as store:
        assert store.integrity_check() == "ok"
        titles = {n.title for n in store.list()}
        assert titles == {f"{name} {i}" for name in ("A", "B") for i in range(150)}
