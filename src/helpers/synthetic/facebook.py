"""A realistic Facebook export, in the exact real format, with a planted community and its ground truth.

    truth = write_facebook_export(Path("data/sample/facebook"), seed=7)

``layout``: "2024" (your_facebook_activity/, default), "2023" (your_activity_across_facebook/), "2022"
(friends_and_followers/, comments_and_reactions/), "2020" (friends/, comments/, likes_and_reactions/) or
"page" (this_profile's_activity_across_facebook/); titles in ``language`` "en" or "it". Every string is
written as Meta writes it: each UTF-8 byte as its own ``\\u00XX`` escape (mojibake).

Planted: core members (messages both ways in 3+ months), members (both ways in one month), inferred members
(friends the owner commented on 2-3 times), unanswered people (message requests never answered), reached
people (commented on, tagged, written to; nothing back), friends and followers with no contact, accounts
only followed, and people and Pages that only got reactions or likes (no tier).
"""

from __future__ import annotations

import io
import random
import unicodedata
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES, TIERS
from helpers.synthetic.community import GroundTruth
from helpers.synthetic.facebook_layouts import LAYOUTS, TITLES, dump, slug

START = datetime(2023, 1, 1, tzinfo=UTC)
MONTHS = 24
_FIRST = [
    "Ada",
    "Bjørn",
    "Chloé",
    "Dario",
    "Émile",
    "Farah",
    "Gül",
    "Hana",
    "Iñaki",
    "Jana",
    "Kofi",
    "Léa",
    "Mateo",
    "Noémie",
    "Oskar",
    "Priya",
    "Ruairí",
    "Søren",
    "Tomás",
    "Uma",
    "Vítor",
    "Wiebke",
    "Ximena",
    "Yusuf",
    "Zoë",
]
_LAST = [
    "Almeida",
    "Brandt",
    "Castillo",
    "Dvořák",
    "Eriksen",
    "Fontaine",
    "García",
    "Håkansson",
    "Ibáñez",
    "Jovanović",
    "Kowalski",
    "Lindgren",
    "Müller",
    "Nørgaard",
    "Petrović",
    "Quintero",
    "Rossi",
    "Schäfer",
    "Tanaka",
    "Urquhart",
    "Varga",
    "Yılmaz",
    "Zieliński",
]
_WORDS = (
    "fresh bread today ☕",
    "new seasonal menu",
    "open late on friday",
    "thanks for coming by 🙏",
    "café au lait is back",
    "rainy day soup special",
    "live music this weekend",
    "closed monday for repairs",
    "try the cardamom bun",
    "grazie mille!",
)
POOLS = {
    "core": 4,
    "members": 4,
    "inferred": 3,
    "unanswered": 3,
    "reached": 6,
    "friends": 12,
    "followers": 6,
    "following": 5,
    "applause": 4,
    "pages": 3,
}


