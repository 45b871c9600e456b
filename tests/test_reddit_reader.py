"""The Reddit reader. No real Reddit posts/comments/messages file exists (formats notes §4.5): every CSV here
is synthetic, written in the columns four parsers agree on; expectations are counted by hand from the literals."""

from __future__ import annotations

import pickle
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from conftest import REAL_EXPORTS, need
from helpers import load_export
from helpers.cli import main
from helpers.metrics.audience import audience_tiers
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.archive import Archive
from helpers.platforms.loading import detect_platform
from helpers.platforms.reddit import is_reddit_export
from helpers.present.summary import summarize
from helpers.synthetic.reddit import write_reddit_export

POSTS = """id,permalink,date,ip,subreddit,gildings,title,url,body
p1,https://www.reddit.com/r/Baking/comments/p1/open_late/,2024-03-01 10:00:00 UTC,,Baking,0,Open late on Friday,https://www.reddit.com/r/Baking/comments/p1/open_late/,"Come by, we have bread.
Second line."
p2,https://www.reddit.com/r/Coffee/comments/p2/menu/,2024-03-05 09:30:00 UTC,,Coffee,0,Our new menu,https://cornercafe.example/menu,
"""
COMMENTS = """id,permalink,date,ip,subreddit,gildings,link,parent,body,media
c1,https://www.reddit.com/r/Baking/comments/p1/open_late/c1/,2024-03-02 11:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/,t3_p1,Edit: we close at 11,
c2,https://www.reddit.com/r/Baking/comments/p1/open_late/c2/,2024-03-02 12:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/,t1_c1,and the oven is on,
c3,https://www.reddit.com/r/Sourdough/comments/x9/q/c3/,2024-04-10 08:00:00 UTC,,Sourdough,0,https://www.reddit.com/r/Sourdough/comments/x9/q/,t3_x9,Try a longer proof,
c4,https://www.reddit.com/r/Sourdough/comments/x9/q/c4/,2024-04-11 08:00:00 UTC,,Sourdough,0,https://www.reddit.com/r/Sourdough/comments/x9/q/,t1_zz,Agreed!,
c5,https://www.reddit.com/r/Coffee/comments/y1/r/c5/,2024-05-01 08:00:00 UTC,,Coffee,0,https://www.reddit.com/r/Coffee/comments/y1/r/,,[removed],
"""
MESSAGES = """id,permalink,thread_id,date,ip,from,to,subject,body
m1,https://www.reddit.com/message/messages/m1,,2024-03-03 10:00:00 UTC,,AdaBaker,Corner_Cafe,Hello,"Hi, do you sell rye?"
m2,https://www.reddit.com/message/messages/m2,m1,2024-03-03 11:00:00 UTC,,Corner_Cafe,AdaBaker,re: Hello,"Yes,
on Fridays."
m3,https://www.reddit.com/message/messages/m3,,2024-04-03 10:00:00 UTC,,u/BenCooper,Corner_Cafe,Order,Can I order a cake?
m4,https://www.reddit.com/message/messages/m4,,2024-05-03 10:00:00 UTC,,Corner_Cafe,CleoDunn,Thanks,Thanks for the visit
"""
FRIENDS = "username,note\nDevEllis,\nAdaBaker,met at the market\n"


def write(folder: Path, files: dict[str, str], encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode(encoding))
    return folder


@pytest.fixture
def small(tmp_path) -> Path:
    return write(
        tmp_path / "reddit",
        {"posts.csv": POSTS, "comments.csv": COMMENTS, "messages.csv": MESSAGES, "friends.csv": FRIENDS},
    )


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def kinds(export) -> dict[str, int]:
    return {k: v for k, v in summarize(export)["posts"]["kind"].items() if v}


def assert_canonical(export) -> None:
    for frame, schema in (
        (export.posts, POSTS_SCHEMA),
        (export.people, PEOPLE_SCHEMA),
        (export.interactions, INTERACTIONS_SCHEMA),
    ):
        assert {n: frame.schema[n] for n in schema.names()} == dict(schema)
    assert export.posts["post_id"].is_unique().all()


# --- hand-written files, hand-counted ------------------------------------------------------------


