from datetime import UTC, datetime

import polars as pl

from helpers.metrics.audience import (
    audience_tiers,
    community_size,
    dunbar_rings,
    people_counts,
    tier_breakdown,
    tier_counts,
    top_partners,
)
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, TIERS, Coverage, conform


def at(m, d=1, y=2024):
    return datetime(y, m, d, 10, tzinfo=UTC)


def people(rows):
    frame = pl.DataFrame(
        rows,
        schema={"account_id": pl.String, "follows_owner": pl.Boolean, "followed_by_owner": pl.Boolean},
        orient="row",
    )
    return conform(frame.with_columns(platform=pl.lit("x")), PEOPLE_SCHEMA)


def acts(rows):
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
    return conform(frame.with_columns(platform=pl.lit("x")), INTERACTIONS_SCHEMA)


X_COVERAGE = Coverage(own_posts=True, followers=True, following=True, inbound_public=False, messages=True)
FULL_COVERAGE = Coverage(own_posts=True, followers=True, following=True, inbound_public=True, messages=True)


def tiers_by_id(frame):
    return dict(zip(frame["account_id"], frame["tier"].cast(pl.String), strict=False))


def test_each_tier_first_match_wins():
    ppl = people(
        [
            ("core", True, True),
            ("member", False, False),
            ("unans", True, False),
            ("reached", False, False),
            ("fan", True, False),
            ("idol", False, True),
            ("nobody", False, False),
            ("inferred", True, False),
        ]
    )
    ia = acts(
        [
            ("core", "out", "message", at(1), "m1"),
            ("core", "in", "message", at(2), "m2"),
            ("core", "out", "reply", at(3), "p1"),
            ("member", "out", "reply", at(1), "p2"),
            ("member", "in", "message", at(1, 5), "m3"),
            ("unans", "in", "message", at(4), "m4"),
            ("reached", "out", "mention", at(5), "p3"),
            ("inferred", "out", "reply", at(5), "p4"),
            ("inferred", "out", "reply", at(6), "p5"),
            ("nobody", "out", "like", at(6), "l1"),  # applause makes no one a member, and gives no tier
        ]
    )
    tiers = audience_tiers(ppl, ia, X_COVERAGE)
    assert tiers_by_id(tiers) == {
        "core": "core",
        "member": "member",
        "inferred": "member",
        "unans": "unanswered",
        "reached": "reached",
        "fan": "follower",
        "idol": "following",
    }
    evidence = dict(zip(tiers["account_id"], tiers["evidence"].cast(pl.String), strict=False))
    assert evidence["inferred"] == "inferred" and evidence["member"] == "observed" and evidence["core"] == "observed"


def test_core_needs_three_distinct_months():
    ppl = people([("a", None, None)])
    two_months = acts(
        [("a", "out", "message", at(1), "1"), ("a", "in", "message", at(1, 20), "2"), ("a", "out", "reply", at(2), "3")]
    )
    assert tiers_by_id(audience_tiers(ppl, two_months, X_COVERAGE)) == {"a": "member"}
    three = acts(
        [("a", "out", "message", at(1), "1"), ("a", "in", "message", at(2), "2"), ("a", "out", "reply", at(3), "3")]
    )
    assert tiers_by_id(audience_tiers(ppl, three, X_COVERAGE)) == {"a": "core"}


def test_inferred_membership_needs_two_addresses_a_follow_and_no_public_inbound_signal():
    once = acts([("a", "out", "reply", at(1), "1")])
    twice = acts([("a", "out", "reply", at(1), "1"), ("a", "out", "mention", at(2), "2")])
    follows = people([("a", True, None)])
    assert tiers_by_id(audience_tiers(follows, once, X_COVERAGE)) == {"a": "reached"}
    assert tiers_by_id(audience_tiers(follows, twice, X_COVERAGE)) == {"a": "member"}
    assert tiers_by_id(audience_tiers(people([("a", False, None)]), twice, X_COVERAGE)) == {"a": "reached"}
    # Where others' replies are in the export, nothing is inferred: silence is observed.
    assert tiers_by_id(audience_tiers(follows, twice, FULL_COVERAGE)) == {"a": "reached"}


def test_the_same_act_counted_once_and_window_applies():
    ia = acts(
        [("a", "out", "reply", at(1), "1"), ("a", "out", "mention", at(1), "1"), ("a", "out", "reply", at(9), "2")]
    )
    tiers = audience_tiers(people([("a", True, None)]), ia, X_COVERAGE)
    assert tiers["out_directed"].to_list() == [2]
    in_window = audience_tiers(people([("a", True, None)]), ia, X_COVERAGE, since=at(6))
    assert in_window["tier"].to_list() == ["reached"]


def test_counts_every_tier_and_nulls_for_missing_lists():
    tiers = audience_tiers(people([("a", True, None)]), acts([]), X_COVERAGE)
    assert tier_counts(tiers) == {"core": 0, "member": 0, "unanswered": 0, "reached": 0, "follower": 1, "following": 0}
    assert list(tier_breakdown(tiers)["tier"].cast(pl.String).unique(maintain_order=True)) == list(TIERS)
    no_lists = Coverage(own_posts=True)
    assert people_counts(people([("a", None, None)]), no_lists) == {
        "followers": None,
        "following": None,
        "mutuals": None,
    }
    both = people([("a", True, True), ("b", True, False), ("c", False, True)])
    assert people_counts(both, X_COVERAGE) == {"followers": 2, "following": 2, "mutuals": 1}


def test_dunbar_rings_rank_members_by_contact_days():
    rows = []
    for i in range(20):  # 20 two-way members, member i has i+1 contact days
        for d in range(i + 1):
            rows.append((f"p{i}", "out", "message", at(1 + d % 12, 1 + d // 12), f"o{i}-{d}"))
        rows.append((f"p{i}", "in", "message", at(1), f"i{i}"))
    tiers = audience_tiers(people([]), acts(rows), X_COVERAGE)
    assert community_size(tiers) == 20
    rings = dunbar_rings(tiers)
    assert rings["people"].to_list() == [5, 10, 5, 0, 0]
    assert rings["capacity"].to_list()[:4] == [5, 10, 35, 100]
    top = top_partners(tiers, n=3)
    assert top["account_id"].to_list() == ["p19", "p18", "p17"]
