"""The Slack workspace export (a zip or its folder) into the canonical model, from one member's side.

A workspace export holds everyone's messages (docs/formats/slack.md). The analysis takes one member's view:
``--owner`` (an id, or a handle with or without @), else the workspace's primary owner as the member list marks
it (``is_primary_owner``); where neither says, ``OwnerNeeded`` names the most active members to choose from.

- ``chat``: every message people wrote (joins, leaves, topic changes, bots and other workspace notices left
  out), a thread reply answering its thread's first message (``reply_to_message``, its author
  ``reply_to_author``), the members it mentions (text tokens and rich-text blocks, once each);
- ``posts``: the owner's messages in channels (public and private): ``original`` at the top level, ``reply``
  in someone else's thread, ``thread`` in their own; likes = reactions, replies = thread replies received;
- ``interactions``: replies and mentions both ways in channels, every message of a direct or group direct
  message the owner is in, reactions both ways (applause);
- ``people``: the member list (bots, app accounts and Slackbot left out) and anyone else who wrote or was named.

Message ids are ``<conversation id>:<ts>``: ``ts`` alone is unique only within a conversation.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning, OwnerNeeded
from helpers.model import (
    CHAT_SCHEMA,
    INTERACTIONS_SCHEMA,
    PEOPLE_SCHEMA,
    POSTS_SCHEMA,
    UTC_TIME,
    Coverage,
    Export,
    ExportMeta,
    Owner,
    conform,
    voice_mode,
)
from helpers.platforms.archive import Archive
from helpers.platforms.post_interactions import post_interactions
from helpers.platforms.slack.messages import Columns, read_day_files
from helpers.platforms.slack.workspace import (
    SLACKBOT,
    Conversation,
    Member,
    find_root,
    read_conversations,
    read_members,
)
from helpers.progress import Progress

PLATFORM = "slack"
KIND_WORDS = {"channel": "public channels", "group": "private channels", "im": "direct messages", "mpim": "group DMs"}
NOTES = {
    "followers": "Everyone in a Slack workspace can read its public channels: its current members are counted as "
    "your audience (people who can read you, not people who chose to follow you); guests count where they share a "
    "channel you wrote in, and people who have left the workspace do not.",
    "following": "Slack has no following: nobody is followed in a workspace.",
    "inbound_public": "A thread reply counts as answering the person who started the thread.",
    "likes_given": "Slack names who reacted to each message but not when: a reaction is dated by its message.",
    "engagement_counts": "Reactions on your messages count as likes and thread replies as replies; Slack has no "
    "reposts.",
}
NO_DMS = (
    "This export holds no direct messages: Slack's Free and Pro plans export public channels only (direct messages "
    "come only with an export of all conversations)."
)
NO_CHANNELS = "This export holds no channels, so you have no posts here and others' replies are not seen."


def is_slack_export(archive: Archive) -> bool:
    root = find_root(archive)
    archive.set_root(root or "")
    return root is not None


def _match(wanted: str, members: dict[str, Member]) -> Member | None:
    """The member ``--owner`` names: an id exactly, else a handle (case-insensitive, with or without @)."""
    w = wanted.strip()
    if w in members and not members[w].bot:
        return members[w]
    handle = w.removeprefix("@").casefold()
    hits = sorted(
        (m for m in members.values() if not m.bot and m.handle and m.handle.casefold() == handle),
        key=lambda m: (m.deleted, m.account_id),  # an active member before a departed one of the same name
    )
    return hits[0] if hits else None


# Epoch seconds a datetime can hold everywhere (Python's too): 0001-01-01 to 9999-12-31. A ts outside is damage
# ("9223372036854.775807" overflowed polars into a Rust panic; "-62167219200" is the year 0, which Python cannot
# hold): it is checked as a number before any datetime is built, and reads as no time at all. A time inside but
# outside 1990-2099 is kept here and left out by loading.without_implausible_dates, with its warning.
EPOCH_MIN, EPOCH_MAX = -62_135_596_800, 253_402_300_799


def _epoch(col: str) -> pl.Expr:
    """``"1452845865.000008"`` (epoch seconds, a string) as a UTC time to the microsecond; null when unreadable
    or outside the years 1 to 9999."""
    parts = pl.col(col).str.strip_chars().str.split_exact(".", 1)
    seconds = parts.struct.field("field_0").cast(pl.Int64, strict=False)
    seconds = pl.when(seconds.is_between(EPOCH_MIN, EPOCH_MAX)).then(seconds)
    micros = (
        parts.struct.field("field_1").fill_null("").str.pad_end(6, "0").str.slice(0, 6).cast(pl.Int64, strict=False)
    )
    micros = pl.when(micros >= 0).then(micros)  # "1.-5": a sign in the fraction is no time either
    return pl.from_epoch(seconds * 1_000_000 + micros, time_unit="us").dt.replace_time_zone("UTC")


def _label(m: Member | None, account_id: str, profiles: dict[str, tuple[str | None, str | None]]) -> str:
    handle, name = (m.handle, m.display_name) if m is not None else profiles.get(account_id, (None, None))
    return f"@{handle}" if handle else name or account_id


def _most_active(talk: pl.DataFrame, members: dict[str, Member], cols: Columns) -> str:
    counts = talk.group_by("author").len().sort(["len", "author"], descending=[True, False])
    if counts.height == 0:
        return "no one has written in it"
    shown = [
        f"{_label(members.get(a), a, cols.profiles)} {n:,}" + (" messages" if i == 0 else "")
        for i, (a, n) in enumerate(counts.head(5).iter_rows())
    ]
    return "most active: " + ", ".join(shown) + (", ..." if counts.height > 5 else "")


def _messages(
    conversations: list[Conversation], cols: Columns, bots: set[str], warnings: list[ExportWarning]
) -> pl.DataFrame:
    """Every message with a time, once, with its conversation, ids and thread."""
    rows = cols.frame().with_columns(at=_epoch("ts"))
    if untimed := rows["at"].null_count():
        first = rows.filter(pl.col("at").is_null()).row(0, named=True)
        file = cols.files[first["file"]]
        warnings.append(
            ExportWarning(
                "unreadable",
                file,
                f"{untimed:,} message(s) with an unreadable time left out (first in {file}: ts {first['ts'][:40]!r})",
            )
        )
        rows = rows.drop_nulls("at")
    # One message per conversation and ts: a merged or re-run export repeats messages, and a thread_broadcast's
    # copy in its thread (slackdump's dedupe keys messages on channel and id the same way, rusq/slackdump#707).
    rows = rows.unique(["conv", "ts"], keep="first", maintain_order=True)
    roots = rows.select("conv", thread_ts="ts", found="root_author", root_present=pl.lit(True))
    # Typed even when empty: a workspace with members and no conversation (the reviewer's empty_ws) reads as an
    # export with no messages, as its member list holds the owner's audience; untyped, the empty columns were
    # of dtype Null and the first filter failed.
    convs = pl.DataFrame(
        {
            "conv": pl.Series(range(len(conversations)), dtype=pl.UInt32),
            "conversation_id": pl.Series([c.conversation_id for c in conversations], dtype=pl.String),
            "channel": pl.Series([c.label for c in conversations], dtype=pl.String),
            "kind": pl.Series([c.kind for c in conversations], dtype=pl.String),
            "is_private": pl.Series([c.is_private for c in conversations], dtype=pl.Boolean),
        }
    )
    files = pl.DataFrame(
        {
            "file": pl.Series(range(len(cols.files)), dtype=pl.UInt32),
            "source_file": pl.Series(cols.files, dtype=pl.String),
        }
    )
    cid = pl.col("conversation_id")
    return (
        rows.join(roots, on=["conv", "thread_ts"], how="left")
        .join(convs, on="conv", how="left")
        .join(files, on="file", how="left")
        .with_columns(
            message_id=cid + ":" + pl.col("ts"),
            reply_to_message=pl.when(pl.col("thread_ts").is_not_null()).then(cid + ":" + pl.col("thread_ts")),
            # The thread's first author: as the export holds that message (Zulip's fixtures hold a parent_user_id
            # that is not the parent's author), else as the reply names it; never a bot or a deleted message's.
            reply_to_author=pl.when(pl.col("thread_ts").is_null())
            .then(None)
            .when(pl.col("root_present"))
            .then(pl.col("found"))
            .when(~pl.col("parent").is_in(list(bots)))
            .then(pl.col("parent")),
        )
        .drop("found", "root_present", "parent")
    )


def _posts(talk: pl.DataFrame, owner_id: str) -> pl.DataFrame:
    """The owner's messages in channels; likes are reactions, replies the thread replies each received."""
    replies = talk.filter(pl.col("reply_to_message").is_not_null()).group_by("reply_to_message").len("reply_count")
    own = talk.filter((pl.col("author") == owner_id) & ~pl.col("is_private"))
    kind = (
        pl.when(pl.col("reply_to_message").is_null())
        .then(pl.lit("original"))
        .when(pl.col("reply_to_author") == owner_id)
        .then(pl.lit("thread"))
        .otherwise(pl.lit("reply"))
    )
    posts = (
        own.join(replies, left_on="message_id", right_on="reply_to_message", how="left")
        .with_columns(
            platform=pl.lit(PLATFORM),
            post_id="message_id",
            created_at="at",
            kind=kind,
            reply_to_account=pl.when(pl.col("reply_to_message").is_not_null()).then("reply_to_author"),
            reply_to_post="reply_to_message",
            like_count="reactions",
            repost_count=pl.lit(None, pl.Int64),
            reply_count=pl.col("reply_count").fill_null(0).cast(pl.Int64),
        )
        .with_columns(mode=voice_mode())
    )
    return conform(posts, POSTS_SCHEMA).select(*POSTS_SCHEMA.names(), "channel").sort("created_at", "post_id")