def test_posts_and_comments_kinds_by_parent(small):
    e = load_export(small)
    assert_canonical(e)
    p = e.posts
    # p1, p2 original; c1 under own post p1 and c2 under own comment c1: thread; c3 (t3_x9), c4 (t1_zz), c5 (no parent): comment.
    assert dict(zip(p["post_id"], p["kind"].cast(pl.String), strict=False)) == {
        "t3_p1": "original",
        "t1_c1": "thread",
        "t1_c2": "thread",
        "t3_p2": "original",
        "t1_c3": "comment",
        "t1_c4": "comment",
        "t1_c5": "comment",
    }
    assert summarize(e)["posts"]["mode"] == {"broadcast": 4, "conversation": 3, "amplification": 0}
    assert p.filter(pl.col("kind") == "thread")["reply_to_account"].to_list() == ["corner_cafe", "corner_cafe"]
    assert p["reply_to_post"].to_list() == [None, "t3_p1", "t1_c1", None, "t3_x9", "t1_zz", None]
    assert (
        p.filter(pl.col("kind") == "comment")["reply_to_account"].null_count() == 3
    )  # the author is not in the export
    assert p["text"].to_list()[:2] == [
        "Open late on Friday\n\nCome by, we have bread.\nSecond line.",
        "Edit: we close at 11",
    ]
    assert p.filter(pl.col("post_id") == "t3_p2")["text"].item() == "Our new menu"  # a link post: no body
    assert p.filter(pl.col("post_id") == "t1_c5")["text"].item() is None  # "[removed]": counted, no text
    assert p["subreddit"].to_list()[:2] == ["Baking", "Baking"]
    assert p["mentions"].null_count() == 7 and p["like_count"].null_count() == 7


def test_messages_both_ways_owner_inferred_and_people(small):
    e = load_export(small)
    assert (e.owner.account_id, e.owner.handle) == ("corner_cafe", "Corner_Cafe")  # in all 4 message rows
    expected = pl.DataFrame(
        {
            "platform": ["reddit"] * 4,
            "at": [utc(2024, 3, 3, 10), utc(2024, 3, 3, 11), utc(2024, 4, 3, 10), utc(2024, 5, 3, 10)],
            "direction": ["in", "out", "in", "out"],
            "account_id": ["adabaker", "adabaker", "bencooper", "cleodunn"],  # lowercased, "u/" dropped
            "channel": ["message"] * 4,
            "ref_id": ["m1", "m2", "m3", "m4"],
            "conversation_id": [None, "m1", None, None],  # thread_id
            "is_group": [False] * 4,
        },
        schema=INTERACTIONS_SCHEMA,
    )
    assert_frame_equal(e.interactions, expected)
    assert e.people.select("account_id", "handle", "follows_owner", "followed_by_owner").rows() == [
        ("adabaker", "AdaBaker", None, True),
        ("bencooper", "BenCooper", None, False),
        ("cleodunn", "CleoDunn", None, False),
        ("devellis", "DevEllis", None, True),
    ]
    s = summarize(e)
    assert s["tiers"] == {"core": 0, "member": 1, "unanswered": 1, "reached": 1, "follower": 0, "following": 1}
    assert s["people"] == {"followers": None, "following": 2, "mutuals": None}
    assert s["messages"] == {"sent": 2, "received": 2}
    assert s["coverage"] == {
        "own_posts": True,
        "followers": False,
        "following": True,
        "inbound_public": False,
        "messages": True,
        "likes_given": False,
        "engagement_counts": False,
    }
    assert s["likes_given"] is None
    assert [str(w) for w in e.warnings] == [
        "post_votes.csv, comment_votes.csv: not in the export; likes given marked absent"
    ]
    assert "four independent parsers" in e.generation and "not yet checked against a real export" in e.generation
    assert "members come from private messages only" in e.coverage.notes["inbound_public"]


# --- the variants the notes mention (§4.1, §4.4) --------------------------------------------------


def test_messages_and_messages_archive_both_read_once(tmp_path):
    extra = "m5,https://www.reddit.com/message/messages/m5,,2024-06-01 10:00:00 UTC,,Corner_Cafe,AdaBaker,Again,Hi\n"
    undated = COMMENTS.replace("2024-05-01 08:00:00 UTC", "")
    folder = write(
        tmp_path / "r", {"messages.csv": MESSAGES, "messages_archive.csv": MESSAGES + extra, "comments.csv": undated}
    )
    e = load_export(folder)
    assert e.interactions["ref_id"].to_list() == ["m1", "m2", "m3", "m4", "m5"]
    # No posts.csv: c1 (under post p1) is a comment now; c2 is still under the owner's own comment c1.
    assert kinds(e) == {"thread": 1, "comment": 3}
    assert "posts.csv: not in the export; your posts are not counted" in [str(w) for w in e.warnings]
    assert "comments.csv: 1 row(s) without a date not counted" in [str(w) for w in e.warnings]


