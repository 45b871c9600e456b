"""A realistic Bluesky repository export (``repo.car``, CAR v1, v3 commit and MST) with a planted community.

    truth = write_bluesky_export(Path("data/sample/bluesky"), seed=7)   # writes .../repo.car

A Bluesky repository holds only what the owner wrote, so two-way contact can never be shown: the close
friends planted here (replied to in 3+ distinct months) are recovered as ``reached``, like every other
account the owner addressed; followed accounts with no directed contact are ``following``; accounts only
liked or reposted get no tier. There are no followers or messages to plant (the truth's ``followers``,
``mutuals`` and message counts stay 0; the summary shows them as null). The commit signature is random
bytes (nothing checks it offline).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import libipld

from helpers.model import KINDS, MODES, TIERS
from helpers.synthetic.bluesky_car import RAW, build_mst, cid_for, encode_car
from helpers.synthetic.community import GroundTruth

START = datetime(2024, 11, 1, tzinfo=UTC)
MONTHS = 24
EXPORT_DATE = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
B32 = "234567abcdefghijklmnopqrstuvwxyz"
_FIRST = [
    "ada",
    "ben",
    "cleo",
    "dev",
    "emi",
    "femi",
    "gus",
    "hana",
    "ivo",
    "jun",
    "kai",
    "lea",
    "mo",
    "nia",
    "oli",
    "pia",
    "quin",
    "rae",
    "sol",
    "tam",
    "uma",
    "vic",
    "wen",
    "xia",
]
_LAST = [
    "baker",
    "cooper",
    "dunn",
    "ellis",
    "frost",
    "gray",
    "hale",
    "irwin",
    "jones",
    "kerr",
    "lowe",
    "moss",
    "nash",
    "ortiz",
    "park",
    "reed",
    "shaw",
    "tate",
]
_WORDS = (
    "fresh sourdough today",
    "new seasonal menu",
    "open late on friday",
    "thanks for coming by",
    "rainy day soup special",
    "live music this weekend",
    "oat milk is back",
    "try the cardamom bun",
)
POOLS = {
    "close": 5,
    "regulars": 6,
    "strangers": 6,
    "quoted": 3,
    "followed_only": 25,
    "followed_applause": 10,
    "broadcasters": 12,
}


def tid(at: datetime, clock: int) -> str:
    """A record key of the kind the PDS issues at ``at``: microseconds << 10 | clock id, base32-sortable."""
    value = (int(at.timestamp() * 1_000_000) << 10) | (clock & 0x3FF)
    return "".join(B32[(value >> (5 * (12 - i))) & 31] for i in range(13))


def iso(at: datetime, style: int = 0) -> str:
    """createdAt as clients write it: mostly 3-digit milliseconds and Z; some 6 digits, none, or an offset."""
    if style == 1:
        return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if style == 2:
        return at.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 3:
        return at.astimezone(timezone(timedelta(hours=-7))).strftime("%Y-%m-%dT%H:%M:%S.000-07:00")
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


class _Repo:
    """Records of one account, keyed ``collection/rkey``, with counts of what the reader should recover."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.did = self.new_did()
        self.records: dict[bytes, bytes] = {}
        self.blocks: dict[bytes, bytes] = {}
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.own_posts: list[dict] = []

    def new_did(self) -> str:
        return "did:plc:" + "".join(self.rng.choice(B32) for _ in range(24))

    def time_in(self, month: int) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, 27),
            hours=self.rng.randint(7, 21),
            minutes=self.rng.randint(0, 59),
            seconds=self.rng.randint(0, 59),
            microseconds=self.rng.randint(0, 999) * 1000,
        )

    def any_time(self) -> datetime:
        return self.time_in(self.rng.randrange(MONTHS))

    def put(self, collection: str, record: dict, at: datetime, rkey: str | None = None) -> dict:
        """Store a record; return its strong ref ``{cid, uri}``."""
        rkey = rkey or tid(at, self.rng.randrange(1024))
        while f"{collection}/{rkey}".encode() in self.records:
            rkey = tid(at, self.rng.randrange(1024))
        data = libipld.encode_dag_cbor(record)
        cid = cid_for(data)
        self.records[f"{collection}/{rkey}".encode()] = cid
        self.blocks[cid] = data
        return {"cid": libipld.encode_cid(cid), "uri": f"at://{self.did}/{collection}/{rkey}"}

    def their_post(self, person: dict, before: datetime) -> dict:
        """A strong ref to a post of someone else's, written a little earlier."""
        at = before - timedelta(hours=self.rng.randint(1, 48))
        fake = cid_for(self.rng.randbytes(32))
        return {
            "cid": libipld.encode_cid(fake),
            "uri": f"at://{person['did']}/app.bsky.feed.post/{tid(at, self.rng.randrange(1024))}",
        }

    def post(
        self,
        kind: str,
        mode: str,
        at: datetime,
        text: str,
        mentions: tuple = (),
        reply: dict | None = None,
        embed: dict | None = None,
        style: int = 0,
        count: bool = True,
        rkey: str | None = None,
    ) -> dict:
        facets, raw = [], text.encode()
        for person in mentions:  # facet offsets are UTF-8 byte offsets
            start = raw.index(f"@{person['handle']}".encode())
            facets.append(
                {
                    "$type": "app.bsky.richtext.facet",
                    "index": {"byteStart": start, "byteEnd": start + len(person["handle"]) + 1},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": person["did"]}],
                }
            )
        record: dict[str, object] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "langs": ["en"],
            "createdAt": iso(at, style),
        }
        if facets:
            record["facets"] = facets
        if reply:
            record["reply"] = reply
        if embed:
            record["embed"] = embed
        ref = self.put("app.bsky.feed.post", record, at, rkey)
        if count:
            self.kinds[kind] += 1
            self.modes[mode] += 1
        post = {"ref": ref, "at": at, "root": (reply or {}).get("root", ref)}
        if count and kind in ("original", "thread"):
            self.own_posts.append(post)
        return post

    def reply_to(self, person: dict, at: datetime, also_mention: tuple = (), embed: dict | None = None) -> None:
        parent = self.their_post(person, at)
        names = " ".join(f"@{p['handle']}" for p in also_mention)
        self.post(
            "reply",
            "conversation",
            at,
            f"{self.rng.choice(_WORDS)} {names}".strip(),
            mentions=also_mention,
            reply={"root": parent, "parent": parent},
            embed=embed,
        )

    def like(self, subject: dict, at: datetime) -> None:
        self.put("app.bsky.feed.like", {"$type": "app.bsky.feed.like", "subject": subject, "createdAt": iso(at)}, at)

    def repost(self, subject: dict, at: datetime) -> None:
        self.put(
            "app.bsky.feed.repost", {"$type": "app.bsky.feed.repost", "subject": subject, "createdAt": iso(at)}, at
        )
        self.kinds["repost"] += 1
        self.modes["amplification"] += 1


