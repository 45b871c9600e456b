"""A synthetic Telegram Desktop whole-account export (``result.json``) with a planted community and its truth.

Laid out as Telegram Desktop's JSON writer lays it out (``export_output_json.cpp``; docs/formats/telegram.md):
``about``, ``personal_information`` (with a phone number the reader must never keep), ``contacts`` and
``frequent_contacts`` (phone numbers), ``chats`` and ``left_chats``; one-space indentation, raw UTF-8.

Two generations (``generation``):

- ``"2025"`` (the default, the bundled sample): ``from_id`` "user123" / "channel456", ``date`` the exporting
  computer's local time (here UTC+2) beside ``date_unixtime``, ``text_entities``, ``reactions`` with ``recent``;
- ``"2020"``: as the Nov-2020 tg2md export shows it: bare numeric ids with the old peer offsets (a channel is
  2^33 + its id), no ``date_unixtime`` (``date`` here in UTC, so the truth stays exact), no ``text_entities``
  (mentions inside a ``text`` list), no reactions.

Chats: a public supergroup where the community lives, private chats, a private supergroup the owner left, a
channel the owner reads and reacts to, and what the reader leaves out: a bot chat, Telegram's notification
chat (777000), saved messages, and service messages (the group's creation, joins, pins, calls).

Planted (directed contact: replies, mentions and private messages, both ways or one way):
core (both ways in 3 to 5 distinct months), members (both ways within one or two months), unanswered (they reply
to, mention or message the owner; the owner never addresses them), reached (the owner replies to, mentions or
messages them; nothing back; one of them only as "@baker_supplies", a username the export cannot tie to an id),
and background people who talk among themselves and react to the owner's posts (applause, no tier).
Telegram exports list no followers and the contact list is never read: no follower or following tier.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Literal

from helpers.model import KINDS, MODES
from helpers.synthetic.community import FIRST_NAMES, LAST_NAMES, WORDS, GroundTruth
from helpers.synthetic.x_format import write_files

START = datetime(2024, 9, 1, tzinfo=UTC)
MONTHS = 18
LOCAL_ZONE = timezone(timedelta(hours=2))  # the exporting computer's zone: "date" is local, "date_unixtime" exact
OWNER_USER_ID = 5550001
OWNER_USERNAME = "corner_cafe"
OWNER = {"id": f"user{OWNER_USER_ID}", "handle": OWNER_USERNAME, "name": "Corner Cafe"}
GROUP = ("Corner Cafe Regulars", "public_supergroup", 1700000001)
LEFT_GROUP = ("Market Stalls 2024", "private_supergroup", 1700000009)
CHANNEL = ("Roasters Weekly", "public_channel", 1800000002)
BOT = ("CafeOrdersBot", 6010001)
SERVICE_USER = 777000  # Telegram's notification account
HANDLE_ONLY = "baker_supplies"  # reached only as "@baker_supplies": no id in the export
_CHANNEL_SHIFT = 1 << 33
Generation = Literal["2025", "2020"]


@dataclass(frozen=True)
class TelegramSpec:
    core: int = 5
    members: int = 8
    unanswered: int = 4
    reached: int = 5
    background: int = 14
    posts: int = 50  # the owner's own posts in the group (originals and reposts)
    chatter: int = 260  # background messages in the group


@dataclass
class TelegramTruth(GroundTruth):
    """The ground truth, plus the reactions the owner gave (None where the generation writes no reactions)."""

    likes_given: int | None = None


@dataclass
class _Event:
    chat: str
    at: datetime
    author: int | None  # a user id; None: the channel itself
    text: list = field(default_factory=list)  # parts: a string, or (type, text[, user_id])
    reply_to: _Event | None = None
    forwarded_from: str | None = None
    action: dict | None = None  # a service message's fields after "actor"
    reactions: list = field(default_factory=list)  # (emoji, count, [reactor ids])
    deleted: bool = False  # takes an id, then is gone: a gap (tg2md's ids have gaps)
    id: int = 0


class _Writer:
    def __init__(self, seed: int, generation: Generation, spec: TelegramSpec):
        self.rng = random.Random(seed)
        self.legacy = generation == "2020"
        self.spec = spec
        self.events: list[_Event] = []
        self.names: dict[int, str] = {OWNER_USER_ID: OWNER["name"]}
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.sent = self.received = 0
        self.owner_reacted: set[int] = set()  # ids of events the owner reacted to
        self.owner_posts: list[_Event] = []
        self.used_ids = {OWNER_USER_ID, SERVICE_USER, BOT[1]}

    # --- people and times -------------------------------------------------------------------------

    def person(self) -> int:
        while (uid := self.rng.randint(100_000_000, 999_999_999)) in self.used_ids:
            pass
        self.used_ids.add(uid)
        names = {*self.names.values()}
        while (name := f"{self.rng.choice(FIRST_NAMES).title()} {self.rng.choice(LAST_NAMES).title()}") in names:
            pass
        self.names[uid] = name
        return uid

    def time_in(self, month: int, day_max: int = 20) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, day_max - 1), hours=self.rng.randint(7, 20), minutes=self.rng.randint(0, 59)
        )

    def later(self, at: datetime, hours: int = 30) -> datetime:
        """Soon after ``at``, within its month when ``at`` is before the 21st (exchanges stay in their month)."""
        return at + timedelta(hours=self.rng.randint(1, hours), minutes=self.rng.randint(1, 59))

    def any_time(self) -> datetime:
        return self.time_in(self.rng.randrange(MONTHS), 27)

    def words(self) -> str:
        return self.rng.choice(WORDS).capitalize()

    # --- messages ---------------------------------------------------------------------------------

    def say(self, chat: str, author: int | None, at: datetime, **kw) -> _Event:
        e = _Event(chat, at, author, **kw)
        if not e.text and e.action is None:
            e.text = [self.words()]
        self.events.append(e)
        return e

    def post(self, at: datetime, kind: str = "original", mention: tuple | None = None, **kw) -> _Event:
        """The owner's message in the community group, counted in the truth by kind and mode."""
        text: list = [self.words()]
        if mention is not None:
            text += [" ", mention]
        e = self.say(GROUP[0], OWNER_USER_ID, at, text=text, **kw)
        self.kinds[kind] += 1
        mode = (
            "amplification"
            if kind == "repost"
            else "conversation"
            if kind == "reply" or mention is not None
            else "broadcast"
        )
        self.modes[mode] += 1
        self.owner_posts.append(e)
        return e

    def dm(self, person: int, author: int, at: datetime) -> _Event:
        if author == OWNER_USER_ID:
            self.sent += 1
        else:
            self.received += 1
        return self.say(f"dm:{person}", author, at)

    def mention_of(self, uid: int) -> tuple:
        """A mention: by name with the user id (``mention_name``), the form that names an account."""
        return ("mention_name", self.names[uid], uid)

    # --- what each tier does ----------------------------------------------------------------------

    def exchange(self, person: int, month: int, via_dm: bool) -> None:
        """Directed contact both ways within one month."""
        at = self.time_in(month)
        if via_dm:
            first, second = (person, OWNER_USER_ID) if self.rng.random() < 0.5 else (OWNER_USER_ID, person)
            self.dm(person, first, at)
            self.dm(person, second, self.later(at))
            return
        style = self.rng.randrange(3)
        if style == 0:  # the owner posts, they reply, the owner answers the reply
            own = self.post(at)
            theirs = self.say(GROUP[0], person, self.later(at, 10), reply_to=own)
            self.post(self.later(theirs.at, 10), "reply", reply_to=theirs)
        elif style == 1:  # they ask the group, the owner answers, they thank the owner by @username
            theirs = self.say(GROUP[0], person, at)
            self.post(self.later(at, 10), "reply", reply_to=theirs)
            self.say(GROUP[0], person, self.later(at, 30), text=["Thanks ", ("mention", f"@{OWNER_USERNAME}")])
        else:  # the owner names them in a post, they reply to it
            own = self.post(at, mention=self.mention_of(person))
            self.say(GROUP[0], person, self.later(at, 10), reply_to=own)

    def unanswered(self, person: int) -> None:
        for _ in range(self.rng.randint(1, 3)):
            at = self.any_time()
            way = self.rng.randrange(3)
            if way == 0 and self.owner_posts:
                target = self.rng.choice(self.owner_posts)
                self.say(GROUP[0], person, self.later(target.at, 48), reply_to=target)
            elif way == 1:
                self.say(GROUP[0], person, at, text=["Question for ", self.mention_of(OWNER_USER_ID), "?"])
            else:
                self.dm(person, person, at)

    def reached(self, person: int) -> None:
        at = self.any_time()
        way = self.rng.randrange(3)
        if way == 0:  # they talk in the group (to no one in particular); the owner answers them
            theirs = self.say(GROUP[0], person, at)
            self.post(self.later(at), "reply", reply_to=theirs)
        elif way == 1:
            self.post(at, mention=self.mention_of(person))
        else:
            self.dm(person, OWNER_USER_ID, at)

    def react(self, e: _Event, reactors: list[int]) -> None:
        """Reactions on ``e``: some named in ``recent``, the count higher (Telegram names only the latest few)."""
        if not reactors:
            return
        extra = self.rng.randint(0, 4)
        e.reactions.append(("👍", len(reactors) + extra, reactors))
        if OWNER_USER_ID in reactors:
            self.owner_reacted.add(id(e))


