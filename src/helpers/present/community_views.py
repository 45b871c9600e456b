"""One call per community-depth chart or table, for notebook 04 and the dashboard: an Export in."""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import community as cc
from helpers.metrics import ladder, listening, ties
from helpers.model import Export, person_label
from helpers.present.views import caveat

NO_INBOUND = (
    "This export holds nothing others wrote to you (no messages received, no replies to you), so whether "
    "you answer people cannot be measured here."
)


def ladder_over_time(
    export: Export, window_months: int = ladder.WINDOW_MONTHS, frame: pl.DataFrame | None = None
) -> alt.Chart:
    """``frame``: a ladder already computed (``ladder.ladder``) for the same window, to skip recomputing it."""
    frame = ladder.ladder_spans(export, window_months) if frame is None else frame
    return cc.ladder_chart(ladder.tier_counts_over_time(frame), window_months, caveat(export, "audience"))


def new_members_over_time(export: Export, frame: pl.DataFrame | None = None) -> alt.Chart:
    frame = ladder.ladder_spans(export) if frame is None else frame
    return cc.new_members_chart(ladder.new_members(frame), ladder.conversion(frame))


def cohorts(export: Export) -> alt.Chart:
    return cc.cohort_chart(ladder.cohort_retention(export))


def member_states(export: Export) -> alt.Chart:
    return cc.member_states_chart(ladder.member_states(export), ladder.ACTIVE_MONTHS, ladder.AWAY_MONTHS)


def listening_by_hour(export: Export) -> alt.Chart | None:
    """The answer-rate heat map, or None where the export holds no inbound contact."""
    ops = listening.export_openers(export)
    if ops is None:
        return None
    return cc.listening_chart(listening.answer_times_by_hour_and_weekday(ops), listening.listening_summary(ops))


def still_waiting(export: Export) -> pl.DataFrame | None:
    """Who wrote to the owner and has had no answer since (names, platform, since when); None without inbound."""
    ops = listening.export_openers(export)
    if ops is None:
        return None
    names = export.people.select("platform", "account_id", "handle", "display_name")
    return (
        listening.still_waiting(ops)
        .join(names, on=["platform", "account_id"], how="left")
        .select(
            name=person_label(),
            platform="platform",
            waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
        )
    )


def people_you_know(export: Export, n: int = 15) -> pl.DataFrame:
    """The ranked tie-strength table, with the signals behind each score."""
    table = ties.known_people(ties.tie_strength(export.interactions), export.people, n)
    if table.height == 0:
        return table
    return table.with_columns(
        pl.col("private_share").round(2),
        pl.col("last_contact").dt.strftime("%Y-%m-%d"),
    )
