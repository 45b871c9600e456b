"""The ``community-lens`` command."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.errors import STRICT_KINDS, ExportError, ExportWarning
from helpers.platforms.registry import PLATFORMS
from helpers.safe_text import one_line, strip_control

if TYPE_CHECKING:
    from helpers.cohort.build import FailedExport

EXIT_BAD_INPUT = 2
PROG = "community-lens"
# C1 controls and bidi overrides survive json.dumps(ensure_ascii=False); escaped, the JSON stays the same data.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _progress():
    from helpers.progress import TerminalProgress

    class SafeProgress(TerminalProgress):
        """Progress messages name files of the export: never let their control characters reach the terminal."""

        def __call__(self, message: str) -> None:
            super().__call__(one_line(message))

    return SafeProgress()


def error(message: object) -> None:
    """The one line every failure prints on stderr."""
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)


def _report_warnings(warnings: list[ExportWarning], strict: bool) -> None:
    """Say on stderr what the export lacks; with --strict a missing file or unreadable records are an error."""
    for w in warnings:
        if strict and w.kind in STRICT_KINDS:
            raise ExportError(f"{w.message} (--strict: {w.kind.replace('_', ' ')})")
        print(f"{PROG}: warning: {one_line(w.message)}", file=sys.stderr)


# What a hostile or damaged export, or the machine (read-only folder, full disk), can raise past the readers.
INPUT_FAILURES: tuple[type[BaseException], ...] = (OSError, ValueError, OverflowError, RecursionError, MemoryError)


def is_input_failure(exc: BaseException | None) -> bool:
    """An exception of the input or the environment, not of our code: the decoders' errors included."""
    if exc is None:
        return False
    if isinstance(exc, (ExportError, *INPUT_FAILURES)):
        return True
    # Only when loaded: the readers imported them, so their errors can only come from there.
    msgspec, polars = sys.modules.get("msgspec"), sys.modules.get("polars")
    if msgspec is not None and isinstance(exc, msgspec.MsgspecError):
        return True
    return polars is not None and isinstance(exc, polars.exceptions.PolarsError)


def failure_line(exc: BaseException, paths: list[str]) -> str:
    """One line for an input or environment failure: the file it concerns, what went wrong, what was expected."""
    if isinstance(exc, ExportError):
        return str(exc)
    where = ", ".join(paths) if paths else None
    if isinstance(exc, OSError):
        files = " -> ".join(str(f) for f in (exc.filename, exc.filename2) if f is not None) or where
        reason = exc.strerror or str(exc) or type(exc).__name__
        return f"{files}: {reason}" if files else reason
    if isinstance(exc, MemoryError):
        reason = "out of memory while reading; expected an export that fits in this machine's memory"
    elif isinstance(exc, RecursionError):
        reason = "nested too deeply to read (RecursionError); expected the export as the platform writes it"
    elif isinstance(exc, UnicodeDecodeError):
        reason = f"invalid UTF-8 ({exc.reason} at byte {exc.start}); expected UTF-8 text as the platform writes it"
    else:
        detail = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
        reason = (
            f"cannot be read ({type(exc).__name__}{': ' + detail[:300] if detail else ''}); "
            "expected the export as the platform writes it"
        )
    return f"{where}: {reason}" if where else reason


