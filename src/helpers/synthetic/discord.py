"""A synthetic DiscordChatExporter export (JSON, one file per channel) with a planted community and its truth.

    truth = write_discord_export(Path("discord-export"), seed=7)
    load_export(Path("discord-export"), owner=truth.owner["handle"])

A server, "Corner Cafe Community", as DCE 2.4x exports it with ``--include-threads``: ``#general`` split into
``[part 1]`` (no suffix) and ``[part 2]`` files, ``#help``, a thread started from one of the owner's messages
(the thread's id is that message's id), a DM and a group DM. DCE does not say whose export it is: the truth's
owner is the account to give ``--owner``.

Planted (directed contact is a reply, a mention or a private message; reactions and forwards are applause):

- core: replies both ways in 3 to 5 distinct months; three of them also in the DM, the group DM or the thread;
- members: they mention the owner (the ``mentions`` list, or a raw ``<@!id>`` in the text) and the owner
  answers, within one or two months;
- unanswered: they reply to or mention the owner, who only reacts;
- reached: the owner mentions them (``<@id>``) or answers their message; they never address the owner;
- chatters: talk among themselves, and a forward each way with the owner; reactors: only react to the owner;
  joiners: only join. None of them has a tier;
- left out: a bot (``isBot``) that welcomes, replies to and mentions the owner and reacts; joins, a pin.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES
from helpers.synthetic.community import FIRST_NAMES, LAST_NAMES, WORDS, GroundTruth
from helpers.synthetic.discord_format import channel_file, snowflake
from helpers.synthetic.x_format import write_files

START = datetime(2024, 11, 1, tzinfo=UTC)
MONTHS = 24
EXPORTED = datetime(2026, 11, 20, 18, 30, 5, 123456, tzinfo=UTC)
GUILD_NAME = "Corner Cafe Community"
THREAD_NAME = "Weekend sourdough class"
EMOJI = (("\U0001f44d", ":thumbsup:"), ("\u2764\ufe0f", ":heart:"), ("\U0001f602", ":joy:"), ("\u2615", ":coffee:"))
OWNER = {"id": "700000000000000001", "handle": "corner_cafe", "name": "Corner Cafe"}
TALK = ("Default", "Reply")


@dataclass(frozen=True)
class DiscordSpec:
    core: int = 5
    members: int = 8
    unanswered: int = 4
    reached: int = 5
    chatters: int = 10
    reactors: int = 3
    joiners: int = 4
    posts: int = 40  # the owner's top-level posts, besides those the planting needs


@dataclass
class DiscordTruth(GroundTruth):
    """The ground truth, plus what DCE shows that other platforms' truths do not."""

    likes_given: int = 0  # messages the owner reacted to
    chat_messages: int = 0  # messages by people, every conversation (bots and service messages left out)
    people: int = 0  # everyone named, owner and bot left out
    left_out: dict[str, int] | None = None  # bot messages, service messages


