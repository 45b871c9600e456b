"""The exports whose summary JSON is kept as a golden file, and how that JSON is produced.

Every bundled sample, every export folder under ../shared/real-exports/<platform>/, and each .car file of
a folder holding several (one Bluesky repository each). An export the tool cannot read is kept too, as
its exit code, so a newly readable or newly broken export shows up as a changed golden.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

from helpers.cli import main as cli_main
from helpers.paths import PROJECT_ROOT, SAMPLE_DIR

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
# Exports of a chat community that do not say whose view to take: the --owner each golden is read with (the
# account with the owner's part in the sample; in the real files, the one hand-counted in their tests).
OWNERS = {
    "sample-discord": "corner_cafe",
    "real-discord-mlomb-chat-analytics": "mlomb",
    "real-discord-slatinsky-dcef-example-guild": "Adam",
    "real-discord-zulip-discord-fixtures": "pieter",
}
REAL_EXPORTS = PROJECT_ROOT.parent / "shared" / "real-exports"


def golden_cases() -> list[tuple[str, Path]]:
    """(golden name, export path) for every sample and every real export present."""
    cases = [(f"sample-{p.name}", p) for p in sorted(SAMPLE_DIR.iterdir()) if p.is_dir()]
    if REAL_EXPORTS.is_dir():
        for folder in sorted(p for p in REAL_EXPORTS.glob("*/*") if p.is_dir()):
            name = f"real-{folder.parent.name}-{folder.name}"
            cases.append((name, folder))
            cars = sorted(folder.glob("*.car"))
            if len(cars) > 1:
                cases += [(f"{name}-{re.sub(r'[^A-Za-z0-9_.-]', '_', car.stem)}", car) for car in cars]
    return cases


def run_summary(path: Path, owner: str | None = None) -> str:
    """What ``community-lens summary PATH --json`` prints, run in-process, as stable JSON text.

    A run that fails is kept as ``{"exit": N}``: the error text names paths and the supported list, which
    belong to the CLI tests, not to the contract.
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["summary", str(path), "--json", *(["--owner", owner] if owner else [])])
    if code != 0:
        return json.dumps({"exit": code}, indent=2)
    return json.dumps(json.loads(out.getvalue()), indent=2, ensure_ascii=False, sort_keys=False)
