"""The Threads reader: Meta's JSON export of a Threads profile (alone, or the ``threads/`` folder inside an
Instagram export) into the canonical model (formats notes x-mastodon-bluesky-threads §4).

- ``threads_and_replies.json`` (``text_post_app_text_posts``): the owner's posts and replies (and
  ``archived_threads.json``, posts the owner archived, read when its items have the same ``media`` shape). No post ids, no
  counts, no mention entities. Three generations: 2024-03 without ``text_app_post`` (replies cannot be told),
  ~2025 with ``text_app_post.is_reply``, 2026 adding ``in_reply_to_username`` (often missing even on replies);
- ``followers.json`` / ``following.json`` (split ``_1``, ``_2`` ...): ``title`` = display name,
  ``string_list_data`` = ``{href: threads.net/@user or threads.com/user, value: username, timestamp}``;
- ``liked_threads.json``: ``title`` = author, entries = post link, reaction, time;
- the owner's username from a personal-information file (localised labels), else the export's folder name.
No real Threads file could be collected (§4.6): shapes follow the notes; the tests build them from the synthetic
writer. A reply to someone else is a ``comment`` (a reply under their thread); to the owner's own post, ``thread``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import INTERACTIONS_SCHEMA, Coverage, Export, ExportMeta, Owner, empty_frame
from helpers.platforms.archive import Archive
from helpers.platforms.instagram.content import like_interactions, posts_frame
from helpers.platforms.instagram.files import looks_like_instagram
from helpers.platforms.instagram.people import liked_frame, people_frame, profile_identity, relationship_frame
from helpers.platforms.instagram.reader import export_day
from helpers.platforms.meta.common import content_id, items_of, post_interactions, read_meta_json

Progress = Callable[[str], None]
POSTS_FILE = re.compile(r"(?:.*/)?threads_and_replies(?:_\d+)?\.json")
IN_THREADS_FOLDER = re.compile(r"(?:.*/)?threads/(?:followers|following|liked_threads)(?:_\d+)?\.json")
_FOLDER_OWNER = re.compile(r"^(?:instagram|threads)-(.+?)-(\d{4}-\d{2}-\d{2})")

INBOUND_NOTE = (
    "Threads exports hold none of the replies, likes or mentions others wrote to you, and no messages, so two-way "
    "contact is inferred: someone you replied to or mentioned at least twice who follows you counts as a member (inferred)."
)


def _threads_dir(names: list[str]) -> str | None:
    """The folder holding the Threads files (``""`` at the root), or None when the export has none."""
    hits = [
        n.rsplit("/", 1)[0] + "/" if "/" in n else ""
        for n in names
        if POSTS_FILE.fullmatch(n) or IN_THREADS_FOLDER.fullmatch(n)
    ]
    return min(hits, key=len) if hits else None


def is_threads_export(archive: Archive) -> bool:
    """Threads files (threads_and_replies.json, threads/followers.json ...) and no Instagram data beside them:
    an Instagram export that carries a Threads folder is read as Instagram unless --platform threads is given."""
    try:
        return _threads_dir(archive.names()) is not None and not looks_like_instagram(archive)
    except (ExportError, OSError):
        return False


def _files(names: list[str], folder: str, stem: str) -> list[str]:
    rx = re.compile(re.escape(folder) + stem + r"(?:_(\d+))?\.json")

    def part(n: str) -> int:
        m = rx.fullmatch(n)
        assert m is not None  # only matching names are sorted
        return int(m.group(1) or 0)

    return sorted((n for n in names if rx.fullmatch(n)), key=part)


def _folder_identity(archive: Archive) -> tuple[str | None, str | None]:
    """(username, day) from an ``instagram-<user>-<YYYY-MM-DD>-...`` zip or folder name."""
    parts = [archive.path.name, *(seg for n in archive.names() for seg in n.split("/")[:-1])]
    return next(((m[1], m[2]) for p in parts if (m := _FOLDER_OWNER.match(p))), (None, None))


def _owner(archive: Archive, folder: str, warnings: list[ExportWarning]) -> Owner:
    profiles = sorted(
        (n for n in archive.names() if n.endswith("personal_information.json")),
        key=lambda n: (not n.startswith(folder) or folder == "", n.count("/"), n),
    )
    username = name = None
    for profile in profiles:
        username, name = profile_identity(archive, profile)
        if username:
            break
    username = username or _folder_identity(archive)[0]
    if not username:
        warnings.append(
            ExportWarning(
                "owner_unknown",
                None,
                "no owner found (personal_information.json); replies to your own posts cannot be told from others",
            )
        )
    return Owner(username.lower() if username else None, username, name)


def _post_rows(archive: Archive, name: str) -> tuple[list[tuple], int, str]:
    """Rows for ``posts_frame``, the replies that name no target, and the generation the file shows."""
    rows, untargeted, flags, targets = [], 0, False, False
    for item in items_of(read_meta_json(archive, name, 'an object {"text_post_app_text_posts": [...]}')):
        if not isinstance(item, dict) or not isinstance(item.get("media"), list):
            continue  # every post holds a "media" list (§4.3); anything else is not a post
        media = [m for m in item["media"] if isinstance(m, dict)] or [item]
        ts = item.get("creation_timestamp") or next(
            (m.get("creation_timestamp") for m in media if m.get("creation_timestamp")), None
        )
        # Multi-media posts put the text at the top and leave the media titles empty (seen in a 2024 export, §4.3).
        text = item.get("title") or next((m.get("title") for m in media if m.get("title")), None)
        app = next((m["text_app_post"] for m in media if isinstance(m.get("text_app_post"), dict)), None)
        is_reply = bool(app and app.get("is_reply"))
        target = (app or {}).get("in_reply_to_username") or None
        flags |= app is not None
        targets |= target is not None
        untargeted += is_reply and target is None
        rows.append((content_id("threads", ts, text, target), ts, text, target, is_reply, name))
    gen = "2026 (in_reply_to_username)" if targets else "2025 (is_reply)" if flags else "2024 (no reply flags)"
    return rows, untargeted, gen


def _load_list(archive: Archive, names: list[str], framer) -> pl.DataFrame | None:
    if not names:
        return None
    return pl.concat([framer(items_of(read_meta_json(archive, n, "a JSON list of accounts"))) for n in names])


def read_threads(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a Threads export (or the Threads part of an Instagram export) into the canonical model."""
    progress = progress or (lambda _: None)
    with Archive(path) as archive:
        names = archive.names()
        if archive.is_single_file and not POSTS_FILE.fullmatch(archive.path.name):
            raise ExportError(
                f"{archive.path}: not a Threads export (expected threads_and_replies.json, or the export's zip or folder)"
            )
        folder = _threads_dir(names)
        if folder is None:
            raise ExportError(
                f"{archive.path}: not a Threads export (looked for threads_and_replies.json, threads/followers.json)"
            )
        warnings: list[ExportWarning] = []
        owner = _owner(archive, folder, warnings)
        coverage = Coverage(
            notes={
                "inbound_public": INBOUND_NOTE,
                "messages": "Threads exports hold no direct messages",
                "engagement_counts": "Threads exports carry no like, reply or repost counts on your posts",
            }
        )

        rows, untargeted, generations = [], 0, []
        for name in _files(names, folder, "threads_and_replies") + _files(names, folder, "archived_threads"):
            if archive.size(name) > 5_000_000:
                progress(f"reading {name} ({archive.size(name) / 1e6:.1f} MB)")
            file_rows, missing, gen = _post_rows(archive, name)
            rows += file_rows
            untargeted += missing
            generations.append(gen)
        generation = max(generations) if generations else "no threads_and_replies.json"
        posts = posts_frame(rows, owner.handle, platform="threads")
        coverage.own_posts = bool(generations)
        if generations and generation.startswith("2024"):
            coverage.notes["own_posts"] = (
                "this export (before ~2025) does not mark replies: every post counts as original"
            )
        if untargeted:
            warnings.append(
                ExportWarning(
                    "partial",
                    None,
                    f"{untargeted} replies name no account (in_reply_to_username missing); they count as "
                    "comments but address no one",
                )
            )

        followers = _load_list(archive, _files(names, folder, "followers"), relationship_frame)
        following = _load_list(archive, _files(names, folder, "following"), relationship_frame)
        coverage.followers, coverage.following = followers is not None, following is not None
        for signal, frame in (("followers", followers), ("following", following)):
            if frame is None:
                warnings.append(
                    ExportWarning(
                        "missing_file",
                        f"{signal}.json",
                        f"no {signal}.json in the Threads export; {signal} marked absent",
                    )
                )
        likes = _load_list(archive, _files(names, folder, "liked_threads"), liked_frame)
        coverage.likes_given = likes is not None

        likes_out = (
            like_interactions(likes, owner.handle, "threads") if likes is not None else empty_frame(INTERACTIONS_SCHEMA)
        )
        interactions = pl.concat([post_interactions(posts, "threads"), likes_out]).sort("at", "ref_id")
        named = pl.concat(
            [
                posts.filter(pl.col("kind") == "comment").select(account_id="reply_to_account"),
                posts.select(account_id=pl.col("mentions")).explode("account_id"),
                likes_out.select("account_id"),
            ]
        ).with_columns(handle="account_id", display_name=pl.lit(None, pl.String))
        return Export(
            platform="threads",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation=generation,
                warnings=warnings,
                likes_given_count=likes.height if likes is not None else None,
                exported_at=export_day(_folder_identity(archive)[1]),
            ),
            posts=posts,
            people=people_frame("threads", followers, following, named, owner.account_id),
            interactions=interactions,
        )
