"""The X (Twitter) archive reader: a zip or folder of any generation into the canonical model.

Read in place (never extracted, never written). Files holding the email address, phone number or IP
addresses are never opened; ``account.js`` is decoded only for the account id, handle and name.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from types import GenericAlias
from typing import TypeVar

import msgspec
import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import (
    INTERACTIONS_SCHEMA,
    PEOPLE_SCHEMA,
    UTC_TIME,
    Coverage,
    Export,
    ExportMeta,
    conform,
    empty_frame,
)
from helpers.platforms.archive import Archive
from helpers.platforms.post_interactions import post_interactions
from helpers.platforms.x import structs as s
from helpers.platforms.x.chunks import decode_chunks
from helpers.platforms.x.files import (
    XFiles,
    find_root,
    grailbird_missing_months,
    human_size,
    list_files,
    part_order,
    read_manifest,
    read_owner,
)
from helpers.platforms.x.messages import message_interactions, read_conversations
from helpers.platforms.x.notes import attach_note_tweets
from helpers.platforms.x.timezone import read_timezone
from helpers.platforms.x.tweets import (
    GDPR_TIME,
    GRAILBIRD_TIME,
    RAW_TWEET_SCHEMA,
    canonical_posts,
    decode_error,
    dedupe_edits,
    posts_from_raw,
    read_tweet_frame,
)
from helpers.progress import advance

Progress = Callable[[str], None]

# What a missing file means, said once in the export's warnings.
MISSING_MEANING = {
    "follower": "followers",
    "following": "following",
    "directMessages": "messages",
    "directMessagesGroup": "messages",
    "like": "likes_given",
    "tweets": "own_posts",
    "tweet": "own_posts",
}

INBOUND_NOTE = (
    "X archives hold none of the replies or mentions others wrote to you, so public two-way contact is "
    "inferred: someone you addressed at least twice who follows you counts as a member (inferred)."
)


def _silent(_: str) -> None:
    return None


def is_x_archive(archive: Archive) -> bool:
    try:
        find_root(archive)
    except ExportError:
        return False
    return True


def _read_tweet_files(archive: Archive, names: list[str], progress: Progress) -> list[pl.DataFrame]:
    frames = []
    names = sorted(names, key=part_order)
    total = sum(archive.size(n) for n in names)
    done = 0
    for name in names:
        size = archive.size(name)
        if size > 5_000_000:
            progress(f"reading {name} ({human_size(size)})")
        frames.append(read_tweet_frame(archive, name))
        done += size
        if total > 5_000_000:
            advance(progress, done, total)
    return frames


W = TypeVar("W")
R = TypeVar("R")

_NO_IDS = pl.Series("account_id", [], pl.String)


def _read_ids(archive: Archive, names: list[str], wrapped: type[W], key: Callable[[W], str | None]) -> pl.Series:
    """The ids the files list, empty ones dropped, as one String Series (duplicates kept).

    A million followers: typed decodes a piece at a time (chunks.py), the ids gathered in C (``key`` is an
    ``attrgetter``) into a Series per piece. Python sets and ``sorted`` over them cost seconds and ~300 MB.
    """
    # GenericAlias(list, (wrapped,)) is list[wrapped], which mypy cannot read with a variable inside.
    decoder: msgspec.json.Decoder[list[W]] = msgspec.json.Decoder(GenericAlias(list, (wrapped,)))
    parts = [_NO_IDS]
    for name in names:
        try:
            for items in decode_chunks(archive.read_js(name), decoder):
                parts.append(pl.Series("account_id", list(map(key, items)), dtype=pl.String))
                del items  # the structs outweigh the Series many times over
        except s.DECODE_ERRORS as exc:
            raise decode_error(archive, name, exc, "a JSON array after 'window.YTD.<type>.part0 ='") from None
    ids = pl.concat(parts)
    return ids.filter(ids.is_not_null() & (ids != ""))


def _deleted_ids(archive: Archive, files: XFiles) -> pl.Series:
    """Tweets deleted in the last ~14 days before the export: listed apart and excluded from the analysis."""
    names = files.present.get("deletedTweetHeaders", []) + files.present.get("deletedTweets", [])
    return _read_ids(archive, names, s.WrappedIdOnly, lambda w: w.tweet.tweet_id or w.tweet.id_str)


def _raw_posts(
    archive: Archive, files: XFiles, progress: Progress, warnings: list[ExportWarning]
) -> tuple[pl.DataFrame, str, str]:
    """The tweets of every tweets file as one raw frame, the date format of its generation, and the generation."""
    if files.has("grailbird") and not (files.has("tweets") or files.has("tweet")):
        generation = "grailbird (data/js/tweets/YYYY_MM.js)"
        frames = _read_tweet_files(archive, files.present["grailbird"], progress)
        time_format = GRAILBIRD_TIME
        missing = grailbird_missing_months(archive)
        if missing:
            warnings.append(
                ExportWarning(
                    "missing_file",
                    missing[0],
                    f"{len(missing)} monthly tweet files listed in data/js/tweet_index.js are missing "
                    f"(first: {missing[0]}); their tweets are not counted",
                )
            )
    else:
        main = files.present.get("tweets") or files.present.get("tweet") or []
        generation = (
            "gdpr v3 (tweets.js)"
            if files.has("tweets")
            else "gdpr v1/v2 (tweet.js)"
            if main
            else "gdpr (no tweets file)"
        )
        frames = _read_tweet_files(archive, main + files.present.get("communityTweet", []), progress)
        time_format = GDPR_TIME
    frames = [f for f in frames if f.height] or [
        pl.DataFrame(schema=RAW_TWEET_SCHEMA).with_columns(source_file=pl.lit(None, pl.String))
    ]
    return pl.concat(frames), time_format, generation


def _classified(archive: Archive, files: XFiles, owner, raw: pl.DataFrame, time_format: str) -> pl.DataFrame:
    deleted = _deleted_ids(archive, files)
    if deleted.len():
        raw = raw.filter(~pl.col("post_id").is_in(deleted.implode()))
    return dedupe_edits(posts_from_raw(raw, owner.account_id, owner.handle, time_format, archive.display))


def _distinct(ids: pl.Series) -> pl.Series:
    """The ids once each, in the order the file lists them (a million followers: counting the distinct ids is
    a fraction of the cost of making them unique, and a follower list normally holds each id once)."""
    return ids if ids.n_unique() == ids.len() else ids.unique(maintain_order=True)


def people_table(
    raw_posts: pl.DataFrame,
    followers: pl.Series | None,
    following: pl.Series | None,
    dm_partners: pl.Series,
    owner_id: str | None,
) -> pl.DataFrame:
    """Everyone the archive names: followers, followed, mentioned, replied to, written to.

    Followers can be millions and say nothing but their id, while everyone else is a few thousand at most:
    the few are built with joins (sorted by account_id), and the followers not among them follow in the
    order follower.js lists them, with fixed values: nothing hashes, joins or sorts the million.
    """
    owner = owner_id or ""
    mentioned = (
        raw_posts.select("created_at", "mention_ids", "mention_handles", "mention_names")
        .explode("mention_ids", "mention_handles", "mention_names")
        .select("created_at", account_id="mention_ids", handle="mention_handles", display_name="mention_names")
    )
    replied = raw_posts.select(
        "created_at", account_id="reply_to_user", handle="reply_to_handle", display_name=pl.lit(None, pl.String)
    )
    named = (
        pl.concat([mentioned, replied])
        .filter(pl.col("account_id").is_not_null() & (pl.col("account_id") != owner))
        .sort("created_at")
        .group_by("account_id")
        .agg(pl.col("handle").drop_nulls().last(), pl.col("display_name").drop_nulls().last())
    )
    quoted = raw_posts.filter(pl.col("quote_account").str.starts_with("@")).select(
        account_id="quote_account", handle=pl.col("quote_account").str.slice(1)
    )
    all_followers = _distinct(followers.filter(followers != owner)) if followers is not None else _NO_IDS
    # Everyone but the followers: named, quoted, followed, written to.
    others = pl.concat(
        [named["account_id"], quoted["account_id"], following if following is not None else _NO_IDS, dm_partners]
    )
    others = others.filter(others != owner).unique().sort()
    # The followers among the few: a hash of the few, probed by each follower (never a hash of the million).
    among_few = all_followers.is_in(others.implode())
    few = (
        others.to_frame("account_id")
        .with_columns(
            follows_owner=None if followers is None else others.is_in(all_followers.filter(among_few).implode())
        )
        .join(named, on="account_id", how="left")
        .join(quoted.unique("account_id"), on="account_id", how="left", suffix="_q")
        .select(
            "account_id",
            pl.coalesce("handle", "handle_q").alias("handle"),
            "display_name",
            "follows_owner",
            followed_by_owner=pl.lit(None, pl.Boolean)
            if following is None
            else pl.col("account_id").is_in(following.implode()),
        )
        .sort("account_id")
    )
    # Followers named nowhere else: no handle or name; followed back only if in following, which is among the few.
    rest = all_followers.filter(~among_few).to_frame("account_id")
    rest = rest.with_columns(
        handle=pl.lit(None, pl.String),
        display_name=pl.lit(None, pl.String),
        follows_owner=pl.lit(True),
        followed_by_owner=pl.lit(None if following is None else False, pl.Boolean),
    )
    people = pl.concat([few, rest], how="vertical_relaxed").with_columns(
        platform=pl.lit("x"),
        followed_at=pl.lit(None, UTC_TIME),  # X never dates a follow
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names())


def _resolve_quotes(posts: pl.DataFrame) -> pl.DataFrame:
    """Quoted handles to account ids via the handles the archive itself names; else the key ``@handle``."""
    known = (
        posts.select(
            pl.col("mention_handles").list.eval(pl.element().str.to_lowercase()).alias("h"),
            pl.col("mention_ids").alias("i"),
        )
        .explode("h", "i")
        .drop_nulls()
        .unique("h")
    )
    return (
        posts.join(known, left_on="quoted_handle", right_on="h", how="left")
        .with_columns(
            quote_account=pl.when(pl.col("quoted_handle").is_not_null()).then(
                pl.coalesce("i", pl.lit("@") + pl.col("quoted_handle"))
            )
        )
        .drop("i")
    )


def read_x(path: str | Path, progress: Progress | None = None) -> Export:
    """Read an X archive (zip or folder, any generation) into the canonical model."""
    progress = progress or _silent
    with Archive(path) as archive:
        find_root(archive)
        manifest = read_manifest(archive)
        files = list_files(archive, manifest)
        owner = read_owner(archive, manifest)
        warnings: list[ExportWarning] = []
        coverage = Coverage(inbound_public=False, notes={"inbound_public": INBOUND_NOTE})
        for data_type, missing in files.missing.items():
            if missing and not files.has(data_type):
                signal = MISSING_MEANING.get(data_type)
                what = f"; {signal} marked absent" if signal else ""
                warnings.append(
                    ExportWarning(
                        "missing_file",
                        missing[0],
                        f"{missing[0]}: listed in data/manifest.js but missing from the export{what}",
                    )
                )

        raw, time_format, generation = _raw_posts(archive, files, progress, warnings)
        # The follow lists and likes are decoded (Python, holding the interpreter) while the tweets are
        # classified (polars, which lets it go): two cores at work instead of one. The tweets' file is
        # released by then, so its bytes and the follower list's are never held together.
        with _Beside(archive) as beside:
            edges = beside.submit(_edges, archive, files)
            posts = _classified(archive, files, owner, raw, time_format)
            del raw
            posts, note_warnings = attach_note_tweets(
                archive, files.present.get("noteTweet", []), posts, owner.account_id
            )
            posts = _resolve_quotes(posts)
            followers, following, likes = edges.result()
        warnings += note_warnings
        coverage.own_posts = bool(files.has("tweets") or files.has("tweet") or files.has("grailbird"))
        coverage.engagement_counts = (
            coverage.own_posts and posts["like_count"].is_not_null().any() if posts.height else False
        )
        coverage.followers = followers is not None
        coverage.following = following is not None

        messages = [empty_frame(INTERACTIONS_SCHEMA)]
        for data_type, is_group in (("directMessages", False), ("directMessagesGroup", True)):
            for name in files.present.get(data_type, []):
                messages.append(message_interactions(read_conversations(archive, name), owner.account_id, is_group))
        coverage.messages = files.has("directMessages") or files.has("directMessagesGroup")
        if files.listed_count.get("messageEvent", 0) > 0:
            warnings.append(
                ExportWarning(
                    "unsupported_file",
                    "data/message-event.js",
                    f"data/message-event.js: {files.listed_count['messageEvent']} newer messages in X's encrypted "
                    "message format are not read; messages since then are missing",
                )
            )

        if likes is not None:
            coverage.likes_given = True
            coverage.notes["likes_given"] = (
                "X's like.js names the liked post, not its author or date, so likes make no one a member"
            )

        if owner.account_id is None:
            warnings.append(
                ExportWarning(
                    "owner_unknown",
                    None,
                    "no owner found (data/manifest.js, data/account.js or user_details.js); threads cannot be told from replies",
                )
            )

        msgs = pl.concat(messages)
        interactions = pl.concat([post_interactions(posts, "x"), msgs]).sort("at")
        people = people_table(posts, followers, following, msgs["account_id"].unique(), owner.account_id)
        return Export(
            platform="x",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation=generation,
                warnings=warnings,
                likes_given_count=likes,
                exported_at=_generated_at(manifest),
                timezone=read_timezone(archive, warnings),
            ),
            posts=canonical_posts(posts).sort("created_at"),
            people=people,
            interactions=interactions,
        )


def _edges(archive: Archive, files: XFiles) -> tuple[pl.Series | None, pl.Series | None, int | None]:
    """Followers and followed accounts (ids; None without the list) and the number of likes given."""
    followers = following = None
    if files.has("follower") or (files.listed("follower") and not files.missing.get("follower")):
        followers = _read_ids(
            archive, files.present.get("follower", []), s.WrappedFollower, attrgetter("follower.accountId")
        )
    if files.has("following") or (files.listed("following") and not files.missing.get("following")):
        following = _read_ids(
            archive, files.present.get("following", []), s.WrappedFollowing, attrgetter("following.accountId")
        )
    likes = _count_items(archive, files.present["like"]) if files.has("like") else None
    return followers, following, likes


class _Beside:
    """Runs one function in a second thread where the archive can be read from two threads (a folder or a zip:
    zipfile reads each member under its own lock), else in this thread (a tar stream has one position).
    Leaving the block waits for the thread, so an error in this thread never leaves it reading."""

    def __init__(self, archive: Archive):
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="x-edges") if archive.readable_in_parallel else None

    def __enter__(self) -> _Beside:
        return self

    def submit(self, fn: Callable[..., R], *args: object) -> Future[R]:
        if self._pool is not None:
            return self._pool.submit(fn, *args)
        done: Future[R] = Future()
        try:
            done.set_result(fn(*args))
        except Exception as exc:  # handed over as the thread would: raised by result(); Ctrl-C goes at once
            done.set_exception(exc)
        return done

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _generated_at(manifest: s.Manifest | None) -> datetime | None:
    """When X generated the archive (manifest archiveInfo.generationDate), to order exports of one account."""
    if manifest is None or manifest.archiveInfo is None or not manifest.archiveInfo.generationDate:
        return None
    try:
        return datetime.fromisoformat(manifest.archiveInfo.generationDate.replace("Z", "+00:00"))
    except ValueError:
        return None


class _AnyItem(msgspec.Struct):
    pass


def _count_items(archive: Archive, names: list[str]) -> int:
    total = 0
    for name in names:
        try:
            total += len(msgspec.json.decode(archive.read_js(name), type=list[_AnyItem]))
        except s.DECODE_ERRORS as exc:
            raise decode_error(archive, name, exc, "a JSON array after 'window.YTD.like.part0 ='") from None
    return total
