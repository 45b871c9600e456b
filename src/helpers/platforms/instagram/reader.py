"""The Instagram reader: a "Download your information" JSON export (zip or folder, any generation) into the
canonical model.

Read in place. Only the files ``instagram_files`` lists are opened (content, comments, likes, followers,
following, messages, the profile for the owner's username and name); login, device, ads and contact files never
are. Every string is repaired from Meta's mojibake. People are keyed by lowercased username (formats notes §0.1).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import INTERACTIONS_SCHEMA, Coverage, Export, ExportMeta, Owner, empty_frame
from helpers.platforms.archive import Archive
from helpers.platforms.instagram import v0
from helpers.platforms.instagram.content import comment_rows, like_interactions, like_rows, media_rows, posts_frame
from helpers.platforms.instagram.files import (
    InstagramFiles,
    generation,
    is_threads_path,
    list_files,
    looks_like_instagram,
)
from helpers.platforms.instagram.people import USERNAME, people_frame, profile_identity, relationship_frame
from helpers.platforms.meta.common import (
    MessageThread,
    items_of,
    message_interactions,
    name_resolver,
    owner_message_name,
    post_interactions,
    read_meta_json,
    read_threads,
)

Progress = Callable[[str], None]

INBOUND_NOTE = (
    "Instagram exports hold none of the comments, likes or mentions others left on your posts, so public two-way "
    "contact is inferred: someone you commented on or mentioned at least twice who follows you counts as a member "
    "(inferred). Direct messages hold both sides."
)
LISTS_NOTE = (
    "since 2024 Instagram exports the follower and following lists only within the date range chosen "
    "when requesting the export ('All time' gives the whole lists)"
)
LOOKED_FOR = "your_instagram_activity/, content/posts_1.json, followers_and_following/followers_1.json or connections.json + media.json"


def _silent(_: str) -> None:
    return None


def export_day(text: str | None) -> datetime | None:
    """The day in the export's name (``instagram-<user>-2026-01-02-...``): when it was made."""
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None
    except ValueError:
        return None


def is_instagram_export(archive: Archive) -> bool:
    """An Instagram marker file outside any Threads folder (a Threads-only export is not Instagram)."""
    try:
        return not archive.is_single_file and looks_like_instagram(archive)
    except (ExportError, OSError):
        return False


def _check(archive: Archive) -> None:
    if archive.is_single_file:
        raise ExportError(
            f"{archive.path}: a single file is not an Instagram export; give the whole export "
            "(the downloaded instagram-*.zip, or the folder it unpacks to)"
        )
    if not archive.names():
        raise ExportError(f"{archive.path}: empty {archive.kind}; expected an Instagram export ({LOOKED_FOR})")
    if not looks_like_instagram(archive):
        if any(is_threads_path(n) for n in archive.names()):
            raise ExportError(
                f"{archive.path}: holds only a Threads profile, no Instagram data; read it with --platform threads"
            )
        raise ExportError(f"{archive.path}: not an Instagram export (looked for {LOOKED_FOR})")


def _owner(archive: Archive, files: InstagramFiles, warnings: list[ExportWarning]) -> Owner:
    """The owner from the personal information file (any generation, any language), else the export's folder name."""
    username = name = None
    for profile in files.get("profile"):
        username, name = profile_identity(archive, profile)
        if username:
            break
    if not username and "profile.json" in files.v0:
        username, name = v0.owner_identity(archive, files.v0["profile.json"])
    username = username or files.folder_username
    if not username:
        warnings.append(
            ExportWarning(
                "owner_unknown",
                None,
                "no owner found (personal_information.json); comments on your own posts cannot be told apart",
            )
        )
    return Owner(username.lower() if username else None, username, name)


def _load(archive: Archive, name: str, reader, progress: Progress):
    if archive.size(name) > 5_000_000:
        progress(f"reading {name} ({archive.size(name) / 1e6:.1f} MB)")
    return reader(archive, name)


def _relations(archive: Archive, names: list[str], progress: Progress) -> pl.DataFrame | None:
    if not names:
        return None
    return pl.concat([relationship_frame(items_of(_load(archive, n, read_meta_json, progress))) for n in names])


def _message_people(threads: list[MessageThread], owner_name: str | None, account_of) -> pl.DataFrame:
    """Who each thread names, with the display name Meta gives (the id is a username where one is known)."""
    rows = []
    for t in threads:
        for name in t.others(owner_name):
            key = account_of(t, name)
            handle = key if USERNAME.match(key) and key == key.lower() else None
            rows.append((key, handle, name if name != key else None))
    return pl.DataFrame(
        rows, schema={"account_id": pl.String, "handle": pl.String, "display_name": pl.String}, orient="row"
    )


