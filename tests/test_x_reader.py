"""The X reader: real archives with hand-counted expectations, then every layout generation."""

from __future__ import annotations

import json

import polars as pl
import pytest

import x_variants as xv
from helpers import load_export
from helpers.metrics.voice import kind_counts
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.present.summary import summarize
from helpers.synthetic.x import write_x_archive


def kinds(export):
    return summarize(export)["posts"]["kind"]


def assert_canonical(export):
    for frame, schema in (
        (export.posts, POSTS_SCHEMA),
        (export.people, PEOPLE_SCHEMA),
        (export.interactions, INTERACTIONS_SCHEMA),
    ):
        for name, dtype in schema.items():
            assert frame.schema[name] == dtype, name
    assert export.posts["post_id"].is_unique().all()


# --- real archives (../shared/real-exports/twitter), counted by hand from the files ---------------


def test_eroija_2022_gdpr_v3(real_x):
    e = load_export(real_x / "eroija-2022-11-23")
    assert_canonical(e)
    assert e.generation.startswith("gdpr v3")
    assert e.owner.account_id == "1308602301154811905" and e.owner.handle == "EImamai"
    # 15 tweets: 9 replies with a parent, 4 @-addressed with no parent (both replies), 2 originals.
    assert kinds(e) == {"original": 2, "reply": 13, "thread": 0, "repost": 0, "quote": 0, "comment": 0}
    assert set(e.posts.filter(pl.col("kind") == "reply")["reply_to_account"]) == {"147561402", "395194959", "456476676"}
    assert e.posts.filter(pl.col("kind") == "reply")["reply_to_post"].null_count() == 4
    s = summarize(e)
    assert s["people"] == {"followers": 5, "following": 17, "mutuals": 2}
    assert s["likes_given"] == 6
    assert s["coverage"]["messages"] is False  # direct-messages.js was not published with the archive
    assert s["posts"]["mode"] == {"broadcast": 2, "conversation": 13, "amplification": 0}
    assert e.posts["text"].str.contains("&amp;").sum() == 0  # HTML entities decoded


def test_larsbrinkhoff_2021_following_and_likes_only(real_x):
    e = load_export(real_x / "larsbrinkhoff-2021-03-22")
    s = summarize(e)
    assert e.owner.handle == "larsbrinkhoff"
    assert s["posts"]["total"] is None and s["conversation_share"] is None
    assert s["people"] == {"followers": None, "following": 59, "mutuals": None}
    assert s["tiers"] == {t: 59 if t == "following" else None for t in s["tiers"]}
    assert s["likes_given"] == 8
    assert any("data/tweet.js: listed in data/manifest.js but missing" in w for w in map(str, e.warnings))


def test_larsbrinkhoff_2023_community_tweets_and_deleted(real_x):
    e = load_export(real_x / "larsbrinkhoff-2023-08-20")
    # community-tweet.js: 3 posts, 2 continuing the owner's own thread; none among the 25 deleted ids.
    assert kind_counts(e.posts) == {"original": 1, "reply": 0, "thread": 2, "repost": 0, "quote": 0, "comment": 0}
    assert set(e.posts["source_file"]) == {"data/community-tweet.js"}
    s = summarize(e)
    assert s["coverage"]["own_posts"] is False  # tweets.js itself is not in the published copy
    assert s["posts"]["total"] is None and set(s["posts"]["kind"].values()) == {None}  # 3 posts are not the total


def test_alrocar_2024_note_tweets_without_tweets_js(real_x):
    e = load_export(real_x / "alrocar-2024-11-16")
    assert e.posts.height == 41  # 41 noteTweet entries, no tweets.js to join them to
    assert e.posts["text"].str.len_chars().max() > 280  # the full long text, not the cut one
    assert any("41 long posts in note-tweet.js" in w for w in map(str, e.warnings))


def test_grailbird_2017(real_x):
    e = load_export(real_x / "0xabad1dea-grailbird-2017-05-13")
    assert e.generation.startswith("grailbird")
    assert e.owner.account_id == "126030998" and e.owner.handle == "0xabad1dea"
    # 2010_03.js: 7 tweets (1 retweet); 2011_02.js: 96 tweets, 23 replies with a parent,
    # 7 @-addressed without one, 5 retweets ("RT @" and retweeted_status).
    assert kinds(e) == {"original": 67, "reply": 30, "thread": 0, "repost": 6, "quote": 0, "comment": 0}
    assert summarize(e)["people"] == {"followers": None, "following": None, "mutuals": None}
    assert e.coverage.engagement_counts is False
    # Grailbird times before Nov 2010 are midnight; later ones are real times.
    assert e.posts.filter(pl.col("created_at").dt.year() == 2010)["created_at"].dt.hour().max() == 0
    assert any("monthly tweet files" in w for w in map(str, e.warnings))


def test_ezilryb_2026_manifest_only(real_x):
    e = load_export(real_x / "ezilryb-2026-07-25")
    s = summarize(e)
    assert e.owner.handle == "BetaCapitalWEB"
    assert not any(s["coverage"].values()) and s["posts"]["total"] is None
    assert set(s["tiers"].values()) == {None}


