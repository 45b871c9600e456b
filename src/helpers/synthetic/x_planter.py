"""The X planter: people, posts and messages with known times, for ``helpers.synthetic.x``."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from helpers.model import KINDS, MODES
from helpers.synthetic.community import FIRST_NAMES, LAST_NAMES, WORDS
from helpers.synthetic.x_format import iso_time, snowflake

START = datetime(2024, 11, 1, tzinfo=UTC)
MONTHS = 24
EXPORT_DATE = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
CONVERT_MONTH = 16  # the month (from START) in which the planted converts first talk with the owner
# How long the owner takes to answer a message, in hours; the last one is past the 72-hour window.
ANSWER_DELAYS_HOURS = (0.5, 2, 5, 9, 20, 30, 47, 100)


class XPlanter:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seq = 0
        self.used_ids: set[str] = set()
        self.used_handles: set[str] = set()
        self.tweets: list[dict] = []
        self.kinds = dict.fromkeys(KINDS, 0)
        self.modes = dict.fromkeys(MODES, 0)
        self.dms: dict[str, list[dict]] = {}
        self.inbound: list[tuple[str, datetime, float | None]] = []  # 1:1 openers: who, when, answer delay
        self.sent = self.received = 0

    def person(self) -> dict:
        while True:
            pid = str(self.rng.randint(10**8, 10**18))
            handle = f"{self.rng.choice(FIRST_NAMES)}_{self.rng.choice(LAST_NAMES)}{self.rng.randint(1, 99)}"
            if pid not in self.used_ids and handle.lower() not in self.used_handles:
                self.used_ids.add(pid)
                self.used_handles.add(handle.lower())
                first, last = handle.split("_")
                return {"id": pid, "handle": handle, "name": f"{first.title()} {last.rstrip('0123456789').title()}"}

    def time_in(self, month: int, last_day: int = 27) -> datetime:
        base = (START + timedelta(days=31 * month)).replace(day=1)
        return base + timedelta(
            days=self.rng.randint(0, last_day),
            hours=self.rng.randint(7, 21),
            minutes=self.rng.randint(0, 59),
            seconds=self.rng.randint(0, 59),
        )

    def any_time(self) -> datetime:
        return self.time_in(self.rng.randrange(MONTHS))

    def next_id(self, at: datetime) -> str:
        self.seq += 1
        return snowflake(at, self.seq)

    def post(self, kind: str, mode: str, at: datetime, text: str, **fields) -> dict:
        t = {
            "id": self.next_id(at),
            "at": at,
            "text": text,
            "likes": self.rng.randint(0, 25),
            "reposts": self.rng.randint(0, 4),
            **fields,
        }
        if kind == "repost":
            t["likes"] = t["reposts"] = 0  # an RT row describes the wrapper: always "0"
        self.tweets.append(t)
        self.kinds[kind] += 1
        self.modes[mode] += 1
        return t

    def reply(
        self, owner: dict, to: dict, at: datetime, with_parent: bool = True, deleted_account: bool = False
    ) -> dict:
        text = f"@{to['handle']} {self.rng.choice(WORDS)}, see you soon"
        parent = str(self.rng.randint(10**17, 10**18)) if with_parent else None
        if deleted_account:
            # Replies to deleted accounts keep the user id but lose the handle and the mention entity.
            return self.post("reply", "conversation", at, text, reply_to_user=to["id"], reply_to_post=parent)
        return self.post(
            "reply",
            "conversation",
            at,
            text,
            reply_to_user=to["id"],
            reply_to_post=parent,
            reply_to_handle=to["handle"],
            mentions_at=[(0, to)],
        )

    def mention(self, to: dict, at: datetime) -> dict:
        text = f"Thanks @{to['handle']} for the {self.rng.choice(WORDS)}"
        return self.post("original", "conversation", at, text, mentions_at=[(7, to)])

    def message(self, a: str, b: str, sender: str, at: datetime, owner_id: str) -> None:
        conv = "-".join(sorted((a, b), key=int))
        recipient = b if sender == a else a
        self.dms.setdefault(conv, []).append(
            {
                "messageCreate": {
                    "recipientId": recipient,
                    "reactions": [],
                    "urls": [],
                    "text": self.rng.choice(WORDS),
                    "mediaUrls": [],
                    "senderId": sender,
                    "id": self.next_id(at),
                    "createdAt": iso_time(at),
                }
            }
        )
        if sender == owner_id:
            self.sent += 1
        else:
            self.received += 1


def planted_listening(inbound: list[tuple[str, datetime, float | None]]) -> dict:
    """What the listening metrics must find: every planted message opens (they are days apart)."""
    answered = sorted(d for _, _, d in inbound if d is not None and d <= 72)
    last = {}
    for who, _at, delay in sorted(inbound, key=lambda r: r[1]):
        last[who] = delay
    mid = len(answered) // 2
    median = (answered[mid] if len(answered) % 2 else (answered[mid - 1] + answered[mid]) / 2) if answered else None
    return {
        "openers": len(inbound),
        "answered": len(answered),
        "median_answer_hours": median,
        "waiting": sum(1 for d in last.values() if d is None),
    }
