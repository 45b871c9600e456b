"""The Mastodon reader: an account archive (.zip since 4.2, .tar.gz before, or unpacked) into the model.

What it reads (formats/x-mastodon-bluesky-threads.md §2):

- ``actor.json``: the owner (actor URI, handle, name); the public key and profile fields are never kept.
- ``outbox.json``: posts (public, unlisted, followers-only), boosts (``repost``), quotes (4.5+), and
  direct-visibility notes, which are private messages the owner sent, not posts.
- ``likes.json``: likes given; the liked post's author only where its URI names it; no dates.
- ``following_accounts.csv`` (a separate download from the settings page): inside the export folder, or
  in the folder that holds the archive file, or given as ``following=``. ``bookmarks.json`` is not read.

There is no follower list and nothing anyone else wrote: followers are null, inbound contact absent.
A folder holding the archive file as downloaded (``archive-<date>-<hex>.zip``) is read through that file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import (
    INTERACTIONS_SCHEMA,
    PEOPLE_SCHEMA,
    UTC_TIME,
    Coverage,
    Export,
    ExportMeta,
    Owner,
    conform,
    empty_frame,
)
from helpers.platforms.archive import Archive
from helpers.platforms.mastodon.lists import (
    FOLLOWING_CSV,
    find_following_csv,
    following_csv_beside,
    following_people,
    like_interactions,
    read_following,
    read_likes,
)
from helpers.platforms.mastodon.outbox import OutboxRows, empty_posts, read_outbox
from helpers.platforms.post_interactions import post_interactions
from helpers.platforms.x.files import human_size

Progress = Callable[[str], None]
# The name Mastodon gives the download (app/services/backup_service.rb).
ARCHIVE_FILE = re.compile(r"archive-\d{14}-[0-9a-f]{32}\.(?:zip|tar\.gz)")
_MEMBERS = ("actor.json", "outbox.json", "likes.json", "bookmarks.json")

NOTES = {
    "followers": "Mastodon cannot export a follower list (neither the archive nor the settings-page CSVs have "
    "one), so passive followers cannot be counted and no follower can be an inferred member.",
    "inbound_public": "A Mastodon archive holds only what you wrote: replies, mentions and boosts by others are "
    "not in it, and with no follower list nothing can be inferred either, so everyone you "
    "addressed counts as reached.",
    "messages": "The archive holds the direct messages you sent, counted as private contact; messages you "
    "received are not in a Mastodon archive, so private conversation is one-sided and replies to "
    "you cannot be measured.",
    "engagement_counts": "Mastodon archives carry like and boost totals only since version 4.3 (October 2024); "
    "this one has none.",
    "engagement_counts_present": "Like and boost totals as of the export; Mastodon exports no reply counts.",
}


def _silent(_: str) -> None:
    return None


def _find_root(archive: Archive) -> str | None:
    """Select the folder holding the archive's JSON files as the root; None when there is none."""
    for marker in ("actor.json", "outbox.json"):
        root = archive.find_root(marker)
        if root is None:
            continue
        archive.set_root(root)
        if sum(archive.has(n) for n in _MEMBERS) >= 2:
            return root
        if (
            marker == "actor.json"
            and archive.size(marker) < 1_000_000
            and b'"preferredUsername"' in archive.read_bytes(marker)
        ):
            return root
        archive.set_root("")
    return None


def _archive_files(archive: Archive) -> list[str]:
    """Mastodon archive files lying in a folder export, newest first (their names start with the date)."""
    if archive.kind != "folder":
        return []
    return sorted(
        (n for n in archive.names() if ARCHIVE_FILE.fullmatch(n.rsplit("/", 1)[-1])),
        key=lambda n: n.rsplit("/", 1)[-1],
        reverse=True,
    )


def is_mastodon_export(archive: Archive) -> bool:
    """An archive's JSON files, an archive file as downloaded, or the settings page's following list."""
    try:
        if _find_root(archive) is not None:
            return True
        return bool(_archive_files(archive)) or find_following_csv(archive) is not None
    except (ExportError, KeyError, OSError):
        return False


