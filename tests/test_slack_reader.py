"""The Slack workspace export reader: the synthetic export's planted community recovered exactly, the owner's
view (the primary owner, --owner, OwnerNeeded), a hand-written workspace counted by hand, the real exports in
../shared/real-exports/slack/ counted by hand with jq, and bad input as one line and exit 2."""

from __future__ import annotations

import json
import re
import shutil
import time
import zipfile
from pathlib import Path

import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.errors import OwnerNeeded
from helpers.metrics import ladder
from helpers.metrics.audience import export_tiers
from helpers.model import CHAT_SCHEMA, INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize
from helpers.synthetic.slack import OWNER, SlackSpec, write_slack_export

SLACK = REAL_EXPORTS / "slack"


@pytest.fixture
def real_slack() -> Path:
    need(SLACK.is_dir(), f"{SLACK} is absent: real-export tests need ../shared beside the checkout")
    return SLACK


def assert_canonical(e) -> None:
    for frame, schema in (
        (e.posts, POSTS_SCHEMA),
        (e.people, PEOPLE_SCHEMA),
        (e.interactions, INTERACTIONS_SCHEMA),
        (e.chat, CHAT_SCHEMA),
    ):
        assert {n: frame.schema[n] for n in schema.names()} == dict(schema)
    assert e.posts["post_id"].is_unique().all() and e.chat["message_id"].is_unique().all()
    assert e.owner.account_id not in set(e.people["account_id"]) | set(e.interactions["account_id"])


def tiers_by_id(e) -> dict[str, list[str]]:
    t = export_tiers(e)
    return {tier: sorted(t.filter(pl.col("tier") == tier)["account_id"]) for tier in t["tier"].cast(pl.String).unique()}


# --- the synthetic export: the planted community recovered exactly -----------------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    dest = tmp_path_factory.mktemp("slack") / "workspace"
    truth = write_slack_export(dest, seed=11)
    return dest, truth, load_export(dest)


def test_planted_tiers_recovered_exactly(synthetic):
    _dest, truth, e = synthetic
    assert_canonical(e)
    assert e.platform == "slack" and e.owner.account_id == OWNER["id"] and e.owner.handle == OWNER["handle"]
    got = tiers_by_id(e)
    for tier, ids in truth.tiers.items():
        assert got.get(tier, []) == ids, tier
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert s["tiers"]["following"] is None  # Slack has no following
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": None, "mutuals": None}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert s["likes_given"] == truth.likes_given
    assert s["coverage"] == {
        "own_posts": True,
        "followers": True,
        "following": False,
        "inbound_public": True,
        "messages": True,
        "messages_sent": True,
        "likes_given": True,
        "engagement_counts": True,
    }
    assert e.generation == "Slack workspace export (public channels, private channels, direct messages, group DMs)"
    assert e.warnings == []


def test_the_whole_community_frame(synthetic):
    _dest, truth, e = synthetic
    c = e.chat
    # Joins, topic and purpose changes, bot_message, the bot user's and Slackbot's messages are left out;
    # the thread_broadcast replies once each; the deactivated drifters' messages and the outsider's stay.
    assert c.height == truth.chat["messages"]
    assert c["reply_to_message"].drop_nulls().len() == truth.chat["replies"]
    assert int(c["is_private"].sum()) == truth.chat["private"]
    assert int((c["mentions"].list.len() > 0).sum()) == truth.chat["mentioning"]
    assert int((c["author_id"] == OWNER["id"]).sum()) == truth.chat["by_owner"]
    assert set(truth.ladder["drifters"]) <= set(c["author_id"]) and set(truth.outsiders) <= set(c["author_id"])
    # A thread reply answers its thread's first message in the same conversation: both ids are conversation:ts.
    replies = c.filter(pl.col("reply_to_message").is_not_null())
    assert (replies["reply_to_message"].str.split(":").list.first() == replies["conversation_id"]).all()
    assert replies["reply_to_author"].null_count() == 0
    assert c["mentions"].explode().drop_nulls().is_in([*list(e.people["account_id"]), OWNER["id"]]).all()


