"""Summarising many exports: the one task (read an export, summarise it, flatten the summary), run in this
process one after the other, or on Dask: a LocalCluster on this machine or an existing cluster.

The task never raises for a bad export: it returns the failure with its one-line reason, so a corrupt
export never stops a cohort (a Rust panic in a decoder included, which is no ``Exception``). A path that is
not a regular file or a folder (a FIFO, a device, a socket, a link) fails before anything opens it. A worker can still die under a task (out of memory, a crash in a decoder,
killed from outside): the scheduler then gives up on every task the worker held (on the LocalCluster at
the first death, ``allowed_failures=0``), and once the others are done each of them runs again, alone on
the cluster. An export that kills its worker a second time, with nothing else running, is the cause: it
fails with ``worker_crashed``. The others, which only shared a worker with it, are summarised.

Who summarises is the caller's choice (``summarize``, normally ``helpers.present.summary.summarize``,
the code of ``community-lens summary``): the cohort sits below ``present`` and never imports it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tarfile
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from helpers.cohort.flatten import FIGURE_SCHEMA, flatten_summary
from helpers.cohort.privacy import failure_detail, failure_reason
from helpers.errors import ExportError, OwnerNeeded
from helpers.model import Export
from helpers.platforms.loading import load_export
from helpers.store import cache_key, code_version

if TYPE_CHECKING:
    from distributed import Client

Summarize = Callable[[Export], dict]
COHORT_FORMAT = 2  # raise when what a cached result holds changes: every export is then summarised again
ALLOWED_FAILURES = 0  # the LocalCluster's scheduler gives up on a task at its worker's first death: we retry it alone
# Kinds of failure, in the failures table.
FAILED_EXPORT = "export"  # the export cannot be read as given (ExportError): the same next time, so cached
FAILED_OWNER = "owner_needed"  # a chat export needing an owner column in the manifest
FAILED_CRASH = "worker_crashed"  # its worker died, and died again when it ran alone (memory, a decoder crash)
FAILED_ERROR = "error"  # anything else: a fault of ours or of the machine, tried again on a rerun
CACHED_KINDS = frozenset({FAILED_EXPORT, FAILED_OWNER})


@dataclass(frozen=True)
class Job:
    """One export to summarise: its place in the cohort, where it is, whose view (chat exports)."""

    index: int
    path: str
    owner: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What the task found: the export's cache key, then either its figures or why it failed; ``cached``
    when the key was already summarised (the caller reads the cache)."""

    index: int
    key: str | None
    figures: dict | None = None
    failure: tuple[str, str] | None = None  # (kind, one-line reason naming no file: privacy.failure_reason)
    cached: bool = False
    seconds: float = 0.0
    detail: str | None = None  # the failure's full line with its paths, for the terminal only: never stored


# The columns a cached row holds: a figure added or retyped makes every key new (no cached row lacks it).
_COLUMNS = hashlib.sha256(repr(list(FIGURE_SCHEMA.items())).encode()).hexdigest()[:16]


def export_key(path: str | Path, owner: str | None) -> str:
    """The export's content hash with the code's version (``store.cache_key``), the cohort's format and its
    columns."""
    return hashlib.sha256(f"{cache_key([path], owner=owner)} cohort {COHORT_FORMAT} {_COLUMNS}".encode()).hexdigest()


