"""docs/ipdas.md: the summary counts agree with the criteria tables, and every criterion says where
(or why not)."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "ipdas.md"
ROW = re.compile(r"^\| (Q[1-6]|C[1-6]) \| [^|]+ \| (met|partly|not yet) \| ([^|]+) \|$")


def test_ipdas_summary_matches_the_criteria_rows():
    text = DOC.read_text(encoding="utf-8")
    rows = [ROW.match(line) for line in text.splitlines()]
    rows = [m for m in rows if m]
    assert sorted(m.group(1) for m in rows) == [f"C{i}" for i in range(1, 7)] + [f"Q{i}" for i in range(1, 7)]
    for m in rows:
        assert len(m.group(3).strip()) > 30, f"{m.group(1)} needs where or why"

    def counts(prefix: str) -> tuple[int, int, int]:
        statuses = [m.group(2) for m in rows if m.group(1).startswith(prefix)]
        return statuses.count("met"), statuses.count("partly"), statuses.count("not yet")

    met_q, partly_q, not_q = counts("Q")
    met_c, partly_c, not_c = counts("C")
    assert f"| Qualifying (6) | {met_q} | {partly_q} | {not_q} | 0 |" in text
    assert f"| Certification, all decision aids (6) | {met_c} | {partly_c} | {not_c} | 0 |" in text
    total = f"| **All 12 that apply** | **{met_q + met_c}** | **{partly_q + partly_c}** | **{not_q + not_c}** | |"
    assert total in text
    for honest in ("No clinician has reviewed the Decide part", "Funding.** None", "Update policy", "© O'Connor"):
        assert honest in text
