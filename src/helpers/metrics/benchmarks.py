"""Published reference figures (one data file, data/benchmarks.json), each with its source."""

from __future__ import annotations

import json
from functools import cache

import polars as pl

from helpers.paths import BENCHMARKS_FILE


@cache
def _load() -> dict:
    return json.loads(BENCHMARKS_FILE.read_text())


def conversation_benchmarks() -> pl.DataFrame:
    """Reference bands and lines for the conversation share: id, kind, label, low, high, value, source."""
    return pl.DataFrame(_load()["conversation_share"])


def silent_audience_share() -> dict:
    """The 90-9-1 rule: the share of an audience that typically never interacts, with its source."""
    return next(b for b in _load()["audience"] if b["id"] == "rule_90_9_1")


def brand_conversation_share() -> float:
    """The brand baseline (Sprout Social Index 2015): about one reply per four posts."""
    return float(conversation_benchmarks().filter(pl.col("id") == "brands_2015")["value"][0])
