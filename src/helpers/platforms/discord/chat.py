"""A DiscordChatExporter table into the canonical model: the community's messages (``Export.chat``) and one
account's view of them (posts, people, interactions).

- Replies: a message's ``reference`` names its target; its author is known when the target is in the export.
- Threads: a thread started from a message has that message's id [Discord API: "Start Thread from Message"];
  where the parent channel's export holds a person's message with the thread's id, the thread's messages
  answer it (its root). A thread started without a message (``ThreadCreated``, a service message with the
  thread's id [slatinsky general, zulip private]) has no root: its messages stand alone.
- Forwards are reposts of the forwarded message (its author known when it is in the export), not replies.
- Private conversations (DMs and group DMs): a file names no members, so the people in one are those who
  wrote in it; the owner's messages go to each of them.
- Reactions: who reacted, where the export lists it; a reaction carries no date of its own, so it is dated
  at the message it is on.
"""

from __future__ import annotations

import polars as pl

from helpers.errors import ExportWarning
from helpers.model import (
    CHAT_SCHEMA,
    INTERACTIONS_SCHEMA,
    PEOPLE_SCHEMA,
    POSTS_SCHEMA,
    UTC_TIME,
    conform,
    voice_mode,
)
from helpers.platforms.discord.dce import Table

PLATFORM = "discord"
PRIVATE_KINDS = ("dm", "group", "private")


def community_messages(table: Table) -> pl.DataFrame:
    """Every message by a person (bots left out), with its reply target and its target's author resolved.

    Columns: CHAT_SCHEMA's, then is_group, forwarded (bool), forwarded_author, target_conversation (where the
    message it answers or forwards lives), ref_message, content, reaction_total, source_file.
    """
    bots = list(table.bots)
    conv = table.conversations.select("conversation_id", "kind", "parent_id")
    human = table.messages.filter(~pl.col("author_id").is_in(bots)).join(conv, on="conversation_id", how="left")
    # A private conversation whose type does not say (no channel type, "Direct Messages" guild) is a group
    # when more than two people wrote in it.
    writers = human.group_by("conversation_id").agg(writers=pl.col("author_id").n_unique())
    human = human.join(writers, on="conversation_id", how="left").with_columns(
        is_private=pl.col("kind").is_in(PRIVATE_KINDS),
        is_group=(pl.col("kind") == "group") | ((pl.col("kind") == "private") & (pl.col("writers") > 2)),
    )
    forwarded = pl.col("ref_type").str.to_lowercase().fill_null("") == "forward"
    replying = pl.col("ref_message").is_not_null() & ~forwarded
    keys = human.select("conversation_id", "message_id", "author_id").unique(
        ["conversation_id", "message_id"], keep="first"
    )
    human = human.with_columns(forwarded=forwarded, replying=replying).join(
        keys.rename({"conversation_id": "ref_conversation", "message_id": "ref_message", "author_id": "ref_author"}),
        on=["ref_conversation", "ref_message"],
        how="left",
    )
    # A thread's root: the message with the thread's id, in the parent channel (a thread started from a
    # message) or first in the thread itself (a forum post) [Discord API: a thread started from a message
    # takes its id]. A message in the thread that answers nothing else answers its root.
    in_thread = (pl.col("kind") == "thread") & pl.col("ref_message").is_null()
    roots = keys.rename({"message_id": "root", "author_id": "root_author"})
    human = (
        human.with_columns(root=pl.when(in_thread).then("conversation_id"))
        .join(
            roots.rename({"conversation_id": "parent_id", "root_author": "root_in_parent"}),
            on=["parent_id", "root"],
            how="left",
        )
        .join(roots.rename({"root_author": "root_in_thread"}), on=["conversation_id", "root"], how="left")
        .with_columns(
            root_author=pl.when(pl.col("message_id") != pl.col("root")).then(
                pl.coalesce("root_in_parent", "root_in_thread")
            ),
            root_conversation=pl.when(pl.col("root_in_parent").is_not_null())
            .then("parent_id")
            .otherwise("conversation_id"),
        )
    )
    rooted = pl.col("root_author").is_not_null()
    human = human.with_columns(
        reply_to_message=pl.when("replying").then("ref_message").when(rooted).then("root"),
        reply_to_author=pl.when("replying").then("ref_author").when(rooted).then("root_author"),
        forwarded_author=pl.when("forwarded").then("ref_author"),
        target_conversation=pl.when(pl.col("replying") | pl.col("forwarded"))
        .then("ref_conversation")
        .when(rooted)
        .then("root_conversation"),
    )
    # Mentions: each account once per message, never the author, never a bot.
    mentions = (
        table.mentions.join(human.select("row", "author_id"), on="row", how="inner")
        .filter((pl.col("mention") != pl.col("author_id")) & ~pl.col("mention").is_in(bots))
        .group_by("row", maintain_order=True)
        .agg(mentions="mention")
    )
    human = human.join(mentions, on="row", how="left").with_columns(
        pl.col("mentions").fill_null(pl.lit([], pl.List(pl.String)))
    )
    return (
        human.with_columns(platform=pl.lit(PLATFORM))
        .select(
            *CHAT_SCHEMA.names(),
            "is_group",
            "forwarded",
            "forwarded_author",
            "target_conversation",
            "ref_message",
            "content",
            "reaction_total",
            "source_file",
        )
        .sort("at", "conversation_id", "message_id", maintain_order=True)
    )