def _person(repo: _Repo, used: set[str]) -> dict:
    while True:
        handle = f"{repo.rng.choice(_FIRST)}-{repo.rng.choice(_LAST)}{repo.rng.randint(1, 99)}.bsky.social"
        if handle not in used:
            used.add(handle)
            return {"did": repo.new_did(), "handle": handle}


def _blob(repo: _Repo, mime: str = "image/jpeg") -> dict:
    data = repo.rng.randbytes(64)
    return {"$type": "blob", "ref": cid_for(data, RAW), "mimeType": mime, "size": repo.rng.randint(40_000, 900_000)}


def write_bluesky_export(dest: str | Path, seed: int = 7, n_posts: int = 160) -> GroundTruth:
    """Write ``repo.car`` (``dest`` itself when it ends in .car, else ``dest/repo.car``); return the truth."""
    r = _Repo(seed)
    rng = r.rng
    owner = {"id": r.did, "handle": None, "name": "Corner Cafe"}
    me = {"did": r.did, "handle": "corner-cafe.bsky.social"}
    used: set[str] = set()
    pools = {name: [_person(r, used) for _ in range(n)] for name, n in POOLS.items()}

    for person in pools["close"]:  # replied to in 3 to 5 distinct months; once also mentioned in an original
        for month in rng.sample(range(MONTHS), rng.randint(3, 5)):
            r.reply_to(person, r.time_in(month))
        text = f"☕ thanks @{person['handle']} for the {rng.choice(_WORDS)}"  # a 3-byte emoji before the mention
        r.post("original", "conversation", r.any_time(), text, mentions=(person,))
    for i, person in enumerate(pools["regulars"]):  # mentioned once or twice
        for _ in range(1 + i % 2):
            r.post(
                "original",
                "conversation",
                r.any_time(),
                f"Say hi to @{person['handle']} at the counter",
                mentions=(person,),
            )
    # A reply that mentions its own addressee and a regular: one reply row and one mention row.
    close0, reg0 = pools["close"][0], pools["regulars"][0]
    r.reply_to(close0, r.any_time(), also_mention=(close0, reg0))
    for i, person in enumerate(pools["strangers"]):
        if i == 0:  # a reply inside the owner's own thread, to a stranger's reply: still a reply to them
            root = r.post("original", "broadcast", r.any_time(), "Ask us anything about coffee")
            theirs = r.their_post(person, root["at"] + timedelta(hours=3))
            r.post(
                "reply",
                "conversation",
                root["at"] + timedelta(hours=4),
                "good question!",
                reply={"root": root["ref"], "parent": theirs},
            )
        else:
            r.reply_to(person, r.any_time())
    for i, person in enumerate(pools["quoted"]):
        at = r.any_time()
        if i == 2:  # a reply to a close friend that quotes a third account: a reply row and a quote row
            r.reply_to(
                pools["close"][1], at, embed={"$type": "app.bsky.embed.record", "record": r.their_post(person, at)}
            )
        elif i == 1:
            with_media = {
                "$type": "app.bsky.embed.recordWithMedia",
                "media": {"$type": "app.bsky.embed.images", "images": [{"alt": "", "image": _blob(r)}]},
                "record": {"$type": "app.bsky.embed.record", "record": r.their_post(person, at)},
            }
            r.post("quote", "amplification", at, "This, with a photo of ours", embed=with_media)
        else:
            quoted = {"$type": "app.bsky.embed.record", "record": r.their_post(person, at)}
            r.post("quote", "amplification", at, "Worth a read", embed=quoted)

    # The owner's everyday voice, with the format's quirks.
    r.post(
        "original", "broadcast", r.any_time(), "Follow @corner-cafe.bsky.social for the daily menu", mentions=(me,)
    )  # self-mention
    feed = {
        "cid": libipld.encode_cid(cid_for(rng.randbytes(8))),  # a record embed of a feed, not a post: no quote
        "uri": f"at://{pools['broadcasters'][0]['did']}/app.bsky.feed.generator/coffee",
    }
    r.post(
        "original",
        "broadcast",
        r.any_time(),
        "Our favourite feed",
        embed={"$type": "app.bsky.embed.record", "record": feed},
    )
    # A tweet imported by a copying tool: createdAt years before its record key. Not counted as activity.
    r.post(
        "original",
        "broadcast",
        datetime(2019, 3, 5, 12, tzinfo=UTC),
        "Imported from the old site",
        rkey=tid(EXPORT_DATE - timedelta(days=40), 7),
        count=False,
    )
    while sum(r.kinds.values()) < n_posts:
        x, at = rng.random(), r.any_time()
        style = rng.choice((0, 0, 0, 1, 2, 3))
        if x < 0.5 or not r.own_posts:
            embed = (
                {"$type": "app.bsky.embed.images", "images": [{"alt": "today", "image": _blob(r)}]}
                if x < 0.15
                else None
            )
            r.post("original", "broadcast", at, f"{rng.choice(_WORDS).capitalize()}!", embed=embed, style=style)
        elif x < 0.65:
            parent = rng.choice(r.own_posts)
            r.post(
                "thread",
                "broadcast",
                parent["at"] + timedelta(minutes=rng.randint(1, 90)),
                "(more below)",
                reply={"root": parent["root"], "parent": parent["ref"]},
                style=style,
            )
        elif x < 0.7:  # quoting one's own post is not amplifying others: an original
            mine = {"$type": "app.bsky.embed.record", "record": rng.choice(r.own_posts)["ref"]}
            r.post("original", "broadcast", at, "Still true", embed=mine)
        elif x < 0.9:
            r.repost(r.their_post(rng.choice(pools["broadcasters"] + pools["followed_applause"]), at), at)
        else:  # a repost of the owner's own post: still a repost
            r.repost(rng.choice(r.own_posts)["ref"], at)
    for _ in range(150):  # likes: applause to broadcasters, followed accounts, friends and the owner's own posts
        at = r.any_time()
        target = rng.choice(pools["broadcasters"] + pools["followed_applause"] + pools["close"] + [None])
        r.like(r.their_post(target, at) if target else rng.choice(r.own_posts)["ref"], at)
    followed = pools["close"] + pools["regulars"] + pools["followed_only"] + pools["followed_applause"]
    for person in followed:
        at = START - timedelta(days=rng.randint(1, 300))
        r.put(
            "app.bsky.graph.follow",
            {"$type": "app.bsky.graph.follow", "subject": person["did"], "createdAt": iso(at)},
            at,
        )
    again = EXPORT_DATE - timedelta(days=3)  # a duplicate follow record of an account already followed
    r.put(
        "app.bsky.graph.follow",
        {"$type": "app.bsky.graph.follow", "subject": pools["followed_only"][0]["did"], "createdAt": iso(again)},
        again,
    )
    # Collections the reader ignores: a block, the DM policy, a thread gate.
    r.put(
        "app.bsky.graph.block",
        {"$type": "app.bsky.graph.block", "subject": r.new_did(), "createdAt": iso(START)},
        START,
    )
    r.put(
        "chat.bsky.actor.declaration",
        {"$type": "chat.bsky.actor.declaration", "allowIncoming": "following"},
        START,
        rkey="self",
    )
    r.put(
        "app.bsky.feed.threadgate",
        {
            "$type": "app.bsky.feed.threadgate",
            "post": r.own_posts[0]["ref"]["uri"],
            "allow": [],
            "createdAt": iso(START),
        },
        START,
        rkey=r.own_posts[0]["ref"]["uri"].rsplit("/", 1)[1],
    )
    r.put(
        "app.bsky.actor.profile",
        {
            "$type": "app.bsky.actor.profile",
            "displayName": owner["name"],
            "description": "Coffee, bread and neighbours.",
            "avatar": _blob(r),
        },
        START,
        rkey="self",
    )

    blocks: list[tuple[bytes, bytes]] = []
    data = build_mst(r.records, blocks)
    commit = libipld.encode_dag_cbor(
        {
            "did": r.did,
            "version": 3,
            "data": data,
            "rev": tid(EXPORT_DATE, 0),
            "prev": None,
            "sig": b"\x30" + rng.randbytes(63),
        }
    )
    root_cid = cid_for(commit)
    records = [(cid, r.blocks[cid]) for cid in sorted(set(r.records.values()))]
    car = encode_car(root_cid, [(root_cid, commit), *blocks, *records])
    dest = Path(dest)
    path = dest if dest.suffix == ".car" else dest / "repo.car"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(car)
    tiers: dict[str, list[str]] = {t: [] for t in TIERS}
    tiers["reached"] = sorted(p["did"] for name in ("close", "regulars", "strangers", "quoted") for p in pools[name])
    tiers["following"] = sorted(p["did"] for name in ("followed_only", "followed_applause") for p in pools[name])
    return GroundTruth(
        owner=owner,
        tiers=tiers,
        evidence={},
        kinds=r.kinds,
        modes=r.modes,
        followers=0,
        following=len(followed),
        mutuals=0,
        messages_sent=0,
        messages_received=0,
        files=[path.name],
    )
