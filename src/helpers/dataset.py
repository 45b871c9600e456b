"""Processed datasets: an export read once into parquet tables under data/processed/NAME/."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

from helpers.combine import combine, read_links
from helpers.progress import advance
from helpers.errors import ExportError
from helpers.loading import load_export
from helpers.model import Export
from helpers.paths import PROCESSED_DIR

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def check_name(name: str) -> str:
    if not NAME_PATTERN.match(name):
        raise ExportError(f"{name!r}: not a usable dataset name (letters, digits, '.', '_' and '-', at most 64)")
    return name


def fingerprint(paths: str | Path | list) -> str:
    """A cheap identity of exports: names, sizes and modification times of their files."""
    h = hashlib.sha256()
    for path in map(Path, paths if isinstance(paths, list) else [paths]):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        h.update(f"{path.resolve()}\n".encode())
        for f in files:
            st = f.stat()
            h.update(f"{f.relative_to(path) if path.is_dir() else f.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def content_hash(paths: list) -> str:
    """A hash of the exports' content (every file's bytes, in name order): unchanged content, same hash."""
    h = hashlib.sha256()
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            h.update(f"{f.relative_to(path) if path.is_dir() else f.name}\n".encode())
            with open(f, "rb") as handle:
                h.update(hashlib.file_digest(handle, "sha256").digest())
    return h.hexdigest()


def load_exports(paths: list[str | Path], links: str | Path | None = None,
                 progress: Callable[[str], None] | None = None) -> Export:
    """Several exports (platforms, or dates of one account) as one dataset; one export as itself."""
    exports = []
    for i, path in enumerate(paths, start=1):
        if len(paths) > 1 and progress is not None:
            progress(f"reading export {i} of {len(paths)}: {path}")
        exports.append(load_export(path, progress=progress))
        advance(progress, i, len(paths), unit="export")
    return combine(exports, read_links(links) if links else None)


def dataset_folder(name: str, root: Path | None = None) -> Path:
    return (root or PROCESSED_DIR) / check_name(name)


def is_current(name: str, export_path: str | Path | list, root: Path | None = None) -> bool:
    """The dataset exists and was built from the export as it is now."""
    meta = dataset_folder(name, root) / "meta.json"
    if not meta.exists():
        return False
    return json.loads(meta.read_text()).get("fingerprint") == fingerprint(export_path)


def build_dataset(export_path: str | Path | list, name: str, root: Path | None = None,
                  progress: Callable[[str], None] | None = None, links: str | Path | None = None) -> Path:
    """Read one or several exports and save them as the dataset ``name``; returns its folder."""
    folder = dataset_folder(name, root)
    paths = export_path if isinstance(export_path, list) else [export_path]
    export = load_exports(paths, links, progress)
    export.write(folder)
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["fingerprint"] = fingerprint(export_path)
    meta["name"] = name
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    return folder


def load_dataset(name: str, root: Path | None = None) -> Export:
    """A processed dataset, as an Export."""
    folder = dataset_folder(name, root)
    if not (folder / "meta.json").exists():
        raise ExportError(f"{folder}: no such dataset (build it with 'community-lens build PATH --name {name}')")
    return Export.read(folder)


def list_datasets(root: Path | None = None) -> list[str]:
    """Names of the processed datasets, sorted."""
    root = root or PROCESSED_DIR
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "meta.json").exists())
