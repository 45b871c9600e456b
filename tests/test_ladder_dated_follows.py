"""The ladder counts a dated one-way follow from its month on; undated and mutual follows are the snapshot.

``followed_at`` is one date per person: it dates a follow only where there is one edge (they follow the
owner and the owner does not follow them, or the reverse). A mutual follow (a Facebook friendship, a
LinkedIn connection) has one date for two edges, so both stay the export's snapshot, counted in every month.
Passive people stay one span each, never walked month by month.
"""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
from polars.testing import assert_frame_equal

from helpers.metrics import ladder
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, Coverage, Export, ExportMeta, Owner, conform

COV = Coverage(own_posts=True, followers=True, following=True, inbound_public=False, messages=True)
ACTS = {"account_id": pl.String, "direction": pl.String, "channel": pl.String, "at": INTERACTIONS_SCHEMA["at"]}
PEOPLE = {
    "account_id": pl.String,
    "follows_owner": pl.Boolean,
    "followed_by_owner": pl.Boolean,
    "followed_at": PEOPLE_SCHEMA["followed_at"],
}


def at(m: int, y: int = 2025, d: int = 10) -> datetime:
    return datetime(y, m, d, 12, tzinfo=UTC)


def month(m: int, y: int = 2025) -> datetime:
    return datetime(y, m, 1, tzinfo=UTC)


def export(acts: list[tuple], people: pl.DataFrame | list[tuple], coverage: Coverage = COV) -> Export:
    ia = pl.DataFrame(acts, schema=ACTS, orient="row").with_row_index("ref_id")
    ppl = people if isinstance(people, pl.DataFrame) else pl.DataFrame(people, schema=PEOPLE, orient="row")
    return Export(
        "instagram",
        ExportMeta(Owner("0", "me", "Me"), coverage),
        pl.DataFrame(schema=POSTS_SCHEMA),
        conform(ppl.with_columns(platform=pl.lit("instagram")), PEOPLE_SCHEMA),
        conform(
            ia.with_columns(pl.col("ref_id").cast(pl.String), platform=pl.lit("instagram"), is_group=pl.lit(False)),
            INTERACTIONS_SCHEMA,
        ),
    )


def tiers_of(frame: pl.DataFrame, who: str) -> dict[datetime, str]:
    return dict(frame.filter(pl.col("account_id") == who).select("month", "tier").iter_rows())


def expanded(spans: pl.DataFrame) -> pl.DataFrame:
    """Spans written out month by month, sorted: what ``ladder`` holds, in another order."""
    cols = ["month", "platform", "account_id", "tier"]
    months = pl.datetime_ranges("start", pl.col("end").dt.offset_by("-1mo"), "1mo")
    return spans.select(months.alias("month"), "platform", "account_id", "tier").explode("month").sort(cols)


def assert_spans_are_the_ladder(e: Export) -> None:
    frame, spans = ladder.ladder(e), ladder.ladder_spans(e)
    cols = ["month", "platform", "account_id", "tier"]
    assert_frame_equal(expanded(spans), frame.sort(cols))
    for count in (ladder.tier_counts_over_time, ladder.new_members, ladder.conversion):
        assert_frame_equal(count(frame), count(spans))


# Activity from January to December 2025 (z keeps the range going; z is nobody in the people table).
RANGE = [("z", "in", "reply", at(1)), ("z", "in", "reply", at(12))]
ALL = [month(m) for m in range(1, 13)]


def test_a_dated_follower_counts_from_the_month_of_the_follow_an_undated_one_in_every_month():
    # "dated": the owner does not follow them; "unknown": whether the owner follows them is unknown (null).
    people = [("dated", True, False, at(5, d=28)), ("unknown", True, None, at(9)), ("undated", True, False, None)]
    e = export(RANGE, people)
    frame = ladder.ladder(e)
    assert tiers_of(frame, "dated") == dict.fromkeys(ALL[4:], "follower")
    assert tiers_of(frame, "unknown") == dict.fromkeys(ALL[8:], "follower")
    assert tiers_of(frame, "undated") == dict.fromkeys(ALL, "follower")
    spans = ladder.ladder_spans(e).filter(pl.col("tier") == "follower").sort("account_id")
    assert spans.select("account_id", "start", "end").rows() == [
        ("dated", month(5), month(1, 2026)),
        ("undated", month(1), month(1, 2026)),
        ("unknown", month(9), month(1, 2026)),
    ]
    counts = ladder.tier_counts_over_time(ladder.ladder_spans(e)).filter(pl.col("tier") == "follower")
    assert counts["people"].to_list() == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]
    assert_spans_are_the_ladder(e)