def test_header_only_files_split_parts_bom_crlf_and_extra_columns(tmp_path, small):
    base = load_export(small)
    headers_only = (
        "\n".join(
            ",".join(line.split(",")[:7])
            for line in MESSAGES.replace('"Hi, do you sell rye?"', "x").replace('"Yes,\non Fridays."', "y").splitlines()
        )
        + "\n"
    )
    body_less_posts = (
        "id,permalink,date,ip,subreddit,gildings,title,url\n"
        + "\n".join(
            line
            for line in [
                "p1,https://www.reddit.com/r/Baking/comments/p1/open_late/,2024-03-01 10:00:00 UTC,,Baking,0,Open late on Friday,u",
                "p2,https://www.reddit.com/r/Coffee/comments/p2/menu/,2024-03-05 09:30:00 UTC,,Coffee,0,Our new menu,u",
            ]
        )
        + "\n"
    )
    lines = COMMENTS.splitlines()
    # Columns in another order, the optional gildings_silver/gildings_supergold, a BOM and CRLF line ends.
    reordered = pl.read_csv(COMMENTS.encode(), infer_schema=False).with_columns(
        gildings_silver=pl.lit("0"), gildings_supergold=pl.lit("0")
    )
    reordered = reordered.select(sorted(reordered.columns))
    folder = write(
        tmp_path / "v",
        {
            "message_headers.csv": headers_only,
            "post_headers.csv": body_less_posts,
            "friends.csv": FRIENDS,
            "comments_1.csv": "\ufeff" + "\r\n".join(lines[:3]) + "\r\n",
            "comments_2.csv": "\r\n".join([lines[0], *lines[3:]]) + "\r\n",
        },
    )
    e = load_export(folder)
    assert_frame_equal(e.interactions, base.interactions)
    assert kinds(e) == kinds(base) == {"original": 2, "thread": 2, "comment": 3}
    assert e.posts.filter(pl.col("post_id") == "t3_p1")["text"].item() == "Open late on Friday"
    assert any("post_headers.csv read in place of posts.csv" in w for w in map(str, e.warnings))
    reordered.write_csv(folder / "comments_1.csv")
    (folder / "comments_2.csv").unlink()
    assert kinds(load_export(folder)) == {"original": 2, "thread": 2, "comment": 3}


def test_zip_with_a_top_folder_and_a_single_file(tmp_path, small):
    z = tmp_path / "export_corner_cafe_20240601.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in sorted(small.iterdir()):
            zf.write(f, f"export_corner_cafe_20240601/{f.name}")
    assert detect_platform(z) == "reddit"
    assert summarize(load_export(z))["tiers"] == summarize(load_export(small))["tiers"]
    # comments.csv alone: no posts to own, so only c2 (under own comment c1) is a thread.
    single = load_export(small / "comments.csv", platform="reddit")
    assert kinds(single) == {"thread": 1, "comment": 4}


def test_recognised_by_reddit_header_not_by_name(tmp_path, small):
    assert detect_platform(small) == "reddit"
    template = write(
        tmp_path / "t", {"posts.csv": "platform,post_id,created_at,kind,text\ncsv,1,2024-01-01,original,hi\n"}
    )
    linkedin = write(
        tmp_path / "l", {"messages.csv": "CONVERSATION ID,FROM,TO,DATE,CONTENT\n1,A,B,2024-06-18 11:59:53 UTC,x\n"}
    )
    for folder in (template, linkedin):
        with Archive(folder) as a:
            assert not is_reddit_export(a)


def test_chat_history_said_not_read_and_tied_owner_not_guessed(tmp_path):
    tie = [*MESSAGES.splitlines()[:2], "m2,p,m1,2024-03-03 11:00:00 UTC,,Corner_Cafe,AdaBaker,re,ok"]
    folder = write(
        tmp_path / "r",
        {
            "messages.csv": "\n".join(tie) + "\n",
            "chat_history.csv": "message_id,created_at,updated_at,username,message\n",
        },
    )
    e = load_export(folder)
    assert e.owner.account_id is None and e.interactions.height == 0 and e.coverage.messages is False
    assert any("cannot tell which of" in w for w in map(str, e.warnings))
    assert any(w.startswith("chat_history.csv: Reddit chat is not read") for w in map(str, e.warnings))