def test_engagement_people_and_privacy(synthetic):
    dest, truth, e = synthetic
    assert int(e.posts["like_count"].sum()) == truth.reactions_on_posts  # the bot's reaction counted, as Slack does
    assert int(e.posts["reply_count"].sum()) == truth.replies_to_posts  # the bot user's reply is not a person's
    assert e.people.height == truth.people_listed + len(truth.outsiders)
    outsider = e.people.filter(pl.col("account_id") == truth.outsiders[0]).row(0, named=True)
    assert (outsider["handle"], outsider["display_name"], outsider["follows_owner"]) == (
        "mia.market",
        "Mia Market",
        None,
    )
    assert set(e.people.filter(pl.col("follows_owner") == False)["account_id"]) >= set(truth.ladder["drifters"])  # noqa: E712
    assert not {"slackbot", "menubot", "calendar"} & set(e.people["handle"].drop_nulls())
    # Every profile in users.json holds an email address: none is kept anywhere.
    assert b"@example.invalid" in (dest / "users.json").read_bytes()
    for frame in (e.posts, e.people, e.interactions, e.chat):
        assert not any("example.invalid" in str(v) for row in frame.rows() for v in row)


def test_the_ladder_sees_converts_join_and_drifters_leave(synthetic):
    _dest, truth, e = synthetic
    frame = ladder.ladder(e)
    start = truth.ladder["convert_month"]
    for person in truth.ladder["converts"]:
        history = frame.filter(pl.col("account_id") == person).sort("month")
        assert history.filter(pl.col("month") < start)["tier"].unique().to_list() == ["follower"], person
        assert history.filter(pl.col("month") >= start)["tier"].unique().to_list() == ["member"], person
    states = ladder.member_states(e)
    assert set(states.filter(pl.col("state") == "away")["account_id"]) >= set(truth.ladder["drifters"])


def test_a_zip_reads_like_its_folder(synthetic, tmp_path):
    _dest, _truth, e = synthetic
    write_slack_export(tmp_path / "export.zip", seed=11, as_archive=True)
    z = load_export(tmp_path / "export.zip")
    assert summarize(z) | {"generation": None} == summarize(e) | {"generation": None}
    # Re-zipped with the folder on top, as a person may do: found under it.
    with zipfile.ZipFile(tmp_path / "export.zip") as src, zipfile.ZipFile(tmp_path / "nested.zip", "w") as dst:
        for info in src.infolist():
            dst.writestr(f"Corner Cafe Slack export Jan 1 2024 - Dec 31 2025/{info.filename}", src.read(info))
    assert detect_platform(tmp_path / "nested.zip") == "slack"
    assert summarize(load_export(tmp_path / "nested.zip"))["tiers"] == summarize(e)["tiers"]


# --- whose view: the primary owner, --owner, or one line naming the most active ---------------------


def _user(dest: Path, uid: str) -> dict:
    return next(u for u in json.loads((dest / "users.json").read_text()) if u["id"] == uid)


def test_owner_chooses_whose_view(synthetic):
    dest, truth, e = synthetic
    core = truth.tiers["core"][-1]
    handle = _user(dest, core)["name"]
    for given in (handle, "@" + handle.upper(), core):
        other = load_export(dest, owner=given)
        assert other.owner.account_id == core and other.owner.handle == handle
    assert_canonical(other)
    assert OWNER["id"] in set(other.people["account_id"])
    # From their side the cafe is a two-way partner of theirs in 3+ months: core.
    assert tiers_by_id(other)["core"].count(OWNER["id"]) == 1
    assert other.chat.equals(e.chat)  # the community is the same whoever's view is taken


