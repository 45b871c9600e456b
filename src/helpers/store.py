"""Datasets on disk: an export (or several, combined) read once into data/processed/NAME/.

A dataset folder holds the canonical tables as parquet and ``meta.json``: the platform, each part's
owner, coverage and warnings, the dataset's name and its one cache key. The key is a hash of the
exports' bytes (and the links file) with the version of the code that read them: same content and same
code, same key, so an unchanged export is never read twice and a new release rebuilds.

Every write takes the dataset's lock, writes a scratch folder beside it and swaps the finished folder in:
a reader sees the old dataset or the new one, never half of one, and a failed build leaves the old one.
This is the only module that writes or reads a dataset folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import stat
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import polars as pl

from helpers import paths
from helpers.errors import ExportError
from helpers.model import CHAT_SCHEMA, INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, Export, ExportMeta, conform
from helpers.platforms.loading import load_exports
from helpers.progress import Progress

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
META_FILE = "meta.json"
# Raise when what a dataset folder holds, or what its stored views count, changes: every dataset is then
# rebuilt once, and a page never shows a view of another format (4: the ladder counts dated one-way follows
# from their month; the ledger table).
STORE_FORMAT = 4
TABLES = {"posts": POSTS_SCHEMA, "people": PEOPLE_SCHEMA, "interactions": INTERACTIONS_SCHEMA}


def code_version() -> str:
    """The installed community-lens version: part of every cache key."""
    try:
        return version("community-lens")
    except PackageNotFoundError:
        return "unknown"


def check_name(name: str) -> str:
    """``name`` when it is a usable dataset name; a one-line ExportError otherwise."""
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise ExportError(f"{name!r}: not a usable dataset name (letters, digits, '.', '_' and '-', at most 64)")
    return name


def processed_root(root: Path | None = None) -> Path:
    return root or paths.PROCESSED_DIR


def dataset_folder(name: str, root: Path | None = None) -> Path:
    """Folder of one processed dataset."""
    return processed_root(root) / check_name(name)


# Files that hold the owner's email addresses, phone numbers, IP addresses, logins or payments. No reader
# opens them, and neither does the cache key: it hashes every other file (a zip member by its name, CRC and
# size from the zip's directory, so no member is decompressed for the key).
PRIVATE_FILE = re.compile(
    r"(?i)(^|/)(security_and_login_information|logged_information|login_and_account_creation)/"
    r"|e-?mail|phone|ip[-_ ]?(audit|logs?|address)|account-creation-ip|login|device-token|ni-devices"
    r"|(^|/)statistics\.csv$|payment"
    # Discord's data package: activity logs (analytics, reporting, tns, modeling) hold IP addresses and
    # device details.
    r"|(^|/)(activity|activit\w*)/(analytics|reporting|tns|modeling)/"
)


def hash_file_content(h: hashlib._Hash, f: Path) -> None:
    """Add a regular file's bytes to the hash; anything else (a FIFO, a device, a socket) is refused
    unopened: opening a FIFO waits for a writer for ever, a device never ends."""
    try:
        mode = f.stat().st_mode
    except OSError as exc:
        raise ExportError(f"{f}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise ExportError(f"{f}: not a regular file (a pipe, device or socket is never read)")
    try:
        with open(f, "rb") as handle:
            h.update(hashlib.file_digest(handle, "sha256").digest())
    except OSError as exc:
        raise ExportError(f"{f}: cannot be read ({exc.strerror or exc})") from None


def cache_key(export_paths: Sequence[str | Path], links: str | Path | None = None, owner: str | None = None) -> str:
    """The dataset's one cache key: the content of every file of the exports (the private ones left out)
    and of the links file, whose view a chat community is read from, and the code's version."""
    h = hashlib.sha256(f"community-lens {code_version()} store {STORE_FORMAT}\n".encode())
    if owner is not None:
        h.update(f"owner {owner}\n".encode())
    for path in map(Path, [*export_paths, *([links] if links else [])]):
        if path.is_dir():
            root = path.resolve()
            for f in sorted(path.rglob("*")):
                name = f.relative_to(path).as_posix()
                if PRIVATE_FILE.search(name) or f.is_symlink() or not f.is_file():
                    continue  # private, a link (never followed) or not a regular file
                if not f.resolve().is_relative_to(root):
                    continue
                h.update(f"{name}\n".encode())
                hash_file_content(h, f)
        elif path.is_file() and zipfile.is_zipfile(path):
            h.update(f"{path.name}\n".encode())
            try:
                with zipfile.ZipFile(path) as zf:
                    for info in sorted(zf.infolist(), key=lambda i: i.filename):
                        if not info.is_dir() and not PRIVATE_FILE.search(info.filename):
                            h.update(f"{info.filename}\0{info.CRC}\0{info.file_size}\n".encode())
            except (zipfile.BadZipFile, OSError) as exc:
                raise ExportError(f"{path}: unreadable zip file ({exc})") from None
        else:
            h.update(f"{path.name}\n".encode())
            hash_file_content(h, path)
    return h.hexdigest()


