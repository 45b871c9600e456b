"""The Discord reader: DiscordChatExporter JSON (everyone's messages, whose view is chosen with --owner) and
Discord's own data package (the owner's messages only).

Hand-written files are small and counted by hand in the comments; the synthetic export's planted community is
recovered exactly; every real DCE export in ../shared/real-exports/discord is read and its figures checked
against counts made with jq (the commands are in the comments). No real data package exists: its tests use
hand-written files in the layouts parsers and issues describe (docs/formats/discord.md).
"""

from __future__ import annotations

import json
import pickle
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.errors import ExportError, OwnerNeeded
from helpers.metrics.audience import audience_tiers
from helpers.model import CHAT_SCHEMA, INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.archive import Archive
from helpers.platforms.discord.reader import is_discord_export
from helpers.platforms.loading import detect_platform, load_exports
from helpers.present.summary import summarize
from helpers.synthetic.discord import DiscordSpec, write_discord_export
from helpers.synthetic.samples import sample_owner, sample_path

DISCORD = REAL_EXPORTS / "discord"

# --- a small hand-written DCE export -----------------------------------------------------------------------

OLGA = {"id": "1001", "name": "olga", "discriminator": "0000", "nickname": "Olga", "isBot": False}
ANA = {"id": "1002", "name": "ana", "discriminator": "0000", "nickname": "Ana", "isBot": False}
BEN = {"id": "1003", "name": "ben", "discriminator": "0000", "nickname": "Ben", "isBot": False}
CY = {"id": "1004", "name": "cy", "discriminator": "0000", "nickname": None, "isBot": False}
JO = {"id": "1005", "name": "jo", "discriminator": "0000", "nickname": "Jo", "isBot": False}
BOT = {"id": "1009", "name": "helper", "discriminator": "4217", "nickname": "Helper", "isBot": True}
GUILD = {"id": "1", "name": "Bakery", "iconUrl": "x.png"}
GENERAL = {"id": "500", "type": "GuildTextChat", "categoryId": "499", "category": "Text Channels", "name": "general"}


def msg(mid, author, at, content="", type="Default", ref=None, mentions=(), reactions=None, **extra) -> dict:
    m = {"id": mid, "type": type, "timestamp": at, "content": content, "author": author, "mentions": list(mentions)}
    if ref is not None:
        m["reference"] = {"type": "Default", "channelId": "500", "guildId": "1", **ref}
    if reactions is not None:
        m["reactions"] = reactions
    return m | extra


def react(count: int, *users: dict) -> dict:
    return {"emoji": {"id": "", "name": "\U0001f44d", "code": "thumbsup"}, "count": count, "users": list(users)}


def channel_file(guild, channel, messages) -> str:
    return json.dumps({"guild": guild, "channel": channel, "messages": messages, "messageCount": len(messages)})


M6 = msg("3006", BEN, "2024-01-03T12:00:00.1234567+01:00", "<@!1001> question? <@1004>", reactions=[])
FILES = {
    # general, part 1: a join, a bot's welcome, Olga's post (👍 by Ana and the bot), Ana's answer, Olga's answer
    # to it naming her, Ben's raw mentions of Olga and Cy.
    "Bakery - Text Channels - general [500].json": channel_file(
        GUILD,
        GENERAL,
        [
            msg("3001", JO, "2024-01-01T10:00:00+01:00", "Joined the server.", type="GuildMemberJoin"),
            msg("3002", BOT, "2024-01-01T10:01:00+01:00", "welcome @Jo", mentions=[JO]),
            msg("3003", OLGA, "2024-01-02T09:00:00.5+01:00", "hello all", reactions=[react(2, ANA, BOT)]),
            msg("3004", ANA, "2024-01-02T09:05:00+01:00", "hi!", type="Reply", ref={"messageId": "3003"}, reactions=[]),
            msg("3005", OLGA, "2024-01-02T09:10:00+01:00", "@Ana welcome", "Reply", {"messageId": "3004"}, [ANA], []),
            M6,
        ],
    ),
    # general, part 2: Ben's message again (the parts overlap by one: counted once), Olga answers Ben, continues
    # her own post the pre-2.40 way (type Default with a reference), pins it (a service message), Cy names
    # Olga (👍 by Olga), the bot answers Olga, Olga answers a message in no file, forwards Cy's message; Ana
    # names herself.
    "Bakery - Text Channels - general [500] [part 2].json": channel_file(
        GUILD,
        GENERAL,
        [
            M6,
            msg("3007", OLGA, "2024-02-10T08:00:00+00:00", "answer", "Reply", {"messageId": "3006"}, reactions=[]),
            msg("3008", OLGA, "2024-02-10T08:30:00+00:00", "and also", ref={"messageId": "3003"}, reactions=[]),
            msg(
                "3009",
                OLGA,
                "2024-02-10T08:31:00+00:00",
                "Pinned a message.",
                "ChannelPinnedMessage",
                {"messageId": "3003", "guildId": None},
            ),
            msg("3010", CY, "2024-02-11T10:00:00+00:00", "@Olga nice", mentions=[OLGA], reactions=[react(1, OLGA)]),
            msg("3011", BOT, "2024-02-11T10:01:00+00:00", "@Olga noted", "Reply", {"messageId": "3003"}, [OLGA]),
            msg("3012", OLGA, "2024-02-12T10:00:00+00:00", "as I said", "Reply", {"messageId": "999"}),
            msg(
                "3013",
                OLGA,
                "2024-02-12T11:00:00+00:00",
                "",
                ref={"messageId": "3010", "type": "Forward"},
                reactions=[],
            ),
            msg("3014", ANA, "2024-03-01T10:00:00+00:00", "me: <@1002>", mentions=[ANA], reactions=[]),
        ],
    ),
    # A thread started from Olga's post 3003 (the thread's id is the post's): Ana writes in it (answering its
    # root, Olga), Olga writes on (her own root), Ben answers Ana.
    "Bakery - general - Rye [3003].json": channel_file(
        GUILD,
        {"id": "3003", "type": "GuildPublicThread", "categoryId": "500", "category": "general", "name": "Rye"},
        [
            msg("4001", ANA, "2024-01-02T10:00:00+01:00", "rye please", reactions=[]),
            msg("4002", OLGA, "2024-01-02T10:30:00+01:00", "on friday", reactions=[]),
            msg("4003", BEN, "2024-01-02T11:00:00+01:00", "+1", "Reply", {"messageId": "4001", "channelId": "3003"}),
        ],
    ),
    # A DM with Ana (DCE's "Direct Messages" guild), a call left out.
    "Direct Messages - Private - Ana [700].json": channel_file(
        {"id": "0", "name": "Direct Messages", "iconUrl": "x"},
        {"id": "700", "type": "DirectTextChat", "categoryId": "0", "category": "Private", "name": "Ana"},
        [
            msg("5001", ANA, "2024-01-05T10:00:00+01:00", "are you open?"),
            msg("5002", OLGA, "2024-01-05T10:20:00+01:00", "yes"),
            msg("5003", ANA, "2024-01-06T10:00:00+01:00", "Started a call.", type="Call"),
        ],
    ),
    # A group DM (Zulip's hand-written type name, guild null).
    "Direct Messages - Ana, Ben [800].json": channel_file(
        None,
        {"id": "800", "type": "DirectGroupMessage", "categoryId": None, "category": None, "name": "Ana, Ben"},
        [
            msg("6001", OLGA, "2024-03-10T09:00:00+00:00", "order list?"),
            msg("6002", ANA, "2024-03-10T09:05:00+00:00", "two rye"),
            msg("6003", BEN, "2024-03-10T09:06:00+00:00", "one rye"),
        ],
    ),
    # A DM between Ana and Cy, where Olga never wrote: not hers to count.
    "Direct Messages - Private - Cy [900].json": channel_file(
        {"id": "0", "name": "Direct Messages", "iconUrl": "x"},
        {"id": "900", "type": "DirectTextChat", "categoryId": "0", "category": "Private", "name": "Cy"},
        [
            msg("7001", ANA, "2024-03-11T09:00:00+00:00", "hey"),
            msg("7002", CY, "2024-03-11T09:01:00+00:00", "hey"),
        ],
    ),
}
MOST_ACTIVE = "most active: @olga 9 messages, @ana 6, @ben 3, @cy 2"  # authors of the 20 messages by people


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    return folder


