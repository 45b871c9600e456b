"""The canonical model every platform reader fills: posts, people, interactions, coverage.

All ids are strings, all times ``Datetime("us", "UTC")``. A value an export does not hold is null,
never 0 or False.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from helpers.errors import ExportWarning

UTC_TIME = pl.Datetime("us", "UTC")

PLATFORMS = (
    "x",
    "mastodon",
    "bluesky",
    "threads",
    "instagram",
    "facebook",
    "linkedin",
    "reddit",
    "slack",
    "discord",
    "telegram",
    "csv",
)
# How people call each platform, wherever it is shown (cards, charts, headings, the terminal).
PLATFORM_LABELS = {
    "x": "X (Twitter)",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "threads": "Threads",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
    "reddit": "Reddit",
    "slack": "Slack",
    "discord": "Discord",
    "telegram": "Telegram",
    "csv": "Any other platform (CSV template)",
}


# Where a platform has public profile pages: the page of a handle ({user} and {host} for Mastodon's
# user@host). Platforms without public profile URLs by handle (Facebook, Slack, Discord, the CSV template)
# have none: a person there is named, never linked.
PROFILE_URLS = {
    "x": "https://x.com/{handle}",
    "mastodon": "https://{host}/@{user}",
    "bluesky": "https://bsky.app/profile/{handle}",
    "threads": "https://www.threads.net/@{handle}",
    "instagram": "https://www.instagram.com/{handle}/",
    "reddit": "https://www.reddit.com/user/{handle}/",
    "telegram": "https://t.me/{handle}",
    "linkedin": "https://www.linkedin.com/in/{handle}/",  # the handle is the profile's slug (Connections.csv URL)
}


def platform_label(name: str) -> str:
    """How people call a platform (``x`` -> ``X (Twitter)``); the name itself when unknown (``mixed``)."""
    return PLATFORM_LABELS.get(name, name)


KINDS = ("original", "reply", "thread", "repost", "quote", "comment")
MODES = ("broadcast", "conversation", "amplification")
DIRECTIONS = ("out", "in")
CHANNELS = ("reply", "mention", "quote", "comment", "message", "repost", "like", "reaction")
DIRECTED_CHANNELS = ("reply", "mention", "quote", "comment", "message")
APPLAUSE_CHANNELS = ("repost", "like", "reaction")
TIERS = ("core", "member", "unanswered", "reached", "follower", "following")


def _schema(columns: Mapping[str, pl.DataType | type[pl.DataType]]) -> pl.Schema:
    """``pl.Schema(columns)``; the parameter type lets mypy check a literal mixing dtype classes and instances."""
    return pl.Schema(columns)


POSTS_SCHEMA = _schema(
    {
        "platform": pl.String,
        "post_id": pl.String,
        "created_at": UTC_TIME,
        "kind": pl.Enum(KINDS),
        "mode": pl.Enum(MODES),
        "text": pl.String,
        "reply_to_account": pl.String,
        "reply_to_post": pl.String,
        "mentions": pl.List(pl.String),
        "like_count": pl.Int64,
        "repost_count": pl.Int64,
        "reply_count": pl.Int64,
        "source_file": pl.String,
    }
)

PEOPLE_SCHEMA = _schema(
    {
        "platform": pl.String,
        "account_id": pl.String,
        "handle": pl.String,
        "display_name": pl.String,
        "follows_owner": pl.Boolean,
        "followed_by_owner": pl.Boolean,
        "followed_at": UTC_TIME,
    }
)

INTERACTIONS_SCHEMA = _schema(
    {
        "platform": pl.String,
        "at": UTC_TIME,
        "direction": pl.Enum(DIRECTIONS),
        "account_id": pl.String,
        "channel": pl.Enum(CHANNELS),
        "ref_id": pl.String,
        "conversation_id": pl.String,
        "is_group": pl.Boolean,
    }
)

COVERAGE_SIGNALS = (
    "own_posts",
    "followers",
    "following",
    "inbound_public",
    "messages",
    "messages_sent",
    "likes_given",
    "engagement_counts",
)

# What each absent signal means for the reader of a chart: shown next to the charts it affects.
COVERAGE_EXPLANATIONS = {
    "own_posts": "the export holds none of your posts",
    "followers": "the export has no follower list, so passive followers cannot be counted",
    "following": "the export has no list of accounts you follow",
    "inbound_public": "replies and mentions by others are not in the export, so two-way contact is partly inferred",
    "messages": "the export does not hold private messages both ways, so private conversation is not counted",
    "messages_sent": "the export holds none of the private messages you sent",
    "likes_given": "the export holds no likes you gave",
    "engagement_counts": "the export has no like or repost counts on your posts",
}
# How each signal is named where people read it (cards, tables, the terminal): never the key itself.
COVERAGE_LABELS = {
    "own_posts": "Your posts",
    "followers": "Follower list",
    "following": "Following list",
    "inbound_public": "Replies and mentions others wrote to you",
    "messages": "Private messages, both ways",
    "messages_sent": "Private messages you sent",
    "likes_given": "Likes you gave",
    "engagement_counts": "Like and repost counts on your posts",
}


def voice_mode(kind: str = "kind", mentions: str = "mentions") -> pl.Expr:
    """The voice mode of a post (DESIGN.md): reposts and quotes amplify; replies, comments and posts that
    mention another account converse; everything else, self-thread continuations included, broadcasts.

    >>> # kind="reply" -> "conversation"; kind="original", mentions=["7"] -> "conversation"
    """
    k = pl.col(kind)
    return (
        pl.when(k.is_in(["repost", "quote"]))
        .then(pl.lit("amplification"))
        .when(k.is_in(["reply", "comment"]) | (pl.col(mentions).list.len().fill_null(0) > 0))
        .then(pl.lit("conversation"))
        .otherwise(pl.lit("broadcast"))
        .cast(pl.Enum(MODES))
    )


def person_label() -> pl.Expr:
    """How a person is named where people read it: @handle, else the display name, else "id <account_id>"."""
    return pl.coalesce(pl.lit("@") + pl.col("handle"), pl.col("display_name"), pl.lit("id ") + pl.col("account_id"))


def empty_frame(schema: pl.Schema) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Select and cast a frame to a canonical schema; missing columns become null; extra columns are kept after."""
    cols = [
        (pl.col(name).cast(dtype) if name in frame.columns else pl.lit(None, dtype)).alias(name)
        for name, dtype in schema.items()
    ]
    extra = [c for c in frame.columns if c not in schema]
    return frame.select(*cols, *extra)