_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def refused_path(path: str | Path) -> ExportError | None:
    """Why ``path`` cannot be an export, found from its metadata alone (never opened, links not followed):
    None for a regular file or a folder. A FIFO would block whatever opens it, a device never ends."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return ExportError(f"{path}: no such file or folder")
    except (OSError, ValueError) as exc:
        return ExportError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})")
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISLNK(mode):  # never followed: it can point out of where the exports are, or at a FIFO
        return ExportError(f"{path}: a symbolic link; give the file or folder it points to")
    kind = next((label for test, label in _SPECIAL if test(mode)), "not a regular file")
    return ExportError(f"{path}: {kind}, not an export (expected a zip, tar.gz, folder or file); refused unopened")


def is_panic(exc: BaseException) -> bool:
    """A Rust panic raised through pyo3 (polars, a decoder): a BaseException, not an Exception, whose class
    each extension module defines for itself (so known by name)."""
    return type(exc).__name__ == "PanicException"


def failed(index: int, key: str | None, exc: BaseException, path: str, started: float) -> Outcome:
    """The outcome of an export that could not be summarised: its kind, the reason the tables keep (naming
    no file, no value of the export) and the full line for the terminal."""
    kind = (
        FAILED_OWNER
        if isinstance(exc, OwnerNeeded)
        else FAILED_EXPORT
        if isinstance(exc, ExportError)
        else FAILED_ERROR
    )
    return Outcome(
        index,
        key,
        failure=(kind, failure_reason(exc, path)),
        seconds=time.perf_counter() - started,
        detail=failure_detail(exc, path),
    )


def summarise_export(job: Job, summarize: Summarize, cached: frozenset[str] | set[str] = frozenset()) -> Outcome:
    """The cohort's one task: the export's key; when new, its summary as a flat row, or why it failed."""
    started = time.perf_counter()
    key = None
    refused = refused_path(job.path)  # before the key: hashing opens every file
    if refused is not None:
        return failed(job.index, None, refused, job.path, started)
    try:
        key = export_key(job.path, job.owner)
        if key in cached:
            return Outcome(job.index, key, cached=True)
        export = load_export(job.path, owner=job.owner)
        figures = flatten_summary(summarize(export), export.warnings)
        return Outcome(job.index, key, figures=figures, seconds=time.perf_counter() - started)
    except Exception as exc:  # every failure is one export's, never the cohort's
        return failed(job.index, key, exc, job.path, started)
    except BaseException as exc:
        if not is_panic(exc):  # an interrupt, an exit: the cohort's to stop
            raise
        return failed(job.index, None, exc, job.path, started)  # not cached: a rerun tries it again


def run_serial(jobs: Sequence[Job], summarize: Summarize, cached: frozenset[str]) -> Iterator[Outcome]:
    """Each export in turn, in this process."""
    for job in jobs:
        yield summarise_export(job, summarize, cached)


def run_on_dask(
    client: Client, jobs: Sequence[Job], summarize: Summarize, cached: frozenset[str], sizes: Sequence[int] = ()
) -> Iterator[Outcome]:
    """Every export as one task on the cluster, largest first; outcomes in the order they complete."""
    from distributed import as_completed

    # Once to every worker, not with each task (a list around it: a bare set would be scattered item by item).
    shared = client.scatter([cached], broadcast=True)[0] if cached else frozenset()
    run = uuid.uuid4().hex[:8]
    futures = {}
    for job in jobs:
        size = sizes[job.index] if job.index < len(sizes) else 0
        future = client.submit(
            summarise_export,
            job,
            summarize,
            shared,
            key=f"cohort-summary-{run}-{job.index}",
            pure=False,
            priority=size // 1_000_000,  # the largest first: no long export left to run alone at the end
        )
        futures[future] = job
    suspects: list[Job] = []  # on a worker that died: tried again alone, once the rest is done
    for future in as_completed(list(futures)):
        job = futures.pop(future)
        outcome = _outcome(future, job)
        future.release()
        if outcome is None:
            suspects.append(job)
        else:
            yield outcome
    for job in suspects:
        future = client.submit(
            summarise_export, job, summarize, shared, key=f"cohort-alone-{run}-{job.index}", pure=False
        )
        future_outcome = _outcome(future, job, wait=True)
        future.release()
        crashed = (
            "the export: its worker died while summarising it, and died again when it was summarised alone; "
            "out of memory (raise --memory-limit) or a crash while reading"
        )
        yield future_outcome or Outcome(
            job.index,
            None,
            failure=(FAILED_CRASH, crashed),
            detail=f"{job.path}: {crashed.removeprefix('the export: ')}",
        )


def _outcome(future, job: Job, wait: bool = False) -> Outcome | None:
    """The task's outcome; None when a worker died under it (``KilledWorker``)."""
    from distributed import wait as wait_for
    from distributed.scheduler import KilledWorker

    if wait:
        wait_for(future)
    if future.status == "finished":
        return future.result()
    exc = future.exception()
    if isinstance(exc, KilledWorker):
        return None
    return failed(job.index, None, exc, job.path, time.perf_counter())


# Memory a worker needs: the interpreter with polars and Dask, and a multiple of the largest export
# (docs/performance.md: summary peaks at about 1.05x a 376 MB archive; JSON-heavy exports need more).
WORKER_BASE_BYTES = 512 * 2**20
BYTES_PER_EXPORT_BYTE = 3
MEMORY_STEP = 256 * 2**20


