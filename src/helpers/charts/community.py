"""Chart builders for community depth: the ladder over time, new members, cohorts, member states, listening."""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.charts.layout import (
    CHART_WIDTH,
    colour_scale,
    counted,
    describe,
    in_stack_order,
    largest,
    month_domain,
    month_x,
    plain_frame,
    subtitle,
    with_month_label,
)
from helpers.metrics.ladder import FOLLOW_DATES
from helpers.metrics.listening import WEEKDAYS
from helpers.model import TIERS


def ladder_chart(counts: pl.DataFrame, window_months: int, caveat: str | None = None) -> alt.Chart:
    """People per tier at each month end, on a rolling window (input: ``ladder.tier_counts_over_time``)."""
    members = (
        counts.filter(pl.col("tier").is_in(["core", "member"]))
        .group_by("month")
        .agg(pl.col("people").sum())
        .sort("month")
    )
    if members.height >= 2:
        first, last = int(members["people"][0]), int(members["people"][-1])
        verb = "grew" if last > first else "shrank" if last < first else "held"
        title = f"In any {window_months} months, your community {verb} from {first} to {last} members over the period"
    else:
        title = "Too short a history to see the community move"
    shown = counts.filter(pl.col("tier").is_in(["core", "member", "unanswered", "reached"]))
    domain = month_domain(shown)
    top = largest(shown.group_by("month").agg(pl.col("people").sum())["people"])
    chart = (
        alt.Chart(
            plain_frame(with_month_label(shown)),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    f"People in each tier at each month end, counting only the contact of the {window_months} months "
                    "before it (so fewer than the all-time count of the cards).",
                    caveat,
                ),
            ),
        )
        .mark_area()
        .encode(
            month_x(domain, title="Month"),
            counted(alt.Y("people:Q").title("People").stack("zero"), top),
            alt.Color("tier:N")
            .title("Tier")
            .scale(colour_scale(theme.TIER_COLOURS, [t for t in TIERS if t not in ("follower", "following")])),
            tooltip=[
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("people:Q", title="People"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=220,
            description=describe(
                f"Stacked area chart: {title}.",
                f"People per tier at the end of each month from {domain[0]} to {domain[-1]}." if domain else None,
            ),
        )
    )
    return in_stack_order(chart, "tier", TIERS)


def new_members_chart(new: pl.DataFrame, conversion: pl.DataFrame) -> alt.Chart:
    """New members per month, with the share of last month's followers who became members (tooltip)."""
    data = new.join(conversion.select("month", "followers", "converted", "conversion"), on="month", how="left")
    total = int(new["new_members"].sum()) if new.height else 0
    converted = int(conversion["converted"].sum()) if conversion.height else 0
    title = (
        f"{total} people became members; {converted} of them had only been following you"
        if total
        else "Nobody became a member in this period"
    )
    domain = month_domain(data)
    top = largest(new["new_members"])
    return (
        alt.Chart(
            plain_frame(with_month_label(data)),
            title=alt.Title(
                title, subtitle=subtitle("New members per month (first month in two-way contact).", FOLLOW_DATES)
            ),
        )
        .mark_bar(color=theme.TIER_COLOURS["member"])
        .encode(
            month_x(domain),
            counted(alt.Y("new_members:Q").title("New members"), top),
            tooltip=[
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("new_members:Q", title="New members"),
                alt.Tooltip("converted:Q", title="Of them, former followers"),
                alt.Tooltip("conversion:Q", title="Followers converted", format=".1%"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=160,
            description=describe(
                f"Bar chart: {title}.", f"New members per month from {domain[0]} to {domain[-1]}." if domain else None
            ),
        )
    )


def cohort_chart(retention: pl.DataFrame) -> alt.Chart:
    """Share of each cohort (month of first two-way contact) in contact k months later (``ladder.cohort_retention``)."""
    later = retention.filter(pl.col("k") == 3)
    kept = (int(later["active"].sum()) / int(later["size"].sum())) if later.height else None
    title = (
        f"{kept:.0%} of new members were still in touch three months later"
        if kept is not None
        else "Too few members yet to follow cohorts"
    )
    return (
        alt.Chart(
            plain_frame(retention),
            title=alt.Title(
                title,
                subtitle=[
                    "Rows: members by the month of their first two-way contact. Columns: months after it. Darker: more still in contact."
                ],
            ),
        )
        .mark_rect()
        .encode(
            alt.X("k:O").title("Months after first two-way contact"),
            alt.Y("cohort:O").title(None).timeUnit("yearmonth"),
            alt.Color("retention:Q")
            .title("Still in contact")
            .scale(scheme=theme.RETENTION_SCHEME, domain=[0, 1])
            .legend(format=".0%", orient="right"),
            tooltip=[
                alt.Tooltip("cohort:T", title="Cohort", format="%B %Y"),
                alt.Tooltip("k:O", title="Months later"),
                alt.Tooltip("active:Q", title="In contact"),
                alt.Tooltip("size:Q", title="Cohort size"),
                alt.Tooltip("retention:Q", title="Share", format=".0%"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=alt.Step(14),
            description=describe(
                f"Grid: {title}.",
                f"{retention['cohort'].n_unique()} monthly cohorts of new members, each followed month by month."
                if retention.height
                else None,
            ),
        )
    )


def member_states_chart(states: pl.DataFrame, active_months: int, away_months: int) -> alt.Chart:
    """Everyone ever in two-way contact by how recently: active, drifting, away (``ladder.member_states``)."""
    counts = states.group_by("state").agg(people=pl.len())
    order = list(theme.STATE_COLOURS)
    got = dict(counts.iter_rows()) if counts.height else {}
    data = pl.DataFrame({"state": order, "people": [int(got.get(s, 0)) for s in order]})
    title = (
        f"Of the {sum(got.values())} people ever in observed two-way contact, {got.get('active', 0)} are active, "
        f"{got.get('drifting', 0)} drifting and {got.get('away', 0)} away"
        if got
        else "No two-way contact to follow yet"
    )
    return (
        alt.Chart(
            data,
            title=alt.Title(
                title,
                subtitle=[
                    f"Active: contact in the last {active_months} months; drifting: {active_months}-{away_months} months ago; away: longer."
                ],
            ),
        )
        .mark_bar()
        .encode(
            alt.Y("state:N").title(None).sort(order),
            counted(alt.X("people:Q").title("People"), float(max(got.values(), default=0))),
            alt.Color("state:N").scale(colour_scale(theme.STATE_COLOURS)).legend(None),
            tooltip=[alt.Tooltip("state:N", title="State"), alt.Tooltip("people:Q", title="People")],
        )
        .properties(width=CHART_WIDTH, height=90, description=describe(f"Bar chart: {title}."))
    )


def listening_chart(by_slot: pl.DataFrame, summary: dict) -> alt.Chart:
    """Answer rate by the weekday and hour a conversation was opened (``listening.answer_times_by_hour_and_weekday``)."""
    rate, median = summary["answer_rate"], summary["median_answer_hours"]
    zone = str(by_slot["timezone"][0]) if "timezone" in by_slot.columns and by_slot.height else "UTC"
    title = (
        f"You answered {rate:.0%} of the conversations others opened, in a median {median:.0f} "
        + ("hour" if round(median) == 1 else "hours")
        if rate is not None and median is not None
        else "Nobody opened a conversation with you in this export"
    )
    return (
        alt.Chart(
            plain_frame(by_slot),
            title=alt.Title(
                title,
                subtitle=[
                    f"Each cell: conversations opened at that weekday and hour ({zone}); colour: share answered within 72 hours."
                ],
            ),
        )
        .mark_rect()
        .encode(
            alt.X("hour:O").title(f"Hour opened ({zone})"),
            alt.Y("weekday:N").title(None).sort(list(WEEKDAYS)),
            alt.Color("answer_rate:Q")
            .title("Answered")
            .scale(scheme=theme.ANSWERED_SCHEME, domain=[0, 1])
            .legend(format=".0%", orient="right"),
            tooltip=[
                alt.Tooltip("weekday:N", title="Weekday"),
                alt.Tooltip("hour:O", title=f"Hour ({zone})"),
                alt.Tooltip("openers:Q", title="Conversations opened"),
                alt.Tooltip("answer_rate:Q", title="Answered", format=".0%"),
                alt.Tooltip("median_answer_hours:Q", title="Median hours to answer", format=".1f"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=alt.Step(18),
            description=describe(
                f"Grid of weekdays by hours: {title}.",
                f"{int(by_slot['openers'].sum()):,} conversations opened by others." if by_slot.height else None,
            ),
        )
    )
