"""A cohort made: the exports resolved, each summarised (or read from the cache), the tables written.

``build_cohort(inputs, name, summarize)`` is what ``community-lens cohort`` runs. ``workers=0`` runs in
this process; otherwise a LocalCluster (``workers`` processes, default one per core that the memory
holds), or the cluster at ``scheduler``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from helpers.cohort import engine as eng
from helpers.cohort.engine import Engine, Job, Outcome, Summarize
from helpers.cohort.flatten import FIGURE_SCHEMA, NUMERIC_FIGURES
from helpers.cohort.inputs import CohortInput, label_columns
from helpers.cohort.percentiles import METHOD, cohort_percentiles
from helpers.cohort.privacy import pseudonym, read_or_make_salt
from helpers.cohort.store import (
    FAILURE_COLUMNS,
    ID_COLUMNS,
    SALT_FILE,
    ResultCache,
    cohort_folder,
    cohorts_root,
    write_cohort,
)
from helpers.errors import ExportError
from helpers.store import check_name, code_version, dataset_lock

Results = dict[int, tuple[dict | None, tuple[str, str] | None]]  # per input: its figures, or (kind, reason)


@dataclass(frozen=True)
class FailedExport:
    """An export that could not be summarised, as the user's terminal shows it at the end of the run: its
    path and the full reason (paths and names included). Never written: the tables keep a reason naming no
    file, under the export's pseudonym."""

    path: str
    kind: str
    line: str


@dataclass
class Tally:
    """How far a cohort has come: what the progress bar shows."""

    total: int
    done: int = 0
    new: int = 0  # summarised in this run
    cached: int = 0  # read from the cache
    failed: int = 0
    failed_by_kind: Counter = field(default_factory=Counter)
    seconds_new: list[float] = field(default_factory=list)

    def count(self, outcome: Outcome, failure: tuple[str, str] | None) -> None:
        self.done += 1
        if outcome.cached:
            self.cached += 1
        else:
            self.new += 1
            if failure is None:
                self.seconds_new.append(outcome.seconds)
        if failure is not None:
            self.failed += 1
            self.failed_by_kind[failure[0]] += 1


@dataclass
class CohortRun:
    """What a run did: where the cohort is, the counts, the engine, the time, the workers' peak memory."""

    folder: Path
    tally: Tally
    engine: Engine
    seconds: float
    worker_peaks: list[int]
    startup_seconds: float = 0.0  # the cluster's start (and its workers' imports) or the connection
    shutdown_seconds: float = 0.0  # the cluster's close
    failed: list[FailedExport] = field(default_factory=list)  # in the order given


def _engine(
    jobs: Sequence[Job], sizes: list[int], workers: int | None, scheduler: str | None, memory: int | None
) -> AbstractContextManager:
    if scheduler:
        return eng.existing_cluster(scheduler)
    if workers == 0:
        return nullcontext((None, Engine("serial", 1)))
    # Never more than the machine holds: the largest export may then need a machine of its own (it fails alone).
    limit = memory or min(eng.memory_limit(max(sizes, default=0)), int(eng.machine_memory() * 0.9))
    count = workers or eng.default_workers(len(jobs), limit)
    return eng.local_cluster(count, limit)


def build_cohort(
    inputs: Sequence[CohortInput],
    name: str,
    summarize: Summarize,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    keep_paths: bool = False,
    salt_file: Path | None = None,
    memory_limit: int | None = None,
    root: Path | None = None,
    on_engine: Callable[[Engine], None] | None = None,
    on_progress: Callable[[Tally], None] | None = None,
) -> CohortRun:
    """Summarise every export of ``inputs`` with ``summarize`` and write the cohort ``name``."""
    check_name(name)
    if not inputs:
        raise ExportError("no export given; expected paths, globs, folders of exports or a manifest")
    if workers is not None and workers < 0:
        raise ExportError(f"--workers {workers}: expected 0 (no Dask) or more")
    started = time.perf_counter()
    folder = cohort_folder(name, root)
    jobs = [Job(i, str(item.path), item.owner) for i, item in enumerate(inputs)]
    cache = ResultCache(root)
    with dataset_lock(name, cohorts_root(root)):
        kept_salt = salt_file is None
        salt = read_or_make_salt(salt_file) if salt_file is not None else _salt_of(folder)
        sizes = [eng.export_size(j.path) for j in jobs] if workers != 0 or scheduler else []
        tally = Tally(len(jobs))
        results: Results = {}
        details: dict[int, str] = {}
        cached = cache.keys()
        with _engine(jobs, sizes, workers, scheduler, memory_limit) as (client, engine):
            ready = time.perf_counter()
            if on_engine is not None:
                on_engine(engine)
            outcomes = (
                eng.run_serial(jobs, summarize, cached)
                if client is None
                else eng.run_on_dask(client, jobs, summarize, cached, sizes)
            )
            for outcome in outcomes:
                figures, failure, detail = _result(outcome, cache, jobs, summarize)
                results[outcome.index] = (figures, failure)
                if failure is not None:
                    details[outcome.index] = detail or _cached_detail(jobs[outcome.index].path, failure[1])
                tally.count(outcome, failure)
                if on_progress is not None:
                    on_progress(tally)
            peaks = eng.worker_peaks(client) if client is not None else []
            finished = time.perf_counter()
        closed = time.perf_counter()
        tables = cohort_tables(inputs, results, salt, keep_paths)
        meta = _meta(name, inputs, tables, tally, engine, keep_paths, kept_salt, peaks, time.perf_counter() - started)
        write_cohort(name, tables, meta, methods_text(meta), salt if kept_salt else None, root)
    failed = [
        FailedExport(jobs[i].path, failure[0], details[i])
        for i, (_, failure) in sorted(results.items())
        if failure is not None
    ]
    return CohortRun(
        folder, tally, engine, time.perf_counter() - started, peaks, ready - started, closed - finished, failed
    )


