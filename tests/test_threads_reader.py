"""The Threads reader. No real Threads file could be collected (formats notes §4.6): the shapes of §4.3-§4.4 are
built by hand here and by the synthetic writer, for each generation (2024-03, ~2025, 2026)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.metrics.audience import audience_tiers
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.archive import Archive
from helpers.platforms.instagram.reader import is_instagram_export
from helpers.platforms.loading import detect_platform
from helpers.platforms.threads import is_threads_export
from helpers.present.summary import summarize
from helpers.synthetic.instagram import write_instagram_export
from helpers.synthetic.threads import GENERATIONS, write_threads_export
from helpers.synthetic.x import write_x_archive


def recovered(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {
        t: sorted(tiers.filter(pl.col("tier") == t)["account_id"])
        for t in ("core", "member", "unanswered", "reached", "follower", "following")
    }


def write(path: Path, text: str) -> None:
    """A file exactly as written (Meta's \\u00XX escapes included)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="ascii")


# --- the exact shapes of the notes (§4.3 seen in a 2026 file; §4.4 from parsers), by hand ---------------------


@pytest.fixture
def notes_export(tmp_path) -> Path:
    root = tmp_path / "instagram-corner_cafe-2026-05-01-Xy12" / "your_instagram_activity" / "threads"
    write(
        root / "threads_and_replies.json",
        """{"text_post_app_text_posts": [
  {"media": [{"uri": "", "creation_timestamp": 1779459010,
              "media_metadata": {"camera_metadata": {"has_camera_metadata": false}},
              "title": "t\\u00e1\\u00ba\\u00a1m bi\\u00e1\\u00bb\\u0087t \\u00f0\\u009f\\u0098\\u008c",
              "cross_post_source": {"source_app": "FB"},
              "text_app_post": {"reply_control": "everyone", "geo_gated_country_list": "",
                                "is_reply": true, "in_reply_to_username": "Someone"}}]},
  {"media": [{"uri": "", "creation_timestamp": 1779459100, "title": "", "text_app_post": {"is_reply": false}},
             {"uri": "", "creation_timestamp": 1779459100, "title": ""}],
   "title": "Two photos for @ada_1 and @corner_cafe", "creation_timestamp": 1779459100},
  {"media": [{"uri": "", "creation_timestamp": 1779459200, "title": "(2/2)",
              "text_app_post": {"is_reply": true, "in_reply_to_username": "corner_cafe"}}]},
  {"media": [{"uri": "", "creation_timestamp": 1779459300, "title": "same here",
              "text_app_post": {"is_reply": true}}]}
]}""",
    )
    write(
        root / "followers_1.json",
        """{"text_post_app_text_post_app_followers": [
  {"title": "Ad\\u00c3\\u00a0 Rossi", "string_list_data": [{"href": "https://www.threads.net/@ada_1", "value": "ada_1", "timestamp": 1700000000}]},
  {"title": "", "string_list_data": [{"href": "https://www.threads.com/someone", "value": "someone", "timestamp": 1700000100}]}]}""",
    )
    # Some Meta relationship files put the username in "title" and drop "value" (§4.4).
    write(
        root / "followers_2.json",
        """{"text_post_app_text_post_app_followers": [
  {"title": "bo.b", "string_list_data": [{"href": "https://www.threads.com/bo.b", "timestamp": 1700000200}]}]}""",
    )
    write(
        root / "following.json",
        """{"text_post_app_text_post_app_following": [
  {"title": "", "string_list_data": [{"href": "https://www.threads.net/@ada_1", "value": "ada_1", "timestamp": 1710000000}]}]}""",
    )
    write(
        root / "liked_threads.json",
        """{"text_post_app_media_likes": [
  {"title": "zed", "string_list_data": [{"href": "https://www.threads.net/@zed/post/C1", "value": "\\u00e2\\u009d\\u00a4\\u00ef\\u00b8\\u008f", "timestamp": 1711000000}]}]}""",
    )
    return tmp_path / "instagram-corner_cafe-2026-05-01-Xy12"


def test_notes_shapes_read_exactly(notes_export):
    e = load_export(notes_export)
    assert e.platform == "threads" and e.generation.startswith("2026")
    for frame, schema in ((e.posts, POSTS_SCHEMA), (e.people, PEOPLE_SCHEMA), (e.interactions, INTERACTIONS_SCHEMA)):
        assert dict(frame.schema).items() >= dict(schema).items()
    # No personal_information.json here: the owner comes from the export's folder name.
    assert e.owner.account_id == "corner_cafe"
    p = e.posts.sort("created_at")
    assert p["text"].to_list() == ["tạm biệt 😌", "Two photos for @ada_1 and @corner_cafe", "(2/2)", "same here"]
    assert p["kind"].cast(pl.String).to_list() == ["comment", "original", "thread", "comment"]
    assert p["reply_to_account"].to_list() == ["someone", None, "corner_cafe", None]
    assert p["mentions"].to_list() == [[], ["ada_1"], [], []]
    assert p["mode"].cast(pl.String).to_list() == ["conversation", "conversation", "broadcast", "conversation"]
    assert p["like_count"].null_count() == 4
    assert e.interactions.select("account_id", "channel").sort("account_id").rows() == [
        ("ada_1", "mention"),
        ("someone", "comment"),
        ("zed", "like"),
    ]
    s = summarize(e)
    assert s["people"] == {"followers": 3, "following": 1, "mutuals": 1}
    ada = e.people.filter(pl.col("account_id") == "ada_1").row(0, named=True)
    assert ada["display_name"] == "Adà Rossi" and ada["followed_at"].timestamp() == 1700000000  # when ada followed
    assert e.exported_at.isoformat() == "2026-05-01T00:00:00+00:00"  # the day in the export's name
    assert s["coverage"] == {
        "own_posts": True,
        "followers": True,
        "following": True,
        "inbound_public": False,
        "messages": False,
        "messages_sent": False,
        "likes_given": True,
        "engagement_counts": False,
    }
    assert e.coverage.caveat("messages") == "Threads exports hold no direct messages"
    assert any("1 replies name no account" in w for w in map(str, e.warnings))


def test_a_lone_threads_and_replies_file(notes_export):
    e = load_export(next(notes_export.rglob("threads_and_replies.json")), platform="threads")
    assert e.posts.height == 4 and e.owner.account_id is None
    assert any("no owner found" in w for w in map(str, e.warnings))
    assert summarize(e)["people"] == {"followers": None, "following": None, "mutuals": None}


# --- every generation, from the synthetic writer ----------------------------------------------------------------


@pytest.mark.parametrize("generation", GENERATIONS)
def test_generation_recovers_the_planted_audience(tmp_path, generation):
    truth = write_threads_export(tmp_path / "t", seed=4, generation=generation)
    e = load_export(tmp_path / "t")
    assert e.platform == "threads" and e.generation.startswith(generation)
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"]) and recovered(e) == truth.tiers
    assert s["tiers"]["unanswered"] is None  # nothing others wrote: who went unanswered is unknown
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert s["community"]["members_inferred"] == len(truth.tiers["member"]) and s["tiers"]["core"] == 0
    assert (e.owner.handle, e.owner.display_name) == ("corner_cafe", "Corner Café")
    assert e.posts.filter(pl.col("source_file") == "threads/archived_threads.json").height == 2  # archived posts count
    assert not e.people["display_name"].drop_nulls().str.contains("Ã").any()
    if generation == "2024":
        assert s["posts"]["kind"]["comment"] == 0 and "does not mark replies" in e.coverage.notes["own_posts"]


def test_zip_and_inside_an_instagram_export(tmp_path):
    truth = write_threads_export(tmp_path / "threads.zip", as_archive=True)
    assert detect_platform(tmp_path / "threads.zip") == "threads"
    zipped = summarize(load_export(tmp_path / "threads.zip"))
    assert zipped["tiers"] == known_tiers(truth.tier_counts(), zipped["coverage"])
    # Threads-only, laid out as Instagram lays it out: still Threads, never Instagram.
    alone = tmp_path / "alone"
    write_threads_export(alone, folder="your_instagram_activity/threads/")
    with Archive(alone) as archive:
        assert is_threads_export(archive) and not is_instagram_export(archive)
    # With Instagram data beside it, the export is Instagram; --platform threads reads the Threads part.
    both = tmp_path / "both"
    write_instagram_export(both)
    truth = write_threads_export(both, folder="your_instagram_activity/threads/")
    with Archive(both) as archive:
        assert not is_threads_export(archive) and is_instagram_export(archive)
    assert recovered(load_export(both, platform="threads")) == truth.tiers


def test_localised_profile_and_renamed_keys(tmp_path):
    root = tmp_path / "t"
    truth = write_threads_export(root, generation="2025")
    profile = root / "threads" / "personal_information.json"
    doc = json.loads(profile.read_text())
    labels = {"Email": "E-mailadres", "Username": "Gebruikersnaam", "Name": "Naam"}
    profile.write_text(
        json.dumps(
            {
                "profile_user": [
                    {
                        "title": "Gebruikersinformatie",
                        "string_map_data": {
                            labels[k]: v
                            for k, v in doc["text_post_app_text_post_app_profile"][0]["string_map_data"].items()
                        },
                    }
                ]
            }
        )
    )
    following = root / "threads" / "following.json"
    items = json.loads(following.read_text())["text_post_app_text_post_app_following"]
    following.write_text(
        json.dumps({"volgend": [{"titel": i["title"], "gegevens": i["string_list_data"]} for i in items]})
    )
    e = load_export(root)
    assert e.owner.handle == "corner_cafe" and e.owner.display_name == "Corner Café"
    assert recovered(e) == truth.tiers


def test_the_email_is_never_held(tmp_path):
    import pickle

    write_threads_export(tmp_path / "t")
    e = load_export(tmp_path / "t")
    assert b"owner@example.invalid" not in pickle.dumps(
        (e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings)
    )


# --- bad input --------------------------------------------------------------------------------------------------


def bad(path: Path, capsys) -> str:
    assert main(["summary", str(path), "--platform", "threads"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_bad_input(tmp_path, capsys):
    for name in ("threads_and_replies.json", "followers.json", "personal_information.json"):
        root = tmp_path / name
        write_threads_export(root, generation="2025")
        target = root / "threads" / name
        target.write_bytes(target.read_bytes()[:-40])
        assert f"threads/{name}" in bad(root, capsys)
    note = tmp_path / "notes.json"
    note.write_text("{}")
    assert "not a Threads export" in bad(note, capsys)
    (tmp_path / "empty").mkdir()
    assert "not a Threads export" in bad(tmp_path / "empty", capsys)
    write_x_archive(tmp_path / "x", n_tweets=20, seed=1)
    assert "not a Threads export" in bad(tmp_path / "x", capsys)
    write_instagram_export(tmp_path / "ig")
    assert "not a Threads export" in bad(tmp_path / "ig", capsys)


def test_real_instagram_export_is_not_threads(capsys):
    real = REAL_EXPORTS / "instagram" / "hudi-connectors-v1-2021-it"
    need(real.is_dir(), f"{real} is absent: real-export tests need ../shared beside the checkout")
    with Archive(real) as archive:
        assert not is_threads_export(archive)
    assert "not a Threads export" in bad(real, capsys)
