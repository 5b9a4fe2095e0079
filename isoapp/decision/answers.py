"""The person's decision-aid answers (knowledge check and SURE), kept in ``decision.json`` in the
data dir. Qt-free, so the doctor's summary and the tests can read them without a window.

Writes are atomic (a temporary file, then a rename) and private (0600). A file that cannot be read is
moved aside (kept, never deleted) and the answers start empty.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from isoapp.atomic import write_bytes_atomically

FILE_NAME = "decision.json"
FORMAT = "isoapp-decision"
VERSION = 1
SURE_LETTERS = ("S", "U", "R", "E")


@dataclass
class DecisionAnswers:
    knowledge: dict[str, int] = field(default_factory=dict)  # question id -> chosen index
    sure: dict[str, bool] = field(default_factory=dict)  # "S", "U", "R", "E" -> yes/no
    updated: str = ""
    moved_aside: Path | None = None  # set when an unreadable file was moved aside on load

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "updated": self.updated,
            "knowledge": dict(self.knowledge),
            "sure": dict(self.sure),
        }


def path_in(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def _parse(data: object) -> DecisionAnswers:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a decision answers file")
    if int(data.get("version", 0)) > VERSION:
        raise ValueError("made by a newer version of the app")
    knowledge = {str(k): int(v) for k, v in dict(data.get("knowledge", {})).items() if not isinstance(v, bool)}
    sure = {str(k): v for k, v in dict(data.get("sure", {})).items() if k in SURE_LETTERS and isinstance(v, bool)}
    return DecisionAnswers(knowledge, sure, str(data.get("updated", "")))


def load(data_dir: Path) -> DecisionAnswers:
    """The saved answers, or empty ones. An unreadable file is renamed aside, never lost."""
    path = path_in(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DecisionAnswers()
    except OSError:
        return DecisionAnswers()
    try:
        return _parse(json.loads(text))
    except (ValueError, TypeError, AttributeError):
        moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(moved)
        except OSError:
            moved = None
        answers = DecisionAnswers()
        answers.moved_aside = moved
        return answers


def save(data_dir: Path, answers: DecisionAnswers) -> None:
    """Write the answers atomically (mode 0600). Raises OSError (isoapp.atomic.WriteError) if refused."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    answers.updated = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    payload = json.dumps(answers.to_json(), indent=2, sort_keys=True, ensure_ascii=False)
    write_bytes_atomically(path_in(data_dir), payload.encode("utf-8"))