def test_owner_matching_no_one_names_the_most_active(synthetic, capsys):
    dest, _truth, e = synthetic
    with pytest.raises(OwnerNeeded) as exc:
        load_export(dest, owner="@nobody")
    counts = e.chat.group_by("author_id").len().sort(["len", "author_id"], descending=[True, False])
    top, n = counts.row(0)
    assert top == OWNER["id"]
    assert str(exc.value).startswith(f"{dest}: --owner '@nobody' matches no member of this Slack workspace; ")
    assert f"(most active: @{OWNER['handle']} {n:,} messages, @" in str(exc.value) and str(exc.value).endswith(", ...)")
    assert main(["summary", str(dest), "--owner", "nobody"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "choose one with --owner" in err[0]


def test_no_primary_owner_needs_owner(synthetic, tmp_path, capsys):
    dest, _truth, _e = synthetic
    copy = tmp_path / "no-owner"
    shutil.copytree(dest, copy)
    users = json.loads((copy / "users.json").read_text())
    for u in users:
        u["is_primary_owner"] = False
    (copy / "users.json").write_text(json.dumps(users))
    assert main(["summary", str(copy)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert re.fullmatch(
        rf".*{copy}: this Slack export does not say whose view to take \(no primary owner is marked\); choose one "
        rf"with --owner \(most active: @corner_cafe \d+ messages, @[\w.]+ \d+, @[\w.]+ \d+, @[\w.]+ \d+, @[\w.]+ \d+, \.\.\.\)",
        err[0],
    ), err
    assert load_export(copy, owner=OWNER["handle"]).owner.account_id == OWNER["id"]


# --- a hand-written workspace, counted by hand ------------------------------------------------------

USERS = [
    {
        "id": "UOWNER",
        "name": "olive",
        "real_name": "Olive Owner",
        "is_primary_owner": True,
        "profile": {"email": "o@x.invalid"},
    },
    {"id": "UANA", "name": "ana", "real_name": "", "profile": {"real_name": "Ana Ames", "display_name": "ana"}},
    {"id": "UBEN", "name": "ben", "real_name": "Ben Bell"},
    {"id": "UCAL", "name": "cal", "deleted": True, "profile": {"real_name": "Cal Cole"}},
    {"id": "UGUS", "name": "gus", "real_name": "Gus Guest", "is_restricted": True},
    {"id": "UBOT", "name": "helper", "is_bot": True, "profile": {"bot_id": "BHELP"}},
    {"id": "UAPP", "name": "calendar", "is_app_user": True},
    {"id": "USLACKBOT", "name": "slackbot", "real_name": "Slackbot", "is_bot": False},
]
CHANNELS = [
    {"id": "C1", "name": "general", "created": "1709251200", "members": ["UOWNER", "UANA", "UBEN", "UCAL"]},
    {"id": "C2", "name": "guests", "created": 1709251200, "members": ["UGUS", "UBEN"]},
]
DMS = [{"id": "D1", "members": ["UOWNER", "UANA"]}, {"id": "D2", "members": ["UANA", "UBEN"]}]
MPIMS = [{"id": "G1", "name": "mpdm-olive--ana--ben-1", "members": ["UOWNER", "UANA", "UBEN"]}]
T = {i: f"17092{i:02d}000.0001{i:02d}" for i in range(1, 30)}
BLOCK_MENTIONS = [
    {
        "type": "rich_text",
        "elements": [
            {
                "type": "rich_text_section",
                "elements": [{"type": "user", "user_id": "UANA"}, {"type": "text", "text": " and "}],
            },
            {
                "type": "rich_text_list",
                "elements": [{"type": "rich_text_section", "elements": [{"type": "user", "user_id": "UBEN"}]}],
            },
        ],
    }
]
BROADCAST = {
    "type": "message",
    "subtype": "thread_broadcast",
    "user": "UBEN",
    "text": "also for everyone",
    "ts": T[4],
    "thread_ts": T[2],
    "root": {"user": "UOWNER", "ts": T[2], "text": "hello"},
}
GENERAL_1 = [
    {
        "type": "message",
        "subtype": "channel_join",
        "user": "UANA",
        "text": "<@UANA> has joined the channel",
        "ts": T[1],
    },
    {
        "type": "message",
        "user": "UOWNER",
        "text": "hello <@UANA> and <@UOWNER>",  # UBEN only in the blocks; the owner's own name is no mention
        "ts": T[2],
        "thread_ts": T[2],
        "reply_count": 3,
        "blocks": BLOCK_MENTIONS,
        "reactions": [
            {"name": "tada", "users": ["UANA", "UBEN", "UBOT"], "count": 3},
            {"name": "heart", "users": ["UANA"], "count": 1},
        ],
    },
    {"type": "message", "user": "UANA", "text": "hi!", "ts": T[3], "thread_ts": T[2], "parent_user_id": "UOWNER"},
    BROADCAST,
    BROADCAST,  # the same message twice (a merged export): once
    {"type": "message", "subtype": "bot_message", "bot_id": "BX", "text": "<@UOWNER> build passed", "ts": T[5]},
    {"type": "message", "user": "UBOT", "bot_id": "BHELP", "text": "<@UOWNER> noted", "ts": T[6], "thread_ts": T[2]},
    {
        "type": "message",
        "user": "UBEN",
        "text": "lunch?",
        "ts": T[8],
        "reactions": [{"name": "+1", "users": ["UOWNER"], "count": 1}],
    },
    {
        "type": "message",
        "user": "UOWNER",
        "text": "yes <@UBEN>",
        "ts": T[9],
        "thread_ts": T[8],
        "parent_user_id": "UBEN",
    },
    {"type": "message", "subtype": "channel_topic", "user": "UOWNER", "text": "set the topic", "ts": T[10]},
]
GENERAL_2 = [
    {"type": "message", "user": "UCAL", "text": "<@UOWNER|olive> bye all", "ts": T[11]},
    {
        "type": "message",
        "subtype": "tombstone",
        "user": "USLACKBOT",
        "text": "This message was deleted.",
        "ts": T[12],
        "thread_ts": T[12],
    },
    {
        "type": "message",
        "user": "UANA",
        "text": "still here",
        "ts": T[13],
        "thread_ts": T[12],
        "parent_user_id": "UOWNER",
    },
    {
        "type": "message",
        "user": "UANA",
        "text": "late answer",
        "ts": T[14],
        "thread_ts": "1600000000.000001",
        "parent_user_id": "UOWNER",
    },
    {
        "type": "message",
        "subtype": "file_share",
        "user": "UBEN",
        "text": "<@UBEN> uploaded a file: <https://x.invalid/a.txt|a.txt>",
        "file": {"id": "F1", "name": "a.txt"},
        "ts": T[15],
    },
    {"type": "message", "subtype": "me_message", "user": "UOWNER", "text": "is baking", "ts": T[16]},
    {
        "type": "message",
        "subtype": "channel_leave",
        "user": "UBEN",
        "text": "<@UBEN> has left the channel",
        "ts": T[17],
    },
]
GUESTS = [{"type": "message", "user": "UGUS", "text": "hi <@UBEN>", "ts": T[18]}]
D1 = [
    {
        "type": "message",
        "user": "UANA",
        "text": "psst",
        "ts": T[19],
        "reactions": [{"name": "eyes", "users": ["UOWNER"], "count": 1}],
    },
    {"type": "message", "user": "UOWNER", "text": "hey <@UANA>", "ts": T[20]},
]
D2 = [
    {"type": "message", "user": "UANA", "text": "about olive", "ts": T[21]},
    {"type": "message", "user": "UBEN", "text": "yes", "ts": T[22]},
]
MPIM = [
    {"type": "message", "user": "UOWNER", "text": "plan?", "ts": T[23]},
    {"type": "message", "user": "UBEN", "text": "friday", "ts": T[24]},
    {"type": "message", "user": "USLACKBOT", "text": "reminder", "ts": T[25]},
]


def hand_written(folder: Path, **replace: object) -> Path:
    files: dict[str, object] = {
        "users.json": USERS,
        "channels.json": CHANNELS,
        "dms.json": DMS,
        "mpims.json": MPIMS,
        "general/2024-03-01.json": GENERAL_1,
        "general/2024-03-02.json": GENERAL_2,
        "guests/2024-03-01.json": GUESTS,
        "D1/2024-03-01.json": D1,  # a direct message's folder is its id
        "D2/2024-03-01.json": D2,
        "mpdm-olive--ana--ben-1/2024-03-05.json": MPIM,  # a group one's is its name
    } | replace
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else json.dumps(content, indent=4).encode())
    return folder


def test_hand_written_workspace(tmp_path):
    e = load_export(hand_written(tmp_path / "w"))
    assert_canonical(e)
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == ("UOWNER", "olive", "Olive Owner")
    c = e.chat
    # Talking: general 2,3,4,8,9 and 11,13,14,15,16; guests 18; D1 19,20; D2 21,22; the group DM 23,24 = 17.
    assert c.height == 17
    assert c.filter(pl.col("message_id") == f"C1:{T[2]}")["mentions"].to_list() == [["UANA", "UBEN"]]
    thread = dict(zip(c["message_id"], c["reply_to_author"], strict=True))
    assert thread[f"C1:{T[3]}"] == "UOWNER" and thread[f"C1:{T[4]}"] == "UOWNER"  # the broadcast, from its root
    assert thread[f"C1:{T[9]}"] == "UBEN"
    assert thread[f"C1:{T[13]}"] is None  # under a deleted message: its author is not known
    assert thread[f"C1:{T[14]}"] == "UOWNER"  # its thread's first message is not in the export: as the reply names
    assert c.filter(pl.col("is_private"))["conversation_id"].to_list() == ["D1", "D1", "D2", "D2", "G1", "G1"]

    p = e.posts
    assert p.select("post_id", "kind", "reply_to_account", "like_count", "reply_count").rows() == [
        (f"C1:{T[2]}", "original", None, 4, 2),  # ana's reply and ben's broadcast; the bot's is no reply
        (f"C1:{T[9]}", "reply", "UBEN", 0, 0),
        (f"C1:{T[16]}", "original", None, 0, 0),  # a /me message; the topic change is no post
    ]
    assert p["mode"].cast(pl.String).to_list() == ["conversation", "conversation", "broadcast"]
    assert p["text"].to_list() == ["hello <@UANA> and <@UOWNER>", "yes <@UBEN>", "is baking"]

    acts = e.interactions.select("direction", "account_id", "channel", "ref_id", "is_group").rows()
    assert sorted(acts, key=lambda r: (r[3], r[0], r[1])) == sorted(
        [
            ("in", "UANA", "reaction", f"C1:{T[2]}", None),  # once, for two emoji; the bot's left out
            ("in", "UBEN", "reaction", f"C1:{T[2]}", None),
            ("out", "UANA", "mention", f"C1:{T[2]}", None),
            ("out", "UBEN", "mention", f"C1:{T[2]}", None),
            ("in", "UANA", "reply", f"C1:{T[3]}", None),
            ("in", "UBEN", "reply", f"C1:{T[4]}", None),
            ("out", "UBEN", "reaction", f"C1:{T[8]}", None),
            ("out", "UBEN", "reply", f"C1:{T[9]}", None),  # a reply naming them: one act
            ("in", "UCAL", "mention", f"C1:{T[11]}", None),  # <@U…|label>; a departed member still counts
            ("in", "UANA", "reply", f"C1:{T[14]}", None),
            ("in", "UANA", "message", f"D1:{T[19]}", False),
            ("out", "UANA", "reaction", f"D1:{T[19]}", None),
            ("out", "UANA", "message", f"D1:{T[20]}", False),  # in a direct message, a name is no mention
            ("out", "UANA", "message", f"G1:{T[23]}", True),
            ("out", "UBEN", "message", f"G1:{T[23]}", True),
            ("in", "UBEN", "message", f"G1:{T[24]}", True),
        ],
        key=lambda r: (r[3], r[0], r[1]),
    )
    assert e.people.select("account_id", "handle", "display_name", "follows_owner").rows() == [
        ("UANA", "ana", "Ana Ames", True),
        ("UBEN", "ben", "Ben Bell", True),
        ("UCAL", "cal", "Cal Cole", False),  # deactivated: no longer reads the channels
        ("UGUS", "gus", "Gus Guest", False),  # a guest in no channel the owner wrote in
    ]
    s = summarize(e)
    assert s["tiers"] == {"core": 0, "member": 2, "unanswered": 1, "reached": 0, "follower": 0, "following": None}
    assert s["likes_given"] == 2 and s["messages"] == {"sent": 2, "received": 2}
    assert e.warnings == []


def test_folders_no_list_names_and_damaged_day_files(tmp_path, capsys):
    folder = hand_written(
        tmp_path / "w",
        **{
            "random/2024-03-07.json": [{"type": "message", "user": "UANA", "text": "<@UOWNER> here", "ts": T[26]}],
            "DZZZZZZZ9/2024-03-07.json": [{"type": "message", "user": "UANA", "text": "hi", "ts": T[27]}],
            "general/2024-03-03.json": b'[{"type": "message", "user": "UANA", "ts": "17',  # truncated
            "general/2024-03-04.json": [{"type": "message", "user": "UANA", "text": "no time"}, "not a message"],
        },
    )
    e = load_export(folder)
    assert [(w.kind, w.file) for w in e.warnings] == [
        ("partial", "DZZZZZZZ9"),
        ("unreadable", "general/2024-03-03.json"),
        ("unreadable", None),
    ]
    assert "2 conversation folder(s) no conversation list names (DZZZZZZZ9, random)" in e.warnings[0].message
    assert "general/2024-03-04.json (1 entries are not messages)" in e.warnings[1].message
    assert "1 message(s) without a time (ts) left out" in e.warnings[2].message
    # random/ is read as a public channel, DZZZZZZZ9/ as a direct message (a D… id).
    assert e.chat.filter(pl.col("conversation_id") == "random")["is_private"].to_list() == [False]
    assert e.chat.filter(pl.col("conversation_id") == "DZZZZZZZ9")["is_private"].to_list() == [True]
    assert e.interactions.filter(pl.col("ref_id") == f"random:{T[26]}")["channel"].to_list() == ["mention"]
    assert main(["summary", str(folder), "--strict"]) == 2  # unreadable day files fail a strict run
    capsys.readouterr()


# --- the real exports, counted by hand ----------------------------------------------------------------


def test_real_2016_export(real_slack):
    # hfaran/slack-export-viewer's testarchive: counted with
    #   jq -s '[.[][] | select(.subtype == null or .subtype == "file_share" or .subtype == "file_comment")] | length' */*.json  -> 53
    #   ... and .user == "U0BMQB6JE" (hamza, is_primary_owner)                                                    -> 33 posts
    #   hamza's messages naming <@U0BMYT2FL> 9, <@U0BMS113R> 4; others' naming hamza 1 (U0BMYT2FL, 2016-03-25)
    e = load_export(real_slack / "hfaran-slack-export-viewer-testarchive")
    assert_canonical(e)
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == ("U0BMQB6JE", "hamza", "Hamza Faran")
    assert e.chat.height == 53 and e.posts.height == 33  # 94 bot messages, 8 joins and 3 bot_add left out
    assert dict(e.posts["kind"].cast(pl.String).value_counts().iter_rows()) == {"original": 33}
    acts = e.interactions.group_by("direction", "account_id", "channel").len()
    assert sorted(acts.rows()) == [
        ("in", "U0BMYT2FL", "mention", 1),
        ("out", "U0BMS113R", "mention", 4),
        ("out", "U0BMYT2FL", "mention", 9),
    ]
    # The file_comment's author is in its comment; the one reaction is on a bot's message: no one's applause.
    assert e.chat.filter(pl.col("author_id") == "U0BMS113R").height == 2 + 2 + 9 + 1
    assert e.likes_given_count == 0
    assert e.people.select("handle", "display_name", "follows_owner").sort("handle").rows() == [
        ("abilinski", "Harry Potter", True),
        ("doubledeez", "Hermione Granger", True),
        ("heroeshannibal", "heroeshannibal", True),
    ]
    s = summarize(e)
    # abilinski: named by hamza in Jan, Feb, Mar and naming him in Mar: core; doubledeez only named: reached.
    assert s["tiers"] == {"core": 1, "member": 0, "unanswered": 0, "reached": 1, "follower": 1, "following": None}
    assert s["coverage"]["messages"] is False and "Free and Pro" in e.coverage.notes["messages"]


def test_real_slackdump_2025_export(real_slack):
    # rusq/slackdump's source_export_dir: one channel (folder B75B4C7, id CO69735E8A), 16 messages:
    # 13 by people (UOF82F39AE, the primary owner, wrote 10), a channel_join, a tombstone (a deleted thread
    # parent, Slackbot's obfuscated id UO1D8E698D) and a message by the bot user UO0EC43A4792.
    e = load_export(real_slack / "rusq-slackdump-source_export_dir")
    assert_canonical(e)
    assert e.owner.account_id == "UOF82F39AE" and e.chat.height == 13
    assert dict(e.posts["kind"].cast(pl.String).value_counts().iter_rows()) == {"original": 8, "reply": 1, "thread": 1}
    assert e.posts.filter(pl.col("post_id") == "CO69735E8A:1736478630.905399")["reply_count"].item() == 2
    replies = e.chat.filter(pl.col("reply_to_message").is_not_null()).sort("at")
    assert replies.select("author_id", "reply_to_author").rows() == [
        ("UOB5F987BF17", "UOF82F39AE"),
        ("UOF82F39AE", "UOF82F39AE"),
        ("UOF82F39AE", "UOB5F987BF17"),
        ("UOB5F987BF17", None),  # under the tombstone
    ]
    assert e.interactions.select("direction", "account_id", "channel").rows() == [
        ("in", "UOB5F987BF17", "reply"),
        ("out", "UOB5F987BF17", "reply"),
    ]
    assert e.people.height == 3  # six bot accounts left out
    s = summarize(e)
    assert s["tiers"] == {"core": 0, "member": 1, "unanswered": 0, "reached": 0, "follower": 2, "following": None}


def test_real_zulip_fixtures(real_slack):
    # Zulip's fixtures: test_slack_importer/ is a real 2017-18 export (users.json and random/, no channels.json);
    # the top folder's lists have no member list beside them and exported_messages_fixtures/ holds loose messages.
    # random/: 2017-06-25 one message by k._ (U6006P1CN, primary owner); 2018-01-20: Steve 1, k._ 2 (a file_share
    # and a message), Rhea 5 (two "@everyone" typed, two <!channel>); 5 channel_join left out.
    e = load_export(real_slack / "zulip-slack-fixtures")
    assert_canonical(e)
    assert (e.owner.account_id, e.owner.handle) == ("U6006P1CN", "k._")
    assert e.chat.height == 9 and e.posts.height == 3
    assert e.chat["mentions"].list.len().sum() == 0  # the file_share names its own author; @everyone is text
    assert [(w.kind, w.file) for w in e.warnings] == [("missing_file", "channels.json")]
    assert summarize(e)["tiers"]["follower"] == 3


def test_real_conversation_lists_alone_are_no_export(real_slack, capsys):
    # rusq/slackdump's export/ fixture: dms.json and mpims.json only, no member list and no messages.
    path = real_slack / "rusq-slackdump-export"
    assert main(["summary", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a supported export" in err[0] and "slack (Slack workspace export" in err[0]


# --- bad input: one line naming the file, exit 2 ------------------------------------------------------


@pytest.mark.parametrize(
    "replace, names",
    [
        ({"users.json": b'[{"id": "UOWNER", "name": '}, ["users.json", "truncated or invalid JSON"]),
        ({"users.json": {"members": []}}, ["users.json", "expected a list of workspace members", "found dict"]),
        ({"channels.json": [["C1", "general"]]}, ["channels.json", "expected a list of conversations"]),
        ({"users.json": [{"id": "UANA", "name": "ana"}]}, ["does not say whose view to take", "most active: @ana"]),
    ],
    ids=["corrupt_users", "users_not_a_list", "channels_wrong_shape", "no_owner"],
)
def test_bad_input_is_one_line(tmp_path, capsys, replace, names):
    folder = hand_written(tmp_path / "bad", **replace)
    assert main(["summary", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(folder) in err[0] and all(n in err[0] for n in names), err


def test_empty_and_truncated_exports(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["summary", str(tmp_path / "empty"), "--platform", "slack"]) == 2
    write_slack_export(tmp_path / "w.zip", seed=3, spec=SlackSpec(followers=3, background=10), as_archive=True)
    cut = tmp_path / "cut.zip"
    cut.write_bytes((tmp_path / "w.zip").read_bytes()[:900])
    assert main(["summary", str(cut)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "empty" in err[0] and "cut.zip" in err[1], err


# --- scale ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_big_workspace_reads_in_seconds(tmp_path):
    truth = write_slack_export(tmp_path / "big", seed=5, spec=SlackSpec(followers=2000, background=100_000))
    started = time.perf_counter()
    e = load_export(tmp_path / "big")
    took = time.perf_counter() - started
    assert e.chat.height == truth.chat["messages"] > 100_000
    assert summarize(e)["tiers"]["follower"] == 2000
    assert took < 20, f"{took:.1f} s for {e.chat.height:,} messages"  # about 1.5 s on a quiet machine


# --- hostile values: never a traceback (the review of the chat readers) --------------------------------


def test_wrong_types_and_huge_counts_are_left_out_with_a_warning(tmp_path, capsys):
    owner_says = [
        {"type": "message", "user": "UOWNER", "text": "a", "ts": T[1], "reactions": [{"name": "x", "users": 7}]},
        {
            "type": "message",
            "user": "UOWNER",
            "text": "b",
            "ts": T[2],
            "reactions": [{"name": "x", "users": "UANA", "count": 1}],  # a string: no one, not 4 letters
        },
        {
            "type": "message",
            "user": "UOWNER",
            "text": "c",
            "ts": T[3],
            "reactions": [{"name": "x", "users": ["UBEN"], "count": 2**63 - 1}, {"name": "y", "count": 2**63 - 1}],
        },
        {"type": "message", "user": "UOWNER", "text": "d", "ts": T[4], "reactions": [{"name": "x", "count": -5}]},
        {"type": "message", "user": "UOWNER", "text": "e", "ts": T[5], "reactions": {"name": "x"}},
        {"type": "message", "user": "UOWNER", "text": "f", "ts": T[6], "reactions": [{"name": "x", "users": ["UANA"]}]},
    ]
    # "is_bot": "false" (a string) is no bot; only the JSON boolean true is.
    users = [*USERS, {"id": "UDAN", "name": "dan", "real_name": "Dan Dee", "is_bot": "false", "deleted": "no"}]
    days = {"users.json": users, "general/2024-03-01.json": owner_says, "general/2024-03-02.json": []}
    folder = hand_written(tmp_path / "w", **days)
    e = load_export(folder)
    general = e.posts.filter(pl.col("post_id").str.starts_with("C1:")).sort("post_id")
    assert general["like_count"].to_list() == [0, 1, None, None, None, 1]
    # Only the listed UBEN (beside a damaged count) and UANA reacted: no one-letter people.
    reacted = e.interactions.filter((pl.col("channel") == "reaction") & (pl.col("direction") == "in"))
    assert sorted(reacted["account_id"]) == ["UANA", "UBEN"]
    assert e.people.filter(pl.col("account_id") == "UDAN").select("display_name", "follows_owner").rows() == [
        ("Dan Dee", True)
    ]
    said = {(w.kind, w.file, w.message) for w in e.warnings}
    assert said == {
        (
            "unreadable",
            "general/2024-03-01.json",
            "2 reaction(s) whose users are not a list (messages[].reactions[].users): no one counted (first in "
            "general/2024-03-01.json)",
        ),
        (
            "unreadable",
            "general/2024-03-01.json",
            "3 reaction count(s) that are not a number from 0 to 10^12 (messages[].reactions[].count): those "
            "messages' reaction counts left out (first in general/2024-03-01.json)",
        ),
        (
            "unreadable",
            "general/2024-03-01.json",
            "1 message(s) whose reactions are not a list (messages[].reactions): their reactions left out (first "
            "in general/2024-03-01.json)",
        ),
    }
    assert main(["summary", str(folder)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_times_far_outside_the_years_never_crash(tmp_path, capsys):
    def said(ts: str) -> dict:
        return {"type": "message", "user": "UOWNER", "text": ts, "ts": ts}

    day = [
        said(T[1]),
        said("9223372036854.775807"),  # a Rust panic before (DateTime + TimeDelta overflowed)
        said("-62167219200.000000"),  # the year 0: refused the whole export before
        said("1e20"),
        said("-62135596800.000000"),  # 0001-01-01: a time, left out by the shared 1990-2099 filter
    ]
    folder = hand_written(tmp_path / "w", **{"general/2024-03-01.json": day, "general/2024-03-02.json": []})
    e = load_export(folder)
    assert e.posts.filter(pl.col("post_id").str.starts_with("C1:"))["post_id"].to_list() == [f"C1:{T[1]}"]
    messages = [(w.kind, w.file, w.message) for w in e.warnings]
    assert (
        "unreadable",
        "general/2024-03-01.json",
        "3 message(s) with an unreadable time left out (first in general/2024-03-01.json: ts '9223372036854.775807')",
    ) in messages
    assert any(m.startswith("1 posts") and "outside 1990-2099 (for example 1)" in m for _, _, m in messages)
    assert main(["summary", str(folder)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_message_answering_itself_is_an_opener(tmp_path):
    # thread_ts equal to its own ts is a thread's first message, even when parent_user_id names its author.
    day = [
        {"type": "message", "user": "UOWNER", "text": "x", "ts": T[1], "thread_ts": T[1], "parent_user_id": "UOWNER"}
    ]
    e = load_export(hand_written(tmp_path / "w", **{"general/2024-03-01.json": day, "general/2024-03-02.json": []}))
    first = e.chat.filter(pl.col("message_id") == f"C1:{T[1]}")
    assert first.select("reply_to_message", "reply_to_author").rows() == [(None, None)]
    assert e.posts.filter(pl.col("post_id") == f"C1:{T[1]}")["kind"].cast(pl.String).to_list() == ["original"]


def test_members_without_conversations_read_as_no_messages(tmp_path):
    # A workspace's member list and empty conversation lists (the reviewer's empty_ws) failed with "dtype Null not
    # supported in 'not' operation": it reads as an export with no messages, its members the owner's audience.
    folder = tmp_path / "w"
    folder.mkdir()
    for name, content in {"users.json": USERS, "channels.json": [], "dms.json": [], "mpims.json": []}.items():
        (folder / name).write_text(json.dumps(content))
    e = load_export(folder)
    assert e.owner.account_id == "UOWNER" and e.posts.height == 0 and e.chat.height == 0
    assert e.generation == "Slack workspace export (no messages)" and e.warnings == []
    # ana and ben; cal has left; whether the guest reads the owner is not known (no channel to share).
    assert summarize(e)["people"]["followers"] == 2
