"""A synthetic Reddit data-request export (flat CSV files) with a planted community and its ground truth.

Two generations (``generation``):

- ``"real"`` (the default, the bundled sample): as problems reported on real exports show them (docs/formats/
  reddit.md): ``comments.csv`` ``parent`` a bare id, empty on a top-level comment; ``messages_archive.csv``
  writing the recipient ``/u/Name``; ``post_headers.csv`` without ``title``, ``comment_headers.csv`` and
  ``messages_archive_headers.csv`` beside the full files; ``chat_history.csv`` (1:1 channels) and
  ``checkfile.csv`` (``filename,sha256``). The folder is named as Reddit names the download,
  ``export_<username>_<date>``: the only place the export names its account without its email address.
- ``"parsers"``: the columns four parsers agree on (formats notes §4.2): ``parent`` a fullname (``t3_``/``t1_``),
  bare usernames, no chat, no checkfile.

Content is synthetic and the layout unconfirmed by a complete real export. Choices the notes leave open are made
like the one real Reddit file seen (``real-exports/reddit/hudi-connectors/subscribed_subreddits.csv``: ``\\n``
line ends, no quoting unless needed); ``comments.csv`` starts with a UTF-8 BOM as some files do (§4.1).

Planted: core (messages both ways in 3 to 5 distinct months), members (both ways within one or two months),
unanswered (they write, the owner never does), reached (the owner writes, nothing back), and accounts the owner
only follows (``friends.csv``). Reddit has no follower list, so there are no followers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Literal

from helpers.model import KINDS, MODES
from helpers.synthetic.community import GroundTruth
from helpers.synthetic.x_format import write_files

START = datetime(2024, 11, 1, tzinfo=UTC)
MONTHS = 24
OWNER_ID, OWNER_HANDLE = "corner_cafe_baker", "Corner_Cafe_Baker"
OWNER = {"id": OWNER_ID, "handle": OWNER_HANDLE, "name": None}
# How Reddit names the download (export_<username>_<YYYYMMDD>.zip): a folder output is this folder inside dest.
EXPORT_NAME = f"export_{OWNER_HANDLE}_20261130"
Generation = Literal["real", "parsers"]
SUBREDDITS = ("Baking", "smallbusiness", "Coffee", "AskCulinary", "Sourdough")
_FIRST = [
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Emi",
    "Femi",
    "Gus",
    "Hana",
    "Ivo",
    "Jun",
    "Kai",
    "Lea",
    "Mo",
    "Nia",
    "Oli",
    "Pia",
    "Quin",
    "Rae",
    "Sol",
    "Tam",
]
_LAST = [
    "Baker",
    "Cooper",
    "Dunn",
    "Ellis",
    "Frost",
    "Gray",
    "Hale",
    "Irwin",
    "Jones",
    "Kerr",
    "Lowe",
    "Moss",
    "Nash",
    "Park",
    "Reed",
]
_WORDS = (
    "fresh sourdough today",
    "new seasonal menu",
    "open late on friday",
    "thanks for the tip",
    "how long do you proof",
    "rainy day soup special",
    "oat milk is back",
    "try the cardamom bun",
)
POST_COLUMNS = ("id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body")
COMMENT_COLUMNS = ("id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media")
MESSAGE_COLUMNS = ("id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body")
CHAT_COLUMNS = (
    "message_id",
    "created_at",
    "updated_at",
    "username",
    "message",
    "thread_parent_message_id",
    "channel_url",
    "subreddit",
    "channel_name",
    "conversation_type",
)


@dataclass(frozen=True)
class RedditSpec:
    core: int = 4
    members: int = 6
    unanswered: int = 3
    reached: int = 5
    following: int = 8  # in friends.csv, no messages
    posts: int = 30
    comments: int = 60


@dataclass
class RedditTruth(GroundTruth):
    """The ground truth, plus the upvotes given (``post_votes.csv`` + ``comment_votes.csv``)."""

    likes_given: int = 0


def reddit_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def csv_bytes(columns: tuple[str, ...], rows: list[dict], bom: bool = False) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buf.getvalue().encode()


class _Writer:
    by_chat: set[str]

    def __init__(self, seed: int, generation: Generation):
        self.rng = random.Random(seed)
        self.real = generation == "real"
        self.chat: list[dict] = []
        self.channels: dict[str, str] = {}
        self.ids: set[str] = set()
        self.names: set[str] = {OWNER_ID}
        self.posts: list[dict] = []
        self.comments: list[dict] = []
        self.messages: list[dict] = []
        self.kinds = dict.fromkeys(KINDS, 0)
        self.sent = self.received = 0

    def new_id(self) -> str:
        while (i := "".join(self.rng.choices(string.ascii_lowercase + string.digits, k=7))) in self.ids:
            pass
        self.ids.add(i)
        return i

    def person(self) -> str:
        while (
            name := f"{self.rng.choice(_FIRST)}{self.rng.choice(_LAST)}{self.rng.randint(1, 99)}"
        ).lower() in self.names:
            pass
        self.names.add(name.lower())
        return name

    def time_in(self, month: int) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, 27), hours=self.rng.randint(7, 21), minutes=self.rng.randint(0, 59)
        )

    def any_time(self) -> datetime:
        return self.time_in(self.rng.randrange(MONTHS))

    def ip(self, at: datetime) -> str:
        # "ip mostly empty in recent exports" (formats notes §4.2): older rows carry one, never read.
        return f"203.0.113.{self.rng.randint(1, 254)}" if at.year < 2025 else ""

    def post(self, at: datetime) -> dict:
        pid, sub = self.new_id(), self.rng.choice(SUBREDDITS)
        permalink = f"https://www.reddit.com/r/{sub}/comments/{pid}/{self.rng.choice(_WORDS).replace(' ', '_')}/"
        is_link = self.rng.random() < 0.3
        body = (
            ""
            if is_link
            else f"{self.rng.choice(_WORDS).capitalize()}, and {self.rng.choice(_WORDS)}.\n\nWhat do you think?"
        )
        row = {
            "id": pid,
            "permalink": permalink,
            "date": reddit_time(at),
            "ip": self.ip(at),
            "subreddit": sub,
            "gildings": "0",
            "title": self.rng.choice(_WORDS).capitalize(),
            "url": "https://cornercafe.example/menu" if is_link else permalink,
            "body": body,
        }
        self.posts.append(row)
        self.kinds["original"] += 1
        return row

    def comment(self, at: datetime, parent: str, on: dict | None, kind: str, body: str | None = None) -> dict:
        cid = self.new_id()
        sub = on["subreddit"] if on else self.rng.choice(SUBREDDITS)
        link = on["permalink"] if on else f"https://www.reddit.com/r/{sub}/comments/{self.new_id()}/a_question/"
        row = {
            "id": cid,
            "permalink": f"{link}{cid}/",
            "date": reddit_time(at),
            "ip": self.ip(at),
            "subreddit": sub,
            "gildings": "0",
            "link": link,
            "parent": parent,
            "media": "",
            "body": body if body is not None else f"{self.rng.choice(_WORDS).capitalize()}, {self.rng.choice(_WORDS)}",
        }
        self.comments.append(row)
        self.kinds[kind] += 1
        return row

    def chat_message(self, sender: str, recipient: str, at: datetime) -> None:
        """A message in the 1:1 chat channel of the owner and the other person: a row names only its sender."""
        other = recipient if sender == OWNER_HANDLE else sender
        room = self.channels.setdefault(
            other, f"https://chat.reddit.com/room/!{self.new_id()}{self.new_id()}:reddit.com"
        )
        self.chat.append(
            {
                "message_id": f"{self.new_id()}-{self.new_id()}",
                "created_at": reddit_time(at),
                "updated_at": reddit_time(at),
                "username": sender,
                "message": self.rng.choice(_WORDS),
                "thread_parent_message_id": "",
                "channel_url": room,
                "subreddit": "",
                "channel_name": "",
                "conversation_type": "direct",
            }
        )
        if sender == OWNER_HANDLE:
            self.sent += 1
        else:
            self.received += 1

    def message(self, sender: str, recipient: str, at: datetime, thread: dict[str, str], key: str) -> None:
        if self.real and key in self.by_chat:
            self.chat_message(sender, recipient, at)
            return
        mid = self.new_id()
        thread.setdefault(key, mid)  # the thread's first message names it
        body = self.rng.choice((self.rng.choice(_WORDS), f'Hi,\n{self.rng.choice(_WORDS)}, "really".'))
        self.messages.append(
            {
                "id": mid,
                "permalink": f"https://www.reddit.com/message/messages/{mid}",
                "thread_id": thread[key],
                "date": reddit_time(at),
                "ip": self.ip(at),
                "from": sender,
                # Real files write the recipient "/u/Name" (reported on real exports); parsers show bare names.
                "to": f"/u/{recipient}" if self.real and not recipient.startswith("/r/") else recipient,
                "subject": "re: " + self.rng.choice(_WORDS),
                "body": body,
            }
        )
        if recipient.startswith("/r/"):
            pass  # to a subreddit's moderators: no person, counted neither way
        elif sender == OWNER_HANDLE:
            self.sent += 1
        else:
            self.received += 1


def write_reddit_export(
    dest: str | Path,
    seed: int = 7,
    as_archive: bool = False,
    spec: RedditSpec = RedditSpec(),
    generation: Generation = "real",
) -> GroundTruth:
    """Write a Reddit export (a folder ``dest/EXPORT_NAME/``, or a flat zip at ``dest`` when ``as_archive``: name it
    ``EXPORT_NAME + ".zip"`` for the reader to know the owner); return the truth."""
    w = _Writer(seed, generation)
    rng, me = w.rng, OWNER_HANDLE
    pools = {
        name: [w.person() for _ in range(getattr(spec, name))]
        for name in ("core", "members", "unanswered", "reached", "following")
    }
    threads: dict[str, str] = {}
    friends = pools["following"] + pools["core"][::2] + pools["members"][::3]
    # Real generation: every other core and member person talks in a 1:1 chat channel instead of messages.
    w.by_chat = set(pools["core"][1::2] + pools["members"][1::2])

    for person in pools["core"]:
        for month in sorted(rng.sample(range(MONTHS), rng.randint(3, 5))):
            w.message(person, me, w.time_in(month), threads, person)
            w.message(me, person, w.time_in(month), threads, person)
    for person in pools["members"]:
        months = rng.sample(range(MONTHS), rng.randint(1, 2))
        w.message(person, me, w.time_in(months[0]), threads, person)
        w.message(me, person, w.time_in(months[-1]), threads, person)
    for person in pools["unanswered"]:
        for _ in range(rng.randint(1, 3)):
            w.message(person, me, w.any_time(), threads, person)
    for person in pools["reached"]:
        for _ in range(rng.randint(1, 2)):
            w.message(me, person, w.any_time(), threads, person)

    if w.real:  # a message to a subreddit's moderators (/r/...): not a person, counted neither way
        w.message(me, f"/r/{SUBREDDITS[0]}", w.any_time(), threads, "modmail")

    def top(post_id: str) -> str:  # a top-level comment's parent: empty in real files, a fullname for parsers
        return "" if w.real else f"t3_{post_id}"

    def reply(comment_id: str) -> str:  # a reply's parent: a bare id in real files
        return comment_id if w.real else f"t1_{comment_id}"

    def elsewhere() -> dict:  # someone else's post, which a top-level comment's link names
        pid, sub = w.new_id(), rng.choice(SUBREDDITS)
        return {"id": pid, "subreddit": sub, "permalink": f"https://www.reddit.com/r/{sub}/comments/{pid}/a_question/"}

    own_posts = [w.post(w.any_time()) for _ in range(spec.posts)]
    own_comments: list[dict] = []
    for i in range(spec.comments):
        at = w.any_time()
        r = rng.random()
        if i == 0:  # a comment whose body was deleted since: still counted, no text
            on = elsewhere()
            own_comments.append(w.comment(at, top(on["id"]), on, "comment", body="[deleted]"))
        elif i == 1:  # no parent at all: a comment on someone else's content
            own_comments.append(w.comment(at, "", None, "comment"))
        elif r < 0.45:  # top level on someone else's post
            on = elsewhere()
            own_comments.append(w.comment(at, top(on["id"]), on, "comment"))
        elif r < 0.70:  # a reply to someone else's comment (its author is not in the export)
            own_comments.append(w.comment(at, reply(w.new_id()), None, "comment"))
        elif r < 0.85:  # under the owner's own post
            on = rng.choice(own_posts)
            own_comments.append(w.comment(at, top(on["id"]), on, "thread"))
        elif own_comments:  # continuing the owner's own comment
            parent = rng.choice(own_comments)
            own_comments.append(w.comment(at, reply(parent["id"]), None, "thread"))
        else:
            on = elsewhere()
            own_comments.append(w.comment(at, top(on["id"]), on, "comment"))

    votes = {
        name: [
            {
                "id": w.new_id(),
                "permalink": f"https://www.reddit.com/r/{rng.choice(SUBREDDITS)}/comments/{w.new_id()}/",
                "direction": rng.choice(("up", "up", "up", "down", "none")),
            }
            for _ in range(n)
        ]
        for name, n in (("post_votes.csv", 25), ("comment_votes.csv", 15))
    }
    key = itemgetter("date", "id")  # the notes document no row order: newest first here
    files = {
        "posts.csv": csv_bytes(POST_COLUMNS, sorted(w.posts, key=key, reverse=True)),
        "comments.csv": csv_bytes(COMMENT_COLUMNS, sorted(w.comments, key=key, reverse=True), bom=True),
        "messages_archive.csv": csv_bytes(MESSAGE_COLUMNS, sorted(w.messages, key=key, reverse=True)),
        **(
            {
                # The *_headers files: the same rows without bodies; post_headers.csv has no title either.
                "post_headers.csv": csv_bytes(
                    tuple(c for c in POST_COLUMNS if c not in ("title", "body")), sorted(w.posts, key=key, reverse=True)
                ),
                "comment_headers.csv": csv_bytes(COMMENT_COLUMNS[:-2], sorted(w.comments, key=key, reverse=True)),
                "messages_archive_headers.csv": csv_bytes(
                    MESSAGE_COLUMNS[:-2], sorted(w.messages, key=key, reverse=True)
                ),
                "chat_history.csv": csv_bytes(CHAT_COLUMNS, sorted(w.chat, key=itemgetter("created_at", "message_id"))),
            }
            if w.real
            else {}
        ),
        "friends.csv": csv_bytes(("username", "note"), [{"username": f, "note": ""} for f in sorted(friends)]),
        "subscribed_subreddits.csv": csv_bytes(("subreddit",), [{"subreddit": s} for s in SUBREDDITS]),
        # Never read by the reader: the email address and IP logs (the privacy test checks neither is held).
        "statistics.csv": csv_bytes(
            ("statistic", "value"),
            [{"statistic": "email", "value": "owner@example.invalid"}, {"statistic": "comment karma", "value": "1234"}],
        ),
        "ip_logs.csv": csv_bytes(("date", "ip"), [{"date": "registration ip", "ip": "198.51.100.23"}]),
        **{name: csv_bytes(("id", "permalink", "direction"), rows) for name, rows in votes.items()},
    }
    if w.real:  # the export's own list of its files, with their SHA-256
        files["checkfile.csv"] = csv_bytes(
            ("filename", "sha256"),
            [{"filename": n, "sha256": hashlib.sha256(b).hexdigest()} for n, b in sorted(files.items())],
        )
    folder = "" if as_archive else f"{EXPORT_NAME}/"
    write_files(Path(dest), {folder + n: b for n, b in files.items()}, as_archive)
    tiers = {
        "core": pools["core"],
        "member": pools["members"],
        "unanswered": pools["unanswered"],
        "reached": pools["reached"],
        "follower": [],
        "following": pools["following"],
    }
    modes = dict.fromkeys(MODES, 0)
    modes.update(broadcast=w.kinds["original"] + w.kinds["thread"], conversation=w.kinds["comment"])
    return RedditTruth(
        owner=OWNER,
        tiers={t: sorted(n.lower() for n in names) for t, names in tiers.items()},
        evidence={n.lower(): "observed" for n in pools["core"] + pools["members"]},
        kinds=w.kinds,
        modes=modes,
        followers=0,
        following=len(friends),
        mutuals=0,  # 0: no follower list exists
        messages_sent=w.sent,
        messages_received=w.received,
        files=sorted(folder + n for n in files),
        likes_given=sum(r["direction"] == "up" for rows in votes.values() for r in rows),
    )