def _acts(
    frame: pl.DataFrame, direction: str, account: str, channel: str | pl.Expr, is_group: pl.Expr | None = None
) -> pl.DataFrame:
    return frame.select(
        platform=pl.lit(PLATFORM),
        at="at",
        direction=pl.lit(direction),
        account_id=account,
        channel=pl.lit(channel) if isinstance(channel, str) else channel,
        ref_id="message_id",
        conversation_id="conversation_id",
        is_group=is_group if is_group is not None else pl.lit(None, pl.Boolean),
    )


def _interactions(
    talk: pl.DataFrame,
    posts: pl.DataFrame,
    reactions: pl.DataFrame,
    conversations: list[Conversation],
    owner_id: str,
    bots: set[str],
) -> pl.DataFrame:
    """Replies and mentions both ways in channels, messages in the owner's direct messages, reactions both ways."""
    # The owner's replies and mentions in channels, as every reader derives them from the posts.
    out_public = post_interactions(posts, PLATFORM).with_columns(
        conversation_id=pl.col("ref_id").str.extract(r"^([^:]+):", 1)
    )
    others = talk.filter(~pl.col("is_private") & (pl.col("author") != owner_id))
    inbound = (
        pl.concat(
            [
                others.filter(pl.col("reply_to_author") == owner_id).with_columns(rank=pl.lit(0)),
                others.filter(pl.col("mentions").list.contains(owner_id)).with_columns(rank=pl.lit(1)),
            ]
        )
        .sort("rank", maintain_order=True)
        .unique("message_id", keep="first", maintain_order=True)
    )
    in_public = _acts(
        inbound, "in", "author", pl.when(pl.col("rank") == 0).then(pl.lit("reply")).otherwise(pl.lit("mention"))
    )

    # Direct messages: who is in each, as listed and as seen writing (bots never count).
    listed = [(i, m) for i, c in enumerate(conversations) if c.is_private for m in c.members or ()]
    members = (
        pl.concat(
            [
                pl.DataFrame(listed, schema={"conv": pl.UInt32, "member": pl.String}, orient="row"),
                talk.filter(pl.col("is_private")).select("conv", member="author"),
            ]
        )
        .unique()
        .filter(~pl.col("member").is_in(list(bots)))
    )
    mine = members.filter(pl.col("member") == owner_id)["conv"].implode()
    dms = talk.filter(pl.col("is_private") & pl.col("conv").is_in(mine))
    group = pl.col("kind") == "mpim"
    sent = dms.filter(pl.col("author") == owner_id).join(
        members.filter(pl.col("member") != owner_id), on="conv", how="inner"
    )
    messages = [
        _acts(sent, "out", "member", "message", group),
        _acts(dms.filter(pl.col("author") != owner_id), "in", "author", "message", group),
    ]

    # Reactions, once per message and person (several emoji by one person are one act); dated by the message.
    reacted = reactions.join(
        talk.select("row", "message_id", "at", "author", "conversation_id"), on="row", how="inner"
    ).unique(["row", "reactor"], keep="first", maintain_order=True)
    applause = [
        _acts(
            reacted.filter((pl.col("reactor") == owner_id) & (pl.col("author") != owner_id)),
            "out",
            "author",
            "reaction",
        ),
        _acts(
            reacted.filter(
                (pl.col("author") == owner_id) & (pl.col("reactor") != owner_id) & ~pl.col("reactor").is_in(list(bots))
            ),
            "in",
            "reactor",
            "reaction",
        ),
    ]
    frames = [conform(f, INTERACTIONS_SCHEMA) for f in (out_public, in_public, *messages, *applause)]
    every = pl.concat([f.select(INTERACTIONS_SCHEMA.names()) for f in frames])
    return every.filter(pl.col("account_id").is_not_null() & (pl.col("account_id") != owner_id)).sort(
        "at", "ref_id", "account_id", maintain_order=True
    )


