"""``load_export``: any supported export, detected, into the canonical model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpers.detect import SUPPORTED, detect_platform
from helpers.errors import ExportError
from helpers.model import Export
from helpers.platforms.x import read_x

READERS = {"x": read_x}


def load_export(path: str | Path, platform: str | None = None, progress: Callable[[str], None] | None = None) -> Export:
    """Read a zip or folder of a supported platform (detected when ``platform`` is None)."""
    path = Path(path)
    if platform is None:
        platform = detect_platform(path)
    if platform not in READERS:
        raise ExportError(f"{path}: unknown platform {platform!r} (supported: {', '.join(SUPPORTED)})")
    return READERS[platform](path, progress=progress)