def export_size(path: str | Path) -> int:
    """Bytes the export holds once read: a folder's files, a zip's members uncompressed, a file's size."""
    path = Path(path)
    if refused_path(path) is not None:
        return 0  # fails on its own, unopened, and needs no memory
    try:
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                return sum(i.file_size for i in zf.infolist())
        size = path.stat().st_size
        return size * 8 if tarfile.is_tarfile(path) and path.name.endswith(("gz", "tgz")) else size
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0  # unreadable: it fails on its own, and needs no memory


def memory_limit(largest: int) -> int:
    """Bytes per worker for an export of ``largest`` bytes, rounded up to 256 MiB."""
    need = WORKER_BASE_BYTES + BYTES_PER_EXPORT_BYTE * largest
    return -(-need // MEMORY_STEP) * MEMORY_STEP


def machine_memory() -> int:
    """This machine's memory in bytes."""
    import psutil

    return int(psutil.virtual_memory().total)


def default_workers(n_jobs: int, per_worker: int) -> int:
    """Workers for this machine: one per core, as many as the memory holds at ``per_worker``, at most one per export."""
    cores = os.cpu_count() or 1
    fits = max(1, int(machine_memory() * 0.9) // per_worker)
    return max(1, min(cores, fits, n_jobs))


@dataclass(frozen=True)
class Engine:
    """Where a cohort ran: ``serial``, ``local`` (a LocalCluster) or ``scheduler`` (an existing cluster)."""

    kind: str
    workers: int
    memory_limit: int | None = None
    dashboard: str | None = None
    address: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "workers": self.workers,
            "memory_limit_bytes": self.memory_limit,
            "dashboard": self.dashboard,
            "allowed_failures": ALLOWED_FAILURES if self.kind == "local" else None,
            "after_a_dead_worker": "its exports run again alone; a second death fails the export (worker_crashed)",
        }


def dashboard_of(client: Client, local: bool = True) -> str | None:
    """The Dask dashboard's address, or None when there is none to see: without bokeh (not a dependency),
    a LocalCluster's scheduler serves only a page asking for it."""
    import importlib.util

    if local and importlib.util.find_spec("bokeh") is None:
        return None
    services = client.scheduler_info().get("services", {})
    return client.dashboard_link if "dashboard" in services else None


def warm_up() -> None:
    """Import the readers in a new worker before its first task, so that no export's time includes them."""
    import helpers.cohort.flatten  # noqa: F401 - imported for its side effect: the summary's modules loaded
    from helpers.platforms.registry import preload

    preload()


@contextmanager
def local_cluster(workers: int, memory_limit_bytes: int) -> Iterator[tuple[Client, Engine]]:
    """A LocalCluster on 127.0.0.1: worker processes with one thread and one polars thread each."""
    import dask
    from distributed import Client, LocalCluster

    # No statistical profiler in the workers: it samples the running task's stack every few milliseconds,
    # holding the interpreter lock our tasks (mostly Python) need; the dashboard's profile page is all it feeds.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit_bytes,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,
            scheduler_kwargs={"allowed_failures": ALLOWED_FAILURES},
            env={"POLARS_MAX_THREADS": "1"},
        )
    try:
        with Client(cluster) as client:
            client.run(warm_up)
            yield client, Engine("local", workers, memory_limit_bytes, dashboard_of(client))
    finally:
        cluster.close()


@contextmanager
def existing_cluster(address: str) -> Iterator[tuple[Client, Engine]]:
    """A client of the cluster at ``address``, once its workers are shown to run this version of the code."""
    from distributed import Client

    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ExportError(f"{address}: no Dask scheduler answers there ({exc})") from None
    try:
        versions = set(client.run(code_version).values())
        if versions - {code_version()}:
            raise ExportError(
                f"{address}: the workers run community-lens {', '.join(sorted(versions))}, this machine "
                f"{code_version()}; install the same version on both so the figures match"
            )
        workers = len(client.scheduler_info().get("workers", {}))
        yield client, Engine("scheduler", workers, None, dashboard_of(client, local=False), address)
    finally:
        client.close()


def peak_memory_bytes() -> int | None:
    """This process's peak resident memory (Linux's VmHWM), None where the system does not say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def worker_peaks(client: Client) -> list[int]:
    """Peak memory of every worker process, sorted (for the record and the benchmark)."""
    return sorted(v for v in client.run(peak_memory_bytes).values() if v is not None)
