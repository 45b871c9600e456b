"""Friends, followers and followed accounts of a Facebook export, and the ``people`` table.

Facebook friendship is mutual, so a friend counts as a two-way follow edge (follows the owner and is followed
by the owner), dated by when the friendship began. ``people_who_followed_you`` (followers that are not
friends) and ``who_you've_followed`` / ``pages_you_follow`` (people and Pages followed) add one-way edges.
Where the export has a friend list but no follower list, people outside it have ``follows_owner`` null:
the export cannot say whether they follow (and likewise for ``followed_by_owner``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import polars as pl

from helpers.model import PEOPLE_SCHEMA, conform
from helpers.platforms.archive import Archive
from helpers.platforms.facebook import structs as s
from helpers.platforms.facebook.files import read_each
from helpers.platforms.facebook.text import clean_name, person_key
from helpers.platforms.meta.common import epoch_to_utc

RELATION_FILES = {
    "friends": ("friends", "a JSON object with friends_v2 (or friends): a list of {name, timestamp}"),
    "followers": ("followers", "a JSON object with followers_v3 (or followers_v2, followers), or a JSON array"),
    "following": ("following", "a JSON object with following_v3 (or following_v2, following)"),
    # Pages followed: {"timestamp", "data": [{"name"}], "title"}. seen: hudi-connectors-2022-it/pages/pages_you_follow.json
    "pages_followed": ("following", "a JSON object with pages_followed_v2"),
}


@dataclass
class Relations:
    """Names (with the date, when given) on each list, and which lists the export holds."""

    lists: dict[str, list[tuple[str, int | None]]] = field(
        default_factory=lambda: {"friends": [], "followers": [], "following": []}
    )
    present: set[str] = field(default_factory=set)

    @property
    def follower_list(self) -> bool:
        return "followers" in self.present or "friends" in self.present

    @property
    def following_list(self) -> bool:
        return "following" in self.present or "friends" in self.present

    def names(self) -> list[str]:
        return [n for entries in self.lists.values() for n, _ in entries]


def read_relations(archive: Archive, files: dict[str, list[str]], progress: Callable[[str], None]) -> Relations:
    """Every relation list present (an empty list is a known zero, not an absent list)."""
    rel = Relations()
    for kind, (target, expected) in RELATION_FILES.items():
        if not files[kind]:
            continue
        rel.present.add(target)
        for _, a in read_each(archive, files[kind], s.Activity, expected, progress):
            raw = a.name or next((d.name for d in a.data if d.name), None) or a.title
            name = clean_name(raw)
            if name:
                rel.lists[target].append((name, int(a.timestamp) if a.timestamp else None))
    return rel


def _edges(entries: list[tuple[str, int | None]], kind: str) -> pl.DataFrame:
    """One row per person on a list: ``in_<kind>`` (true) and ``<kind>_ts`` (the earliest date, or null)."""
    return (
        pl.DataFrame(
            {
                "account_id": [person_key(n) for n, _ in entries],
                "display_name": [n for n, _ in entries],
                f"{kind}_ts": [ts for _, ts in entries],
            },
            schema={"account_id": pl.String, "display_name": pl.String, f"{kind}_ts": pl.Int64},
        )
        .group_by("account_id", maintain_order=True)
        .agg(pl.col("display_name").first(), pl.col(f"{kind}_ts").min(), pl.lit(True).alias(f"in_{kind}"))
    )


def people_frame(rel: Relations, named: Iterable[str], owner_keys: set[str]) -> pl.DataFrame:
    """One row per person the export names (lists, messages, comments, reactions, mentions), keyed by name."""
    others = list(named)
    edges = {kind: _edges(rel.lists[kind], kind) for kind in ("friends", "followers", "following")}
    everyone = (
        pl.concat(
            [
                *(e.select("account_id", "display_name") for e in edges.values()),
                pl.DataFrame(
                    {"account_id": [person_key(n) for n in others], "display_name": others},
                    schema={"account_id": pl.String, "display_name": pl.String},
                ),
            ]
        )
        .filter(pl.col("account_id") != "")
        .group_by("account_id", maintain_order=True)
        .agg(pl.col("display_name").first())
    )
    friend, follower, following = (pl.col(f"in_{k}").fill_null(False) for k in edges)
    unknown = pl.lit(None, pl.Boolean)
    follows = (friend | follower) if "followers" in rel.present else pl.when(friend).then(True).otherwise(unknown)
    followed = (friend | following) if "following" in rel.present else pl.when(friend).then(True).otherwise(unknown)
    people = everyone
    for e in edges.values():
        people = people.join(e.drop("display_name"), on="account_id", how="left")
    people = (
        people.filter(~pl.col("account_id").is_in(list(owner_keys)))
        .with_columns(
            platform=pl.lit("facebook"),
            handle=pl.lit(None, pl.String),  # Facebook exports name people, never their handle or id
            follows_owner=follows if rel.follower_list else unknown,
            followed_by_owner=followed if rel.following_list else unknown,
            # When they began following the owner (follower list, else friendship); else when the owner followed them.
            since=pl.coalesce("followers_ts", "friends_ts", "following_ts"),
        )
        .with_columns(followed_at=epoch_to_utc("since"))
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names()).sort("account_id")
