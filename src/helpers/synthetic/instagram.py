"""A realistic Instagram export in Meta's exact JSON format (mojibake and all), with a planted community and
its ground truth; any layout generation of formats notes §1.1, the end-to-end-encrypted chat files optionally.

    truth = write_instagram_export(Path("data/sample/instagram"), seed=7)

Planted: core members (messages both ways in 3+ months), observed members (both ways in one or two months),
inferred members (commented on or mentioned 2+ times, follow the owner, nothing seen back), unanswered people
(message requests the owner never answered), reached people (addressed, nothing back), passive followers,
accounts only followed, and accounts only liked (no tier).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES
from helpers.synthetic.community import GroundTruth
from helpers.synthetic.x_format import write_files

START = datetime(2024, 1, 1, tzinfo=UTC)
MONTHS = 24
OWNER = {"username": "corner_cafe", "name": "Corner Café"}
LAYOUTS = ("2025", "2026", "2022", "2021", "v0")
_FIRST = [
    "Ada",
    "Zoë",
    "Björn",
    "Chloé",
    "Dev",
    "Emi",
    "Fátima",
    "Gus",
    "Hana",
    "Iñigo",
    "Jun",
    "Kai",
    "Léa",
    "Mo",
    "Nia",
    "Oli",
    "Pia",
    "Quin",
    "Raé",
    "Sol",
    "Tam",
    "Uma",
    "Vic",
    "Wen",
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
    "Ortiz",
    "Park",
    "Quinn",
    "Reed",
    "Shaw",
]
_WORDS = (
    "pane fresco oggi ☕",
    "new seasonal menu 🍂",
    "open late on friday",
    "thanks for coming by ❤️",
    "we are hiring",
    "rainy day soup",
    "live music tonight 🎶",
    "oat milk is back",
    "try the cardamom bun",
    "crème brûlée is back",
)


def mojibake(value):
    """Meta's encoding: each UTF-8 byte of a string written as its own Latin-1 character (keys too)."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): mojibake(v) for k, v in value.items()}
    return value


def meta_json(value) -> bytes:
    """JSON as Meta writes it: two-space indent, every non-ASCII byte a ``\\u00XX`` escape."""
    return json.dumps(mojibake(value), indent=2, ensure_ascii=True).encode("ascii")


@dataclass
class _Plant:
    rng: random.Random
    posts: list[dict] = field(default_factory=list)  # surface (posts/stories/reels/archived), ts, text, n_media
    comments: list[dict] = field(default_factory=list)  # ts, text, owner, reel
    likes: list[dict] = field(default_factory=list)  # ts, owner, href, comment
    followers: dict[str, int] = field(default_factory=dict)
    following: dict[str, int] = field(default_factory=dict)
    threads: list[dict] = field(
        default_factory=list
    )  # box, folder, title, people, messages [(name, ms, text, reactors)]
    kinds: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    modes: dict = field(default_factory=lambda: dict.fromkeys(MODES, 0))
    sent: int = 0
    received: int = 0
    used: set = field(default_factory=set)

    def person(self) -> dict:
        while True:
            first, last = self.rng.choice(_FIRST), self.rng.choice(_LAST)
            user = f"{first.lower().encode('ascii', 'ignore').decode()}.{last.lower()}{self.rng.randint(1, 99)}"
            if f"{first} {last}" not in self.used and user not in self.used:
                self.used |= {user, f"{first} {last}"}
                return {"user": user, "name": f"{first} {last}"}

    def ts(self, month: int | None = None) -> int:
        month = self.rng.randrange(MONTHS) if month is None else month
        day = (START + timedelta(days=30.5 * month)).replace(day=1)
        return int(
            (day + timedelta(days=self.rng.randint(0, 27), seconds=self.rng.randint(25_000, 80_000))).timestamp()
        )

    def post(self, surface: str, text: str, mentions: int = 0, n_media: int = 1) -> None:
        # A story is always one media item: a carousel of two would be two stories.
        self.posts.append(
            {"surface": surface, "ts": self.ts(), "text": text, "n_media": 1 if surface == "stories" else n_media}
        )
        self.kinds["original"] += 1
        self.modes["conversation" if mentions else "broadcast"] += 1

    def comment(self, owner: str, text: str, reel: bool = False, mentions: int = 0) -> None:
        self.comments.append({"ts": self.ts(), "text": text, "owner": owner, "reel": reel})
        own = owner == OWNER["username"]
        self.kinds["thread" if own else "comment"] += 1
        self.modes["conversation" if (not own or mentions) else "broadcast"] += 1

    def thread(self, people: list[dict], months: list[int], box: str = "inbox", owner_writes: bool = True) -> dict:
        msgs = []
        for m in months:
            for who in people:
                msgs.append((who["name"], self.ts(m) * 1000 + self.rng.randint(0, 999), self.rng.choice(_WORDS), ()))
            msgs += (
                [(OWNER["name"], self.ts(m) * 1000 + self.rng.randint(0, 999), self.rng.choice(_WORDS), ())]
                if owner_writes
                else []
            )
        self.sent += (out := sum(m[0] == OWNER["name"] for m in msgs))
        self.received += len(msgs) - out
        folder = "".join(p["user"].replace(".", "") for p in people) if len(people) > 1 else people[0]["user"]
        t = {
            "box": box,
            "folder": f"{folder}_{self.rng.randint(10**16, 10**17)}",
            "people": people,
            "title": ", ".join(p["name"] for p in people),
            "messages": sorted(msgs, key=lambda m: m[1]),
        }
        self.threads.append(t)
        return t


