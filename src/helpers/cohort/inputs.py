"""What a cohort is made of: paths, globs, folders of exports, or a CSV manifest with labels.

- a path to an export (zip, tar.gz, folder or file) is one export;
- a glob (``exports/*.zip``, ``data/**/*.zip``) is every match, sorted;
- a folder that is not itself an export (recognised at its top) is a folder of exports: each subfolder
  and each archive in it (hidden ones and links left out) is one export, and one that is not an export
  fails on its own;
- a ``.csv`` file whose header has a ``path`` column is a manifest: one export per row, relative paths
  starting at the manifest's folder, an optional ``owner`` column (whose view a chat export is read
  from) and any other column a label (``group``, ``wave``), kept as ``label_<name>``.

The same export given twice is summarised once (the first time it is named, with that row's labels).
"""

from __future__ import annotations

import csv
import glob
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from helpers.errors import ExportError
from helpers.platforms.archive import Archive
from helpers.platforms.loading import ARCHIVE_SUFFIXES
from helpers.platforms.registry import PLATFORMS

MANIFEST_PATH = "path"
MANIFEST_OWNER = "owner"
LABEL_PREFIX = "label_"
_GLOB = re.compile(r"[*?\[]")
_LABEL_NAME = re.compile(r"[^a-z0-9_]+")


@dataclass(frozen=True)
class CohortInput:
    """One export of the cohort: where it is, whose view to read a chat export from, its labels."""

    path: Path
    owner: str | None = None
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def label_column(name: str) -> str:
    """A manifest column as a label column of the tables: ``label_`` and the name in letters, digits, ``_``.

    >>> label_column("Study wave")
    'label_study_wave'
    """
    cleaned = _LABEL_NAME.sub("_", name.strip().lower()).strip("_") or "unnamed"
    return (LABEL_PREFIX + cleaned)[:32]


def is_manifest(path: Path) -> bool:
    """A CSV file whose header names a ``path`` column (a CSV export never has one)."""
    if not (path.is_file() and path.suffix.lower() == ".csv"):
        return False
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return MANIFEST_PATH in [h.strip().lower() for h in header]


def read_manifest(path: Path) -> list[CohortInput]:
    """The exports a manifest lists, each with its owner and labels."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ExportError(f"{path}: not a readable manifest ({exc}); expected a CSV file with a path column") from None
    found = []
    for number, row in enumerate(rows, start=2):  # the header is line 1
        cells = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        where = cells.get(MANIFEST_PATH, "")
        if not where:
            raise ExportError(f"{path}: line {number} has no path; expected one export per line")
        export = Path(where).expanduser()
        if not export.is_absolute():
            export = path.parent / export
        labels = {
            label_column(k): v for k, v in cells.items() if k not in (MANIFEST_PATH, MANIFEST_OWNER) and k.strip()
        }
        found.append(CohortInput(export.absolute(), cells.get(MANIFEST_OWNER) or None, labels))
    if not found:
        raise ExportError(f"{path}: the manifest lists no export; expected one line per export under its header")
    return found


def is_export_at_top(folder: Path) -> bool:
    """The folder is itself one export, recognised at its top (not through a folder inside it).

    The same test as ``platforms.loading``'s for a folder holding several exports; here a folder with
    one export and something else beside it is a folder of two (one of them fails on its own).
    """
    try:
        with Archive(folder) as archive:
            for platform in PLATFORMS:
                archive.set_root("")
                if platform.recognises(archive):
                    return archive.root == ""
    except ExportError:
        return False
    return False


def folder_exports(folder: Path) -> list[Path]:
    """The exports of a folder of exports (each subfolder and archive in it), or ``[folder]`` when the
    folder is itself one export or holds nothing that could be one."""
    if is_export_at_top(folder):
        return [folder]
    children = [
        child
        for child in sorted(folder.iterdir())
        if not child.name.startswith(".")
        and not child.is_symlink()
        and (child.is_dir() or child.name.lower().endswith(ARCHIVE_SUFFIXES))
    ]
    return children or [folder]


def resolve_inputs(arguments: Sequence[str | Path], owner: str | None = None) -> list[CohortInput]:
    """Every export the arguments name, in the order given, each once. ``owner`` applies to those that
    do not give their own (a manifest's owner column)."""
    found: list[CohortInput] = []
    for argument in arguments:
        text = str(argument)
        if _GLOB.search(text) and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))  # noqa: PTH207 - absolute patterns, which Path.glob refuses
            if not matches:
                raise ExportError(f"{text}: no file or folder matches this pattern")
            found += [CohortInput(Path(m).absolute(), owner) for m in matches]
            continue
        path = Path(text).expanduser()
        if is_manifest(path):
            found += [
                i if i.owner or owner is None else CohortInput(i.path, owner, i.labels) for i in read_manifest(path)
            ]
        elif path.is_dir() and not path.is_symlink():
            found += [CohortInput(p.absolute(), owner) for p in folder_exports(path)]
        else:
            found.append(CohortInput(path.absolute(), owner))  # missing or unreadable: fails on its own
    return _once(found)


def _once(inputs: Iterable[CohortInput]) -> list[CohortInput]:
    seen: set[tuple[Path, str | None]] = set()
    kept = []
    for item in inputs:
        key = (item.path.resolve() if item.path.exists() else item.path, item.owner)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def label_columns(inputs: Iterable[CohortInput]) -> list[str]:
    """The label columns of a cohort, in the order the manifests name them."""
    return list(dict.fromkeys(k for i in inputs for k in i.labels))
