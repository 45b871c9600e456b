"""The Bluesky reader: a repository export (``repo.car``) into the canonical model.

Accepts the .car file itself, or a folder or zip holding exactly one. Records are read by walking the
repository tree from the root commit (``bluesky_car``), never by listing blocks: older repositories keep
history blocks that are no longer part of the account. Account ids are DIDs. The repository holds only
what the owner wrote: no followers, nothing by others, no engagement counts, no messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import POSTS_SCHEMA, Coverage, Export, ExportMeta, Owner
from helpers.platforms.archive import Archive
from helpers.platforms.bluesky.car import EXPECTED, open_repo, walk
from helpers.platforms.bluesky.records import HANDLE, collect, frame
from helpers.platforms.bluesky.tables import interactions, people, posts

Progress = Callable[[str], None]

# A post whose createdAt lies this far before the time in its record key was imported, not written then
# (tools that copy tweets into Bluesky backdate createdAt; the app labels them "Archived post").
BACKDATED_AFTER = timedelta(days=1)
# goat's `repo export <handle>` names the file <handle>.<YYYYMMDDhhmmss>.car (seen:
# bnewbold.robocracy.org.20250310005405.car); the app's own export is always "repo.car".
_GOAT_NAME = re.compile(r"^(?P<who>.+)\.\d{14}\.car$", re.IGNORECASE)
# The first bytes of a CAR v1: a one-byte header length, then the DAG-CBOR map {"roots": ..., "version": 1}.
_CAR_HEAD = b"\xa2eroots"

NOTES = {
    "followers": "A Bluesky repository holds only the follows you made; who follows you is kept in their "
    "repositories, so followers cannot be counted from the export.",
    "inbound_public": "A Bluesky repository holds only records you wrote: replies, mentions, quotes, likes and "
    "reposts by others are not in it, and with no follower list no one can be inferred a member, "
    "so everyone you addressed shows as reached.",
    "messages": "Direct messages are not in the repository export (Bluesky exports them apart, and that file is not "
    "read yet).",
    "likes_given": "Each like names the liked post's author and its date; likes are applause and make no one a member.",
    "engagement_counts": "The repository holds no like, repost or reply counts on your posts.",
}


def _silent(_: str) -> None:
    return None


def _is_car_name(name: str) -> bool:
    base = PurePosixPath(name).name
    # macOS zips add __MACOSX/._repo.car resource forks beside the real file.
    return base.lower().endswith(".car") and not base.startswith("._") and not name.startswith("__MACOSX/")


def is_bluesky_export(archive: Archive) -> bool:
    """A .car file, a folder or zip holding one, or a single file that starts like a CAR."""
    try:
        if any(_is_car_name(n) for n in archive.names()):
            return True
        if archive.is_single_file:
            with open(archive.path, "rb") as f:
                return f.read(16)[1:8] == _CAR_HEAD
    except OSError:
        return False
    return False


def find_car(archive: Archive) -> str:
    """The one repository file of the export; a one-line ExportError when there is none or several."""
    if archive.is_single_file:
        return archive.names()[0]
    cars = [n for n in archive.names() if _is_car_name(n)]
    if not cars:
        raise ExportError(f"{archive.path}: no .car file in this {archive.kind}; expected {EXPECTED}")
    if len(cars) > 1:
        raise ExportError(
            f"{archive.path}: {len(cars)} .car files ({', '.join(cars[:3])}); expected one repository: give its .car file"
        )
    return cars[0]


def owner_handle(name: str) -> str | None:
    """The handle a goat export's file name carries, or None (the repository itself never holds it)."""
    m = _GOAT_NAME.match(PurePosixPath(name).name)
    who = m.group("who").lower() if m else ""
    return who if HANDLE.match(who) else None


def _dated(frame: pl.DataFrame, what: str, warnings: list[ExportWarning]) -> pl.DataFrame:
    """createdAt where it parses, else the record key's time; rows with neither are dropped (said once)."""
    bad = frame.filter(pl.col("created_at").is_null())
    if bad.height:
        kept = bad.filter(pl.col("written_at").is_not_null()).height
        warnings.append(
            ExportWarning(
                "unreadable",
                None,
                f"{bad.height} {what} have no readable createdAt (first: {bad['created_raw'][0]!r}); "
                f"{kept} dated by their record key, {bad.height - kept} dropped",
            )
        )
    return frame.with_columns(created_at=pl.coalesce("created_at", "written_at")).drop_nulls("created_at")


def read_bluesky(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a Bluesky repository export (.car, or a folder or zip holding one) into the canonical model."""
    progress = progress or _silent
    with Archive(path) as archive:
        name = find_car(archive)
        size = archive.size(name)
        if size > 5_000_000:
            progress(f"reading {name} ({size / 1e6:.1f} MB)")
        repo = open_repo(archive.read_bytes(name), archive.display(name))
        rows = collect(walk(repo), repo.did)
        chats = [] if archive.is_single_file else [n for n in archive.names() if n.lower().endswith("chat.jsonl")]
    warnings: list[ExportWarning] = []
    if chats:
        warnings.append(
            ExportWarning(
                "unsupported_file",
                chats[0],
                f"{chats[0]}: Bluesky direct messages are not read (line format unverified); messages marked absent",
            )
        )

    own = _dated(frame(rows, "posts"), "posts", warnings)
    backdated = own.filter(pl.col("created_at") < pl.col("written_at") - BACKDATED_AFTER)
    if backdated.height:
        first = backdated["created_at"].min()
        assert isinstance(first, datetime)  # the filter kept only rows with a created_at
        warnings.append(
            ExportWarning(
                "partial",
                None,
                f"{backdated.height} posts are backdated imports (createdAt long before the record was written, "
                f"first dated {first:%Y-%m-%d}); not counted as Bluesky activity",
            )
        )
        own = own.join(backdated.select("post_id"), on="post_id", how="anti")
    reposts = _dated(frame(rows, "reposts"), "reposts", warnings)
    likes = _dated(frame(rows, "likes"), "likes", warnings)
    follows = _dated(frame(rows, "follows"), "follows", warnings)

    did = repo.did
    classified = posts(own, reposts, did, PurePosixPath(name).name)
    # The display name lives in the profile record (app.bsky.actor.profile/self), when the owner set one.
    display = (rows.profile or {}).get("displayName")
    display = display.strip() or None if isinstance(display, str) else None
    coverage = Coverage(
        own_posts=True,
        followers=False,
        following=True,
        inbound_public=False,
        messages=False,
        likes_given=True,
        engagement_counts=False,
        notes=dict(NOTES),
    )
    generation = f"atproto repo v{repo.version}" + (
        f" (rev {repo.rev})" if repo.rev else " (2022 to early 2023, no rev)"
    )
    return Export(
        platform="bluesky",
        meta=ExportMeta(
            owner=Owner(did, owner_handle(name), display),
            coverage=coverage,
            source=str(Path(path).resolve()),
            generation=generation,
            warnings=warnings,
            likes_given_count=likes.height,
        ),
        posts=classified.select(*POSTS_SCHEMA.names(), "amplified_account").sort("created_at", "post_id"),
        people=people(classified, likes, follows, did),
        interactions=interactions(classified, likes, did),
    )