def _plant(seed: int) -> tuple[_Plant, dict[str, list[str]], dict[str, str]]:
    p = _Plant(random.Random(seed))
    p.used |= {OWNER["username"], OWNER["name"]}
    sizes = {
        "core": 4,
        "observed": 4,
        "inferred": 4,
        "unanswered": 3,
        "reached": 5,
        "followers": 30,
        "following": 12,
        "liked": 6,
    }
    pools = {k: [p.person() for _ in range(n)] for k, n in sizes.items()}
    tiers: dict[str, list[str]] = {t: [] for t in ("core", "member", "unanswered", "reached", "follower", "following")}
    evidence: dict[str, str] = {}
    for i, c in enumerate(pools["core"]):
        t = p.thread([c], sorted(p.rng.sample(range(MONTHS), p.rng.randint(3, 5))))
        if i == 0:  # a reaction to the owner's message, and the "Reacted ... to your message" line Meta adds for it
            at = next(m for m in t["messages"] if m[0] == OWNER["name"])
            t["messages"][t["messages"].index(at)] = (*at[:3], (c["name"],))
            t["messages"] = sorted(
                [*t["messages"], (c["name"], at[1] + 5000, "Reacted ❤️ to your message ", ())], key=lambda m: m[1]
            )
        p.followers[c["user"]] = p.following[c["user"]] = p.ts()
        tiers["core"].append(c["user"])
        evidence[c["user"]] = "observed"
    p.thread(pools["core"][:2], [2, 9, 15])  # a group: the owner and two core members
    p.comment(
        OWNER["username"], f"@{pools['core'][2]['user']} grazie mille! ☺️", mentions=1
    )  # under the owner's own post
    p.comment(OWNER["username"], "Orari: 8-18 🕗")
    for i, m in enumerate(pools["observed"]):
        p.thread([m], sorted(p.rng.sample(range(MONTHS), p.rng.randint(1, 2))))
        if i % 2 == 0:
            p.followers[m["user"]] = p.ts()
        tiers["member"].append(m["user"])
        evidence[m["user"]] = "observed"
    for i, f in enumerate(pools["inferred"]):
        for _ in range(p.rng.randint(2, 3)):
            if i == 3:
                p.post("stories", f"Grazie @{f['user']} per la visita!", mentions=1)
            else:
                p.comment(f["user"], p.rng.choice(_WORDS), reel=i == 2)
        p.followers[f["user"]] = p.ts()
        tiers["member"].append(f["user"])
        evidence[f["user"]] = "inferred"
    for u in pools["unanswered"]:
        p.thread([u], [p.rng.randrange(MONTHS)], box="message_requests", owner_writes=False)
        tiers["unanswered"].append(u["user"])
    r = pools["reached"]
    p.comment(r[0]["user"], "Che bello! 😍")
    p.followers[r[0]["user"]] = p.ts()  # follows, but addressed only once: reached, not an inferred member
    p.comment(r[1]["user"], "Complimenti 👏")
    p.post("posts", f"Collab with @{r[2]['user']} this weekend, ask @{OWNER['username']} for details", mentions=1)
    p.post("stories", f"@{r[3]['user']} 🙌", mentions=1)
    p.post("stories", f"Again with @{r[3]['user']}.", mentions=1)
    p.comment(r[4]["user"], "Ottimo reel", reel=True)
    tiers["reached"] += [x["user"] for x in r]
    for i, f in enumerate(pools["followers"]):
        p.followers[f["user"]] = p.ts()
        if i % 4 == 0:
            p.following[f["user"]] = p.ts()
        tiers["follower"].append(f["user"])
    for f in pools["following"]:
        p.following[f["user"]] = p.ts()
        tiers["following"].append(f["user"])
    for i, person in enumerate(pools["liked"] + pools["core"][:2]):
        for k in range(p.rng.randint(1, 3)):
            p.likes.append(
                {
                    "ts": p.ts(),
                    "owner": person["user"],
                    "href": f"https://www.instagram.com/p/C{i}x{k}Yz/",
                    "comment": k == 2,
                }
            )
    p.post("posts", "Write to hello@cornercafe.example for bookings", n_media=1)
    for i in range(18):
        p.post(
            ["posts", "posts", "stories", "reels"][i % 4],
            f"{p.rng.choice(_WORDS).capitalize()} #cornercafe" if i % 3 else "",
            n_media=2 if i % 5 == 0 else 1,
        )
    p.post("archived", "Inaugurazione 🎉")
    return p, {t: sorted(ids) for t, ids in tiers.items()}, evidence


