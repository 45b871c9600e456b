"""Reading exports: which platform an export is, one export into the canonical model, several into one dataset."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from helpers.combine import combine, read_links
from helpers.errors import ExportError, ExportWarning, OwnerNeeded
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


ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".car")


def _detected_at_top(path: Path) -> bool:
    """The folder is itself one export, recognised at its top (not through one of its subfolders)."""
    with Archive(path) as archive:
        for platform in PLATFORMS:
            archive.set_root("")
            if platform.recognises(archive):
                return archive.root == ""
    return False


def exports_in(path: str | Path) -> list[Path]:
    """The exports a folder holds side by side (like data/sample, or data/raw with several zips), when the
    folder is not itself one export; [] otherwise. Each is a subfolder or an archive file recognised alone."""
    path = Path(path)
    if not path.is_dir() or path.is_symlink() or _detected_at_top(path):
        return []
    found = []
    for child in sorted(path.iterdir()):
        if child.is_symlink() or child.name.startswith("."):
            continue
        if child.is_dir() or child.name.lower().endswith(ARCHIVE_SUFFIXES):
            try:
                detect_platform(child)
            except ExportError:
                continue
            found.append(child)
    return found if len(found) > 1 else []


def load_export(
    path: str | Path, platform: str | None = None, progress: Progress | None = None, owner: str | None = None
) -> Export:
    """Read a zip, tar.gz, folder or file of a supported platform (detected when ``platform`` is None).

    A folder holding several exports side by side is read as one combined dataset, and ``progress`` says so.
    ``owner`` (a handle or an id) chooses whose view a chat community's export is read from.
    """
    return _read_one(path, platform, progress, owner, owner_must_apply=True)


def _read_one(
    path: str | Path, platform: str | None, progress: Progress | None, owner: str | None, owner_must_apply: bool
) -> Export:
    path = Path(path)
    if platform is None:
        several = exports_in(path)
        if several:
            if progress is not None:
                named = ", ".join(p.name for p in several)
                progress(f"{path} holds {len(several)} exports ({named}); reading them as one combined dataset")
            return load_exports(several, progress=progress, owner=owner)
        platform = detect_platform(path)
    if platform not in BY_NAME:
        raise ExportError(f"{path}: unknown platform {platform!r} (supported: {', '.join(BY_NAME)})")
    chosen = BY_NAME[platform]
    if not chosen.many_voices:
        if owner is not None and owner_must_apply:
            raise ExportError(
                f"{path}: --owner chooses whose view a chat community's export is read from "
                f"({', '.join(p.label for p in PLATFORMS if p.many_voices)}); a {chosen.label} export is one account's own"
            )
        return without_implausible_dates(chosen.read(path, progress=progress))
    return without_implausible_dates(chosen.read(path, progress=progress, owner=owner))


# Dates outside these bounds are damage (a post "from 9999", a zero epoch), not activity: they are left out
# of every figure and said in a warning, and can never stretch a month range into millennia.
PLAUSIBLE_FROM = datetime(1990, 1, 1, tzinfo=UTC)
PLAUSIBLE_UNTIL = datetime(2100, 1, 1, tzinfo=UTC)


def _plausible(col: str) -> pl.Expr:
    return pl.col(col).is_null() | pl.col(col).is_between(PLAUSIBLE_FROM, PLAUSIBLE_UNTIL, closed="left")


def without_implausible_dates(export: Export) -> Export:
    """The export without posts and acts dated before 1990 or from 2100 on, with a warning saying how many."""
    bad_posts = export.posts.filter(~_plausible("created_at"))
    bad_acts = export.interactions.filter(~_plausible("at"))
    bad_follows = export.people.filter(~_plausible("followed_at")).height
    bad_chat = export.chat.filter(~_plausible("at")).height if export.chat is not None else 0
    if not (bad_posts.height or bad_acts.height or bad_follows or bad_chat):
        return export
    # The year computed in polars: such a date may not exist in Python at all (the year 0, the year 300,000),
    # and turning it into a Python datetime would fail or panic.
    years = pl.concat([bad_posts.select(y=pl.col("created_at").dt.year()), bad_acts.select(y=pl.col("at").dt.year())])
    year = years["y"].min() if years.height else None
    example = f" (for example {year})" if isinstance(year, int) else ""
    counted = ", ".join(
        f"{n:,} {what}"
        for n, what in (
            (bad_posts.height, "posts"),
            (bad_acts.height, "acts"),
            (bad_follows, "follow dates"),
            (bad_chat, "chat messages"),
        )
        if n
    )
    warning = ExportWarning(
        "unreadable",
        None,
        f"{counted} dated outside {PLAUSIBLE_FROM.year}-{PLAUSIBLE_UNTIL.year - 1}{example} are left out",
    )
    return replace(
        export,
        meta=replace(export.meta, warnings=[*export.meta.warnings, warning]),
        posts=export.posts.filter(_plausible("created_at")),
        interactions=export.interactions.filter(_plausible("at")),
        chat=export.chat.filter(_plausible("at")) if export.chat is not None else None,
        people=export.people.with_columns(
            followed_at=pl.when(_plausible("followed_at")).then(pl.col("followed_at")).otherwise(None)
        ),
    )


def load_exports(
    paths: list[str | Path] | list[Path],
    links: str | Path | None = None,
    progress: Progress | None = None,
    owner: str | None = None,
) -> Export:
    """Several exports (platforms, or dates of one account) as one dataset; one export as itself.

    ``owner`` applies to the chat communities among them; it is an error only when none is one.
    """
    exports = []
    left_out: list[ExportWarning] = []
    for i, path in enumerate(paths, start=1):
        if len(paths) > 1 and progress is not None:
            progress(f"reading export {i} of {len(paths)}: {path}")
        try:
            exports.append(_read_one(path, None, progress, owner, owner_must_apply=len(paths) == 1))
        except OwnerNeeded as exc:
            # Among several exports, a chat community whose owner cannot be told is left out, said in a
            # warning, rather than stopping the others; read alone, it is the error itself.
            if len(paths) == 1 or owner is not None:
                raise
            left_out.append(ExportWarning("left_out", Path(path).name, f"left out: {exc}"))
        advance(progress, i, len(paths), unit="export")
    if not exports:
        raise ExportError(left_out[0].message if left_out else "no export given")
    if owner is not None and not any(BY_NAME[e.platform].many_voices for e in exports if e.platform in BY_NAME):
        labels = ", ".join(p.label for p in PLATFORMS if p.many_voices)
        raise ExportError(
            f"--owner chooses whose view a chat community's export is read from ({labels}); none was given"
        )
    combined = combine(exports, read_links(links) if links else None)
    if left_out:
        combined = replace(combined, meta=replace(combined.meta, warnings=[*combined.meta.warnings, *left_out]))
    return combined
