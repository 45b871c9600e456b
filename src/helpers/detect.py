"""Recognise which platform an export is."""

from __future__ import annotations

from pathlib import Path

from helpers.archive import Archive
from helpers.errors import ExportError
from helpers.platforms.x import is_x_archive

SUPPORTED = {"x": "X (Twitter) archive: the twitter-*.zip, or its folder with data/manifest.js or data/tweets.js"}


def detect_platform(path: str | Path) -> str:
    """The platform of an export, or an ExportError listing what is supported and what was looked for."""
    with Archive(path) as archive:
        if is_x_archive(archive):
            return "x"
        if not archive.is_single_file and not archive.names():
            raise ExportError(f"{path}: empty {'zip' if Path(path).is_file() else 'folder'}; expected an export (supported: {', '.join(SUPPORTED.values())})")
    raise ExportError(f"{path}: not a supported export (supported: {'; '.join(SUPPORTED.values())})")