def _people(
    members: dict[str, Member],
    cols: Columns,
    chat: pl.DataFrame,
    interactions: pl.DataFrame,
    conversations: list[Conversation],
    owner_id: str,
    bots: set[str],
) -> pl.DataFrame:
    """The member list's people and anyone else seen; the audience: members who can read the owner's channels."""
    wrote_in = set(chat.filter((pl.col("author_id") == owner_id) & ~pl.col("is_private"))["conversation_id"])
    shared = [c for c in conversations if not c.is_private and c.conversation_id in wrote_in]
    # A guest reads only the channels they are in: an audience where they share one with the owner's messages.
    beside = {m for c in shared for m in c.members or ()} if any(c.members for c in shared) else None

    def follows(m: Member) -> bool | None:
        if m.deleted:
            return False
        if not m.guest:
            return True
        return None if beside is None else m.account_id in beside

    listed = [(m.account_id, m.handle, m.display_name, follows(m)) for m in members.values() if not m.bot]
    seen = (
        pl.concat(
            [
                chat.select(account_id="author_id"),
                chat.select(account_id="reply_to_author"),
                chat.select(account_id="mentions").explode("account_id"),
                interactions.select("account_id"),
            ]
        )
        .drop_nulls()
        .unique()["account_id"]
        .to_list()
    )
    extra = [(a, *cols.profiles.get(a, (None, None)), None) for a in sorted(set(seen) - set(members) - bots)]
    people = pl.DataFrame(
        listed + extra,
        schema={"account_id": pl.String, "handle": pl.String, "display_name": pl.String, "follows_owner": pl.Boolean},
        orient="row",
    ).with_columns(
        platform=pl.lit(PLATFORM),
        followed_by_owner=pl.lit(None, pl.Boolean),  # Slack has no following
        followed_at=pl.lit(None, UTC_TIME),
    )
    return (
        conform(people.filter(pl.col("account_id") != owner_id), PEOPLE_SCHEMA)
        .select(PEOPLE_SCHEMA.names())
        .sort("account_id")
    )


