"""Datasets of several exports: two dates of one account deduplicate (newer wins); platforms stay apart."""

from __future__ import annotations

import json
import shutil

import polars as pl
import pytest

import x_variants as xv
from helpers import ExportError, load_export
from helpers.cli import main
from helpers.combine import combine
from helpers.present.summary import summarize
from helpers.synthetic.x import write_x_archive


@pytest.fixture(scope="module")
def two_dates(tmp_path_factory):
    """The same account exported twice: the older export lacks the newest posts and has one more follower."""
    base = tmp_path_factory.mktemp("dates")
    newer = base / "newer"
    write_x_archive(newer, n_tweets=200, seed=9)
    older = xv.copy_tree(newer, base / "older")
    tweets = xv.read_js(older / "data" / "tweets.js")
    tweets.sort(key=lambda w: int(w["tweet"]["id_str"]))
    kept, dropped = tweets[:-20], tweets[-20:]
    for w in kept:  # counts were lower back then
        w["tweet"]["favorite_count"] = "0"
    xv.write_js(older / "data" / "tweets.js", "window.YTD.tweets.part0", kept)
    followers = xv.read_js(older / "data" / "follower.js")
    followers.append(
        {"follower": {"accountId": "999000999", "userLink": "https://twitter.com/intent/user?user_id=999000999"}}
    )
    xv.write_js(older / "data" / "follower.js", "window.YTD.follower.part0", followers)
    manifest = xv.read_js(older / "data" / "manifest.js")
    manifest["archiveInfo"]["generationDate"] = "2025-06-01T10:00:00.000Z"
    xv.write_js(older / "data" / "manifest.js", "window.__THAR_CONFIG", manifest)
    return newer, older, {w["tweet"]["id_str"] for w in dropped}


def test_two_dates_of_one_account_deduplicate_newer_wins(two_dates):
    newer, older, dropped = two_dates
    n, o = load_export(newer), load_export(older)
    both = combine([o, n])  # order given does not matter: the export date decides
    assert both.platform == "x"
    assert both.posts.height == n.posts.height
    assert both.posts["post_id"].is_unique().all()
    assert set(both.posts["post_id"]) >= dropped
    # Counts come from the newer export.
    merged_likes = dict(zip(both.posts["post_id"], both.posts["like_count"], strict=False))
    assert merged_likes == dict(zip(n.posts["post_id"], n.posts["like_count"], strict=False))
    # The follower only the older export lists no longer follows.
    gone = both.people.filter(pl.col("account_id") == "999000999")
    assert gone["follows_owner"].to_list() == [False]
    assert summarize(both)["people"]["followers"] == summarize(n)["people"]["followers"]


def test_summary_of_several_paths(two_dates, capsys):
    newer, older, _ = two_dates
    assert main(["summary", str(older), str(newer), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["platform"] == "x" and s["posts"]["total"] == summarize(load_export(newer))["posts"]["total"]


def test_two_different_accounts_of_one_platform_are_refused(tmp_path):
    write_x_archive(tmp_path / "a", n_tweets=120, seed=1)
    write_x_archive(tmp_path / "b", n_tweets=120, seed=2)
    manifest = xv.read_js(tmp_path / "b" / "data" / "manifest.js")
    manifest["userInfo"]["accountId"] = "42"
    xv.write_js(tmp_path / "b" / "data" / "manifest.js", "window.__THAR_CONFIG", manifest)
    with pytest.raises(ExportError, match="different x accounts"):
        combine([load_export(tmp_path / "a"), load_export(tmp_path / "b")])


def test_links_merge_one_persons_accounts(sample_x, tmp_path, capsys):
    e = load_export(sample_x)
    people = e.people.filter(pl.col("follows_owner")).sort("account_id")["account_id"].to_list()[:2]
    links = tmp_path / "links.csv"
    links.write_text("person,platform,account_id\n" + "".join(f"pat,x,{a}\n" for a in people))
    assert main(["summary", str(sample_x), "--links", str(links), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    plain = summarize(e)
    assert sum(s["tiers"].values()) == sum(plain["tiers"].values()) - 1
    bad = tmp_path / "bad.csv"
    bad.write_text("who,where\n1,2\n")
    assert main(["summary", str(sample_x), "--links", str(bad)]) == 2
    assert "lacks column" in capsys.readouterr().err


def test_a_folder_of_several_exports_is_read_as_one_combined_dataset(capsys):
    from helpers.paths import SAMPLE_DIR

    assert main(["summary", str(SAMPLE_DIR), "--json"]) == 0
    out = capsys.readouterr()
    summary = json.loads(out.out)
    assert summary["platform"] == "mixed"
    assert set(summary["by_platform"]) == {
        "x",
        "mastodon",
        "bluesky",
        "threads",
        "instagram",
        "facebook",
        "linkedin",
        "reddit",
        "slack",
        "telegram",
    }
    assert "holds 11 exports" in out.err
    # A DiscordChatExporter file does not say whose view to take: among several exports it is left out, said
    # in a warning naming it, never read from a guessed owner.
    left_out = [w for w in summary["warnings"] if "discord" in w and "left out" in w]
    assert left_out, summary["warnings"]
    # Given whose view, it is read with the others.
    assert main(["summary", str(SAMPLE_DIR), "--json", "--owner", "corner_cafe"]) == 0
    assert "discord" in json.loads(capsys.readouterr().out)["by_platform"]


def test_a_folder_with_one_export_and_other_files_is_that_export(tmp_path):
    from helpers.platforms.loading import exports_in
    from helpers.synthetic.samples import sample_path

    shutil.copytree(sample_path("x"), tmp_path / "x")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("call the bakery")
    assert exports_in(tmp_path) == []
    assert load_export(tmp_path).platform == "x"
    assert exports_in(sample_path("facebook")) == []  # an export whose parts sit in subfolders is one export


def test_strict_fails_when_a_whole_export_is_left_out(capsys):
    """--strict refuses to go on without a whole export: the owner-less Discord sample among the others."""
    from helpers.paths import SAMPLE_DIR

    assert main(["summary", str(SAMPLE_DIR), "--strict"]) == 2
    assert "discord" in capsys.readouterr().err


def test_cards_compare_with_the_accounts_older_export(two_dates, tmp_path, monkeypatch):
    """A dataset built from two dates of one account keeps the older export's summary: the dashboard's and the
    report's cards say how each figure moved since it."""
    from helpers.present import dashboard
    from helpers.present.report import report_html
    from helpers.present.tables import earlier_summary, load_view, stored_views
    from helpers.store import build_dataset

    newer, older, _ = two_dates
    monkeypatch.setenv("COMMUNITY_LENS_PROCESSED", str(tmp_path))
    build_dataset([older, newer], "dates", derive_views=stored_views)
    earlier = earlier_summary("dates")
    assert earlier is not None
    summary, named = earlier
    assert named == "the export of 2025-06-01"
    assert summary["posts"]["total"] == summarize(load_export(older))["posts"]["total"]
    page = dashboard.dashboard_page("dates")
    cards = "".join(
        getattr(item, "data", "") for item in page.headline() if isinstance(getattr(item, "data", None), str)
    )
    assert "up 20 from" in cards and "(the export of 2025-06-01)" in cards
    view = load_view("dates")
    assert view is not None and "(the export of 2025-06-01)" in report_html(view, "dates", False, earlier)
    build_dataset([newer], "one", derive_views=stored_views)
    assert earlier_summary("one") is None