def test_owner_is_the_party_to_most_messages_not_the_busiest_sender(tmp_path):
    # BenCooper sends 3 (unanswered), the owner 2; the owner is in all 6 rows, Ben in 3. One row names neither.
    spam = "".join(f"s{i},p,,2024-06-0{i} 10:00:00 UTC,,BenCooper,Corner_Cafe,Hi,Buy now\n" for i in range(1, 3))
    stray = "x1,p,,2024-06-09 10:00:00 UTC,,AdaBaker,CleoDunn,fwd,text\n"
    e = load_export(write(tmp_path / "r", {"messages.csv": MESSAGES + spam + stray}))
    assert e.owner.account_id == "corner_cafe"
    assert (
        e.interactions.filter(pl.col("account_id") == "bencooper")["direction"].cast(pl.String).to_list() == ["in"] * 3
    )
    assert "messages: 1 of 7 rows are not between you and someone else; not counted" in [str(w) for w in e.warnings]


# --- bad input: one line naming the file, exit 2 ----------------------------------------------------


@pytest.mark.parametrize(
    "files, names",
    [
        (
            {"posts.csv": POSTS.replace("2024-03-05 09:30:00 UTC", "03/05/2024 09:30")},
            ["posts.csv", "row 3", "column date"],
        ),
        (
            {"posts.csv": POSTS, "comments.csv": COMMENTS.replace(",parent,", ",parnt,")},
            ["comments.csv", "missing column(s) parent"],
        ),
        (
            {"messages.csv": MESSAGES + "m9,p,,2024-01-01 00:00:00 UTC,,a,b,c,d,e,f\n"},
            ["messages.csv", "not a readable CSV"],
        ),
        ({"notes.csv": "a,b\n1,2\n"}, ["not a Reddit export"]),
    ],
    ids=["bad_date", "missing_column", "ragged_row", "no_reddit_file"],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, capsys, files, names):
    folder = write(tmp_path / "bad", files)
    assert main(["summary", str(folder), "--platform", "reddit"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(folder) in err[0] and all(n in err[0] for n in names), err


def test_truncated_zip(tmp_path, capsys):
    write_reddit_export(tmp_path / "r.zip", as_archive=True)
    cut = tmp_path / "cut.zip"
    cut.write_bytes((tmp_path / "r.zip").read_bytes()[:600])
    assert main(["summary", str(cut), "--platform", "reddit"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cut.zip" in err[0]


# --- the synthetic export: planted tiers recovered exactly --------------------------------------------


def test_synthetic_recovers_planted_community(tmp_path):
    truth = write_reddit_export(tmp_path / "r", seed=7)
    e = load_export(tmp_path / "r")
    assert_canonical(e)
    s = summarize(e)
    assert s["tiers"] == truth.tier_counts()
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": None, "following": truth.following, "mutuals": None}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert s["likes_given"] == truth.likes_given
    assert e.owner.account_id == truth.owner["id"] and not e.warnings
    tiers = audience_tiers(e.people, e.interactions, e.coverage)
    for tier, ids in truth.tiers.items():
        assert sorted(tiers.filter(pl.col("tier") == tier)["account_id"]) == ids, tier


def test_synthetic_zip_other_seed_and_same_bytes(tmp_path):
    truth = write_reddit_export(tmp_path / "a.zip", seed=11, as_archive=True)
    assert detect_platform(tmp_path / "a.zip") == "reddit"
    assert summarize(load_export(tmp_path / "a.zip"))["tiers"] == truth.tier_counts()
    write_reddit_export(tmp_path / "b.zip", seed=11, as_archive=True)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_the_only_real_reddit_file_has_the_dialect_the_writer_uses(tmp_path):
    real = REAL_EXPORTS / "reddit" / "hudi-connectors" / "subscribed_subreddits.csv"
    need(real.is_file(), f"{real} is absent: real-export tests need ../shared beside the checkout")
    write_reddit_export(tmp_path / "r")
    ours = (tmp_path / "r" / "subscribed_subreddits.csv").read_bytes()
    theirs = real.read_bytes()
    # Same header, "\n" line ends, no BOM, no quoting (real-exports/reddit/hudi-connectors, 8 rows counted by hand).
    assert theirs.split(b"\n")[0] == ours.split(b"\n")[0] == b"subreddit"
    assert b"\r" not in theirs + ours and not theirs.startswith(b"\xef\xbb\xbf") and theirs.count(b"\n") == 8
    # Alone, it holds nothing the reader uses: not a Reddit export.
    with Archive(real.parent) as a:
        assert not is_reddit_export(a)


def test_email_ip_and_message_text_never_held(tmp_path):
    write_reddit_export(tmp_path / "r")
    e = load_export(tmp_path / "r")
    held = pickle.dumps((e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings))
    for secret in (b"owner@example.invalid", b"198.51.100.23", b"203.0.113.", b"re: "):
        assert secret not in held, secret
    assert (tmp_path / "r" / "statistics.csv").exists()  # present in the export, never opened