def test_follows_dated_outside_the_range_are_clamped_or_have_no_span():
    people = [("early", True, False, at(3, 2019)), ("late", True, False, at(2, 2026)), ("first", True, False, at(1))]
    e = export(RANGE, people)
    spans = ladder.ladder_spans(e).filter(pl.col("account_id") != "z").sort("account_id")
    assert spans.select("account_id", "start", "end").rows() == [
        ("early", month(1), month(1, 2026)),
        ("first", month(1), month(1, 2026)),
    ]  # "late" followed after the last month: no tier in the range
    assert tiers_of(ladder.ladder(e), "late") == {}
    assert_spans_are_the_ladder(e)


def test_the_owners_dated_one_way_follow_counts_from_its_month():
    # Only the owner follows them, dated March ("followed": their follow unknown) and June ("not_back": they do
    # not follow the owner).
    people = [("followed", None, True, at(3)), ("not_back", False, True, at(6))]
    e = export(RANGE, people)
    frame = ladder.ladder(e)
    assert tiers_of(frame, "followed") == dict.fromkeys(ALL[2:], "following")
    assert tiers_of(frame, "not_back") == dict.fromkeys(ALL[5:], "following")
    spans = ladder.ladder_spans(e).filter(pl.col("account_id") != "z").sort("account_id")
    assert spans.select("account_id", "tier", "start", "end").rows() == [
        ("followed", "following", month(3), month(1, 2026)),
        ("not_back", "following", month(6), month(1, 2026)),
    ]
    assert_spans_are_the_ladder(e)


def test_a_mutual_follow_is_a_snapshot_whatever_its_date():
    # Facebook friends: both edges, one friendship date (July 2025, or after the range, or before it). The date
    # cannot tell which edge it dates, so both are the snapshot: a follower in every month, one span each.
    people = [("friend", True, True, at(7)), ("later", True, True, at(3, 2026)), ("earlier", True, True, at(1, 2011))]
    e = export(RANGE, people)
    frame = ladder.ladder(e)
    for who in ("friend", "later", "earlier"):
        assert tiers_of(frame, who) == dict.fromkeys(ALL, "follower"), who
    spans = ladder.ladder_spans(e).filter(pl.col("account_id") != "z").sort("account_id")
    assert spans.select("account_id", "tier", "start", "end").rows() == [
        (who, "follower", month(1), month(1, 2026)) for who in ("earlier", "friend", "later")
    ]
    counts = ladder.tier_counts_over_time(ladder.ladder_spans(e)).filter(
        pl.col("tier").is_in(["follower", "following"])
    )
    assert counts.filter(pl.col("tier") == "follower")["people"].to_list() == [3] * 12
    assert counts.filter(pl.col("tier") == "following")["people"].to_list() == [0] * 12
    assert_spans_are_the_ladder(e)


def test_a_contacted_mutual_keeps_its_follow_in_every_month():
    # m: two-way contact in January only, a friend dated March 2026: follower once the contact has left the
    # window (January 2026), not "no tier" until March. i: addressed twice in February, never wrote back (no
    # public inbound), a friend dated May: an inferred member from February, the month of the contact.
    acts = [
        ("m", "out", "message", at(1)),
        ("m", "in", "message", at(1)),
        ("i", "out", "mention", at(2)),
        ("i", "out", "mention", at(2, d=20)),
        ("z", "in", "reply", at(3, 2026)),
    ]
    e = export(acts, [("m", True, True, at(3, 2026)), ("i", True, True, at(5))])
    frame = ladder.ladder(e)
    m = tiers_of(frame, "m")
    assert [m.get(x) for x in (month(12), month(1, 2026), month(2, 2026), month(3, 2026))] == [
        "member",
        "follower",
        "follower",
        "follower",
    ]
    assert [tiers_of(frame, "i").get(x) for x in ALL[:5]] == ["follower", "member", "member", "member", "member"]
    assert ladder.new_members(ladder.ladder_spans(e)).rows() == [(month(1), 1), (month(2), 1)]
    assert_spans_are_the_ladder(e)