class _Server:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seq = 0
        self.handles: set[str] = {OWNER["handle"]}
        self.people: list[dict] = []
        self.owner = dict(OWNER)
        self.bot = {
            "id": "700000000000000002",
            "handle": "cafe_bot",
            "name": "Cafe Bot",
            "discriminator": "4217",
            "bot": True,
        }
        created = datetime(2023, 5, 2, 10, tzinfo=UTC)
        self.guild_id = snowflake(created, 1)
        self.ids = {
            name: snowflake(created + timedelta(minutes=i), 2 + i) for i, name in enumerate(("general", "help"))
        }
        self.ids |= {
            "dm": snowflake(created + timedelta(days=3), 9),
            "group": snowflake(created + timedelta(days=4), 10),
        }
        self.messages: dict[str, list[dict]] = {k: [] for k in ("general", "help", "thread", "dm", "group")}
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.sent = self.received = 0
        self.thread_id = ""  # the id of the message the thread was started from

    def person(self) -> dict:
        while (handle := f"{self.rng.choice(FIRST_NAMES)}.{self.rng.choice(LAST_NAMES)}") in self.handles:
            pass
        self.handles.add(handle)
        first, last = handle.split(".")
        joined = datetime(2023, 6, 1, tzinfo=UTC) + timedelta(days=self.rng.randint(0, 400))
        self.seq += 1
        p = {"id": snowflake(joined, self.seq), "handle": handle, "name": f"{first.title()} {last.title()}"}
        self.people.append(p)
        return p

    def time_in(self, month: int) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, 24),
            hours=self.rng.randint(7, 18),
            minutes=self.rng.randint(0, 59),
            seconds=self.rng.randint(0, 59),
            milliseconds=self.rng.randint(0, 999),
        )

    def later(self, at: datetime) -> datetime:
        """A moment after ``at`` in the same month (answers come within hours)."""
        return at + timedelta(minutes=self.rng.randint(2, 300), milliseconds=self.rng.randint(0, 999))

    def conv_id(self, conv: str) -> str:
        return self.thread_id if conv == "thread" else self.ids[conv]

    def say(
        self,
        conv: str,
        at: datetime,
        author: dict,
        *,
        kind: str | None = None,
        reply_to: dict | None = None,
        listed: tuple[dict, ...] = (),
        raw: tuple[dict, ...] = (),
        forward: dict | None = None,
        type: str | None = None,
        text: str | None = None,
    ) -> dict:
        """One message; ``kind`` is what the owner's message in a server channel is (counted in the truth)."""
        self.seq += 1
        words = text if text is not None else self.rng.choice(WORDS)
        parts = [f"@{p['name']}" for p in listed]
        # Raw mentions both ways Discord writes them: <@id>, and <@!id> (a nickname mention) every other message.
        parts += [f"<@!{p['id']}>" if self.seq % 2 else f"<@{p['id']}>" for p in raw]
        m: dict = {
            "id": snowflake(at, self.seq),
            "type": type or ("Reply" if reply_to is not None else "Default"),
            "at": at,
            "author": author,
            "content": "" if forward is not None else " ".join([*parts, words]),
            "mentions": list(listed),
            "reference": None,
            "reactions": {},
            "conv": conv,
        }
        private = conv in ("dm", "group")
        target = reply_to or forward
        if target is not None:
            m["reference"] = {
                "type": "Forward" if forward is not None else "Default",
                "messageId": target["id"],
                "channelId": self.conv_id(target["conv"]),
                "guildId": None if target["conv"] in ("dm", "group") else self.guild_id,
            }
        self.messages[conv].append(m)
        if m["type"] in TALK and not author.get("bot"):
            if author is self.owner and not private:
                assert kind is not None, "the owner's messages in a server say their kind"
                self.kinds[kind] += 1
                people = [p for p in (*listed, *raw) if not p.get("bot")]
                mode = (
                    "amplification"
                    if kind == "repost"
                    else "conversation"
                    if kind == "reply" or people
                    else "broadcast"
                )
                self.modes[mode] += 1
            elif private and author is self.owner:
                self.sent += 1
            elif private:
                self.received += 1
        return m

    def react(self, message: dict, *people: dict) -> None:
        emoji = self.rng.choice(EMOJI)
        for p in people:
            users = message["reactions"].setdefault(emoji, [])
            if p not in users:
                users.append(p)


