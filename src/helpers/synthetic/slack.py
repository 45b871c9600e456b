"""A synthetic Slack workspace export in the real format, with a planted community and its ground truth.

The layout of an export of all conversations (docs/formats/slack.md): ``users.json`` (the owner the workspace's
primary owner; a bot user, an app user, Slackbot, a guest, deactivated members; every profile with an email
address the reader must never keep), ``channels.json``, ``groups.json`` (a private channel), ``dms.json`` (the
owner's direct messages, one between two others, the owner's note-to-self listing the owner twice, Slackbot's),
``mpims.json``, ``integration_logs.json``, ``canvases.json``; one folder per conversation (channels by name,
direct messages by id, group ones by ``mpdm-…`` name) of ``YYYY-MM-DD.json`` day files, 4-space indented as
Slack writes them. Messages are 2019+ shaped: ``client_msg_id``, team fields, ``user_profile``, every mention
twice (``<@U…>`` in ``text`` and a ``user`` element in ``blocks``); thread parents carry ``reply_count``,
``reply_users`` and ``latest_reply`` (no ``replies`` array, gone since about 2020), replies ``parent_user_id``
and lie in the day file of their own date; one reply per core person is a ``thread_broadcast`` (with its
``root`` copy, no ``parent_user_id``); reactions list who reacted; files ride on ordinary messages.
Not people talking, all present: ``channel_join``/``channel_leave``, ``channel_topic``/``channel_purpose``,
``bot_message``, a bot user's messages (``user`` and ``bot_id``), Slackbot's.

Planted (from the owner's side, a cafe's workspace): core (two-way contact in 3 to 5 months: thread replies
both ways, mentions, direct messages), drifters (core in the first three months, deactivated since), members
(two-way within one or two months), converts (two-way in months 16 and 17 only), unanswered (they address the
owner: a reply in the owner's thread, a mention, a direct message; the owner never addresses them), reached (the
owner replies in their threads, mentions or messages them; nothing back), followers (members with no directed
contact: they talk among themselves and react). Everyone in the workspace reads its public channels: the
active members are the audience; a guest in a channel the owner never writes in is not; Slack has no following.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec

from helpers.model import KINDS, MODES
from helpers.synthetic.community import FIRST_NAMES, LAST_NAMES, WORDS, GroundTruth
from helpers.synthetic.x_format import write_files

START = datetime(2024, 1, 1, tzinfo=UTC)
MONTHS = 24
CONVERT_MONTH = 16  # the month (from START) in which the converts first talk with the owner
TEAM = "T05CAFE7Q2L"
OWNER = {"id": "U05CAFE0WN1", "handle": "corner_cafe", "name": "Corner Cafe"}
SLACKBOT = "USLACKBOT"
PUBLIC = ("general", "menu", "events", "random")
EMOJI = ("tada", "heart", "+1", "coffee", "raised_hands", "eyes")
_encoder = msgspec.json.Encoder()


@dataclass(frozen=True)
class SlackSpec:
    core: int = 5
    drifters: int = 2
    members: int = 8
    converts: int = 3
    unanswered: int = 4
    reached: int = 6
    followers: int = 30
    background: int = 120  # messages among the others (no contact with the owner)


@dataclass
class SlackTruth(GroundTruth):
    """The ground truth, plus what the whole community's frame and the owner's applause must hold."""

    likes_given: int = 0  # messages by others the owner reacted to
    chat: dict[str, int] = field(default_factory=dict)  # messages, replies, private, mentioning, by_owner
    reactions_on_posts: int = 0  # reactions counted on the owner's channel messages
    replies_to_posts: int = 0  # thread replies by people to the owner's channel messages
    people_listed: int = 0  # people in users.json (bots, apps and Slackbot left out), owner excluded
    outsiders: list[str] = field(default_factory=list)  # people who wrote but are not on the member list


def day_file(messages: list[dict]) -> bytes:
    """A day file as Slack writes it: an array, 4-space indent, ``/`` escaped as ``\\/`` (the 2018 files do)."""
    return msgspec.json.format(_encoder.encode(messages), indent=4).replace(b"/", b"\\/")


def pretty(value: object) -> bytes:
    return msgspec.json.format(_encoder.encode(value), indent=4)


class _Workspace:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.ids: set[str] = {OWNER["id"], SLACKBOT}
        self.handles: set[str] = {OWNER["handle"], "slackbot"}
        self.users: dict[str, dict] = {}
        self.convs: dict[str, dict] = {}  # id -> {id, name, kind, members, created}
        self.days: dict[tuple[str, str], list[dict]] = {}  # (folder, day) -> messages
        self.stamps: set[str] = set()
        self.by_ts: dict[tuple[str, str], dict] = {}
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.sent = self.received = 0
        self.likes_given = 0
        self.reactions_on_posts = 0
        self.replies_to_posts = 0
        self.chat = {"messages": 0, "replies": 0, "private": 0, "mentioning": 0, "by_owner": 0}
        self.dm_of: dict[str, str] = {}

    # --- ids, people, times -------------------------------------------------------------------------
    def new_id(self, prefix: str, n: int = 10) -> str:
        while (i := prefix + "".join(self.rng.choices(string.ascii_uppercase + string.digits, k=n))) in self.ids:
            pass
        self.ids.add(i)
        return i

    def person(self, **flags) -> str:
        while True:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            handle = f"{first}.{last}{self.rng.randint(1, 99)}"
            if handle not in self.handles:
                break
        self.handles.add(handle)
        uid = self.new_id("U")
        self.users[uid] = user_record(uid, handle, f"{first.title()} {last.title()}", self.rng, **flags)
        return uid

    def time_in(self, month: int) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, 26), hours=self.rng.randint(7, 12), minutes=self.rng.randint(0, 59)
        )

    def ts(self, at: datetime) -> str:
        while (t := f"{int(at.timestamp())}.{self.rng.randint(0, 999_999):06d}") in self.stamps:
            pass
        self.stamps.add(t)
        return t

    # --- conversations ------------------------------------------------------------------------------
    def conversation(self, kind: str, members: list[str], name: str | None = None) -> str:
        cid = self.new_id({"channel": "C", "group": "C", "im": "D", "mpim": "G"}[kind], 8)
        if kind == "mpim":
            name = "mpdm-" + "--".join(self.users[m]["name"] if m in self.users else OWNER["handle"] for m in members)
            name += "-1"
        self.convs[cid] = {"id": cid, "name": name, "kind": kind, "members": members}
        return cid

    def folder(self, cid: str) -> str:
        c = self.convs[cid]
        return c["id"] if c["kind"] == "im" else c["name"]

    def dm(self, other: str) -> str:
        if other not in self.dm_of:
            pair = [OWNER["id"], other] if self.rng.random() < 0.5 else [other, OWNER["id"]]
            self.dm_of[other] = self.conversation("im", pair)
        return self.dm_of[other]

    def human(self, uid: str) -> bool:
        u = self.users.get(uid)
        if uid == SLACKBOT:
            return False
        return uid == OWNER["id"] or (u is not None and not u["is_bot"] and not u["is_app_user"])

    # --- messages -----------------------------------------------------------------------------------
    def put(self, cid: str, at: datetime, m: dict) -> dict:
        self.days.setdefault((self.folder(cid), at.strftime("%Y-%m-%d")), []).append(m)
        self.by_ts[(cid, m["ts"])] = m
        return m

    def say(
        self,
        cid: str,
        author: str,
        at: datetime,
        mentions: tuple[str, ...] = (),
        thread: dict | None = None,
        broadcast: bool = False,
        files: bool = False,
        blocks: bool = True,
    ) -> dict:
        """A person's message: text with ``<@U…>`` tokens, the same mentions as rich-text blocks."""
        words = self.rng.choice(WORDS)
        text = " ".join(f"<@{u}>" for u in mentions) + (" " if mentions else "") + words
        ts = self.ts(at)
        m: dict = {
            "client_msg_id": self.uuid(),
            "type": "message",
            "text": text,
            "user": author,
            "ts": ts,
            "team": TEAM,
            "user_team": TEAM,
            "source_team": TEAM,
            "user_profile": self.profile(author),
        }
        if broadcast:
            m = {"type": "message", "subtype": "thread_broadcast", **{k: v for k, v in m.items() if k != "type"}}
        if blocks:
            elements: list[dict] = []
            for u in mentions:
                elements += [{"type": "user", "user_id": u}, {"type": "text", "text": " "}]
            elements.append({"type": "text", "text": words})
            m["blocks"] = [
                {
                    "type": "rich_text",
                    "block_id": "".join(self.rng.choices(string.ascii_letters + string.digits, k=5)),
                    "elements": [{"type": "rich_text_section", "elements": elements}],
                }
            ]
        if files:
            m["files"] = [self.file(author, at)]
            m["upload"] = False
            m["display_as_bot"] = False
        if thread is not None:
            m["thread_ts"] = thread["ts"]
            if broadcast:  # a broadcast carries a copy of its thread's first message, no parent_user_id
                m["root"] = {
                    k: thread[k] for k in ("client_msg_id", "type", "text", "user", "ts", "team") if k in thread
                } | {"thread_ts": thread["ts"]}
            else:
                m["parent_user_id"] = thread["user"]
            users = [*thread.get("reply_users", []), *([] if author in thread.get("reply_users", []) else [author])]
            # In Slack's order: thread_ts, reply_count, reply_users_count, latest_reply, reply_users, ...
            thread["thread_ts"] = thread["ts"]
            thread["reply_count"] = thread.get("reply_count", 0) + 1
            thread["reply_users_count"] = len(users)
            thread["latest_reply"] = ts
            thread["reply_users"] = users
            thread.setdefault("is_locked", False)
            thread.setdefault("subscribed", thread["user"] == OWNER["id"])
        self.count(cid, author, mentions, thread)
        return self.put(cid, at, m)

    def count(self, cid: str, author: str, mentions: tuple[str, ...], thread: dict | None) -> None:
        kind = self.convs[cid]["kind"]
        private = kind in ("im", "mpim")
        people = [u for u in mentions if u != author and self.human(u)]
        self.chat["messages"] += 1
        self.chat["replies"] += thread is not None
        self.chat["private"] += private
        self.chat["mentioning"] += bool(people)
        self.chat["by_owner"] += author == OWNER["id"]
        if thread is not None and thread["user"] == OWNER["id"] and not private:
            self.replies_to_posts += 1
        members = self.convs[cid]["members"] if private else ()
        if OWNER["id"] in members and any(u != OWNER["id"] and self.human(u) for u in members):
            if author == OWNER["id"]:
                self.sent += 1
            else:
                self.received += 1
        if author != OWNER["id"] or private:
            return
        k = "original" if thread is None else "thread" if thread["user"] == OWNER["id"] else "reply"
        self.kinds[k] += 1
        self.modes["conversation" if k == "reply" or people else "broadcast"] += 1

    def react(self, m: dict, who: str, cid: str) -> None:
        reactions = m.setdefault("reactions", [])
        if any(who in r["users"] for r in reactions):
            return  # one reaction per person and message here
        name = self.rng.choice(EMOJI)
        r = next((r for r in reactions if r["name"] == name), None)
        if r is None:
            reactions.append(r := {"name": name, "users": [], "count": 0})
        r["users"].append(who)
        r["count"] += 1
        if m.get("user") == OWNER["id"] and self.convs[cid]["kind"] not in ("im", "mpim"):
            self.reactions_on_posts += 1
        if who == OWNER["id"] and m.get("user") != OWNER["id"] and self.human(m.get("user", "")):
            self.likes_given += 1

    def system(self, cid: str, at: datetime, subtype: str, user: str | None, text: str, **extra) -> None:
        m = {"type": "message", "subtype": subtype, "ts": self.ts(at), **({"user": user} if user else {}), "text": text}
        self.put(cid, at, m | extra)

    def uuid(self) -> str:
        h = "".join(self.rng.choices("0123456789abcdef", k=32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def profile(self, uid: str) -> dict:
        u = self.users.get(uid)
        real, handle = (u["real_name"], u["name"]) if u else (OWNER["name"], OWNER["handle"])
        return {
            "avatar_hash": "g" + "".join(self.rng.choices("0123456789abcdef", k=11)),
            "image_72": "https://secure.gravatar.com/avatar/0.jpg",
            "first_name": real.split(" ")[0],
            "real_name": real,
            "display_name": "",
            "team": TEAM,
            "name": handle,
            "is_restricted": bool(u and u.get("is_restricted")),
            "is_ultra_restricted": False,
        }

    def file(self, author: str, at: datetime) -> dict:
        fid = self.new_id("F")
        return {
            "id": fid,
            "created": int(at.timestamp()),
            "timestamp": int(at.timestamp()),
            "name": "menu.pdf",
            "title": "menu.pdf",
            "mimetype": "application/pdf",
            "filetype": "pdf",
            "pretty_type": "PDF",
            "user": author,
            "size": 48213,
            "mode": "hosted",
            "is_external": False,
            "is_public": True,
            "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/menu.pdf",
            "permalink": f"https://cornercafe.slack.com/files/{author}/{fid}/menu.pdf",
        }


def user_record(uid: str, handle: str, real: str, rng: random.Random, **flags) -> dict:
    """A member as users.json lists them (2019+ fields), with an email address the reader must not keep."""
    first, _, last = real.partition(" ")
    deleted = flags.get("deleted", False)
    record = {
        "id": uid,
        "team_id": TEAM,
        "name": handle,
        "deleted": deleted,
        "color": "".join(rng.choices("0123456789abcdef", k=6)),
        "real_name": real,
        "tz": "Europe/London",
        "tz_label": "Greenwich Mean Time",
        "tz_offset": 0,
        "profile": {
            "title": "",
            "phone": "",
            "skype": "",
            "real_name": real,
            "real_name_normalized": real,
            "display_name": flags.get("display", ""),
            "display_name_normalized": flags.get("display", ""),
            "fields": None,
            "status_text": "",
            "status_emoji": "",
            "avatar_hash": "g" + "".join(rng.choices("0123456789abcdef", k=11)),
            "email": f"{handle}@example.invalid",
            "first_name": first,
            "last_name": last,
            "team": TEAM,
            **({"bot_id": flags["bot_id"], "api_app_id": "A0" + uid[2:]} if flags.get("bot_id") else {}),
        },
        "is_admin": flags.get("owner", False),
        "is_owner": flags.get("owner", False),
        "is_primary_owner": flags.get("owner", False),
        "is_restricted": flags.get("guest", False),
        "is_ultra_restricted": False,
        "is_bot": flags.get("bot", False),
        "is_app_user": flags.get("app", False),
        "updated": 1700000000 + rng.randint(0, 10**7),
        "is_email_confirmed": True,
    }
    if deleted:  # a deactivated member keeps a thin record
        for k in ("tz", "tz_label", "tz_offset", "is_admin", "is_owner", "is_primary_owner", "is_restricted"):
            record.pop(k)
        record.pop("is_ultra_restricted")
    return record


def write_slack_export(
    dest: str | Path,
    seed: int = 7,
    as_archive: bool = False,
    spec: SlackSpec = SlackSpec(),
) -> SlackTruth:
    """Write a Slack workspace export (a folder ``dest``, or a zip at ``dest`` when ``as_archive``); return the truth."""
    w = _Workspace(seed)
    rng, me = w.rng, OWNER["id"]
    w.users[me] = user_record(me, OWNER["handle"], OWNER["name"], rng, owner=True, display="Corner Cafe")
    pools = {
        name: [w.person() for _ in range(getattr(spec, name))]
        for name in spec.__dataclass_fields__
        if name != "background"
    }
    for uid in pools["drifters"]:
        w.users[uid] = user_record(uid, w.users[uid]["name"], w.users[uid]["real_name"], rng, deleted=True)
    guest = w.person(guest=True)
    bot = w.new_id("U")
    w.users[bot] = user_record(bot, "menubot", "Menu Bot", rng, bot=True, bot_id="B0" + bot[2:])
    app = w.new_id("U")
    w.users[app] = user_record(app, "calendar", "Calendar", rng, app=True)
    w.users[SLACKBOT] = {
        "id": SLACKBOT,
        "team_id": TEAM,
        "name": "slackbot",
        "deleted": False,
        "color": "757575",
        "real_name": "Slackbot",
        "profile": {"real_name": "Slackbot", "display_name": "Slackbot", "first_name": "slackbot", "team": TEAM},
        "is_admin": False,
        "is_owner": False,
        "is_primary_owner": False,
        "is_restricted": False,
        "is_ultra_restricted": False,
        "is_bot": False,  # as Slack lists it
        "is_app_user": False,
        "updated": 0,
    }
    outsider = "W0EXTRN9K2Q"  # a member of another workspace in a shared channel (Slack Connect): no users.json row
    everyone = [u for name, ids in pools.items() for u in ids]
    talkers = [u for u in everyone if u not in pools["drifters"]]

    channels = {name: w.conversation("channel", sorted([me, *everyone, bot]), name) for name in PUBLIC}
    suppliers = w.conversation("channel", sorted([guest, *pools["followers"][:4]]), "suppliers")
    team = w.conversation("group", sorted([me, *pools["core"]]), "kitchen-team")
    start = START + timedelta(hours=9)
    for cid in [*channels.values(), suppliers, team]:
        for i, uid in enumerate(w.convs[cid]["members"]):
            w.system(cid, start + timedelta(minutes=i), "channel_join", uid, f"<@{uid}> has joined the channel")
    w.system(
        channels["general"],
        start + timedelta(hours=1),
        "channel_topic",
        me,
        f"<@{me}> set the channel topic: Coffee, cake and the corner",
        topic="Coffee, cake and the corner",
    )
    w.system(
        channels["menu"],
        start + timedelta(hours=1),
        "channel_purpose",
        me,
        f"<@{me}> set the channel purpose: menu",
        purpose="menu",
    )

    def where(person: str) -> str:
        return team if person in pools["core"] and rng.random() < 0.2 else rng.choice([channels[n] for n in PUBLIC])

    # --- the owner's exchanges ---------------------------------------------------------------------
    def on_owner_thread(x: str, at: datetime, answer: bool, broadcast: bool = False) -> None:
        cid = where(x)
        root = w.say(cid, me, at, files=rng.random() < 0.1)
        w.say(cid, x, at + timedelta(hours=1), thread=root, broadcast=broadcast)  # their reply: in
        if answer:
            w.say(cid, me, at + timedelta(hours=2), mentions=(x,), thread=root)  # the owner names them: out

    def on_their_thread(x: str, at: datetime, answer: bool) -> None:
        cid = where(x)
        root = w.say(cid, x, at)
        w.say(cid, me, at + timedelta(hours=1), thread=root)  # the owner's reply: out
        if answer:
            w.say(cid, x, at + timedelta(hours=2), mentions=(me,), thread=root)  # they name the owner: in

    def direct(x: str, at: datetime, they: bool, owner: bool) -> None:
        cid = w.dm(x)
        if they:
            w.say(cid, x, at)
        if owner:
            w.say(cid, me, at + timedelta(hours=1), blocks=rng.random() < 0.7)

    def mention(x: str, at: datetime, they: bool, owner: bool) -> None:
        cid = where(x)
        if they:
            w.say(cid, x, at, mentions=(me,))
        if owner:
            w.say(cid, me, at + timedelta(hours=1), mentions=(x,))

    def exchange(x: str, month: int, broadcast: bool = False) -> None:
        at = w.time_in(month)
        form = rng.randrange(4)
        if broadcast or form == 0:
            on_owner_thread(x, at, answer=True, broadcast=broadcast)
        elif form == 1:
            on_their_thread(x, at, answer=True)
        elif form == 2:
            direct(x, at, they=True, owner=True)
        else:
            mention(x, at, they=True, owner=True)

    for x in pools["core"]:
        for i, month in enumerate(sorted(rng.sample(range(3, MONTHS), rng.randint(3, 5)))):
            exchange(x, month, broadcast=i == 0)
    for x in pools["drifters"]:
        for month in (0, 1, 2):
            exchange(x, month)
    for x in pools["members"]:
        for month in rng.sample(range(3, MONTHS), rng.randint(1, 2)):
            exchange(x, month)
    for x in pools["converts"]:
        for month in (CONVERT_MONTH, CONVERT_MONTH + 1):
            exchange(x, month)
    for x in pools["unanswered"]:
        for month in rng.sample(range(MONTHS), rng.randint(1, 3)):
            at = w.time_in(month)
            form = rng.randrange(3)
            if form == 0:
                on_owner_thread(x, at, answer=False)
            elif form == 1:
                direct(x, at, they=True, owner=False)
            else:
                mention(x, at, they=True, owner=False)
    for x in pools["reached"]:
        for _ in range(rng.randint(1, 2)):
            at = w.time_in(rng.randrange(MONTHS))
            form = rng.randrange(3)
            if form == 0:
                on_their_thread(x, at, answer=False)
            elif form == 1:
                direct(x, at, they=False, owner=True)
            else:
                mention(x, at, they=False, owner=True)

    # A group direct message with two core people; the owner's note to self; Slackbot's direct message.
    a, b = pools["core"][:2]
    group = w.conversation("mpim", [me, a, b])
    for month in rng.sample(range(3, MONTHS), 2):
        at = w.time_in(month)
        w.say(group, me, at)
        w.say(group, a, at + timedelta(hours=1))
        w.say(group, b, at + timedelta(hours=2), mentions=(me,))
    notes = w.conversation("im", [me, me])
    for month in (4, 9):
        w.say(notes, me, w.time_in(month))
    bot_dm = w.conversation("im", [SLACKBOT, me])
    at = w.time_in(1)
    w.put(bot_dm, at, {"user": SLACKBOT, "type": "message", "ts": w.ts(at), "text": "Hi, I am Slackbot.", "team": TEAM})
    w.say(bot_dm, me, at + timedelta(minutes=5))  # to Slackbot: no one to count it with

    # --- the others among themselves, and applause -------------------------------------------------
    roots: list[tuple[str, dict]] = []
    for _ in range(spec.background):
        month = rng.randrange(MONTHS)
        at = w.time_in(month)
        author = rng.choice(talkers)
        cid = rng.choice([channels[n] for n in PUBLIC])
        named = tuple(u for u in rng.sample(talkers, 1) if u != author) if rng.random() < 0.3 else ()
        if roots and rng.random() < 0.4:
            cid, root = rng.choice(roots[-12:])
            if root["user"] == author:
                author = next(u for u in talkers if u != author)
            w.say(cid, author, at=_after(root, rng), mentions=named, thread=root)
        else:
            m = w.say(cid, author, at, mentions=named, files=rng.random() < 0.05)
            roots.append((cid, m))
    guest_root = w.say(suppliers, guest, w.time_in(5))
    w.say(suppliers, pools["followers"][0], _after(guest_root, rng), thread=guest_root)
    side = w.conversation("im", [pools["followers"][1], pools["followers"][2]])  # a DM between two others
    for month in (6, 7):
        w.say(side, pools["followers"][1], w.time_in(month))
        w.say(side, pools["followers"][2], w.time_in(month) + timedelta(days=1))
    shared = channels["events"]
    for month in (8, 11):  # someone from another workspace writes in a shared channel, names no one
        at = w.time_in(month)
        m = {
            "client_msg_id": w.uuid(),
            "type": "message",
            "text": "see you at the market",
            "user": outsider,
            "ts": w.ts(at),
            "team": "T0OTHER0001",
            "user_team": "T0OTHER0001",
            "source_team": "T0OTHER0001",
            "user_profile": {
                "real_name": "Mia Market",
                "display_name": "mia",
                "name": "mia.market",
                "team": "T0OTHER0001",
            },
        }
        w.put(shared, at, m)
        w.count(shared, outsider, (), None)
    w.users.pop(outsider, None)

    own_posts = [
        (cid, m)
        for (cid, _ts), m in w.by_ts.items()
        if m.get("user") == me and m.get("subtype") is None and w.convs[cid]["kind"] in ("channel", "group")
    ]
    for cid, m in own_posts:  # followers and others applaud the owner's posts: no one becomes a member by it
        for who in rng.sample(pools["followers"] + pools["core"], rng.randint(0, 3)):
            w.react(m, who, cid)
    w.react(own_posts[0][1], bot, own_posts[0][0])  # a bot's reaction: counted on the post, never a person
    for cid, m in roots[::5]:
        w.react(m, me, cid)  # the owner applauds others: out, still no tier
        w.react(m, rng.choice(talkers), cid)

    # --- not people talking ------------------------------------------------------------------------
    for month in range(0, MONTHS, 3):
        at = w.time_in(month)
        w.system(
            channels["menu"],
            at,
            "bot_message",
            None,
            f"<@{me}> today's special: {rng.choice(WORDS)}",
            bot_id="B0MENU0001",
            username="Menu Bot",
        )
    cid, thread = next((c, m) for c, m in reversed(own_posts) if m.get("thread_ts", m["ts"]) == m["ts"])
    at = datetime.fromtimestamp(float(thread["ts"]), UTC) + timedelta(minutes=30)
    reply = {  # a bot user replying in the owner's thread and naming them: not a reply, not a mention
        "type": "message",
        "text": f"<@{me}> noted",
        "user": bot,
        "ts": w.ts(at),
        "bot_id": w.users[bot]["profile"]["bot_id"],
        "thread_ts": thread["ts"],
        "parent_user_id": me,
        "team": TEAM,
    }
    thread.update(thread_ts=thread["ts"], reply_count=thread.get("reply_count", 0) + 1, latest_reply=reply["ts"])
    thread["reply_users"] = [*thread.get("reply_users", []), bot]
    thread["reply_users_count"] = len(thread["reply_users"])
    w.put(cid, at, reply)
    w.system(channels["random"], w.time_in(5), "channel_leave", pools["followers"][-1], "has left the channel")

    files = _files(w)
    write_files(Path(dest), files, as_archive)
    tiers = {
        "core": pools["core"] + pools["drifters"],
        "member": pools["members"] + pools["converts"],
        "unanswered": pools["unanswered"],
        "reached": pools["reached"],
        "follower": pools["followers"],
        "following": [],
    }
    return SlackTruth(
        owner=OWNER,
        tiers={t: sorted(ids) for t, ids in tiers.items()},
        evidence=dict.fromkeys(tiers["core"] + tiers["member"], "observed"),
        kinds=w.kinds,
        modes=w.modes,
        followers=len(everyone) - len(pools["drifters"]),
        following=None,
        mutuals=None,
        messages_sent=w.sent,
        messages_received=w.received,
        files=sorted(files),
        ladder={
            "converts": sorted(pools["converts"]),
            "convert_month": (START + timedelta(days=31 * CONVERT_MONTH)).replace(day=1),
            "drifters": sorted(pools["drifters"]),
        },
        likes_given=w.likes_given,
        chat=w.chat,
        reactions_on_posts=w.reactions_on_posts,
        replies_to_posts=w.replies_to_posts,
        people_listed=len(everyone) + 1,  # and the guest
        outsiders=[outsider],
    )


def _after(root: dict, rng: random.Random) -> datetime:
    """A reply's time: within hours of its thread's first message, the same day (so in its month)."""
    at = datetime.fromtimestamp(float(root["ts"]), UTC)
    return at + timedelta(minutes=rng.randint(5, min(600, (23 - at.hour) * 60)))


def _files(w: _Workspace) -> dict[str, bytes]:
    def listed(kind: str) -> list[dict]:
        out = []
        for c in w.convs.values():
            if c["kind"] != kind:
                continue
            created = int(START.timestamp())
            if kind == "im":
                out.append({"id": c["id"], "created": created, "members": c["members"]})
                continue
            entry = {
                "id": c["id"],
                "name": c["name"],
                "created": created,
                "creator": OWNER["id"],
                "is_archived": False,
                "members": c["members"],
                "topic": {"value": "", "creator": "", "last_set": 0},
                "purpose": {"value": "", "creator": "", "last_set": 0},
            }
            if kind == "channel":
                entry = {**entry, "is_general": c["name"] == "general", "pins": []}
            if kind == "mpim":
                entry["is_mpim"] = True
            out.append(entry)
        return out

    files = {
        "users.json": pretty(list(w.users.values())),
        "channels.json": pretty(listed("channel")),
        "groups.json": pretty(listed("group")),
        "dms.json": pretty(listed("im")),
        "mpims.json": pretty(listed("mpim")),
        "integration_logs.json": pretty(
            [
                {
                    "user_id": OWNER["id"],
                    "user_name": OWNER["handle"],
                    "date": str(int(START.timestamp())),
                    "change_type": "added",
                    "app_id": "A0MENU0001",
                    "app_type": "Menu Bot",
                    "scope": "chat:write",
                }
            ]
        ),
        "canvases.json": pretty([]),
    }
    for (folder, day), messages in sorted(w.days.items()):
        files[f"{folder}/{day}.json"] = day_file(sorted(messages, key=lambda m: float(m["ts"])))
    return files
