"""The cohort's figures aggregated for its charts: histograms of shares, community sizes by Dunbar's
layers, members against followers. Every chart reads one of these small frames, never raw rows.

>>> share_histogram(pl.DataFrame({"conversation_share": [0.05, 0.12, 0.18, None]}), "conversation_share", 0.1)["exports"].to_list()[:3]
[1, 2, 0]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import polars as pl

from helpers.metrics.audience import DUNBAR_RINGS

SHARE_BIN = 0.05


def share_histogram(exports: pl.DataFrame, column: str, width: float = SHARE_BIN) -> pl.DataFrame:
    """Exports per bin of a 0-1 share (``bin_start``, ``bin_end``, ``exports``), empty bins included; the
    last bin holds 1.0. Exports whose export cannot show the share are left out."""
    n_bins = round(1 / width)
    counts = (
        exports.select(pl.col(column).cast(pl.Float64))
        .drop_nulls()
        .select(b=(pl.col(column) / width).floor().clip(0, n_bins - 1).cast(pl.Int64))
        .group_by("b")
        .len("exports")
    )
    return (
        pl.DataFrame({"b": range(n_bins)}, schema={"b": pl.Int64})
        .join(counts, on="b", how="left")
        .select(
            bin_start=(pl.col("b") * width).round(6),
            bin_end=((pl.col("b") + 1) * width).round(6),
            exports=pl.col("exports").fill_null(0).cast(pl.Int64),
        )
    )


def band_labels(rings: Sequence[int] = DUNBAR_RINGS) -> list[str]:
    """The bands of community size: none, 1-5, 6-15, 16-50, 51-150, over 150."""
    return [
        "none",
        f"1-{rings[0]}",
        *(f"{lo + 1}-{hi}" for lo, hi in pairwise(rings)),
        f"over {rings[-1]}",
    ]


def size_band(size: int | None, rings: Sequence[int] = DUNBAR_RINGS) -> str | None:
    """The band of one community size (None stays None).

    >>> size_band(0), size_band(12), size_band(151)
    ('none', '6-15', 'over 150')
    """
    if size is None:
        return None
    labels = band_labels(rings)
    if size == 0:
        return labels[0]
    return next((label for label, upper in zip(labels[1:], rings, strict=False) if size <= upper), labels[-1])


def community_size_bands(exports: pl.DataFrame, rings: Sequence[int] = DUNBAR_RINGS) -> pl.DataFrame:
    """Exports per band of community size, the bands being Dunbar's layers (``band``, ``upper``, ``exports``):
    none, up to 5, 6-15, 16-50, 51-150, over 150."""
    labels = band_labels(rings)
    uppers = [0, *rings, None]
    counts = (
        exports.select("community_size")
        .drop_nulls()
        # The band's index is how many of 0, 5, 15, 50, 150 the size exceeds: (-inf, 0], (0, 5], ... (150, inf).
        .select(
            band=pl.sum_horizontal([pl.col("community_size") > edge for edge in (0, *rings)]).replace_strict(
                dict(enumerate(labels)), return_dtype=pl.String
            )
        )
        .group_by("band")
        .len("exports")
    )
    return (
        pl.DataFrame({"band": labels, "upper": uppers}, schema={"band": pl.String, "upper": pl.Int64})
        .join(counts, on="band", how="left")
        .with_columns(pl.col("exports").fill_null(0).cast(pl.Int64))
    )


def members_and_followers(exports: pl.DataFrame, group: str | None = None) -> pl.DataFrame:
    """One point per export that can show both: followers, community members and the members per 100
    followers (``platform`` and ``group`` for colour and tooltip)."""
    return (
        exports.select(
            "export_id",
            "platforms",
            followers="people_followers",
            members="community_size",
            group=pl.col(group).cast(pl.String) if group else pl.lit(None, pl.String),
        )
        .drop_nulls(["followers", "members"])
        .with_columns(
            per_100=pl.when(pl.col("followers") > 0).then(100 * pl.col("members") / pl.col("followers")),
        )
    )