def summarise_in_memory(inputs: Sequence[CohortInput], summarize: Summarize) -> dict[str, pl.DataFrame]:
    """A small cohort's tables, computed here and written nowhere (no cache, no salt kept: the ids mean
    nothing outside this call). For a notebook's look at a handful of exports."""
    import secrets

    jobs = [Job(i, str(item.path), item.owner) for i, item in enumerate(inputs)]
    results: Results = {o.index: (o.figures, o.failure) for o in eng.run_serial(jobs, summarize, frozenset())}
    return cohort_tables(inputs, results, secrets.token_bytes(32), keep_paths=False)


def _salt_of(folder: Path) -> bytes:
    """The cohort's salt: kept from its last run, else a new one (written with the tables)."""
    existing = folder / SALT_FILE
    if existing.is_file():
        return read_or_make_salt(existing)
    import secrets

    return secrets.token_bytes(32)


def _cached_detail(path: str, reason: str) -> str:
    """The terminal's line for a failure read from the cache (only its stored reason is kept)."""
    return f"{path}: {reason.removeprefix('the export: ')} (found in an earlier run; 'community-lens summary' on it gives the full reason)"


def _result(
    outcome: Outcome, cache: ResultCache, jobs: Sequence[Job], summarize: Summarize
) -> tuple[dict | None, tuple[str, str] | None, str | None]:
    """The figures or failure (with its full line, when summarised in this run) of one outcome: read from
    the cache for a cached key, else kept in it."""
    if outcome.cached and outcome.key is not None:
        record = cache.get(outcome.key)
        if record is None:  # the cache file went away since the run started: summarise here
            outcome = eng.summarise_export(jobs[outcome.index], summarize)
        elif "figures" in record:
            return record["figures"], None, None
        else:
            return None, (record["failure"]["kind"], record["failure"]["reason"]), None
    cache.put(outcome)
    return outcome.figures, outcome.failure, outcome.detail


def cohort_tables(
    inputs: Sequence[CohortInput], results: Results, salt: bytes, keep_paths: bool
) -> dict[str, pl.DataFrame]:
    """The cohort's three tables: exports (ids, labels, figures), failures and percentiles."""
    labels = label_columns(inputs)
    label_schema = dict.fromkeys(labels, pl.String)
    exports, failures = [], []
    for index, item in enumerate(inputs):
        figures, failure = results[index]
        export_id = pseudonym(item.path, salt, item.owner)
        path = str(item.path) if keep_paths else None
        ids = {"export_id": export_id, "path": path, **{label: item.labels.get(label) for label in labels}}
        if figures is not None:
            exports.append({**ids, **figures})
        elif failure is not None:
            kind, reason = failure  # names no file: the row's export_id (and path, with --keep-paths) says which
            failures.append({**ids, "kind": kind, "reason": reason})
    exports_frame = pl.DataFrame(exports, schema={**ID_COLUMNS, **label_schema, **FIGURE_SCHEMA}, orient="row")
    return {
        "exports": exports_frame,
        "failures": pl.DataFrame(failures, schema={**ID_COLUMNS, **label_schema, **FAILURE_COLUMNS}, orient="row"),
        "percentiles": cohort_percentiles(exports_frame, NUMERIC_FIGURES, labels),
    }


