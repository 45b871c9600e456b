"""The per-person ledger: one row per person in contact, unknown is null (per platform), links only to plain
handles on platforms with public profiles, every value escaped where it meets HTML."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest

from helpers.metrics.ledger import person_ledger, profile_url
from helpers.model import INTERACTIONS_SCHEMA, Coverage
from helpers.platforms.loading import load_exports
from helpers.present.ledger import ledger_interactive_html, ledger_rows, ledger_static_html
from helpers.present.tables import view_of
from helpers.synthetic.samples import sample_path


def test_profile_links_only_for_plain_handles_on_platforms_with_profiles():
    people = pl.DataFrame(
        {
            "platform": ["x", "mastodon", "mastodon", "facebook", "x", "x", "bluesky"],
            "handle": [
                "ada_l",
                "tam@social.example",
                "tam@not a host",
                "renee",
                '"><script>alert(1)</script>',
                "person-1a2b3c4d",
                "sol.bsky.social",
            ],
        }
    )
    got = people.select(profile_url())["profile_url"].to_list()
    assert got == [
        "https://x.com/ada_l",
        "https://social.example/@tam",
        None,  # not a host name
        None,  # Facebook has no public profile URL by handle
        None,  # not a plain handle: never put into a URL
        None,  # a pseudonym of an anonymised run links to no one
        "https://bsky.app/profile/sol.bsky.social",
    ]


def _tiers(rows):
    t = datetime(2026, 3, 1, tzinfo=UTC)
    return pl.DataFrame(
        [
            {
                "platform": p,
                "account_id": a,
                "handle": a,
                "display_name": None,
                "tier": tier,
                "evidence": "observed",
                "first_contact": t,
                "last_contact": t,
            }
            for p, a, tier in rows
        ]
    ).with_columns(pl.col("tier").cast(pl.Enum(["core", "member", "unanswered", "reached", "follower", "following"])))


def test_days_each_way_and_unknown_where_a_platform_holds_nothing_others_wrote():
    tiers = _tiers([("x", "ann", "member"), ("mastodon", "bo", "reached"), ("x", "fan", "follower")])
    day = lambda d: datetime(2026, 3, d, 12, tzinfo=UTC)  # noqa: E731
    acts = pl.DataFrame(
        [
            ("x", day(1), "out", "ann", "reply", "1"),
            ("x", day(1), "out", "ann", "mention", "2"),  # the same day: one day
            ("x", day(2), "in", "ann", "reply", "3"),
            ("x", day(5), "in", "ann", "message", "4"),
            ("x", day(5), "in", "ann", "like", "5"),  # applause is no contact day
            ("mastodon", day(3), "out", "bo", "reply", "6"),
        ],
        schema=["platform", "at", "direction", "account_id", "channel", "ref_id"],
        orient="row",
    ).with_columns(
        pl.col("direction").cast(INTERACTIONS_SCHEMA["direction"]),
        pl.col("channel").cast(INTERACTIONS_SCHEMA["channel"]),
    )
    coverage = {"x": Coverage(own_posts=True, messages=True), "mastodon": Coverage(own_posts=True)}
    waiting = pl.DataFrame({"platform": ["x"], "account_id": ["ann"], "waiting_since": [day(5)]})
    ledger = person_ledger(tiers, acts, coverage, waiting)
    rows = {r["account_id"]: r for r in ledger.iter_rows(named=True)}
    assert set(rows) == {"ann", "bo"}, "followers without contact are counted elsewhere, never listed"
    assert (rows["ann"]["days_you_wrote"], rows["ann"]["days_they_wrote"], rows["ann"]["waiting"]) == (1, 2, True)
    # Mastodon's archive holds nothing others wrote: unknown, not 0 or "no".
    assert (rows["bo"]["days_you_wrote"], rows["bo"]["days_they_wrote"], rows["bo"]["waiting"]) == (1, None, None)
    shown = ledger_rows(ledger, linked=False).filter(pl.col("person") == "@bo")
    assert shown["days_they_wrote"][0] == "not in this export" and shown["waiting"][0] == "not in this export"


@pytest.fixture(scope="module")
def sample_ledger():
    return view_of(load_exports([sample_path("x"), sample_path("mastodon")])).tables["ledger"]


def test_ledger_on_the_samples_is_sorted_and_complete(sample_ledger):
    assert sample_ledger.height > 20
    strengths = sample_ledger["tie_strength"].to_list()
    assert strengths == sorted(strengths, reverse=True)
    assert sample_ledger["tier"].cast(pl.String).is_in(["core", "member", "unanswered", "reached"]).all()


def test_pages_escape_every_value(sample_ledger):
    hostile = sample_ledger.head(2).with_columns(
        handle=pl.lit(None, pl.String),
        display_name=pl.lit("<img src=x onerror=alert(7)>"),
        profile_url=pl.lit(None, pl.String),
    )
    for html in (ledger_interactive_html(hostile), ledger_static_html(hostile)):
        assert "<img src=x" not in html
        assert "&lt;img src=x onerror=alert(7)&gt;" in html
    interactive = ledger_interactive_html(sample_ledger)
    assert "https://x.com/" in interactive and 'rel="noopener noreferrer"' in interactive
    assert "<script src=" not in interactive, "the table's code is inlined: nothing is fetched"
