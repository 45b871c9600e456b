"""Write tests/golden/: the summary JSON of every bundled sample and every real export in ../shared.

The goldens guard the JSON contract of ``community-lens summary --json``. Rerun this only when a change
of figures is intended, and read the diff before committing it: each changed number must have a reason.

    .venv/bin/python scripts/update_goldens.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from golden_cases import GOLDEN_DIR, OWNERS, golden_cases, run_summary


def main() -> int:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    cases = golden_cases()
    for name, path in cases:
        (GOLDEN_DIR / f"{name}.json").write_text(run_summary(path, OWNERS.get(name)) + "\n", encoding="utf-8")
        print(f"wrote tests/golden/{name}.json  <- {path}")
    known = {f"{name}.json" for name, _ in cases}
    for stale in sorted(GOLDEN_DIR.glob("*.json")):
        if stale.name not in known:
            print(f"stale golden (no export any more): {stale}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