@pytest.fixture
def bakery(tmp_path) -> Path:
    return write(tmp_path / "bakery", FILES)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def assert_canonical(e) -> None:
    for frame, schema in (
        (e.posts, POSTS_SCHEMA),
        (e.people, PEOPLE_SCHEMA),
        (e.interactions, INTERACTIONS_SCHEMA),
        *([(e.chat, CHAT_SCHEMA)] if e.chat is not None else []),
    ):
        assert {n: frame.schema[n] for n in schema.names()} == dict(schema)
    assert e.posts["post_id"].is_unique().all()
    assert e.owner.account_id not in e.people["account_id"].to_list()
    assert e.owner.account_id not in e.interactions["account_id"].to_list()


def test_community_messages_hand_counted(bakery):
    e = load_export(bakery, owner="olga")
    assert_canonical(e)
    assert e.platform == "discord" and e.generation == "DiscordChatExporter JSON"
    c = e.chat.sort("message_id")
    # 20 messages by people: general 10 (join, bot x2 and pin left out, 3006 once), thread 3, DMs 2 + 2, group 3.
    assert c.height == 20
    assert c["message_id"].to_list() == [
        "3003", "3004", "3005", "3006", "3007", "3008", "3010", "3012", "3013", "3014",
        "4001", "4002", "4003", "5001", "5002", "6001", "6002", "6003", "7001", "7002",
    ]  # fmt: skip
    rows = {r["message_id"]: r for r in c.iter_rows(named=True)}
    # Replies: the reference's target and its author; a thread's messages answer its root (Olga's 3003);
    # a target in no file keeps its id, no author; a forward answers nothing.
    assert {m: (r["reply_to_message"], r["reply_to_author"]) for m, r in rows.items() if r["reply_to_message"]} == {
        "3004": ("3003", "1001"),
        "3005": ("3004", "1002"),
        "3007": ("3006", "1003"),
        "3008": ("3003", "1001"),
        "3012": ("999", None),
        "4001": ("3003", "1001"),
        "4002": ("3003", "1001"),
        "4003": ("4001", "1002"),
    }
    # Mentions: listed and raw <@id>/<@!id>, never the author (Ana naming herself), never a bot.
    assert {m: sorted(r["mentions"]) for m, r in rows.items() if r["mentions"]} == {
        "3005": ["1002"],
        "3006": ["1001", "1004"],
        "3010": ["1001"],
    }
    assert [m for m, r in rows.items() if r["is_private"]] == ["5001", "5002", "6001", "6002", "6003", "7001", "7002"]
    # The offset is the exporter's: 12:00:00.1234567+01:00 is 11:00:00.123456 UTC.
    assert rows["3006"]["at"] == utc(2024, 1, 3, 11, 0, 0, 123456)
    assert rows["3003"]["at"] == utc(2024, 1, 2, 8, 0, 0, 500000)


