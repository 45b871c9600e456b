"""The ladder at scale: the properties that let it be computed from per-person spans, on literal frames.

A tier on the rolling window changes only in a month where a contact enters the window or leaves it
``WINDOW_MONTHS`` later (or in the month of a dated one-way follow); everyone without contact is one span
(from that follow's month, else over the whole range), never walked month by month; every count read from the spans equals the count of the person-by-month frame.
"""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
from polars.testing import assert_frame_equal

from helpers.metrics import ladder
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, Coverage, Export, ExportMeta, Owner, conform

X = Coverage(own_posts=True, followers=True, following=True, inbound_public=False, messages=True)


def at(m: int, y: int = 2025, d: int = 10) -> datetime:
    return datetime(y, m, d, 12, tzinfo=UTC)


def month(m: int, y: int = 2025) -> datetime:
    return datetime(y, m, 1, tzinfo=UTC)


def export(acts: list[tuple], people: list[tuple], coverage: Coverage = X) -> Export:
    ia = pl.DataFrame(
        acts,
        schema={
            "account_id": pl.String,
            "direction": pl.String,
            "channel": pl.String,
            "at": INTERACTIONS_SCHEMA["at"],
            "ref_id": pl.String,
        },
        orient="row",
    )
    ppl = pl.DataFrame(
        people,
        schema={"account_id": pl.String, "follows_owner": pl.Boolean, "followed_at": PEOPLE_SCHEMA["followed_at"]},
        orient="row",
    )
    return Export(
        "x",
        ExportMeta(Owner("0", "me", "Me"), coverage),
        pl.DataFrame(schema=POSTS_SCHEMA),
        conform(ppl.with_columns(platform=pl.lit("x"), followed_by_owner=pl.lit(False)), PEOPLE_SCHEMA),
        conform(ia.with_columns(platform=pl.lit("x"), is_group=pl.lit(False)), INTERACTIONS_SCHEMA),
    )


def tiers_of(frame: pl.DataFrame, who: str) -> list[tuple[datetime, str]]:
    return frame.filter(pl.col("account_id") == who).select("month", "tier").rows()


def test_contact_leaving_the_window_drops_the_tier_at_that_month_end():
    # a: two-way contact in January 2025 only; z keeps the data going until March 2026.
    e = export(
        [
            ("a", "out", "message", at(1), "1"),
            ("a", "in", "message", at(1), "2"),
            ("z", "in", "reply", at(3, 2026), "3"),
        ],
        [("a", True, None)],
    )
    frame = ladder.ladder(e)
    expected = [(month(m), "member") for m in range(1, 13)] + [(month(m, 2026), "follower") for m in (1, 2, 3)]
    assert tiers_of(frame, "a") == expected  # member at the end of Dec 2025, follower at the end of Jan 2026
    spans = ladder.ladder_spans(e).filter(pl.col("account_id") == "a")
    assert spans.select("tier", "start", "end").rows() == [
        ("member", month(1), month(1, 2026)),
        ("follower", month(1, 2026), month(4, 2026)),
    ]


def test_a_ref_seen_in_two_months_stays_until_the_window_after_the_later():
    # The same ref out in January and in June: out_directed is 1 from January until June 2026.
    e = export(
        [
            ("a", "out", "mention", at(1), "r"),
            ("a", "out", "mention", at(6), "r"),
            ("z", "in", "reply", at(8, 2026), "3"),
        ],
        [("a", True, None)],
    )
    tiers = dict(tiers_of(ladder.ladder(e), "a"))
    assert tiers[month(12)] == "reached"  # one distinct ref: not an inferred member (needs 2)
    assert tiers[month(5, 2026)] == "reached"  # the June act is still in the window
    assert tiers[month(6, 2026)] == "follower"


def test_passive_followers_are_one_span_each():
    people = [(f"f{i}", True, at(6) if i % 2 else None) for i in range(5)]
    e = export([("z", "in", "reply", at(2), "1"), ("z", "in", "reply", at(7), "2")], people)
    spans = ladder.ladder_spans(e).filter(pl.col("tier") == "follower")
    assert spans.height == 5  # one row each, however many months
    # One-way follows (the owner follows none of them): undated, the whole range; dated, from its month
    # (test_ladder_dated_follows.py).
    assert sorted(spans.select("start", "end").rows()) == [(month(2), month(8))] * 3 + [(month(6), month(8))] * 2
    counts = ladder.tier_counts_over_time(ladder.ladder_spans(e)).filter(pl.col("tier") == "follower")
    assert counts["people"].to_list() == [3, 3, 3, 3, 5, 5]


def test_rows_in_a_month_put_contact_first_then_the_rest_by_account():
    e = export(
        [("b", "in", "reply", at(1), "1"), ("b", "out", "reply", at(1), "2"), ("c", "in", "reply", at(1), "3")],
        [("d", True, None), ("b", True, None), ("a", True, None), ("c", None, None)],
    )
    assert ladder.ladder(e).select("account_id", "tier").rows() == [
        ("b", "member"),
        ("c", "unanswered"),
        ("a", "follower"),
        ("d", "follower"),
    ]


def test_counts_from_spans_equal_counts_of_the_frame_duplicates_included():
    # b appears twice in the people list (a duplicate row): the frame holds two rows a month for b.
    e = export(
        [
            ("z", "in", "reply", at(1), "0"),
            ("a", "out", "message", at(3), "1"),
            ("a", "in", "message", at(3), "2"),
            ("b", "out", "message", at(5), "3"),
            ("b", "in", "message", at(5), "4"),
            ("a", "in", "message", at(4, 2026), "5"),
        ],
        [("a", True, None), ("b", True, None), ("b", True, None), ("c", True, None)],
    )
    frame, spans = ladder.ladder(e), ladder.ladder_spans(e)
    for count in (ladder.tier_counts_over_time, ladder.new_members, ladder.conversion):
        assert_frame_equal(count(frame), count(spans))
    conv = ladder.conversion(spans)
    # Each of b's two follower rows meets both of b's rows the month after, as the frame's join matches them.
    assert conv.filter(pl.col("month") == month(3)).select("followers", "converted").row(0) == (6, 1)
    assert conv.filter(pl.col("month") == month(5)).select("followers", "converted").row(0) == (5, 4)
    assert ladder.new_members(spans).rows() == [(month(3), 1), (month(5), 1)]
