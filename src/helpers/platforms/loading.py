"""Reading exports: which platform an export is, one export into the canonical model, several into one dataset."""

from __future__ import annotations

from pathlib import Path

from helpers.combine import combine, read_links
from helpers.errors import ExportError
from helpers.model import Export
from helpers.platforms.archive import Archive
from helpers.platforms.registry import BY_NAME, PLATFORMS, supported
from helpers.progress import Progress, advance


def detect_platform(path: str | Path) -> str:
    """The platform of an export, or an ExportError listing what is supported and what was looked for."""
    with Archive(path) as archive:
        for platform in PLATFORMS:
            archive.set_root("")
            if platform.recognises(archive):
                return platform.name
        if not archive.is_single_file and not archive.names():
            raise ExportError(f"{path}: empty {archive.kind}; expected an export. Supported: {supported()}")
    raise ExportError(f"{path}: not a supported export. Looked for: {supported()}")


def load_export(path: str | Path, platform: str | None = None, progress: Progress | None = None) -> Export:
    """Read a zip, tar.gz, folder or file of a supported platform (detected when ``platform`` is None)."""
    path = Path(path)
    if platform is None:
        platform = detect_platform(path)
    if platform not in BY_NAME:
        raise ExportError(f"{path}: unknown platform {platform!r} (supported: {', '.join(BY_NAME)})")
    return BY_NAME[platform].read(path, progress=progress)


def load_exports(
    paths: list[str | Path] | list[Path], links: str | Path | None = None, progress: Progress | None = None
) -> Export:
    """Several exports (platforms, or dates of one account) as one dataset; one export as itself."""
    exports = []
    for i, path in enumerate(paths, start=1):
        if len(paths) > 1 and progress is not None:
            progress(f"reading export {i} of {len(paths)}: {path}")
        exports.append(load_export(path, progress=progress))
        advance(progress, i, len(paths), unit="export")
    return combine(exports, read_links(links) if links else None)
