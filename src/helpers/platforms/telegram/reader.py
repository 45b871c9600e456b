"""The Telegram Desktop reader: a JSON export (``result.json``, its folder, or a zip) into the canonical model.

What it reads (docs/formats/telegram.md): the chats' messages, whoever wrote them, and the owner's
``personal_information`` (id, names, username: never the phone number). ``contacts`` and ``frequent_contacts``
hold phone numbers and are never decoded.

- Private chats (``personal_chat``): messages both ways with the person the chat is with.
- Groups (``private_group``, ``private_supergroup``, ``public_supergroup``): others can read them, so the
  owner's messages there are posts (``original``, ``reply``, ``thread`` under the owner's own message, ``repost``
  for a forward); replies and mentions between the owner and others are directed contact both ways.
- Channels (``private_channel``, ``public_channel``): the channel writes every post. Its own export makes the
  channel the owner (its posts broadcast originals); a channel the owner only reads adds its posts to no one's
  contact, only reactions the owner gave.
- Left out: service messages (joins, pins, calls, title changes), saved messages, the "Replies" and
  login-code chats, chats with bots, and Telegram's own notification account (777000).

Reactions: ``count`` per emoji (a message's like count) and ``recent``, the latest few who reacted (acts of
applause both ways, never a tier). Mentions: ``mention_name`` names a user id; ``mention`` only "@username",
turned into an id where the username is known (the whole-account owner's) and kept as "@username" otherwise,
an id no "user…", "chat…" or "channel…" peer id can equal.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
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
from helpers.platforms.telegram.documents import RESULT, Document, find_documents, read_document
from helpers.platforms.telegram.messages import Messages, flatten_text, read_messages
from helpers.platforms.telegram.owner import Choice, choose_owner
from helpers.progress import Progress

PLATFORM = "telegram"
# Telegram's service notifications (login codes, "new login" alerts) write from this user id.
SERVICE_ACCOUNT = "user777000"
PUBLIC_KINDS = ("group", "channel")

NOTES = {
    "followers": "Telegram exports list no followers or group members: the people here are those who wrote, "
    "reacted or were mentioned in the exported chats.",
    "following": "Telegram's contact list is never read: it holds phone numbers.",
    "likes_given": "Telegram lists only the latest few people who reacted to each message, so reactions given "
    "and received may be undercounted.",
    "engagement_counts": "Reaction counts are Telegram's own; how often your posts were forwarded is not in the export.",
}
NO_GROUP_NOTE = "The export holds no group chat, so no public replies or mentions by others."


def is_telegram_export(archive: Archive) -> bool:
    """A result.json (or JSON files side by side) whose first bytes show Telegram Desktop's export."""
    return bool(find_documents(archive))


def read_telegram(path: str | Path, progress: Progress | None = None, owner: str | None = None) -> Export:
    """Read a Telegram Desktop JSON export from ``owner``'s view (default: the owner the export names)."""
    say: Progress = progress or (lambda _: None)
    with Archive(path) as archive:
        names = find_documents(archive)
        if not names:
            raise ExportError(
                f"{path}: not a Telegram Desktop export (expected {RESULT} as Telegram Desktop writes it in JSON: "
                "a whole account's chats, or one chat's name, type, id and messages)"
            )
        docs = [(name, read_document(archive, name, say)) for name in names]
    msgs = read_messages(docs, progress)
    if not msgs.chats:
        raise ExportError(f"{path}: the export holds no chats (tick personal chats or groups when exporting)")
    if not msgs.frame.height:
        raise ExportError(f"{path}: the export's chats hold no messages (only service messages or none)")
    excluded = _not_people(msgs)
    choice = choose_owner(str(path), docs, msgs, excluded, owner)
    excluded.discard(choice.owner.account_id or "")
    warnings = _warnings(msgs, choice)
    kept = msgs.frame.filter(~pl.col("source").is_in(list(choice.left_out)))
    chats = [c for c in msgs.chats if c.source not in choice.left_out]
    frame = _with_targets(kept.filter(pl.col("at").is_not_null()), msgs, choice.owner)
    own_id = choice.owner.account_id or ""
    groups = any(c.kind == "group" for c in chats)
    own_channel = any(c.kind == "channel" and c.conversation_id == own_id for c in chats)
    posts = _posts(frame, msgs, choice.owner)
    dms = _owners_private_chats(chats, choice)
    interactions = _interactions(frame, posts, dms, choice.owner, excluded)
    out_reactions = interactions.filter((pl.col("channel") == "reaction") & (pl.col("direction") == "out"))
    notes = dict(NOTES)
    if choice.note:
        notes[choice.note_signal] = choice.note
    if not groups:
        notes["inbound_public"] = notes.get("own_posts", NO_GROUP_NOTE) if own_channel else NO_GROUP_NOTE
    coverage = Coverage(
        own_posts=groups or own_channel,
        followers=False,
        following=False,
        inbound_public=groups,
        messages=any(other not in excluded for other in dms.values()),
        likes_given=msgs.named_reactors,
        engagement_counts=msgs.counted_reactions and (groups or own_channel),
        notes=notes,
    )
    return Export(
        platform=PLATFORM,
        meta=ExportMeta(
            owner=choice.owner,
            coverage=coverage,
            source=str(Path(path).resolve()),
            generation=_generation(docs, choice),
            warnings=warnings,
            likes_given_count=out_reactions.height if msgs.named_reactors else None,
        ),
        posts=conform(posts, POSTS_SCHEMA).select(POSTS_SCHEMA.names()).sort("created_at", "post_id"),
        people=_people(frame, interactions, msgs, choice.owner, excluded),
        interactions=interactions,
        chat=_chat(frame, chats, own_id, excluded),
    )


