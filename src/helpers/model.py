"""The canonical model every platform reader fills: posts, people, interactions, coverage.

All ids are strings, all times ``Datetime("us", "UTC")``. A value an export does not hold is null,
never 0 or False.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

UTC_TIME = pl.Datetime("us", "UTC")

PLATFORMS = ("x", "mastodon", "bluesky", "threads", "instagram", "facebook", "linkedin", "reddit", "slack", "discord", "csv")
KINDS = ("original", "reply", "thread", "repost", "quote", "comment")
MODES = ("broadcast", "conversation", "amplification")
DIRECTIONS = ("out", "in")
CHANNELS = ("reply", "mention", "quote", "comment", "message", "repost", "like", "reaction")
DIRECTED_CHANNELS = ("reply", "mention", "quote", "comment", "message")
APPLAUSE_CHANNELS = ("repost", "like", "reaction")
TIERS = ("core", "member", "unanswered", "reached", "follower", "following")

POSTS_SCHEMA = pl.Schema(
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

PEOPLE_SCHEMA = pl.Schema(
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

INTERACTIONS_SCHEMA = pl.Schema(
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
    "likes_given",
    "engagement_counts",
)

# What each absent signal means for the reader of a chart: shown next to the charts it affects.
COVERAGE_EXPLANATIONS = {
    "own_posts": "the export holds none of your posts",
    "followers": "the export has no follower list, so passive followers cannot be counted",
    "following": "the export has no list of accounts you follow",
    "inbound_public": "replies and mentions by others are not in the export, so two-way contact is partly inferred",
    "messages": "the export holds no private messages, so private conversation is not counted",
    "likes_given": "the export holds no likes you gave",
    "engagement_counts": "the export has no like or repost counts on your posts",
}


def voice_mode(kind: str = "kind", mentions: str = "mentions") -> pl.Expr:
    """The voice mode of a post (DESIGN.md): reposts and quotes amplify; replies, comments and posts that
    mention another account converse; everything else, self-thread continuations included, broadcasts.

    >>> # kind="reply" -> "conversation"; kind="original", mentions=["7"] -> "conversation"
    """
    k = pl.col(kind)
    return (
        pl.when(k.is_in(["repost", "quote"])).then(pl.lit("amplification"))
        .when(k.is_in(["reply", "comment"]) | (pl.col(mentions).list.len().fill_null(0) > 0)).then(pl.lit("conversation"))
        .otherwise(pl.lit("broadcast"))
        .cast(pl.Enum(MODES))
    )


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

    def as_dict(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in COVERAGE_SIGNALS}

    def caveat(self, signal: str) -> str | None:
        """One sentence for a chart that needs ``signal``, or None when the export holds it."""
        if getattr(self, signal):
            return self.notes.get(signal)
        return self.notes.get(signal) or COVERAGE_EXPLANATIONS[signal]


@dataclass
class Export:
    """One platform export (or a dataset built from it) in the canonical model."""

    platform: str
    owner: Owner
    posts: pl.DataFrame
    people: pl.DataFrame
    interactions: pl.DataFrame
    coverage: Coverage
    source: str = ""
    generation: str = ""
    warnings: list[str] = field(default_factory=list)
    likes_given_count: int | None = None

    def write(self, folder: str | Path) -> Path:
        """Save as parquet tables plus ``meta.json`` in ``folder`` (created; files replaced atomically)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("posts", "people", "interactions"):
            tmp = folder / f".{name}.parquet.tmp"
            getattr(self, name).write_parquet(tmp)
            tmp.replace(folder / f"{name}.parquet")
        meta = {
            "platform": self.platform,
            "owner": self.owner.as_dict(),
            "coverage": self.coverage.as_dict(),
            "coverage_notes": self.coverage.notes,
            "source": self.source,
            "generation": self.generation,
            "warnings": self.warnings,
            "likes_given_count": self.likes_given_count,
        }
        tmp = folder / ".meta.json.tmp"
        tmp.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
        tmp.replace(folder / "meta.json")
        return folder

    @classmethod
    def read(cls, folder: str | Path) -> "Export":
        """Load what :meth:`write` saved."""
        folder = Path(folder)
        meta = json.loads((folder / "meta.json").read_text())
        coverage = Coverage(**meta["coverage"], notes=meta.get("coverage_notes", {}))
        return cls(
            platform=meta["platform"],
            owner=Owner(**meta["owner"]),
            posts=conform(pl.read_parquet(folder / "posts.parquet"), POSTS_SCHEMA),
            people=conform(pl.read_parquet(folder / "people.parquet"), PEOPLE_SCHEMA),
            interactions=conform(pl.read_parquet(folder / "interactions.parquet"), INTERACTIONS_SCHEMA),
            coverage=coverage,
            source=meta.get("source", ""),
            generation=meta.get("generation", ""),
            warnings=meta.get("warnings", []),
            likes_given_count=meta.get("likes_given_count"),
        )