def person_key(name: str) -> str:
    """The account_id the model gives a Facebook person: the name NFKC-normalised, case-folded, single-spaced
    (stated here, not taken from the reader, so the test checks the reader against it)."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class _Plant:
    def __init__(self, seed: int, layout: str, language: str):
        self.rng, self.lay, self.t = random.Random(seed), LAYOUTS[layout], TITLES[language]
        self.page = layout == "page"
        self.owner = "Café Lumière" if self.page else "Renée Østergaard"
        self.used = {person_key(self.owner)}
        self.posts: list[dict] = []
        self.comments: list[dict] = []
        self.reactions: list[tuple[int, str, str, str]] = []  # timestamp, target, reaction, title
        self.stories: list[dict] = []
        self.story_reactions: list[dict] = []
        self.threads: dict[str, dict] = {}
        self.lists: dict[str, list[tuple[str, int]]] = {
            "friends": [],
            "followers": [],
            "following": [],
            "page_likes": [],
        }
        self.kinds, self.modes = dict.fromkeys(KINDS, 0), dict.fromkeys(MODES, 0)
        self.sent = self.received = 0

    def person(self) -> str:
        while True:
            name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
            if person_key(name) not in self.used:
                self.used.add(person_key(name))
                return name

    def at(self, month: int | None = None) -> int:
        month = self.rng.randrange(MONTHS) if month is None else month
        base = datetime(START.year + (START.month - 1 + month) // 12, (START.month - 1 + month) % 12 + 1, 1, tzinfo=UTC)
        return int(
            (
                base
                + timedelta(
                    days=self.rng.randint(0, 26), hours=self.rng.randint(7, 21), minutes=self.rng.randint(0, 59)
                )
            ).timestamp()
        )

    def count(self, kind: str, mode: str) -> None:
        self.kinds[kind] += 1
        self.modes[mode] += 1

    def post(self, ts: int, title: str | None, text: str | None, tag: str | None = None, photo: bool = False) -> None:
        item: dict = {"timestamp": ts}
        if photo:  # the upload IP sits in every photo's metadata: the reader must never hold it
            item["attachments"] = [
                {
                    "data": [
                        {
                            "media": {
                                "uri": f"posts/media/photo_{ts}.jpg",
                                "creation_timestamp": ts,
                                "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "192.0.2.44"}]}},
                                "title": "",
                                "description": text or "",
                            }
                        }
                    ]
                }
            ]
        if tag and self.page:  # Pages write tags as raw mention tokens in the text
            text = f"{text} with @[{100000 + len(self.posts)}:274:{tag}]"
        item["data"] = [{"post": text}, {"update_timestamp": ts}] if text else [{"update_timestamp": ts}]
        if title:
            item["title"] = title
        if tag and not self.page:
            item["tags"] = [{"name": tag}]
        self.posts.append(item)

    def comment(self, ts: int, title: str, text: str) -> None:
        self.comments.append(
            {
                "timestamp": ts,
                "data": [{"comment": {"timestamp": ts, "comment": text, "author": self.owner}}],
                "title": title,
            }
        )

    def react(self, ts: int, target: str, kind: str = "like") -> None:
        reaction = "LIKE" if kind == "like" else self.rng.choice(["LOVE", "HAHA", "WOW", "SUPPORT"])
        self.reactions.append((ts, target, reaction, self.t[kind].format(o=self.owner, t=target)))

    def message(self, other: list[str], sender: str, ms: int, box: str = "inbox", kind: str = "Generic") -> None:
        key = "_".join(slug(n) for n in other)[:40] or "thread"
        th = self.threads.setdefault(
            f"{box}/{key}",
            {"people": [self.owner, *other], "messages": [], "title": "Friday crew" if len(other) > 1 else other[0]},
        )
        msg = {"sender_name": sender, "timestamp_ms": ms, "content": self.rng.choice(_WORDS), "type": kind}
        if kind == "Unsent":  # unsent by the owner: kept in the file, not a message anyone read
            msg.update(type="Generic", is_unsent=True)
        elif kind == "Share":
            msg["share"] = {"link": "https://example.com/menu"}
        elif kind == "Call":
            msg.pop("content")
            msg["call_duration"] = self.rng.randint(30, 600)
        th["messages"].append(msg)
        if kind in ("Generic", "Share", "Call") and sender != "Facebook User":
            if sender == self.owner:
                self.sent += 1
            else:
                self.received += 1

    def thread(self, person: str, months: list[int], box: str = "inbox") -> None:
        """Messages both ways in each month (a call or a shared link now and then)."""
        for m in months:
            for _ in range(self.rng.randint(1, 2)):
                self.message([person], person, self.at(m) * 1000 + self.rng.randint(0, 999), box)
                kind = self.rng.choice(["Generic", "Generic", "Generic", "Share", "Call"])
                self.message([person], self.owner, self.at(m) * 1000 + self.rng.randint(0, 999), box, kind)


def _plant(p: _Plant) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Plant every pool; return the tier of each person (by key) and the evidence of members."""
    rng, t, o = p.rng, p.t, p.owner
    pools = {name: [p.person() for _ in range(n)] for name, n in POOLS.items()}
    pools["pages"] = [f"{n.split()[1]} {rng.choice(['Bakery', 'Books', 'Records'])}" for n in pools["pages"]]
    since = lambda: p.at(0) - rng.randint(30, 2000) * 86400  # noqa: E731  (lists are dated before the window)

    for i, person in enumerate(pools["core"]):  # friends; messages both ways in 3 to 5 months
        p.lists["friends"].append((person, since()))
        months = sorted(rng.sample(range(MONTHS), rng.randint(3, 5)))
        p.thread(person, months, "e2ee_cutover" if i == 0 and p.lay["e2ee"] else "inbox")
        p.comment(p.at(months[0]), t["comment"].format(o=o, t=person), rng.choice(_WORDS))
        p.count("comment", "conversation")
    for i, person in enumerate(pools["members"]):  # both ways within one month; half are friends
        if i % 2 == 0:
            p.lists["friends"].append((person, since()))
        p.thread(person, [rng.randrange(MONTHS)], "archived_threads" if i == 3 else "inbox")
        if i == 0:
            p.message([person], o, p.at() * 1000, kind="Unsent")
    for person in pools["inferred"]:  # friends the owner commented on 2-3 times, nothing seen back
        p.lists["friends"].append((person, since()))
        for _ in range(rng.randint(2, 3)):
            p.comment(p.at(), t[rng.choice(["comment", "reply"])].format(o=o, t=person), rng.choice(_WORDS))
            p.count("comment", "conversation")
    for i, person in enumerate(pools["unanswered"]):  # message requests the owner never answered
        if i % 2:
            p.lists["followers"].append((person, since()))
        for _ in range(rng.randint(1, 2)):
            p.message([person], person, p.at() * 1000, "message_requests")
    for i, person in enumerate(pools["reached"]):  # addressed (once if they follow), nothing back
        if i in (1, 3):
            p.lists["followers"].append((person, since()))
        if i == 1:
            p.post(p.at(), t["status"].format(o=o), rng.choice(_WORDS), tag=person)
            p.count("original", "conversation")
        elif i == 2:
            p.post(p.at(), t["timeline"].format(o=o, t=person), "Happy birthday! 🎉")
            p.count("original", "conversation")
        elif i == 4:
            p.message([person], o, p.at() * 1000)
        else:
            for _ in range(2 if i == 5 else 1):
                p.comment(p.at(), t["comment"].format(o=o, t=person), rng.choice(_WORDS))
                p.count("comment", "conversation")
    for kind in ("friends", "followers", "following"):
        p.lists[kind] += [(person, since()) for person in pools[kind]]
    for i, person in enumerate(pools["applause"]):  # reactions only: no tier
        for _ in range(rng.randint(1, 3)):
            p.react(p.at(), person, rng.choice(["like", "react"]))
        if i == 0:
            p.post(p.at(), t["share"].format(o=o, t=person), None)
            p.count("repost", "amplification")
        if i == 1 and "story_reactions" in p.lay:
            p.story_reactions.append({"timestamp": p.at(), "title": t["story_react"].format(o=o, t=person)})
    p.lists["page_likes"] += [(page, since()) for page in pools["pages"]]

    # Group chat: the owner, two core members and a deleted account; a join event is not a message.
    group = [*pools["core"][:2], "Facebook User"]
    p.message(group, o, p.at(2) * 1000, kind="Subscribe")
    for k in range(6):
        p.message(group, [o, group[0], group[1], "Facebook User"][k % 4], p.at(2 + k) * 1000 + k)
    # The owner's own voice: statuses, photos, an empty share, comments on their own posts, stories.
    for _ in range(14):
        photo = rng.random() < 0.4
        p.post(p.at(), t["photo" if photo else "status"].format(o=o), rng.choice(_WORDS), photo=photo)
        p.count("original", "broadcast")
    p.post(p.at(), None, None)
    p.count("original", "broadcast")
    for _ in range(3):
        p.comment(p.at(), t["own"].format(o=o), rng.choice(_WORDS))
        p.count("thread", "broadcast")
    for _ in range(3 if "stories" in p.lay else 0):
        p.stories.append(
            {
                "timestamp": p.at(),
                "attachments": [{"data": [{"media": {"uri": "stories/x.jpg", "title": ""}}]}],
                "data": [],
                "title": t["story"].format(o=o),
            }
        )
        p.count("original", "broadcast")
    p.react(p.at(), o)  # a like on the owner's own post: no one's content but theirs

    keys = {name: [person_key(n) for n in pool] for name, pool in pools.items()}
    tiers = {
        "core": keys["core"],
        "member": keys["members"] + keys["inferred"],
        "unanswered": keys["unanswered"],
        "reached": keys["reached"],
        "follower": keys["friends"] + keys["followers"],
        "following": keys["following"],
    }
    evidence = dict.fromkeys(keys["core"] + keys["members"], "observed") | dict.fromkeys(keys["inferred"], "inferred")
    return {tier: sorted(tiers[tier]) for tier in TIERS}, evidence


