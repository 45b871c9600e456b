"""``community-lens run``: rebuild a dataset from fresh exports, re-execute the analysis notebooks on it,
and write a shareable report: data/runs/NAME/<timestamp>/ with the executed notebooks, report.html (and
report.pdf where Chromium is installed), the data behind every chart as CSV, and card.png and card.svg (one
image to post: present/card.py).

Safe to rerun: the dataset is rebuilt only when an export's content changed (content hash); every step
writes into a scratch folder that replaces the previous result only when the whole run succeeded; a lock
per dataset keeps two runs of one dataset apart (runs of different datasets do not touch each other).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from helpers import paths, store
from helpers.anonymize import anonymize
from helpers.errors import ExportError
from helpers.model import Export
from helpers.present.tables import earlier_summary, load_view, stored_views, view_of

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
    card: Path | None = None  # card.png, the shareable image; card.svg beside it


def pseudonymised(export: Export, name: str, processed: Path) -> Export:
    """The dataset ``name`` with every other person pseudonymised, keyed with the salt kept beside it."""
    salt_file = processed / name / "pseudonym-salt"
    if not salt_file.exists():
        salt_file.write_text(secrets.token_hex(16))
    return anonymize(export, salt_file.read_text())


def write_anonymized(anonymous: Export, name: str, processed: Path) -> str:
    """Write the pseudonymised copy of the dataset ``name`` beside it, with its views; returns its name."""
    anon_name = name + ANONYMIZED_SUFFIX
    meta = store.read_meta(name, processed) or {}
    store.write_dataset(
        anonymous, anon_name, meta.get("cache_key", ""), processed, stored_views(anonymous), anonymized=True
    )
    return anon_name


def execute_notebook(notebook: str, out: Path, dataset: str, processed: Path) -> None:
    """Run one analysis notebook with papermill on a processed dataset (parameters injected, never edited)."""
    import papermill

    env_before = os.environ.get("COMMUNITY_LENS_PROCESSED")
    os.environ["COMMUNITY_LENS_PROCESSED"] = str(processed)  # the kernel inherits it: the same datasets
    try:
        papermill.execute_notebook(
            str(paths.NOTEBOOKS_DIR / f"{notebook}.ipynb"),
            str(out),
            parameters={"dataset": dataset},
            cwd=str(out.parent),
            kernel_name="python3",
            progress_bar=False,
            # The kernel's own log is not the user's concern and would break the run's progress bar: its
            # start-up warnings ("running over TCP without encryption": it listens on 127.0.0.1 only), and
            # "KeyboardInterrupt caught in kernel", logged as an error when jupyter_client's normal shutdown
            # (SIGINT first, then the shutdown request) finds the kernel busy, as happens under load. A cell's
            # error still reaches the run through papermill.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    finally:
        if env_before is None:
            os.environ.pop("COMMUNITY_LENS_PROCESSED", None)
        else:
            os.environ["COMMUNITY_LENS_PROCESSED"] = env_before


def print_pdf(report: Path) -> tuple[Path | None, str]:
    """report.pdf printed by headless Chromium where it is installed; otherwise None and why."""
    chromium = next(
        (
            c
            for c in (
                os.environ.get("CHROMIUM"),
                "/usr/bin/chromium",
                shutil.which("chromium"),
                shutil.which("chromium-browser"),
                shutil.which("google-chrome"),
            )
            if c and Path(c).exists()
        ),
        None,
    )
    if chromium is None:
        return (
            None,
            "PDF skipped: no Chromium found (Debian: apt-get install chromium); report.html is complete without it",
        )
    pdf = report.with_suffix(".pdf")
    cmd = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        report.as_uri(),
    ]
    try:
        subprocess.run(cmd, capture_output=True, timeout=120, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"PDF skipped: Chromium could not print the report ({str(exc).splitlines()[0]})"
    return (pdf, "report.pdf printed with Chromium") if pdf.exists() else (None, "PDF skipped: Chromium wrote no file")


@contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """SIGTERM during a run raises SystemExit, so the run's cleanup runs as it does for Ctrl-C."""

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(
    export_paths: list[str | Path],
    name: str,
    anonymized: bool = False,
    links: str | None = None,
    pdf: bool = True,
    processed: Path | None = None,
    runs: Path | None = None,
    progress: Callable[[str], None] | None = None,
    step: Callable[[str], None] | None = None,
    owner: str | None = None,
) -> RunResult:
    """Build (when changed), execute every analysis notebook, and write the report; see the module docstring."""
    store.check_name(name)
    processed = processed or paths.PROCESSED_DIR
    runs = (runs or paths.DATA_DIR / "runs") / name
    progress = progress or (lambda _m: None)
    step = step or (lambda _m: None)
    paths_ = [Path(p) for p in export_paths]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    scratch = runs / f".partial-{stamp}-{os.getpid()}"
    current = "build the dataset"
    with store.dataset_lock(name, processed), _sigterm_as_exit():
        try:
            step(current)
            export, rebuilt = store.build_dataset(
                paths_, name, processed, progress, links, reuse=True, derive_views=stored_views, owner=owner
            )
            shown = name
            if anonymized:
                current = "anonymise the dataset"
                step(current)
                export = pseudonymised(export, name, processed)  # the original rows go: only the copy is shown
                shown = write_anonymized(export, name, processed)
            # What the report shows, from the views stored with the dataset; the raw rows are let go before
            # the notebooks run, so this process holds no more than the export once.
            view = load_view(shown, root=processed) or view_of(export)
            del export
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
            # Imported only now: the charts' renderer is not held while the dataset is built (its peak).
            from helpers.present.card import write_card
            from helpers.present.report import write_report

            # The cards compared with the account's older export where the dataset holds two dates.
            report, csvs = write_report(view, scratch, shown, anonymized, earlier_summary(shown, processed))
            _, card = write_card(view.summary, scratch)
            current = "print the PDF"
            step(current)
            pdf_path, pdf_note = print_pdf(report) if pdf else (None, "PDF skipped (--no-pdf)")
            (scratch / "run.json").write_text(
                json.dumps(
                    {
                        "dataset": shown,
                        "exports": [str(p.resolve()) for p in paths_],
                        "anonymized": anonymized,
                        "rebuilt": rebuilt,
                        "finished_at": datetime.now(UTC).isoformat(),
                    },
                    indent=2,
                )
            )
        except (ExportError, KeyboardInterrupt, SystemExit):  # Ctrl-C, SIGTERM: nothing partial stays behind
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        except Exception as exc:
            shutil.rmtree(scratch, ignore_errors=True)
            lines = str(exc).strip().splitlines()
            reason = next((ln for ln in reversed(lines) if ln.strip()), type(exc).__name__)
            raise RunError(
                f"run {name!r} failed at step '{current}': {type(exc).__name__}: {reason[:300]}; "
                f"earlier runs in {runs} are untouched"
            ) from exc
        final = runs / stamp
        n = 1
        while final.exists():  # two runs in one second: the later one gets a suffix, nothing is replaced
            n += 1
            final = runs / f"{stamp}-{n}"
        scratch.rename(final)
        tmp = runs / f".latest.txt.{os.getpid()}"
        tmp.write_text(final.name + "\n")
        tmp.replace(runs / "latest.txt")
    moved = lambda p: final / p.relative_to(scratch)  # noqa: E731
    return RunResult(
        final,
        shown,
        rebuilt,
        moved(report),
        moved(pdf_path) if pdf_path else None,
        pdf_note,
        [moved(n) for n in notebooks],
        [moved(c) for c in csvs],
        moved(card),
    )
