"""The Telegram Desktop reader: the synthetic whole-account export recovers its planted community exactly (both
generations), a hand-written export is read act by act, the owner comes from the export or --owner and never
from who writes most, every real export under ../shared/real-exports/telegram reads with hand-counted figures,
and bad input is one line and exit 2."""

from __future__ import annotations

import json
import sys
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.errors import OwnerNeeded
from helpers.metrics.audience import audience_tiers
from helpers.model import CHAT_SCHEMA, INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize
from helpers.synthetic.telegram import write_telegram_export

T0 = datetime(2024, 6, 10, 8, 0, tzinfo=UTC)
LOCAL = timezone(timedelta(hours=2))  # the exporting computer: "date" is its local time


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def msg(mid: int, hours: float, who: str | None, name: str | None = None, text="hi", **extra) -> dict:
    """A message as Telegram Desktop writes it (2021 on): local "date" beside the exact "date_unixtime"."""
    t = at(hours)
    m: dict = {
        "id": mid,
        "type": "message",
        "date": t.astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(t.timestamp())),
    }
    if who is not None:
        m.update({"from": name, "from_id": who})
    m.update(extra)
    parts = text if isinstance(text, list) else [text]
    m["text"] = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
    m["text_entities"] = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in parts]
    return m


def service(mid: int, hours: float, who: str, action: str, **extra) -> dict:
    t = at(hours)
    return {
        "id": mid,
        "type": "service",
        "date": t.astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(t.timestamp())),
        "actor": "someone",
        "actor_id": who,
        "action": action,
        **extra,
        "text": "",
        "text_entities": [],
    }


ADA, BEN, CLEO = ("user1", "Ada Baker"), ("user2", "Ben Cole"), ("user3", "Cleo Dunn")
THUMBS = {"type": "emoji", "count": 3, "emoji": "👍", "recent": [{"from": "Ben Cole", "from_id": "user2"}]}
# Bakers (public supergroup 100), hand-counted:
# 3 Ada answers Ben's 2 (reply out to Ben); 4 Ben answers 3 (reply in); 5 Ada names Cleo (mention_name) and
# @dev_handle (a username, no id): two mentions out; 6 Cleo names @ada_bakes, the owner's username: mention in;
# 7 Ada continues her own 5 (thread); 8 a forward (repost); 10 answers the topic's opening service message 9
# (not a reply); 11 Ada answers 99, deleted since (a reply to no one known). Reactions: Ben among those on 5
# (in), Ada on 2 (out); a paid reaction's count (Stars) is not a like.
GROUP = {
    "name": "Bakers",
    "type": "public_supergroup",
    "id": 100,
    "messages": [
        service(1, 0, "user1", "create_channel", title="Bakers"),
        msg(2, 1, *BEN, reactions=[{"type": "emoji", "count": 1, "emoji": "🔥", "recent": [{"from_id": "user1"}]}]),
        msg(3, 2, *ADA, reply_to_message_id=2),
        msg(4, 3, *BEN, reply_to_message_id=3),
        msg(
            5,
            4,
            *ADA,
            text=[
                "Ask ",
                {"type": "mention_name", "text": "Cleo", "user_id": 3},
                " or ",
                {"type": "mention", "text": "@Dev_Handle"},
            ],
            reactions=[THUMBS, {"type": "paid", "count": 5}],
        ),
        msg(6, 5, *CLEO, text=["Thanks ", {"type": "mention", "text": "@ada_bakes"}]),
        msg(7, 6, *ADA, reply_to_message_id=5),
        msg(8, 7, *ADA, forwarded_from="Bake News"),
        service(9, 8, "user2", "topic_created", title="Recipes"),
        msg(10, 9, *BEN, reply_to_message_id=9),
        msg(11, 10, *ADA, reply_to_message_id=99),
    ],
}
DM = {
    "name": "Ben Cole",
    "type": "personal_chat",
    "id": 2,
    "messages": [
        msg(501, 20, *BEN),
        msg(502, 21, *ADA),
        service(503, 22, "user1", "phone_call", duration_seconds=60),
    ],
}
LEFT_OUT = [
    {
        "name": "OrderBot",
        "type": "bot_chat",
        "id": 50,
        "messages": [msg(1, 30, *ADA, text="/start"), msg(2, 31, "user50", "OrderBot", text="Welcome")],
    },
    {"name": "Telegram", "type": "personal_chat", "id": 777000, "messages": [msg(1, 32, "user777000", "Telegram")]},
    {"type": "saved_messages", "id": 1, "messages": [msg(1, 33, *ADA, text="note to self")]},
]
ACCOUNT = {
    "about": "Here is the data you requested.",
    "personal_information": {
        "user_id": 1,
        "first_name": "Ada",
        "last_name": "Baker",
        "phone_number": "+1 555 0100",
        "username": "@ada_bakes",
    },
    "contacts": {"about": "x", "list": [{"user_id": 2, "first_name": "Ben", "phone_number": "+1 555 0101"}]},
    "frequent_contacts": {"about": "x", "list": [{"id": 2, "category": "people", "type": "user", "name": "Ben"}]},
    "chats": {"about": "x", "list": [GROUP, DM, *LEFT_OUT]},
}


