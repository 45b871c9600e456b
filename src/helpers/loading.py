"""``load_export``: any supported export, detected, into the canonical model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpers.detect import BY_NAME, detect_platform
from helpers.errors import ExportError
from helpers.model import Export


def load_export(path: str | Path, platform: str | None = None, progress: Callable[[str], None] | None = None) -> Export:
    """Read a zip, tar.gz, folder or file of a supported platform (detected when ``platform`` is None)."""
    path = Path(path)
    if platform is None:
        platform = detect_platform(path)
    if platform not in BY_NAME:
        raise ExportError(f"{path}: unknown platform {platform!r} (supported: {', '.join(BY_NAME)})")
    return BY_NAME[platform].read(path, progress=progress)