def chat_frame(messages: pl.DataFrame) -> pl.DataFrame:
    return conform(messages.select(CHAT_SCHEMA.names()), CHAT_SCHEMA)


def owner_posts(messages: pl.DataFrame, owner: str) -> pl.DataFrame:
    """The owner's messages in shared conversations (servers' channels and threads): DMs are not posts."""
    replies = (
        messages.filter(pl.col("reply_to_message").is_not_null())
        .group_by(conversation_id="target_conversation", message_id="reply_to_message")
        .agg(reply_count=pl.len().cast(pl.Int64))
    )
    own = messages.filter((pl.col("author_id") == owner) & ~pl.col("is_private"))
    posts = (
        own.join(replies, on=["conversation_id", "message_id"], how="left")
        .with_columns(
            kind=pl.when("forwarded")
            .then(pl.lit("repost"))
            .when(pl.col("reply_to_message").is_not_null() & (pl.col("reply_to_author") == owner))
            .then(pl.lit("thread"))
            .when(pl.col("reply_to_message").is_not_null())
            .then(pl.lit("reply"))
            .otherwise(pl.lit("original")),
            reply_to_post=pl.when("forwarded").then("ref_message").otherwise("reply_to_message"),
            reply_to_account=pl.when("forwarded").then("forwarded_author").otherwise("reply_to_author"),
            reply_count=pl.col("reply_count").fill_null(0),
        )
        .select(
            platform=pl.lit(PLATFORM),
            post_id="message_id",
            created_at="at",
            kind="kind",
            text="content",
            reply_to_account="reply_to_account",
            reply_to_post="reply_to_post",
            mentions="mentions",
            like_count="reaction_total",
            repost_count=pl.lit(None, pl.Int64),
            reply_count="reply_count",
            source_file="source_file",
            conversation_id="conversation_id",
        )
        # Only anonymised files repeat a message id in two channels [mlomb]: a post counts once.
        .unique("post_id", keep="first", maintain_order=True)
    )
    posts = conform(posts, POSTS_SCHEMA)
    return posts.with_columns(mode=voice_mode()).select(*POSTS_SCHEMA.names(), "conversation_id")


def _rows(frame: pl.DataFrame, direction: str, account: str | pl.Expr, channel: str, rank: int) -> pl.DataFrame:
    return frame.select(
        at="at",
        direction=pl.lit(direction),
        account_id=account,
        channel=pl.lit(channel),
        ref_id="message_id",
        conversation_id="conversation_id",
        is_group=pl.lit(None, pl.Boolean),
        rank=pl.lit(rank),
    )


def owner_interactions(messages: pl.DataFrame, table: Table, owner: str, warnings: list[ExportWarning]) -> pl.DataFrame:
    """Every act between the owner and another person, one row per act and person, from the owner's side."""
    me = pl.col("author_id") == owner
    public = messages.filter(~pl.col("is_private"))
    directed = [
        _rows(
            public.filter(me & pl.col("reply_to_author").is_not_null() & (pl.col("reply_to_author") != owner)),
            "out",
            pl.col("reply_to_author"),
            "reply",
            0,
        ),
        _rows(public.filter(~me & (pl.col("reply_to_author") == owner)), "in", pl.col("author_id"), "reply", 0),
        _rows(public.filter(me).explode("mentions").drop_nulls("mentions"), "out", pl.col("mentions"), "mention", 1),
        _rows(public.filter(~me & pl.col("mentions").list.contains(owner)), "in", pl.col("author_id"), "mention", 1),
        _rows(
            messages.filter(me & pl.col("forwarded_author").is_not_null() & (pl.col("forwarded_author") != owner)),
            "out",
            pl.col("forwarded_author"),
            "repost",
            2,
        ),
        _rows(messages.filter(~me & (pl.col("forwarded_author") == owner)), "in", pl.col("author_id"), "repost", 2),
    ]
    acts = [
        pl.concat(directed)
        .sort("rank", maintain_order=True)
        .unique(["ref_id", "conversation_id", "account_id", "direction"], keep="first", maintain_order=True)
        .drop("rank")
    ]
    acts.append(_private(messages, owner, warnings))
    if table.reactions_listed:
        acts.append(_reactions(messages, table, owner))
    # Every act is Discord's (the frames above are built from several row makers; one platform for all).
    return (
        conform(pl.concat(acts, how="diagonal_relaxed"), INTERACTIONS_SCHEMA)
        .with_columns(platform=pl.lit(PLATFORM))
        .sort("at", "conversation_id", "ref_id", "account_id", maintain_order=True)
    )


