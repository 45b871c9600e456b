"""A Threads export in Meta's JSON format (formats notes x-mastodon-bluesky-threads §4.3-§4.4; synthetic: no
real Threads file could be collected), with a planted audience and its ground truth.

    truth = write_threads_export(Path("tmp/threads"), seed=7, generation="2026")

Threads exports hold no messages and nothing others did, so no one can be ``core``, an observed ``member`` or
``unanswered``: the planted community is inferred members (addressed 2+ times, following the owner), reached
people, passive followers and accounts only followed, plus accounts only liked (no tier). The truth follows what
each generation shows: 2026 names reply targets (``in_reply_to_username``, missing on a few replies), ~2025 only
flags replies (``is_reply``), 2024-03 does neither (every post is original, only @mentions address anyone).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES
from helpers.synthetic.community import GroundTruth
from helpers.synthetic.instagram import OWNER, meta_json
from helpers.synthetic.x_format import write_files

GENERATIONS = ("2026", "2025", "2024")
START = datetime(2024, 3, 1, tzinfo=UTC)
_NAMES = [
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
]
_TEXT = (
    "Nuovo menù d'autunno 🍂",
    "Who else loves rainy mornings? ☔",
    "We are hiring a barista",
    "Crème brûlée day",
    "Open late on Friday 🎶",
    "Thanks for all the kind words ❤️",
)


def _people(rng: random.Random, n: int, used: set) -> list[dict]:
    out: list[dict] = []
    while len(out) < n:
        name = f"{rng.choice(_NAMES)} {rng.choice(_NAMES)}"
        user = f"{name.split(maxsplit=1)[0].lower().encode('ascii', 'ignore').decode()}_{rng.randint(100, 999)}"
        if user not in used and name not in used:
            used |= {user, name}
            out.append({"user": user, "name": name})
    return out


def write_threads_export(
    dest: str | Path, seed: int = 7, as_archive: bool = False, generation: str = "2026", folder: str = "threads/"
) -> GroundTruth:
    """Write a Threads export of ``generation`` under ``folder`` of ``dest`` (``your_instagram_activity/threads/`` is
    where an Instagram export carries it); a zip when ``as_archive``."""
    rng = random.Random(seed)
    used = {OWNER["username"], OWNER["name"]}
    pool = {
        k: _people(rng, n, used)
        for k, n in {
            "by_mention": 3,
            "by_reply": 2,
            "reached_mention": 3,
            "reached_reply": 2,
            "followers": 25,
            "following": 10,
            "liked": 5,
        }.items()
    }

    def ts() -> int:
        return int((START + timedelta(days=rng.randint(0, 600), seconds=rng.randint(0, 86_399))).timestamp())

    posts: list[dict] = []  # ts, text, reply_to ("" = a reply whose target the export leaves out), mentions

    def post(text: str, reply_to: str | None = None, mentions: tuple = ()) -> None:
        posts.append(
            {
                "ts": ts(),
                "text": text,
                "reply_to": reply_to,
                "mentions": [m for m in mentions if m != OWNER["username"]],
            }
        )

    for p in pool["by_mention"]:
        for _ in range(rng.randint(2, 3)):
            post(f"Grazie @{p['user']} per il caffè ☕", mentions=(p["user"],))
    for p in pool["by_reply"]:
        for _ in range(rng.randint(2, 3)):
            post(rng.choice(_TEXT), reply_to=p["user"])
    for p in pool["reached_mention"]:
        post(f"Shout-out to @{p['user']} and @{OWNER['username']}!", mentions=(p["user"],))
    for p in pool["reached_reply"]:
        post("Totally agree", reply_to=p["user"])
    for _ in range(4):
        post("(2/2) more on that", reply_to=OWNER["username"])
    for _ in range(2):
        post("Same here", reply_to="")
    for _ in range(20):
        post(rng.choice(_TEXT))
    post("Mail us at hello@cornercafe.example")
    archived = posts[-2:]  # the owner archived two posts: they sit in archived_threads.json instead

    followers = {
        p["user"]: p for p in pool["by_mention"] + pool["by_reply"] + pool["reached_mention"][:1] + pool["followers"]
    }
    following = {p["user"]: p for p in pool["following"] + pool["followers"][::4] + pool["by_mention"][:1]}
    when = {u: ts() for u in {**followers, **following}}
    likes = [(p["user"], k) for p in pool["liked"] + pool["by_reply"][:1] for k in range(rng.randint(1, 2))]

    # What the generation lets the reader see, hence the truth.
    targets = generation == "2026"
    kinds: Counter[str] = Counter()
    modes: Counter[str] = Counter()
    addressed: Counter[str] = Counter()
    for p in posts:
        reply = p["reply_to"] is not None and generation != "2024"
        kind = "original" if not reply else "thread" if targets and p["reply_to"] == OWNER["username"] else "comment"
        kinds[kind] += 1
        modes["conversation" if kind == "comment" or p["mentions"] else "broadcast"] += 1
        seen = set(p["mentions"]) | (
            {p["reply_to"]} if targets and p["reply_to"] not in (None, "", OWNER["username"]) else set()
        )
        addressed.update(seen)
    tiers: dict[str, list[str]] = {t: [] for t in ("core", "member", "unanswered", "reached", "follower", "following")}
    for user in sorted(set(addressed) | set(followers) | set(following)):
        tier = (
            ("member" if addressed[user] >= 2 and user in followers else "reached")
            if addressed[user]
            else "follower"
            if user in followers
            else "following"
        )
        tiers[tier].append(user)

    def href(user: str) -> str:  # threads.net/@user in older exports, threads.com/user in newer ones (§4.4)
        return f"https://www.threads.com/{user}" if generation == "2026" else f"https://www.threads.net/@{user}"

    def item(p: dict) -> dict:
        media = {
            "uri": "",
            "creation_timestamp": p["ts"],
            "media_metadata": {"camera_metadata": {"has_camera_metadata": False}},
            "title": p["text"],
            "cross_post_source": {"source_app": "FB"},
        }
        if generation != "2024":
            media["text_app_post"] = {
                "reply_control": "everyone",
                "geo_gated_country_list": "",
                "is_reply": p["reply_to"] is not None,
            }
            if targets and p["reply_to"]:
                media["text_app_post"]["in_reply_to_username"] = p["reply_to"]
        if len(p["text"]) > 30:  # a multi-media post: text and time at the top, media titles empty
            return {
                "media": [dict(media, title=""), dict(media, title="", uri="")],
                "title": p["text"],
                "creation_timestamp": p["ts"],
            }
        return {"media": [media]}

    def rel(people: dict) -> list[dict]:
        return [
            {
                "title": p["name"],
                "media_list_data": [],
                "string_list_data": [{"href": href(u), "value": u, "timestamp": when[u]}],
            }
            for u, p in people.items()
        ]

    fol = rel(followers)
    files = {
        "threads_and_replies.json": {
            "text_post_app_text_posts": [item(p) for p in sorted(posts[:-2], key=lambda p: -p["ts"])]
        },
        "archived_threads.json": {"text_post_app_archived_posts": [item(p) for p in archived]},
        "following.json": {"text_post_app_text_post_app_following": rel(following)},
        "liked_threads.json": {
            "text_post_app_media_likes": [
                {
                    "title": u,
                    "media_list_data": [],
                    "string_list_data": [{"href": f"{href(u)}/post/C{k}xYz", "value": "❤️", "timestamp": ts()}],
                }
                for u, k in likes
            ]
        },
        "personal_information.json": {
            "text_post_app_text_post_app_profile": [
                {
                    "string_map_data": {
                        "Email": {"href": "", "value": "owner@example.invalid", "timestamp": 0},
                        "Username": {"href": "", "value": OWNER["username"], "timestamp": 0},
                        "Name": {"href": "", "value": OWNER["name"], "timestamp": 0},
                    }
                }
            ]
        },
    }
    if generation == "2026":  # large lists come split
        files["followers_1.json"] = {"text_post_app_text_post_app_followers": fol[: len(fol) // 2]}
        files["followers_2.json"] = {"text_post_app_text_post_app_followers": fol[len(fol) // 2 :]}
    else:
        files["followers.json"] = {"text_post_app_text_post_app_followers": fol}
    data = {folder + name: meta_json(doc) for name, doc in files.items()}
    write_files(Path(dest), data, as_archive)
    return GroundTruth(
        owner={"id": OWNER["username"], "handle": OWNER["username"], "name": OWNER["name"]},
        tiers=tiers,
        evidence=dict.fromkeys(tiers["member"], "inferred"),
        kinds={k: kinds[k] for k in KINDS},
        modes={m: modes[m] for m in MODES},
        followers=len(followers),
        following=len(following),
        mutuals=len(followers.keys() & following.keys()),
        messages_sent=0,
        messages_received=0,
        files=sorted(data),
    )
