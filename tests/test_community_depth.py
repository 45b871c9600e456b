"""Community depth rules on small literal frames with hand-computed answers, then the planted movement of
the synthetic archive recovered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from helpers.metrics import ladder, listening, reciprocity, ties
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, Coverage, Export, ExportMeta, Owner, conform

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
X = Coverage(own_posts=True, followers=True, following=True, inbound_public=False, messages=True)


def acts(rows, group=False):
    frame = pl.DataFrame(
        rows,
        schema={
            "account_id": pl.String,
            "direction": pl.String,
            "channel": pl.String,
            "at": INTERACTIONS_SCHEMA["at"],
            "ref_id": pl.String,
        },
        orient="row",
    )
    return conform(frame.with_columns(platform=pl.lit("x"), is_group=pl.lit(group)), INTERACTIONS_SCHEMA)


def h(hours):
    return T0 + timedelta(hours=hours)


# --- listening -------------------------------------------------------------------------------------


def test_openers_answers_and_waiting():
    ia = acts(
        [
            ("a", "in", "message", h(0), "1"),  # opener, answered after 5 h
            ("a", "in", "message", h(1), "2"),  # continues a's own message: not a new opener
            ("a", "out", "message", h(5), "3"),
            ("a", "in", "message", h(6), "4"),  # answers the owner: not an opener
            ("b", "in", "message", h(0), "5"),  # opener, answered too late (80 h)
            ("b", "out", "message", h(80), "6"),
            ("c", "in", "message", h(10), "7"),  # opener, never answered: still waiting
            ("a", "in", "message", h(200), "8"),  # a new opener after days of silence, answered in 2 h
            ("a", "out", "message", h(202), "9"),
        ]
    )
    ops = listening.openers(ia)
    assert ops.select("account_id", "answered", "answer_hours").rows() == [
        ("a", True, 5.0),
        ("b", False, None),
        ("c", False, None),
        ("a", True, 2.0),
    ]
    summary = listening.listening_summary(ops)
    assert summary == {"openers": 4, "answered": 2, "answer_rate": 0.5, "median_answer_hours": 3.5, "waiting": 1}
    assert listening.still_waiting(ops)["account_id"].to_list() == ["c"]


def test_group_messages_and_public_replies_are_not_private_listening():
    ia = acts([("a", "in", "message", h(0), "1")], group=True)
    public = acts([("b", "in", "message", h(0), "2"), ("b", "out", "reply", h(1), "3")])
    assert listening.openers(ia).height == 0
    # On X a public reply is not an answer to a private message.
    assert listening.openers(public)["answered"].to_list() == [False]
    # Where others' public replies are in the export, replies count both ways.
    assert listening.openers(public, public_inbound=True)["answered"].to_list() == [True]


def test_listening_is_null_without_inbound():
    no_inbound = acts([("a", "out", "reply", h(0), "1")])
    export = _export(no_inbound, Coverage(own_posts=True))
    assert listening.export_openers(export) is None
    assert listening.listening_summary(None) == {
        "openers": None,
        "answered": None,
        "answer_rate": None,
        "median_answer_hours": None,
        "waiting": None,
    }


# --- tie strength, closure, concentration ------------------------------------------------------------


def test_tie_strength_formula_and_decay():
    ia = acts(
        [
            ("a", "out", "message", T0, "1"),
            ("a", "in", "message", T0 + timedelta(days=31), "2"),  # 2 days, 1 month, two-way, private
            ("b", "out", "reply", T0, "3"),  # 1 day, one-way, public, idle 3 months
        ]
    )
    got = ties.tie_strength(ia, as_of=datetime(2025, 4, 10, tzinfo=UTC))
    rows = {r["account_id"]: r for r in got.iter_rows(named=True)}
    # a: 2 days x 2 (two-way) x 1.5 (all private) x (1 + 1/24) x 0.9^2 (idle Feb->Apr)
    assert rows["a"]["score"] == pytest.approx(round(2 * 2 * 1.5 * (1 + 1 / 24) * 0.9**2, 3))
    # b: 1 day x 1 x 1 x 1 x 0.9^3
    assert rows["b"]["score"] == pytest.approx(round(0.9**3, 3))
    assert got["account_id"].to_list() == ["a", "b"] and got["rank"].to_list() == [1, 2]


def test_reply_closure_and_concentration():
    ia = acts(
        [
            ("a", "out", "reply", h(0), "1"),
            ("a", "in", "message", h(1), "2"),
            ("a", "out", "message", h(2), "3"),
            ("a", "out", "message", h(3), "4"),
            ("b", "out", "reply", h(0), "5"),
            ("b", "in", "message", h(1), "6"),
            ("c", "out", "reply", h(0), "7"),
        ]
    )
    assert reciprocity.reply_closure(ia, X) == {"addressed": 3, "answered_back": 2, "closure": round(2 / 3, 4)}
    assert reciprocity.reply_closure(ia, Coverage(own_posts=True))["closure"] is None  # nothing inbound observable
    # Two-way contact: a has 4 acts, b 2 -> a alone makes up 4/6 >= half.
    assert reciprocity.concentration(ia) == {"people": 1, "two_way_partners": 2, "account_ids": ["a"]}


# --- ladder ------------------------------------------------------------------------------------------


def _export(interactions, coverage=X, people=None):
    people = (
        people
        if people is not None
        else conform(
            interactions.select("account_id").unique().with_columns(platform=pl.lit("x"), follows_owner=pl.lit(True)),
            PEOPLE_SCHEMA,
        )
    )
    return Export(
        "x", ExportMeta(Owner("0", "me", "Me"), coverage), pl.DataFrame(schema=POSTS_SCHEMA), people, interactions
    )


def month(m, y=2025):
    return datetime(y, m, 10, 12, tzinfo=UTC)


def test_ladder_conversion_new_members_and_states():
    ia = acts(
        [
            ("f", "out", "message", month(1), "0"),  # f: a follower touched once in January (reached)
            ("m", "out", "message", month(3), "1"),
            ("m", "in", "message", month(3), "2"),  # m: member from March
            ("d", "out", "message", month(1), "3"),
            ("d", "in", "message", month(1), "4"),  # d: member in January only
            ("z", "out", "reply", month(6), "5"),  # keeps the ladder running to June
        ]
    )
    people = conform(
        pl.DataFrame({"account_id": ["f", "m", "d", "z"], "follows_owner": [True, True, True, False]}).with_columns(
            platform=pl.lit("x")
        ),
        PEOPLE_SCHEMA,
    )
    export = _export(ia, X, people)
    frame = ladder.ladder(export, window_months=2)
    tier = {(r["month"].month, r["account_id"]): r["tier"] for r in frame.iter_rows(named=True)}
    assert [tier[(m, "m")] for m in (1, 2, 3, 4, 5)] == ["follower", "follower", "member", "member", "follower"]
    assert [tier[(m, "d")] for m in (1, 2, 3)] == ["member", "member", "follower"]
    conv = ladder.conversion(frame)
    march = conv.filter(pl.col("month").dt.month() == 3)
    # End of February (window Jan-Feb): f reached, d member, m the only follower; in March m is a member.
    assert march.select("followers", "converted").row(0) == (1, 1)
    new = ladder.new_members(frame)
    assert dict(zip(new["month"].dt.month(), new["new_members"], strict=False)) == {1: 1, 3: 1}
    states = ladder.member_states(export, as_of=month(7))  # m idle 4 months, d idle 6
    assert dict(zip(states["account_id"], states["state"], strict=False)) == {"m": "drifting", "d": "away"}


def test_cohort_retention():
    ia = acts(
        [
            ("a", "out", "message", month(1), "1"),
            ("a", "in", "message", month(1), "2"),
            ("a", "out", "reply", month(2), "3"),
            ("b", "out", "message", month(1), "4"),
            ("b", "in", "message", month(1), "5"),
        ]
    )
    got = ladder.cohort_retention(_export(ia))
    assert got.select("k", "active", "size", "retention").rows() == [(0, 2, 2, 1.0), (1, 1, 2, 0.5)]


# --- the planted movement of the synthetic archive ---------------------------------------------------


def test_synthetic_archive_plants_ladder_movement_and_listening(tmp_path):
    from helpers import load_export
    from helpers.present.summary import summarize
    from helpers.synthetic.x import write_x_archive

    truth = write_x_archive(tmp_path / "x", n_tweets=300, seed=21)
    export = load_export(tmp_path / "x")
    s = summarize(export)
    assert {k: s["listening"][k] for k in ("openers", "answered", "median_answer_hours", "waiting")} == truth.listening
    frame = ladder.ladder(export)
    start = truth.ladder["convert_month"]
    for person in truth.ladder["converts"]:
        history = frame.filter(pl.col("account_id") == person).sort("month")
        before = history.filter(pl.col("month") < start)["tier"].unique().to_list()
        after = history.filter(pl.col("month") >= start)["tier"].unique().to_list()
        assert before == ["follower"] and after == ["member"], person
    states = ladder.member_states(export)
    assert set(states.filter(pl.col("state") == "away")["account_id"]) >= set(truth.ladder["drifters"])
    last = frame.filter(pl.col("month") == frame["month"].max())
    assert set(last.filter(pl.col("account_id").is_in(truth.ladder["drifters"]))["tier"]) == {"follower"}
