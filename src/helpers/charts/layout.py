"""What every chart shares: its width, subtitles wrapped for SVG, colour scales from the theme, and frames
made plain for Vega-Lite."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.model import PLATFORM_LABELS, PLATFORMS, platform_label
from helpers.safe_text import CONTROL_PATTERN

theme.enable()

CHART_WIDTH = 640


def plain_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Enums to strings, times to naive UTC, control characters out of text (an ESC in a handle aborts the SVG
    converter): what Vega-Lite reads without surprises."""
    return frame.with_columns(
        [pl.col(c).cast(pl.String) for c, t in frame.schema.items() if isinstance(t, (pl.Enum, pl.Categorical))]
        + [pl.col(c).str.replace_all(CONTROL_PATTERN, "") for c, t in frame.schema.items() if t == pl.String]
        + [
            pl.col(c).dt.replace_time_zone(None)
            for c, t in frame.schema.items()
            if isinstance(t, pl.Datetime) and t.time_zone
        ]
    )


SUBTITLE_WIDTH = 110  # characters per subtitle line: SVG text does not wrap by itself


def subtitle(*lines: str | None) -> list[str]:
    return [part for ln in lines if ln for part in textwrap.wrap(ln, SUBTITLE_WIDTH)]


def colour_scale(colours: dict[str, str], domain=None) -> alt.Scale:
    domain = list(domain or colours)
    return alt.Scale(domain=domain, range=[colours[d] for d in domain])


MONTH_LABEL = "%b %Y"


def with_month_label(frame: pl.DataFrame, col: str = "month", label: str = "month_label") -> pl.DataFrame:
    """``frame`` with ``label`` holding its month as "Oct 2026": months are drawn as bands, one per month,
    with the label centred under its bar (a time axis puts "Nov" on the edge where October's bar ends)."""
    return frame.with_columns(pl.col(col).dt.strftime(MONTH_LABEL).alias(label))


def month_domain(*frames: pl.DataFrame, col: str = "month") -> list[str]:
    """Every month from the first to the last in ``frames``, as labels: months without data keep their place."""
    dated = [f.select(pl.col(col).dt.replace_time_zone(None).dt.date()).drop_nulls() for f in frames if f.height]
    months = pl.concat(dated) if dated else pl.DataFrame()
    if not months.height:
        return []
    span = months.select(first=pl.col(col).min().dt.month_start(), last=pl.col(col).max().dt.month_start())
    every = span.select(pl.date_ranges("first", "last", interval="1mo").alias("m")).explode("m").to_series()
    return every.dt.strftime(MONTH_LABEL).to_list()


def month_x(domain: list[str], title: str = "Month", label: str = "month_label") -> alt.X:
    """The month axis: one band per month in ``domain``, labels thinned where they would overlap."""
    return (
        alt.X(f"{label}:O")
        .title(title)
        .scale(domain=domain)
        .sort(domain)
        .axis(labelAngle=0, labelOverlap="parity", labelSeparation=6)
    )


def headroom(top: float) -> float:
    """The top of a count axis: room above the tallest bar (about a tenth, at least one)."""
    return max(top * 1.12, top + 1, 1)


def count_scale(top: float) -> alt.Scale:
    if headroom(top) <= SMALL_COUNT:  # whole-number ends, matching count_axis(top)'s ticks
        return alt.Scale(domain=[0, math.ceil(headroom(top))], nice=False)
    return alt.Scale(domain=[0, headroom(top)], nice=True)


SMALL_COUNT = 10  # up to this top, ticks are given one by one: Vega's tickMinStep still draws half steps


def count_axis(top: float | None = None) -> alt.Axis:
    """Counts are whole: integer ticks only, with thousands separated (for a small ``top``, every whole
    number up to the axis' end, as ``count_scale(top)`` draws it)."""
    if top is not None and headroom(top) <= SMALL_COUNT:
        return alt.Axis(tickMinStep=1, format=",d", values=list(range(math.ceil(headroom(top)) + 1)))
    return alt.Axis(tickMinStep=1, format=",d")


def describe(*parts: str | None) -> str:
    """A chart's text description for screen readers (Vega-Lite's ``description`` becomes the SVG's aria-label)."""
    return " ".join(p.strip() for p in parts if p)


def platform_order(platforms: pl.Series) -> list[str]:
    """The platforms present, in the one order every chart and table uses (the model's), as labels."""
    present = set(platforms.unique().to_list())
    return [platform_label(p) for p in [p for p in PLATFORMS if p in present] + sorted(present - set(PLATFORMS))]


def with_platform_label(frame: pl.DataFrame, col: str = "platform") -> pl.DataFrame:
    """``frame`` with its platform names replaced by how people call them ("X (Twitter)", "LinkedIn")."""
    return frame.with_columns(pl.col(col).replace_strict(PLATFORM_LABELS, default=pl.col(col), return_dtype=pl.String))


def largest(values: pl.Series) -> float:
    """The largest number in ``values``, 0 for none: the top of a count axis."""
    top = values.max() if values.len() else None
    return float(top) if isinstance(top, (int, float)) else 0.0


TITLE_WIDTH = 72  # characters per title line at the theme's 16 px: a title never runs past its chart


def fit_spec(spec: dict) -> dict:
    """The Vega-Lite spec with every title wrapped into lines that fit the chart (SVG text does not wrap by
    itself); applied wherever a chart is drawn (the page renderer, the report's SVG)."""

    def fit(node: object) -> object:
        if isinstance(node, dict):
            out = {k: fit(v) for k, v in node.items()}
            title = out.get("title")
            if isinstance(title, str) and len(title) > TITLE_WIDTH:
                out["title"] = textwrap.wrap(title, TITLE_WIDTH)
            elif isinstance(title, dict) and isinstance(title.get("text"), str) and len(title["text"]) > TITLE_WIDTH:
                out["title"] = {**title, "text": textwrap.wrap(title["text"], TITLE_WIDTH)}
            return out
        if isinstance(node, list):
            return [fit(v) for v in node]
        return node

    fitted = fit(spec)
    assert isinstance(fitted, dict)
    return fitted


def counted(channel, top: float):
    """A channel that counts: room above ``top`` and whole-number ticks (``count_scale`` and ``count_axis``)."""
    return channel.scale(count_scale(top)).axis(count_axis(top))


def in_stack_order(chart: alt.Chart, field: str, order: Sequence[str]) -> alt.Chart:
    """``chart`` with its stacks in ``order`` of ``field`` (voice, tiers, evidence, direction): one stack order
    on every chart, whatever order the rows come in."""
    rank = f"{field}_order"
    return chart.encode(alt.Order(f"{rank}:Q")).transform_calculate(
        **{rank: f"indexof({list(order)!r}, datum.{field})"}
    )
