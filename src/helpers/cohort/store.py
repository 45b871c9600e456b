"""A cohort on disk: data/cohorts/NAME/, written whole under the cohort's lock and swapped in (the
discipline of ``helpers.store``), and the per-export results cache every cohort shares.

A cohort folder holds:

- ``exports.parquet``: one row per export summarised: ``export_id`` (the pseudonym), ``path`` (null
  unless ``--keep-paths``), the manifest's labels, then every figure (``flatten.FIGURE_SCHEMA``);
- ``failures.parquet``: one row per export that could not be summarised: id, path, labels, kind, reason;
- ``percentiles.parquet``: each figure's distribution, for the whole cohort and for each label's groups;
- ``codebook.csv``: every column, its type and meaning; ``methods.md``: what a methods section cites;
- ``meta.json``: counts, the engine, the code version, how ids and percentiles are made;
- ``salt``: the pseudonyms' key (mode 0600), unless ``--salt-file`` keeps it elsewhere. Never in a table.

The cache (``data/cohorts/.cache/KEY.json``) holds, per content hash of an export and version of the
code, its figures or the reason it cannot be read: a rerun summarises only new or changed exports.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from helpers import paths
from helpers.cohort.engine import CACHED_KINDS, Outcome
from helpers.cohort.flatten import FIGURE_SCHEMA, codebook
from helpers.errors import ExportError
from helpers.store import NAME_PATTERN, check_name, dataset_lock, swap_in

CACHE_FOLDER = ".cache"
SALT_FILE = "salt"
META_FILE = "meta.json"
TABLES = ("exports", "failures", "percentiles")
ID_COLUMNS = pl.Schema({"export_id": pl.String, "path": pl.String})
FAILURE_COLUMNS = pl.Schema({"kind": pl.String, "reason": pl.String})


def cohorts_root(root: Path | None = None) -> Path:
    """data/cohorts, or ``COMMUNITY_LENS_COHORTS`` when set (tests keep out of data/ with it)."""
    if root is not None:
        return root
    return Path(os.environ.get("COMMUNITY_LENS_COHORTS") or paths.DATA_DIR / "cohorts").resolve()


def cohort_folder(name: str, root: Path | None = None) -> Path:
    return cohorts_root(root) / check_name(name)


class ResultCache:
    """Figures or failure reasons per export key, one small JSON file each, written atomically."""

    def __init__(self, root: Path | None = None):
        self.folder = cohorts_root(root) / CACHE_FOLDER

    def keys(self) -> frozenset[str]:
        if not self.folder.is_dir():
            return frozenset()
        return frozenset(p.stem for p in self.folder.glob("*.json"))

    def get(self, key: str) -> dict | None:
        try:
            record = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if "figures" in record:
            record["figures"] = _typed_figures(record["figures"])
        return record

    def put(self, outcome: Outcome) -> None:
        """Keep what the outcome found, when it will be found again from the same bytes: figures, or a
        failure of the export itself (not a crash or an error, which a rerun tries again)."""
        if outcome.key is None or outcome.cached:
            return
        if outcome.figures is not None:
            record: dict = {"figures": outcome.figures}
        elif outcome.failure is not None and outcome.failure[0] in CACHED_KINDS:
            record = {"failure": {"kind": outcome.failure[0], "reason": outcome.failure[1]}}
        else:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{outcome.key}.json"
        scratch = target.with_name(f".{outcome.key}.{os.getpid()}.tmp")
        scratch.write_text(json.dumps(record, default=_json_value, ensure_ascii=False), encoding="utf-8")
        scratch.replace(target)


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _typed_figures(figures: dict) -> dict:
    return {
        k: date.fromisoformat(v) if FIGURE_SCHEMA.get(k) == pl.Date() and isinstance(v, str) else v
        for k, v in figures.items()
    }


@dataclass
class Cohort:
    """A cohort read back: its tables and its meta.json."""

    name: str
    meta: dict
    exports: pl.DataFrame
    failures: pl.DataFrame
    percentiles: pl.DataFrame

    @property
    def label_columns(self) -> list[str]:
        return list(self.meta.get("label_columns", []))


def write_cohort(
    name: str,
    tables: dict[str, pl.DataFrame],
    meta: dict,
    methods: str,
    salt: bytes | None,
    root: Path | None = None,
) -> Path:
    """Write the cohort's folder whole and swap it in; ``salt`` is kept beside the tables when given."""
    final = cohort_folder(name, root)
    scratch = final.with_name(f".{name}.building-{os.getpid()}")
    with dataset_lock(name, cohorts_root(root)):
        if final.is_symlink() or (final.exists() and not final.is_dir()):
            raise ExportError(f"{final}: not a cohort folder (a link or a file is in its place); move it away first")
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        try:
            for table in TABLES:
                tables[table].write_parquet(scratch / f"{table}.parquet")
            codebook().write_csv(scratch / "codebook.csv")
            (scratch / "methods.md").write_text(methods, encoding="utf-8")
            (scratch / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
            if salt is not None:
                fd = os.open(scratch / SALT_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w", encoding="ascii") as handle:
                    handle.write(salt.hex() + "\n")
            swap_in(scratch, final)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
    return final


def read_cohort(name: str, root: Path | None = None) -> Cohort:
    """A cohort's tables and meta; a one-line ExportError when there is none of that name."""
    folder = cohort_folder(name, root)
    meta_file = folder / META_FILE
    if not meta_file.is_file():
        raise ExportError(f"no cohort named {name!r} (make one with 'community-lens cohort PATH... --name {name}')")
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    frames = {t: pl.read_parquet(folder / f"{t}.parquet") for t in TABLES}
    return Cohort(name, meta, frames["exports"], frames["failures"], frames["percentiles"])


def list_cohorts(root: Path | None = None) -> list[str]:
    """Names of the cohorts on disk, sorted."""
    folder = cohorts_root(root)
    if not folder.is_dir():
        return []
    return sorted(
        p.name
        for p in folder.iterdir()
        if NAME_PATTERN.fullmatch(p.name) and not p.is_symlink() and p.is_dir() and (p / META_FILE).is_file()
    )
