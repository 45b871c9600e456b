"""A heavy X account for benchmarks: the planted archive of ``write_x_archive`` with its follower list grown to
``followers`` accounts, ``likes`` likes and ``partners`` extra conversation partners (people who exchange
direct messages with the owner), all in the real file format. The planted community stays inside it, so
the figures of a big run can be checked against the small one."""

from __future__ import annotations

import random
import re
from datetime import timedelta
from pathlib import Path

from helpers.synthetic.x import write_x_archive
from helpers.synthetic.x_format import iso_time, snowflake
from helpers.synthetic.x_planter import EXPORT_DATE as EXPORT_DATE_FOR_BIG


def _rewrite_count(manifest: str, data_type: str, count: int) -> str:
    """Set the count manifest.js gives for ``data_type``."""
    pattern = re.compile(r'("' + data_type + r'"\s*:\s*\{\s*"files"\s*:\s*\[\s*\{[^}]*?"count"\s*:\s*")\d+(")', re.S)
    return pattern.sub(lambda m: f"{m.group(1)}{count}{m.group(2)}", manifest, count=1)


def write_big_x_archive(
    dest: str | Path,
    tweets: int = 200_000,
    followers: int = 1_000_000,
    likes: int = 200_000,
    partners: int = 0,
    seed: int = 1,
) -> Path:
    """Write the heavy archive as a folder at ``dest``; returns it."""
    dest = Path(dest)
    write_x_archive(dest, n_tweets=tweets, seed=seed)
    data = dest / "data"
    rng = random.Random(seed)
    planted = re.findall(r'"accountId" : "(\d+)"', (data / "follower.js").read_text(encoding="utf-8"))
    with open(data / "follower.js", "w", encoding="utf-8") as out:
        out.write("window.YTD.follower.part0 = [ ")
        ids = planted + [str(10**15 + i) for i in range(max(0, followers - len(planted)))]
        for i, account in enumerate(ids):
            sep = ", " if i else ""
            out.write(
                f'{sep}{{\n  "follower" : {{\n    "accountId" : "{account}",\n'
                f'    "userLink" : "https://twitter.com/intent/user?user_id={account}"\n  }}\n}}'
            )
        out.write(" ]")
    with open(data / "like.js", "w", encoding="utf-8") as out:
        out.write("window.YTD.like.part0 = [ ")
        for i in range(likes):
            sep = ", " if i else ""
            tweet = 10**18 + rng.randrange(10**17)
            out.write(
                f'{sep}{{\n  "like" : {{\n    "tweetId" : "{tweet}",\n    "fullText" : "nice",\n'
                f'    "expandedUrl" : "https://twitter.com/i/web/status/{tweet}"\n  }}\n}}'
            )
        out.write(" ]")
    if partners:
        _add_partners(data, partners, rng)
    manifest = (data / "manifest.js").read_text(encoding="utf-8")
    manifest = _rewrite_count(manifest, "follower", followers)
    manifest = _rewrite_count(manifest, "like", likes)
    (data / "manifest.js").write_text(manifest, encoding="utf-8")
    return dest


def _add_partners(data: Path, partners: int, rng: random.Random) -> None:
    """Direct-message conversations with ``partners`` more people, both ways, over two years."""
    text = (data / "direct-messages.js").read_text(encoding="utf-8")
    found = re.search(r'"accountId" : "(\d+)"', (data / "account.js").read_text(encoding="utf-8"))
    assert found is not None, "the planted archive names its owner in account.js"
    owner = found.group(1)
    items = []
    for n in range(partners):
        other = str(2 * 10**15 + n)
        events = []
        for k in range(rng.randint(2, 8)):
            at = EXPORT_DATE_FOR_BIG - timedelta(days=rng.randint(1, 720), minutes=k)
            sender, recipient = (owner, other) if k % 2 else (other, owner)
            events.append(
                f'{{ "messageCreate" : {{ "recipientId" : "{recipient}", "reactions" : [ ], "urls" : [ ], '
                f'"text" : "hi", "mediaUrls" : [ ], "senderId" : "{sender}", '
                f'"id" : "{snowflake(at, k)}", "createdAt" : "{iso_time(at)}" }} }}'
            )
        ids = sorted([owner, other], key=int)
        items.append(
            f'{{ "dmConversation" : {{ "conversationId" : "{ids[0]}-{ids[1]}", "messages" : [ {", ".join(events)} ] }} }}'
        )
    head, _, tail = text.partition("[")
    body = tail.rstrip().removesuffix("]").rstrip()
    joined = ", ".join(items)
    (data / "direct-messages.js").write_text(
        f"{head}[ {joined}{', ' + body if body.strip() else ''} ]", encoding="utf-8"
    )
