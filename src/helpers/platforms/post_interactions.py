"""The acts a platform's own posts already record: whom each post addresses, shared by every reader."""

from __future__ import annotations

import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, conform


def _column(posts: pl.DataFrame, name: str) -> pl.Expr:
    return pl.col(name) if name in posts.columns else pl.lit(None, pl.String)


def post_interactions(posts: pl.DataFrame, platform: str) -> pl.DataFrame:
    """One ``out`` row per post and person it addresses (reply or comment > quote > mention), plus reposts.

    Targets: a reply or comment its ``reply_to_account``; a quote its ``quote_account`` (X, Mastodon) or
    else ``reply_to_account``; a repost its ``amplified_account`` or else ``reply_to_account``. A repost's
    mentions name the reposted author's audience, not anyone the owner addressed, so they are skipped.
    """
    quoted = pl.coalesce(_column(posts, "quote_account"), pl.col("reply_to_account"))
    # Lazy: each filter reads only the columns it selects (eagerly, every filter copied the texts too).
    lazy = posts.lazy()
    reposted = pl.coalesce(_column(posts, "amplified_account"), pl.col("reply_to_account"))
    candidates = pl.concat(
        [
            lazy.filter(pl.col("kind").is_in(["reply", "comment"])).select(
                "post_id",
                "created_at",
                account_id="reply_to_account",
                channel=pl.col("kind").cast(pl.String),
                rank=pl.lit(0),
            ),
            lazy.filter(pl.col("kind") == "quote").select(
                "post_id", "created_at", account_id=quoted, channel=pl.lit("quote"), rank=pl.lit(1)
            ),
            lazy.filter(pl.col("kind") != "repost")
            .explode("mentions")
            .select("post_id", "created_at", account_id="mentions", channel=pl.lit("mention"), rank=pl.lit(2)),
            lazy.filter(pl.col("kind") == "repost").select(
                "post_id", "created_at", account_id=reposted, channel=pl.lit("repost"), rank=pl.lit(3)
            ),
        ]
    )
    rows = (
        candidates.drop_nulls("account_id")
        .sort("rank", maintain_order=True)
        .unique(["post_id", "account_id"], keep="first", maintain_order=True)
        .select(
            platform=pl.lit(platform),
            at="created_at",
            direction=pl.lit("out"),
            account_id="account_id",
            channel="channel",
            ref_id="post_id",
        )
        .collect()
    )
    return conform(rows, INTERACTIONS_SCHEMA).sort("at", maintain_order=True)
