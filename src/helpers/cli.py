"""The ``community-lens`` command."""

from __future__ import annotations

import argparse
import json
import os
import sys

from helpers.errors import STRICT_KINDS, ExportError, ExportWarning
from helpers.platforms.registry import PLATFORMS

EXIT_BAD_INPUT = 2


def _progress():
    from helpers.progress import TerminalProgress

    return TerminalProgress()


def _report_warnings(warnings: list[ExportWarning], strict: bool) -> None:
    """Say on stderr what the export lacks; with --strict a missing file or unreadable records are an error."""
    for w in warnings:
        if strict and w.kind in STRICT_KINDS:
            raise ExportError(f"{w.message} (--strict: {w.kind.replace('_', ' ')})")
        print(f"community-lens: warning: {w.message}", file=sys.stderr)


def cmd_summary(args: argparse.Namespace) -> int:
    from helpers.platforms.loading import load_export, load_exports
    from helpers.present.summary import summarize, summary_text

    if args.platform and len(args.paths) > 1:
        raise ExportError("--platform reads one export; give one path or leave detection on")
    if len(args.paths) == 1 and not args.links:
        export = load_export(args.paths[0], platform=args.platform, progress=_progress())
    else:
        export = load_exports(args.paths, args.links, progress=_progress())
    _report_warnings(export.warnings, args.strict)
    summary = summarize(export)
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(summary_text(summary))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from helpers.store import build_dataset, dataset_folder

    build_dataset(list(args.paths), args.name, progress=_progress(), links=args.links)
    print(f"built dataset {args.name!r} in {dataset_folder(args.name)}")
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    from helpers.dashboard_server import serve

    return serve(port=args.port, open_browser=not args.no_browser, dataset=args.dataset, export=args.export)


def cmd_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from helpers.pipeline import ANALYSIS_NOTEBOOKS, RunError, run

    total = 4 + len(ANALYSIS_NOTEBOOKS) + (1 if args.anonymize else 0)
    bar = tqdm(
        total=total,
        unit="step",
        desc=f"run {args.name}",
        file=sys.stderr,
        dynamic_ncols=True,
        bar_format="{desc}: {n_fmt}/{total_fmt} steps |{bar}| {elapsed}<{remaining} {postfix}",
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
            progress=lambda m: tqdm.write(f"community-lens: {m}", file=sys.stderr),
            step=step,
        )
    except RunError as exc:
        bar.close()
        print(f"community-lens: error: {exc}", file=sys.stderr)
        return 1
    finally:
        bar.close()
    bar.update(total - bar.n)
    print(f"Run of dataset {result.dataset!r} written to {result.folder}")
    print(f"  dataset: {'rebuilt from the exports' if result.rebuilt else 'reused (exports unchanged)'}")
    print(f"  report:  {result.report}")
    print(f"  pdf:     {result.pdf if result.pdf else result.pdf_note}")
    print(f"  notebooks ({len(result.notebooks)}): {result.notebooks[0].parent}")
    print(f"  chart data ({len(result.csvs)} CSV files): {result.csvs[0].parent}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from helpers.synthetic.samples import main

    main()
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="community-lens",
        description="Is this account building a following, or a community? Reads your own export, offline.",
    )
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
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ExportError as exc:
        print(f"community-lens: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into a command that stopped reading (head): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
