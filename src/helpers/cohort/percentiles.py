"""A cohort's distributions: percentiles of every figure for the whole cohort and each label's groups,
and where one account sits among them.

Percentiles interpolate linearly between the two nearest ranks (Hyndman and Fan's type 7, the default
of R's ``quantile``, NumPy and polars); an export whose figure is null (its export cannot show it) is
left out of that figure, and ``n`` says how many are in. An account's position is its mid-rank
percentile: the share of the cohort below it plus half of the share equal to it, times 100.

>>> frame = pl.DataFrame({"conversation_share": [0.1, 0.2, 0.3, 0.4, None]})
>>> cohort_percentiles(frame, ["conversation_share"])["p50"].to_list()
[0.25]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import polars as pl

LEVELS = (5, 10, 25, 50, 75, 90, 95)
METHOD = "linear interpolation between the nearest ranks (Hyndman and Fan type 7)"
ALL = "all"
PERCENTILES_SCHEMA = pl.Schema(
    {
        "scope": pl.String,  # "all", or the label column the groups come from
        "group": pl.String,  # "all", or the label's value
        "figure": pl.String,
        "n": pl.UInt32,  # exports whose figure is known
        "missing": pl.UInt32,  # exports whose export cannot show it
        "mean": pl.Float64,
        **{f"p{level:02d}": pl.Float64 for level in LEVELS},
    }
)


def _describe(frame: pl.DataFrame, figures: Sequence[str], by: str | None) -> pl.DataFrame:
    long = frame.select(
        pl.lit(ALL).alias("group") if by is None else pl.col(by).cast(pl.String).fill_null("(none)").alias("group"),
        *[pl.col(f).cast(pl.Float64) for f in figures],
    ).unpivot(index="group", variable_name="figure", value_name="value")
    value = pl.col("value")
    return (
        long.group_by("group", "figure", maintain_order=True)
        .agg(
            n=value.count().cast(pl.UInt32),
            missing=value.null_count().cast(pl.UInt32),
            mean=value.mean(),
            **{f"p{level:02d}": value.quantile(level / 100, interpolation="linear") for level in LEVELS},
        )
        .select(pl.lit(by or ALL).alias("scope"), pl.all())
    )


def cohort_percentiles(frame: pl.DataFrame, figures: Sequence[str], labels: Sequence[str] = ()) -> pl.DataFrame:
    """Per figure: n, missing, mean and the percentiles ``LEVELS``, for the cohort and each label's groups."""
    if frame.height == 0 or not figures:
        return pl.DataFrame(schema=PERCENTILES_SCHEMA)
    parts = [_describe(frame, figures, None), *(_describe(frame, figures, label) for label in labels)]
    return pl.concat(parts).cast(dict(PERCENTILES_SCHEMA)).sort("scope", "group", maintain_order=True)  # type: ignore[arg-type]


def percentile_ranks(frame: pl.DataFrame, values: Mapping[str, float | int | None]) -> pl.DataFrame:
    """Where one account sits: for each figure, its value, the cohort's n and the mid-rank percentile.

    >>> percentile_ranks(pl.DataFrame({"x": [1, 2, 3, 4]}), {"x": 3})["percentile"].to_list()
    [62.5]
    """
    rows = []
    for figure, value in values.items():
        column = frame.get_column(figure).drop_nulls().cast(pl.Float64) if figure in frame.columns else pl.Series([])
        n = column.len()
        if value is None or n == 0:
            rows.append(
                {"figure": figure, "value": None if value is None else float(value), "n": n, "percentile": None}
            )
            continue
        below = int((column < value).sum())
        equal = int((column == value).sum())
        rows.append({"figure": figure, "value": float(value), "n": n, "percentile": 100 * (below + equal / 2) / n})
    return pl.DataFrame(
        rows, schema={"figure": pl.String, "value": pl.Float64, "n": pl.Int64, "percentile": pl.Float64}
    )