def _generation(conversations: list[Conversation]) -> str:
    kinds = [KIND_WORDS[k] for k in KIND_WORDS if any(c.kind == k and c.days for c in conversations)]
    return "Slack workspace export" + (f" ({', '.join(kinds)})" if kinds else " (no messages)")


def read_slack(path: str | Path, progress: Progress | None = None, owner: str | None = None) -> Export:
    """Read a Slack workspace export from ``owner``'s side (default: the workspace's primary owner)."""
    warnings: list[ExportWarning] = []
    with Archive(path) as archive:
        root = find_root(archive)
        if root is None:
            raise ExportError(
                f"{path}: not a Slack workspace export (expected users.json beside channels.json and a folder of "
                "day files per channel)"
            )
        archive.set_root(root)
        members = read_members(archive, warnings)
        conversations = read_conversations(archive, warnings)
        bots = {i for i, m in members.items() if m.bot} | {SLACKBOT}
        humans = {i for i, m in members.items() if not m.bot}
        if owner is not None:
            chosen = _match(owner, members)
            why = f"--owner {owner!r} matches no member of this Slack workspace"
        else:
            primary = [m for m in members.values() if m.primary_owner and not m.bot]
            chosen = primary[0] if len(primary) == 1 else None
            why = "this Slack export does not say whose view to take (" + (
                f"its member list marks {len(primary)} primary owners)" if primary else "no primary owner is marked)"
            )
        pending = chosen.account_id if chosen else (owner.strip() if owner else None)
        cols = read_day_files(archive, conversations, bots, humans, pending, warnings, progress)
        rows = _messages(conversations, cols, bots, warnings)

    talk = rows.filter(pl.col("talking"))
    if chosen is None and pending is not None and pending in set(talk["author"]):
        # --owner names by id someone who wrote but is not on the member list (another workspace's member).
        handle, name = cols.profiles.get(pending, (None, None))
        owner_record = Owner(pending, handle, name)
    elif chosen is None:
        raise OwnerNeeded(f"{path}: {why}; choose one with --owner ({_most_active(talk, members, cols)})")
    else:
        owner_record = Owner(chosen.account_id, chosen.handle, chosen.display_name)
    owner_id = owner_record.account_id
    assert owner_id is not None

    chat = conform(talk.with_columns(platform=pl.lit(PLATFORM), author_id="author"), CHAT_SCHEMA).select(
        CHAT_SCHEMA.names()
    )
    posts = _posts(talk, owner_id)
    interactions = _interactions(talk, posts, cols.reaction_frame(), conversations, owner_id, bots)
    people = _people(members, cols, chat, interactions, conversations, owner_id, bots)

    channels = any(not c.is_private for c in conversations)
    dms = any(c.is_private for c in conversations)
    notes = dict(NOTES)
    if not dms:
        notes["messages"] = NO_DMS
    if not channels:
        notes["own_posts"] = NO_CHANNELS
    coverage = Coverage(
        own_posts=channels,
        followers=True,
        following=False,
        inbound_public=channels,
        messages=dms,
        likes_given=channels or dms,
        engagement_counts=channels,
        notes=notes,
    )
    likes_given = int(interactions.filter((pl.col("channel") == "reaction") & (pl.col("direction") == "out")).height)
    return Export(
        platform=PLATFORM,
        meta=ExportMeta(
            owner=owner_record,
            coverage=coverage,
            source=str(Path(path).resolve()),
            generation=_generation(conversations),
            warnings=warnings,
            likes_given_count=likes_given if coverage.likes_given else None,
            exported_at=None,
        ),
        posts=posts,
        people=people,
        interactions=interactions,
        chat=chat.sort("at", "message_id", maintain_order=True),
    )