def safe_json(value: object) -> str:
    """JSON for the terminal: every control character escaped (json.dumps leaves C1 and bidi ones raw)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cmd_summary(args: argparse.Namespace) -> int:
    from helpers.platforms.loading import load_export, load_exports
    from helpers.present.summary import summarize, summary_text

    if args.platform and len(args.paths) > 1:
        raise ExportError("--platform reads one export; give one path or leave detection on")
    if len(args.paths) == 1 and not args.links:
        export = load_export(args.paths[0], platform=args.platform, progress=_progress(), owner=args.owner)
    else:
        export = load_exports(args.paths, args.links, progress=_progress(), owner=args.owner)
    _report_warnings(export.warnings, args.strict)
    summary = summarize(export)
    if args.json:
        print(safe_json(summary))
    else:
        print(strip_control(summary_text(summary)))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from helpers.present.tables import stored_views
    from helpers.store import build_dataset, dataset_folder

    build_dataset(
        list(args.paths),
        args.name,
        progress=_progress(),
        links=args.links,
        derive_views=stored_views,
        owner=args.owner,
    )
    print(one_line(f"built dataset {args.name!r} in {dataset_folder(args.name)}"))
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    from helpers.dashboard_server import serve

    return serve(
        port=args.port, open_browser=not args.no_browser, dataset=args.dataset, export=args.export, owner=args.owner
    )


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from helpers.pipeline import ANALYSIS_NOTEBOOKS, RunError, run

    # The steps run() announces: build, (anonymise), each notebook, the report, the PDF.
    total = 3 + len(ANALYSIS_NOTEBOOKS) + (1 if args.anonymize else 0)
    bar = tqdm(
        total=total,
        unit="step",
        desc=f"run {args.name}",
        file=sys.stderr,
        dynamic_ncols=True,
        bar_format="{desc}: {n_fmt}/{total_fmt} steps |{bar}| {elapsed}<{remaining} {postfix}",
        disable=not sys.stderr.isatty(),  # a log gets the plain messages, not bar redraws
    )
    started = {"n": 0}

    def step(label: str) -> None:
        if started["n"]:
            bar.update(1)
        started["n"] += 1
        bar.set_postfix_str(label)

    try:
        result = run(
            args.paths,
            args.name,
            anonymized=args.anonymize,
            links=args.links,
            pdf=not args.no_pdf,
            progress=lambda m: tqdm.write(f"{PROG}: {one_line(m)}", file=sys.stderr),
            step=step,
            owner=args.owner,
        )
        bar.update(total - bar.n)  # the last step is done: the bar ends at its total
    except RunError as exc:
        bar.close()
        if args.debug:
            raise
        error(exc)
        # A step that failed on the input or the machine (unreadable export, disk full, read-only folder) is
        # a failure of input or environment like any other: exit 2. Anything else is a fault of ours: 1.
        return EXIT_BAD_INPUT if is_input_failure(exc.__cause__) else 1
    finally:
        bar.close()
    for line in (
        f"Run of dataset {result.dataset!r} written to {result.folder}",
        f"  dataset: {'rebuilt from the exports' if result.rebuilt else 'reused (exports unchanged)'}",
        f"  report:  {result.report}",
        f"  pdf:     {result.pdf if result.pdf else result.pdf_note}",
        f"  card:    {result.card} (and .svg beside it: one image to post or forward)",
        f"  notebooks ({len(result.notebooks)}): {result.notebooks[0].parent}",
        f"  chart data ({len(result.csvs)} CSV files): {result.csvs[0].parent}",
    ):
        print(strip_control(line))
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from helpers.synthetic.samples import main

    main()
    return 0


def cmd_cohort(args: argparse.Namespace) -> int:
    import time

    from tqdm import tqdm

    from helpers.cohort.build import build_cohort, progress_line
    from helpers.cohort.inputs import resolve_inputs
    from helpers.present.summary import summarize

    memory = None
    if args.memory_limit:
        from dask.utils import parse_bytes

        try:
            memory = parse_bytes(args.memory_limit)
        except ValueError:
            raise ExportError(f"--memory-limit {args.memory_limit!r}: expected a size such as 2GiB or 1500MB") from None
    inputs = resolve_inputs(args.paths, owner=args.owner)
    tty = sys.stderr.isatty()
    bar = tqdm(
        total=len(inputs),
        unit="export",
        desc=f"cohort {args.name}",
        file=sys.stderr,
        dynamic_ncols=True,
        disable=not tty,
    )
    started, shown = time.monotonic(), {"at": 0.0, "done": 0}

    def on_engine(engine) -> None:
        what = {
            "serial": "in this process",
            "local": f"LocalCluster of {engine.workers} workers",
            "scheduler": f"the cluster at {args.scheduler} ({engine.workers} workers)",
        }[engine.kind]
        limit = f", {engine.memory_limit / 2**30:.1f} GiB per worker" if engine.memory_limit else ""
        board = engine.dashboard or ("not available (install bokeh>=3.1 for it)" if engine.kind != "serial" else None)
        tqdm.write(f"{PROG}: summarising {len(inputs)} exports {what}{limit}", file=sys.stderr)
        if board:
            tqdm.write(f"{PROG}: Dask dashboard: {board}", file=sys.stderr)

    def on_progress(tally) -> None:
        bar.update(tally.done - bar.n)
        bar.set_postfix_str(f"new {tally.new}, cached {tally.cached}, failed {tally.failed}")
        now = time.monotonic()
        # A log (no terminal) gets a line at every tenth of the cohort, or every 30 seconds.
        if not tty and (
            tally.done == tally.total
            or tally.done - shown["done"] >= max(1, tally.total // 10)
            or now - shown["at"] >= 30
        ):
            print(f"{PROG}: {progress_line(tally, now - started)}", file=sys.stderr)
            shown.update(at=now, done=tally.done)

    try:
        run = build_cohort(
            inputs,
            args.name,
            summarize,
            workers=args.workers,
            scheduler=args.scheduler,
            keep_paths=args.keep_paths,
            salt_file=args.salt_file,
            memory_limit=memory,
            on_engine=on_engine,
            on_progress=on_progress,
        )
    finally:
        bar.close()
    t = run.tally
    kinds = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(t.failed_by_kind.items()))
    peaks = ", ".join(f"{p / 2**20:,.0f} MB" for p in run.worker_peaks)
    for line in (
        f"Cohort {args.name!r} written to {run.folder} in {run.seconds:,.1f} s",
        f"  exports:  {t.total} given, {t.total - t.failed} summarised (new {t.new}, from the cache {t.cached})",
        f"  failed:   {t.failed}{f' ({kinds}): one line each in failures.parquet, naming no file' if t.failed else ''}",
        "  tables:   exports.parquet, failures.parquet, percentiles.parquet, codebook.csv, methods.md",
        *([f"  workers' peak memory: {peaks}"] if peaks else []),
        *_failed_lines(run.failed),
    ):
        print(strip_control(line))
    return 0


FAILED_SHOWN = 50


def _failed_lines(failed: list[FailedExport]) -> list[str]:
    """The exports that failed, each with its path and full reason: on this terminal only (the tables keep
    a reason without paths or names), so the user sees which export to mend or give an owner."""
    if not failed:
        return []
    lines = ["Exports not summarised (their paths and full reasons are shown here only, never stored):"]
    for f in failed[:FAILED_SHOWN]:  # each line starts with the export's path
        lines.append(f"  [{f.kind.replace('_', ' ')}] {one_line(f.line)}")
    if len(failed) > FAILED_SHOWN:
        lines.append(f"  ... and {len(failed) - FAILED_SHOWN:,} more (failures.parquet lists every one)")
    return lines


DEBUG_HELP = "on a failure, show the full traceback instead of the one-line error"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Is this account building a following, or a community? Reads your own export, offline.",
    )
    ap.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    sub = ap.add_subparsers(dest="command", required=True)

    s = sub.add_parser("summary", help="headline figures of an export")
    s.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="one or more exports (zip, tar.gz, folder or file); several are combined into one dataset",
    )
    s.add_argument(
        "--links", metavar="CSV", help="person,platform,account_id rows tying one person's accounts together"
    )
    s.add_argument("--json", action="store_true", help="print the summary as JSON (a stable contract)")
    s.add_argument("--platform", choices=[p.name for p in PLATFORMS], help="skip detection and read as this platform")
    s.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 2) when a file the export lists is missing, instead of marking its signal absent",
    )
    s.set_defaults(func=cmd_summary)

    b = sub.add_parser("build", help="read an export once into data/processed/NAME/")
    b.add_argument("paths", nargs="+", metavar="PATH", help="one or more exports; several are combined")
    b.add_argument(
        "--links", metavar="CSV", help="person,platform,account_id rows tying one person's accounts together"
    )
    b.add_argument("--name", required=True, help="dataset name (letters, digits, '.', '_', '-')")
    b.set_defaults(func=cmd_build)

    d = sub.add_parser("dashboard", help="serve the read-only dashboard on 127.0.0.1")
    d.add_argument("--port", type=int, default=8866)
    d.add_argument("--no-browser", action="store_true", help="do not open a browser")
    d.add_argument("--dataset", default=None, help="processed dataset to show (default: the bundled sample)")
    d.add_argument("--export", default=None, help="build this export into --dataset first (when changed)")
    d.set_defaults(func=cmd_dashboard)

    r = sub.add_parser("run", help="rebuild a dataset, re-execute the notebooks and write a shareable report")
    r.add_argument("paths", nargs="+", metavar="PATH", help="one or more exports; several are combined")
    r.add_argument("--name", required=True, help="dataset name (letters, digits, '.', '_', '-')")
    r.add_argument(
        "--anonymize",
        action="store_true",
        help="replace every other person's name, handle and id with a stable pseudonym (the owner stays named)",
    )
    r.add_argument(
        "--links", metavar="CSV", help="person,platform,account_id rows tying one person's accounts together"
    )
    r.add_argument("--no-pdf", action="store_true", help="do not print report.pdf even where Chromium is installed")
    r.set_defaults(func=cmd_run)

    g = sub.add_parser("sample", help="regenerate the bundled synthetic samples in data/sample/ (one per platform)")
    g.set_defaults(func=cmd_sample)

    c = sub.add_parser(
        "cohort", help="summarise many exports (a study's participants, an agency's clients) into data/cohorts/NAME/"
    )
    c.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="exports, globs ('exports/*.zip'), folders of exports, or a CSV manifest (a path column; owner and "
        "label columns)",
    )
    c.add_argument("--name", required=True, help="cohort name (letters, digits, '.', '_', '-')")
    c.add_argument(
        "--workers",
        type=int,
        default=None,
        help="LocalCluster worker processes (default: one per core the memory holds; 0: no Dask, one after the other)",
    )
    c.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on the existing Dask cluster at ADDRESS (tcp://host:8786)"
    )
    c.add_argument("--memory-limit", metavar="SIZE", help="memory per worker (default: sized for the largest export)")
    c.add_argument(
        "--keep-paths",
        action="store_true",
        help="keep each export's path in the tables (default: a salted pseudonym only)",
    )
    c.add_argument(
        "--salt-file",
        type=Path,
        metavar="FILE",
        help="keep the pseudonyms' salt in FILE (made when absent) instead of in the cohort's folder, where it is "
        "by default (data/cohorts/NAME/salt, mode 0600): one salt for several cohorts, or a folder to hand over "
        "without it",
    )
    c.set_defaults(func=cmd_cohort)
    for command in (s, b, d, r, c):
        command.add_argument(
            "--owner",
            metavar="HANDLE_OR_ID",
            help="whose view a Slack, Discord or Telegram export is read from (default: the owner the export names)",
        )
    for command in (s, b, d, r, g, c):
        # Also after the command; SUPPRESS keeps a --debug given before it from being reset.
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into a command that stopped reading (head): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the one place failures of input or environment become one line and exit 2
        if args.debug or not is_input_failure(exc):
            raise
        error(failure_line(exc, [str(p) for p in getattr(args, "paths", None) or []]))
        return EXIT_BAD_INPUT
    except BaseException as exc:
        # A Rust panic inside a decoder (pyo3's PanicException derives from BaseException): a value in the
        # export beyond what the decoder can hold, such as a date in the year 300,000. One line, exit 2.
        if args.debug or type(exc).__name__ != "PanicException":
            raise
        where = ", ".join(str(p) for p in getattr(args, "paths", None) or []) or "the export"
        detail = next((ln for ln in str(exc).splitlines() if ln.strip()), "a value out of range")
        error(f"{where}: cannot be read ({detail[:200]}); expected the export as the platform writes it")
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
