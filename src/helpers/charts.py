"""Altair chart builders. Each takes frames already aggregated by the metrics modules and returns a chart.

Titles say what the reader learns; subtitles say how to read the chart and, where the export lacks a
signal the chart needs, what is missing (``caveat``).
"""

from __future__ import annotations

import json
import re
import textwrap
import uuid
from functools import cache

import altair as alt
import polars as pl
import vl_convert as vlc

from helpers import theme
from helpers.audience import DUNBAR_RINGS
from helpers.model import MODES, TIERS

theme.enable()

CHART_WIDTH = 640


def _plain(frame: pl.DataFrame) -> pl.DataFrame:
    """Enums to strings, times to naive UTC: what Vega-Lite reads without surprises."""
    return frame.with_columns(
        [pl.col(c).cast(pl.String) for c, t in frame.schema.items() if isinstance(t, (pl.Enum, pl.Categorical))]
        + [pl.col(c).dt.replace_time_zone(None) for c, t in frame.schema.items() if isinstance(t, pl.Datetime) and t.time_zone]
    )


SUBTITLE_WIDTH = 110  # characters per subtitle line: SVG text does not wrap by itself


def _subtitle(*lines: str | None) -> list[str]:
    return [part for ln in lines if ln for part in textwrap.wrap(ln, SUBTITLE_WIDTH)]


def _scale(colours: dict[str, str], domain=None) -> alt.Scale:
    domain = list(domain or colours)
    return alt.Scale(domain=domain, range=[colours[d] for d in domain])


