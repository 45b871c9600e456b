"""Reply closure and concentration: does contact come back, and how few people carry it?"""

from __future__ import annotations

from typing import cast

import polars as pl

from helpers.model import DIRECTED_CHANNELS, Coverage

CONCENTRATION_SHARE = 0.5  # "the fewest people who make up half of the two-way contact"


def inbound_observable(coverage: Coverage) -> bool:
    """Whether the export can show anyone addressing the owner at all."""
    return coverage.inbound_public or coverage.messages


def reply_closure(interactions: pl.DataFrame, coverage: Coverage) -> dict:
    """Of the people the owner addressed, how many ever addressed the owner back (None where unobservable)."""
    directed = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    per = directed.group_by("account_id").agg(
        out=(pl.col("direction") == "out").any(), inn=(pl.col("direction") == "in").any()
    )
    addressed = int(per["out"].sum()) if per.height else 0
    if not inbound_observable(coverage):
        return {"addressed": addressed, "answered_back": None, "closure": None}
    back = int(per.filter(pl.col("out") & pl.col("inn")).height)
    return {"addressed": addressed, "answered_back": back, "closure": round(back / addressed, 4) if addressed else None}


def concentration(interactions: pl.DataFrame, share: float = CONCENTRATION_SHARE) -> dict:
    """The fewest two-way partners who together make up ``share`` of all two-way directed contact.

    After CHAOSS's contributor absence factor ("bus factor"): a small number means the community rests on
    a few people. Returns the count, the number of two-way partners, and their names' account ids.
    """
    directed = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    per = (
        directed.group_by("platform", "account_id")
        .agg(contacts=pl.col("ref_id").n_unique(), both=pl.col("direction").n_unique() == 2)
        .filter(pl.col("both"))
        .sort("contacts", "account_id", descending=[True, False])
        .with_columns(cumulative=pl.col("contacts").cum_sum() / pl.col("contacts").sum())
    )
    if per.height == 0:
        return {"people": None, "two_way_partners": 0, "account_ids": []}
    # A row index: an int, never null while share <= 1 (the last row's cumulative share is 1).
    needed = cast(int, per.with_row_index("n", offset=1).filter(pl.col("cumulative") >= share)["n"].min())
    return {
        "people": int(needed),
        "two_way_partners": per.height,
        "account_ids": per["account_id"].head(int(needed)).to_list(),
    }
