"""Cohort charts: how many exports (participants, client accounts) sit where, against published
reference figures, groups side by side, and where one account sits.

Each builder takes a frame already aggregated by ``helpers.cohort.distributions`` or
``helpers.cohort.percentiles`` and returns a chart whose title says what the reader learns.
"""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.charts.layout import CHART_WIDTH, count_axis, counted, largest, plain_frame, subtitle
from helpers.metrics.audience import DUNBAR_RINGS

YOU = theme.COHORT_COLOURS["this account"]
BARS = theme.COHORT_COLOURS["cohort"]


def exports_count(n: int) -> str:
    """``1 export``, ``3 exports``."""
    return f"{n:,} export{'s' if n != 1 else ''}"


def number(value: float) -> str:
    """A figure as a title says it: whole numbers without decimals, others with one.

    >>> number(24.0), number(1480.0), number(2.5)
    ('24', '1,480', '2.5')
    """
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def symlog_ticks(top: float) -> list[int]:
    """Tick values of a symlog axis up to ``top``: 0, 1, 2, 5, 10, 20, 50, ... (powers of ten alone past a
    thousand), so labels keep apart where Vega's own ticks crowd at the top of each decade.

    >>> symlog_ticks(150), symlog_ticks(40_000)
    ([0, 1, 2, 5, 10, 20, 50, 100, 200], [0, 1, 10, 100, 1000, 10000, 100000])
    """
    steps = (1, 2, 5) if top <= 1000 else (1,)
    ticks, decade = [0], 1
    while not ticks[-1] >= top:
        ticks += [decade * s for s in steps]
        decade *= 10
    end = next(i for i, t in enumerate(ticks) if t >= top)
    return ticks[: end + 1]


def _you_rule(value: float | None, field: str) -> list[alt.Chart]:
    if value is None:
        return []
    frame = pl.DataFrame({field: [value], "who": ["this account"]})
    return [
        alt.Chart(frame)
        .mark_rule(color=YOU, strokeWidth=2)
        .encode(alt.X(f"{field}:Q"), tooltip=[alt.Tooltip("who:N", title=""), alt.Tooltip(f"{field}:Q", title="Value")])
    ]


def _median(histogram: pl.DataFrame) -> float | None:
    """The bin holding the middle export: its upper edge (the chart's bins are what the title can claim)."""
    total = int(histogram["exports"].sum())
    if not total:
        return None
    cumulative = histogram.with_columns(c=pl.col("exports").cum_sum())
    return float(cumulative.filter(pl.col("c") >= total / 2)["bin_end"][0])


def share_distribution_chart(
    histogram: pl.DataFrame,
    what: str,
    references: pl.DataFrame | None = None,
    you: float | None = None,
    caveat: str | None = None,
) -> alt.LayerChart:
    """Exports per bin of a 0-1 share (input: ``distributions.share_histogram``), with published reference
    lines and bands (``benchmarks.conversation_benchmarks``) and the account placed, when given."""
    total = int(histogram["exports"].sum())
    middle = _median(histogram)
    title = (
        f"Half of the {exports_count(total)} have a {what} of at most {middle:.0%}"
        if middle is not None
        else f"No export in this cohort can show its {what}"
    )
    # Pre-binned: bars stand on the x axis from bin_start to bin_end (x and x2 alone would draw them lying
    # down, as ranges at the height of their count).
    bars = (
        alt.Chart(plain_frame(histogram))
        .mark_bar(color=BARS, opacity=0.85, binSpacing=1)
        .encode(
            alt.X("bin_start:Q", bin="binned")
            .title(what.capitalize())
            .axis(format=".0%", values=[i / 10 for i in range(11)])
            .scale(domain=[0, 1]),
            alt.X2("bin_end:Q"),
            counted(alt.Y("exports:Q").title("Exports"), largest(histogram["exports"])),
            tooltip=[
                alt.Tooltip("bin_start:Q", title="From", format=".0%"),
                alt.Tooltip("bin_end:Q", title="To", format=".0%"),
                alt.Tooltip("exports:Q", title="Exports"),
            ],
        )
    )
    layers: list[alt.Chart] = []
    notes = [f"Exports by {what}, in steps of {float(histogram['bin_end'][0]):.0%}."]
    if references is not None and references.height:
        refs = plain_frame(references)
        tooltip = [alt.Tooltip("label:N", title="Reference"), alt.Tooltip("source:N", title="Source")]
        layers += [
            alt.Chart(refs)
            .transform_filter(alt.datum.kind == "band")
            .mark_rect(color=theme.MUTED, opacity=0.25)
            .encode(alt.X("low:Q"), alt.X2("high:Q"), tooltip=tooltip),
            alt.Chart(refs)
            .transform_filter(alt.datum.kind == "line")
            .mark_rule(color=theme.REFERENCE, strokeDash=[4, 3])
            .encode(alt.X("value:Q"), tooltip=tooltip),
        ]
        notes.append("Grey band and dashed lines: published figures (hover for the source).")
    if you is not None:
        notes.append(f"Orange line: this account ({you:.0%}).")
    return alt.layer(*layers, bars, *_you_rule(you, "bin_start")).properties(
        title=alt.Title(title, subtitle=subtitle(notes[0], caveat, *notes[1:])), width=CHART_WIDTH, height=220
    )