def _meta(
    name: str,
    inputs: Sequence[CohortInput],
    tables: dict[str, pl.DataFrame],
    tally: Tally,
    engine: Engine,
    keep_paths: bool,
    kept_salt: bool,
    peaks: list[int],
    seconds: float,
) -> dict:
    exports = tables["exports"]
    seconds_new = sorted(tally.seconds_new)
    return {
        "name": name,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "code_version": code_version(),
        "cohort_format": eng.COHORT_FORMAT,
        "exports_given": len(inputs),
        "exports_summarised": exports.height,
        "exports_failed": tables["failures"].height,
        "failed_by_kind": dict(sorted(tally.failed_by_kind.items())),
        "summarised_this_run": tally.new,
        "from_cache": tally.cached,
        "platforms": dict(sorted(Counter(exports["platforms"].drop_nulls().to_list()).items())),
        "generations": dict(sorted(Counter(exports["generation"].drop_nulls().to_list()).items())),
        "label_columns": label_columns(inputs),
        "engine": engine.as_json(),
        "worker_peak_memory_bytes": peaks,
        "seconds": round(seconds, 2),
        "median_seconds_per_new_export": round(seconds_new[len(seconds_new) // 2], 3) if seconds_new else None,
        "percentiles": METHOD,
        "export_id": "HMAC-SHA256 of the export's absolute path (and owner, for a chat export read from a chosen view) "
        "keyed with the cohort's salt, first 16 hex digits",
        "salt": "salt file in this folder" if kept_salt else "kept outside this folder (--salt-file)",
        "paths_kept": keep_paths,
    }


def methods_text(meta: dict) -> str:
    """What the methods section of a paper cites about this cohort, as Markdown."""
    failed = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in meta["failed_by_kind"].items()) or "none"
    platforms = ", ".join(f"{p} {n}" for p, n in meta["platforms"].items()) or "none"
    generations = "; ".join(f"{g} ({n})" for g, n in meta["generations"].items()) or "none"
    return f"""# Cohort {meta["name"]}: methods

- **Exports**: {meta["exports_given"]} given, {meta["exports_summarised"]} summarised, {meta["exports_failed"]} could not
  be summarised (by reason: {failed}; each with a one-line reason in `failures.parquet`, naming no file).
- **Platforms**: {platforms}. **Export format generations read**: {generations}.
- **Software**: community-lens {meta["code_version"]} (`community-lens cohort`, cohort format {meta["cohort_format"]}),
  on {meta["built_at"]}. Each export was read offline from the platform's own download, in place, and
  summarised by the code of `community-lens summary --json`; the rules and thresholds (voice modes, audience
  tiers, community size, listening within 72 hours) are those of the project's `docs/metrics.md` for this
  version. A figure an export cannot show (for instance followers, where the platform's download holds no
  follower list) is missing, never zero; `percentiles.parquet` gives for each figure how many exports are in
  (`n`) and how many could not show it (`missing`).
- **Data minimisation**: only per-export aggregate figures are stored (`codebook.csv` lists every column);
  no handle, name or id of any person, the account's own included; first and last post to the day. Exports
  are identified by a pseudonym: {meta["export_id"]} (the salt: {meta["salt"]}).
  {"The exports' paths are kept (--keep-paths)." if meta["paths_kept"] else "The exports' paths are not kept."}
  The rows are pseudonymous, not anonymous: counts such as followers can be matched against public profiles.
- **Percentiles**: {meta["percentiles"]}, per figure, over the exports that can show it, for the cohort and
  for each group of each label ({", ".join(meta["label_columns"]) or "no labels"}).
- **Computation**: {meta["engine"]["kind"]} engine, {meta["engine"]["workers"]} worker(s). The exports a worker held when
  it died (out of memory, a crash) are summarised again, each alone on the cluster; one whose worker dies again
  then is counted among the failures (`worker_crashed`). Results are cached by a hash of each export's content
  and the code's version: a rerun summarises only new or changed exports, with the same code.
"""


def progress_line(tally: Tally, elapsed: float) -> str:
    """How far a cohort has come, for a log: counts, rate and time left.

    >>> progress_line(Tally(total=10, done=4, new=3, cached=1, failed=1), 2.0)
    '4/10 exports (new 3, from cache 1, failed 1), 2.0 exports/s, about 3 s left'
    """
    rate = tally.done / elapsed if elapsed > 0 else 0.0
    left = f"about {(tally.total - tally.done) / rate:,.0f} s left" if rate > 0 else "time left unknown"
    return (
        f"{tally.done}/{tally.total} exports (new {tally.new}, from cache {tally.cached}, failed {tally.failed}), "
        f"{rate:,.1f} exports/s, {left}"
    )