def read_owner(archive: Archive) -> tuple[Owner, str | None, bool]:
    """The owner from actor.json, the domain of their handle, and whether the actor has 4.5's policies."""
    actor = archive.read_json("actor.json", expected="Mastodon's actor.json (an ActivityPub Person)")
    if not isinstance(actor, dict) or not isinstance(actor.get("id"), str):
        raise ExportError(
            f"{archive.display('actor.json')}: no actor id; expected Mastodon's actor.json (an ActivityPub Person)"
        )
    host = urlsplit(actor["id"]).netloc or None
    # "webfinger" (2026, mastodon.social) is the true handle; the web host may differ from the handle's domain.
    webfinger, username = actor.get("webfinger"), actor.get("preferredUsername")
    handle = (
        webfinger.lstrip("@")
        if isinstance(webfinger, str) and webfinger
        else f"{username}@{host}"
        if username and host
        else None
    )
    domain = handle.split("@", 1)[1] if handle and "@" in handle else host
    owner = Owner(actor["id"], handle, actor.get("name") or None)
    return owner, domain, isinstance(actor.get("interactionPolicy"), dict)


def _generation(archive: Archive, rows: OutboxRows | None, likes_total: bool, actor_policy: bool) -> str:
    """Which server version wrote the archive, from the traces each one leaves (module docstring)."""
    features = rows.features if rows else set()
    if features & {"quotes", "policies"} or actor_policy:
        label = "Mastodon 4.5+ archive"
    elif "counts" in features:
        label = "Mastodon 4.3-4.4 archive"
    elif "signed" in features or likes_total or archive.kind == "tar archive":
        label = "Mastodon archive before 4.2 (.tar.gz)"
    else:
        label = "Mastodon 4.2 archive (zip)"
    return label if rows else f"{label}, without outbox.json"


def _people(
    posts: pl.DataFrame,
    other: list[pl.DataFrame],
    follows: pl.DataFrame | None,
    handles: dict[str, str],
    owner_id: str | None,
) -> pl.DataFrame:
    """Everyone the export names: addressed, boosted, written to, liked, followed."""
    ids = (
        pl.concat(
            [
                posts.select(account_id=pl.col("mentions")).explode("account_id"),
                *(posts.select(account_id=c) for c in ("reply_to_account", "quote_account", "amplified_account")),
                *(f.select("account_id") for f in other),
                *([follows.select("account_id")] if follows is not None else []),
            ]
        )
        .drop_nulls()
        .unique()
        .filter(pl.col("account_id") != (owner_id or ""))
    )
    named = pl.DataFrame(
        {"account_id": list(handles), "handle_t": list(handles.values())},
        schema={"account_id": pl.String, "handle_t": pl.String},
    )
    followed = follows if follows is not None else pl.DataFrame(schema={"account_id": pl.String, "handle": pl.String})
    people = (
        ids.join(followed, on="account_id", how="left")
        .join(named, on="account_id", how="left")
        .with_columns(
            platform=pl.lit("mastodon"),
            handle=pl.coalesce("handle_t", "handle"),
            follows_owner=pl.lit(None, pl.Boolean),  # Mastodon exports no follower list
            followed_by_owner=pl.lit(None, pl.Boolean)
            if follows is None
            else pl.col("account_id").is_in(follows["account_id"].implode()),
            followed_at=pl.lit(None, UTC_TIME),  # the CSV has no dates
        )
        .sort("account_id")
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names())