def write_telegram_export(
    dest: str | Path,
    seed: int = 7,
    as_zip: bool = False,
    spec: TelegramSpec = TelegramSpec(),
    generation: Generation = "2025",
) -> GroundTruth:
    """Write ``dest/result.json`` (or a zip at ``dest`` when ``as_zip``); return the planted truth."""
    w = _Writer(seed, generation, spec)
    rng = w.rng
    pools = {
        name: [w.person() for _ in range(getattr(spec, name))]
        for name in ("core", "members", "unanswered", "reached", "background")
    }
    by_dm = set(pools["core"][1::2] + pools["members"][1::2])  # these talk with the owner privately too

    # The owner's own posts first (others reply to them), then each tier's contact.
    for i in range(spec.posts):
        at = w.any_time()
        if i % 8 == 3:
            w.post(at, "repost", forwarded_from=CHANNEL[0])
        else:
            w.post(at)
    for e in list(w.owner_posts)[::5]:  # threads: the owner continues their own post
        w.post(w.later(e.at), "thread", reply_to=e)
    gone = w.say(GROUP[0], rng.choice(pools["background"]), w.time_in(2), deleted=True)
    w.post(w.later(gone.at), "reply", reply_to=gone)  # answers a message deleted since: whom is unknown
    w.post(w.time_in(5), mention=("mention", f"@{HANDLE_ONLY}"))  # a username no message ties to an id

    for person in pools["core"]:
        for month in sorted(rng.sample(range(MONTHS), rng.randint(3, 5))):
            w.exchange(person, month, via_dm=person in by_dm and rng.random() < 0.6)
    for person in pools["members"]:
        for month in sorted(rng.sample(range(MONTHS), rng.randint(1, 2))):
            w.exchange(person, month, via_dm=person in by_dm and rng.random() < 0.6)
    for person in pools["unanswered"]:
        w.unanswered(person)
    for person in pools["reached"]:
        w.reached(person)

    # Background talk: among themselves and with the members, never to or about the owner.
    talkers = pools["background"] + pools["core"] + pools["members"]
    others = [e for e in w.events if e.chat == GROUP[0] and e.author not in (OWNER_USER_ID, None) and not e.deleted]
    for i in range(spec.chatter):
        author = rng.choice(pools["background"])
        at = w.any_time()
        if i % 4 == 1 and others:
            target = rng.choice(others)
            if target.author != author:
                others.append(w.say(GROUP[0], author, w.later(target.at, 48), reply_to=target))
                continue
        if i % 9 == 2:
            w.say(GROUP[0], author, at, forwarded_from=CHANNEL[0])
        elif i % 7 == 5:
            buddy = rng.choice([p for p in pools["background"] if p != author])
            others.append(w.say(GROUP[0], author, at, text=["Ask ", w.mention_of(buddy)]))
        else:
            others.append(w.say(GROUP[0], author, at))

    # Reactions: the background applauds the owner's posts; the owner reacts to members' and others' messages.
    if not w.legacy:
        for e in w.owner_posts[::2]:
            w.react(e, rng.sample(pools["background"], rng.randint(1, 3)))
        for e in rng.sample(others, 40):
            crowd = rng.sample([p for p in talkers if p != e.author], rng.randint(0, 2))
            w.react(e, [*crowd, OWNER_USER_ID] if rng.random() < 0.5 else crowd)

    _services(w, pools)
    _other_chats(w, pools)
    files = {"result.json": _document(w)}
    write_files(Path(dest), files, as_zip)
    own = f"user{OWNER_USER_ID}"
    tiers = {
        "core": [f"user{p}" for p in pools["core"]],
        "member": [f"user{p}" for p in pools["members"]],
        "unanswered": [f"user{p}" for p in pools["unanswered"]],
        "reached": [f"user{p}" for p in pools["reached"]] + [f"@{HANDLE_ONLY}"],
        "follower": [],
        "following": [],
    }
    assert own not in {a for ids in tiers.values() for a in ids}
    return TelegramTruth(
        owner=OWNER,
        tiers={t: sorted(ids) for t, ids in tiers.items()},
        evidence=dict.fromkeys(tiers["core"] + tiers["member"], "observed"),
        kinds=w.kinds,
        modes=w.modes,
        followers=None,
        following=None,
        mutuals=None,
        messages_sent=w.sent,
        messages_received=w.received,
        files=sorted(files),
        likes_given=None if w.legacy else len(w.owner_reacted),
    )


