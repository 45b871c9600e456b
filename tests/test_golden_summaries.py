"""The summary JSON of every sample and real export equals its golden file (tests/golden/).

A difference is either a bug or an intended change of figures; for the latter, rerun
``scripts/update_goldens.py`` and review the diff of tests/golden/ in the same commit.
"""

from __future__ import annotations

import json

import pytest

from conftest import need
from golden_cases import GOLDEN_DIR, OWNERS, REAL_EXPORTS, golden_cases, run_summary

CASES = golden_cases()


@pytest.mark.parametrize(("name", "path"), [pytest.param(n, p, id=n) for n, p in CASES if n.startswith("sample-")])
def test_sample_summary_matches_golden(name, path):
    assert json.loads(run_summary(path, OWNERS.get(name))) == json.loads(
        (GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8")
    )


@pytest.mark.real_exports
def test_real_export_summaries_match_goldens():
    need(REAL_EXPORTS.is_dir(), f"{REAL_EXPORTS} is absent: golden summaries of real exports need ../shared")
    real = [(n, p) for n, p in CASES if n.startswith("real-")]
    goldens = sorted(p.stem for p in GOLDEN_DIR.glob("real-*.json"))
    assert sorted(n for n, _ in real) == goldens, "an export was added or removed: rerun scripts/update_goldens.py"
    differ = [
        n
        for n, p in real
        if json.loads(run_summary(p, OWNERS.get(n)))
        != json.loads((GOLDEN_DIR / f"{n}.json").read_text(encoding="utf-8"))
    ]
    assert not differ, f"summaries differ from their goldens: {differ}"


def test_goldens_name_no_path_of_this_machine():
    """A summary names files inside the export, never where the export sits: a golden written here must hold on
    any machine (CI clones elsewhere), and a summary passed on must not reveal the user's folders."""
    here = str(GOLDEN_DIR.parent.parent.parent)
    assert here not in {"", "/"}
    holding = [p.name for p in sorted(GOLDEN_DIR.glob("*.json")) if here in p.read_text(encoding="utf-8")]
    assert not holding, f"goldens that name a path of this machine ({here}): {holding}"