def test_a_contacted_person_has_no_follow_tier_before_the_follow_and_converts_only_once_a_follower():
    # a: two-way contact in January only (member until December), followed the owner in March 2026.
    # b: followed in March 2025, first two-way contact in May 2025: a follower who converted.
    # c: followed in May 2025, the month of the first contact: never a follower before becoming a member.
    acts = [
        ("a", "out", "message", at(1)),
        ("a", "in", "message", at(1)),
        ("b", "out", "message", at(5)),
        ("b", "in", "message", at(5)),
        ("c", "out", "message", at(5)),
        ("c", "in", "message", at(5)),
        ("z", "in", "reply", at(5, 2026)),
    ]
    people = [("a", True, False, at(3, 2026)), ("b", True, False, at(3)), ("c", True, False, at(5, d=20))]
    e = export(acts, people)
    frame = ladder.ladder(e)
    a = tiers_of(frame, "a")
    assert [a.get(m) for m in (month(12), month(1, 2026), month(2, 2026), month(3, 2026), month(5, 2026))] == [
        "member",
        None,  # contact out of the window, not yet a follower
        None,
        "follower",
        "follower",
    ]
    assert tiers_of(frame, "b")[month(4)] == "follower" and month(2) not in tiers_of(frame, "b")
    assert month(4) not in tiers_of(frame, "c")
    conv = ladder.conversion(ladder.ladder_spans(e))
    assert conv.filter(pl.col("month") == month(5)).select("followers", "converted").row(0) == (1, 1)  # b, not c
    spans = ladder.ladder_spans(e).filter(pl.col("account_id") == "a").sort("start")
    assert spans.select("tier", "start", "end").rows() == [
        ("member", month(1), month(1, 2026)),
        ("follower", month(3, 2026), month(6, 2026)),
    ]
    assert_spans_are_the_ladder(e)


def test_an_inferred_member_needs_the_follow_in_that_month():
    # The owner addressed i twice in February (i never wrote back: no public inbound in this export).
    # i followed the owner in April: reached in February and March, an inferred member from April.
    acts = [*RANGE, ("i", "out", "mention", at(2)), ("i", "out", "mention", at(2, d=20))]
    e = export(acts, [("i", True, False, at(4))])
    tiers = tiers_of(ladder.ladder(e), "i")
    assert [tiers.get(m) for m in ALL[:5]] == [None, "reached", "reached", "member", "member"]
    assert ladder.new_members(ladder.ladder_spans(e)).rows() == [(month(4), 1)]
    assert_spans_are_the_ladder(e)


def test_a_mixed_people_table_counts_the_same_from_spans_and_from_the_frame():
    acts = [
        *RANGE,
        ("a", "out", "message", at(2)),
        ("a", "in", "message", at(2)),
        ("b", "out", "reply", at(3)),
        ("b", "out", "reply", at(4)),
        ("b", "in", "reply", at(9)),
        ("c", "in", "reply", at(6)),
        ("d", "out", "message", at(7)),
    ]
    people = [
        ("a", True, True, at(6)),
        ("b", True, False, at(4)),
        ("b", True, False, at(4)),  # a duplicate row
        ("c", None, True, at(8)),
        ("d", True, False, None),
        ("e", True, False, at(10)),
        ("f", False, True, at(11)),
        ("g", True, False, at(2, 2027)),
    ]
    assert_spans_are_the_ladder(export(acts, people))


def test_a_million_passive_followers_are_one_span_each():
    n = 1_000_000
    people = pl.DataFrame({"i": pl.int_range(n, eager=True)}).select(
        account_id=pl.format("p{}", "i"),
        follows_owner=pl.lit(True),
        followed_by_owner=pl.lit(False),
        # a quarter undated, the rest spread over 2024 to 2026 (some before, some after the range)
        followed_at=pl.when(pl.col("i") % 4 == 0)
        .then(None)
        .otherwise(pl.datetime(2024, 1, 1, time_zone="UTC") + pl.duration(days=pl.col("i") % 1000)),
    )
    e = export([*RANGE, ("p1", "out", "message", at(3)), ("p1", "in", "message", at(3))], people)
    spans = ladder.ladder_spans(e)
    inside = people.filter(pl.col("followed_at").is_null() | (pl.col("followed_at") < datetime(2026, 1, 1, tzinfo=UTC)))
    # One span each (p1: follower, then member), whatever the number of months; z is no person of the table.
    assert spans.filter(pl.col("account_id") != "z").height == inside.height + 1
    last = ladder.tier_counts_over_time(spans).filter((pl.col("month") == month(12)) & (pl.col("tier") == "follower"))
    assert last["people"].item() == inside.height - 1  # p1 is a member in December
    followed_by_june = inside.filter(
        pl.col("followed_at").is_null() | (pl.col("followed_at") < datetime(2025, 7, 1, tzinfo=UTC))
    )
    june = ladder.tier_counts_over_time(spans).filter((pl.col("month") == month(6)) & (pl.col("tier") == "follower"))
    assert june["people"].item() == followed_by_june.height - 1  # p1 is a member in June


def test_one_account_listed_twice_with_two_follow_dates_counts_as_the_month_by_month_frame():
    # Two people rows for one account (the CSV template keeps duplicates): their spans overlap from the later
    # date on, so conversion matches them month by month, as the ladder frame does.
    e = export(RANGE, [("p", True, False, at(3)), ("p", True, False, at(7))])
    assert_spans_are_the_ladder(e)  # conversion included: it differed from May on before the overlap rule
    assert ladder.conversion(ladder.ladder_spans(e))["followers"].to_list()[:5] == [1, 1, 1, 2, 4]