def write_discord_export(
    dest: str | Path, seed: int = 7, as_archive: bool = False, spec: DiscordSpec = DiscordSpec()
) -> DiscordTruth:
    """Write the export (a folder of JSON files at ``dest``, or a zip at ``dest`` when ``as_archive``)."""
    assert spec.core >= 3 and spec.posts >= 7, "the DM, the group DM and the thread need three core people"
    s = _Server(seed)
    rng, me = s.rng, s.owner
    pools = {
        name: [s.person() for _ in range(getattr(spec, name))]
        for name in ("core", "members", "unanswered", "reached", "chatters", "reactors", "joiners")
    }
    core, members, chatters = pools["core"], pools["members"], pools["chatters"]

    def owner_post(conv: str, at: datetime, **kw) -> dict:
        post = s.say(conv, at, me, kind=kw.pop("kind", "original"), **kw)
        if rng.random() < 0.5:
            s.react(post, *rng.sample(pools["reactors"], rng.randint(1, len(pools["reactors"]))))
        return post

    # Core: in each of their months they answer the owner and the owner answers them.
    core_months = {p["id"]: sorted(rng.sample(range(MONTHS), rng.randint(3, 5))) for p in core}
    for p in core:
        for month in core_months[p["id"]]:
            conv = rng.choice(("general", "help"))
            post = owner_post(conv, s.time_in(month))
            s.react(s.say(conv, s.later(post["at"]), p, reply_to=post), me)
            theirs = s.say(conv, s.time_in(month), p)
            s.say(conv, s.later(theirs["at"]), me, kind="reply", reply_to=theirs)
    # The DM with core[0], in its months: both write.
    for month in core_months[core[0]["id"]][:3]:
        at = s.time_in(month)
        s.say("dm", at, core[0])
        s.say("dm", s.later(at), me)
    # The group DM with core[1] and core[2], in a month of core[1]'s.
    at = s.time_in(core_months[core[1]["id"]][0])
    for author in (me, core[1], core[2], me):
        at = s.later(at)
        s.say("group", at, author)
    # The thread: started from one of the owner's posts (its id is the post's id); the last two core people
    # write in it (answering its root), the owner writes on (own root: a thread) and answers the first of them.
    root = owner_post("general", s.time_in(core_months[core[-2]["id"]][0]), text="weekend sourdough class, who is in?")
    s.thread_id = root["id"]
    at = s.later(root["at"])
    first = s.say("thread", at, core[-2])
    s.say("thread", s.later(at), core[-1], text="count me in")
    s.say("thread", s.later(at), me, kind="thread", text="bring a jar")
    s.say("thread", s.later(first["at"]) + timedelta(minutes=1), me, kind="reply", reply_to=first)

    # Members: they mention the owner (listed, or raw in the text), the owner answers in the same or next month.
    for i, p in enumerate(members):
        months = sorted(rng.sample(range(MONTHS), rng.randint(1, 2)))
        conv = rng.choice(("general", "help"))
        if i % 3 == 0:  # listed and raw at once: one mention
            asked = s.say(conv, s.time_in(months[0]), p, listed=(me,), raw=(me,))
        elif i % 3 == 1:
            asked = s.say(conv, s.time_in(months[0]), p, listed=(me,))
        else:
            asked = s.say(conv, s.time_in(months[0]), p, raw=(me,))
        if len(months) == 1 and i % 2 == 0:
            s.say(conv, s.later(asked["at"]), me, kind="reply", reply_to=asked)
        else:
            owner_post(conv, s.time_in(months[-1]), listed=(p,))
    # Unanswered: they reply to or mention the owner; the owner only reacts.
    for i, p in enumerate(pools["unanswered"]):
        for _ in range(rng.randint(1, 3)):
            month = rng.randrange(MONTHS)
            if i % 2 == 0:
                post = owner_post("general", s.time_in(month))
                said = s.say("general", s.later(post["at"]), p, reply_to=post)
            else:
                said = s.say("help", s.time_in(month), p, listed=(me,))
        s.react(said, me)
    # Reached: the owner mentions them (raw <@id>) or answers them; they never address the owner.
    for i, p in enumerate(pools["reached"]):
        if i % 2 == 0:
            owner_post("general", s.time_in(rng.randrange(MONTHS)), raw=(p,))
        else:
            theirs = s.say("help", s.time_in(rng.randrange(MONTHS)), p)
            s.say("help", s.later(theirs["at"]), me, kind="reply", reply_to=theirs)
    # Chatters talk among themselves (and with reached and unanswered people, never about the owner).
    talkers = chatters + pools["reached"] + pools["unanswered"]
    recent: list[dict] = []
    for i in range(80):
        conv = rng.choice(("general", "help"))
        author = chatters[i] if i < len(chatters) else rng.choice(chatters)
        at = s.time_in(rng.randrange(MONTHS))
        r = rng.random()
        if r < 0.3 and recent:
            target = rng.choice([m for m in recent if m["author"] is not author] or recent)
            said = s.say(target["conv"], s.later(target["at"]), author, reply_to=target)
        elif r < 0.45:
            said = s.say(conv, at, author, listed=(rng.choice([t for t in talkers if t is not author]),))
        elif r < 0.55:
            said = s.say(conv, at, author, raw=(rng.choice([t for t in talkers if t is not author]),))
        else:
            said = s.say(conv, at, author)
        if rng.random() < 0.2:
            s.react(said, rng.choice(chatters))
        recent.append(said)
    # The owner's own broadcasts, some reacted to; "@everyone" is text, not a mention.
    own: list[dict] = []
    for i in range(spec.posts):
        text = "@everyone " + rng.choice(WORDS) if i % 10 == 0 else None
        own.append(owner_post(rng.choice(("general", "help")), s.time_in(rng.randrange(MONTHS)), text=text))
    # The owner continues an own post (a thread), answers a message gone from the export (a reply to no one
    # known), reacts to an own post and to a chatter's message, and pins a post (a service message).
    s.say("general", s.later(own[0]["at"]), me, kind="thread", reply_to=own[0])
    gone = {"id": snowflake(START - timedelta(days=40), 1), "conv": "general"}
    s.say("general", s.time_in(3), me, kind="reply", reply_to=gone)
    s.react(own[1], me)
    s.react(own[6], *pools["reactors"])
    s.react(recent[0], me)
    s.say("general", s.later(own[2]["at"]), me, type="ChannelPinnedMessage", reply_to=own[2], text="Pinned a message.")
    # Forwards both ways with a chatter: applause, not contact.
    theirs = next(m for m in recent if m["author"] in chatters and m["conv"] == "help")
    s.say("general", s.later(theirs["at"]), me, kind="repost", forward=theirs)
    s.say("help", s.later(own[3]["at"]), chatters[0], forward=own[3])

    # Left out: joins, and a bot that welcomes them, answers and mentions the owner, and reacts.
    for p in pools["joiners"] + members[:2]:
        at = s.time_in(rng.randrange(MONTHS))
        s.say("general", at, p, type="GuildMemberJoin", text="Joined the server.")
        s.say("general", s.later(at), s.bot, listed=(p,), text="welcome! read #rules first")
    s.react(s.say("general", s.later(own[4]["at"]), s.bot, reply_to=own[4], listed=(me,)), s.bot)
    s.react(own[5], s.bot)
    bot_post = s.say("help", s.time_in(5), s.bot, text="daily reminder: be kind")
    s.say("help", s.later(bot_post["at"]), me, kind="reply", reply_to=bot_post)  # to a bot: a reply to no one
    owner_post("general", s.time_in(6), listed=(s.bot,), text="thanks bot")  # mentions only the bot: a broadcast

    files = _files(s)
    write_files(Path(dest), files, as_archive)
    everything = [m for msgs in s.messages.values() for m in msgs]
    talk = [m for m in everything if m["type"] in TALK and not m["author"].get("bot")]
    tiers = {
        "core": core,
        "member": members,
        "unanswered": pools["unanswered"],
        "reached": pools["reached"],
        "follower": [],
        "following": [],
    }
    return DiscordTruth(
        owner=dict(OWNER),
        tiers={t: sorted(p["id"] for p in ps) for t, ps in tiers.items()},
        evidence={p["id"]: "observed" for p in core + members},
        kinds=s.kinds,
        modes=s.modes,
        followers=None,
        following=None,
        mutuals=None,
        messages_sent=s.sent,
        messages_received=s.received,
        files=sorted(files),
        likes_given=sum(any(me in users for users in m["reactions"].values()) for m in talk),
        chat_messages=len(talk),
        people=len(s.people),
        left_out={
            "bot": sum(bool(m["author"].get("bot")) for m in everything),
            "service": sum(m["type"] not in TALK for m in everything),
        },
    )