def _private(messages: pl.DataFrame, owner: str, warnings: list[ExportWarning]) -> pl.DataFrame:
    """``message`` rows for the DMs and group DMs the owner wrote in: out to each other writer, in from each."""
    private = messages.filter("is_private")
    members = private.group_by("conversation_id").agg(
        others=pl.col("author_id").filter(pl.col("author_id") != owner).unique().sort(),
        mine=(pl.col("author_id") == owner).sum(),
        n=pl.len(),
    )
    theirs = members.filter(pl.col("mine") == 0)
    if theirs.height:
        warnings.append(
            ExportWarning(
                "partial",
                None,
                f"{theirs.height:,} private conversation(s) in which you never wrote ({theirs['n'].sum():,} "
                "messages) are not counted as messages with you: a DiscordChatExporter file does not list a "
                "conversation's members",
            )
        )
    alone = members.filter((pl.col("mine") > 0) & (pl.col("others").list.len() == 0))
    if alone.height:
        warnings.append(
            ExportWarning(
                "partial",
                None,
                f"{alone['mine'].sum():,} of your private messages in {alone.height:,} conversation(s) where no one "
                "else wrote are not counted: a DiscordChatExporter file does not say whom they went to",
            )
        )
    mine = members.filter(pl.col("mine") > 0).select("conversation_id", "others")
    private = private.join(mine, on="conversation_id", how="inner")
    columns = {
        "at": "at",
        "ref_id": "message_id",
        "conversation_id": "conversation_id",
        "is_group": "is_group",
        "channel": pl.lit("message"),
    }
    out = (
        private.filter(pl.col("author_id") == owner)
        .explode("others")
        .drop_nulls("others")
        .select(**columns, direction=pl.lit("out"), account_id="others")
    )
    inbound = private.filter(pl.col("author_id") != owner).select(
        **columns, direction=pl.lit("in"), account_id="author_id"
    )
    return pl.concat([out, inbound])


def _reactions(messages: pl.DataFrame, table: Table, owner: str) -> pl.DataFrame:
    """``reaction`` out (the owner reacted to someone's message) and in (someone reacted to the owner's)."""
    on = table.reactions.filter(~pl.col("user_id").is_in(list(table.bots))).join(
        messages.select("conversation_id", "message_id", "at", "author_id"),
        on=["conversation_id", "message_id"],
        how="inner",
    )
    out = on.filter((pl.col("user_id") == owner) & (pl.col("author_id") != owner)).select(
        "at", "conversation_id", ref_id="message_id", direction=pl.lit("out"), account_id="author_id"
    )
    inbound = on.filter((pl.col("author_id") == owner) & (pl.col("user_id") != owner)).select(
        "at", "conversation_id", ref_id="message_id", direction=pl.lit("in"), account_id="user_id"
    )
    return pl.concat([out, inbound]).with_columns(channel=pl.lit("reaction"))


def people(table: Table, messages: pl.DataFrame, owner: str) -> pl.DataFrame:
    """Everyone the export names (authors, those mentioned, those who reacted), bots and the owner left out."""
    known = pl.DataFrame(
        [(uid, name, nick) for uid, (name, nick) in table.users.items()],
        schema={"account_id": pl.String, "handle": pl.String, "display_name": pl.String},
        orient="row",
    )
    # Raw <@id> mentions may name someone who appears nowhere else: known by id only.
    named = messages.select(account_id="mentions").explode("account_id").drop_nulls().unique()
    everyone = pl.concat([known, named], how="diagonal").unique("account_id", keep="first", maintain_order=True)
    rows = everyone.filter(
        ~pl.col("account_id").is_in(list(table.bots)) & (pl.col("account_id") != owner)
    ).with_columns(
        platform=pl.lit(PLATFORM),
        handle=pl.when(pl.col("handle").str.strip_chars() != "").then("handle"),
        display_name=pl.when(pl.col("display_name").str.strip_chars() != "").then("display_name"),
        follows_owner=pl.lit(None, pl.Boolean),
        followed_by_owner=pl.lit(None, pl.Boolean),
        followed_at=pl.lit(None, UTC_TIME),
    )
    return conform(rows, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names()).sort("account_id")
