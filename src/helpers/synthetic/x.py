"""A realistic X archive, written in the exact real format, with a planted community and its ground truth.

Used for ``data/sample``, the tests and the benchmark, at any size:

    truth = write_x_archive(Path("data/sample/x"), n_tweets=400, seed=7)

Planted (``CommunitySpec``): core members (messages both ways in 3+ months), observed members (messages
both ways within one or two months), inferred members (replied to 2+ times, follow the owner, nothing seen
back), unanswered people (they write, the owner never does), reached people (addressed, nothing back),
passive followers, accounts the owner only follows, and accounts the owner only reposts (no tier).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from helpers.synthetic.community import LAST_NAMES, WORDS, CommunitySpec, GroundTruth
from helpers.synthetic.x_format import gdpr_time, iso_time, js_file, manifest, tweet_object, write_files
from helpers.synthetic.x_planter import (
    ANSWER_DELAYS_HOURS,
    CONVERT_MONTH,
    EXPORT_DATE,
    MONTHS,
    START,
    XPlanter,
    planted_listening,
)


def write_x_archive(
    dest: str | Path,
    n_tweets: int = 400,
    seed: int = 7,
    as_zip: bool = False,
    spec: CommunitySpec = CommunitySpec(),  # noqa: B008 - frozen, never mutated
) -> GroundTruth:
    """Write an X archive (GDPR v3 layout) to ``dest`` (a folder, or a .zip when ``as_zip``); return the truth."""
    p = XPlanter(seed)
    rng = p.rng
    owner = {"id": "1308602301154811905", "handle": "corner_cafe", "name": "Corner Cafe"}
    p.used_ids.add(owner["id"])
    oid = owner["id"]
    pools = {name: [p.person() for _ in range(getattr(spec, name))] for name in spec.__dataclass_fields__}
    tiers: dict[str, list[str]] = {t: [] for t in ("core", "member", "unanswered", "reached", "follower", "following")}
    evidence: dict[str, str] = {}
    followers: set[str] = set()
    following: set[str] = set()

    def exchange(person: dict, month: int, delay_hours: float | None) -> None:
        """They write to the owner; the owner answers after ``delay_hours`` (None: never)."""
        at = p.time_in(month, last_day=18)
        p.message(oid, person["id"], person["id"], at, oid)
        p.inbound.append((person["id"], at, delay_hours))
        if delay_hours is not None:
            p.message(oid, person["id"], oid, at + timedelta(hours=delay_hours), oid)

    for person in pools["core"]:  # messages both ways across 3 to 5 distinct months, plus public replies
        for month in rng.sample(range(MONTHS), rng.randint(3, 5)):
            exchange(person, month, rng.choice(ANSWER_DELAYS_HOURS))
        p.reply(owner, person, p.any_time())
        tiers["core"].append(person["id"])
        evidence[person["id"]] = "observed"
        followers.add(person["id"])
        following.add(person["id"])
    for i, person in enumerate(pools["members_observed"]):  # both ways, all within one or two months
        months = rng.sample(range(MONTHS), rng.randint(1, 2))
        for month in months:
            exchange(person, month, rng.choice(ANSWER_DELAYS_HOURS[:-1]))
        if i % 2 == 0:
            p.reply(owner, person, p.time_in(months[0]))
        tiers["member"].append(person["id"])
        evidence[person["id"]] = "observed"
        if i % 3:
            followers.add(person["id"])
        following.add(person["id"])
    for person in pools["converts"]:  # a follower with no contact, then two-way in months 16 and 17
        for month in (CONVERT_MONTH, CONVERT_MONTH + 1):
            exchange(person, month, rng.choice(ANSWER_DELAYS_HOURS[:-1]))
        tiers["member"].append(person["id"])
        evidence[person["id"]] = "observed"
        followers.add(person["id"])
    for person in pools["drifters"]:  # core in the first three months, silent since: "away" at the end
        for month in (0, 1, 2):
            exchange(person, month, rng.choice(ANSWER_DELAYS_HOURS[:-1]))
        tiers["core"].append(person["id"])
        evidence[person["id"]] = "observed"
        followers.add(person["id"])
    for i, person in enumerate(pools["members_inferred"]):  # addressed 2+ times, follows, nothing seen back
        for _ in range(rng.randint(2, 4)):
            p.reply(owner, person, p.any_time())
        tiers["member"].append(person["id"])
        evidence[person["id"]] = "inferred"
        followers.add(person["id"])
        if i % 2:
            following.add(person["id"])
    for i, person in enumerate(pools["unanswered"]):  # they write; the owner never answers
        for month in rng.sample(range(MONTHS), rng.randint(1, 3)):
            exchange(person, month, None)
        tiers["unanswered"].append(person["id"])
        if i % 2:
            followers.add(person["id"])
    for i, person in enumerate(pools["reached"]):
        if i % 2:  # follows the owner: addressed exactly once, so not an inferred member
            followers.add(person["id"])
            (p.mention if i % 4 == 1 else p.reply)(
                *((person, p.any_time()) if i % 4 == 1 else (owner, person, p.any_time()))
            )
        elif i == 0:  # a reply to an account deleted since: id kept, handle lost
            p.reply(owner, person, p.any_time(), deleted_account=True)
        elif i == 2:  # an @-addressed post with no parent tweet
            p.reply(owner, person, p.any_time(), with_parent=False)
        elif i == 4:  # a quote: a link to their status (the archive's only quote signal)
            at = p.any_time()
            url = f"https://twitter.com/{person['handle']}/status/{p.next_id(at - timedelta(days=1))}"
            p.post(
                "quote",
                "amplification",
                at,
                f"This is worth reading https://t.co/q{p.seq}",
                urls=[{"short": f"https://t.co/q{p.seq}", "expanded": url}],
            )
            p.mention(person, p.any_time())  # the quote keys them by handle, the mention resolves it to the id
        else:
            for _ in range(rng.randint(1, 3)):
                p.reply(owner, person, p.any_time())
        tiers["reached"].append(person["id"])
    for i, person in enumerate(pools["followers"]):
        followers.add(person["id"])
        if i % 4 == 0:
            following.add(person["id"])
        tiers["follower"].append(person["id"])
    for person in pools["following"]:
        following.add(person["id"])
        tiers["following"].append(person["id"])

    # A group conversation: the owner and two core members (stays core).
    group_id = str(rng.randint(10**17, 10**18))
    group_people = [oid] + [x["id"] for x in pools["core"][:2]]
    group_msgs = [
        {
            "joinConversation": {
                "initiatingUserId": oid,
                "participantsSnapshot": group_people[1:],
                "createdAt": iso_time(START),
            }
        }
    ]
    for k in range(6):
        sender = group_people[k % 3]
        at = p.time_in(k * 3)
        group_msgs.append(
            {
                "messageCreate": {
                    "reactions": [],
                    "urls": [],
                    "text": rng.choice(WORDS),
                    "mediaUrls": [],
                    "senderId": sender,
                    "id": p.next_id(at),
                    "createdAt": iso_time(at),
                }
            }
        )
        if sender == oid:
            p.sent += 1
        else:
            p.received += 1

    # Edited post: two versions in tweets.js tied by editTweetIds; counted once.
    at = p.any_time()
    v1 = p.post("original", "broadcast", at, "Pumpkin bread is bak today")
    v2 = dict(
        v1, id=p.next_id(at + timedelta(minutes=3)), at=at + timedelta(minutes=3), text="Pumpkin bread is back today"
    )
    v1["edit_ids"] = v2["edit_ids"] = [v1["id"], v2["id"]]
    p.tweets.append(v2)
    # Long posts: cut in tweets.js, whole in note-tweet.js under another id.
    notes = []
    for _ in range(3):
        at = p.any_time()
        full = " ".join(rng.choice(WORDS) for _ in range(30)) + "."
        p.post("original", "broadcast", at, full[:274] + "…")
        notes.append(
            {
                "noteTweet": {
                    "noteTweetId": p.next_id(at),
                    "updatedAt": iso_time(at),
                    "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
                    "createdAt": iso_time(at.replace(microsecond=0)),
                    "core": {"styletags": [], "urls": [], "text": full, "mentions": [], "cashtags": [], "hashtags": []},
                }
            }
        )
    community = [
        p.post("original", "broadcast", p.any_time(), f"Community board: {rng.choice(WORDS)}") for _ in range(3)
    ]
    p.tweets = [t for t in p.tweets if t not in community]
    deleted = []
    for _ in range(2):  # deleted in the last days before the export: only in deleted-tweets.js
        at = EXPORT_DATE - timedelta(days=rng.randint(1, 10))
        deleted.append(
            dict(
                tweet_object({"id": p.next_id(at), "at": at, "text": "typo, ignore"}),
                deleted_at=gdpr_time(at + timedelta(hours=1)),
            )
        )

    # Fill up to n_tweets with the owner's everyday voice.
    own = [t for t in p.tweets if not t.get("reply_to_user")] or [
        p.post("original", "broadcast", p.any_time(), "Hello!")
    ]
    talkers = pools["core"] + pools["members_inferred"]
    while len(p.tweets) + len(community) < n_tweets:
        r = rng.random()
        at = p.any_time()
        if r < 0.55:
            own.append(
                p.post("original", "broadcast", at, f"{rng.choice(WORDS).capitalize()}! #{rng.choice(LAST_NAMES)}")
            )
        elif r < 0.70:
            parent = rng.choice(own)
            p.post(
                "thread",
                "broadcast",
                parent["at"] + timedelta(minutes=rng.randint(1, 90)),
                f"{rng.choice(WORDS)} (2/2)",
                reply_to_user=oid,
                reply_to_post=parent["id"],
                reply_to_handle=owner["handle"],
            )
        elif r < 0.90:
            b = rng.choice(pools["broadcasters"])
            p.post("repost", "amplification", at, f"RT @{b['handle']}: {rng.choice(WORDS)}", mentions_at=[(3, b)])
        else:
            p.reply(owner, rng.choice(talkers), at)

    likes = [
        {
            "like": {
                "tweetId": str(rng.randint(10**17, 10**18)),
                "fullText": rng.choice(WORDS),
                "expandedUrl": "https://twitter.com/i/web/status/0",
            }
        }
        for _ in range(30)
    ]
    tweets = [{"tweet": tweet_object(t)} for t in p.tweets]
    rng.shuffle(tweets)  # real archives are in no particular order
    conversations: list[dict[str, dict[str, object]]] = [
        {
            "dmConversation": {
                "conversationId": c,
                "messages": sorted(m, key=lambda e: e["messageCreate"]["createdAt"], reverse=True),
            }
        }
        for c, m in sorted(p.dms.items())
    ]
    group = [{"dmConversation": {"conversationId": group_id, "messages": group_msgs[::-1]}}]
    account = [
        {
            "account": {
                "email": "owner@example.invalid",
                "createdVia": "web",
                "username": owner["handle"],
                "accountId": oid,
                "createdAt": "2019-05-01T10:00:00.000Z",
                "accountDisplayName": owner["name"],
            }
        }
    ]
    data = {
        "tweets": ("data/tweets.js", "YTD.tweets.part0", tweets),
        "communityTweet": (
            "data/community-tweet.js",
            "YTD.community_tweet.part0",
            [{"tweet": dict(tweet_object(t), community_id_str="1500000000000000000")} for t in community],
        ),
        "noteTweet": ("data/note-tweet.js", "YTD.note_tweet.part0", notes),
        "deletedTweets": ("data/deleted-tweets.js", "YTD.deleted_tweets.part0", [{"tweet": d} for d in deleted]),
        "follower": (
            "data/follower.js",
            "YTD.follower.part0",
            [
                {"follower": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
                for a in sorted(followers)
            ],
        ),
        "following": (
            "data/following.js",
            "YTD.following.part0",
            [
                {"following": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
                for a in sorted(following)
            ],
        ),
        "like": ("data/like.js", "YTD.like.part0", likes),
        "directMessages": ("data/direct-messages.js", "YTD.direct_messages.part0", conversations),
        "directMessagesGroup": ("data/direct-messages-group.js", "YTD.direct_messages_group.part0", group),
        "account": ("data/account.js", "YTD.account.part0", account),
    }
    files = {name: js_file(f"window.{glob}", items) for name, glob, items in data.values()}
    files["data/manifest.js"] = manifest(
        owner, EXPORT_DATE, {dt: (n, g, len(items)) for dt, (n, g, items) in data.items()}
    )
    files["data/README.txt"] = (
        b"Synthetic X archive written by community-lens (helpers.synthetic). No real person's data.\n"
    )
    write_files(Path(dest), files, as_zip)
    kinds, modes = p.kinds, p.modes
    return GroundTruth(
        owner=owner,
        tiers={t: sorted(ids) for t, ids in tiers.items()},
        evidence=evidence,
        kinds=kinds,
        modes=modes,
        followers=len(followers),
        following=len(following),
        mutuals=len(followers & following),
        messages_sent=p.sent,
        messages_received=p.received,
        files=sorted(files),
        listening=planted_listening(p.inbound),
        ladder={
            "converts": sorted(x["id"] for x in pools["converts"]),
            "convert_month": (START + timedelta(days=31 * CONVERT_MONTH)).replace(day=1),
            "drifters": sorted(x["id"] for x in pools["drifters"]),
        },
    )
