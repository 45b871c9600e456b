"""Tie strength: how well the owner really knows each person, from the contact itself.

Five signals per person (Granovetter's dimensions of a tie, measured the way the Orbit model and
Gilbert & Karahalios 2009 do from interaction logs):

- frequency: distinct days with directed contact (a better proxy than message counts: ten messages in
  one evening are one conversation);
- duration: months from first to last contact;
- reciprocity: contact in both directions;
- private contact: share of the contact that is private messages;
- recency: whole months since the last contact; an idle tie decays by ``DECAY_PER_IDLE_MONTH`` per month
  (the Orbit model's "love" decays the same way).

    score = contact_days
            x (1 + RECIPROCITY_BONUS  if both directions)
            x (1 + PRIVATE_BONUS x private_share)
            x (1 + min(duration_months, DURATION_CAP_MONTHS) / DURATION_CAP_MONTHS)
            x DECAY_PER_IDLE_MONTH ** idle_months
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from helpers.model import DIRECTED_CHANNELS, person_label

DECAY_PER_IDLE_MONTH = 0.9  # Orbit model: a tie keeps 90% of its weight per month without contact
RECIPROCITY_BONUS = 1.0  # two-way contact doubles the weight of a tie
PRIVATE_BONUS = 0.5  # all-private contact weighs half again as much as all-public
DURATION_CAP_MONTHS = 24  # a tie's age counts up to two years (then it is simply long-standing)


def months_between(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """Whole calendar months from ``start`` to ``end`` (0 within the same month)."""
    return (end.dt.year() - start.dt.year()) * 12 + (end.dt.month() - start.dt.month())


def tie_strength(
    interactions: pl.DataFrame,
    as_of: datetime | None = None,
    decay: float = DECAY_PER_IDLE_MONTH,
    reciprocity_bonus: float = RECIPROCITY_BONUS,
    private_bonus: float = PRIVATE_BONUS,
    duration_cap_months: int = DURATION_CAP_MONTHS,
) -> pl.DataFrame:
    """One row per person with directed contact: the five signals and the score, strongest first.

    ``as_of`` is the moment recency is measured from (default: the last contact in the data).
    """
    directed = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    as_of_value = as_of or directed["at"].max()  # None without contact: the frame is then empty anyway
    per_person = directed.group_by("platform", "account_id").agg(
        contact_days=pl.col("at").dt.date().n_unique(),
        first_contact=pl.col("at").min(),
        last_contact=pl.col("at").max(),
        out_directed=pl.col("ref_id").filter(pl.col("direction") == "out").n_unique(),
        in_directed=pl.col("ref_id").filter(pl.col("direction") == "in").n_unique(),
        private_share=(pl.col("channel") == "message").mean(),
    )
    as_of_lit = pl.lit(as_of_value).cast(directed.schema["at"])
    return (
        per_person.with_columns(
            reciprocal=(pl.col("out_directed") > 0) & (pl.col("in_directed") > 0),
            duration_months=months_between(pl.col("first_contact"), pl.col("last_contact")),
            idle_months=months_between(pl.col("last_contact"), as_of_lit).clip(lower_bound=0),
        )
        .with_columns(
            score=(
                pl.col("contact_days")
                * pl.when(pl.col("reciprocal")).then(1 + reciprocity_bonus).otherwise(1.0)
                * (1 + private_bonus * pl.col("private_share"))
                * (1 + pl.col("duration_months").clip(upper_bound=duration_cap_months) / duration_cap_months)
                * pl.lit(decay).pow(pl.col("idle_months"))
            ).round(3)
        )
        .sort("score", "account_id", descending=[True, False])
        .with_row_index("rank", offset=1)
    )


def known_people(ties: pl.DataFrame, people: pl.DataFrame, n: int = 25) -> pl.DataFrame:
    """The ranked table of the people the owner really knows, with their names (top ``n``)."""
    names = people.select("platform", "account_id", "handle", "display_name")
    return (
        ties.head(n)
        .join(names, on=["platform", "account_id"], how="left")
        .with_columns(name=person_label())
        .select(
            "rank",
            "name",
            "platform",
            "score",
            "contact_days",
            "duration_months",
            "reciprocal",
            "private_share",
            "idle_months",
            "last_contact",
        )
        .sort("rank")
    )