def _not_people(msgs: Messages) -> set[str]:
    """Accounts that are not people: bots (the chats with them name them), Telegram's notification account, and
    a group writing as itself (an anonymous admin's messages carry the group's own id)."""
    bots = {c.peer for c in msgs.chats if c.kind == "bot" and c.peer}
    return bots | {c.conversation_id for c in msgs.chats if c.kind == "group"} | {SERVICE_ACCOUNT}


def _with_targets(frame: pl.DataFrame, msgs: Messages, owner: Owner) -> pl.DataFrame:
    """Each message with the author of the message it answers and the accounts it mentions, resolved.

    A reply to a service message is not an answer to anyone: in a forum group every message of a topic
    replies to the topic's opening service message (Telegram's API: reply_to with forum_topic) [unverified
    in an export]. A "mention" gives only "@username": the whole-account owner's username is the one Telegram
    shows, so it becomes the owner's id; any other stays "@username".
    """
    usernames = {owner.handle.lower(): owner.account_id} if owner.handle and owner.account_id else {}
    handle = pl.element()
    resolved = pl.when(handle.is_in(list(usernames))).then(handle.replace(usernames)).otherwise(pl.lit("@") + handle)
    targets = frame.select(reply_to="message_id", reply_to_author="author_id")
    return (
        frame.with_columns(
            reply_to=pl.when(pl.col("reply_to").is_in(sorted(msgs.service_ids))).then(None).otherwise("reply_to"),
            mentions=pl.concat_list("mention_ids", pl.col("mention_handles").list.eval(resolved))
            .list.set_difference(pl.concat_list(pl.col("author_id").fill_null("")))
            .list.sort(),
        )
        .join(targets, on="reply_to", how="left", maintain_order="left")
        .sort("at", "message_id", maintain_order=True)
    )


def _posts(frame: pl.DataFrame, msgs: Messages, owner: Owner) -> pl.DataFrame:
    """The owner's messages in groups and in the owner's own channel, as posts."""
    own_id = owner.account_id or ""
    replies = (
        frame.filter(pl.col("reply_to").is_not_null())
        .group_by(target="reply_to")
        .agg(reply_count=pl.len().cast(pl.Int64))
    )
    mine = frame.filter((pl.col("author_id") == own_id) & pl.col("chat_kind").is_in(PUBLIC_KINDS))
    answered = pl.col("reply_to").is_not_null()
    kind = (
        pl.when(pl.col("forwarded"))
        .then(pl.lit("repost"))
        .when(answered & (pl.col("reply_to_author") == own_id))
        .then(pl.lit("thread"))
        .when(answered)
        .then(pl.lit("reply"))
        .otherwise(pl.lit("original"))
    )
    texts = [flatten_text(msgs.texts[i]) for i in mine["row"]]
    posts = (
        mine.join(replies, left_on="message_id", right_on="target", how="left", maintain_order="left")
        .with_columns(kind=kind, text=pl.Series(texts, dtype=pl.String))
        .select(
            platform=pl.lit(PLATFORM),
            post_id="message_id",
            created_at="at",
            kind="kind",
            text="text",
            reply_to_account=pl.when(pl.col("kind").is_in(["reply", "thread"])).then("reply_to_author"),
            reply_to_post=pl.when(pl.col("kind").is_in(["reply", "thread"])).then("reply_to"),
            mentions="mentions",
            # Null where the message's count is damaged (a warning says so); 0 where it has no reaction.
            like_count=pl.col("reactions") if msgs.counted_reactions else pl.lit(None, pl.Int64),
            repost_count=pl.lit(None, pl.Int64),  # the export does not count forwards
            # Replies within the group are in the export; a channel's comments live in another chat.
            reply_count=pl.when(pl.col("chat_kind") == "group").then(pl.col("reply_count").fill_null(0)),
            source_file="source",
            amplified_account="forwarded_from_id",  # Tkonverter's forwarded_from_id; Telegram writes only a name
        )
    )
    return conform(posts, POSTS_SCHEMA).with_columns(mode=voice_mode())