_PATHS = {  # layout -> (profile file, content, comments, likes, followers/following, messages folders)
    "2025": (
        "personal_information/personal_information/personal_information.json",
        "your_instagram_activity/content/",
        "your_instagram_activity/comments/",
        "your_instagram_activity/likes/",
        "connections/followers_and_following/",
        "your_instagram_activity/messages/",
    ),
    "2022": (
        "personal_information/personal_information.json",
        "content/",
        "comments/",
        "likes/",
        "followers_and_following/",
        "messages/",
    ),
    "2021": (
        "account_information/personal_information.json",
        "content/",
        "comments/",
        "likes/",
        "followers_and_following/",
        "messages/",
    ),
}
_PATHS["2026"] = (_PATHS["2025"][0], "your_instagram_activity/media/", *_PATHS["2025"][2:])


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()


def _sl(title: str, value: str | None, href: str | None, ts: int) -> dict:
    entry = {k: v for k, v in (("href", href), ("value", value), ("timestamp", ts)) if v is not None}
    return {"title": title, "media_list_data": [], "string_list_data": [entry]}


def _media(p: _Plant) -> dict[str, object]:
    """posts_1.json (bare list), stories.json, reels.json, archived_posts.json of one layout."""
    out: dict[str, list] = {"posts": [], "stories": [], "reels": [], "archived": []}
    for i, post in enumerate(p.posts):
        month = datetime.fromtimestamp(post["ts"], UTC).strftime("%Y%m")
        media = [
            {
                "uri": f"media/{post['surface']}/{month}/{17_900_000_000_000_000 + i * 10 + k}.jpg",
                "creation_timestamp": post["ts"],
                "title": "" if post["n_media"] > 1 else post["text"],
                "cross_post_source": {"source_app": "FB"},
            }
            for k in range(post["n_media"])
        ]
        if post["surface"] == "stories":
            out["stories"] += media
        elif post["n_media"] > 1:  # a carousel: caption and time at the top, empty media titles
            out[post["surface"]].append({"media": media, "title": post["text"], "creation_timestamp": post["ts"]})
        else:
            out[post["surface"]].append({"media": media})
    return {
        "posts_1.json": out["posts"],
        "stories.json": {"ig_stories": out["stories"]},
        "reels.json": {"ig_reels_media": out["reels"]},
        "archived_posts.json": {"ig_archived_post_media": out["archived"]},
    }


