"""The member ladder over time: audience tiers recomputed at each month end on a rolling window.

At every month end the tiers of ``audience`` are computed from the contact of the trailing
``WINDOW_MONTHS`` (12), so the analyst sees followers becoming members and members drifting away.
Follow edges are a snapshot at export time on most platforms (X dates no follow): a person counts as a
follower in every month of the ladder, which is what the export can say.

Derived:
- conversion: of the people who were followers (no contact) at the previous month end, the share who are
  members or core now;
- new members per month: people whose first month as member or core it is;
- cohort retention: people grouped by the month of their first two-way contact; retention at k months is
  the share of the cohort with directed contact in month k after it (8Knot's contributor cohorts);
- member states at each month end: active (contact within ``ACTIVE_MONTHS``), drifting (within
  ``AWAY_MONTHS``), away (longer), as 8Knot labels contributors with its own thresholds.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

import polars as pl

from helpers.metrics.audience import audience_tiers
from helpers.metrics.ties import months_between
from helpers.model import DIRECTED_CHANNELS, TIERS, Export

WINDOW_MONTHS = 12
ACTIVE_MONTHS = 3
AWAY_MONTHS = 6
MEMBER_TIERS = ("core", "member")


def month_ends(export: Export) -> list[datetime]:
    """The first instant after each month with activity, from the first to the last month of the data."""
    times = pl.concat([export.posts.select(t="created_at"), export.interactions.select(t="at")]).drop_nulls()
    if times.height == 0:
        return []
    first, last = cast(datetime, times["t"].min()), cast(datetime, times["t"].max())  # non-empty Datetime column
    starts = pl.datetime_range(first.replace(day=1, hour=0, minute=0, second=0, microsecond=0), last, "1mo", eager=True)
    return list((starts.dt.offset_by("1mo")).to_list())


def ladder(export: Export, window_months: int = WINDOW_MONTHS) -> pl.DataFrame:
    """Tier of every person at every month end. Columns: month (the month ending), platform, account_id, tier."""
    rows = []
    for part in (export.only(p) for p in export.platforms):
        for end in month_ends(part):
            since = pl.select(pl.lit(end).dt.offset_by(f"-{window_months}mo")).item()
            tiers = audience_tiers(part.people, part.interactions, part.coverage, since=since, until=end)
            month = pl.select(pl.lit(end).dt.offset_by("-1mo")).item()
            rows.append(tiers.select(pl.lit(month).alias("month"), "platform", "account_id", "tier"))
    if not rows:
        return pl.DataFrame(
            schema={
                "month": pl.Datetime("us", "UTC"),
                "platform": pl.String,
                "account_id": pl.String,
                "tier": pl.String,
            }
        )
    return pl.concat(rows).with_columns(pl.col("tier").cast(pl.String))


def tier_counts_over_time(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """People per tier at each month end, every tier in every month (0 when empty): the ladder chart's data."""
    grid = ladder_frame.select("month").unique().join(pl.DataFrame({"tier": list(TIERS)}), how="cross")
    counts = ladder_frame.group_by("month", "tier").agg(people=pl.len())
    return (
        grid.join(counts, on=["month", "tier"], how="left")
        .with_columns(pl.col("people").fill_null(0).cast(pl.UInt32))
        .sort("month", "tier")
    )


def conversion(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """Per month: followers at the previous month end, how many of them are members now, and the share."""
    prev = ladder_frame.with_columns(month=pl.col("month").dt.offset_by("1mo")).rename({"tier": "before"})
    moved = prev.join(ladder_frame, on=["month", "platform", "account_id"], how="left")
    return (
        moved.filter(pl.col("before") == "follower")
        .group_by("month")
        .agg(followers=pl.len(), converted=pl.col("tier").is_in(MEMBER_TIERS).sum())
        .with_columns(conversion=pl.col("converted") / pl.col("followers"))
        .sort("month")
    )


def new_members(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """People per month whose first month as member or core it is."""
    first = (
        ladder_frame.filter(pl.col("tier").is_in(MEMBER_TIERS))
        .group_by("platform", "account_id")
        .agg(month=pl.col("month").min())
    )
    return first.group_by("month").agg(new_members=pl.len()).sort("month")


def cohort_retention(export: Export, max_months: int = 12) -> pl.DataFrame:
    """Members by month of first two-way contact; share of each cohort with contact k months later."""
    directed = export.interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS)).with_columns(
        month=pl.col("at").dt.truncate("1mo")
    )
    both = directed.group_by("platform", "account_id", "month").agg(dirs=pl.col("direction").n_unique())
    first_two_way = (
        both.filter(pl.col("dirs") == 2).group_by("platform", "account_id").agg(cohort=pl.col("month").min())
    )
    active = directed.select("platform", "account_id", "month").unique()
    sizes = first_two_way.group_by("cohort").agg(size=pl.len())
    return (
        active.join(first_two_way, on=["platform", "account_id"])
        .with_columns(k=months_between(pl.col("cohort"), pl.col("month")))
        .filter((pl.col("k") >= 0) & (pl.col("k") <= max_months))
        .group_by("cohort", "k")
        .agg(active=pl.len())
        .join(sizes, on="cohort")
        .with_columns(retention=pl.col("active") / pl.col("size"))
        .sort("cohort", "k")
    )


def member_states(
    export: Export, as_of: datetime | None = None, active_months: int = ACTIVE_MONTHS, away_months: int = AWAY_MONTHS
) -> pl.DataFrame:
    """Everyone who has ever been in two-way contact, labelled active, drifting or away by their last contact."""
    directed = export.interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    per = (
        directed.group_by("platform", "account_id")
        .agg(last_contact=pl.col("at").max(), dirs=pl.col("direction").n_unique())
        .filter(pl.col("dirs") == 2)
    )
    end = as_of or (directed["at"].max() if directed.height else None)
    if end is None:
        return per.with_columns(idle_months=pl.lit(None, pl.Int32), state=pl.lit(None, pl.String))
    idle = months_between(pl.col("last_contact"), pl.lit(end).cast(directed.schema["at"]))
    return (
        per.with_columns(idle_months=idle)
        .with_columns(
            state=pl.when(pl.col("idle_months") < active_months)
            .then(pl.lit("active"))
            .when(pl.col("idle_months") < away_months)
            .then(pl.lit("drifting"))
            .otherwise(pl.lit("away"))
        )
        .drop("dirs")
        .sort("idle_months", "account_id")
    )