# --- every generation, from a synthetic archive rewritten into each layout ------------------------


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("x") / "archive"
    truth = write_x_archive(root, n_tweets=150, seed=3)
    return root, truth


def test_gdpr_v3_folder_recovers_ground_truth(base):
    root, truth = base
    e = load_export(root)
    assert_canonical(e)
    assert kinds(e) == truth.kinds
    assert summarize(e)["posts"]["mode"] == truth.modes


@pytest.mark.parametrize("rewrite", [xv.as_gdpr_v2, xv.as_gdpr_v1], ids=["gdpr_v2_wrapped", "gdpr_v1_bare"])
def test_tweet_js_generations(base, tmp_path, rewrite):
    root, truth = base
    copy = xv.copy_tree(root, tmp_path / "a")
    rewrite(copy)
    e = load_export(copy)
    assert e.generation.startswith("gdpr v1/v2")
    assert kinds(e) == truth.kinds


@pytest.mark.parametrize("via_manifest", [True, False], ids=["parts_from_manifest", "parts_by_name"])
def test_part_files(base, tmp_path, via_manifest):
    root, truth = base
    copy = xv.copy_tree(root, tmp_path / "a")
    xv.split_into_parts(copy, 3, via_manifest)
    assert (copy / "data" / "tweets-part2.js").exists()
    assert kinds(load_export(copy)) == truth.kinds


def test_zip_with_a_top_folder_read_in_place(base, tmp_path):
    root, truth = base
    z = xv.zip_folder(root, tmp_path / "twitter-2026-11-02-abc.zip", top_folder="twitter-2026-11-02")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert kinds(load_export(z)) == truth.kinds
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted beside it


def test_the_special_cases(base):
    root, truth = base
    e = load_export(root)
    p = e.posts
    # Edited tweet: two versions in tweets.js, counted once (the last).
    assert p.filter(pl.col("text").str.starts_with("Pumpkin bread"))["text"].to_list() == [
        "Pumpkin bread is back today"
    ]
    # Long posts: the full note text replaces the cut one.
    assert p["text"].str.ends_with("…").sum() == 0
    assert not e.warnings
    # Deleted tweets never count.
    assert p.filter(pl.col("text") == "typo, ignore").height == 0
    # Community tweets count.
    assert p.filter(pl.col("source_file") == "data/community-tweet.js").height == 3
    # A reply to an account deleted since: user id kept, no handle.
    no_handle = e.people.filter(pl.col("handle").is_null() & pl.col("account_id").is_in(truth.tiers["reached"]))
    assert no_handle.height >= 1
    # Quote: keyed to the quoted account's id through the handle the archive names elsewhere.
    q = e.interactions.filter(pl.col("channel") == "quote")
    assert q.height == 1 and q["account_id"][0] in truth.tiers["reached"]
    # Messages both ways, group included, never their text.
    m = e.interactions.filter(pl.col("channel") == "message")
    assert set(m["direction"].cast(pl.String)) == {"in", "out"}
    assert m["is_group"].any()
    assert "text" not in e.interactions.columns


def test_the_email_in_account_js_is_never_held(base, tmp_path):
    root, _ = base
    copy = xv.copy_tree(root, tmp_path / "a")
    cfg = xv.read_js(copy / "data" / "manifest.js")
    cfg.pop("userInfo")  # force the owner to come from account.js
    xv.write_js(copy / "data" / "manifest.js", "window.__THAR_CONFIG", cfg)
    e = load_export(copy)
    assert e.owner.handle == "corner_cafe"
    import pickle

    assert b"owner@example.invalid" not in pickle.dumps(
        (e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings)
    )


def test_the_accounts_time_zone_from_account_timezone_js(tmp_path):
    """X names the zone the Rails way ("Stockholm", "Pacific Time (US & Canada)"): read as an IANA id, and the
    listening heat map drawn in it; an unknown name keeps UTC with a warning."""
    import shutil

    from helpers.paths import SAMPLE_X_EXPORT
    from helpers.platforms.x.timezone import iana_name
    from helpers.present.tables import chart_tables

    assert iana_name("Stockholm") == "Europe/Stockholm"
    assert iana_name("Pacific Time (US & Canada)") == "America/Los_Angeles"
    assert iana_name("Europe/Paris") == "Europe/Paris" and iana_name("Atlantis") is None
    for zone, expected in (("Stockholm", "Europe/Stockholm"), ("Atlantis", None)):
        copy = tmp_path / zone
        shutil.copytree(SAMPLE_X_EXPORT, copy)
        data = next(copy.rglob("manifest.js")).parent
        entry = {"accountTimezone": {"accountId": "1", "timeZone": zone}}
        (data / "account-timezone.js").write_text(f"window.YTD.account_timezone.part0 = [{json.dumps(entry)}]")
        export = load_export(copy)
        assert export.meta.timezone == expected
        heat = chart_tables(export)["listening_by_weekday_and_hour"]
        assert heat["timezone"][0] == (expected or "UTC")
        if expected is None:
            assert any("Atlantis" in w.message and "UTC" in w.message for w in export.warnings)
