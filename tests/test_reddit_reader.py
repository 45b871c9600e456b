"""The Reddit reader. No complete real Reddit export exists here (formats notes §4.5): every CSV is synthetic,
written in the columns four parsers agree on (the "parsers" literals) or as problems reported on real exports show
them (the "real" literals: post_headers.csv without title, bare parents, "/u/Name" recipients, chat_history.csv,
checkfile.csv); expectations are counted by hand from the literals. The owner comes from the export's name
(export_<username>_<date>), so the folders here are named that way."""

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
from helpers.synthetic.reddit import EXPORT_NAME, write_reddit_export

NAMED = "export_Corner_Cafe_20240601"  # as Reddit names the download: export_<username>_<YYYYMMDD>.zip

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
        tmp_path / NAMED,
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
    # c5's empty parent: a top-level comment, under the post its link names.
    assert p["reply_to_post"].to_list() == [None, "t3_p1", "t1_c1", None, "t3_x9", "t1_zz", "t3_y1"]
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


def test_messages_both_ways_owner_from_the_export_name_and_people(small):
    e = load_export(small)
    assert (e.owner.account_id, e.owner.handle) == ("corner_cafe", "Corner_Cafe")  # export_Corner_Cafe_20240601
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
    assert s["tiers"] == {"core": 0, "member": 1, "unanswered": 1, "reached": 1, "follower": None, "following": 1}
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
        "messages_sent": True,
    }
    assert s["likes_given"] is None
    assert [str(w) for w in e.warnings] == [
        "post_votes.csv, comment_votes.csv: not in the export; likes given marked absent"
    ]
    assert (
        "four independent parsers" in e.generation and "not yet checked against a complete real export" in e.generation
    )
    assert "members come from private messages and chat only" in e.coverage.notes["inbound_public"]


# --- the variants the notes mention (§4.1, §4.4) --------------------------------------------------