def _services(w: _Writer, pools: dict[str, list[int]]) -> None:
    """Service messages: not talk, never counted (the group's creation, joins, pins, a call)."""
    first = min(e.at for e in w.events if e.chat == GROUP[0])
    w.say(GROUP[0], OWNER_USER_ID, first - timedelta(days=3), action={"action": "create_channel", "title": GROUP[0]})
    for person in pools["core"] + pools["members"] + pools["unanswered"] + pools["reached"] + pools["background"]:
        theirs = [e.at for e in w.events if e.chat == GROUP[0] and e.author == person]
        if theirs:
            w.say(
                GROUP[0],
                person,
                min(theirs) - timedelta(hours=w.rng.randint(1, 48)),
                action={"action": "join_group_by_link", "inviter": OWNER["name"]},
            )
    for e in w.owner_posts[:3]:
        w.say(GROUP[0], OWNER_USER_ID, w.later(e.at, 5), action={"action": "pin_message", "message_id": e})
    dm_person = next((e.chat for e in w.events if e.chat.startswith("dm:")), None)
    if dm_person is not None:
        w.say(
            dm_person,
            OWNER_USER_ID,
            w.any_time(),
            action={"action": "phone_call", "duration_seconds": 184, "discard_reason": "hangup"},
        )


def _other_chats(w: _Writer, pools: dict[str, list[int]]) -> None:
    """Chats the reader leaves out or reads only for reactions, and a group the owner left."""
    rng = w.rng
    bot_chat = f"dm:{BOT[1]}"
    w.names[BOT[1]] = BOT[0]
    for _ in range(4):
        at = w.any_time()
        w.say(bot_chat, OWNER_USER_ID, at, text=[("bot_command", "/order")])
        w.say(bot_chat, BOT[1], w.later(at, 1), text=["Your order is in."])
    w.names[SERVICE_USER] = "Telegram"
    for _ in range(3):
        w.say(
            f"dm:{SERVICE_USER}",
            SERVICE_USER,
            w.any_time(),
            text=["Login code: 12345. Do not give this code to anyone."],
        )
    for _ in range(5):
        w.say("saved", OWNER_USER_ID, w.any_time())
    for _ in range(20):  # the channel the owner reads: its posts are the channel's own
        e = w.say(CHANNEL[0], None, w.any_time())
        if not w.legacy and rng.random() < 0.5:
            crowd = rng.sample(pools["background"], rng.randint(0, 2))
            w.react(e, [*crowd, OWNER_USER_ID] if rng.random() < 0.5 else crowd)
    stall = [*rng.sample(pools["background"], 3)]
    for _ in range(6):
        w.say(LEFT_GROUP[0], rng.choice(stall), w.time_in(rng.randrange(4), 27))
    w.say(LEFT_GROUP[0], OWNER_USER_ID, w.time_in(1))
    w.kinds["original"] += 1
    w.modes["broadcast"] += 1