def community_size_chart(bands: pl.DataFrame, you: str | None = None) -> alt.Chart:
    """Exports per band of community size, the bands being Dunbar's layers (input:
    ``distributions.community_size_bands``); the account's band (``distributions.size_band``) in orange."""
    total = int(bands["exports"].sum())
    within = int(bands.filter(pl.col("upper").is_not_null())["exports"].sum())
    title = (
        f"{within / total:.0%} of the {exports_count(total)} keep a community within Dunbar's ~{DUNBAR_RINGS[-1]}"
        if total
        else "No export in this cohort can show its community"
    )
    order = bands["band"].to_list()
    return (
        alt.Chart(
            plain_frame(bands.with_columns(this=pl.col("band") == (you or ""))),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "Exports by community size (members in two-way contact), banded by Dunbar's layers of 5, 15, 50 "
                    "and 150 relationships.",
                    f"Orange: this account's band ({you})." if you is not None else None,
                ),
            ),
        )
        .mark_bar()
        .encode(
            alt.X("band:N").title("Community members").sort(order).axis(labelAngle=0),
            counted(alt.Y("exports:Q").title("Exports"), largest(bands["exports"])),
            alt.Color("this:N").scale(domain=[False, True], range=[BARS, YOU]).legend(None),
            tooltip=[alt.Tooltip("band:N", title="Members"), alt.Tooltip("exports:Q", title="Exports")],
        )
        .properties(width=CHART_WIDTH, height=220)
    )


def members_vs_followers_chart(
    points: pl.DataFrame, silent_share: float, you: tuple[int, int] | None = None
) -> alt.LayerChart:
    """Community members against followers, one point per export (input:
    ``distributions.members_and_followers``), with the 90-9-1 line (members = the active tenth of the
    followers) and Dunbar's 150; the account in orange, when given."""
    active = 1 - silent_share
    above = int(points.filter(pl.col("members") >= active * pl.col("followers")).height)
    title = (
        f"{above:,} of {exports_count(points.height)} have more members than the 90-9-1 rule's active {active:.0%} of followers"
        if points.height
        else "No export in this cohort shows both followers and members"
    )
    top = max(largest(points["followers"]), float(you[0]) if you is not None else 0.0, 10.0)
    high = max(largest(points["members"]), float(you[1]) if you is not None else 0.0, float(DUNBAR_RINGS[-1]))
    line = pl.DataFrame({"followers": [1.0, top], "members": [active, active * top]})
    grouped = points["group"].drop_nulls().len() > 0
    x_ticks, y_ticks = symlog_ticks(top), symlog_ticks(high)
    dots = (
        alt.Chart(plain_frame(points))
        .mark_circle(size=45, opacity=0.7, color=BARS)
        .encode(
            alt.X("followers:Q")
            .title("Followers")
            .scale(type="symlog", domain=[0, x_ticks[-1]])
            .axis(values=x_ticks, format=",d", labelOverlap="greedy"),
            alt.Y("members:Q")
            .title("Community members")
            .scale(type="symlog", domain=[0, y_ticks[-1]])
            .axis(values=y_ticks, format=",d", labelOverlap="greedy"),
            *([alt.Color("group:N").title("Group")] if grouped else []),
            tooltip=[
                alt.Tooltip("export_id:N", title="Export"),
                alt.Tooltip("platforms:N", title="Platform"),
                alt.Tooltip("followers:Q", title="Followers", format=","),
                alt.Tooltip("members:Q", title="Members", format=","),
                alt.Tooltip("per_100:Q", title="Members per 100 followers", format=".1f"),
                *([alt.Tooltip("group:N", title="Group")] if grouped else []),
            ],
        )
    )
    rule = (
        alt.Chart(line)
        .mark_line(color=theme.REFERENCE, strokeDash=[4, 3])
        .encode(alt.X("followers:Q"), alt.Y("members:Q"), tooltip=[alt.Tooltip("members:Q", title="90-9-1 line")])
    )
    dunbar = (
        alt.Chart(pl.DataFrame({"members": [DUNBAR_RINGS[-1]], "label": ["Dunbar's ~150"]}))
        .mark_rule(color=theme.MUTED, strokeDash=[2, 2])
        .encode(alt.Y("members:Q"), tooltip=[alt.Tooltip("label:N", title="Reference")])
    )
    layers: list[alt.Chart] = [rule, dunbar, dots]
    if you is not None:
        mine = pl.DataFrame({"followers": [you[0]], "members": [you[1]], "who": ["this account"]})
        layers.append(
            alt.Chart(mine)
            .mark_point(shape="diamond", size=160, filled=True, color=YOU)
            .encode(
                alt.X("followers:Q"),
                alt.Y("members:Q"),
                tooltip=[alt.Tooltip("who:N", title=""), alt.Tooltip("members:Q", title="Members")],
            )
        )
    return alt.layer(*layers).properties(
        title=alt.Title(
            title,
            subtitle=subtitle(
                f"Dashed line: members = {active:.0%} of followers, the share the 90-9-1 rule expects to take part "
                f"(Nielsen 2006); dotted: Dunbar's ~{DUNBAR_RINGS[-1]} relationships.",
                "Exports whose download holds no follower list are not drawn." if points.height else None,
            ),
        ),
        width=CHART_WIDTH,
        height=300,
    )


