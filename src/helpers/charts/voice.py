"""Voice balance charts: broadcasting, conversing and amplifying, over time and by platform.

Each builder takes frames already aggregated by ``helpers.metrics.voice`` and returns a chart; titles say
what the reader learns, subtitles how to read it and what the export lacks (``caveat``).
"""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.charts.layout import CHART_WIDTH, colour_scale, plain_frame, subtitle
from helpers.model import MODES


def voice_balance_chart(monthly: pl.DataFrame, caveat: str | None = None) -> alt.Chart:
    """Posts per month stacked by voice mode (input: ``voice.monthly_voice``)."""
    total = int(monthly["posts"].sum()) if monthly.height else 0
    conv = int(monthly.filter(pl.col("mode") == "conversation")["posts"].sum()) if total else 0
    title = f"You converse in {conv / total:.0%} of your posts" if total else "No posts in this export to balance"
    return (
        alt.Chart(
            plain_frame(monthly),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "Posts per month: broadcasting to everyone, conversing with someone, amplifying others.", caveat
                ),
            ),
        )
        .mark_bar()
        .encode(
            alt.X("month:T").title("Month").timeUnit("yearmonth"),
            alt.Y("posts:Q").title("Posts").stack("zero"),
            alt.Color("mode:N").title("Voice").scale(colour_scale(theme.MODE_COLOURS, MODES)),
            alt.Order("mode_order:Q"),
            tooltip=[
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("mode:N", title="Voice"),
                alt.Tooltip("posts:Q", title="Posts"),
                alt.Tooltip("share:Q", title="Share of the month", format=".0%"),
            ],
        )
        .transform_calculate(mode_order=f"indexof({list(MODES)!r}, datum.mode)")
        .properties(width=CHART_WIDTH, height=260)
    )


def conversation_share_chart(
    monthly_share: pl.DataFrame, benchmarks: pl.DataFrame, caveat: str | None = None
) -> alt.LayerChart:
    """Conversation share per month against published reference figures (inputs:
    ``voice.monthly_conversation_share``, ``benchmarks.conversation_benchmarks``)."""
    data = plain_frame(monthly_share)
    measured = monthly_share.drop_nulls("share")
    brand = benchmarks.filter(pl.col("id") == "brands_2015")
    high = float(brand["value"][0]) if brand.height else 0.2
    if measured.height:
        overall = int(measured["conversation"].sum()) / int(measured["posts"].sum())
        relation = "above" if overall > high * 1.25 else "below" if overall < high * 0.75 else "about"
        title = f"At {overall:.0%}, your conversation share is {relation} the brand figure of {high:.0%}"
    else:
        title = "No posts: the conversation share cannot be measured"
    refs = plain_frame(benchmarks)
    band = (
        alt.Chart(refs)
        .transform_filter(alt.datum.kind == "band")
        .mark_rect(color=theme.MUTED, opacity=0.25)
        .encode(
            alt.Y("low:Q"),
            alt.Y2("high:Q"),
            tooltip=[alt.Tooltip("label:N", title="Reference"), alt.Tooltip("source:N", title="Source")],
        )
    )
    lines = (
        alt.Chart(refs)
        .transform_filter(alt.datum.kind == "line")
        .mark_rule(color="#777777", strokeDash=[4, 3])
        .encode(
            alt.Y("value:Q"),
            tooltip=[alt.Tooltip("label:N", title="Reference"), alt.Tooltip("source:N", title="Source")],
        )
    )
    labels = (
        alt.Chart(refs)
        .transform_filter(alt.datum.kind == "line")
        .mark_text(align="left", dx=4, dy=-6, fontSize=10, color="#555555")
        .encode(alt.Y("value:Q"), alt.X(value=0), alt.Text("label:N"))
    )
    line = (
        alt.Chart(data)
        .mark_line(point=True, color=theme.MODE_COLOURS["conversation"])
        .encode(
            alt.X("month:T").title("Month").timeUnit("yearmonth"),
            alt.Y("share:Q").title("Conversation share").axis(format=".0%").scale(domain=[0, 1]),
            tooltip=[
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("share:Q", title="Conversation share", format=".0%"),
                alt.Tooltip("conversation:Q", title="Conversation posts"),
                alt.Tooltip("posts:Q", title="All posts"),
            ],
        )
    )
    return alt.layer(band, lines, labels, line).properties(
        title=alt.Title(
            title,
            subtitle=subtitle(
                "Share of each month's posts that reply to, comment on or mention someone.",
                "Grey band and dashed lines: published figures (hover for the source).",
                caveat,
            ),
        ),
        width=CHART_WIDTH,
        height=240,
    )


def voice_by_platform_chart(monthly: pl.DataFrame) -> alt.Chart:
    """Posts per month and voice, one row per platform (input: ``voice.monthly_voice_by_platform``)."""
    shares = (
        monthly.group_by("platform")
        .agg(share=(pl.col("posts").filter(pl.col("mode") == "conversation").sum() / pl.col("posts").sum()))
        .sort("share", descending=True, nulls_last=True)
    )
    lead = shares.drop_nulls("share").head(1)
    title = (
        f"You converse most on {lead['platform'][0]} ({lead['share'][0]:.0%} of posts there)"
        if lead.height
        else "No posts on any platform"
    )
    return (
        alt.Chart(
            plain_frame(monthly), title=alt.Title(title, subtitle=["Posts per month by voice, one row per platform."])
        )
        .mark_bar()
        .encode(
            alt.X("month:T").title("Month").timeUnit("yearmonth"),
            alt.Y("posts:Q").title("Posts"),
            alt.Color("mode:N").title("Voice").scale(colour_scale(theme.MODE_COLOURS, MODES)),
            alt.Row("platform:N").title(None).sort(shares["platform"].to_list()),
            tooltip=[
                alt.Tooltip("platform:N", title="Platform"),
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("mode:N", title="Voice"),
                alt.Tooltip("posts:Q", title="Posts"),
            ],
        )
        .properties(width=CHART_WIDTH, height=120)
    )