# --- the JSON as Telegram Desktop writes it ----------------------------------------------------------


def _peer(w: _Writer, uid: int | None, channel_id: int) -> str | int:
    if uid is None:  # the channel itself
        return channel_id + _CHANNEL_SHIFT if w.legacy else f"channel{channel_id}"
    return uid if w.legacy else f"user{uid}"


def _local(w: _Writer, at: datetime) -> str:
    zone = UTC if w.legacy else LOCAL_ZONE
    return at.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S")


def _text(w: _Writer, parts: list) -> dict:
    """``text`` (a string when plain, else a list of strings and parts) and ``text_entities`` (2021 on)."""
    objects: list[str | dict] = []
    for p in parts:
        if isinstance(p, str):
            objects.append(p)
        else:
            obj: dict = {"type": p[0], "text": p[1]}
            if p[0] == "mention_name":
                obj["user_id"] = p[2]
            objects.append(obj)
    text: str | list = objects[0] if len(objects) == 1 and isinstance(objects[0], str) else objects
    if not parts:
        text = ""
    out: dict = {"text": text}
    if not w.legacy:
        out["text_entities"] = [{"type": "plain", "text": o} if isinstance(o, str) else o for o in objects]
    return out


def _message(w: _Writer, e: _Event, channel_id: int) -> dict:
    m: dict = {"id": e.id, "type": "service" if e.action else "message", "date": _local(w, e.at)}
    if not w.legacy:
        m["date_unixtime"] = str(int(e.at.timestamp()))
    who = CHANNEL[0] if e.author is None else w.names[e.author]
    key = "actor" if e.action else "from"
    m[key] = who
    m[f"{key}_id"] = _peer(w, e.author, channel_id)
    if e.action:
        for k, v in e.action.items():
            m[k] = v.id if isinstance(v, _Event) else v
        m.update(_text(w, []))
        return m
    if e.forwarded_from:
        m["forwarded_from"] = e.forwarded_from
    if e.reply_to is not None:
        m["reply_to_message_id"] = e.reply_to.id
    m.update(_text(w, e.text))
    if e.reactions:
        m["reactions"] = [
            {
                "type": "emoji",
                "count": count,
                "emoji": emoji,
                "recent": [
                    {"from": w.names[r], "from_id": _peer(w, r, channel_id), "date": _local(w, w.later(e.at, 5))}
                    for r in reactors
                ],
            }
            for emoji, count, reactors in e.reactions
        ]
    return m


