"""A Mastodon archive in the exact format of a chosen generation, with a planted audience and its truth.

    truth = write_mastodon_export(Path("archive-20260710093000-<hex>.zip"), generation="4.5", container="zip")

A Mastodon archive holds only what the owner wrote and no follower list, so of the six tiers only two
can exist: ``reached`` (everyone the owner replied to, mentioned, quoted or wrote a direct message to)
and ``following`` (in following_accounts.csv, nothing else). The planted people cover every way the
reader has to find an account: Mention tags, a reply's URI path with no tag, a Pleroma ``/objects/``
reply, local ``@name`` mentions, a handle domain unlike the web domain, numeric ``/ap/users/`` URIs
(4.5), direct and group messages, quotes (4.5), boosts, self-boosts, threads, polls, all visibilities.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES
from helpers.synthetic import mastodon_format as fmt
from helpers.synthetic.community import FIRST_NAMES, LAST_NAMES, WORDS, GroundTruth

START = datetime(2024, 11, 1, tzinfo=UTC)
MONTHS = 20
EXPORT_DATE = datetime(2026, 7, 10, 9, 30, tzinfo=UTC)
HOME = "mastodon.example"
# Server styles: how a person's actor and status URIs look, and the domain of their handle.
_STYLES = {
    "mastodon": ("town.example", "bread.example", "social.example"),
    "numeric": ("big.example",),  # new accounts on large servers since 2026: /ap/users/<number> [seen goija]
    "pleroma": ("pl.example",),  # statuses are /objects/<uuid>: the path names no one
    "webdomain": ("social.guild.example",),  # handle @name@guild.example, web host social.guild.example
    "local": (HOME,),  # on the owner's server: mentioned as "@name"
}


@dataclass(frozen=True)
class MastodonSpec:
    replied: int = 6  # replied to, with a Mention tag
    mentioned: int = 5  # mentioned in an original post
    messaged: int = 4  # direct messages only (two of them also share a group message)
    quoted: int = 3  # quoted from 4.5 on; mentioned in older generations (no quotes there)
    pleroma: int = 2  # replied to on Pleroma: author found by the mention on the status's host
    untagged: int = 2  # replied to without a Mention tag: author from the /users/<name>/statuses/ path
    local: int = 2  # on the owner's server, mentioned as "@name"
    webdomain: int = 1  # handle domain differs from the web host
    following: int = 30  # only in following_accounts.csv
    boosted: int = 8  # only boosted: no tier
    liked: int = 12  # only liked: no tier


@dataclass
class MastodonTruth(GroundTruth):
    generation: str = ""
    likes_given: int = 0
    likes_resolved: int = 0  # likes whose author the post URI names
    engagement: dict[str, int] | None = None  # like and boost totals over posts (4.5), else None
    csv_path: str | None = None


class _Planter:
    def __init__(self, seed: int, gen: str):
        self.rng = random.Random(seed)
        self.gen = gen
        self.seq = 0
        self.names: set[str] = set()
        self.statuses: list[dict] = []
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.sent = 0
        num = "116840387061670746"
        path = f"ap/users/{num}" if gen == "4.5" else "users/corner_cafe"
        self.owner = {
            "uri": f"https://{HOME}/{path}",
            "username": "corner_cafe",
            "handle": f"corner_cafe@{HOME}",
            "name": "Corner Cafe",
            "web": f"https://{HOME}/@corner_cafe",
            "num": num,
        }
        self.followers = f"{self.owner['uri']}/followers"

    def person(self, style: str) -> dict:
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)}_{self.rng.choice(LAST_NAMES)}{self.rng.randint(1, 99)}"
            if name not in self.names:
                self.names.add(name)
                break
        host = self.rng.choice(_STYLES[style])
        actor = (
            f"https://{host}/ap/users/{self.rng.randint(10**17, 10**18)}"
            if style == "numeric"
            else f"https://{host}/users/{name}"
        )
        domain = host.removeprefix("social.") if style == "webdomain" else host
        return {
            "uri": actor,
            "acct": f"{name}@{domain}",
            "user": name,
            "host": host,
            "style": style,
            "mention": f"@{name}" if style == "local" else f"@{name}@{domain}",
            "profile": f"https://{host}/@{name}",
        }

    def their_status(self, p: dict) -> str:
        if p["style"] == "pleroma":
            r = self.rng
            return f"https://{p['host']}/objects/{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-4{r.getrandbits(12):03x}-8{r.getrandbits(12):03x}-{r.getrandbits(48):012x}"
        return f"{p['uri']}/statuses/{fmt.status_id(START - timedelta(days=self.rng.randint(1, 30)), self.rng.randint(0, 9999))}"

    def time_in(self, month: int) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, 27),
            hours=self.rng.randint(7, 21),
            minutes=self.rng.randint(0, 59),
            seconds=self.rng.randint(0, 59),
        )

    def any_time(self) -> datetime:
        return self.time_in(self.rng.randrange(MONTHS))

    def status(
        self,
        kind: str | None,
        mode: str | None,
        at: datetime,
        text: str,
        visibility: str = "public",
        mentions: tuple = (),
        untagged: bool = False,
        **extra,
    ) -> dict:
        """Plant one status; ``kind`` None for a direct message (not a post); ``untagged``: no Mention tag."""
        self.seq += 1
        sid = fmt.status_id(at, self.seq)
        hrefs = [] if untagged else [p["uri"] for p in mentions]
        to, cc = {
            "public": ([fmt.PUBLIC], [self.followers, *hrefs]),
            "unlisted": ([self.followers], [fmt.PUBLIC, *hrefs]),
            "followers": ([self.followers], hrefs),
            "direct": (hrefs, []),
        }[visibility]
        cards = " ".join(
            f'<span class="h-card" translate="no"><a href="{p["profile"]}" class="u-url mention">@<span>{p["user"]}</span></a></span>'
            for p in mentions
        )
        conv = (
            f"https://{HOME}/contexts/{self.owner['num']}-{sid}"
            if self.gen == "4.5"
            else f"tag:{HOME},{at:%Y-%m-%d}:objectId={self.seq + 1000}:objectType=Conversation"
        )
        s = {
            "type": "Create",
            "uri": f"{self.owner['uri']}/statuses/{sid}",
            "at": at,
            "to": to,
            "cc": cc,
            "html": f"<p>{cards + ' ' if cards else ''}{text} &amp; more</p>",
            "conversation": conv,
            "mentions": [] if untagged else [(p["uri"], p["mention"]) for p in mentions],
            "likes": self.rng.randint(0, 30),
            "shares": self.rng.randint(0, 6),
            **extra,
        }
        self.statuses.append(s)
        if kind is None:
            self.sent += 1
        else:
            assert mode is not None, "a post (kind given) has a voice mode"
            self.kinds[kind] += 1
            self.modes[mode] += 1
        return s

    def boost(self, at: datetime, target: str, author: str) -> dict:
        self.seq += 1
        s = {
            "type": "Announce",
            "uri": f"{self.owner['uri']}/statuses/{fmt.status_id(at, self.seq)}",
            "at": at,
            "to": [fmt.PUBLIC],
            "cc": [author, self.followers],
            "object": target,
        }
        self.statuses.append(s)
        self.kinds["repost"] += 1
        self.modes["amplification"] += 1
        return s

    def reply(self, p: dict, untagged: bool = False) -> dict:
        return self.status(
            "reply",
            "conversation",
            self.any_time(),
            self.rng.choice(WORDS),
            self.visibility(),
            (p,),
            in_reply_to=self.their_status(p),
            untagged=untagged,
        )

    def mention(self, p: dict) -> dict:
        return self.status(
            "original",
            "conversation",
            self.any_time(),
            f"thanks for the {self.rng.choice(WORDS)}",
            self.visibility(),
            (p,),
        )

    def visibility(self) -> str:
        r = self.rng.random()
        return "public" if r < 0.7 else "unlisted" if r < 0.85 else "followers"


def write_mastodon_export(
    dest: str | Path,
    seed: int = 7,
    generation: str = "4.5",
    container: str | None = None,
    n_posts: int = 300,
    following: str | None = "beside",
    csv_header: str | None = None,
    top_folder: str | None = None,
    spec: MastodonSpec = MastodonSpec(),
) -> MastodonTruth:
    """Write a Mastodon archive to ``dest`` and return what the reader must recover.

    ``container``: "folder", "zip" or "tar.gz" (default: tar.gz before 4.2, zip since); ``dest`` is the
    folder or the archive file. ``following``: "beside" (following_accounts.csv in the folder holding
    the archive file, or inside a folder export), "inside" (in the archive), or None. ``csv_header``:
    "4", "2" or "none" (default by generation).
    """
    if generation not in fmt.GENERATIONS:
        raise ValueError(f"generation must be one of {fmt.GENERATIONS}")
    dest = Path(dest)
    container = container or ("tar.gz" if generation == "3.x" else "zip")
    p = _Planter(seed, generation)
    rng = p.rng
    pools = {
        name: [p.person(style) for _ in range(getattr(spec, name))]
        for name, style in (
            ("replied", "mastodon"),
            ("mentioned", "mastodon"),
            ("messaged", "mastodon"),
            ("quoted", "mastodon"),
            ("pleroma", "pleroma"),
            ("untagged", "mastodon"),
            ("local", "local"),
            ("webdomain", "webdomain"),
            ("following", "mastodon"),
            ("boosted", "mastodon"),
            ("liked", "mastodon"),
        )
    }
    if generation == "4.5":  # new accounts on big servers have numeric actor URIs
        pools["replied"][0] = p.person("numeric")
        pools["boosted"][0] = p.person("numeric")

    for person in pools["replied"]:
        for _ in range(rng.randint(1, 3)):
            p.reply(person)
    for person in pools["mentioned"] + pools["local"] + pools["webdomain"]:
        p.mention(person)
    for person in pools["pleroma"]:
        p.reply(person)
    for person in pools["untagged"]:
        p.reply(person, untagged=True)
    for person in pools["quoted"]:
        if generation == "4.5":
            p.status(
                "quote",
                "amplification",
                p.any_time(),
                "worth reading",
                p.visibility(),
                quote=p.their_status(person),
                quote_author=person["uri"],
            )
        else:
            p.mention(person)
    for person in pools["messaged"]:
        for _ in range(rng.randint(1, 3)):
            p.status(None, None, p.any_time(), "are you open on sunday?", "direct", (person,))
    p.status(None, None, p.any_time(), "group order for friday", "direct", tuple(pools["messaged"][:2]))

    # The owner's own voice: originals in every visibility, threads, polls, boosts, a self-boost.
    originals = [
        p.status("original", "broadcast", p.any_time(), rng.choice(WORDS).capitalize(), p.visibility())
        for _ in range(10)
    ]
    p.status(
        "original",
        "broadcast",
        p.any_time(),
        "Which bun next week?",
        poll={"lasts": timedelta(days=1), "voters": 14, "options": [("cardamom", 9), ("cinnamon", 5)]},
    )
    first = min(originals, key=lambda s: s["at"])
    p.boost(first["at"] + timedelta(days=2), first["uri"], p.owner["uri"])  # a self-boost: a repost, no one else
    while sum(p.kinds.values()) < n_posts:
        r = rng.random()
        if r < 0.6:
            originals.append(
                p.status("original", "broadcast", p.any_time(), rng.choice(WORDS).capitalize(), p.visibility())
            )
        elif r < 0.75:
            parent = rng.choice(originals)
            child = p.status(
                "thread",
                "broadcast",
                parent["at"] + timedelta(minutes=rng.randint(1, 90)),
                f"{rng.choice(WORDS)} (2/2)",
                p.visibility(),
                in_reply_to=parent["uri"],
            )
            if len(parent.setdefault("self_replies", [])) < 5:  # replies.first.items: up to 5 own replies
                parent["self_replies"].append(child["uri"])
        else:
            b = rng.choice(pools["boosted"])
            p.boost(p.any_time(), p.their_status(b), b["uri"])

    # Likes: statuses of people met above and of only-liked people; some on software whose URIs name no one.
    liked = [p.their_status(x) for x in pools["liked"] + pools["boosted"][:3] + pools["replied"][:2]]
    liked += [
        f"https://pl.example/objects/{rng.getrandbits(64):016x}",
        f"https://mk.example/notes/{rng.getrandbits(40):010x}",
    ]
    liked.append(f"https://pixel.example/p/{pools['liked'][0]['user']}/{rng.randint(10**17, 10**18)}")
    resolved = len(liked) - 2

    statuses = sorted(p.statuses, key=lambda s: s["uri"].rsplit("/", 1)[-1].zfill(20))
    n_statuses = len(statuses) + (7 if generation != "4.5" else 0)  # old archives' cached count differs [§2.1]
    prefix = f"{top_folder.rstrip('/')}/" if top_folder else ""
    files = {
        f"{prefix}media_attachments/files/116/852/251/347/928/064/original/4d61d1e5a8e14c15.png": b"\x89PNG\r\n\x1a\nsynthetic",
        f"{prefix}outbox.json": fmt.outbox(generation, statuses, p.owner, n_statuses, EXPORT_DATE),
        f"{prefix}likes.json": fmt.collection(generation, "likes.json", liked),
        f"{prefix}bookmarks.json": fmt.collection(generation, "bookmarks.json", liked[:3]),
        f"{prefix}actor.json": fmt.actor(generation, p.owner, START - timedelta(days=40)),
        f"{prefix}avatar.png": b"\x89PNG\r\n\x1a\nsynthetic",
    }
    followed = pools["following"] + pools["mentioned"][:2] + pools["local"][:1] + pools["webdomain"]
    rng.shuffle(followed)
    header = csv_header or ("2" if generation == "3.x" else "4")
    csv_path = None
    if following == "inside" or (following == "beside" and container == "folder"):
        files[f"{prefix}following_accounts.csv" if following == "inside" else "following_accounts.csv"] = (
            fmt.following_csv([f["acct"] for f in followed], header)
        )
        csv_path = str(dest / "following_accounts.csv")
    fmt.write_archive(dest, files, container)
    if following == "beside" and container != "folder":
        csv = dest.parent / "following_accounts.csv"
        csv.write_bytes(fmt.following_csv([f["acct"] for f in followed], header))
        csv_path = str(csv)

    addressed = [
        x["uri"]
        for name in ("replied", "mentioned", "messaged", "quoted", "pleroma", "untagged", "local", "webdomain")
        for x in pools[name]
    ]
    only_followed = [f"acct:{x['acct'].lower()}" for x in pools["following"]] if following else []
    posts = [
        s for s in statuses if s["type"] == "Announce" or fmt.PUBLIC in s["to"] + s["cc"] or p.followers in s["to"]
    ]
    notes = [s for s in posts if s["type"] == "Create"]
    return MastodonTruth(
        owner={"id": p.owner["uri"], "handle": p.owner["handle"], "name": p.owner["name"]},
        tiers={
            "core": [],
            "member": [],
            "unanswered": [],
            "reached": sorted(addressed),
            "follower": [],
            "following": sorted(only_followed),
        },
        evidence={},
        kinds=p.kinds,
        modes=p.modes,
        followers=None,
        following=len(followed) if following else None,
        mutuals=None,
        messages_sent=p.sent,
        messages_received=None,
        files=sorted(files),
        generation=generation,
        likes_given=len(liked),
        likes_resolved=resolved,
        engagement={"likes": sum(s["likes"] for s in notes), "shares": sum(s["shares"] for s in notes)}
        if generation == "4.5"
        else None,
        csv_path=csv_path,
    )
