"""Voice balance charts: broadcasting, conversing and amplifying, over time and by platform.

Each builder takes frames already aggregated by ``helpers.metrics.voice`` and returns a chart; titles say
what the reader learns, subtitles how to read it and what the export lacks (``caveat``).
"""

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
    platform_order,
    subtitle,
    with_month_label,
    with_platform_label,
)
from helpers.model import MODES


def _mode_shares(monthly: pl.DataFrame) -> str:
    """ "broadcast 40%, conversation 35%, amplification 25%" of all posts in ``monthly``."""
    total = int(monthly["posts"].sum()) if monthly.height else 0
    if not total:
        return ""
    by_mode = dict(monthly.group_by(pl.col("mode").cast(pl.String)).agg(pl.col("posts").sum()).iter_rows())
    return ", ".join(f"{m} {int(by_mode.get(m, 0)) / total:.0%}" for m in MODES)


def _period(domain: list[str]) -> str:
    return f"from {domain[0]} to {domain[-1]}" if domain else ""


def voice_balance_chart(monthly: pl.DataFrame, caveat: str | None = None) -> alt.Chart:
    """Posts per month stacked by voice mode (input: ``voice.monthly_voice``)."""
    total = int(monthly["posts"].sum()) if monthly.height else 0
    conv = int(monthly.filter(pl.col("mode") == "conversation")["posts"].sum()) if total else 0
    title = f"You converse in {conv / total:.0%} of your posts" if total else "No posts in this export to balance"
    domain = month_domain(monthly)
    top = largest(monthly.group_by("month").agg(pl.col("posts").sum())["posts"])
    chart = (
        alt.Chart(
            plain_frame(with_month_label(monthly)),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "Posts per month: broadcasting to everyone, conversing with someone, amplifying others.", caveat
                ),
            ),
        )
        .mark_bar()
        .encode(
            month_x(domain),
            counted(alt.Y("posts:Q").title("Posts").stack("zero"), top),
            alt.Color("mode:N").title("Voice").scale(colour_scale(theme.MODE_COLOURS, MODES)),
            tooltip=[
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("mode:N", title="Voice"),
                alt.Tooltip("posts:Q", title="Posts"),
                alt.Tooltip("share:Q", title="Share of the month", format=".0%"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=260,
            description=describe(
                f"Stacked bar chart: {title}.",
                f"{total:,} posts {_period(domain)} by voice: {_mode_shares(monthly)}." if total else None,
            ),
        )
    )
    return in_stack_order(chart, "mode", MODES)


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
    domain = month_domain(monthly_share)
    line = (
        alt.Chart(with_month_label(data))
        .mark_line(point=True, color=theme.MODE_COLOURS["conversation"])
        .encode(
            month_x(domain),
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
                "Grey band and dashed lines: published figures, sources in the notes below.",
                caveat,
            ),
        ),
        width=CHART_WIDTH,
        height=240,
        description=describe(
            f"Line chart: {title}.",
            f"Monthly conversation share {_period(domain)}, against published reference figures"
            + (f" ({'; '.join(str(x) for x in benchmarks['label'].to_list())})." if benchmarks.height else "."),
        ),
    )


def voice_by_platform_chart(monthly: pl.DataFrame) -> alt.Chart:
    """Posts per month and voice, one row per platform (input: ``voice.monthly_voice_by_platform``)."""
    order = platform_order(monthly["platform"])
    monthly = with_platform_label(monthly)
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
    domain = month_domain(monthly)
    top = largest(monthly.group_by("platform", "month").agg(pl.col("posts").sum())["posts"])
    chart = (
        alt.Chart(
            plain_frame(with_month_label(monthly)),
            title=alt.Title(title, subtitle=["Posts per month by voice, one row per platform."]),
        )
        .mark_bar()
        .encode(
            month_x(domain),
            counted(alt.Y("posts:Q").title("Posts").stack("zero"), top),
            alt.Color("mode:N").title("Voice").scale(colour_scale(theme.MODE_COLOURS, MODES)),
            alt.Row("platform:N").title(None).sort(order),
            tooltip=[
                alt.Tooltip("platform:N", title="Platform"),
                alt.Tooltip("month:T", title="Month", format="%B %Y"),
                alt.Tooltip("mode:N", title="Voice"),
                alt.Tooltip("posts:Q", title="Posts"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=120,
            description=describe(
                f"Stacked bar charts, one per platform: {title}.",
                "; ".join(f"{p}: conversation {sh:.0%}" for p, sh in shares.drop_nulls("share").iter_rows()),
            ),
        )
    )
    return in_stack_order(chart, "mode", MODES)