def _thread_doc(t: dict, msgs: list, e2ee: bool) -> dict:
    names = [x["name"] for x in t["people"]] + [OWNER["name"]]
    if e2ee:  # Messenger/Instagram secure-storage download: flat, camelCase, oldest first
        return {
            "participants": names,
            "threadName": t["title"],
            "messages": [
                {
                    "senderName": s,
                    "text": x,
                    "timestamp": ms,
                    "type": "Generic",
                    "isUnsent": False,
                    "media": [],
                    "reactions": [{"actor": a, "reaction": "❤️"} for a in r],
                }
                for s, ms, x, r in msgs
            ],
        }
    return {
        "participants": [{"name": n} for n in names],
        "messages": [
            {
                "sender_name": s,
                "timestamp_ms": ms,
                "content": x,
                "is_geoblocked_for_viewer": False,
                "type": "Generic",
                **({"reactions": [{"reaction": "❤️", "actor": a} for a in r]} if r else {}),
            }
            for s, ms, x, r in reversed(msgs)
        ],
        "title": t["title"],
        "is_still_participant": True,
        "thread_path": f"{t['box']}/{t['folder']}",
        "magic_words": [],
    }


def _messages(p: _Plant, folder: str, e2ee: bool) -> dict[str, object]:
    out: dict[str, object] = {}
    for i, t in enumerate(p.threads):
        msgs, flat = t["messages"], []
        if e2ee and len(t["people"]) > 1:
            msgs, flat = [], msgs
        elif (
            e2ee and i == 0
        ):  # this chat switched to end-to-end encryption halfway: later messages only in the E2EE file
            msgs, flat = msgs[: len(msgs) // 2], msgs[len(msgs) // 2 :]
        if flat:
            out[f"{folder}{t['title'].replace(' ', '').replace(',', '_')}_{i + 1}.json"] = _thread_doc(t, flat, True)
        base = f"{folder}{t['box']}/{t['folder']}/"
        if msgs and len(msgs) > 12:  # long threads are split, newest messages in message_1.json
            out[base + "message_1.json"], out[base + "message_2.json"] = (
                _thread_doc(t, msgs[len(msgs) // 2 :], False),
                _thread_doc(t, msgs[: len(msgs) // 2], False),
            )
        elif msgs:
            out[base + "message_1.json"] = _thread_doc(t, msgs, False)
    return out


def _v0(p: _Plant) -> dict[str, object]:
    """Before December 2020: one file per kind at the root, usernames everywhere, ISO times."""
    users = {x["name"]: x["user"] for t in p.threads for x in t["people"]} | {OWNER["name"]: OWNER["username"]}
    photos = [
        {"caption": post["text"], "taken_at": _iso(post["ts"]), "path": f"photos/{i}_{k}.jpg"}
        for i, post in enumerate(p.posts)
        if post["surface"] != "stories"
        for k in range(post["n_media"])
    ]
    stories = [
        {"caption": post["text"], "taken_at": _iso(post["ts"]), "path": f"stories/{i}.jpg"}
        for i, post in enumerate(p.posts)
        if post["surface"] == "stories"
    ]
    return {
        "profile.json": {
            "biography": "",
            "email": "owner@example.invalid",
            "name": OWNER["name"],
            "phone_number": "+10000000000",
            "username": OWNER["username"],
        },
        "connections.json": {
            "blocked_users": {},
            "followers": {u: _iso(t) for u, t in p.followers.items()},
            "following": {u: _iso(t) for u, t in p.following.items()},
        },
        "media.json": {
            "photos": photos,
            "videos": [],
            "stories": stories,
            "profile": [{"caption": "", "taken_at": _iso(p.ts(0)), "path": "profile/1.jpg"}],
        },
        "comments.json": {"media_comments": [[_iso(c["ts"]), c["text"], c["owner"]] for c in p.comments]},
        "likes.json": {
            "media_likes": [[_iso(lk["ts"]), lk["owner"]] for lk in p.likes if not lk["comment"]],
            "comment_likes": [[_iso(lk["ts"]), lk["owner"]] for lk in p.likes if lk["comment"]],
        },
        "messages.json": [
            {
                "participants": [*sorted(users[x["name"]] for x in t["people"]), OWNER["username"]],
                "conversation": [
                    {"sender": users[s], "created_at": _iso(ms / 1000), "text": x}
                    for s, ms, x, _ in reversed(t["messages"])
                    if not x.startswith("Reacted")
                ],
            }
            for t in p.threads
        ],
    }


def render(p: _Plant, layout: str, e2ee: bool) -> dict[str, object]:
    """Every file of the export in ``layout``: path -> JSON document."""
    if layout == "v0":
        return _v0(p)
    profile, content, comments, likes, rel, messages = _PATHS[layout]
    labels = ("Comment", "Media Owner", "Time")
    files = {content + k: v for k, v in _media(p).items()}
    files[profile] = {
        "profile_user": [
            {
                "title": "",
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": "owner@example.invalid", "timestamp": 0},
                    "Phone Confirmed": {"href": "", "value": "False", "timestamp": 0},
                    "Username": {"href": "", "value": OWNER["username"], "timestamp": 0},
                    "Name": {"href": "", "value": OWNER["name"], "timestamp": 0},
                },
            }
        ]
    }
    if layout == "2021":
        files[comments + "post_comments.json"] = {
            "comments_media_comments": [_sl(c["owner"], c["text"], None, c["ts"]) for c in p.comments]
        }
    else:
        mapped = [
            {
                "media_list_data": [{"uri": ""}],
                "string_map_data": dict(
                    zip(labels, ({"value": c["text"]}, {"value": c["owner"]}, {"timestamp": c["ts"]}), strict=False)
                ),
                "reel": c["reel"],
            }
            for c in p.comments
        ]
        post_c = [{k: v for k, v in c.items() if k != "reel"} for c in mapped if layout == "2022" or not c["reel"]]
        files[comments + "post_comments_1.json"] = {"comments_media_comments": post_c} if layout == "2022" else post_c
        if layout != "2022":
            files[comments + "reels_comments.json"] = {
                "comments_reels_comments": [{k: v for k, v in c.items() if k != "reel"} for c in mapped if c["reel"]]
            }
    liked = [lk for lk in p.likes if not lk["comment"]]
    files[likes + "liked_posts.json"] = (
        [
            {
                "timestamp": lk["ts"],
                "media": [],
                "label_values": [
                    {"label": "URL", "value": lk["href"], "href": lk["href"]},
                    {
                        "title": "Owner",
                        "dict": [
                            {
                                "dict": [
                                    {"label": "URL", "value": f"https://www.instagram.com/{lk['owner']}"},
                                    {"label": "Username", "value": lk["owner"]},
                                ]
                            }
                        ],
                    },
                ],
                "fbid": str(17_000 + i),
            }
            for i, lk in enumerate(liked)
        ]
        if layout == "2026"
        else {"likes_media_likes": [_sl(lk["owner"], "👍", lk["href"], lk["ts"]) for lk in liked]}
    )
    files[likes + "liked_comments.json"] = {
        "likes_comment_likes": [_sl(lk["owner"], "👍", lk["href"], lk["ts"]) for lk in p.likes if lk["comment"]]
    }
    fol = [_sl("", u, f"https://www.instagram.com/{u}", t) for u, t in p.followers.items()]
    files[rel + ("followers.json" if layout == "2021" else "followers_1.json")] = (
        {"relationships_followers": fol} if layout == "2021" else fol
    )
    files[rel + "following.json"] = {
        "relationships_following": [
            {"title": u, "string_list_data": [{"href": f"https://www.instagram.com/_u/{u}", "timestamp": t}]}
            if layout == "2026"
            else _sl("", u, f"https://www.instagram.com/{u}", t)
            for u, t in p.following.items()
        ]
    }
    files[rel + "following_hashtags.json"] = {
        "relationships_following_hashtags": [_sl("", "cats", "https://www.instagram.com/explore/tags/cats", p.ts(0))]
    }
    return files | _messages(p, messages, e2ee)


def write_instagram_export(
    dest: str | Path, seed: int = 7, as_archive: bool = False, layout: str = "2025", e2ee: bool = False
) -> GroundTruth:
    """Write an Instagram export in ``layout`` (one of ``LAYOUTS``) to ``dest`` (a folder, or a zip when
    ``as_archive``); with ``e2ee`` the group chat and the later half of one chat are end-to-end-encrypted files."""
    p, tiers, evidence = _plant(seed)
    files = {name: meta_json(doc) for name, doc in render(p, layout, e2ee).items()}
    write_files(Path(dest), files, as_archive)
    return GroundTruth(
        owner={"id": OWNER["username"], "handle": OWNER["username"], "name": OWNER["name"]},
        tiers=tiers,
        evidence=evidence,
        kinds=p.kinds,
        modes=p.modes,
        followers=len(p.followers),
        following=len(p.following),
        mutuals=len(p.followers.keys() & p.following.keys()),
        messages_sent=p.sent,
        messages_received=p.received,
        files=sorted(files),
    )