def groups_chart(
    percentiles: pl.DataFrame, figure_label: str, share: bool = False, whole: bool = True
) -> alt.LayerChart:
    """One figure's distribution per group, side by side (input: rows of ``percentiles.cohort_percentiles``
    for one figure and one label): whiskers from the 10th to the 90th percentile, a box from the 25th to
    the 75th, a tick at the median. ``share``: a 0-1 share; else a count (``whole``: whole-number ticks;
    a percentile between two counts keeps its one decimal) or another quantity."""
    rows = percentiles.filter(pl.col("n") > 0).sort("p50", descending=True, nulls_last=True)
    fmt = ".0%" if share else ",.1~f"
    if rows.height:
        lead = rows.row(0, named=True)
        median = f"{lead['p50']:.0%}" if share else number(lead["p50"])
        title = f"{figure_label}: the {lead['group']} group has the highest median ({median})"
    else:
        title = f"{figure_label}: no group's exports can show it"
    order = rows["group"].to_list()
    base = alt.Chart(plain_frame(rows)).encode(alt.Y("group:N").title(None).sort(order))
    tooltip = [
        alt.Tooltip("group:N", title="Group"),
        alt.Tooltip("n:Q", title="Exports"),
        alt.Tooltip("p10:Q", title="10th percentile", format=fmt),
        alt.Tooltip("p25:Q", title="25th percentile", format=fmt),
        alt.Tooltip("p50:Q", title="Median", format=fmt),
        alt.Tooltip("p75:Q", title="75th percentile", format=fmt),
        alt.Tooltip("p90:Q", title="90th percentile", format=fmt),
    ]
    if share:  # the whole 0-100% range, in tens: groups read against the same scale
        axis = alt.Axis(format=fmt, values=[i / 10 for i in range(11)])
    else:
        axis = count_axis() if whole else alt.Axis(format=fmt)
    x = alt.X("p10:Q").title(figure_label).axis(axis)
    whisker = base.mark_rule(color=theme.REFERENCE).encode(
        x.scale(domain=[0, 1]) if share else x, alt.X2("p90:Q"), tooltip=tooltip
    )
    box = base.mark_bar(color=BARS, opacity=0.5, size=14).encode(alt.X("p25:Q"), alt.X2("p75:Q"), tooltip=tooltip)
    median = base.mark_tick(color=theme.INK, thickness=2, size=18).encode(alt.X("p50:Q"), tooltip=tooltip)
    return alt.layer(whisker, box, median).properties(
        title=alt.Title(
            title,
            subtitle=subtitle(
                "Line: 10th to 90th percentile; box: 25th to 75th; tick: median. Each group counts only the exports "
                "that can show the figure (hover for how many)."
            ),
        ),
        width=CHART_WIDTH,
        height=alt.Step(26),
    )


def position_chart(ranks: pl.DataFrame) -> alt.LayerChart:
    """Where one account sits: its percentile in the cohort on each figure (input:
    ``percentiles.percentile_ranks`` with a ``label`` per figure)."""
    shown = ranks.drop_nulls("percentile")
    above = int(shown.filter(pl.col("percentile") > 50).height)
    title = (
        f"This account is above the cohort's median on {above} of {shown.height} figures"
        if shown.height
        else "None of these figures can be compared with the cohort"
    )
    order = ranks["label"].to_list()
    base = alt.Chart(plain_frame(shown)).encode(alt.Y("label:N").title(None).sort(order))
    bars = base.mark_bar(color=YOU, opacity=0.8).encode(
        alt.X("percentile:Q")
        .title("Percentile in the cohort")
        .scale(domain=[0, 100])
        .axis(values=list(range(0, 101, 10))),
        tooltip=[
            alt.Tooltip("label:N", title="Figure"),
            alt.Tooltip("value:Q", title="This account", format=",.4~f"),
            alt.Tooltip("percentile:Q", title="Percentile", format=".0f"),
            alt.Tooltip("n:Q", title="Exports compared"),
        ],
    )
    middle = alt.Chart(pl.DataFrame({"percentile": [50]})).mark_rule(color=theme.INK, strokeDash=[4, 3])
    return alt.layer(bars, middle.encode(alt.X("percentile:Q"))).properties(
        title=alt.Title(
            title,
            subtitle=subtitle(
                "Share of the cohort's exports below this account (ties count half); dashed: the median.",
                "Figures this account's export cannot show, or no export of the cohort can, are left out.",
            ),
        ),
        width=CHART_WIDTH,
        height=alt.Step(22),
    )