def _files(s: _Server) -> dict[str, bytes]:
    guild = {"id": s.guild_id, "name": GUILD_NAME, "iconUrl": f"https://cdn.discordapp.com/icons/{s.guild_id}/a.png"}
    dms = {"id": "0", "name": "Direct Messages", "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png"}
    text_channels = s.ids["general"][:-1] + "0"  # the category's id
    dm_partner = next(m["author"] for m in s.messages["dm"] if m["author"] is not s.owner)
    group_names = ", ".join(sorted({m["author"]["name"] for m in s.messages["group"]}))

    def channel(cid: str, kind: str, category_id: str | None, category: str | None, name: str) -> dict:
        return {"id": cid, "type": kind, "categoryId": category_id, "category": category, "name": name, "topic": None}

    def ordered(conv: str) -> list[dict]:
        return sorted(s.messages[conv], key=lambda m: (m["at"], int(m["id"])))

    general = ordered("general")
    half = (len(general) + 1) // 2  # --partition: two parts, the first without a suffix
    g = channel(s.ids["general"], "GuildTextChat", text_channels, "Text Channels", "general")
    base = f"{GUILD_NAME} - Text Channels"
    return {
        f"{base} - general [{s.ids['general']}].json": channel_file(guild, g, general[:half], EXPORTED),
        f"{base} - general [{s.ids['general']}] [part 2].json": channel_file(
            guild, g, general[half:], EXPORTED + timedelta(seconds=2)
        ),
        f"{base} - help [{s.ids['help']}].json": channel_file(
            guild,
            channel(s.ids["help"], "GuildTextChat", text_channels, "Text Channels", "help"),
            ordered("help"),
            EXPORTED,
        ),
        f"{GUILD_NAME} - general - {THREAD_NAME} [{s.thread_id}].json": channel_file(
            guild,
            channel(s.thread_id, "GuildPublicThread", s.ids["general"], "general", THREAD_NAME),
            ordered("thread"),
            EXPORTED,
        ),
        f"Direct Messages - Private - {dm_partner['name']} [{s.ids['dm']}].json": channel_file(
            dms, channel(s.ids["dm"], "DirectTextChat", "0", "Private", dm_partner["name"]), ordered("dm"), EXPORTED
        ),
        f"Direct Messages - Group - {group_names} [{s.ids['group']}].json": channel_file(
            dms, channel(s.ids["group"], "DirectGroupTextChat", "0", "Group", group_names), ordered("group"), EXPORTED
        ),
    }
