"""Audience charts: followers versus members, the people you talk with, community size against Dunbar's layers.

Each builder takes frames already aggregated by ``helpers.metrics.audience`` and returns a chart.
"""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.charts.layout import (
    CHART_WIDTH,
    colour_scale,
    count_axis,
    counted,
    describe,
    in_stack_order,
    largest,
    plain_frame,
    platform_order,
    subtitle,
    with_platform_label,
)
from helpers.metrics.audience import DUNBAR_RINGS
from helpers.model import TIERS


def audience_chart(breakdown: pl.DataFrame, followers_known: bool = True, caveat: str | None = None) -> alt.Chart:
    """People per audience tier, inferred members shown paler (input: ``audience.tier_breakdown``)."""
    community = int(breakdown.filter(pl.col("group") == "community")["people"].sum())
    followers = int(breakdown.filter(pl.col("tier") == "follower")["people"].sum())
    everyone = int(breakdown["people"].sum())
    follow_part = f"{followers:,} only follow" if followers_known else "followers are not in this export"
    title = (
        f"{community:,} of the {everyone:,} people around you are community members; {follow_part}"
        if everyone
        else "Nobody around this account shows up in the export"
    )
    chart = (
        alt.Chart(
            plain_frame(breakdown),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "Members talk with you both ways; followers only watch. Paler bars: members inferred, not observed.",
                    caveat,
                ),
            ),
        )
        .mark_bar()
        .encode(
            alt.Y("tier:N").title(None).sort(list(TIERS)),
            counted(alt.X("people:Q").title("People").stack("zero"), _largest_tier(breakdown)),
            alt.Color("tier:N").scale(colour_scale(theme.TIER_COLOURS, TIERS)).legend(None),
            evidence_opacity(),
            tooltip=[
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("evidence:N", title="Evidence"),
                alt.Tooltip("people:Q", title="People"),
                alt.Tooltip("group:N", title="Group"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=200,
            description=describe(f"Bar chart: {title}.", _tier_sentence(breakdown)),
        )
    )
    return in_stack_order(chart, "evidence", list(theme.EVIDENCE_OPACITY))


def _largest_tier(breakdown: pl.DataFrame, by: tuple[str, ...] = ("tier",)) -> float:
    return largest(breakdown.group_by(*by).agg(pl.col("people").sum())["people"])


def _tier_sentence(breakdown: pl.DataFrame) -> str:
    counts = dict(breakdown.group_by(pl.col("tier").cast(pl.String)).agg(pl.col("people").sum()).iter_rows())
    return "People per tier: " + ", ".join(f"{t} {int(counts.get(t, 0)):,}" for t in TIERS if t in counts) + "."


def evidence_opacity() -> alt.Opacity:
    """Observed bars solid, inferred ones paler; the legend's swatches drawn in a tier colour, as the bars are."""
    return (
        alt.Opacity("evidence:N")
        .title("Evidence")
        .scale(domain=list(theme.EVIDENCE_OPACITY), range=list(theme.EVIDENCE_OPACITY.values()))
        .legend(symbolType="square", symbolFillColor=theme.TIER_COLOURS["member"], symbolStrokeWidth=0)
    )


def top_partners_chart(partners: pl.DataFrame, caveat: str | None = None) -> alt.Chart:
    """The people with the most directed contact, split by direction (input: ``audience.top_partners``)."""
    long = partners.unpivot(
        index=["name", "tier", "total"],
        on=["out_directed", "in_directed"],
        variable_name="direction",
        value_name="contacts",
    ).with_columns(
        direction=pl.col("direction").replace_strict(
            {"out_directed": "you wrote to them", "in_directed": "they wrote to you"}
        )
    )
    names = plain_frame(partners)["name"].to_list()  # control characters out of the title and the order too
    title = f"You talk most with {', '.join(names[:3])}" if names else "No directed contact with anyone in this export"
    chart = (
        alt.Chart(
            plain_frame(long),
            title=alt.Title(
                title, subtitle=subtitle("Replies, mentions, quotes and messages, in each direction.", caveat)
            ),
        )
        .mark_bar()
        .encode(
            alt.Y("name:N").title(None).sort(names),
            counted(alt.X("contacts:Q").title("Directed contacts").stack("zero"), largest(partners["total"])),
            alt.Color("direction:N").title(None).scale(colour_scale(theme.DIRECTION_COLOURS)),
            tooltip=[
                alt.Tooltip("name:N", title="Person"),
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("direction:N", title="Direction"),
                alt.Tooltip("contacts:Q", title="Contacts"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=alt.Step(18),
            description=describe(
                f"Bar chart: {title}.",
                f"{partners.height} people, each with the replies, mentions and messages you wrote to them and they "
                "wrote to you."
                if partners.height
                else None,
            ),
        )
    )
    return in_stack_order(chart, "direction", list(theme.DIRECTION_COLOURS))


def dunbar_chart(rings: pl.DataFrame, caveat: str | None = None) -> alt.LayerChart:
    """Community members placed in Dunbar's 5/15/50/150 rings (input: ``audience.dunbar_rings``)."""
    size = int(rings["people"].sum())
    layer_name = {5: "closest 5", 15: "next 10 (to 15)", 50: "next 35 (to 50)", 150: "next 100 (to 150)"}
    data = rings.drop_nulls("ring").with_columns(
        ring_label=pl.col("ring").replace_strict(layer_name, return_dtype=pl.String),
        filled=pl.col("people") / pl.col("capacity"),
    )
    title = f"Your community of {size:,} fills {min(size, DUNBAR_RINGS[-1]) / DUNBAR_RINGS[-1]:.0%} of Dunbar's ~150 active network"
    order = [layer_name[r] for r in DUNBAR_RINGS]
    base = alt.Chart(plain_frame(data)).encode(alt.Y("ring_label:N").title("Ring").sort(order))
    capacity = base.mark_bar(color=theme.MUTED, opacity=0.35).encode(
        alt.X("capacity:Q").title("People").axis(count_axis()),
        tooltip=[alt.Tooltip("ring_label:N", title="Ring"), alt.Tooltip("capacity:Q", title="Room in this ring")],
    )
    people = base.mark_bar(color=theme.TIER_COLOURS["core"]).encode(
        alt.X("people:Q"),
        tooltip=[
            alt.Tooltip("ring_label:N", title="Ring"),
            alt.Tooltip("people:Q", title="Your members in it"),
            alt.Tooltip("capacity:Q", title="Room in this ring"),
            alt.Tooltip("filled:Q", title="Filled", format=".0%"),
        ],
    )
    return alt.layer(capacity, people).properties(
        title=alt.Title(
            title,
            subtitle=subtitle(
                "Members ranked by days of contact; grey shows each ring's usual size (Dunbar's 5 / 15 / 50 / 150).",
                caveat,
            ),
        ),
        width=CHART_WIDTH,
        height=160,
        description=describe(
            f"Bar chart: {title}.",
            "; ".join(
                f"{r}: {int(p)} of {int(c)}" for r, p, c in data.select("ring_label", "people", "capacity").iter_rows()
            ),
        ),
    )


def tiers_by_platform_chart(breakdown: pl.DataFrame) -> alt.Chart:
    """People per tier on each platform (input: ``audience.tier_breakdown_by_platform``)."""
    order = platform_order(breakdown["platform"])
    breakdown = with_platform_label(breakdown)
    community = (
        breakdown.filter(pl.col("group") == "community")
        .group_by("platform")
        .agg(pl.col("people").sum())
        .sort("people", descending=True)
    )
    title = (
        f"Most of your community is on {community['platform'][0]} ({community['people'][0]:,} members)"
        if community.height and community["people"][0]
        else "No two-way community on any platform yet"
    )
    chart = (
        alt.Chart(
            plain_frame(breakdown),
            title=alt.Title(
                title,
                subtitle=[
                    "People per tier on each platform. People stay per platform unless a links file ties their accounts."
                ],
            ),
        )
        .mark_bar()
        .encode(
            alt.Y("tier:N").title(None).sort(list(TIERS)),
            counted(alt.X("people:Q").title("People").stack("zero"), _largest_tier(breakdown, ("platform", "tier"))),
            alt.Color("tier:N").scale(colour_scale(theme.TIER_COLOURS, TIERS)).legend(None),
            evidence_opacity(),
            alt.Facet("platform:N").title(None).sort(order).columns(3),
            tooltip=[
                alt.Tooltip("platform:N", title="Platform"),
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("evidence:N", title="Evidence"),
                alt.Tooltip("people:Q", title="People"),
            ],
        )
        .properties(
            width=220,
            height=160,
            description=describe(
                f"Bar charts, one per platform: {title}.",
                "; ".join(f"{p}: {int(n):,} members" for p, n in community.select("platform", "people").iter_rows()),
            ),
        )
    )
    return in_stack_order(chart, "evidence", list(theme.EVIDENCE_OPACITY))