def write(folder: Path, doc: dict, name: str = "result.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def one_line_error(path: Path, capsys, *args: str) -> str:
    assert main(["summary", str(path), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


@pytest.fixture
def account(tmp_path) -> Path:
    return write(tmp_path / "DataExport_2024-06-30", ACCOUNT)


def truth_private_chats(folder: Path) -> list[int]:
    """The private chats with people in a written export (not the bot's, not Telegram's 777000)."""
    chats = json.loads((folder / "result.json").read_text(encoding="utf-8"))["chats"]["list"]
    return [c["id"] for c in chats if c["type"] == "personal_chat" and c["id"] != 777000]


def recovered(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {t: sorted(tiers.filter(pl.col("tier") == t)["account_id"]) for t in tiers["tier"].cast(pl.String).unique()}


# --- the planted community --------------------------------------------------------------------------


@pytest.mark.parametrize("generation", ["2025", "2020"])
def test_planted_community_recovered_exactly(tmp_path, generation):
    truth = write_telegram_export(tmp_path / "tg", seed=7, generation=generation)
    e = load_export(tmp_path / "tg")
    got = recovered(e)
    for tier, ids in truth.tiers.items():
        assert got.get(tier, []) == ids, tier
    s = summarize(e)
    assert s["owner"] == {"account_id": "user5550001", "handle": "corner_cafe", "display_name": "Corner Cafe"}
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": None, "following": None, "mutuals": None}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert s["likes_given"] == truth.likes_given  # None in 2020: no reactions then
    assert s["community"]["members_inferred"] == 0
    assert s["coverage"] == {
        "own_posts": True,
        "followers": False,
        "following": False,
        "inbound_public": True,
        "messages": True,
        "messages_sent": True,
        "likes_given": generation == "2025",
        "engagement_counts": generation == "2025",
    }
    if generation == "2020":  # no date_unixtime: local times, said once
        assert [w.kind for w in e.warnings] == ["partial"] and "time zone is unknown" in str(e.warnings[0])
    else:
        assert e.warnings == []
    # The chat frame: every message of people talking (the group, the group left, private chats), never the bot,
    # Telegram's notification account, saved messages or service messages.
    conversations = set(e.chat["conversation_id"])
    assert {c for c in conversations if not c.startswith("user")} == {"channel1700000001", "channel1700000009"}
    assert len(conversations) == 2 + len(truth_private_chats(tmp_path / "tg"))
    assert not {"user6010001", "user777000"} & (set(e.chat["author_id"]) | set(e.people["account_id"]))
    assert e.chat["message_id"].is_unique().all()


def test_the_same_from_a_zip_the_file_and_a_top_folder(tmp_path):
    truth = write_telegram_export(tmp_path / "a.zip", seed=3, as_zip=True)
    folder = write_telegram_export(tmp_path / "f", seed=3)
    assert truth.tier_counts() == folder.tier_counts()
    with zipfile.ZipFile(tmp_path / "a.zip") as z, zipfile.ZipFile(tmp_path / "top.zip", "w") as top:
        top.writestr("DataExport_2026-01-01/result.json", z.read("result.json"))
    summaries = [
        summarize(load_export(p))
        for p in (tmp_path / "a.zip", tmp_path / "f", tmp_path / "f" / "result.json", tmp_path / "top.zip")
    ]
    assert all(s["tiers"] == summaries[0]["tiers"] and s["posts"] == summaries[0]["posts"] for s in summaries)
    assert summaries[0]["tiers"]["core"] == truth.tier_counts()["core"]


def test_phone_numbers_and_contacts_never_kept(tmp_path):
    write_telegram_export(tmp_path / "tg", seed=7)
    assert "+1 555 01" in (tmp_path / "tg" / "result.json").read_text(encoding="utf-8")  # they are in the file
    e = load_export(tmp_path / "tg")
    meta = {k: v for k, v in e.meta.as_json().items() if k != "source"}  # the path holds this test's name
    held = json.dumps(meta) + "".join(
        str(frame.select(pl.col(pl.String)).rows()) for frame in (e.posts, e.people, e.interactions, e.chat)
    )
    assert "555 01" not in held and "phone_number" not in held


# --- a hand-written whole-account export, act by act -----------------------------------------------


def test_whole_account_posts(account):
    e = load_export(account)
    assert e.owner.as_dict() == {"account_id": "user1", "handle": "ada_bakes", "display_name": "Ada Baker"}
    p = e.posts
    assert {n: p.schema[n] for n in POSTS_SCHEMA.names()} == dict(POSTS_SCHEMA)
    assert p.select("post_id", pl.col("kind").cast(pl.String), pl.col("mode").cast(pl.String)).rows() == [
        ("channel100/3", "reply", "conversation"),
        ("channel100/5", "original", "conversation"),
        ("channel100/7", "thread", "broadcast"),
        ("channel100/8", "repost", "amplification"),
        ("channel100/11", "reply", "conversation"),
    ]
    assert p["reply_to_account"].to_list() == ["user2", None, "user1", None, None]  # 99 was deleted: unknown
    assert p["reply_to_post"].to_list() == ["channel100/2", None, "channel100/5", None, "channel100/99"]
    assert p["mentions"].to_list() == [[], ["@dev_handle", "user3"], [], [], []]
    assert p["like_count"].to_list() == [0, 3, 0, 0, 0]  # the paid reaction's 5 Stars are not likes
    assert p["reply_count"].to_list() == [1, 1, 0, 0, 0]
    assert p["repost_count"].null_count() == 5
    # date_unixtime, not the local "date" two hours ahead.
    assert p["created_at"].to_list() == [at(2), at(4), at(6), at(7), at(10)]
    assert p["text"].to_list()[:2] == ["hi", "Ask Cleo or @Dev_Handle"]


def test_whole_account_acts_people_and_chat(account):
    e = load_export(account)
    rows = [
        (at(1), "out", "user2", "reaction", "channel100/2", "channel100", None),
        (at(2), "out", "user2", "reply", "channel100/3", "channel100", None),
        (at(3), "in", "user2", "reply", "channel100/4", "channel100", None),
        (at(4), "out", "@dev_handle", "mention", "channel100/5", "channel100", None),
        (at(4), "in", "user2", "reaction", "channel100/5", "channel100", None),
        (at(4), "out", "user3", "mention", "channel100/5", "channel100", None),
        (at(5), "in", "user3", "mention", "channel100/6", "channel100", None),  # "@ada_bakes": the owner
        (at(20), "in", "user2", "message", "user2/501", "user2", False),
        (at(21), "out", "user2", "message", "user2/502", "user2", False),
    ]
    expected = pl.DataFrame(
        [("telegram", *r) for r in rows],
        schema=["platform", "at", "direction", "account_id", "channel", "ref_id", "conversation_id", "is_group"],
        orient="row",
    )
    got = e.interactions.sort("at", "account_id")
    assert_frame_equal(got, pl.DataFrame(expected, schema=INTERACTIONS_SCHEMA).sort("at", "account_id"))
    assert e.people.select("account_id", "handle", "display_name").rows() == [
        ("@dev_handle", "dev_handle", None),
        ("user2", None, "Ben Cole"),
        ("user3", None, "Cleo Dunn"),
    ]
    assert e.people["follows_owner"].null_count() == 3 and e.people.schema == PEOPLE_SCHEMA
    chat = e.chat
    assert chat.schema == CHAT_SCHEMA
    # 9 group messages of talk (not the service messages 1 and 9) and 2 private; no bot, 777000 or saved.
    assert chat.select("message_id", "author_id", "reply_to_message", "reply_to_author", "is_private").rows() == [
        ("channel100/2", "user2", None, None, False),
        ("channel100/3", "user1", "channel100/2", "user2", False),
        ("channel100/4", "user2", "channel100/3", "user1", False),
        ("channel100/5", "user1", None, None, False),
        ("channel100/6", "user3", None, None, False),
        ("channel100/7", "user1", "channel100/5", "user1", False),
        ("channel100/8", "user1", None, None, False),
        ("channel100/10", "user2", None, None, False),  # answers the topic's opening: not a reply
        ("channel100/11", "user1", "channel100/99", None, False),
        ("user2/501", "user2", None, None, True),
        ("user2/502", "user1", None, None, True),
    ]
    assert chat["mentions"].to_list()[3:5] == [["@dev_handle", "user3"], ["user1"]]
    s = summarize(e)
    assert s["likes_given"] == 1 and s["messages"] == {"sent": 1, "received": 1}
    assert s["tiers"] == {"core": 0, "member": 2, "unanswered": 0, "reached": 1, "follower": None, "following": None}
    assert all(
        s["coverage"][k] for k in ("own_posts", "inbound_public", "messages", "likes_given", "engagement_counts")
    )
    assert "phone numbers" in e.coverage.notes["following"]
    assert e.generation == "Telegram Desktop JSON export of a whole account" and e.warnings == []


def test_a_group_writing_as_itself_is_no_one(tmp_path):
    # An anonymous admin's messages carry the group's own id: not a person, not talk, no contact.
    anonymous = msg(12, 11, "channel100", "Bakers", reply_to_message_id=3)
    e = load_export(
        write(
            tmp_path / "a",
            {**ACCOUNT, "chats": {"about": "x", "list": [{**GROUP, "messages": [*GROUP["messages"], anonymous]}]}},
        )
    )
    assert "channel100" not in set(e.people["account_id"]) | set(e.interactions["account_id"])
    assert "channel100/12" not in set(e.chat["message_id"]) and e.chat.height == 9


# --- whose view: the export's word or --owner, never frequency --------------------------------------


def test_a_group_alone_needs_owner(tmp_path, capsys):
    group = write(tmp_path / "g", GROUP)
    most = "most active: Ada Baker (user1) 5 messages, Ben Cole (user2) 3, Cleo Dunn (user3) 1"
    with pytest.raises(OwnerNeeded) as exc:
        load_export(group)
    assert str(exc.value) == (
        f"{group}: a Telegram group's export (Bakers) does not say whose view to take; choose one with --owner ({most})"
    )
    assert most in one_line_error(group, capsys)
    for nobody in ("nobody", "@ada_bakes", "user9"):  # a single chat shows no one's username
        with pytest.raises(OwnerNeeded, match=f"--owner {nobody} names no one in it; choose one with --owner"):
            load_export(group, owner=nobody)
    for owner in ("user1", "1", "USER1"):
        e = load_export(group, owner=owner)
        assert e.owner.as_dict() == {"account_id": "user1", "handle": None, "display_name": "Ada Baker"}
    # Alone, the group does not say Ada's username: Cleo's "@ada_bakes" stays a name, not a mention of her.
    assert "@ada_bakes" in set(e.people["account_id"])
    assert e.posts.height == 5 and summarize(e)["coverage"]["messages"] is False
    ben = load_export(group, owner="user2")
    assert ben.posts["post_id"].to_list() == ["channel100/2", "channel100/4", "channel100/10"]
    assert ben.posts["kind"].cast(pl.String).to_list() == ["original", "reply", "original"]


def test_a_private_chat_alone_names_its_owner_by_its_id(tmp_path):
    e = load_export(write(tmp_path / "dm", DM))  # the chat's id 2 is Ben: Ada is the one other person in it
    assert e.owner.account_id == "user1" and e.owner.display_name == "Ada Baker"
    assert "taken to be the other person in it (Ada Baker)" in e.coverage.notes["messages"]
    assert summarize(e)["messages"] == {"sent": 1, "received": 1}
    assert e.coverage.own_posts is False and e.coverage.inbound_public is False
    assert load_export(tmp_path / "dm", owner="user2").interactions["direction"].cast(pl.String).to_list() == [
        "out",
        "in",
    ]


def test_a_channel_export_is_the_channels_view(tmp_path):
    news = ("channel300", "Bake News")
    channel = {
        "name": "Bake News",
        "type": "private_channel",
        "id": 300,
        "messages": [
            service(1, 0, "channel300", "create_channel", title="Bake News"),
            msg(2, 1, *news, reactions=[{"type": "emoji", "count": 4, "emoji": "❤", "recent": [{"from_id": "user7"}]}]),
            msg(3, 2, *news, forwarded_from="Flour Weekly", forwarded_from_id="channel400"),
            msg(4, 3, *news, reply_to_message_id=2),
        ],
    }
    e = load_export(write(tmp_path / "c", channel))
    assert e.owner.as_dict() == {"account_id": "channel300", "handle": None, "display_name": "Bake News"}
    assert e.posts["kind"].cast(pl.String).to_list() == ["original", "repost", "thread"]
    assert e.posts["like_count"].to_list() == [4, 0, 0]
    assert e.posts["reply_count"].null_count() == 3  # comments live in the discussion group, another chat
    assert e.interactions.select("direction", "account_id", "channel").rows() == [
        ("in", "user7", "reaction"),
        ("out", "channel400", "repost"),
    ]
    assert "channel is taken as the owner" in e.coverage.notes["own_posts"]
    assert e.coverage.inbound_public is False and "discussion group" in e.coverage.notes["inbound_public"]
    assert e.chat.height == 3


def test_old_exports_bare_numbers_and_local_times(tmp_path):
    # As tg2md 2020-11-12: ids are bare numbers with the old offsets, no date_unixtime, no text_entities.
    group = {
        "name": "Old",
        "type": "private_group",
        "id": (1 << 32) + 55,
        "messages": [
            {"id": 1, "type": "message", "date": "2019-05-01T10:00:00", "from": "Ada", "from_id": 1, "text": "hi"},
            {
                "id": 2,
                "type": "message",
                "date": "2019-05-01T11:00:00",
                "from": "Ben",
                "from_id": 2,
                "reply_to_message_id": 1,
                "text": ["ok ", {"type": "mention_name", "text": "Ada", "user_id": 1}],
            },
        ],
    }
    e = load_export(write(tmp_path / "old", group), owner="1")
    assert e.chat["message_id"].to_list() == ["chat55/1", "chat55/2"]
    assert e.interactions.select("direction", "account_id", "channel").rows() == [("in", "user2", "reply")]
    assert e.chat["mentions"].to_list() == [[], ["user1"]]
    assert e.posts["created_at"].to_list() == [datetime(2019, 5, 1, 10, tzinfo=UTC)]
    assert [str(w) for w in e.warnings] == [
        "result.json: 2 of 2 messages have only the exporting computer's local time (an older export, without "
        "date_unixtime): the time zone is unknown and taken as UTC"
    ]


# --- the real exports in ../shared/real-exports/telegram ---------------------------------------------


@pytest.fixture
def real_telegram() -> Path:
    folder = REAL_EXPORTS / "telegram"
    need(folder.is_dir(), f"{folder} is absent: real-export tests need ../shared beside the checkout")
    return folder


def test_real_tg2md_channel_both_generations(real_telegram):
    # jq '[.messages[]|select(.type=="message")]|length': 12 (2020-11-12), 18 (2021-07-14, the same 12 first).
    old = load_export(real_telegram / "la-ninpre-tg2md" / "2020-11-12")
    new = load_export(real_telegram / "la-ninpre-tg2md" / "2021-07-14")
    assert old.owner == new.owner and old.owner.account_id == "channel1292077344"  # 9882011936 = 2^33 + id
    assert (old.posts.height, new.posts.height) == (12, 18)
    assert old.posts["post_id"].to_list() == new.posts["post_id"].to_list()[:12]
    both = summarize(load_export(real_telegram / "la-ninpre-tg2md"))
    assert both["posts"]["total"] == 18 and both["posts"]["mode"]["broadcast"] == 18
    assert both["period"] == {"first_post": "2020-11-12T12:54:07+00:00", "last_post": "2021-07-14T19:20:23+00:00"}
    assert all("time zone is unknown" in w for w in both["warnings"]) and len(both["warnings"]) == 2
    assert both["coverage"]["inbound_public"] is False and both["tiers"]["core"] is None
    assert both["owner"]["display_name"] == "test"  # the channel's name (result.json "name": "test")


def test_real_tkonverter_folder(real_telegram):
    # jq by from_id: result.json (personal_chat 10001) user777000 12, user10001 13; result_group.json user777000 9,
    # user10001 8, user10002 6. The private chat's id names Alice: user777000 ("Me") is the owner.
    e = load_export(real_telegram / "loganavter-tkonverter-examples")
    s = summarize(e)
    assert s["owner"]["account_id"] == "user777000"
    assert s["messages"] == {"sent": 12, "received": 13}
    assert s["posts"]["total"] == 9 and s["posts"]["kind"]["original"] == 9  # Me's 9 in the group
    assert s["posts"]["mode"]["conversation"] == 1  # 34 names @alice and @bob
    # Alice: private messages in 2025-12, 2026-02, 2026-03, 2027-01 (core); Bob answered Me's 7 (unanswered);
    # @alice and @bob are usernames the export ties to no id (reached).
    assert s["tiers"] == {"core": 1, "member": 0, "unanswered": 1, "reached": 2, "follower": None, "following": None}
    assert s["likes_given"] == 1  # Me among the reactions on Bob's 33
    assert e.chat.height == 48
    # Alone, the group names no owner. Tkonverter's "Me" writes as 777000, Telegram's own notification account,
    # which is no one's view (a real export never shows it in a group).
    with pytest.raises(
        OwnerNeeded, match=r"most active: Alice Example \(user10001\) 8 messages, Bob Sample \(user10002\) 6\)$"
    ):
        load_export(real_telegram / "loganavter-tkonverter-examples" / "result_group.json")


def test_real_mlomb_folder_and_its_private_chat(real_telegram):
    folder = real_telegram / "mlomb-chat-analytics"
    e = load_export(folder)
    # MultiChat_2C_6M.json names user100000001, who never writes; DM_2A_7M.json is Alice's chat with Bob.
    assert e.owner.account_id == "user100000001" and e.owner.display_name == "Test User"
    assert [w.file for w in e.warnings] == ["DM_2A_7M.json"]
    s = summarize(e)
    assert s["messages"] == {"sent": 0, "received": 2} and s["tiers"]["unanswered"] == 2
    assert s["posts"]["total"] == 0 and e.chat.height == 5  # Chat One 2 + Chat Two 3 (a call is a service message)
    dm = load_export(folder / "DM_2A_7M.json")  # chat id 700000000 is Bob: Alice (300000000) is the owner
    assert dm.owner.account_id == "user300000000"
    assert summarize(dm)["messages"] == {"sent": 4, "received": 2}
    assert [str(w).split(":")[0] for w in dm.warnings] == ["DM_2A_7M.json"] and "2 of 6" in str(dm.warnings[0])
    assert detect_platform(folder / "DM_2A_7M.json") == "telegram"


# --- bad input: one line, exit 2 -----------------------------------------------------------------------


def test_truncated_and_mistyped_files(tmp_path, capsys):
    write_telegram_export(tmp_path / "tg", seed=7)
    full = (tmp_path / "tg" / "result.json").read_bytes()
    cut = tmp_path / "cut"
    cut.mkdir()
    (cut / "result.json").write_bytes(full[: len(full) // 2])
    assert "result.json: Input data was truncated; expected a Telegram Desktop export" in one_line_error(cut, capsys)
    wrong = write(tmp_path / "wrong", {**DM, "messages": [{"id": [1], "type": "message"}]})
    assert "Expected `int | str | null`, got `array` - at `$.messages[0].id`" in one_line_error(wrong, capsys)


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({"about": "x", "personal_information": {"user_id": 1}}, "the export holds no chats"),
        ({**GROUP, "messages": [service(1, 0, "user1", "create_channel")]}, "hold no messages"),
        ({"about": "x", "chats": {"about": "y", "list": []}}, "the export holds no chats"),
    ],
)
def test_empty_exports(tmp_path, capsys, doc, says):
    assert says in one_line_error(write(tmp_path / "e", doc), capsys)


@pytest.mark.parametrize("body", [b"", b"[]", b'{"name": "x", "id": 1}', b"\x00\xff"])
def test_not_a_telegram_export(tmp_path, capsys, body):
    (tmp_path / "result.json").write_bytes(body)
    line = one_line_error(tmp_path / "result.json", capsys, "--platform", "telegram")
    assert str(tmp_path / "result.json") in line


# --- hostile values: never a traceback (the review of the chat readers) --------------------------------


def test_damaged_reaction_counts_are_left_out_with_a_warning(tmp_path, capsys):
    # 2^63-1 twice overflowed polars' Int64; a 23-digit string too; a negative count is no count either.
    damaged = [
        [{"type": "emoji", "count": 2**63 - 1}, {"type": "emoji", "count": 2**63 - 1}],
        [{"type": "emoji", "count": "99999999999999999999999"}],
        [{"type": "emoji", "count": -7}],
    ]
    group = {
        **GROUP,
        "messages": [
            *(msg(20 + i, 12 + i, *ADA, reactions=r) for i, r in enumerate(damaged)),
            msg(30, 20, *ADA, reactions=[{"type": "emoji", "count": "2"}, {"type": "emoji", "count": 10**12}]),
        ],
    }
    folder = write(tmp_path / "r", {**ACCOUNT, "chats": {"about": "x", "list": [group]}})
    e = load_export(folder)
    assert e.posts["like_count"].to_list() == [None, None, None, 10**12 + 2]
    assert [(w.kind, w.file) for w in e.warnings] == [("unreadable", "result.json")]
    assert "3 messages with a reaction count that is not a number from 0 to 10^12" in str(e.warnings[0])
    assert main(["summary", str(folder)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_dates_far_outside_the_years_never_crash(tmp_path, capsys):
    year0 = "0000-01-01T00:00:00"
    group = {
        **GROUP,
        "messages": [
            msg(1, 1, *ADA),
            # date_unixtime beyond any datetime (a Rust panic before): the local date stands in.
            msg(2, 2, *ADA, date_unixtime="9223372036854"),
            {**msg(3, 3, *ADA), "date_unixtime": "9223372036854", "date": year0},  # no usable date at all
            {k: v for k, v in msg(4, 4, *ADA).items() if k != "date_unixtime"} | {"date": year0},  # the year 0
            msg(5, 5, *ADA, date_unixtime="-62135596800"),  # 0001-01-01: representable, left out by the filter
            msg(6, 6, *ADA, date_unixtime=str(10**30)),
        ],
    }
    folder = write(tmp_path / "d", {**ACCOUNT, "chats": {"about": "x", "list": [group]}})
    e = load_export(folder)
    assert e.posts["post_id"].to_list() == ["channel100/1", "channel100/2", "channel100/6"]
    assert e.posts["created_at"][1] == datetime(2024, 6, 10, 12, tzinfo=UTC)  # 10:00 UTC read at +02:00 as UTC
    said = {(w.kind, str(w)) for w in e.warnings}
    assert (
        "unreadable",
        "result.json: 3 messages with a date_unixtime that is no time in the years 1 to 9999 (e.g. "
        "'9223372036854'): 2 dated by their local time (date; the time zone unknown, taken as UTC), the others "
        "not counted",
    ) in said
    assert ("unreadable", "result.json: 2 messages without a readable date not counted") in said
    assert any(k == "unreadable" and "dated outside 1990-2099 (for example 1)" in m for k, m in said)
    assert main(["summary", str(folder)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_message_answering_itself_is_an_opener(tmp_path):
    group = {**GROUP, "messages": [msg(1, 1, *ADA, reply_to_message_id=1), msg(2, 2, *BEN, reply_to_message_id=2)]}
    e = load_export(write(tmp_path / "s", {**ACCOUNT, "chats": {"about": "x", "list": [group]}}))
    assert e.chat["reply_to_message"].to_list() == [None, None]
    assert e.posts.select("kind", "reply_count").rows() == [("original", 0)]
    assert e.interactions.height == 0


def test_people_carry_the_names_any_chat_gives(tmp_path):
    # Dora never writes in her private chat (its name is hers); Finn only reacts ("recent" names him); Gus only
    # acts in a service message, then is answered; Hal is named in a saved message and mentioned elsewhere.
    group = {
        **GROUP,
        "messages": [
            service(1, 0, "user7", "invite_members", actor="Gus Hill"),
            msg(
                2,
                1,
                *ADA,
                reactions=[{"type": "emoji", "count": 1, "recent": [{"from": "Finn Gale", "from_id": "user6"}]}],
            ),
            msg(3, 2, *ADA, text=["hi ", {"type": "mention_name", "text": "", "user_id": 7}]),
            msg(4, 3, *ADA, text=["and ", {"type": "mention_name", "text": "", "user_id": 8}]),
        ],
    }
    dora = {"name": "Dora Eve", "type": "personal_chat", "id": 4, "messages": [msg(1, 10, *ADA)]}
    saved = {"type": "saved_messages", "id": 1, "messages": [msg(1, 11, "user8", "Hal Ives")]}
    e = load_export(write(tmp_path / "n", {**ACCOUNT, "chats": {"about": "x", "list": [group, dora, saved]}}))
    assert e.people.select("account_id", "display_name").rows() == [
        ("user4", "Dora Eve"),
        ("user6", "Finn Gale"),
        ("user7", "Gus Hill"),
        ("user8", "Hal Ives"),
    ]


def test_detection_never_opens_another_platforms_private_files(tmp_path, monkeypatch):
    # A Discord data package: activity/analytics and activity/reporting hold IP addresses. Detection (every
    # platform's recogniser, Telegram's among the first) and reading must never open them, in a folder or a zip.
    package = tmp_path / "package"
    files = {
        "messages/index.json": {"111": "general in Bakers"},
        "messages/c111/channel.json": {"id": "111", "type": 0, "guild": {"id": "9", "name": "Bakers"}},
        "messages/c111/messages.json": [{"ID": 1, "Timestamp": "2024-06-10 08:00:00", "Contents": "hi"}],
        "account/user.json": {"id": "42", "username": "ada", "email": "ada@x.invalid", "ip": "192.0.2.1"},
        "activity/analytics/events-1.json": {"type": "session_start", "ip": "192.0.2.1"},
        "activity/reporting/events-1.json": {"type": "login", "ip": "192.0.2.1"},
        "activity/tns/result.json": ACCOUNT,  # a name Telegram's detector opens anywhere else
    }
    for name, content in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(json.dumps(content), encoding="utf-8")
    zipped = tmp_path / "package.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for name in files:
            z.write(package / name, name)

    opened: list[str] = []
    watching = [False]

    def hook(event: str, args: tuple) -> None:  # an audit hook cannot be removed: it records only while watching
        if watching[0] and event == "open" and isinstance(args[0], (str, bytes, Path)):
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    real_open = zipfile.ZipFile.open

    def zip_open(self, name, *args, **kwargs):
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", zip_open)
    for path in (package, zipped):
        watching[0] = True
        try:
            assert detect_platform(path) == "discord"
            e = load_export(path)
        finally:
            watching[0] = False
        assert e.platform == "discord" and e.posts.height == 1
        assert opened and not [o for o in opened if "activity" in o], opened
        opened.clear()