def _read(archive: Archive, follow_list: tuple[list[str], str] | None, source: Path, progress: Progress) -> Export:
    warnings: list[ExportWarning] = []
    coverage = Coverage(notes={k: NOTES[k] for k in ("followers", "inbound_public")})
    owner, domain, actor_policy = Owner(None, None, None), None, False
    if archive.has("actor.json"):
        owner, domain, actor_policy = read_owner(archive)
    elif archive.has("outbox.json"):
        warnings.append(
            ExportWarning(
                "missing_file",
                "actor.json",
                "actor.json: missing from the export; the owner's handle and name are unknown",
            )
        )

    rows: OutboxRows | None = None
    if archive.has("outbox.json"):
        size = archive.size("outbox.json")
        if size > 5_000_000:
            progress(f"reading outbox.json ({human_size(size)})")
        rows, owner_id = read_outbox(archive, "outbox.json", owner.account_id, domain)
        if owner.account_id is None and owner_id:
            owner = Owner(owner_id, None, None)
            domain = urlsplit(owner_id).netloc or None
        coverage.own_posts = True
        coverage.messages = False  # only one side: see NOTES["messages"]
        coverage.sent_messages = True  # the outbox holds every direct note the owner sent
        coverage.notes["messages"] = NOTES["messages"]
        coverage.engagement_counts = "counts" in rows.features
        coverage.notes["engagement_counts"] = NOTES[
            "engagement_counts_present" if coverage.engagement_counts else "engagement_counts"
        ]
        if rows.skipped:
            warnings.append(
                ExportWarning(
                    "partial",
                    "outbox.json",
                    f"outbox.json: {rows.skipped} activities neither Create nor Announce were skipped",
                )
            )
    elif archive.has("actor.json"):
        warnings.append(
            ExportWarning(
                "missing_file",
                "outbox.json",
                "outbox.json: missing from the export; own posts, replies, mentions and sent "
                "direct messages marked absent",
            )
        )
    posts = rows.posts if rows else empty_posts()
    handles = rows.handles if rows else {}

    likes = [empty_frame(INTERACTIONS_SCHEMA)]
    likes_total, likes_count = False, None
    if archive.has("likes.json"):
        uris, likes_total = read_likes(archive, "likes.json")
        likes = [like_interactions(uris, owner.account_id)]
        likes_count = len(uris)
        coverage.likes_given = True
        coverage.notes["likes_given"] = (
            f"likes.json lists the posts you liked, undated and without their authors; {likes[0].height:,} of "
            f"{len(uris):,} authors were read from the post's address, the rest (other server software) are "
            "counted but tied to no one. Likes are applause: they make no one a member."
        )
    elif archive.has("actor.json") or archive.has("outbox.json"):
        warnings.append(
            ExportWarning(
                "missing_file",
                "likes.json",
                "likes.json: missing from the export; likes_given marked absent",
            )
        )

    follows = None
    if follow_list is not None:
        accts, where = follow_list
        follows = following_people(accts, handles, domain)
        coverage.following = True
        keyed = int(follows["account_id"].str.starts_with("acct:").sum())
        coverage.notes["following"] = (
            f"{where.rsplit('/', 1)[-1]}: {follows.height:,} accounts you follow, undated. {follows.height - keyed:,} are "
            f"keyed by the actor URI your mentions name them with; {keyed:,} by acct:user@host, because Mastodon "
            "exports follows as handles and a handle cannot be turned into an actor URI reliably."
        )
    else:
        warnings.append(
            ExportWarning(
                "missing_file",
                FOLLOWING_CSV,
                f"{FOLLOWING_CSV}: not inside the export nor beside the archive file; following marked absent "
                "(download it from Preferences > Import and export > Data export and put it beside the archive)",
            )
        )

    messages = rows.messages if rows else empty_frame(INTERACTIONS_SCHEMA)
    public = post_interactions(posts, "mastodon")
    interactions = pl.concat([public, messages, *likes]).sort("at", nulls_last=True, maintain_order=True)
    people = _people(posts, [messages, *likes], follows, handles, owner.account_id)
    generation = (
        _generation(archive, rows, likes_total, actor_policy)
        if (rows or archive.has("actor.json") or archive.has("likes.json"))
        else "Mastodon following_accounts.csv only"
    )
    return Export(
        platform="mastodon",
        meta=ExportMeta(
            owner=owner,
            coverage=coverage,
            source=str(source.resolve()),
            generation=generation,
            warnings=warnings,
            likes_given_count=likes_count,
        ),
        posts=posts,
        people=people,
        interactions=interactions,
    )


def read_mastodon(path: str | Path, progress: Progress | None = None, following: str | Path | None = None) -> Export:
    """Read a Mastodon archive (zip, tar.gz, folder, or a folder holding the downloaded archive file).

    ``following``: a following_accounts.csv to use instead of the one found inside or beside the export.
    """
    progress = progress or _silent
    path = Path(path)
    with Archive(path) as outer:
        inside = find_following_csv(outer)
        if following is not None:
            follow_list = read_following(Path(following))
        elif inside is not None:
            follow_list = read_following(outer, inside)
        elif (beside := following_csv_beside(path)) is not None:
            follow_list = read_following(beside)
        else:
            follow_list = None
        if _find_root(outer) is not None or outer.is_single_file:
            return _read(outer, follow_list, path, progress)
        files = _archive_files(outer)
        if not files:
            if follow_list is not None:
                return _read(outer, follow_list, path, progress)
            raise ExportError(
                f"{path}: not a Mastodon archive (expected actor.json and outbox.json, or {FOLLOWING_CSV})"
            )
        with Archive(path / files[0]) as archive:
            if _find_root(archive) is None:
                raise ExportError(
                    f"{path / files[0]}: no actor.json or outbox.json inside; expected a Mastodon archive"
                )
            export = _read(archive, follow_list, path, progress)
        if len(files) > 1:
            export.warnings.append(
                ExportWarning(
                    "partial", str(path), f"{path}: {len(files)} Mastodon archives found; read the newest, {files[0]}"
                )
            )
        return export