def _chat(w: _Writer, key: str, name: str | None, kind: str, chat_id: int, channel_id: int = 0) -> dict:
    events = sorted((e for e in w.events if e.chat == key), key=lambda e: e.at)
    next_id = w.rng.randint(10, 500)
    for e in events:
        e.id = next_id
        next_id += 1 + (w.rng.random() < 0.05)  # an occasional gap: a message deleted before the export
    chat: dict = {} if name is None else {"name": name}
    legacy_id = chat_id + _CHANNEL_SHIFT if w.legacy and kind.endswith(("channel", "supergroup")) else chat_id
    chat.update(type=kind, id=legacy_id, messages=[_message(w, e, channel_id) for e in events if not e.deleted])
    return chat


def _document(w: _Writer) -> bytes:
    dms = sorted({int(e.chat[3:]) for e in w.events if e.chat.startswith("dm:")} - {BOT[1], SERVICE_USER})
    chats = [
        _chat(w, GROUP[0], GROUP[0], GROUP[1], GROUP[2]),
        *(_chat(w, f"dm:{p}", w.names[p], "personal_chat", p) for p in dms),
        _chat(w, f"dm:{BOT[1]}", BOT[0], "bot_chat", BOT[1]),
        _chat(w, f"dm:{SERVICE_USER}", "Telegram", "personal_chat", SERVICE_USER),
        _chat(w, "saved", None, "saved_messages", OWNER_USER_ID),
        _chat(w, CHANNEL[0], CHANNEL[0], CHANNEL[1], CHANNEL[2], channel_id=CHANNEL[2]),
    ]
    contacts = [
        {
            "user_id": p,
            "first_name": w.names[p].split()[0],
            "last_name": w.names[p].split()[1],
            "phone_number": f"+1 555 01{i:02d}",  # 555-01xx: numbers reserved for fiction; never read
            "date": _local(w, START),
            **({} if w.legacy else {"date_unixtime": str(int(START.timestamp()))}),
        }
        for i, p in enumerate(dms[:10])
    ]
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad "
        "targeting and doesn't sell it to others.",
        "personal_information": {
            "user_id": OWNER_USER_ID,
            "first_name": "Corner",
            "last_name": "Cafe",
            "phone_number": "+1 555 0199",
            "username": f"@{OWNER_USERNAME}",
            "bio": "Coffee and sourdough on the corner.",
        },
        "profile_pictures": [],
        "contacts": {"about": "This is your contact list.", "list": contacts},
        "frequent_contacts": {
            "about": "This page lists the people you frequently contact.",
            "list": [
                {"id": p, "category": "people", "type": "user", "name": w.names[p], "rating": 0.5} for p in dms[:5]
            ],
        },
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
        "left_chats": {
            "about": "This page lists all supergroups and channels from this export that you've left.",
            "list": [_chat(w, LEFT_GROUP[0], LEFT_GROUP[0], LEFT_GROUP[1], LEFT_GROUP[2])],
        },
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()