def read_instagram(path: str | Path, progress: Progress | None = None) -> Export:
    """Read an Instagram export (zip or folder, v0 to 2026 layouts, any language) into the canonical model."""
    progress = progress or _silent
    with Archive(path) as archive:
        _check(archive)
        files = list_files(archive)
        warnings = list(files.warnings)
        owner = _owner(archive, files, warnings)
        coverage = Coverage(
            notes={
                "inbound_public": INBOUND_NOTE,
                "engagement_counts": "Instagram exports carry no like or comment counts on your posts",
            }
        )

        media: dict[str, tuple] = {}  # a post listed twice (split files, re-downloads) counts once
        for kind in ("posts", "stories", "reels", "archived", "igtv"):
            for name in files.get(kind):
                for row in _load(archive, name, media_rows, progress):
                    media.setdefault(row[0], row)
        comments = [r for n in files.get("comments") for r in _load(archive, n, comment_rows, progress)]
        if "media.json" in files.v0:
            for row in v0.media_rows(archive, files.v0["media.json"]):
                media.setdefault(row[0], row)
        if "comments.json" in files.v0:
            comments += v0.comment_rows(archive, files.v0["comments.json"])
        posts = posts_frame([*media.values(), *comments], owner.handle)
        coverage.own_posts = any(
            files.get(k) for k in ("posts", "stories", "reels", "archived", "igtv", "comments")
        ) or bool({"media.json", "comments.json"} & files.v0.keys())

        followers = _relations(archive, files.get("followers"), progress)
        following = _relations(archive, files.get("following"), progress)
        if "connections.json" in files.v0 and followers is None and following is None:
            followers, following = v0.connections(archive, files.v0["connections.json"])
        coverage.followers, coverage.following = followers is not None, following is not None
        for signal, frame in (("followers", followers), ("following", following)):
            if frame is None:
                warnings.append(
                    ExportWarning(
                        "missing_file",
                        f"{signal}_1.json",
                        f"no {signal} list in the export ({signal}_1.json / {signal}.json); {signal} marked absent",
                    )
                )
        if coverage.followers or coverage.following:
            coverage.notes["followers"] = coverage.notes["following"] = LISTS_NOTE

        like_frames = [_load(archive, n, like_rows, progress) for n in files.get("likes")]
        if "likes.json" in files.v0:
            like_frames.append(v0.like_frame(archive, files.v0["likes.json"]))
        likes = pl.concat(like_frames) if like_frames else None
        coverage.likes_given = likes is not None

        threads = read_threads(archive, files.classic_threads, files.flat_threads)
        if "messages.json" in files.v0:
            threads += v0.message_threads(archive, files.v0["messages.json"])
        owner_name = owner_message_name(threads, [owner.display_name, owner.handle])
        account_of = name_resolver(threads, owner_name, use_folder_key=True)
        messages = empty_frame(INTERACTIONS_SCHEMA)
        if threads and owner_name is None:
            warnings.append(
                ExportWarning(
                    "owner_unknown",
                    None,
                    "messages: the owner's name in the threads could not be told; messages are not counted",
                )
            )
        elif threads:
            assert owner_name is not None  # told apart just above
            messages = message_interactions(threads, owner_name, account_of, "instagram")
        coverage.messages = bool(threads) and owner_name is not None
        if any(t.layout == "e2ee" for t in threads):
            coverage.notes["messages"] = (
                "end-to-end-encrypted chats are read from their separate download; their "
                "people are keyed by display name unless a one-to-one thread names the username"
            )
        if any(is_threads_path(n) for n in archive.names()):
            warnings.append(
                ExportWarning(
                    "unsupported_file",
                    "threads/",
                    "this export also holds a Threads profile; read it with --platform threads",
                )
            )

        likes_out = like_interactions(likes, owner.handle) if likes is not None else empty_frame(INTERACTIONS_SCHEMA)
        interactions = pl.concat([post_interactions(posts, "instagram"), likes_out, messages]).sort("at", "ref_id")
        named = pl.concat(
            [
                posts.filter(pl.col("kind") == "comment").select(account_id="reply_to_account"),
                posts.select(account_id=pl.col("mentions")).explode("account_id"),
                likes_out.select("account_id"),
            ]
        ).with_columns(handle="account_id", display_name=pl.lit(None, pl.String))
        named = pl.concat([_message_people(threads, owner_name, account_of), named])
        return Export(
            platform="instagram",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation=generation(files, archive.names()),
                warnings=warnings,
                likes_given_count=likes.height if likes is not None else None,
                exported_at=export_day(files.folder_date),
            ),
            posts=posts,
            people=people_frame("instagram", followers, following, named, owner.account_id),
            interactions=interactions,
        )