def _owners_private_chats(chats: list, choice: Choice) -> dict[str, str | None]:
    """The owner's private chats, each with the other person: the chat's own id, or when the owner is that
    person, the whole-account owner or the one other person in it (None when that cannot be told)."""
    own = choice.owner.account_id
    holder = choice.holder.account_id if choice.holder else None
    out: dict[str, str | None] = {}
    for c in chats:
        if c.kind != "private" or own is None:
            continue
        if c.peer != own and (own == holder or own in c.authors):
            out[c.conversation_id] = c.peer
        elif c.peer == own:
            others = c.authors - {own}
            other = holder if holder and holder != own else (next(iter(others)) if len(others) == 1 else None)
            out[c.conversation_id] = other
    return out


def _acts(frame: pl.DataFrame, direction: str, account: str, channel: str) -> pl.DataFrame:
    """One act per row of ``frame`` with the person in column ``account``."""
    rows = frame.select(
        platform=pl.lit(PLATFORM),
        at="at",
        direction=pl.lit(direction),
        account_id=account,
        channel=pl.lit(channel),
        ref_id="message_id",
        conversation_id="conversation_id",
        is_group=pl.when(pl.col("chat_kind") == "private").then(False),
    )
    return conform(rows, INTERACTIONS_SCHEMA)


def _interactions(
    frame: pl.DataFrame, posts: pl.DataFrame, dms: dict[str, str | None], owner: Owner, excluded: set[str]
) -> pl.DataFrame:
    """One row per act and person, from the owner's side (docs/adding-a-platform.md)."""
    own_id = owner.account_id or ""
    public = frame.filter(pl.col("chat_kind").is_in(PUBLIC_KINDS))
    others = public.filter(pl.col("author_id") != own_id)
    to_owner = pl.col("reply_to_author") == own_id
    # The owner's posts: replies, mentions, reposts (post_interactions ranks reply over mention per person).
    outgoing = (
        post_interactions(posts, PLATFORM)
        .drop("conversation_id")
        .join(
            frame.select(ref_id="message_id", conversation_id="conversation_id"),
            on="ref_id",
            how="left",
            maintain_order="left",
        )
    )
    incoming_replies = _acts(others.filter(to_owner), "in", "author_id", "reply")
    incoming_mentions = _acts(
        others.filter(pl.col("mentions").list.contains(own_id) & ~to_owner.fill_null(False)),
        "in",
        "author_id",
        "mention",
    )
    private = frame.filter(pl.col("conversation_id").is_in(list(dms))).with_columns(
        other=pl.col("conversation_id").replace_strict(dms, default=None)
    )
    messages = pl.concat(
        [
            _acts(private.filter(pl.col("author_id") == own_id), "out", "other", "message"),
            _acts(private.filter(pl.col("author_id") != own_id), "in", "author_id", "message"),
        ]
    )
    reacted = frame.select("at", "message_id", "conversation_id", "chat_kind", "author_id", "reactors").explode(
        "reactors"
    )
    reactions = pl.concat(
        [
            _acts(
                reacted.filter((pl.col("reactors") == own_id) & (pl.col("author_id") != own_id)),
                "out",
                "author_id",
                "reaction",
            ),
            _acts(
                reacted.filter((pl.col("author_id") == own_id) & (pl.col("reactors") != own_id)),
                "in",
                "reactors",
                "reaction",
            ),
        ]
    )
    rows = pl.concat(
        [conform(f, INTERACTIONS_SCHEMA) for f in (outgoing, incoming_replies, incoming_mentions, messages, reactions)]
    )
    return (
        rows.filter(
            pl.col("account_id").is_not_null()
            & (pl.col("account_id") != own_id)
            & ~pl.col("account_id").is_in(sorted(excluded))
        )
        .unique(["ref_id", "account_id", "direction", "channel"], keep="first", maintain_order=True)
        .sort("at", "ref_id", maintain_order=True)
    )


