"""What every chart shares: its width, subtitles wrapped for SVG, colour scales from the theme, and frames
made plain for Vega-Lite."""

from __future__ import annotations

import textwrap

import altair as alt
import polars as pl

from helpers.charts import theme
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
