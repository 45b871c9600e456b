"""Recognise which platform an export is: each platform's reader says whether it recognises an archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from helpers.archive import Archive
from helpers.errors import ExportError
from helpers.model import Export
from helpers.platforms import x


@dataclass(frozen=True)
class Platform:
    name: str
    looked_for: str  # what detection looks for, said when nothing matches
    recognises: Callable[[Archive], bool]  # must not raise, must not read large files
    read: Callable[..., Export]  # read(path, progress=None) -> Export


# Order matters only where one export could look like two platforms: the more specific first.
PLATFORMS: list[Platform] = [
    Platform("x", "X archive: data/manifest.js, data/tweets.js or data/js/tweets/", x.is_x_archive, x.read_x),
]
BY_NAME = {p.name: p for p in PLATFORMS}


def supported() -> str:
    return "; ".join(f"{p.name} ({p.looked_for})" for p in PLATFORMS)


def detect_platform(path: str | Path) -> str:
    """The platform of an export, or an ExportError listing what is supported and what was looked for."""
    with Archive(path) as archive:
        for platform in PLATFORMS:
            archive.set_root("")
            if platform.recognises(archive):
                return platform.name
        if not archive.is_single_file and not archive.names():
            kind = "zip" if archive._zip is not None else "archive" if archive._tar is not None else "folder"
            raise ExportError(f"{path}: empty {kind}; expected an export. Supported: {supported()}")
    raise ExportError(f"{path}: not a supported export. Looked for: {supported()}")