def test_owner_view_posts_interactions_people(bakery):
    e = load_export(bakery, owner="olga")
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == ("1001", "olga", "Olga")
    p = e.posts.sort("post_id")
    # Olga's 7 messages in the server (her DM and group messages are not posts).
    assert dict(zip(p["post_id"], p["kind"].cast(pl.String), strict=True)) == {
        "3003": "original",
        "3005": "reply",
        "3007": "reply",
        "3008": "thread",  # continues her own post
        "3012": "reply",  # to a message in no file: a reply to no one known
        "3013": "repost",  # a forward of Cy's message
        "4002": "thread",  # in the thread under her own post
    }
    s = summarize(e)
    assert s["posts"]["mode"] == {"broadcast": 3, "conversation": 3, "amplification": 1}
    assert p["reply_to_account"].to_list() == [None, "1002", "1003", "1001", None, "1004", "1001"]
    # 👍 count 2 on 3003 (the bot's reaction is counted by Discord); 3012 has no reactions field: unknown.
    assert p["like_count"].to_list() == [2, 0, 0, 0, None, 0, 0]
    # Replies 3003 received: 3004, 3008 and the thread's 4001 and 4002 (the bot's 3011 left out).
    assert p["reply_count"].to_list() == [4, 0, 0, 0, 0, 0, 0]
    got = e.interactions.select("direction", "account_id", "channel", "ref_id", "conversation_id", "is_group").rows()
    assert sorted(got, key=str) == sorted(
        [
            ("in", "1002", "reply", "3004", "500", None),
            ("out", "1002", "reply", "3005", "500", None),  # also names Ana: one act, the reply
            ("in", "1003", "mention", "3006", "500", None),
            ("out", "1003", "reply", "3007", "500", None),
            ("in", "1004", "mention", "3010", "500", None),
            ("out", "1004", "repost", "3013", "500", None),
            ("in", "1002", "reply", "4001", "3003", None),
            ("in", "1002", "message", "5001", "700", False),
            ("out", "1002", "message", "5002", "700", False),
            ("out", "1002", "message", "6001", "800", True),  # to each other writer of the group
            ("out", "1003", "message", "6001", "800", True),
            ("in", "1002", "message", "6002", "800", True),
            ("in", "1003", "message", "6003", "800", True),
            ("in", "1002", "reaction", "3003", "500", None),  # the bot's 👍 left out
            ("out", "1004", "reaction", "3010", "500", None),
        ],
        key=str,
    )
    assert e.people.select("account_id", "handle", "display_name").rows() == [
        ("1002", "ana", "Ana"),
        ("1003", "ben", "Ben"),
        ("1004", "cy", None),
        ("1005", "jo", "Jo"),  # joined only: known, no tier
    ]
    assert e.people["follows_owner"].null_count() == 4
    # Ben: contact in January, February and March (core); Ana: January and March (member); Cy named Olga and
    # got only a forward and a reaction (applause): unanswered.
    assert s["tiers"] == {"core": 1, "member": 1, "unanswered": 1, "reached": 0, "follower": None, "following": None}
    assert s["messages"] == {"sent": 2, "received": 3}
    assert s["likes_given"] == 1
    assert s["coverage"] == {
        "own_posts": True,
        "followers": False,
        "following": False,
        "inbound_public": True,
        "messages": True,
        "messages_sent": True,
        "likes_given": True,
        "engagement_counts": True,
    }
    assert "not the server's members" in e.coverage.notes["followers"]
    assert [str(w) for w in e.warnings] == [
        "1 private conversation(s) in which you never wrote (2 messages) are not counted as messages with you: "
        "a DiscordChatExporter file does not list a conversation's members"
    ]


def test_a_forum_post_thread_holds_its_own_root(tmp_path):
    # A forum post is a thread whose first message has the thread's id (its parent, the forum, holds none).
    forum = {"id": "8000", "type": "GuildPublicThread", "categoryId": "8999", "category": "recipes", "name": "Rye"}
    folder = write(
        tmp_path / "f",
        {
            "Bakery - recipes - Rye [8000].json": channel_file(
                GUILD,
                forum,
                [
                    msg("8000", ANA, "2024-05-01T10:00:00+00:00", "my rye recipe"),
                    msg("8001", OLGA, "2024-05-01T11:00:00+00:00", "thanks"),
                    msg(
                        "8002",
                        BEN,
                        "2024-05-01T12:00:00+00:00",
                        "+1",
                        "Reply",
                        {"messageId": "8001", "channelId": "8000"},
                    ),
                ],
            )
        },
    )
    e = load_export(folder, owner="olga")
    assert e.chat.select("message_id", "reply_to_message", "reply_to_author").rows() == [
        ("8000", None, None),
        ("8001", "8000", "1002"),
        ("8002", "8001", "1001"),
    ]
    assert e.posts.select("kind", "reply_to_account").rows() == [("reply", "1002")]
    assert sorted(e.interactions.select("direction", "account_id").rows()) == [("in", "1003"), ("out", "1002")]


@pytest.mark.parametrize("owner", ["olga", "@OLGA", "1001", " olga "])
def test_owner_by_handle_or_id(bakery, owner):
    assert load_export(bakery, owner=owner).owner.account_id == "1001"


def test_another_view_of_the_same_export(bakery):
    s = summarize(load_export(bakery, owner="@ana"))
    # Ana's view: Olga (replies and the DM in January, the group in March), Ben (he answered her in the thread
    # in January, both wrote in the group in March) and Cy (their DM) are members: two months at most.
    assert s["owner"]["handle"] == "ana"
    assert s["tiers"] == {"core": 0, "member": 3, "unanswered": 0, "reached": 0, "follower": None, "following": None}
    # Sent 5001, 6002, 7001; received 5002, 6001, 6003, 7002 (her call is a service message).
    assert s["messages"] == {"sent": 3, "received": 4}


