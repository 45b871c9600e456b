"""Listening: of the conversations others open with the owner, how many get an answer, and how fast.

Only where the export holds what others wrote to the owner (messages on X, Instagram, Facebook, LinkedIn;
anything a reader marks ``in``). Group conversations are left out: a message to a group is not addressed
to the owner alone.

- An **inbound opener** is a message from someone that is not an answer to an owner message of the
  previous ``ANSWER_WINDOW_HOURS`` (72 h), and does not continue their own message of the previous
  72 h (three messages in a row are one opener).
- It is **answered** when the owner writes to that person within 72 h after it; the answer time is the
  time to the owner's first message.
- Someone is **still waiting** when their last opener has had no owner message at all since.
"""

from __future__ import annotations

from datetime import timedelta
from typing import cast

import polars as pl

from helpers.model import DIRECTED_CHANNELS, Coverage, Export

ANSWER_WINDOW_HOURS = 72
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def has_inbound(interactions: pl.DataFrame, coverage: Coverage) -> bool:
    """Whether listening can be measured: the export holds messages or public acts addressed to the owner."""
    return (coverage.messages or coverage.inbound_public) and interactions.filter(
        pl.col("direction") == "in"
    ).height > 0


def _conversation_events(interactions: pl.DataFrame, public_inbound: bool) -> pl.DataFrame:
    # Where others' public replies are in the export, they open conversations too; elsewhere only
    # messages do, and the owner's public replies are not answers to a private message.
    channels = DIRECTED_CHANNELS if public_inbound else ("message",)
    one_to_one = interactions.filter(pl.col("channel").is_in(channels) & ~pl.col("is_group").fill_null(False))
    return one_to_one.select("platform", "account_id", "at", "direction").unique().sort("platform", "account_id", "at")


def openers(
    interactions: pl.DataFrame, public_inbound: bool = False, window_hours: int = ANSWER_WINDOW_HOURS
) -> pl.DataFrame:
    """One row per inbound opener: who, when, whether and how fast it was answered.

    Columns: platform, account_id, at, answered, answer_hours (null when unanswered), waiting (no owner
    message since).
    """
    window = timedelta(hours=window_hours)
    events = _conversation_events(interactions, public_inbound).with_columns(
        prev_at=pl.col("at").shift(1).over("platform", "account_id"),
    )
    inbound = (
        events.filter(pl.col("direction") == "in")
        .with_columns(opener=pl.col("prev_at").is_null() | ((pl.col("at") - pl.col("prev_at")) > window))
        .filter("opener")
    )
    owner_msgs = (
        events.filter(pl.col("direction") == "out").select("platform", "account_id", answer_at="at").sort("answer_at")
    )
    joined = inbound.sort("at").join_asof(
        owner_msgs,
        left_on="at",
        right_on="answer_at",
        by=["platform", "account_id"],
        strategy="forward",
        check_sortedness=False,  # both sides are sorted on time, which is all the join needs
    )
    return (
        joined.with_columns(delay=pl.col("answer_at") - pl.col("at"))
        .with_columns(
            answered=pl.col("delay").is_not_null() & (pl.col("delay") <= window),
            waiting=pl.col("answer_at").is_null(),
        )
        .with_columns(
            answer_hours=pl.when("answered").then(pl.col("delay").dt.total_seconds() / 3600).round(2),
        )
        .select("platform", "account_id", "at", "answered", "answer_hours", "waiting")
        .sort("at")
    )


def export_openers(export: Export) -> pl.DataFrame | None:
    """Openers over every platform of a dataset that holds inbound contact; None when none does."""
    frames = [
        openers(part.interactions, part.coverage.inbound_public)
        for part in (export.only(p) for p in export.platforms)
        if has_inbound(part.interactions, part.coverage)
    ]
    return pl.concat(frames).sort("at") if frames else None


def listening_summary(ops: pl.DataFrame | None) -> dict:
    """``openers``, ``answered``, ``answer_rate``, ``median_answer_hours``, ``waiting``: null without inbound."""
    if ops is None:
        return {"openers": None, "answered": None, "answer_rate": None, "median_answer_hours": None, "waiting": None}
    answered = int(ops["answered"].sum())
    median = cast("float | None", ops.filter("answered")["answer_hours"].median())  # a Float64 column
    return {
        "openers": ops.height,
        "answered": answered,
        "answer_rate": round(answered / ops.height, 4) if ops.height else None,
        "median_answer_hours": round(float(median), 2) if median is not None else None,
        "waiting": int(still_waiting(ops).height),
    }


def still_waiting(ops: pl.DataFrame) -> pl.DataFrame:
    """People whose last opener has had no owner message since, longest waiting first."""
    last = ops.sort("at").group_by("platform", "account_id").agg(pl.all().last())
    return last.filter("waiting").select("platform", "account_id", waiting_since="at").sort("waiting_since")


def answer_times_by_hour_and_weekday(ops: pl.DataFrame, timezone: str = "UTC") -> pl.DataFrame:
    """Answer rate and median answer time by the opener's weekday and hour in ``timezone`` (an IANA name: the
    account's where the export gives it): the data of a heat map, with the zone in a column."""
    local = pl.col("at").dt.convert_time_zone(timezone)
    return (
        ops.with_columns(
            weekday=local.dt.weekday().replace_strict(dict(enumerate(WEEKDAYS, start=1)), return_dtype=pl.String),
            hour=local.dt.hour(),
        )
        .group_by("weekday", "hour")
        .agg(
            openers=pl.len(),
            answer_rate=pl.col("answered").mean(),
            median_answer_hours=pl.col("answer_hours").median(),
        )
        .with_columns(timezone=pl.lit(timezone))
        .sort("weekday", "hour")
    )
