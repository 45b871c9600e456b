"""Several exports into one dataset: platforms side by side, and exports of one account from different
dates deduplicated (the newer export wins for counts and follow edges).

People stay per platform: an account on X and one on Mastodon are two people unless a links file says they
are one (``person,platform,account_id``: one row per account, the same ``person`` label for one human).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from helpers.errors import ExportError
from helpers.model import (
    CHAT_SCHEMA,
    COVERAGE_SIGNALS,
    INTERACTIONS_SCHEMA,
    LINKS_SCHEMA,
    PEOPLE_SCHEMA,
    POSTS_SCHEMA,
    Coverage,
    Export,
    ExportMeta,
    conform,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _chats(exports: list[Export], unique: bool = False) -> pl.DataFrame | None:
    """The chat messages of the exports that hold them, one frame; None when none does."""
    chats = [e.chat for e in exports if e.chat is not None]
    if not chats:
        return None
    chat = conform(pl.concat(chats, how="diagonal_relaxed"), CHAT_SCHEMA)
    if unique:  # exports of one community from different dates: each message once, the newest copy
        chat = chat.unique(["platform", "conversation_id", "message_id"], keep="first", maintain_order=True)
    return chat.sort("at")


def export_date(export: Export) -> datetime:
    """When the export was made, or else its latest dated record: what orders two exports of one account."""
    if export.exported_at is not None:
        return export.exported_at
    latest = [f[c].max() for f, c in ((export.posts, "created_at"), (export.interactions, "at")) if f.height]
    dated = [d for d in latest if isinstance(d, datetime)]  # the columns are Datetime: every non-null value
    return max(dated) if dated else _EPOCH


def merge_same_account(exports: list[Export]) -> Export:
    """Exports of one account and platform from different dates: one export, the newest wins."""
    ordered = sorted(exports, key=export_date, reverse=True)  # newest first
    newest = ordered[0]
    posts = pl.concat([e.posts for e in ordered], how="diagonal_relaxed").unique(
        ["platform", "post_id"], keep="first", maintain_order=True
    )
    interactions = pl.concat([e.interactions for e in ordered], how="diagonal_relaxed").unique(
        ["platform", "direction", "account_id", "channel", "ref_id"], keep="first", maintain_order=True
    )
    # Follow edges are a snapshot: where the newest export has the list, someone absent from it no longer
    # follows (or is no longer followed). Names and handles: the newest known.
    people = pl.concat([e.people for e in ordered], how="diagonal_relaxed")
    first_seen = people.unique("account_id", keep="first", maintain_order=True)
    in_newest = pl.col("account_id").is_in(newest.people["account_id"].implode())
    flags = {}
    for col, signal in (("follows_owner", "followers"), ("followed_by_owner", "following")):
        if getattr(newest.coverage, signal):
            flags[col] = pl.when(in_newest).then(pl.col(col)).otherwise(False).fill_null(False)
    people = first_seen.with_columns(**flags) if flags else first_seen
    coverage = Coverage.from_signals(
        {s: any(getattr(e.coverage, s) for e in ordered) for s in COVERAGE_SIGNALS},
        {k: v for e in reversed(ordered) for k, v in e.coverage.notes.items()},
    )
    meta = ExportMeta(
        owner=newest.owner,
        coverage=coverage,
        source="; ".join(e.source for e in ordered),
        generation=newest.generation,
        warnings=[w for e in ordered for w in e.warnings],
        likes_given_count=newest.likes_given_count,
        exported_at=export_date(newest),
    )
    return Export(
        platform=newest.platform,
        meta=meta,
        posts=conform(posts, POSTS_SCHEMA).sort("created_at"),
        people=conform(people, PEOPLE_SCHEMA),
        interactions=conform(interactions, INTERACTIONS_SCHEMA).sort("at"),
        chat=_chats(ordered, unique=True),
        earlier=merge_same_account(ordered[1:]) if len(ordered) > 1 else None,
    )


def read_links(path: str | Path) -> pl.DataFrame:
    """The links file: a CSV with columns person, platform, account_id."""
    path = Path(path)
    try:
        links = pl.read_csv(path, schema_overrides=dict(LINKS_SCHEMA), infer_schema=False)
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise ExportError(
            f"{path}: unreadable links file ({str(exc).splitlines()[0]}); expected CSV columns person,platform,account_id"
        ) from None
    missing = [c for c in LINKS_SCHEMA if c not in links.columns]
    if missing:
        raise ExportError(
            f"{path}: links file lacks column(s) {', '.join(missing)}; expected person,platform,account_id"
        )
    return links.select(LINKS_SCHEMA.names()).drop_nulls()


def combine(exports: list[Export], links: pl.DataFrame | None = None) -> Export:
    """One dataset from several exports: same account and platform merged, platforms kept side by side."""
    if not exports:
        raise ExportError("no export given")
    groups: dict[tuple[str, str | None], list[Export]] = {}
    for e in exports:
        groups.setdefault((e.platform, e.owner.account_id), []).append(e)
    merged = [merge_same_account(g) for g in groups.values()]
    platforms = [m.platform for m in merged]
    duplicate = {p for p in platforms if platforms.count(p) > 1}
    if duplicate:
        p = sorted(duplicate)[0]
        owners = ", ".join(str(m.owner.handle or m.owner.account_id) for m in merged if m.platform == p)
        raise ExportError(
            f"exports of different {p} accounts ({owners}) cannot be one dataset; build one dataset per account"
        )
    if len(merged) == 1 and links is None:
        return merged[0]
    primary = max(merged, key=lambda m: m.posts.height)
    likes = [m.likes_given_count for m in merged if m.likes_given_count is not None]
    meta = ExportMeta(
        owner=primary.owner,
        coverage=Coverage.from_signals({s: any(getattr(m.coverage, s) for m in merged) for s in COVERAGE_SIGNALS}),
        source="; ".join(m.source for m in merged),
        generation=", ".join(f"{m.platform}: {m.generation}" for m in merged),
        warnings=[w.within(m.platform) for m in merged for w in m.warnings],
        likes_given_count=sum(likes) if likes else None,
        exported_at=max(export_date(m) for m in merged),
    )
    return Export(
        platform="mixed" if len(merged) > 1 else merged[0].platform,
        meta=meta,
        posts=conform(pl.concat([m.posts for m in merged], how="diagonal_relaxed"), POSTS_SCHEMA).sort("created_at"),
        people=conform(pl.concat([m.people for m in merged], how="diagonal_relaxed"), PEOPLE_SCHEMA),
        interactions=conform(
            pl.concat([m.interactions for m in merged], how="diagonal_relaxed"), INTERACTIONS_SCHEMA
        ).sort("at"),
        parts={m.platform: dataclasses.replace(m.meta, exported_at=export_date(m)) for m in merged},
        links=links,
        chat=_chats(merged),
    )
