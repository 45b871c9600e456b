"""The Discord reader: DiscordChatExporter JSON (a server's channels, threads and DMs, everyone's messages) or
Discord's own data package (only the owner's messages), recognised and read through one entry point.

DiscordChatExporter does not say whose export it is: the view is the ``--owner`` account's, and without one
the reader stops with the most active accounts to choose from (never guessing). The data package names its
owner in ``account/user.json`` (package.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, OwnerNeeded
from helpers.model import Coverage, Export, ExportMeta, Owner
from helpers.platforms.archive import Archive
from helpers.platforms.discord import chat, dce, package

Progress = Callable[[str], None]
GENERATION = "DiscordChatExporter JSON"
TOP_ACCOUNTS = 5

NOTES = {
    "followers": "A DiscordChatExporter export lists only the people who wrote or reacted in the exported "
    "channels, not the server's members: people who only read cannot be counted.",
    "following": "Discord has no follows.",
    "inbound_public": "Replies and mentions by others are in the exported channels: two-way contact is seen, "
    "in the channels that were exported.",
    "likes_given_missing": "Reactions here are counted but do not name who reacted (DiscordChatExporter lists "
    "reacting people from version 2.40.4, July 2023): reactions you gave cannot be counted.",
    "engagement_counts": "Counts are reactions (every emoji) and replies in the export; Discord has no reposts count.",
    "messages_missing": "The export holds no direct messages you wrote in: private conversation is not counted.",
}


def _silent(_: str) -> None:
    return None


def is_discord_export(archive: Archive) -> bool:
    """A data package (``messages/index.json`` and channel folders) or DiscordChatExporter JSON files."""
    try:
        root = package.find_root(archive)
        if root is None:
            root = dce.find_root(archive)
    except (ExportError, OSError, ValueError):
        root = None
    archive.set_root(root or "")
    return root is not None


def _most_active(messages: pl.DataFrame, table: dce.Table) -> str:
    """The most active accounts, "@name 1,234 messages, @other 567, ...", for OwnerNeeded."""
    names = pl.DataFrame(
        [(uid, handle, nick) for uid, (handle, nick) in table.users.items()],
        schema={"author_id": pl.String, "handle": pl.String, "display_name": pl.String},
        orient="row",
    )
    counts = (
        messages.group_by("author_id")
        .len()
        .join(names, on="author_id", how="left")
        .with_columns(
            label=pl.coalesce(
                pl.lit("@") + pl.when(pl.col("handle") != "").then("handle"),
                pl.when(pl.col("display_name") != "").then("display_name"),
                "author_id",
            )
        )
        .sort(["len", "label"], descending=[True, False])
    )
    shown = [f"{label} {n:,}" for label, n in counts.head(TOP_ACCOUNTS).select("label", "len").iter_rows()]
    if shown:
        shown[0] += " messages"
    return ", ".join(shown) + (", ..." if counts.height > TOP_ACCOUNTS else "")


def choose_owner(path: str | Path, messages: pl.DataFrame, table: dce.Table, owner: str | None) -> Owner:
    """The account ``--owner`` names (its id, or its name with or without @, any case); OwnerNeeded otherwise."""
    if owner is None:
        raise OwnerNeeded(
            f"{path}: a DiscordChatExporter export does not say whose view to take; choose one with --owner "
            f"(most active: {_most_active(messages, table)})"
        )
    wanted = owner.strip()
    people = {uid: names for uid, names in table.users.items() if uid not in table.bots}
    if wanted in people:
        hits = [wanted]
    else:
        name = wanted.removeprefix("@").casefold()
        hits = sorted(uid for uid, (handle, _) in people.items() if handle and handle.casefold() == name)
    if not hits:
        raise OwnerNeeded(
            f"{path}: --owner {owner} names no one in this DiscordChatExporter export; choose one with --owner "
            f"(most active: {_most_active(messages, table)})"
        )
    if len(hits) > 1:
        raise OwnerNeeded(
            f"{path}: --owner {owner} names {len(hits)} accounts in this DiscordChatExporter export; choose one by "
            f"id ({', '.join(hits)})"
        )
    handle, display = people[hits[0]]
    return Owner(hits[0], handle or None, display or None)


def read_discord(path: str | Path, progress: Progress | None = None, owner: str | None = None) -> Export:
    """Read a Discord export (a zip, a folder or one file) from the view of ``owner`` (``--owner``)."""
    progress = progress or _silent
    with Archive(path) as archive:
        root = package.find_root(archive)
        if root is not None:
            archive.set_root(root)
            return package.read_package(archive, Path(path), owner, progress)
        root = dce.find_root(archive)
        if root is None:
            raise ExportError(
                f"{path}: not a Discord export (expected DiscordChatExporter JSON files, each starting with "
                '{"guild": ..., "channel": ..., "messages": [...]}, or a data package with messages/index.json)'
            )
        archive.set_root(root)
        table = dce.read_table(archive, progress)
    messages = chat.community_messages(table)
    if messages.height == 0:
        raise ExportError(
            f"{path}: the DiscordChatExporter files hold no message written by a person (only service messages "
            "or bots, or none at all); nothing to read"
        )
    chosen = choose_owner(path, messages, table, owner)
    me = chosen.account_id
    assert me is not None
    warnings = list(table.warnings)
    interactions = chat.owner_interactions(messages, table, me, warnings)
    private = messages.filter("is_private")
    shared = messages.height > private.height
    owner_private = private.filter(pl.col("author_id") == me).height > 0
    notes = {k: v for k, v in NOTES.items() if not k.endswith("_missing")}
    if not table.reactions_listed:
        notes["likes_given"] = NOTES["likes_given_missing"]
    if not owner_private:
        notes["messages"] = NOTES["messages_missing"]
    if not shared:
        notes.pop("inbound_public")
    if not (shared and table.reactions_counted):
        notes.pop("engagement_counts")
    coverage = Coverage(
        own_posts=shared,
        followers=False,
        following=False,
        inbound_public=shared,
        messages=owner_private,
        likes_given=table.reactions_listed,
        engagement_counts=shared and table.reactions_counted,
        notes=notes,
    )
    likes_given = int(table.reactions.filter(pl.col("user_id") == me).height) if table.reactions_listed else None
    return Export(
        platform=chat.PLATFORM,
        meta=ExportMeta(
            owner=chosen,
            coverage=coverage,
            source=str(Path(path).resolve()),
            generation=GENERATION,
            warnings=warnings,
            likes_given_count=likes_given,
            exported_at=table.exported_at,
        ),
        posts=chat.owner_posts(messages, me),
        people=chat.people(table, messages, me),
        interactions=interactions,
        chat=chat.chat_frame(messages),
    )