@dataclass(frozen=True)
class Owner:
    account_id: str | None
    handle: str | None
    display_name: str | None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Coverage:
    """Which signals the export holds. ``notes`` says, per signal, why it is absent or partial."""

    own_posts: bool = False
    followers: bool = False
    following: bool = False
    inbound_public: bool = False
    messages: bool = False
    likes_given: bool = False
    engagement_counts: bool = False
    notes: dict[str, str] = field(default_factory=dict)
    sent_messages: bool = False  # only the owner's own sent messages (Mastodon's direct notes)

    @property
    def messages_sent(self) -> bool:
        """The export holds the private messages the owner sent (with or without those received)."""
        return self.messages or self.sent_messages

    @property
    def others_wrote(self) -> bool:
        """The export holds something others wrote to the owner: public replies or received messages."""
        return self.inbound_public or self.messages

    @property
    def members_knowable(self) -> bool:
        """Community members can be told: observed (others' words are held) or inferred (a follower list)."""
        return self.others_wrote or self.followers

    @property
    def addressed_knowable(self) -> bool:
        """Whom the owner addressed can be told: own posts or sent messages are held."""
        return self.own_posts or self.messages_sent

    def as_dict(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in COVERAGE_SIGNALS}

    @classmethod
    def from_signals(cls, signals: dict[str, bool], notes: dict[str, str] | None = None) -> Coverage:
        """A Coverage from ``as_dict()`` output (``messages_sent`` is derived, kept as ``sent_messages``)."""
        fields = {k: v for k, v in signals.items() if k != "messages_sent" and k in cls.__dataclass_fields__}
        return cls(**fields, sent_messages=bool(signals.get("messages_sent")), notes=dict(notes or {}))

    def caveat(self, signal: str) -> str | None:
        """One sentence for a chart that needs ``signal``, or None when the export holds it."""
        if getattr(self, signal):
            return self.notes.get(signal)
        return self.notes.get(signal) or COVERAGE_EXPLANATIONS[signal]


# Every message of a chat community (Slack, Discord, Telegram), whoever wrote it: the community as a whole,
# beside the owner's view. Only people talking: joins, leaves, bots and other service messages are left out.
# ``reply_to_message`` is the message this one answers (a reply's target, a thread reply's root);
# ``reply_to_author`` its author, filled by the reader; ``mentions`` the accounts it names. No text is kept.
CHAT_SCHEMA = _schema(
    {
        "platform": pl.String,
        "conversation_id": pl.String,
        "message_id": pl.String,
        "at": UTC_TIME,
        "author_id": pl.String,
        "reply_to_message": pl.String,
        "reply_to_author": pl.String,
        "mentions": pl.List(pl.String),
        "is_private": pl.Boolean,
    }
)

