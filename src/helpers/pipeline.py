"""``community-lens run``: rebuild a dataset from fresh exports, re-execute the analysis notebooks on it,
and write a shareable report: data/runs/NAME/<timestamp>/ with the executed notebooks, report.html (and
report.pdf where Chromium is installed) and the data behind every chart as CSV.

Safe to rerun: the dataset is rebuilt only when an export's content changed (content hash); every step
writes into a scratch folder that replaces the previous result only when the whole run succeeded; a lock
per dataset keeps two runs of one dataset apart (runs of different datasets do not touch each other).
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import subprocess
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from helpers import paths
from helpers.anonymize import anonymize
from helpers.dataset import check_name, content_hash, load_exports
from helpers.errors import ExportError
from helpers.model import Export

ANALYSIS_NOTEBOOKS = ("01-load-export", "02-voice-balance", "03-followers-vs-members", "04-community-over-time")
ANONYMIZED_SUFFIX = ".anonymized"


class RunError(Exception):
    """A run step failed: says which step and why; the previous results are left as they were."""


@dataclass
class RunResult:
    folder: Path
    dataset: str
    rebuilt: bool
    report: Path
    pdf: Path | None
    pdf_note: str
    notebooks: list[Path] = field(default_factory=list)
    csvs: list[Path] = field(default_factory=list)


@contextmanager
def dataset_lock(name: str, root: Path):
    """One run of a dataset at a time; a second one waits (other datasets are not held up)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _swap_in(scratch: Path, final: Path) -> None:
    """Replace ``final`` with ``scratch`` (a folder) so that a failure at any point leaves one of them whole."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    if final.exists():
        final.rename(old)
    scratch.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def build_if_changed(paths_: list[Path], name: str, processed: Path, links: str | None,
                     progress: Callable[[str], None]) -> tuple[Export, bool]:
    """The dataset, rebuilt only when the exports' content (or the links file) changed since the last build."""
    folder = processed / name
    digest = content_hash([*paths_, *([links] if links else [])])
    meta = folder / "meta.json"
    if meta.exists() and json.loads(meta.read_text()).get("content_hash") == digest:
        progress(f"exports unchanged since the last build: reusing {folder}")
        return Export.read(folder), False
    export = load_exports(paths_, links, progress=progress)
    scratch = processed / f".{name}.building-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    export.write(scratch)
    data = json.loads((scratch / "meta.json").read_text())
    data.update(content_hash=digest, name=name, built_at=datetime.now(timezone.utc).isoformat())
    (scratch / "meta.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    _swap_in(scratch, folder)
    return Export.read(folder), True


def anonymized_dataset(export: Export, name: str, processed: Path) -> str:
    """Write the pseudonymised copy of a dataset beside it; returns its name."""
    salt_file = processed / name / "pseudonym-salt"
    if not salt_file.exists():
        salt_file.write_text(secrets.token_hex(16))
    anon_name = name + ANONYMIZED_SUFFIX
    scratch = processed / f".{anon_name}.building-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    anonymize(export, salt_file.read_text()).write(scratch)
    data = json.loads((scratch / "meta.json").read_text())
    data.update(name=anon_name, anonymized=True)
    (scratch / "meta.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    _swap_in(scratch, processed / anon_name)
    return anon_name


def execute_notebook(notebook: str, out: Path, dataset: str, processed: Path) -> None:
    """Run one analysis notebook with papermill on a processed dataset (parameters injected, never edited)."""
    import papermill

    env_before = os.environ.get("COMMUNITY_LENS_PROCESSED")
    os.environ["COMMUNITY_LENS_PROCESSED"] = str(processed)  # the kernel inherits it: the same datasets
    try:
        papermill.execute_notebook(
            str(paths.NOTEBOOKS_DIR / f"{notebook}.ipynb"), str(out),
            parameters={"dataset": dataset}, cwd=str(out.parent), kernel_name="python3", progress_bar=False,
        )
    finally:
        if env_before is None:
            os.environ.pop("COMMUNITY_LENS_PROCESSED", None)
        else:
            os.environ["COMMUNITY_LENS_PROCESSED"] = env_before


def print_pdf(report: Path) -> tuple[Path | None, str]:
    """report.pdf printed by headless Chromium where it is installed; otherwise None and why."""
    chromium = next((c for c in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                                 shutil.which("chromium-browser"), shutil.which("google-chrome")) if c and os.path.exists(c)), None)
    if chromium is None:
        return None, "PDF skipped: no Chromium found (Debian: apt-get install chromium); report.html is complete without it"
    pdf = report.with_suffix(".pdf")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri()]
    try:
        subprocess.run(cmd, capture_output=True, timeout=120, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"PDF skipped: Chromium could not print the report ({str(exc).splitlines()[0]})"
    return (pdf, "report.pdf printed with Chromium") if pdf.exists() else (None, "PDF skipped: Chromium wrote no file")


def run(export_paths: list[str | Path], name: str, anonymized: bool = False, links: str | None = None,
        pdf: bool = True, processed: Path | None = None, runs: Path | None = None,
        progress: Callable[[str], None] | None = None, step: Callable[[str], None] | None = None) -> RunResult:
    """Build (when changed), execute every analysis notebook, and write the report; see the module docstring."""
    from helpers.report import write_report

    check_name(name)
    processed = processed or paths.PROCESSED_DIR
    runs = (runs or paths.DATA_DIR / "runs") / name
    progress = progress or (lambda _m: None)
    step = step or (lambda _m: None)
    paths_ = [Path(p) for p in export_paths]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    scratch = runs / f".partial-{stamp}-{os.getpid()}"
    current = "build the dataset"
    with dataset_lock(name, processed):
        try:
            step(current)
            export, rebuilt = build_if_changed(paths_, name, processed, links, progress)
            shown = name
            if anonymized:
                current = "anonymise the dataset"
                step(current)
                shown = anonymized_dataset(export, name, processed)
                export = Export.read(processed / shown)
            scratch.mkdir(parents=True)
            notebooks = []
            for notebook in ANALYSIS_NOTEBOOKS:
                current = f"execute {notebook}"
                step(current)
                out = scratch / "notebooks" / f"{notebook}.ipynb"
                out.parent.mkdir(exist_ok=True)
                execute_notebook(notebook, out, shown, processed)
                notebooks.append(out)
            current = "write the report"
            step(current)
            report, csvs = write_report(export, scratch, shown, anonymized)
            current = "print the PDF"
            step(current)
            pdf_path, pdf_note = print_pdf(report) if pdf else (None, "PDF skipped (--no-pdf)")
            (scratch / "run.json").write_text(json.dumps({
                "dataset": shown, "exports": [str(p.resolve()) for p in paths_], "anonymized": anonymized,
                "rebuilt": rebuilt, "finished_at": datetime.now(timezone.utc).isoformat(),
            }, indent=2))
        except ExportError:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of a step is reported with its step
            shutil.rmtree(scratch, ignore_errors=True)
            reason = str(exc).strip().splitlines()
            reason = next((ln for ln in reversed(reason) if ln.strip()), type(exc).__name__)
            raise RunError(f"run {name!r} failed at step '{current}': {type(exc).__name__}: {reason[:300]}; "
                           f"earlier runs in {runs} are untouched") from exc
        final = runs / stamp
        scratch.rename(final)
        (runs / "latest.txt").write_text(stamp + "\n")
    moved = lambda p: final / p.relative_to(scratch)  # noqa: E731
    return RunResult(final, shown, rebuilt, moved(report), moved(pdf_path) if pdf_path else None, pdf_note,
                     [moved(n) for n in notebooks], [moved(c) for c in csvs])