def test_messages_and_messages_archive_both_read_once(tmp_path):
    extra = "m5,https://www.reddit.com/message/messages/m5,,2024-06-01 10:00:00 UTC,,Corner_Cafe,AdaBaker,Again,Hi\n"
    undated = COMMENTS.replace("2024-05-01 08:00:00 UTC", "")
    folder = write(
        tmp_path / NAMED, {"messages.csv": MESSAGES, "messages_archive.csv": MESSAGES + extra, "comments.csv": undated}
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
        tmp_path / "v" / NAMED,
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


# --- what real exports showed ------------------------------------------------------------------------

# post_headers.csv and comment_headers.csv of a real export: no title, no body; parent a bare id, empty on a
# top-level comment (whose post is the link); the recipient of a message written "/u/Name".
REAL_POST_HEADERS = """id,permalink,date,ip,subreddit,gildings,url
p1,https://www.reddit.com/r/Baking/comments/p1/open_late/,2024-03-01 10:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/
p2,https://www.reddit.com/r/Coffee/comments/p2/menu/,2024-03-05 09:30:00 UTC,,Coffee,0,https://cornercafe.example/menu
"""
REAL_COMMENT_HEADERS = """id,permalink,date,ip,subreddit,gildings,link,parent
khjlwoy,https://www.reddit.com/r/Baking/comments/p1/open_late/khjlwoy/,2024-03-02 11:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/,
khjm001,https://www.reddit.com/r/Baking/comments/p1/open_late/khjm001/,2024-03-02 12:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/,khjlwoy
khjm002,https://www.reddit.com/r/Sourdough/comments/x9/q/khjm002/,2024-04-10 08:00:00 UTC,,Sourdough,0,https://www.reddit.com/r/Sourdough/comments/x9/q/,
khjm003,https://www.reddit.com/r/Sourdough/comments/x9/q/khjm003/,2024-04-11 08:00:00 UTC,,Sourdough,0,https://www.reddit.com/r/Sourdough/comments/x9/q/,zzzzzzz
khjm004,https://www.reddit.com/r/Baking/comments/p1/open_late/khjm004/,2024-04-12 08:00:00 UTC,,Baking,0,https://www.reddit.com/r/Baking/comments/p1/open_late/,t1_khjm001
"""
REAL_MESSAGES = """id,permalink,thread_id,date,ip,from,to,subject,body
m1,https://www.reddit.com/message/messages/m1,,2024-03-03 10:00:00 UTC,,AdaBaker,/u/Corner_Cafe,Hello,Hi
m2,https://www.reddit.com/message/messages/m2,m1,2024-03-03 11:00:00 UTC,,Corner_Cafe,/u/AdaBaker,re: Hello,Yes
m3,https://www.reddit.com/message/messages/m3,,2024-04-03 10:00:00 UTC,,Corner_Cafe,u/BenCooper,Order,Cake?
m4,https://www.reddit.com/message/messages/m4,,2024-05-03 10:00:00 UTC,,Corner_Cafe,CleoDunn,Thanks,Thanks
m5,https://www.reddit.com/message/messages/m5,,2024-05-04 10:00:00 UTC,,Corner_Cafe,/r/Baking,Modmail,Can I post my menu?
m6,https://www.reddit.com/message/messages/m6,,2024-05-05 10:00:00 UTC,,[deleted],/u/Corner_Cafe,Hi,gone
"""


def test_real_headers_files_without_title_or_body_load(tmp_path):
    folder = write(
        tmp_path / NAMED, {"post_headers.csv": REAL_POST_HEADERS, "comment_headers.csv": REAL_COMMENT_HEADERS}
    )
    assert detect_platform(folder) == "reddit"
    e = load_export(folder)
    assert_canonical(e)
    p = e.posts
    # khjlwoy: top level (empty parent) under own post p1 (its link): thread; khjm001: bare parent khjlwoy, own: thread;
    # khjm002: top level under someone's x9: comment; khjm003: bare parent not own: comment; khjm004: t1_ own: thread.
    assert dict(zip(p["post_id"], p["kind"].cast(pl.String), strict=True)) == {
        "t3_p1": "original",
        "t1_khjlwoy": "thread",
        "t1_khjm001": "thread",
        "t3_p2": "original",
        "t1_khjm002": "comment",
        "t1_khjm003": "comment",
        "t1_khjm004": "thread",
    }
    assert p["reply_to_post"].to_list() == [None, "t3_p1", "t1_khjlwoy", None, "t3_x9", "t1_zzzzzzz", "t1_khjm001"]
    assert p.filter(pl.col("kind") == "thread")["reply_to_account"].to_list() == ["corner_cafe"] * 3
    assert p["text"].null_count() == 7  # neither titles nor bodies are in the headers files
    assert [w.kind for w in e.warnings if "read in place of" in w.message] == ["partial", "partial"]


def test_bare_parent_naming_an_own_post_is_a_thread(tmp_path):
    comments = "id,permalink,date,subreddit,link,parent\nc9,x,2024-03-02 11:00:00 UTC,Baking,,p1\n"
    e = load_export(write(tmp_path / NAMED, {"post_headers.csv": REAL_POST_HEADERS, "comments.csv": comments}))
    assert e.posts.filter(pl.col("post_id") == "t1_c9").select("kind", "reply_to_post").row(0) == ("thread", "t3_p1")


def test_recipient_forms_and_subreddits_are_not_people(tmp_path):
    e = load_export(write(tmp_path / NAMED, {"messages.csv": REAL_MESSAGES}))
    assert e.interactions.select("direction", "account_id", "ref_id").rows() == [
        ("in", "adabaker", "m1"),
        ("out", "adabaker", "m2"),
        ("out", "bencooper", "m3"),  # u/BenCooper
        ("out", "cleodunn", "m4"),  # CleoDunn
    ]
    assert e.people["account_id"].to_list() == ["adabaker", "bencooper", "cleodunn"]  # no "baking", no "[deleted]"
    assert e.people["handle"].to_list() == ["AdaBaker", "BenCooper", "CleoDunn"]
    assert "messages: 2 of 6 rows are not between you and another person" in " ".join(map(str, e.warnings))


WELCOME = """id,permalink,thread_id,date,ip,from,to,subject,body
w1,p,,2024-01-01 10:00:00 UTC,,WelcomeBot,/u/Corner_Cafe,Welcome,Hi
w2,p,,2024-01-02 10:00:00 UTC,,WelcomeBot,/u/Corner_Cafe,Tips,Hi
w3,p,,2024-01-03 10:00:00 UTC,,WelcomeBot,/u/Corner_Cafe,More tips,Hi
"""


def test_owner_is_the_account_the_export_names_never_the_busiest_sender(tmp_path):
    named = load_export(write(tmp_path / NAMED, {"messages.csv": WELCOME}))
    assert named.owner.account_id == "corner_cafe"
    assert named.interactions["direction"].cast(pl.String).to_list() == ["in"] * 3
    assert summarize(named)["messages"] == {"sent": 0, "received": 3}
    # The same files, renamed: the export no longer says whose it is. Nothing is guessed from who wrote.
    folder = write(tmp_path / "my reddit stuff", {"messages.csv": WELCOME, "comments.csv": COMMENTS})
    e = load_export(folder)
    assert e.owner.account_id is None and e.owner.handle is None
    assert e.interactions.height == 0 and e.coverage.messages is False and e.people.height == 0
    assert summarize(e)["messages"] == {"sent": None, "received": None}
    unknown = [w for w in e.warnings if w.kind == "owner_unknown"]
    assert len(unknown) == 1 and "'my reddit stuff'" in unknown[0].message
    # Threads are still the owner's own (they are in the export), but whom they answer is not named.
    assert e.posts.filter(pl.col("kind") == "thread")["reply_to_account"].null_count() == 1


def test_owner_from_zip_name_top_folder_or_a_renamed_download(tmp_path):
    flat = tmp_path / f"{NAMED} (1).zip"  # a second download of the same name, as a browser saves it
    with zipfile.ZipFile(flat, "w") as zf:
        zf.writestr("messages.csv", WELCOME)
    assert load_export(flat).owner.handle == "Corner_Cafe"
    nested = tmp_path / "download.zip"
    with zipfile.ZipFile(nested, "w") as zf:
        zf.writestr(f"{NAMED}/messages.csv", WELCOME)
    assert load_export(nested).owner.handle == "Corner_Cafe"
    write(tmp_path / NAMED, {"messages.csv": WELCOME})
    assert load_export(tmp_path / NAMED / "messages.csv", platform="reddit").owner.handle == "Corner_Cafe"


CHAT = """message_id,created_at,updated_at,username,message,thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type
a1,2024-06-01 10:00:00 UTC,,AdaBaker,hi!,,https://chat.reddit.com/room/!ada:reddit.com,,,direct
a2,2024-06-01 10:05:00 UTC,,Corner_Cafe,hello Ada,,https://chat.reddit.com/room/!ada:reddit.com,,,direct
a3,2024-06-02 09:00:00 UTC,,Corner_Cafe,are you there?,,https://chat.reddit.com/room/!ada:reddit.com,,,direct
d1,2024-06-03 10:00:00 UTC,,Corner_Cafe,hello Dev,,https://chat.reddit.com/room/!dev:reddit.com,,,direct
g1,2024-06-04 10:00:00 UTC,,EmiFrost,welcome all,,https://chat.reddit.com/room/!bakers:reddit.com,Baking,Bakers,group
g2,2024-06-04 10:01:00 UTC,,Corner_Cafe,thanks,,https://chat.reddit.com/room/!bakers:reddit.com,Baking,Bakers,group
g3,2024-06-04 10:02:00 UTC,,GusGray,hi,,https://chat.reddit.com/room/!bakers:reddit.com,Baking,Bakers,group
n1,2024-06-05 10:00:00 UTC,,HanaHale,no channel,,,,,direct
a1,2024-06-01 10:00:00 UTC,,AdaBaker,hi!,,https://chat.reddit.com/room/!ada:reddit.com,,,direct
"""


def test_chat_history_read_both_ways_where_the_file_establishes_it(tmp_path):
    e = load_export(write(tmp_path / NAMED, {"messages.csv": REAL_MESSAGES, "chat_history.csv": CHAT}))
    chat = e.interactions.filter(pl.col("conversation_id").str.starts_with("https://chat"))
    # 1:1 with Ada (she wrote too): both ways; Dev's 1:1 (only the owner wrote): recipient unknown, left out;
    # the group: in from each sender, the owner's message left out; n1 (no channel) left out; a1 twice: once.
    assert chat.select("direction", "account_id", "ref_id", "is_group").rows() == [
        ("in", "adabaker", "a1", False),
        ("out", "adabaker", "a2", False),
        ("out", "adabaker", "a3", False),
        ("in", "emifrost", "g1", True),
        ("in", "gusgray", "g3", True),
    ]
    assert chat["at"].to_list()[0] == utc(2024, 6, 1, 10)
    assert summarize(e)["messages"] == {"sent": 3 + 2, "received": 1 + 3}
    assert "devellis" not in e.people["account_id"].to_list() and "hanahale" not in e.people["account_id"].to_list()
    partial = [w for w in e.warnings if w.file == "chat_history.csv"]
    assert [w.kind for w in partial] == ["partial"] and partial[0].message.startswith(
        "chat_history.csv: 3 of 8 chat messages left out"
    )
    # Owner unknown: chat is not read at all (its direction depends on who the owner is).
    e = load_export(write(tmp_path / "renamed", {"messages.csv": REAL_MESSAGES, "chat_history.csv": CHAT}))
    assert e.interactions.height == 0 and not any(w.file == "chat_history.csv" for w in e.warnings)


CHECKFILE = """filename,sha256
comments.csv,{h}
friends.csv,{h}
comment_votes.csv,{h}
post_votes.csv,{h}
gold_received.csv,{h}
messages.csv,{h}
messages_archive.csv,{h}
posts.csv,{h}
"""


def test_checkfile_lists_left_out_files_whose_signals_are_absent(tmp_path, capsys):
    h = "0" * 64
    folder = write(
        tmp_path / NAMED,
        {
            "checkfile.csv": CHECKFILE.format(h=h),
            "posts.csv": POSTS,
            "comments.csv": COMMENTS,
            "messages.csv": MESSAGES,  # messages_archive.csv is listed but left out: messages are incomplete
            "post_votes.csv": "id,permalink,direction\nv1,p,up\n",  # comment_votes.csv left out: likes incomplete
        },
    )
    e = load_export(folder)
    missing = {w.file: w.message for w in e.warnings if w.kind == "missing_file"}
    assert sorted(missing) == ["comment_votes.csv", "friends.csv", "gold_received.csv", "messages_archive.csv"]
    assert missing["friends.csv"] == (
        "friends.csv: listed in checkfile.csv but not in the export; the accounts you follow marked absent"
    )
    assert "this tool does not read it" in missing["gold_received.csv"]
    s = summarize(e)
    assert s["likes_given"] is None and s["people"]["following"] is None  # absent, not 0
    assert s["messages"] == {"sent": None, "received": None} and e.coverage.messages is False
    assert e.interactions.height == 0 and e.people["followed_by_owner"].null_count() == e.people.height
    assert kinds(e) == {"original": 2, "thread": 2, "comment": 3}  # posts and comments are all there
    assert main(["summary", str(folder), "--strict"]) == 2
    # A row may also say so itself; a listed file present is not missing.
    (folder / "checkfile.csv").write_text(f"filename,sha256\nposts.csv,{h}\ncomments.csv,file not included\n")
    e = load_export(folder)
    assert [w.file for w in e.warnings if w.kind == "missing_file"] == ["comments.csv", "friends.csv"]
    assert kinds(e) == {"original": 2} and e.coverage.messages is True
    (folder / "checkfile.csv").write_text("filename,sha256\nposts.csv,a,b,c\n")  # broken: said, not fatal
    assert "checkfile.csv" in {w.file for w in load_export(folder).warnings if w.kind == "unreadable"}


def test_files_with_contact_data_are_never_opened(tmp_path, monkeypatch):
    truth = write_reddit_export(tmp_path / "r")
    folder = tmp_path / "r" / EXPORT_NAME
    write(folder, {"linked_phone_number.csv": "phone_number\n+15550100\n"})
    opened: list[str] = []
    real_read = Archive.read_bytes

    def spy(self, name):
        opened.append(name)
        return real_read(self, name)

    monkeypatch.setattr(Archive, "read_bytes", spy)
    e = load_export(folder)
    assert e.owner.account_id == truth.owner["id"]
    assert {"checkfile.csv", "posts.csv", "comments.csv", "chat_history.csv"} <= set(opened)
    assert not {"statistics.csv", "ip_logs.csv", "linked_phone_number.csv"} & set(opened)


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


@pytest.mark.parametrize("generation", ["real", "parsers"])
def test_synthetic_recovers_planted_community(tmp_path, generation):
    truth = write_reddit_export(tmp_path / "r", seed=7, generation=generation)
    e = load_export(tmp_path / "r")
    assert_canonical(e)
    s = summarize(e)
    assert s["tiers"] == truth.tier_counts() | {"follower": None}  # no follower list: the tier is null
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": None, "following": truth.following, "mutuals": None}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert s["likes_given"] == truth.likes_given
    assert e.owner.account_id == truth.owner["id"]
    if generation == "real":  # the message to /r/Baking is no one's; chat is all in 1:1 channels both wrote in
        assert [str(w) for w in e.warnings] == [
            "messages: 1 of 35 rows are not between you and another person (to or from a subreddit, a deleted "
            "account, or not naming you); not counted (messages_archive.csv)"
        ]
        assert e.interactions.filter(pl.col("conversation_id").str.starts_with("https://chat")).height > 0
    else:
        assert not e.warnings
    tiers = audience_tiers(e.people, e.interactions, e.coverage)
    for tier, ids in truth.tiers.items():
        assert sorted(tiers.filter(pl.col("tier") == tier)["account_id"]) == ids, tier


def test_synthetic_zip_other_seed_and_same_bytes(tmp_path):
    z = tmp_path / f"{EXPORT_NAME}.zip"
    truth = write_reddit_export(z, seed=11, as_archive=True)
    assert detect_platform(z) == "reddit"
    assert summarize(load_export(z))["tiers"] == truth.tier_counts() | {"follower": None}
    write_reddit_export(tmp_path / "b.zip", seed=11, as_archive=True)
    assert z.read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert load_export(tmp_path / "b.zip").owner.account_id is None  # a flat zip renamed: the owner is unknown


def test_bundled_sample_is_fresh(tmp_path):
    from helpers.synthetic.samples import sample_path

    truth = write_reddit_export(tmp_path / "r")
    for name in truth.files:
        assert (tmp_path / "r" / name).read_bytes() == (sample_path("reddit") / name).read_bytes(), (
            f"data/sample/reddit/{name} is stale: run community-lens sample"
        )


def test_the_only_real_reddit_file_has_the_dialect_the_writer_uses(tmp_path):
    real = REAL_EXPORTS / "reddit" / "hudi-connectors" / "subscribed_subreddits.csv"
    need(real.is_file(), f"{real} is absent: real-export tests need ../shared beside the checkout")
    write_reddit_export(tmp_path / "r")
    ours = (tmp_path / "r" / EXPORT_NAME / "subscribed_subreddits.csv").read_bytes()
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
    assert (tmp_path / "r" / EXPORT_NAME / "statistics.csv").exists()  # present in the export, never opened