def voice_balance_chart(monthly: pl.DataFrame, caveat: str | None = None) -> alt.Chart:
    """Posts per month stacked by voice mode (input: ``voice.monthly_voice``)."""
    total = int(monthly["posts"].sum()) if monthly.height else 0
    conv = int(monthly.filter(pl.col("mode") == "conversation")["posts"].sum()) if total else 0
    title = (
        f"You converse in {conv / total:.0%} of your posts" if total else "No posts in this export to balance"
    )
    return (
        alt.Chart(_plain(monthly), title=alt.Title(title, subtitle=_subtitle(
            "Posts per month: broadcasting to everyone, conversing with someone, amplifying others.", caveat)))
        .mark_bar()
        .encode(
            alt.X("month:T").title("Month").timeUnit("yearmonth"),
            alt.Y("posts:Q").title("Posts").stack("zero"),
            alt.Color("mode:N").title("Voice").scale(_scale(theme.MODE_COLOURS, MODES)),
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


def conversation_share_chart(monthly_share: pl.DataFrame, benchmarks: pl.DataFrame, caveat: str | None = None) -> alt.LayerChart:
    """Conversation share per month against published reference figures (inputs:
    ``voice.monthly_conversation_share``, ``benchmarks.conversation_benchmarks``)."""
    data = _plain(monthly_share)
    measured = monthly_share.drop_nulls("share")
    brand = benchmarks.filter(pl.col("id") == "brands_2015")
    high = float(brand["value"][0]) if brand.height else 0.2
    if measured.height:
        overall = int(measured["conversation"].sum()) / int(measured["posts"].sum())
        relation = "above" if overall > high * 1.25 else "below" if overall < high * 0.75 else "about"
        title = f"At {overall:.0%}, your conversation share is {relation} the brand figure of {high:.0%}"
    else:
        title = "No posts: the conversation share cannot be measured"
    refs = _plain(benchmarks)
    band = (
        alt.Chart(refs).transform_filter(alt.datum.kind == "band")
        .mark_rect(color=theme.MUTED, opacity=0.25)
        .encode(alt.Y("low:Q"), alt.Y2("high:Q"),
                tooltip=[alt.Tooltip("label:N", title="Reference"), alt.Tooltip("source:N", title="Source")])
    )
    lines = (
        alt.Chart(refs).transform_filter(alt.datum.kind == "line")
        .mark_rule(color="#777777", strokeDash=[4, 3])
        .encode(alt.Y("value:Q"),
                tooltip=[alt.Tooltip("label:N", title="Reference"), alt.Tooltip("source:N", title="Source")])
    )
    labels = (
        alt.Chart(refs).transform_filter(alt.datum.kind == "line").mark_text(align="left", dx=4, dy=-6, fontSize=10, color="#555555")
        .encode(alt.Y("value:Q"), alt.X(value=0), alt.Text("label:N"))
    )
    line = alt.Chart(data).mark_line(point=True, color=theme.MODE_COLOURS["conversation"]).encode(
        alt.X("month:T").title("Month").timeUnit("yearmonth"),
        alt.Y("share:Q").title("Conversation share").axis(format=".0%").scale(domain=[0, 1]),
        tooltip=[
            alt.Tooltip("month:T", title="Month", format="%B %Y"),
            alt.Tooltip("share:Q", title="Conversation share", format=".0%"),
            alt.Tooltip("conversation:Q", title="Conversation posts"),
            alt.Tooltip("posts:Q", title="All posts"),
        ],
    )
    return alt.layer(band, lines, labels, line).properties(
        title=alt.Title(title, subtitle=_subtitle(
            "Share of each month's posts that reply to, comment on or mention someone.",
            "Grey band and dashed lines: published figures (hover for the source).", caveat)),
        width=CHART_WIDTH, height=240,
    )


def audience_chart(breakdown: pl.DataFrame, followers_known: bool = True, caveat: str | None = None) -> alt.Chart:
    """People per audience tier, inferred members shown paler (input: ``audience.tier_breakdown``)."""
    community = int(breakdown.filter(pl.col("group") == "community")["people"].sum())
    followers = int(breakdown.filter(pl.col("tier") == "follower")["people"].sum())
    everyone = int(breakdown["people"].sum())
    follow_part = f"{followers:,} only follow" if followers_known else "followers are not in this export"
    title = (
        f"{community:,} of the {everyone:,} people around you are community members; {follow_part}"
        if everyone else "Nobody around this account shows up in the export"
    )
    return (
        alt.Chart(_plain(breakdown), title=alt.Title(title, subtitle=_subtitle(
            "Members talk with you both ways; followers only watch. Paler bars: members inferred, not observed.", caveat)))
        .mark_bar()
        .encode(
            alt.Y("tier:N").title(None).sort(list(TIERS)),
            alt.X("people:Q").title("People").stack("zero"),
            alt.Color("tier:N").scale(_scale(theme.TIER_COLOURS, TIERS)).legend(None),
            alt.Opacity("evidence:N").title("Evidence").scale(
                domain=list(theme.EVIDENCE_OPACITY), range=list(theme.EVIDENCE_OPACITY.values())),
            tooltip=[
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("evidence:N", title="Evidence"),
                alt.Tooltip("people:Q", title="People"),
                alt.Tooltip("group:N", title="Group"),
            ],
        )
        .properties(width=CHART_WIDTH, height=200)
    )


def top_partners_chart(partners: pl.DataFrame, caveat: str | None = None) -> alt.Chart:
    """The people with the most directed contact, split by direction (input: ``audience.top_partners``)."""
    long = partners.unpivot(
        index=["name", "tier", "total"], on=["out_directed", "in_directed"], variable_name="direction", value_name="contacts"
    ).with_columns(
        direction=pl.col("direction").replace_strict({"out_directed": "you wrote to them", "in_directed": "they wrote to you"})
    )
    names = partners["name"].to_list()
    title = (
        f"You talk most with {', '.join(names[:3])}" if names else "No directed contact with anyone in this export"
    )
    return (
        alt.Chart(_plain(long), title=alt.Title(title, subtitle=_subtitle(
            "Replies, mentions, quotes and messages, in each direction.", caveat)))
        .mark_bar()
        .encode(
            alt.Y("name:N").title(None).sort(names),
            alt.X("contacts:Q").title("Directed contacts").stack("zero"),
            alt.Color("direction:N").title(None).scale(_scale(theme.DIRECTION_COLOURS)),
            tooltip=[
                alt.Tooltip("name:N", title="Person"),
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("direction:N", title="Direction"),
                alt.Tooltip("contacts:Q", title="Contacts"),
            ],
        )
        .properties(width=CHART_WIDTH, height=alt.Step(18))
    )


def dunbar_chart(rings: pl.DataFrame, caveat: str | None = None) -> alt.LayerChart:
    """Community members placed in Dunbar's 5/15/50/150 rings (input: ``audience.dunbar_rings``)."""
    size = int(rings["people"].sum())
    layer_name = {5: "closest 5", 15: "next 10 (to 15)", 50: "next 35 (to 50)", 150: "next 100 (to 150)"}
    data = rings.drop_nulls("ring").with_columns(
        ring_label=pl.col("ring").replace_strict(layer_name, return_dtype=pl.String),
        filled=pl.col("people") / pl.col("capacity"),
    )
    title = (
        f"Your community of {size:,} fills {min(size, DUNBAR_RINGS[-1]) / DUNBAR_RINGS[-1]:.0%} of Dunbar's ~150 active network"
    )
    order = [layer_name[r] for r in DUNBAR_RINGS]
    base = alt.Chart(_plain(data)).encode(alt.Y("ring_label:N").title("Ring").sort(order))
    capacity = base.mark_bar(color=theme.MUTED, opacity=0.35).encode(
        alt.X("capacity:Q").title("People"),
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
        title=alt.Title(title, subtitle=_subtitle(
            "Members ranked by days of contact; grey shows each ring's usual size (Dunbar's 5 / 15 / 50 / 150).", caveat)),
        width=CHART_WIDTH, height=160,
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
        if lead.height else "No posts on any platform"
    )
    return (
        alt.Chart(_plain(monthly), title=alt.Title(title, subtitle=["Posts per month by voice, one row per platform."]))
        .mark_bar()
        .encode(
            alt.X("month:T").title("Month").timeUnit("yearmonth"),
            alt.Y("posts:Q").title("Posts"),
            alt.Color("mode:N").title("Voice").scale(_scale(theme.MODE_COLOURS, MODES)),
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


def tiers_by_platform_chart(breakdown: pl.DataFrame) -> alt.Chart:
    """People per tier on each platform (input: ``audience.tier_breakdown_by_platform``)."""
    community = (
        breakdown.filter(pl.col("group") == "community").group_by("platform").agg(pl.col("people").sum())
        .sort("people", descending=True)
    )
    title = (
        f"Most of your community is on {community['platform'][0]} ({community['people'][0]:,} members)"
        if community.height and community["people"][0] else "No two-way community on any platform yet"
    )
    return (
        alt.Chart(_plain(breakdown), title=alt.Title(title, subtitle=[
            "People per tier on each platform. People stay per platform unless a links file ties their accounts."]))
        .mark_bar()
        .encode(
            alt.Y("tier:N").title(None).sort(list(TIERS)),
            alt.X("people:Q").title("People"),
            alt.Color("tier:N").scale(_scale(theme.TIER_COLOURS, TIERS)).legend(None),
            alt.Opacity("evidence:N").title("Evidence").scale(
                domain=list(theme.EVIDENCE_OPACITY), range=list(theme.EVIDENCE_OPACITY.values())),
            alt.Column("platform:N").title(None),
            tooltip=[
                alt.Tooltip("platform:N", title="Platform"),
                alt.Tooltip("tier:N", title="Tier"),
                alt.Tooltip("evidence:N", title="Evidence"),
                alt.Tooltip("people:Q", title="People"),
            ],
        )
        .properties(width=220, height=160)
    )


RENDERER = "community_lens_offline"


@cache
def _vega_bundle() -> str:
    # Vega, Vega-Lite and Vega-Embed as shipped inside vl-convert (no network). Wrapped in a block so its
    # top-level declarations cannot collide when the page meets it twice; "</" escaped for the HTML parser.
    bundle = re.sub(r"</(script)", r"<\\/\1", vlc.javascript_bundle(), flags=re.IGNORECASE)
    return "if(!window.vegaEmbed){" + bundle + "}"


def _render(spec: dict, **_metadata) -> dict:
    """A chart as a div and a small script that draws it as SVG once the bundle has loaded."""
    target = f"cl-chart-{uuid.uuid4().hex[:12]}"
    spec_json = json.dumps(spec).replace("</", "<\\/")
    script = (
        "(function(){var spec=" + spec_json + ";var tries=0;function draw(){"
        f"if(window.vegaEmbed){{window.vegaEmbed('#{target}',spec,{{actions:false,renderer:'svg'}});}}"
        "else if(tries++<600){setTimeout(draw,50);}}draw();})();"
    )
    return {"text/html": f'<div id="{target}" class="cl-chart"></div><script>{script}</script>'}


alt.renderers.register(RENDERER, _render)


def use_offline_renderer() -> str:
    """Draw charts offline: the Vega bundle from vl-convert goes into the page once, then each chart is a
    few kilobytes of spec (aggregated data only). Works in JupyterLab and in Voila, with tooltips."""
    from IPython.display import HTML, display

    alt.renderers.enable(RENDERER)
    display(HTML(f"<script>{_vega_bundle()}</script>"))
    return RENDERER
