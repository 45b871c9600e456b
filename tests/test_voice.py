from datetime import UTC, datetime

import polars as pl
from polars.testing import assert_frame_equal

from helpers.metrics.voice import (
    conversation_share,
    kind_counts,
    mode_counts,
    monthly_conversation_share,
    monthly_voice,
)
from helpers.model import KINDS, MODES, POSTS_SCHEMA, conform, voice_mode


def at(y, m, d=1):
    return datetime(y, m, d, 12, tzinfo=UTC)


def posts(rows):
    frame = pl.DataFrame(
        rows,
        schema={"created_at": POSTS_SCHEMA["created_at"], "kind": pl.String, "mentions": pl.List(pl.String)},
        orient="row",
    )
    return conform(frame.with_columns(kind=pl.col("kind").cast(POSTS_SCHEMA["kind"])), POSTS_SCHEMA).with_columns(
        mode=voice_mode()
    )


def test_voice_mode_follows_the_design_rule():
    frame = posts(
        [
            (at(2024, 1), "original", []),
            (at(2024, 1), "original", ["7"]),  # mentions someone: conversation
            (at(2024, 1), "reply", ["7"]),
            (at(2024, 1), "comment", []),
            (at(2024, 1), "thread", []),  # self-thread continuation: broadcast
            (at(2024, 1), "thread", ["9"]),  # a thread post that mentions someone converses
            (at(2024, 1), "repost", ["7"]),
            (at(2024, 1), "quote", []),
        ]
    )
    assert frame["mode"].to_list() == [
        "broadcast",
        "conversation",
        "conversation",
        "conversation",
        "broadcast",
        "conversation",
        "amplification",
        "amplification",
    ]


def test_counts_include_every_kind_and_mode_with_zeros():
    frame = posts([(at(2024, 1), "original", []), (at(2024, 2), "reply", ["1"])])
    assert kind_counts(frame) == {"original": 1, "reply": 1, "thread": 0, "repost": 0, "quote": 0, "comment": 0}
    assert mode_counts(frame) == {"broadcast": 1, "conversation": 1, "amplification": 0}
    assert list(kind_counts(frame.head(0))) == list(KINDS)
    assert list(mode_counts(frame.head(0))) == list(MODES)


def test_conversation_share_is_null_without_posts_and_shares_sum_to_one():
    frame = posts([(at(2024, 1), "original", []), (at(2024, 1), "reply", ["1"]), (at(2024, 1), "repost", [])])
    assert conversation_share(frame) == round(1 / 3, 4)
    assert conversation_share(frame.head(0)) is None
    shares = monthly_voice(frame)["share"].sum()
    assert abs(shares - 1.0) < 1e-9


def test_monthly_voice_fills_quiet_months_with_zeros():
    frame = posts([(at(2024, 1), "original", []), (at(2024, 3), "reply", ["1"])])
    out = monthly_voice(frame).filter(pl.col("month") == at(2024, 2, 1).replace(hour=0))
    assert out["posts"].to_list() == [0, 0, 0]


def test_monthly_conversation_share_has_null_for_months_without_posts():
    frame = posts([(at(2024, 1), "original", []), (at(2024, 1), "reply", ["1"]), (at(2024, 3), "reply", ["1"])])
    got = monthly_conversation_share(frame).select("posts", "conversation", "share")
    expected = pl.DataFrame(
        {"posts": [2, 0, 1], "conversation": [1, 0, 1], "share": [0.5, None, 1.0]},
        schema={"posts": pl.Int64, "conversation": pl.Int64, "share": pl.Float64},
    )
    assert_frame_equal(got, expected)