_HELD: set[Path] = set()  # locks this process holds: taking one again inside is a no-op, not a deadlock


@contextmanager
def dataset_lock(name: str, root: Path | None = None) -> Iterator[None]:
    """One writer of a dataset at a time across processes; a second one waits (other datasets are not held up)."""
    folder = processed_root(root)
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder.resolve() / f".{check_name(name)}.lock"  # the folder resolved, the lock itself never
    if lock in _HELD:
        yield
        return
    try:
        # Never through a symlink planted where the lock belongs; the lock file itself stays (it is empty).
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise ExportError(f"{lock}: cannot take the dataset's lock ({exc.strerror or exc})") from None
    with os.fdopen(fd, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        _HELD.add(lock)
        try:
            yield
        finally:
            _HELD.discard(lock)
            fcntl.flock(handle, fcntl.LOCK_UN)


def swap_in(scratch: Path, final: Path) -> None:
    """Replace the folder ``final`` with ``scratch`` so that a failure at any point leaves one of them whole."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    if final.exists():
        final.rename(old)
    scratch.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def read_meta(name: str, root: Path | None = None) -> dict | None:
    """The dataset's meta.json, or None when there is no such dataset."""
    meta = dataset_folder(name, root) / META_FILE
    if not meta.exists():
        return None
    return json.loads(meta.read_text(encoding="utf-8"))


# What a dataset keeps beside its tables for the pages that show it: per scope (the whole dataset, each
# platform), the summary and the small aggregate tables of its charts (computed by the caller: ``present``).
StoredViews = Mapping[str, tuple[dict, Mapping[str, pl.DataFrame]]]
DeriveViews = Callable[[Export], StoredViews]
VIEWS_FOLDER = "views"
SCOPE_PATTERN = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def write_dataset(
    export: Export, name: str, key: str, root: Path | None = None, views: StoredViews | None = None, **meta_fields
) -> Path:
    """Save ``export`` as the dataset ``name`` (lock held by the caller or taken here); returns its folder.

    ``views``: per scope, the summary and aggregate tables the pages read. ``meta_fields`` are extra entries
    of meta.json (``anonymized=True``).
    """
    final = dataset_folder(name, root)
    scratch = final.with_name(f".{name}.building-{os.getpid()}")
    with dataset_lock(name, root):
        if final.is_symlink() or (final.exists() and not final.is_dir()):
            raise ExportError(f"{final}: not a dataset folder (a link or a file is in its place); move it away first")
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        _write_scratch(export, name, key, scratch, final, views or {}, meta_fields)
    return final


def _write_scratch(
    export: Export, name: str, key: str, scratch: Path, final: Path, views: StoredViews, meta_fields: dict
) -> None:
    try:
        for scope, (summary, tables) in views.items():
            if not SCOPE_PATTERN.fullmatch(scope):
                raise ValueError(f"not a view scope: {scope!r}")
            folder = scratch / VIEWS_FOLDER / scope
            folder.mkdir(parents=True)
            (folder / "summary.json").write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
            for table, frame in tables.items():
                frame.write_parquet(folder / f"{table}.parquet")
        tables = {"posts": export.posts, "people": export.people, "interactions": export.interactions}
        if export.links is not None:
            tables["links"] = export.links
        if export.chat is not None:
            tables["chat"] = export.chat
        for table, frame in tables.items():
            frame.write_parquet(scratch / f"{table}.parquet")
        meta = {
            "name": name,
            "cache_key": key,
            "store_format": STORE_FORMAT,
            "built_at": datetime.now(UTC).isoformat(),
            "platform": export.platform,
            **export.meta.as_json(),
            "parts": {p: m.as_json() for p, m in export.parts.items()},
            **meta_fields,
        }
        (scratch / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        swap_in(scratch, final)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def load_dataset(name: str, root: Path | None = None) -> Export:
    """A processed dataset, as an Export."""
    folder = dataset_folder(name, root)
    meta = read_meta(name, root)
    if meta is None:
        raise ExportError(f"no dataset named {name!r} (build it with 'community-lens build PATH --name {name}')")
    links = folder / "links.parquet"
    chat = folder / "chat.parquet"
    return Export(
        platform=meta["platform"],
        meta=ExportMeta.from_json(meta),
        posts=conform(pl.read_parquet(folder / "posts.parquet"), POSTS_SCHEMA),
        people=conform(pl.read_parquet(folder / "people.parquet"), PEOPLE_SCHEMA),
        interactions=conform(pl.read_parquet(folder / "interactions.parquet"), INTERACTIONS_SCHEMA),
        parts={p: ExportMeta.from_json(m) for p, m in meta.get("parts", {}).items()},
        links=pl.read_parquet(links) if links.exists() else None,
        chat=conform(pl.read_parquet(chat), CHAT_SCHEMA) if chat.exists() else None,
    )


def read_view(name: str, scope: str, root: Path | None = None) -> tuple[dict, dict[str, pl.DataFrame]] | None:
    """The summary and aggregate tables stored for ``scope`` of a dataset; None when the dataset has none, or
    holds views of another ``STORE_FORMAT`` (built by another version: then the page computes them)."""
    if not SCOPE_PATTERN.fullmatch(scope):
        return None
    meta = read_meta(name, root)
    if meta is None or meta.get("store_format") != STORE_FORMAT:
        return None
    folder = dataset_folder(name, root) / VIEWS_FOLDER / scope
    summary_file = folder / "summary.json"
    if not summary_file.is_file():
        return None
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    tables = {p.stem: pl.read_parquet(p) for p in sorted(folder.glob("*.parquet"))}
    return summary, tables


def is_current(
    name: str,
    export_paths: Sequence[str | Path],
    links: str | Path | None = None,
    root: Path | None = None,
    owner: str | None = None,
) -> bool:
    """The dataset exists and was built from these exports, as they are now, by this version of the code."""
    meta = read_meta(name, root)
    return meta is not None and meta.get("cache_key") == cache_key(export_paths, links, owner)


def build_dataset(
    export_paths: Sequence[str | Path],
    name: str,
    root: Path | None = None,
    progress: Progress | None = None,
    links: str | Path | None = None,
    reuse: bool = False,
    derive_views: DeriveViews | None = None,
    owner: str | None = None,
) -> tuple[Export, bool]:
    """Read the exports and save them as the dataset ``name``: (the dataset, whether it was rebuilt).

    With ``reuse``, a dataset whose cache key matches is read back instead of rebuilt. ``derive_views``
    computes what the pages show (``present.tables.stored_views``), kept with the dataset.
    """
    check_name(name)
    key = cache_key(export_paths, links, owner)
    with dataset_lock(name, root):
        meta = read_meta(name, root)
        if reuse and meta is not None and meta.get("cache_key") == key:
            if progress is not None:
                progress(f"exports unchanged since the last build: reusing {dataset_folder(name, root)}")
            return load_dataset(name, root), False
        export = load_exports(list(export_paths), links, progress, owner=owner)
        if derive_views is not None and progress is not None:
            progress("computing what the pages show")
        views = derive_views(export) if derive_views is not None else None
        write_dataset(export, name, key, root, views)
    return export, True  # already in memory: reading it back would hold it twice


def read_exports(
    export_paths: Sequence[str | Path],
    links: str | Path | None = None,
    progress: Progress | None = None,
    owner: str | None = None,
) -> Export:
    """Exports read straight into an unsaved dataset (a notebook pointed at an export, not at a dataset)."""
    return load_exports(list(export_paths), links, progress, owner=owner)


def list_datasets(root: Path | None = None) -> list[str]:
    """Names of the processed datasets, sorted."""
    folder = processed_root(root)
    if not folder.exists():
        return []
    return sorted(
        p.name
        for p in folder.iterdir()
        if NAME_PATTERN.fullmatch(p.name) and not p.is_symlink() and p.is_dir() and (p / META_FILE).is_file()
    )
