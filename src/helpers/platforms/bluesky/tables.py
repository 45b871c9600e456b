"""Bluesky record frames into the canonical posts, interactions and people (DESIGN.md rules).

- kind: a repost record is ``repost``; a post whose ``reply.parent`` is the owner's own post is ``thread``,
  any other reply ``reply``; a post embedding someone else's post is ``quote``; else ``original``.
  A quote of the owner's own post is not amplification of others and stays ``original`` (as the X reader
  does with links to one's own tweets; seen: bnewbold's one quote, 4 of paul_staging's 6 quotes).
  Reposts of the owner's own posts stay ``repost`` (8 of paul_staging's 15), as X's self-retweets do.
- accounts are the DIDs in AT-URIs (``at://<did>/<collection>/<rkey>``) and mention facets; the owner
  never becomes a person or the other party of an interaction.
"""

from __future__ import annotations

import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, UTC_TIME, conform, voice_mode
from helpers.platforms.bluesky.records import author_did

EMPTY_IDS = pl.lit([], pl.List(pl.String))


def posts(own: pl.DataFrame, reposts: pl.DataFrame, owner: str, source: str) -> pl.DataFrame:
    """Posts and reposts as canonical posts, plus ``amplified_account``, ``root_uri`` and ``quoted_account``."""
    parent = author_did(pl.col("parent_uri"))
    quoted = author_did(pl.col("quote_uri"))
    kind = (
        pl.when(parent == owner)
        .then(pl.lit("thread"))
        .when(parent.is_not_null())
        .then(pl.lit("reply"))
        .when(quoted.is_not_null() & (quoted != owner))
        .then(pl.lit("quote"))
        .otherwise(pl.lit("original"))
    )
    written = own.with_columns(
        kind=kind.cast(POSTS_SCHEMA["kind"]),
        quoted_account=pl.when(quoted != owner).then(quoted),
        mentions=pl.col("mention_ids")
        .list.eval(pl.element().filter(pl.element() != owner))
        .list.unique(maintain_order=True),
    ).with_columns(
        reply_to_account=pl.when(pl.col("kind").is_in(["reply", "thread"])).then(parent),
        reply_to_post=pl.when(pl.col("kind").is_in(["reply", "thread"])).then(pl.col("parent_uri")),
        amplified_account=pl.when(pl.col("kind") == "quote").then(pl.col("quoted_account")),
    )
    shared = reposts.select(
        "post_id",
        "created_at",
        kind=pl.lit("repost", POSTS_SCHEMA["kind"]),
        mentions=EMPTY_IDS,
        amplified_account=author_did(pl.col("subject_uri")),
    )
    both = (
        pl.concat([written, shared], how="diagonal_relaxed")
        .with_columns(
            platform=pl.lit("bluesky"),
            source_file=pl.lit(source),
            # The repository holds no engagement on the owner's posts.
            like_count=pl.lit(None, pl.Int64),
            repost_count=pl.lit(None, pl.Int64),
            reply_count=pl.lit(None, pl.Int64),
        )
        .with_columns(mode=voice_mode())
    )
    extra: dict[str, pl.DataType | type[pl.DataType]] = {
        "amplified_account": pl.String,
        "quoted_account": pl.String,
        "root_uri": pl.String,
        "mention_ids": pl.List(pl.String),
        "mention_handles": pl.List(pl.String),
    }
    return conform(both, POSTS_SCHEMA).select(*POSTS_SCHEMA.names(), *[pl.col(c).cast(t) for c, t in extra.items()])


def interactions(classified: pl.DataFrame, likes: pl.DataFrame, owner: str) -> pl.DataFrame:
    """One ``out`` row per act and person: reply > quote > mention for a post, then reposts and likes."""
    base = classified.select(
        "post_id",
        "created_at",
        "kind",
        "reply_to_account",
        "quoted_account",
        "mentions",
        "amplified_account",
        conversation_id="root_uri",
    )
    candidates = pl.concat(
        [
            base.filter(pl.col("kind") == "reply").select(
                "post_id",
                "created_at",
                "conversation_id",
                account_id="reply_to_account",
                channel=pl.lit("reply"),
                rank=pl.lit(0),
            ),
            # A reply that also quotes a third account addresses that account too.
            base.select(
                "post_id",
                "created_at",
                "conversation_id",
                account_id="quoted_account",
                channel=pl.lit("quote"),
                rank=pl.lit(1),
            ),
            base.explode("mentions").select(
                "post_id",
                "created_at",
                "conversation_id",
                account_id="mentions",
                channel=pl.lit("mention"),
                rank=pl.lit(2),
            ),
            base.filter(pl.col("kind") == "repost").select(
                "post_id",
                "created_at",
                "conversation_id",
                account_id="amplified_account",
                channel=pl.lit("repost"),
                rank=pl.lit(3),
            ),
            likes.select(
                post_id="ref_id",
                created_at="created_at",
                conversation_id=pl.lit(None, pl.String),
                account_id=author_did(pl.col("subject_uri")),
                channel=pl.lit("like"),
                rank=pl.lit(4),
            ),
        ]
    )
    rows = (
        candidates.filter(pl.col("account_id").is_not_null() & (pl.col("account_id") != owner))
        .sort("rank", maintain_order=True)
        .unique(["post_id", "account_id"], keep="first", maintain_order=True)
        .select(
            platform=pl.lit("bluesky"),
            at="created_at",
            direction=pl.lit("out"),
            account_id="account_id",
            channel="channel",
            ref_id="post_id",
            conversation_id="conversation_id",
            is_group=pl.lit(None, pl.Boolean),
        )
    )
    return conform(rows, INTERACTIONS_SCHEMA).sort("at", "ref_id", "account_id")


def people(classified: pl.DataFrame, likes: pl.DataFrame, follows: pl.DataFrame, owner: str) -> pl.DataFrame:
    """Everyone the repository names: followed, mentioned, replied to, quoted, reposted, liked."""
    handles = (
        classified.select("created_at", account_id="mention_ids", handle="mention_handles")
        .explode("account_id", "handle")
        .sort("created_at")
        .group_by("account_id")
        .agg(pl.col("handle").drop_nulls().last())
    )
    # Duplicate follow records of one account exist (seen: paul_staging's history); the first dates it.
    followed = follows.group_by("account_id").agg(followed_at=pl.col("created_at").min())
    ids = (
        pl.concat(
            [
                followed.select("account_id"),
                handles.select("account_id"),
                classified.select(account_id="reply_to_account"),
                classified.select(account_id="amplified_account"),
                classified.select(account_id="quoted_account"),
                likes.select(account_id=author_did(pl.col("subject_uri"))),
            ]
        )
        .drop_nulls()
        .unique()
        .filter(pl.col("account_id") != owner)
    )
    frame = (
        ids.join(handles, on="account_id", how="left")
        .join(followed, on="account_id", how="left")
        .with_columns(
            platform=pl.lit("bluesky"),
            display_name=pl.lit(None, pl.String),  # only the owner's profile is in the repository
            follows_owner=pl.lit(None, pl.Boolean),  # no follower list: null, never False
            followed_by_owner=pl.col("followed_at").is_not_null(),
            followed_at=pl.col("followed_at").cast(UTC_TIME),
        )
        .sort("account_id")
    )
    return conform(frame, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names())