def _thread_files(p: _Plant, lay: dict, layout: str) -> dict[str, bytes]:
    """Thread folders (newest message first; a long one split into message_1.json and message_2.json) and,
    for the thread switched to end-to-end encryption, its later messages as a secure-storage flat file."""
    files = {}
    for where, th in sorted(p.threads.items()):
        box, key = where.split("/")
        msgs = sorted(th["messages"], key=lambda m: m["timestamp_ms"], reverse=True)
        if box == "e2ee_cutover":
            later, msgs = msgs[: len(msgs) // 2], msgs[len(msgs) // 2 :]
            files[f"{lay['messages']}/{slug(th['title'])}_1.json"] = dump(
                {
                    "participants": th["people"],
                    "threadName": th["title"],
                    "messages": [
                        {
                            "senderName": m["sender_name"],
                            "text": m.get("content", ""),
                            "timestamp": m["timestamp_ms"],
                            "type": m["type"],
                            "isUnsent": False,
                            "media": [],
                            "reactions": [],
                        }
                        for m in reversed(later)
                    ],
                }
            )
        folder = f"{key}_{p.rng.randrange(16**10):010x}"
        parts = [msgs[:6], msgs[6:]] if len(msgs) > 8 else [msgs]
        for i, part in enumerate(parts, 1):
            doc = {
                "participants": [{"name": x} for x in th["people"]],
                "messages": part,
                "title": th["title"],
                "is_still_participant": True,
            }
            if layout in ("2020", "2022"):
                doc["thread_type"] = "RegularGroup" if len(th["people"]) > 2 else "Regular"
            doc.update(thread_path=f"{box}/{folder}", magic_words=[])
            files[f"{lay['messages']}/{box}/{folder}/message_{i}.json"] = dump(doc)
    return files


def _export_files(p: _Plant, layout: str) -> dict[str, bytes]:
    lay, o = p.lay, p.owner
    files: dict[str, bytes] = {}

    def put(kind: str, items) -> None:
        if kind in lay:
            path, key = lay[kind]
            files[path] = dump(items if key is None else {key: items})

    newest = lambda items: sorted(items, key=lambda x: x["timestamp"], reverse=True)  # noqa: E731
    first, last = o.split(" ", 1)
    put(
        "profile",
        {
            "name": {"full_name": o, "first_name": first, "middle_name": "", "last_name": last},
            "emails": {
                "emails": ["owner@example.invalid"],
                "previous_emails": [],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+15550100", "verified": True}],
            "username": "renee.ostergaard",
            "registration_timestamp": 1262304000,
            "profile_uri": "https://www.facebook.com/renee.ostergaard",
        },
    )
    put("dashboard", [{"timestamp": p.at(0), "page_name": o, "activity": "Published a post"}])
    put("posts", newest(p.posts))
    put("comments", newest(p.comments))
    if lay.get("reactions", (None, None))[1] == "label_values":  # 2024 on: a bare list of label_values records
        files[lay["reactions"][0]] = dump(
            [
                {
                    "timestamp": ts,
                    "media": [],
                    "label_values": [
                        {"label": "Reaction", "value": r.title()},
                        {"label": "Name", "value": target},
                        {"label": "URL", "href": f"https://www.facebook.com/{slug(target)}/posts/{ts}"},
                    ],
                    "fbid": str(10**15 + ts),
                }
                for ts, target, r, _ in sorted(p.reactions, reverse=True)
            ]
        )
    else:
        put(
            "reactions",
            [
                {"timestamp": ts, "data": [{"reaction": {"reaction": r, "actor": o}}], "title": title}
                for ts, _, r, title in sorted(p.reactions, reverse=True)
            ],
        )
    put("stories", newest(p.stories))
    put("story_reactions", newest(p.story_reactions))
    names = lambda entries: [{"name": n, "timestamp": ts} for n, ts in sorted(entries, key=lambda e: -e[1])]  # noqa: E731
    put("page_likes", names(p.lists["page_likes"]))
    if "friends" in lay:
        put("friends", names(p.lists["friends"]))
        # 2018-2020 follower lists carry names only (unverified): undated entries must count all the same.
        put(
            "followers",
            [{"name": e["name"]} for e in names(p.lists["followers"])]
            if layout == "2020"
            else names(p.lists["followers"]),
        )
        put("following", names(p.lists["following"]))
    else:  # a Page has no friends: the planted friends follow it and it follows them
        put("followers", names(p.lists["friends"] + p.lists["followers"]))
        put("following", names(p.lists["friends"] + p.lists["following"]))
    files.update(_thread_files(p, lay, layout))
    return files


def write_facebook_export(
    dest: Path, seed: int = 7, as_archive: bool = False, layout: str = "2024", language: str = "en"
) -> GroundTruth:
    """Write a Facebook export to ``dest`` (a folder, or a zip with a top folder when ``as_archive``)."""
    p = _Plant(seed, layout, language)
    tiers, evidence = _plant(p)
    files = _export_files(p, layout)
    dest = Path(dest)
    if as_archive:
        top = f"facebook-{slug(p.owner)}-2025-01-15-{p.rng.randrange(16**8):08x}/"
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                z.writestr(zipfile.ZipInfo(top + name, date_time=(2025, 1, 15, 9, 30, 0)), files[name])
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(buf.getvalue())
    else:
        for name, data in files.items():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            (dest / name).write_bytes(data)
    friends = {person_key(n) for n, _ in p.lists["friends"]}
    followers = friends | {person_key(n) for n, _ in p.lists["followers"]}
    following = friends | {person_key(n) for n, _ in p.lists["following"]}
    return GroundTruth(
        owner={
            "account_id": person_key(p.owner),
            "handle": None if p.page else "renee.ostergaard",
            "display_name": p.owner,
        },
        tiers=tiers,
        evidence=evidence,
        kinds=p.kinds,
        modes=p.modes,
        followers=len(followers),
        following=len(following),
        mutuals=len(followers & following),
        messages_sent=p.sent,
        messages_received=p.received,
        files=sorted(files),
    )