LINKS_SCHEMA = pl.Schema({"person": pl.String, "platform": pl.String, "account_id": pl.String})


@dataclass
class ExportMeta:
    """What one export says about itself: its owner, what it covers, where it came from and what it lacks.

    A combined dataset keeps one per platform (``Export.parts``).
    """

    owner: Owner
    coverage: Coverage
    source: str = ""
    generation: str = ""
    warnings: list[ExportWarning] = field(default_factory=list)
    likes_given_count: int | None = None
    exported_at: datetime | None = None
    timezone: str | None = None  # the account's time zone (IANA) where the export gives it

    def as_json(self) -> dict:
        return {
            "owner": self.owner.as_dict(),
            "coverage": self.coverage.as_dict(),
            "coverage_notes": self.coverage.notes,
            "source": self.source,
            "generation": self.generation,
            "warnings": [w.as_json() for w in self.warnings],
            "likes_given_count": self.likes_given_count,
            "exported_at": self.exported_at.isoformat() if self.exported_at else None,
            "timezone": self.timezone,
        }

    @classmethod
    def from_json(cls, d: dict) -> ExportMeta:
        return cls(
            owner=Owner(**d["owner"]),
            coverage=Coverage.from_signals(d["coverage"], d.get("coverage_notes", {})),
            source=d.get("source", ""),
            generation=d.get("generation", ""),
            warnings=[ExportWarning.from_json(w) for w in d.get("warnings", [])],
            likes_given_count=d.get("likes_given_count"),
            exported_at=datetime.fromisoformat(d["exported_at"]) if d.get("exported_at") else None,
            timezone=d.get("timezone"),
        )


@dataclass
class Export:
    """One platform export, or a dataset combining several (``platform == "mixed"``), in the canonical model.

    Every frame has a ``platform`` column; ``meta`` describes the export (for a combined dataset: the whole),
    ``parts`` holds each platform's own meta in a combined dataset. ``links`` ties accounts of one person
    across platforms. ``chat`` holds every message of a chat community (``CHAT_SCHEMA``), None for exports
    of one account's own activity.
    """

    platform: str
    meta: ExportMeta
    posts: pl.DataFrame
    people: pl.DataFrame
    interactions: pl.DataFrame
    parts: dict[str, ExportMeta] = field(default_factory=dict)
    links: pl.DataFrame | None = None
    chat: pl.DataFrame | None = None
    # The next older export of the same account, where a dataset was built from exports of two dates: what the
    # headline cards are compared with. Only while a dataset is built (never stored: its summary is).
    earlier: Export | None = None

    @property
    def owner(self) -> Owner:
        return self.meta.owner

    @property
    def coverage(self) -> Coverage:
        return self.meta.coverage

    @property
    def warnings(self) -> list[ExportWarning]:
        return self.meta.warnings

    @property
    def source(self) -> str:
        return self.meta.source

    @property
    def generation(self) -> str:
        return self.meta.generation

    @property
    def likes_given_count(self) -> int | None:
        return self.meta.likes_given_count

    @property
    def exported_at(self) -> datetime | None:
        return self.meta.exported_at

    @property
    def platforms(self) -> dict[str, ExportMeta]:
        """Each platform of the dataset with its owner and coverage."""
        return self.parts or {self.platform: self.meta}

    def only(self, platform: str) -> Export:
        """The part of the dataset from one platform, as a single-platform Export."""
        if platform == self.platform:
            return self
        keep = pl.col("platform") == platform
        return Export(
            platform=platform,
            meta=self.platforms[platform],
            posts=self.posts.filter(keep),
            people=self.people.filter(keep),
            interactions=self.interactions.filter(keep),
            chat=None if self.chat is None else self.chat.filter(keep),
        )

    def between(self, since: datetime | None = None, until: datetime | None = None) -> Export:
        """The dataset restricted to posts and interactions in [since, until) (people unchanged)."""
        if since is None and until is None:
            return self

        def keep(col: str) -> pl.Expr:
            cond = pl.lit(True)
            if since is not None:
                cond &= pl.col(col) >= since
            if until is not None:
                cond &= pl.col(col) < until
            return cond

        return dataclasses.replace(
            self,
            posts=self.posts.filter(keep("created_at")),
            interactions=self.interactions.filter(keep("at")),
            chat=None if self.chat is None else self.chat.filter(keep("at")),
        )
