"""What a cohort is made of: paths, globs, folders of exports, or a CSV manifest with labels.

- a path to an export (zip, tar.gz, folder or file) is one export;
- a glob (``exports/*.zip``, ``data/**/*.zip``) is every match, sorted;
- a folder that is not itself an export (recognised at its top) is a folder of exports: each subfolder
  and each archive in it (hidden ones and links left out) is one export, and one that is not an export
  fails on its own;
- a ``.csv`` file whose header has a ``path`` column (in any case, spaces around it ignored) is a
  manifest: one export per row, relative paths starting at the manifest's folder, an optional ``owner``
  column (whose view a chat export is read from) and any other column a label (``group``, ``wave``), kept
  as ``label_<name>``. A ``.csv`` file that no platform reads as an export and that has no ``path`` column
  is refused in one line (a manifest with the wrong header or separator, not UTF-8), never summarised as an
  export; so are columns whose names differ only by case or spaces (``Group`` and ``group ``).

The same export given twice is summarised once (the first time it is named, with that row's labels).
"""

from __future__ import annotations

import csv
import glob
import io
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
MANIFEST_BYTES = 64 * 2**20  # a manifest of a million exports is about 50 MB
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


def is_csv_file(path: Path) -> bool:
    """A regular file (links followed: the user named it) ending in ``.csv``: a manifest or a CSV export."""
    return path.suffix.lower() == ".csv" and path.is_file()


def _manifest_text(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MANIFEST_BYTES + 1)
    except OSError as exc:
        raise ExportError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MANIFEST_BYTES:
        raise ExportError(f"{path}: larger than {MANIFEST_BYTES // 2**20} MB; expected a manifest, one line per export")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportError(
            f"{path}: not UTF-8 text (byte {exc.start}); expected a manifest saved as CSV UTF-8, with a path column"
        ) from None


def _shown_columns(header: Sequence[str]) -> str:
    shown = ", ".join(repr(h) for h in header[:8]) + (f" and {len(header) - 8} more" if len(header) > 8 else "")
    return shown or "none"


def manifest_columns(path: Path, header: Sequence[str]) -> list[str]:
    """The manifest's columns by their matching name (trimmed, lower case: ``path``, ``owner``, a label's
    name); a header without a path column, or two columns of one name, is refused in one line."""
    keys = [h.strip().lower() for h in header]
    if MANIFEST_PATH not in keys:
        separator = next((f" separated by {s!r}" for s in (";", "\t", "|") if any(s in h for h in header)), "")
        raise ExportError(
            f"{path}: not a manifest: its header has the column(s) {_shown_columns(header)}{separator}; a manifest "
            "needs a path column (comma-separated, one export per line), and no platform reads this file as an export"
        )
    named: dict[str, list[str]] = {}
    for h, key in zip(header, keys, strict=True):
        if key:
            named.setdefault(label_column(key) if key not in (MANIFEST_PATH, MANIFEST_OWNER) else key, []).append(h)
    clashes = [names for names in named.values() if len(names) > 1]
    if clashes:
        raise ExportError(
            f"{path}: the columns {_shown_columns(clashes[0])} differ only by case, spaces or punctuation, so they "
            "would be one column; give each column its own name"
        )
    return keys


def read_manifest(path: Path) -> list[CohortInput]:
    """The exports a manifest lists, each with its owner and labels."""
    text = _manifest_text(path)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, [])
        keys = manifest_columns(path, header)
        rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise ExportError(f"{path}: not a readable manifest ({exc}); expected a CSV file with a path column") from None
    found = []
    for number, row in rows:
        if any(cell.strip() for cell in row[len(keys) :]):
            raise ExportError(
                f"{path}: line {number} has more cells than the header's {len(keys)}; put a path or label holding a "
                "comma in double quotes"
            )
        cells = {key: value.strip() for key, value in zip(keys, row, strict=False) if key}
        where = cells.get(MANIFEST_PATH, "")
        if not where:
            raise ExportError(f"{path}: line {number} has no path; expected one export per line")
        export = Path(where).expanduser()
        if not export.is_absolute():
            export = path.parent / export
        labels = {label_column(k): v for k, v in cells.items() if k not in (MANIFEST_PATH, MANIFEST_OWNER)}
        found.append(CohortInput(export.absolute(), cells.get(MANIFEST_OWNER) or None, labels))
    if not found:
        raise ExportError(f"{path}: the manifest lists no export; expected one line per export under its header")
    return found


def _has_path_column(path: Path) -> bool:
    """The file's first line names a path column (a manifest; no CSV export has one); False when unreadable."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return MANIFEST_PATH in [h.strip().lower() for h in header]


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
        # A CSV file is a manifest unless a platform reads it as an export (a CSV template, a LinkedIn file);
        # one that is neither is refused here, not summarised into a failure.
        if is_csv_file(path) and (_has_path_column(path) or not is_export_at_top(path)):
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