def test_owner_needed_names_the_most_active(bakery, capsys):
    with pytest.raises(OwnerNeeded) as exc:
        load_export(bakery)
    assert str(exc.value) == (
        f"{bakery}: a DiscordChatExporter export does not say whose view to take; choose one with --owner "
        f"({MOST_ACTIVE})"
    )
    assert main(["summary", str(bakery)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and MOST_ACTIVE in err[0]
    for nobody in ("nobody", "helper", "1009"):  # the bot is no one's view
        with pytest.raises(
            OwnerNeeded,
            match=f"--owner {nobody} names no one in this DiscordChatExporter export; choose one with --owner",
        ):
            load_export(bakery, owner=nobody)


def test_a_name_two_accounts_share_needs_the_id(tmp_path):
    other = {**ANA, "id": "1010", "nickname": "Ana B"}
    folder = write(
        tmp_path / "x",
        {
            "c.json": channel_file(
                GUILD,
                GENERAL,
                [msg("1", ANA, "2024-01-01T10:00:00+00:00", "a"), msg("2", other, "2024-01-01T11:00:00+00:00", "b")],
            )
        },
    )
    with pytest.raises(
        OwnerNeeded,
        match=r"--owner ana names 2 accounts in this DiscordChatExporter export; choose one by id \(1002, 1010\)",
    ):
        load_export(folder, owner="ana")
    assert load_export(folder, owner="1010").owner.display_name == "Ana B"


def test_one_file_a_zip_and_a_top_folder(bakery, tmp_path):
    one = bakery / "Direct Messages - Ana, Ben [800].json"
    assert detect_platform(one) == "discord"
    e = load_export(one, owner="olga")
    assert e.chat.height == 3 and summarize(e)["messages"] == {"sent": 1, "received": 2}
    assert not e.coverage.own_posts  # only a group DM: no shared channel
    z = tmp_path / "dce.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name, text in FILES.items():
            zf.writestr(f"export-2024/{name}", text)
    assert detect_platform(z) == "discord"
    assert summarize(load_export(z, owner="olga"))["tiers"] == summarize(load_export(bakery, owner="olga"))["tiers"]


def test_other_json_files_are_named_and_left_out(bakery):
    (bakery / "notes.json").write_text('{"todo": []}')
    e = load_export(bakery, owner="olga")
    assert e.chat.height == 20
    assert [w.kind for w in e.warnings][:1] == ["unsupported_file"]
    assert str(e.warnings[0]) == "notes.json: not DiscordChatExporter channel files; not read"


# --- bad input: one line, exit 2 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"guild": {"id": "1"}, "channel": {"id": "5"}, "messages": [{"id": "1", "auth',
            "not a readable DiscordChatExporter file",
        ),
        ('{"guild": {"id": "1"}, "channel": {"id": "5"}, "messages": {}}', "Expected `array`, got `object`"),
        ('{"guild": {"id": "1"}, "channel": {"name": "x"}, "messages": []}', "missing required field `id`"),
        ('{"guild": null, "channel": {"id": "5"}, "messages": []}', "hold no message written by a person"),
    ],
)
def test_bad_dce_files_are_one_line_and_exit_2(tmp_path, capsys, content, expected):
    f = tmp_path / "general [5].json"
    f.write_text(content)
    assert main(["summary", str(f), "--owner", "olga"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err


def test_only_service_messages_and_bots_is_an_error(tmp_path):
    folder = write(
        tmp_path / "x",
        {
            "c.json": channel_file(
                GUILD,
                GENERAL,
                [
                    msg("1", JO, "2024-01-01T10:00:00+00:00", type="GuildMemberJoin"),
                    msg("2", BOT, "2024-01-01T10:00:00+00:00", "hi"),
                ],
            )
        },
    )
    with pytest.raises(ExportError, match="hold no message written by a person"):
        load_export(folder, owner="jo")


def test_an_unreadable_timestamp_is_left_out_and_said(tmp_path):
    folder = write(
        tmp_path / "x",
        {
            "c.json": channel_file(
                GUILD, GENERAL, [msg("1", OLGA, "2024-01-01T10:00:00+00:00", "a"), msg("2", ANA, "yesterday", "b")]
            )
        },
    )
    e = load_export(folder, owner="olga")
    assert e.chat.height == 1
    assert [str(w) for w in e.warnings] == [
        "c.json: 1 message(s) without a readable timestamp (e.g. 'yesterday') not counted"
    ]


# --- the synthetic export: the planted community, recovered exactly ----------------------------------------


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    dest = tmp_path_factory.mktemp("dce") / "export"
    return dest, write_discord_export(dest, seed=7)


def test_synthetic_recovers_planted_community(planted):
    dest, truth = planted
    e = load_export(dest, owner=truth.owner["handle"])
    assert_canonical(e)
    assert e.owner.account_id == truth.owner["id"] and e.owner.display_name == truth.owner["name"]
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert s["tiers"]["follower"] is None and s["tiers"]["following"] is None
    tiers = audience_tiers(e.people, e.interactions, e.coverage)
    for tier, ids in truth.tiers.items():
        assert sorted(tiers.filter(pl.col("tier") == tier)["account_id"]) == ids, tier
    assert set(tiers.filter(pl.col("tier").is_in(["core", "member"]))["evidence"]) == {"observed"}
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert s["likes_given"] == truth.likes_given
    assert e.chat.height == truth.chat_messages and e.people.height == truth.people
    # Bots and service messages are in the files and nowhere in the frames.
    assert truth.left_out and truth.left_out["bot"] > 0 and truth.left_out["service"] > 0
    assert "700000000000000002" not in e.chat["author_id"].to_list() + e.people["account_id"].to_list()
    assert not e.warnings


def test_synthetic_files_look_like_dce(planted):
    dest, truth = planted
    names = truth.files
    assert sum(n.endswith("[part 2].json") for n in names) == 1
    part1 = next(n for n in names if n.replace(" [part 2]", "") != n).replace(" [part 2]", "")
    assert part1 in names  # part 1 has no suffix
    text = (dest / part1).read_text()
    assert '"Reply"' in text and '"GuildMemberJoin"' in text and "\\uD83D" in text and '"isBot": true' in text
    assert "<@!" in "".join((dest / n).read_text() for n in names)
    stamps = json.loads(text)["messages"][0]["timestamp"]
    assert stamps[-6:] in ("+01:00", "+02:00")  # the exporter's local time


def test_synthetic_zip_other_seed_and_same_bytes(tmp_path):
    z = tmp_path / "dce.zip"
    truth = write_discord_export(z, seed=11, as_archive=True, spec=DiscordSpec(core=3, members=4, chatters=5))
    assert detect_platform(z) == "discord"
    s = summarize(load_export(z, owner=truth.owner["id"]))
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    write_discord_export(tmp_path / "b.zip", seed=11, as_archive=True, spec=DiscordSpec(core=3, members=4, chatters=5))
    assert z.read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_bundled_sample_is_fresh_and_left_out_without_an_owner(tmp_path):
    truth = write_discord_export(tmp_path / "d")
    for name in truth.files:
        assert (tmp_path / "d" / name).read_bytes() == (sample_path("discord") / name).read_bytes(), (
            f"data/sample/discord/{name} is stale: run community-lens sample"
        )
    assert detect_platform(sample_path("discord")) == "discord"
    assert sample_owner("discord") == truth.owner["handle"]
    # Among several exports, an owner-less DCE export is left out with a warning (platforms/loading.py).
    mixed = load_exports([sample_path("discord"), sample_path("reddit")])
    assert mixed.platform == "reddit"
    left = [w for w in mixed.warnings if w.kind == "left_out" and w.file == "discord"]
    assert len(left) == 1 and "does not say whose view to take" in left[0].message
    # With its owner it is read, and combined.
    both = load_exports([sample_path("discord"), sample_path("reddit")], owner=truth.owner["handle"])
    assert set(both.platforms) == {"discord", "reddit"} and both.chat is not None


# --- the real DCE exports (../shared/real-exports/discord) -------------------------------------------------


@pytest.fixture
def real_discord() -> Path:
    need(DISCORD.is_dir(), f"{DISCORD} is absent: real-export tests need ../shared beside the checkout")
    return DISCORD


# People's messages per author, counted with:
#   find DIR -name '*.json' -print0 | xargs -0 cat | jq -r '.channel.id as $c | .messages[]
#     | select((.type=="Default" or .type=="Reply") and (.author.isBot|not)) | "\($c) \(.id) \(.author.name)"'
#     | sort -u | awk '{print $3}' | sort | uniq -c


def test_real_mlomb_samples(real_discord):
    folder = real_discord / "mlomb-chat-analytics"
    with pytest.raises(
        OwnerNeeded, match=r"most active: @mlomb 5 messages, @Deleted User 1, @lombi 1, @not a plant 1\)$"
    ):
        load_export(folder)
    e = load_export(folder, owner="mlomb")
    assert_canonical(e)
    # jq above: mlomb 5, Deleted User 1 (SV_5A_5M.json holds its message twice), lombi 1, "not a plant" 1;
    # the DM partner is marked isBot: left out, with the calls and the group's name and icon changes.
    assert e.chat.height == 8
    s = summarize(e)
    # SV_5A_5M.json: mlomb's 3 messages in the server; 447793085255123006's reactions count 3 + 2.
    assert s["posts"]["kind"]["original"] == 3 and s["posts"]["total"] == 3
    assert e.posts["like_count"].to_list() == [0, 0, 5]
    # GC_3A_5M.json: mlomb answers "not a plant" (type Default with a reference) in the group: out to both
    # writers, lombi and "not a plant" in: both members. The DM holds mlomb's message only (the other is a bot).
    assert s["tiers"] == {"core": 0, "member": 2, "unanswered": 0, "reached": 0, "follower": None, "following": None}
    assert s["messages"] == {"sent": 1, "received": 2}
    assert e.chat.filter(pl.col("message_id") == "530805779645595660")["reply_to_author"].drop_nulls().to_list() == [
        "333333333333333333"
    ]
    # Reactions without users (before DCE 2.40.4): counted, but likes given unknown.
    assert s["coverage"]["likes_given"] is False and s["likes_given"] is None
    assert "2.40.4" in e.coverage.notes["likes_given"]
    assert [w.kind for w in e.warnings] == ["partial"] and "where no one else wrote" in str(e.warnings[0])


def test_real_slatinsky_example_guild(real_discord):
    folder = real_discord / "slatinsky-dcef-example-guild"
    e = load_export(folder, owner="Adam")
    assert_canonical(e)
    # jq above: Adam 22, Thomas 11, Patrick 8, aLittleSpammyBot 1 (not marked a bot) = 42; the two exports of
    # "chill talk" (with and without the deleted message) overlap in 5 messages, counted once.
    assert e.chat.height == 42
    s = summarize(e)
    # Adam's replies: 1060926346089476176 (to Thomas, type Default with a reference) and 1060927555093413928
    # (to Patrick, in the thread); his ThreadCreated is a service message. One mention (@Thomas).
    assert s["posts"]["kind"] == {"original": 20, "reply": 2, "thread": 0, "repost": 0, "quote": 0, "comment": 0}
    assert s["posts"]["mode"] == {"broadcast": 19, "conversation": 3, "amplification": 0}
    # Thomas: Adam replied and mentioned him, he mentioned Adam; Patrick: replied to Adam, Adam to him.
    assert s["tiers"] == {"core": 0, "member": 2, "unanswered": 0, "reached": 0, "follower": None, "following": None}
    assert sorted(e.people["handle"]) == ["Patrick", "Thomas", "aLittleSpammyBot"]
    # The thread was started without a message (ThreadCreated): its messages answer no root.
    thread = e.chat.filter(pl.col("conversation_id") == "1060927310439657577")
    assert thread.height == 5 and thread["reply_to_message"].to_list() == [
        None,
        None,
        None,
        "1060927520008065176",
        "1060927555093413928",
    ]
    assert s["coverage"]["messages"] is False and s["messages"] == {"sent": None, "received": None}


def test_real_zulip_fixtures(real_discord):
    folder = real_discord / "zulip-discord-fixtures"
    e = load_export(folder, owner="pieter")
    assert_canonical(e)
    # jq above: pieter 23, hamlet 7, alice 3, bob 3 = 36 (the bot's join left out; general's 3 parts joined).
    assert e.chat.height == 36
    assert e.exported_at == datetime(2026, 6, 24, 14, 7, 33, 105238, tzinfo=UTC)  # part 3's exportedAt, +07:00
    s = summarize(e)
    # pieter's references: 1519315200522846228 and 1519315140640768040 answer his own messages (thread);
    # 1519313412461559968 is a forward (repost). His "@pieter" names himself: no mention.
    assert s["posts"]["kind"] == {"original": 20, "reply": 0, "thread": 2, "repost": 1, "quote": 0, "comment": 0}
    # hamlet names pieter (1519337614350618754); hamlet's reply targets a message in no part: no one.
    assert s["tiers"] == {"core": 0, "member": 0, "unanswered": 1, "reached": 0, "follower": None, "following": None}
    dangling = e.chat.filter(pl.col("message_id") == "1519337352315797534")
    assert dangling.select("reply_to_message", "reply_to_author").row(0) == ("1519337311018553354", None)
    # Reactions with users (DCE 2.40.4+): on pieter's "Reactions" message, by pieter (3 emoji) and hamlet (3).
    assert s["likes_given"] == 1  # one message pieter reacted to (his own)
    got = e.interactions.filter(pl.col("channel") == "reaction").select("direction", "account_id", "ref_id").rows()
    assert got == [("in", "1000000000000000002", "1519313281611862046")]
    assert e.posts.filter(pl.col("post_id") == "1519313281611862046")["like_count"].item() == 6  # 1+2+1+1+1
    # The hand-written DMs are alice's and bob's, not pieter's.
    assert s["coverage"]["messages"] is False and "never wrote (4 messages)" in str(e.warnings[0])
    alice = summarize(load_export(folder, owner="alice"))
    # alice: the DM with bob both ways, the group DM (her message out to bob; bob's in), the thread.
    assert alice["messages"] == {"sent": 2, "received": 2} and alice["tiers"]["member"] == 1


@pytest.mark.slow
def test_a_2000_member_server_with_300k_messages_reads_in_seconds(tmp_path):
    import random
    import time

    rng = random.Random(3)
    users = [{**ANA, "id": str(10**17 + i), "name": f"user{i}", "nickname": f"User {i}"} for i in range(2000)]
    mid = 10**18
    for c in range(20):
        messages = []
        for j in range(15_000):
            mid += 1
            m = msg(
                str(mid),
                rng.choice(users),
                f"2025-{1 + j // 1250:02d}-{1 + j % 27:02d}T12:00:{j % 60:02d}.5+02:00",
                "hello " * 8,
            )
            if j and rng.random() < 0.3:
                m |= {
                    "type": "Reply",
                    "reference": {"messageId": str(mid - rng.randint(1, min(j, 40))), "channelId": str(c)},
                }
            if rng.random() < 0.1:
                m["mentions"] = [rng.choice(users)]
            m["reactions"] = [react(2, rng.choice(users), rng.choice(users))] if rng.random() < 0.2 else []
            messages.append(m)
        (tmp_path / f"big - c{c} [{c}].json").write_text(channel_file(GUILD, {**GENERAL, "id": str(c)}, messages))
    start = time.perf_counter()
    e = load_export(tmp_path, owner="user7")
    took = time.perf_counter() - start
    assert e.chat.height == 300_000 and e.people.height == 1999
    assert took < 30, f"{took:.1f} s"  # about 3 s on a busy 2-core machine; the bound leaves room for CI


# --- Discord's data package ---------------------------------------------------------------------------------

USER_JSON = json.dumps(
    {
        "id": "111",
        "username": "olga",
        "discriminator": "0",
        "global_name": "Olga B",
        "email": "olga@example.invalid",
        "phone": "+15550100",
        "ip": "198.51.100.7",
        "payments": [{"amount": 999, "description": "Nitro"}],
        "relationships": [{"id": "222", "type": 1}],
    }
)
# 2021: lower-case folders, numeric channel types, messages.csv (multi-line quoted contents).
PACKAGE_2021 = {
    "README.txt": "Welcome to your Discord Data Package!",
    "account/user.json": USER_JSON,
    "account/avatar.png": b"\x89PNG",
    "activity/analytics/events-2021-00000-of-00001.json": '{"event_type": "add_reaction", "ip": "203.0.113.9"}\n',
    "servers/index.json": '{"1": "Bakery"}',
    "messages/index.json": json.dumps(
        {"201": "general in Bakery", "202": "Direct Message with ana#1234", "203": None, "204": None, "205": None}
    ),
    "messages/c201/channel.json": '{"id": "201", "type": 0, "name": "general", "guild": {"id": "1", "name": "Bakery"}}',
    "messages/c201/messages.csv": "ID,Timestamp,Contents,Attachments\n"
    '9001,2021-03-01 10:00:00.123000+00:00,"hello <@!222>, and\nwelcome",\n'
    "9002,2021-04-01 10:00:00+00:00,<@111> <@333> thanks,\n"
    "9003,2021-05-01 10:00:00.5+00:00,plain,https://cdn.discordapp.com/a.png\n",
    "messages/c202/channel.json": '{"id": "202", "type": 1, "recipients": ["111", "222"]}',
    "messages/c202/messages.csv": "ID,Timestamp,Contents,Attachments\n9101,2021-03-02 10:00:00+00:00,hi,\n"
    "9102,2021-06-02 10:00:00+00:00,again,\n",
    "messages/c203/channel.json": '{"id": "203", "type": 3, "recipients": ["111", "222", "333"]}',
    "messages/c203/messages.csv": "ID,Timestamp,Contents,Attachments\n9201,2021-03-03 10:00:00+00:00,all,\n",
    "messages/c204/channel.json": '{"id": "204", "type": 3}',
    "messages/c204/messages.csv": "ID,Timestamp,Contents,Attachments\n9301,2021-03-04 10:00:00+00:00,who,\n",
    "messages/c205/channel.json": '{"id": "205", "type": 0, "guild": {"id": "1", "name": "Bakery"}}',
}
# 2025: capitalised and French folder names, word channel types, messages.json, times without an offset.
PACKAGE_2025 = {
    "Compte/user.json": USER_JSON,
    "Activités/Activities_1/users/user.json": '{"id": "x", "discord_id": "999", "username": "not-the-owner"}',
    "Ads/traits.json": '{"reg_country_code": "FR"}',
    "Messages/index.json": '{"301": "offtopic in Bakery", "302": "Direct Message with ana#0"}',
    "Messages/c301/channel.json": '{"id": "301", "type": "GUILD_TEXT", "name": "offtopic", "guild": {"id": "1", "name": "Bakery"}}',
    "Messages/c301/messages.json": json.dumps(
        [{"ID": 1419422247004934226, "Timestamp": "2025-09-21 20:37:15", "Contents": "see <@222>", "Attachments": ""}]
    ),
    "Messages/c303/channel.json": '{"id": "303", "type": "PUBLIC_THREAD", "name": "Rye", "guild": {"id": "1", "name": "Bakery"}}',
    "Messages/c303/messages.json": '[{"ID": "1419422247004934300", "Timestamp": "2025-09-22 08:00:00", "Contents": "", "Attachments": ""}]',
    "Messages/c302/channel.json": '{"id": "302", "type": "DM", "recipients": ["222", "111"]}',
    "Messages/c302/messages.json": '[{"ID": "1419422247004934227", "Timestamp": "2025-10-01 09:00:00", "Contents": "ok"}]',
}


def test_package_2021_csv_generation(tmp_path):
    folder = write(tmp_path / "package", PACKAGE_2021)
    assert detect_platform(folder) == "discord"
    e = load_export(folder)
    assert_canonical(e)
    assert e.chat is None  # only the owner's messages: no community to see
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == ("111", "olga", "Olga B")
    assert e.generation == "Discord data package (messages.csv)"
    # c201: 3 posts, all "original" (the package names no reply target); 9001 mentions 222, 9002 mentions 333
    # (and the owner, who is no mention).
    assert e.posts.select("post_id", "kind", "mode", "mentions").rows() == [
        ("9001", "original", "conversation", ["222"]),
        ("9002", "original", "conversation", ["333"]),
        ("9003", "original", "broadcast", []),
    ]
    assert e.posts["created_at"].to_list() == [
        utc(2021, 3, 1, 10, 0, 0, 123000),
        utc(2021, 4, 1, 10),
        utc(2021, 5, 1, 10, 0, 0, 500000),
    ]
    assert e.posts["text"][0] == "hello <@!222>, and\nwelcome"
    # Messages: the DM's 2 to 222; the group's 1 to 222 and 333; c204 lists no recipients: not counted.
    msgs = e.interactions.filter(pl.col("channel") == "message").select("account_id", "ref_id", "is_group").rows()
    assert msgs == [("222", "9101", False), ("222", "9201", True), ("333", "9201", True), ("222", "9102", False)]
    s = summarize(e)
    assert s["messages"] == {"sent": 3, "received": None}
    # 222: mentioned and messaged; 333: the same. Nothing others wrote is in a package: all reached.
    assert s["tiers"] == {
        "core": None,
        "member": None,
        "unanswered": None,
        "reached": 2,
        "follower": None,
        "following": None,
    }
    assert e.people.select("account_id", "handle").rows() == [("222", "ana"), ("333", None)]  # index.json's DM name
    assert s["coverage"] == {
        "own_posts": True,
        "followers": False,
        "following": False,
        "inbound_public": False,
        "messages": False,
        "messages_sent": True,
        "likes_given": False,
        "engagement_counts": False,
    }
    assert "only the messages you sent" in e.coverage.notes["messages"]
    assert [str(w) for w in e.warnings] == [
        "messages/c205/messages.json: not in the package (a fault of some packages; requesting the data again fixed "
        "it): those channels are not counted",
        "1 of your private messages in 1 conversation(s) whose channel.json lists no one else are not counted: whom "
        "they went to is not in the package",
    ]


def test_package_2025_capitalised_french_json_in_a_zip(tmp_path):
    z = tmp_path / "package.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name, text in PACKAGE_2025.items():
            zf.writestr(f"discord-olga-20251201/{name}", text)
    assert detect_platform(z) == "discord"
    e = load_export(z, owner="@Olga")  # --owner naming the package's owner is allowed
    assert e.owner.account_id == "111"  # Compte/user.json, not Activités/…/users/user.json
    assert e.generation == "Discord data package (messages.json)"
    # The channel and the thread: 2 posts; the DM: a message to 222.
    assert e.posts.select("post_id", "created_at", "mentions").rows() == [
        ("1419422247004934226", utc(2025, 9, 21, 20, 37, 15), ["222"]),
        ("1419422247004934300", utc(2025, 9, 22, 8), []),
    ]
    assert e.interactions.select("direction", "account_id", "channel").rows() == [
        ("out", "222", "mention"),
        ("out", "222", "message"),
    ]
    with pytest.raises(OwnerNeeded, match=r"holds only its owner's messages \(@olga\); --owner ana names someone else"):
        load_export(z, owner="ana")


def test_package_old_folders_without_c_and_without_user_json(tmp_path):
    files = {k.replace("/c20", "/20"): v for k, v in PACKAGE_2021.items() if not k.startswith("account/")}
    folder = write(tmp_path / "package", files)
    e = load_export(folder)
    assert e.owner.account_id is None and e.posts.height == 3
    assert e.interactions.filter(pl.col("channel") == "message").height == 0
    assert e.warnings[0].kind == "owner_unknown"
    with_id = load_export(folder, owner="111")  # --owner gives the id: messages count again
    assert with_id.interactions.filter(pl.col("channel") == "message")["ref_id"].n_unique() == 3


def test_package_never_opens_private_files_nor_keeps_them(tmp_path, monkeypatch):
    folder = write(tmp_path / "package", PACKAGE_2021)
    opened: list[str] = []
    original = Archive.read_bytes

    def spy(self, name):
        opened.append(name)
        return original(self, name)

    monkeypatch.setattr(Archive, "read_bytes", spy)
    e = load_export(folder)
    assert all(n == "account/user.json" or n.startswith("messages/") for n in opened), opened
    assert not any("activity" in n or "avatar" in n or "servers" in n for n in opened)
    held = pickle.dumps((e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings))
    for secret in (b"olga@example.invalid", b"+15550100", b"198.51.100.7", b"203.0.113.9", b"Nitro"):
        assert secret not in held, secret


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("messages/c201/channel.json", "{", "not readable"),
        ("messages/c201/messages.csv", "Foo,Bar\n1,2\n", "missing column(s) ID, Timestamp"),
        ("messages/c202/channel.json", '{"id": "202", "type": [1]}', "expected the channel's JSON object"),
        ("account/user.json", '{"username": "olga"}', "no account id"),
    ],
)
def test_bad_package_files_are_one_line_and_exit_2(tmp_path, capsys, name, content, expected):
    folder = write(tmp_path / "package", PACKAGE_2021 | {name: content})
    assert main(["summary", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err


# --- hostile values: never a traceback (the review of the chat readers) --------------------------------


def test_damaged_reaction_counts_are_left_out_with_a_warning(tmp_path, capsys):
    # 2^63-1 twice overflowed polars' Int64, 10^30 its Int128 (a traceback, exit 1); a negative count is none.
    messages = [
        msg("1", OLGA, "2024-01-01T10:00:00+00:00", "a", reactions=[react(2**63 - 1), react(2**63 - 1)]),
        msg("2", OLGA, "2024-01-01T11:00:00+00:00", "b", reactions=[{"count": 10**30}]),
        msg("3", OLGA, "2024-01-01T12:00:00+00:00", "c", reactions=[react(-7)]),
        msg("4", OLGA, "2024-01-01T13:00:00+00:00", "d", reactions=[react(2, ANA, BEN), react(10**12)]),
        msg("5", ANA, "2024-01-01T14:00:00+00:00", "e"),
    ]
    folder = write(tmp_path / "x", {"c.json": channel_file(GUILD, GENERAL, messages)})
    e = load_export(folder, owner="olga")
    assert e.posts["like_count"].to_list() == [None, None, None, 10**12 + 2]
    assert [(w.kind, w.file, str(w)) for w in e.warnings] == [
        (
            "unreadable",
            "c.json",
            "c.json: 3 message(s) with a reaction count that is not a number from 0 to 10^12 "
            "(messages[].reactions[].count): their reaction counts are left out",
        )
    ]
    assert main(["summary", str(folder), "--owner", "olga"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_timestamps_far_outside_the_years_never_crash(tmp_path, capsys):
    messages = [
        msg("1", OLGA, "2024-01-01T10:00:00+00:00", "a"),
        msg("2", OLGA, "0000-01-01T00:00:00.000+00:00", "b"),  # the year 0: refused the whole export before
        msg("3", OLGA, "-0001-01-01T00:00:00+00:00", "c"),
        msg("4", OLGA, "0001-01-01T00:00:00+00:00", "d"),  # a time: left out by the shared 1990-2099 filter
        msg("5", ANA, "2024-01-01T11:00:00+00:00", "e"),
    ]
    doc = json.loads(channel_file(GUILD, GENERAL, messages)) | {"exportedAt": "0000-01-01T00:00:00+00:00"}
    folder = write(tmp_path / "x", {"c.json": json.dumps(doc)})
    e = load_export(folder, owner="olga")
    assert e.posts["post_id"].to_list() == ["1"] and e.exported_at is None
    said = [(w.kind, str(w)) for w in e.warnings]
    assert said[0] == (
        "unreadable",
        "c.json: 2 message(s) without a readable timestamp (e.g. '0000-01-01T00:00:00.000+00:00') not counted",
    )
    assert said[1][0] == "unreadable" and "dated outside 1990-2099 (for example 1)" in said[1][1]
    assert main(["summary", str(folder), "--owner", "olga"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_message_answering_itself_is_an_opener(tmp_path):
    messages = [
        msg("1", OLGA, "2024-01-01T10:00:00+00:00", "a", type="Reply", ref={"messageId": "1"}),
        msg("2", ANA, "2024-01-01T11:00:00+00:00", "b", type="Reply", ref={"messageId": "2"}),
        msg("3", ANA, "2024-01-01T12:00:00+00:00", "c", type="Reply", ref={"messageId": "1"}),
    ]
    e = load_export(write(tmp_path / "x", {"c.json": channel_file(GUILD, GENERAL, messages)}), owner="olga")
    assert e.chat.select("message_id", "reply_to_message", "reply_to_author").rows() == [
        ("1", None, None),
        ("2", None, None),
        ("3", "1", "1001"),
    ]
    assert e.posts.select("kind", "reply_count").rows() == [("original", 1)]


def test_a_package_without_index_or_account_never_has_its_activity_opened(tmp_path):
    # Without messages/index.json and account/user.json the package is not recognised as one, and the
    # DiscordChatExporter recogniser looks at the first bytes of JSON files: never those under activity/.
    files = {k: v for k, v in PACKAGE_2021.items() if k.startswith(("messages/c", "activity/")) and k.endswith(".json")}
    folder = write(tmp_path / "package", files)
    opened: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple) -> None:  # an audit hook cannot be removed: it records only while watching
        if watching[0] and event == "open" and isinstance(args[0], (str, Path)) and str(folder) in str(args[0]):
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    try:
        with Archive(folder) as archive:
            assert not is_discord_export(archive)
    finally:
        watching[0] = False
    assert opened and not [n for n in opened if "activity" in n], opened
