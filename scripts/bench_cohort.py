"""Cohort benchmark (``make bench-cohort``): exports per minute in this process against a LocalCluster.

Writes ``--exports`` synthetic exports (default 500) of mixed platforms and sizes with the synthetic writers
into a temporary folder: X (200 to 2,400 posts; every 50th a heavy one of 20,000 posts and 100,000
followers), Mastodon, Bluesky, Instagram, Threads, Facebook, LinkedIn and Reddit, as folders and zips.
Then, in this one run, each on a fresh cohort folder and cache:

- serial: ``build_cohort(..., workers=0)``, one export after the other in this process (polars with its
  default threads: what ``community-lens summary`` does, export by export);
- cluster: ``build_cohort(..., workers=2)``, a LocalCluster of 2 worker processes, one thread and one polars
  thread each; its start-up is timed apart;
- both on the first ``--small`` exports (default 50) and on all of them: the cost per export is "flat" when
  the seconds per export at all of them are within 1.5x of the small run's;
- a rerun of the cluster on all exports with the cache kept (nothing to summarise);
- the peak memory of every worker (VmHWM), and the memory limit the cohort gave them;
- how many cores' worth of work two processes get on the machine at that moment (a pure-Python loop timed
  alone and in two processes at once), before and after: on a shared machine the speed-up cannot exceed it.

Prints a Markdown record and writes it to bench-output/bench-cohort.md. Not a test: the figures depend on
the machine and on what else runs on it.

Usage: python scripts/bench_cohort.py [--exports 500] [--small 50] [--workers 2] [--keep DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAT_LIMIT = 1.5
TARGET_SPEEDUP = 1.7


def _recipes() -> list[tuple[str, Callable[[Path, int], Path]]]:
    """(what, write(dest folder, seed) -> the path to give the cohort), cycled through for the exports."""
    from helpers.synthetic.bluesky import write_bluesky_export
    from helpers.synthetic.facebook import write_facebook_export
    from helpers.synthetic.instagram import write_instagram_export
    from helpers.synthetic.linkedin import write_linkedin_export
    from helpers.synthetic.mastodon import write_mastodon_export
    from helpers.synthetic.reddit import write_reddit_export
    from helpers.synthetic.threads import write_threads_export
    from helpers.synthetic.x import write_x_archive

    def file(write):
        def wrapped(dest: Path, seed: int) -> Path:
            dest.mkdir(parents=True)
            write(dest / "export.zip", seed)
            return dest / "export.zip"

        return wrapped

    def folder(write):
        def wrapped(dest: Path, seed: int) -> Path:
            dest.mkdir(parents=True)
            write(dest, seed)
            return dest

        return wrapped

    return [
        ("x, 200 posts", folder(lambda d, s: write_x_archive(d, n_tweets=200, seed=s))),
        ("mastodon, 150 posts", folder(lambda d, s: write_mastodon_export(d, seed=s, n_posts=150, container="folder"))),
        ("bluesky, 300 posts", lambda d, s: _car(write_bluesky_export, d, s, 300)),
        ("instagram, zip", file(lambda p, s: write_instagram_export(p, seed=s, as_archive=True))),
        ("x, 800 posts, zip", file(lambda p, s: write_x_archive(p, n_tweets=800, seed=s, as_zip=True))),
        ("threads, zip", file(lambda p, s: write_threads_export(p, seed=s, as_archive=True))),
        ("facebook", folder(lambda d, s: write_facebook_export(d, seed=s))),
        (
            "mastodon, 1,200 posts",
            folder(lambda d, s: write_mastodon_export(d, seed=s, n_posts=1200, container="folder")),
        ),
        ("linkedin, zip", file(lambda p, s: write_linkedin_export(p, seed=s, as_archive=True))),
        ("reddit, zip", file(lambda p, s: write_reddit_export(p, seed=s, as_archive=True))),
        ("x, 2,400 posts", folder(lambda d, s: write_x_archive(d, n_tweets=2400, seed=s))),
        ("bluesky, 800 posts", lambda d, s: _car(write_bluesky_export, d, s, 800)),
    ]


def _car(write, dest: Path, seed: int, posts: int) -> Path:
    dest.mkdir(parents=True)
    write(dest / "repo.car", seed=seed, n_posts=posts)
    return dest / "repo.car"


def _heavy(dest: Path, seed: int) -> Path:
    from helpers.synthetic.big_x import write_big_x_archive

    return write_big_x_archive(dest, tweets=20_000, followers=100_000, likes=20_000, seed=seed)


HEAVY_EVERY = 50
HEAVY = "x, 20,000 posts, 100,000 followers"


def write_exports(folder: Path, n: int) -> tuple[list[Path], Counter]:
    """``n`` exports of the mix, numbered; every ``HEAVY_EVERY``-th a heavy X archive."""
    recipes = _recipes()
    paths, kinds = [], Counter()
    for i in range(n):
        dest = folder / f"p{i:04d}"
        if i % HEAVY_EVERY == 0:
            what, path = HEAVY, _heavy(dest, seed=i + 1)
        else:
            what, write = recipes[i % len(recipes)]
            path = write(dest, i + 1)
        paths.append(path)
        kinds[what] += 1
    return paths, kinds


@dataclass
class Measured:
    label: str
    exports: int
    workers: int
    seconds: float
    startup: float  # the cluster started, its workers' imports done
    shutdown: float  # the cluster closed
    new: int
    cached: int
    failed: int
    peaks: list[int]
    memory_limit: int | None

    @property
    def work(self) -> float:
        return self.seconds - self.startup - self.shutdown

    @property
    def per_minute(self) -> float:
        return 60 * self.exports / self.seconds

    @property
    def per_export_ms(self) -> float:
        return 1000 * self.work / self.exports


def measure(label: str, paths: list[Path], workers: int, root: Path) -> Measured:
    from helpers.cohort.build import build_cohort
    from helpers.cohort.inputs import CohortInput
    from helpers.present.summary import summarize

    started = time.perf_counter()
    run = build_cohort([CohortInput(p) for p in paths], "bench", summarize, workers=workers, root=root)
    seconds = time.perf_counter() - started
    t = run.tally
    m = Measured(
        label,
        len(paths),
        workers,
        seconds,
        run.startup_seconds,
        run.shutdown_seconds,
        t.new,
        t.cached,
        t.failed,
        run.worker_peaks,
        run.engine.memory_limit,
    )
    print(
        f"  {label}: {seconds:.1f} s ({m.per_minute:,.0f} exports/min; start-up {m.startup:.1f} s, close {m.shutdown:.1f} s), "
        f"new {t.new}, cached {t.cached}, failed {t.failed}",
        flush=True,
    )
    return m


def _spin(n: int = 15_000_000) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - started


def parallel_capacity(workers: int) -> float:
    """How many cores' worth of pure-Python work ``workers`` processes get at once right now: ``workers``
    on an idle machine, less when other work shares the cores (each process times the same loop)."""
    import multiprocessing

    alone = _spin()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        together = pool.map(_spin, [15_000_000] * workers)
    return workers * alone / max(together)


def _mb(n: int | None) -> str:
    return "–" if n is None else f"{n / 2**20:,.0f}"


def _load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return head.stdout.strip() + (" with uncommitted changes in src/" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def record(
    results: list[Measured],
    kinds: Counter,
    total_mb: float,
    wrote: float,
    load_before: str,
    capacity: tuple[float, float],
) -> str:
    by = {r.label: r for r in results}
    n = max(r.exports for r in results)
    small = min(r.exports for r in results)
    lines = [
        f"One `make bench-cohort` run, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {_commit()}; "
        f"{platform.python_version()}, {os.cpu_count()} cores, load average {load_before} before and {_load()} after.",
        "",
        f"Cores' worth of pure-Python work two processes got at once (2.00 on an idle 2-core machine): "
        f"{capacity[0]:.2f} before the runs, {capacity[1]:.2f} after.",
        "",
        f"{n} synthetic exports, {total_mb:,.0f} MB once read, written in {wrote:.0f} s: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        + ".",
        "",
        "| run | exports | workers | seconds | of it start-up + close | exports/min | ms per export (work) | new | cached | failed | peak MB per worker | limit MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in results:
        peaks = ", ".join(_mb(p) for p in r.peaks) or "– (this process)"
        lines.append(
            f"| {r.label} | {r.exports} | {r.workers or 'serial'} | {r.seconds:.1f} | {r.startup:.1f} + {r.shutdown:.1f} | {r.per_minute:,.0f} | "
            f"{r.per_export_ms:.0f} | {r.new} | {r.cached} | {r.failed} | {peaks} | {_mb(r.memory_limit)} |"
        )
    notes = [""]
    serial, cluster = by.get(f"serial, {n}"), by.get(f"cluster, {n}")
    if serial and cluster:
        speed = serial.seconds / cluster.seconds
        work = serial.work / cluster.work
        notes.append(
            f"- speed-up of the LocalCluster over this process at {n} exports: **{speed:.2f}x** whole run "
            f"(cluster start-up and close included), {work:.2f}x without them; target {TARGET_SPEEDUP}x: "
            f"{'met' if speed >= TARGET_SPEEDUP else 'not met'}."
        )
    for engine in ("serial", "cluster"):
        a, b = by.get(f"{engine}, {small}"), by.get(f"{engine}, {n}")
        if a and b and a is not b:
            ratio = b.per_export_ms / a.per_export_ms
            notes.append(
                f"- cost per export, {engine}: {a.per_export_ms:.0f} ms at {small}, {b.per_export_ms:.0f} ms at {n} "
                f"({ratio:.2f}x): {'**flat**' if ratio <= FLAT_LIMIT else 'not flat'} (flat means within {FLAT_LIMIT}x)."
            )
    rerun = by.get(f"cluster, {n}, rerun")
    if rerun:
        notes.append(
            f"- a rerun with nothing new: {rerun.seconds:.1f} s for {n} exports ({rerun.cached} from the cache)."
        )
    return "\n".join(lines + notes) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exports", type=int, default=500, help="exports to write and summarise (default 500)")
    ap.add_argument("--small", type=int, default=50, help="the smaller run, for the cost per export (default 50)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    ap.add_argument("--keep", type=Path, help="write the exports here and keep them (default: a temporary folder)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-output" / "bench-cohort.md")
    args = ap.parse_args(argv)
    from helpers.cohort.engine import export_size

    load_before = _load()
    work = Path(tempfile.mkdtemp(prefix="bench-cohort-"))
    exports = args.keep or work / "exports"
    try:
        print(f"writing {args.exports} synthetic exports into {exports}", flush=True)
        started = time.perf_counter()
        paths, kinds = write_exports(exports, args.exports)
        wrote = time.perf_counter() - started
        total_mb = sum(export_size(p) for p in paths) / 1e6
        before = parallel_capacity(args.workers)
        results = []
        for n in dict.fromkeys((args.small, args.exports)):
            results.append(measure(f"serial, {n}", paths[:n], 0, work / f"serial-{n}"))
            results.append(measure(f"cluster, {n}", paths[:n], args.workers, work / f"cluster-{n}"))
        results.append(
            measure(f"cluster, {args.exports}, rerun", paths, args.workers, work / f"cluster-{args.exports}")
        )
        text = record(results, kinds, total_mb, wrote, load_before, (before, parallel_capacity(args.workers)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
