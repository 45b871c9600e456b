"""Voice balance: how much of what the account says broadcasts, converses or amplifies, and over time."""

from __future__ import annotations

import polars as pl

from helpers.model import KINDS, MODES, voice_mode  # noqa: F401  (voice_mode re-exported: the rule lives with the model)


def kind_counts(posts: pl.DataFrame) -> dict[str, int]:
    """Posts per kind, every kind present (zeros included)."""
    counts = dict(posts.group_by("kind").len().iter_rows()) if posts.height else {}
    return {k: int(counts.get(k, 0)) for k in KINDS}


def mode_counts(posts: pl.DataFrame) -> dict[str, int]:
    """Posts per voice mode, every mode present (zeros included)."""
    counts = dict(posts.group_by("mode").len().iter_rows()) if posts.height else {}
    return {m: int(counts.get(m, 0)) for m in MODES}


def conversation_share(posts: pl.DataFrame) -> float | None:
    """Conversation posts / all public posts, rounded to 4 places; None when there are no posts."""
    if posts.height == 0:
        return None
    return round(posts.select((pl.col("mode") == "conversation").mean()).item(), 4)


def month_expr(col: str) -> pl.Expr:
    return pl.col(col).dt.truncate("1mo").alias("month")


def _all_months(frame: pl.DataFrame, col: str) -> pl.DataFrame:
    """Every calendar month from the first to the last date in ``col`` (months with no activity included)."""
    if frame.height == 0:
        return pl.DataFrame(schema={"month": frame.schema[col]})
    return frame.select(
        month=pl.datetime_range(pl.col(col).min().dt.truncate("1mo"), pl.col(col).max().dt.truncate("1mo"), "1mo")
    )


def monthly_voice(posts: pl.DataFrame) -> pl.DataFrame:
    """Posts per month and mode, with each mode's share of the month; months and modes with no posts are 0.

    Columns: month, mode, posts, share.
    """
    months = _all_months(posts, "created_at")
    grid = months.join(pl.DataFrame({"mode": list(MODES)}, schema={"mode": pl.Enum(MODES)}), how="cross")
    counts = posts.group_by(month_expr("created_at"), "mode").agg(posts=pl.len())
    return (
        grid.join(counts, on=["month", "mode"], how="left")
        .with_columns(pl.col("posts").fill_null(0).cast(pl.Int64))
        .with_columns(share=pl.col("posts") / pl.col("posts").sum().over("month"))
        .sort("month", "mode")
    )


def monthly_voice_by_platform(posts: pl.DataFrame) -> pl.DataFrame:
    """``monthly_voice`` for each platform of a dataset, with a ``platform`` column."""
    frames = [
        monthly_voice(part).with_columns(platform=pl.lit(p))
        for (p,), part in posts.group_by("platform", maintain_order=True)
    ]
    return pl.concat(frames) if frames else monthly_voice(posts).with_columns(platform=pl.lit(None, pl.String))


def monthly_conversation_share(posts: pl.DataFrame, min_posts: int = 1) -> pl.DataFrame:
    """Conversation share per month; months with fewer than ``min_posts`` posts get a null share.

    Columns: month, posts, conversation, share.
    """
    months = _all_months(posts, "created_at")
    per_month = posts.group_by(month_expr("created_at")).agg(
        posts=pl.len(), conversation=(pl.col("mode") == "conversation").sum()
    )
    return (
        months.join(per_month, on="month", how="left")
        .with_columns(pl.col("posts", "conversation").fill_null(0).cast(pl.Int64))
        .with_columns(share=pl.when(pl.col("posts") >= min_posts).then(pl.col("conversation") / pl.col("posts")))
        .sort("month")
    )


def monthly_messages(interactions: pl.DataFrame) -> pl.DataFrame:
    """Private messages per month and direction (private conversation volume, shown beside the balance)."""
    msgs = interactions.filter(pl.col("channel") == "message")
    return (
        msgs.group_by(month_expr("at"), "direction")
        .agg(messages=pl.col("ref_id").n_unique())
        .sort("month", "direction")
    )