def _people(
    frame: pl.DataFrame, interactions: pl.DataFrame, msgs: Messages, owner: Owner, excluded: set[str]
) -> pl.DataFrame:
    """Everyone who wrote, reacted, was answered or mentioned; no member list, so follows_owner is null."""
    ids = pl.concat(
        [
            frame.select(account_id="author_id"),
            frame.select(account_id="reactors").explode("account_id"),
            frame.select(account_id="mentions").explode("account_id"),
            interactions.select("account_id"),
        ]
    ).unique()
    ids = ids.filter(
        pl.col("account_id").is_not_null()
        & (pl.col("account_id") != (owner.account_id or ""))
        & ~pl.col("account_id").is_in(sorted(excluded))
    )
    names = pl.DataFrame(
        {"account_id": list(msgs.names), "display_name": list(msgs.names.values())},
        schema={"account_id": pl.String, "display_name": pl.String},
    )
    people = ids.join(names, on="account_id", how="left").with_columns(
        platform=pl.lit(PLATFORM),
        handle=pl.when(pl.col("account_id").str.starts_with("@")).then(pl.col("account_id").str.slice(1)),
        follows_owner=pl.lit(None, pl.Boolean),
        followed_by_owner=pl.lit(None, pl.Boolean),
        followed_at=pl.lit(None, UTC_TIME),
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names()).sort("account_id")


def _chat(frame: pl.DataFrame, chats: list, own_id: str, excluded: set[str]) -> pl.DataFrame:
    """Every message of people talking: private chats and groups, and the owner's own channel; a channel the
    owner only reads broadcasts, no one talks there. Bots and Telegram's notification account left out."""
    read_only = [c.conversation_id for c in chats if c.kind == "channel" and c.conversation_id != own_id]
    with_no_one = [c.conversation_id for c in chats if c.kind == "private" and c.peer in excluded]  # 777000's
    talk = frame.filter(
        pl.col("chat_kind").is_in(["private", "group", "channel"])
        & ~pl.col("conversation_id").is_in(read_only + with_no_one)
        & pl.col("author_id").is_not_null()
        & ~pl.col("author_id").is_in(sorted(excluded))
    )
    rows = talk.select(
        platform=pl.lit(PLATFORM),
        conversation_id="conversation_id",
        message_id="message_id",
        at="at",
        author_id="author_id",
        reply_to_message="reply_to",
        reply_to_author="reply_to_author",
        mentions="mentions",
        is_private=pl.col("chat_kind") == "private",
    )
    return conform(rows, CHAT_SCHEMA).select(CHAT_SCHEMA.names())


def _warnings(msgs: Messages, choice: Choice) -> list[ExportWarning]:
    warnings = [ExportWarning("partial", source, why) for source, why in sorted(choice.left_out.items())]
    frame = msgs.frame.filter(~pl.col("source").is_in(list(choice.left_out)))
    local = frame.filter(pl.col("local_only"))
    for (source,), part in local.group_by(["source"], maintain_order=True):
        warnings.append(
            ExportWarning(
                "partial",
                str(source),
                f"{source}: {part.height:,} of {frame.filter(pl.col('source') == source).height:,} messages have "
                "only the exporting computer's local time (an older export, without date_unixtime): the time zone "
                "is unknown and taken as UTC",
            )
        )
    bad_unix = frame.filter(pl.col("bad_unixtime"))
    for (source,), part in bad_unix.group_by(["source"], maintain_order=True):
        dated = part.filter(pl.col("at").is_not_null()).height
        warnings.append(
            ExportWarning(
                "unreadable",
                str(source),
                f"{source}: {part.height:,} messages with a date_unixtime that is no time in the years 1 to 9999 "
                f"(e.g. {str(part['unixtime'][0])[:40]!r}): {dated:,} dated by their local time (date; the time "
                "zone unknown, taken as UTC), the others not counted",
            )
        )
    for source, n in msgs.bad_counts.items():
        if source not in choice.left_out:
            warnings.append(
                ExportWarning(
                    "unreadable",
                    source,
                    f"{source}: {n:,} messages with a reaction count that is not a number from 0 to 10^12 "
                    "(messages[].reactions[].count): their reaction counts are left out",
                )
            )
    undated = frame.filter(pl.col("at").is_null())
    if undated.height:
        first = str(undated["source"][0])
        warnings.append(
            ExportWarning(
                "unreadable", first, f"{first}: {undated.height:,} messages without a readable date not counted"
            )
        )
    for kind, n in sorted(msgs.unknown_types.items()):
        warnings.append(
            ExportWarning(
                "unsupported_file", None, f"{n} chat(s) of a type this tool does not know ({kind!r}) not read"
            )
        )
    return warnings


def _generation(docs: list[tuple[str, Document]], choice: Choice) -> str:
    def what(doc: Document) -> str:
        if doc.whole_account:
            return "a whole account"
        return f"one {'channel' if doc.type and doc.type.endswith('channel') else 'chat'} ({doc.type})"

    kept = [(name, doc) for name, doc in docs if name not in choice.left_out]
    if len(kept) == 1:
        return f"Telegram Desktop JSON export of {what(kept[0][1])}"
    return "Telegram Desktop JSON exports: " + "; ".join(f"{name}: {what(doc)}" for name, doc in kept)
