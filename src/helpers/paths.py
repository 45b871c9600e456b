"""Every path the project uses, anchored on the package, never on the working directory."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# src/helpers -> src -> repository root (an editable install keeps the package in the checkout).
PROJECT_ROOT = Path(os.environ.get("COMMUNITY_LENS_ROOT", PACKAGE_DIR.parent.parent)).resolve()
DATA_DIR = PROJECT_ROOT / "data"
SAMPLE_DIR = DATA_DIR / "sample"
RAW_DIR = DATA_DIR / "raw"
# Processed datasets; COMMUNITY_LENS_PROCESSED points elsewhere (tests use it to stay out of data/).
PROCESSED_DIR = Path(os.environ.get("COMMUNITY_LENS_PROCESSED") or DATA_DIR / "processed").resolve()
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
DASHBOARD_NOTEBOOK = NOTEBOOKS_DIR / "dashboard.ipynb"
BENCHMARKS_FILE = PACKAGE_DIR / "data" / "benchmarks.json"

SAMPLE_X_EXPORT = SAMPLE_DIR / "x"
SAMPLE_DATASET = "sample"


def resolve_export(path: str | os.PathLike | None) -> Path:
    """The export a notebook parameter names: empty means the bundled X sample; relative paths start at the repository root."""
    if path is None or str(path).strip() == "":
        return SAMPLE_X_EXPORT
    candidate = Path(path).expanduser()
    if candidate.is_absolute() or candidate.exists():
        return candidate.resolve()
    return (PROJECT_ROOT / candidate).resolve()


def resolve_exports(value: str | os.PathLike | list | None) -> list[Path]:
    """A notebook's export parameter as paths: one path, or a list of paths to combine."""
    if isinstance(value, (list, tuple)):
        return [resolve_export(v) for v in value] or [SAMPLE_X_EXPORT]
    return [resolve_export(value)]


def dataset_dir(name: str) -> Path:
    """Folder of one processed dataset."""
    return PROCESSED_DIR / name
