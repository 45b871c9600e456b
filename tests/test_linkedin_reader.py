"""The LinkedIn reader on every real export file, with hand-counted expectations, and bad input.

Every format generation and the planted community: tests/test_linkedin_generations.py."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.paths import SAMPLE_X_EXPORT
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize
from helpers.synthetic.linkedin import write_linkedin_export

NO_COUNT = {"reply": 0, "thread": 0, "quote": 0}


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def kinds(export) -> dict[str, int]:
    return {k: v for k, v in summarize(export)["posts"]["kind"].items() if k not in NO_COUNT or v}


def text_at(export, when: str, kind: str | None = None) -> str:
    p = export.posts.filter(pl.col("created_at") == utc(when))
    p = p.filter(pl.col("kind") == kind) if kind else p
    assert p.height == 1, (when, p.height)
    return p["text"][0]


def assert_canonical(export) -> None:
    for frame, schema in (
        (export.posts, POSTS_SCHEMA),
        (export.people, PEOPLE_SCHEMA),
        (export.interactions, INTERACTIONS_SCHEMA),
    ):
        assert dict(frame.select(schema.names()).schema) == dict(schema)
    assert export.posts["post_id"].is_unique().all()
    assert export.posts.select(pl.col("like_count", "repost_count", "reply_count").is_null().all()).row(0) == (
        True,
        True,
        True,
    )
    assert export.people["account_id"].is_unique().all()
    assert export.owner.account_id not in set(export.people["account_id"]) | set(export.interactions["account_id"])


@pytest.fixture
def real() -> Path:
    folder = REAL_EXPORTS / "linkedin"
    need(folder.is_dir(), f"{folder} is absent: real-export tests need ../shared beside the checkout")
    return folder


# --- real exports (../shared/real-exports/linkedin), counted by hand from the files --------------------
# Counting: rows starting with "YYYY-MM-DD HH:MM:SS,https://" (grep -cP), distinct ShareLink values
# (grep -oP | cut | sort -u), bare reshares = distinct links whose row is 'date,link,,,,MEMBER_NETWORK'
# (empty fields bare or ""), Reactions = lines - 1 (one line each).


def test_hudi_2021_connections_messages_invitations(real):
    e = load_export(real / "hudi-connectors-2021")
    assert detect_platform(real / "hudi-connectors-2021") == "linkedin"
    assert_canonical(e)
    # messages.csv: Davide is FROM in one conversation, TO in the other; so is Ciaran. Invitations.csv names
    # Davide as the owner (OUTGOING From, INCOMING To) and Profile.csv says "Davide Mock".
    assert e.owner.as_dict() == {
        "account_id": "https://www.linkedin.com/in/davide",
        "handle": "davide",
        "display_name": "Davide Mock",
    }
    expected = pl.DataFrame(
        {
            "platform": ["linkedin"] * 6,
            "account_id": [
                "bill gates",
                "franco bergin",
                "https://www.linkedin.com/in/ciaran",
                "iryna",
                "maria",
                "mark lenmar",
            ],
            "handle": [None, None, "ciaran", None, None, None],
            "display_name": ["Bill Gates", "Franco Bergin", "Ciaran", "Iryna", "Maria", "Mark Lenmar"],
            "follows_owner": [None, True, None, None, None, True],
            "followed_by_owner": [True, True, False, False, False, True],
            "followed_at": [
                utc("2021-08-24 22:24:35"),
                utc("2021-11-16 00:00:00"),
                None,
                None,
                None,
                utc("2021-11-17 00:00:00"),
            ],
        },
        schema=PEOPLE_SCHEMA,
    )
    assert_frame_equal(e.people, expected)
    m = e.interactions.select("at", pl.col("direction").cast(pl.String), "account_id", "conversation_id", "is_group")
    assert m.rows() == [
        (utc("2021-11-16 17:39:28"), "out", "https://www.linkedin.com/in/ciaran", "2-MGM1MzAxMg==", False),
        (utc("2021-11-17 18:14:58"), "in", "https://www.linkedin.com/in/ciaran", "2-MGM1MjljMg==", False),
    ]
    s = summarize(e)
    assert s["tiers"] == {"core": 0, "member": 1, "unanswered": 0, "reached": 0, "follower": 2, "following": 1}
    assert s["people"] == {"followers": 2, "following": 3, "mutuals": 2}
    assert s["messages"] == {"sent": 1, "received": 1} and s["likes_given"] == 3
    assert s["coverage"] == {
        "own_posts": False,
        "followers": True,
        "following": True,
        "inbound_public": False,
        "messages": True,
        "messages_sent": True,
        "likes_given": True,
        "engagement_counts": False,
    }
    assert "Connections.csv: Notes preamble" in e.generation and "no URL column" in e.generation
    assert "messages.csv: 2019-2023" in e.generation
    assert (
        "connections are mutual" in e.coverage.notes["followers"]
        and "keyed by profile URL" in e.coverage.notes["followers"]
    )
    assert any(w.startswith("Shares.csv: not in the export") for w in map(str, e.warnings))
    # Never held: Profile.csv's zip code and town, message and invitation text.
    held = pickle.dumps((e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings, e.generation))
    for secret in (b"10077", b"Torino", b"Perfect", b"thanks for the interest", b"BLOCKCHAIN"):
        assert secret not in held


def test_femi10_2021_unquoted_multiline_comments(real):
    e = load_export(real / "Femi10-2021")
    assert_canonical(e)
    # Shares.csv: 279 rows, 193 links (one repeated 81 times, one row per image for others); 85 bare
    # reshares. Comments.csv: 207 records, lines 135-137 the same comment thrice.
    assert kinds(e) == {"original": 108, "repost": 85, "comment": 205}
    assert summarize(e)["posts"]["mode"] == {"broadcast": 108, "conversation": 205, "amplification": 85}
    assert e.likes_given_count == 1044
    assert e.posts["created_at"].min() == utc("2014-03-10 13:18:58") and e.posts["created_at"].max() == utc(
        "2021-06-16 15:00:02"
    )
    assert text_at(e, "2021-04-05 21:22:41") == "You are too fond of free things. Lol\nI'm jumping on this one tho"
    assert text_at(e, "2021-05-21 15:12:58").startswith(
        "This will only work in two instances.\n1) If most of your staff"
    )
    assert "\n\n2) If you have proven" in text_at(e, "2021-05-21 15:12:58")
    assert text_at(e, "2017-04-22 21:10:46") == 'Happy "competent" worker'
    assert text_at(e, "2021-05-18 04:25:06") == "Sublime achievement! Congrats"  # trailing blank line dropped
    assert text_at(e, "2021-06-15 08:40:56").startswith(
        "So I did an exploratory analysis on Covid-19 Dataset from when the virus broke out to early June 2021 "
        "using SQL & Power BI.\n\nClearly Covid was kind to Africa"
    )
    c = e.posts.filter(pl.col("created_at") == utc("2021-06-16 03:28:40"))
    assert c["reply_to_post"][0] == "urn:li:activity:6810652804911312896" and c["reply_to_account"][0] is None
    assert "Comments.csv: unquoted multi-line comments (2021)" in e.generation
    assert e.people.height == 0 and e.interactions.height == 0
    assert e.owner.account_id is None and any(w.startswith("no owner found") for w in map(str, e.warnings))
    assert summarize(e)["people"] == {"followers": None, "following": None, "mutuals": None}


def test_sstellamary_2024_reactions_and_quoted_empty_fields(real):
    e = load_export(real / "SStellaMary-2024")
    assert_canonical(e)
    assert kinds(e) == {"original": 55, "repost": 2, "comment": 0}  # empty fields written as ""
    assert e.likes_given_count == 923
    assert e.posts["created_at"].min() == utc("2023-09-05 05:23:32") and e.posts["created_at"].max() == utc(
        "2024-06-11 09:51:14"
    )
    assert text_at(e, "2024-06-11 09:51:14").startswith(
        "🎉 Exciting News! 🎉 From Hard Work to Success Journey\n\nI am thrilled to announce"
    )
    assert "urn:li:groupPost:4780594-7205941148043923456" in set(e.posts["post_id"])


def test_abhishekwebcode_2018_utf16_tsv_shares(real):
    e = load_export(real / "abhishekwebcode-2018")
    assert kinds(e) == {"original": 4, "repost": 1, "comment": 0}
    assert "Shares.csv: UTF-16 TSV (2018)" in e.generation
    p = e.posts.sort("created_at")
    assert p["created_at"].to_list() == [
        utc(t)
        for t in (
            "2015-10-04 16:00:15",
            "2016-08-14 15:58:41",
            "2016-08-20 12:16:21",
            "2016-08-25 17:41:57",
            "2017-06-08 08:15:44",
        )
    ]
    assert p["text"].to_list() == [None, "hjyftf", "content", "Iif", None]
    assert p["post_id"][-1] == "urn:li:activity:6278494528462786560" and p["kind"][-1] == "repost"


def test_sanand0_2025_backslash_quotes(real):
    e = load_export(real / "sanand0-linkedin-2025")
    assert_canonical(e)
    # 202 share rows, 198 links (5 rows for one post with 5 images); 14 bare reshares; 323 comments.
    assert kinds(e) == {"original": 184, "repost": 14, "comment": 323}
    assert text_at(e, "2025-07-13 08:15:21").startswith("Ayush Mandowara Haven't tried audio calls yet.")
    assert text_at(e, "2025-06-27 09:04:13").endswith(
        'telling ChatGPT to "Challenge my assumptions, ask probing questions, suggest better approaches, share '
        'contrarian perspectives, and engage rather than affirm."'
    )
    assert "\n\nGood point about the feedback loop." in text_at(e, "2025-06-27 09:04:13")
    assert text_at(e, "2025-07-01 08:53:45").startswith(
        "If someone asked me, \"What's changed this year in LLMs\", here's my list:\n\nPrompt engineering is out."
    )
    assert not e.posts["text"].str.contains('\\"', literal=True).any()
    own = set(e.posts.filter(pl.col("kind") != "comment")["post_id"])
    assert e.posts.filter(pl.col("reply_to_post").is_in(list(own))).height == 15  # answers under own posts
    assert 'Comments.csv: quotes escaped as \\" (2025)' in e.generation


# Each real file read alone: (posts, likes given, people, tiers that are non-zero); every other tier is 0 where
# the file can show it, else None (known_tiers).
SINGLE_FILES = {
    "Femi10-2021/Comments.csv": (205, None, 0, {}),
    "Femi10-2021/Reactions.csv": (0, 1044, 0, {}),
    "Femi10-2021/Shares.csv": (193, None, 0, {}),
    "SStellaMary-2024/Reactions.csv": (0, 923, 0, {}),
    "SStellaMary-2024/Shares.csv": (57, None, 0, {}),
    "abhishekwebcode-2018/Shares.csv": (5, None, 0, {}),
    "hudi-connectors-2021/Connections.csv": (0, None, 2, {"follower": 2}),
    "hudi-connectors-2021/Invitations.csv": (0, None, 3, {}),
    "hudi-connectors-2021/Member_Follows.csv": (0, None, 1, {}),  # not the following list without connections
    "hudi-connectors-2021/Profile.csv": (0, None, 0, {}),
    "hudi-connectors-2021/Reactions.csv": (0, 3, 0, {}),
    "hudi-connectors-2021/messages.csv": (0, None, 1, {"member": 1}),
    "sanand0-linkedin-2025/Comments.csv": (323, None, 0, {}),
    "sanand0-linkedin-2025/Shares.csv": (198, None, 0, {}),
}
NOT_READ = ("Company Follows.csv", "Endorsement_Received_Info.csv", "Rich Media.csv", "Votes.csv")


def test_every_real_file_is_listed_here(real):
    files = {p.relative_to(real).as_posix() for p in real.rglob("*.csv")}
    assert files == set(SINGLE_FILES) | {f"hudi-connectors-2021/{n}" for n in NOT_READ}


@pytest.mark.parametrize("name", sorted(SINGLE_FILES))
def test_each_real_file_alone(real, name):
    e = load_export(real / name, platform="linkedin")
    posts, likes, people, tiers = SINGLE_FILES[name]
    assert (e.posts.height, e.likes_given_count, e.people.height) == (posts, likes, people)
    s = summarize(e)
    assert s["tiers"] == known_tiers({**dict.fromkeys(s["tiers"], 0), **tiers}, s["coverage"])
    if name.endswith("Profile.csv"):
        assert e.owner.display_name == "Davide Mock"
    if name.endswith("messages.csv"):  # alone, Davide and Ciaran are each in both conversations: said so
        assert any("the owner is taken to be" in w for w in map(str, e.warnings))


@pytest.mark.parametrize("name", NOT_READ)
def test_files_not_read_are_refused_alone(real, name, capsys):
    assert main(["summary", str(real / "hudi-connectors-2021" / name), "--platform", "linkedin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and name in err[0] and "not a LinkedIn export" in err[0]


# --- bad input: exit code 2 and one line naming the file ------------------------------------------------


def _cut(path: Path, name: str, size: int) -> Path:
    (path / name).write_bytes((path / name).read_bytes()[:size])
    return path / name


def _replace(path: Path, old: str, new: str) -> Path:
    path.write_text(path.read_text().replace(old, new, 1))
    return path


BAD = {
    "truncated Comments.csv (a quote never closed)": lambda p: _cut(p, "Comments.csv", 1500),
    "truncated messages.csv (a record cut short)": lambda p: _cut(p, "messages.csv", 900),
    "truncated Shares.csv": lambda p: _cut(p, "Shares.csv", 300),
    "Shares.csv of another kind": lambda p: (p / "Shares.csv").write_text("id,permalink\n1,2\n") and p / "Shares.csv",
    "unreadable date in Connections.csv": lambda p: _replace(p / "Connections.csv", ",Analyst,", ",Analyst,yesterday "),
    "unreadable date in messages.csv": lambda p: _replace(p / "messages.csv", " UTC,", " CEST,"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_one_line_exit_2(tmp_path, capsys, case):
    copy = tmp_path / "li"
    write_linkedin_export(copy, seed=7, era="2025")
    bad = BAD[case](copy)
    assert main(["summary", str(copy), "--platform", "linkedin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and bad.name in err[0] and err[0].startswith("community-lens: error: "), err


def test_another_platforms_export_with_platform_linkedin(tmp_path, capsys):
    reddit = tmp_path / "reddit"
    reddit.mkdir()
    (reddit / "messages.csv").write_text(
        "id,permalink,thread_id,date,ip,from,to,subject,body\n1,/m/1,t,2023-01-15 12:34:56 UTC,,a,b,s,hi\n"
    )
    for export in (SAMPLE_X_EXPORT, reddit, tmp_path / "empty"):
        export.mkdir(exist_ok=True)
        assert main(["summary", str(export), "--platform", "linkedin"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and str(export) in err[0] and "not a LinkedIn export" in err[0], err
