"""The day files of a Slack export into columns: one pass, plain lists, one polars frame at the end.

A day file (``general/2024-03-01.json``) is an array of messages. Only the fields the reader uses are decoded
(``Message``); attachments, files, user profiles and the rest are skipped by the decoder without being built.
Per message, the work is a handful of lookups: a workspace of a few hundred thousand messages reads in seconds.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
import polars as pl

from helpers.errors import ExportWarning
from helpers.platforms.archive import Archive
from helpers.platforms.slack.workspace import Conversation
from helpers.progress import Progress, advance

# Subtypes written by a person. Everything else is the workspace talking: joins and leaves, topic, purpose and
# name changes, pins, bot_message, bot_add, tombstone (a deleted message kept for its thread), huddles, ...
# thread_broadcast is a thread reply also shown in the channel (2017+); reply_broadcast its older name.
# file_comment: the 2016 sample's comment on a file, its author in comment.user (pre-2018 exports).
PEOPLE_SUBTYPES = frozenset(
    {"thread_broadcast", "reply_broadcast", "file_share", "file_comment", "file_mention", "me_message"}
)
# <@U0BMYT2FL>, <@U0BMYT2FL|name> (older labelled form); W… ids are Enterprise Grid members.
MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
# A reaction count above this is damage, not applause (the reviewer's 2^63-1 overflowed polars): that message's
# reaction count is left out (null), with an "unreadable" warning naming the file. Negative counts likewise.
MAX_COUNT = 10**12


class Message(msgspec.Struct):
    """The fields of a message the reader uses; ``Any`` so that no odd value refuses the whole day file.

    Blocks, the profile and a broadcast's root copy stay raw JSON, decoded only for the few messages that need
    them: most messages name no one in their blocks, and only authors missing from the member list need naming.
    """

    ts: Any = None
    subtype: Any = None
    user: Any = None
    bot_id: Any = None
    thread_ts: Any = None
    parent_user_id: Any = None
    text: Any = None
    reactions: Any = None
    comment: Any = None
    # Raw (not ``Raw | None``: msgspec then expects null); an absent part is the empty, falsy Raw.
    blocks: msgspec.Raw = msgspec.Raw()
    user_profile: msgspec.Raw = msgspec.Raw()
    root: msgspec.Raw = msgspec.Raw()  # a thread_broadcast's copy of its thread's first message (zulip fixtures)


_DAY = msgspec.json.Decoder(list[Message])
_ONE = msgspec.json.Decoder(Message)
_ANY = msgspec.json.Decoder()
_ENCODE = msgspec.json.Encoder().encode
ROW = tuple[int, int, str, str | None, bool, str | None, str | None, str | None, int | None, str | None]
ROW_SCHEMA = {
    "conv": pl.UInt32,
    "file": pl.UInt32,
    "ts": pl.String,
    "author": pl.String,
    "talking": pl.Boolean,  # a person writing, not a bot or the workspace
    "root_author": pl.String,  # who wrote it, when it can stand as a thread's known first message
    "thread_ts": pl.String,  # the thread's first message, on a reply only
    "parent": pl.String,  # the thread's first author as the reply names it
    "reactions": pl.Int64,  # reactions counted on it
    "text": pl.String,  # the owner's own words only
}


class Columns:
    """Every message with a time, one tuple each (its position is ``row``); mentions and reactions as
    (row, person) pairs. Turned into polars frames once, at the end."""

    def __init__(self) -> None:
        self.rows: list[ROW] = []
        self.m_row: list[int] = []
        self.m_user: list[str] = []
        self.r_row: list[int] = []
        self.r_user: list[str] = []
        self.files: list[str] = []
        self.profiles: dict[str, tuple[str | None, str | None]] = {}  # authors the member list lacks
        self.unreadable_files: list[str] = []
        self.untimed = 0
        self.short_reactions = 0  # reactions whose list of people is shorter than their count
        # Values of the wrong type or out of bounds: what (a JSON path and what was wrong) -> [how many, first file].
        self.damaged: dict[str, list] = {}

    def damage(self, what: str, file: str) -> None:
        self.damaged.setdefault(what, [0, file])[0] += 1

    def frame(self) -> pl.DataFrame:
        """The messages, with ``row`` and ``mentions`` (a list, empty where a person's message names no one)."""
        columns = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(ROW_SCHEMA)
        rows = pl.DataFrame(
            [pl.Series(name, col, dtype=dtype) for (name, dtype), col in zip(ROW_SCHEMA.items(), columns, strict=True)]
        ).with_row_index("row")
        named = (
            pl.DataFrame(
                {"row": pl.Series(self.m_row, dtype=pl.UInt32), "mentions": pl.Series(self.m_user, dtype=pl.String)}
            )
            .group_by("row", maintain_order=True)
            .agg("mentions")
        )
        return rows.join(named, on="row", how="left").with_columns(
            mentions=pl.when(pl.col("talking")).then(pl.col("mentions").fill_null(pl.lit([], pl.List(pl.String))))
        )

    def reaction_frame(self) -> pl.DataFrame:
        return pl.DataFrame(
            {"row": pl.Series(self.r_row, dtype=pl.UInt32), "reactor": pl.Series(self.r_user, dtype=pl.String)}
        )


def _decode(raw: bytes) -> tuple[list[Message], int]:
    """A day file's messages, and how many entries were not messages; ValueError when it is not JSON."""
    try:
        return _DAY.decode(raw), 0
    except msgspec.ValidationError:
        pass
    try:  # Zulip's hand-written fixtures hold one message object instead of an array
        return [_ONE.decode(raw)], 0
    except msgspec.ValidationError:
        pass
    data = _ANY.decode(raw)
    if not isinstance(data, list):
        raise ValueError(f"expected an array of messages, found {type(data).__name__}")
    messages = []
    for m in data:
        if isinstance(m, dict):
            raw_parts = {k: msgspec.Raw(_ENCODE(m[k])) for k in ("blocks", "user_profile", "root") if k in m}
            simple = {k: v for k, v in m.items() if k in Message.__struct_fields__ and k not in raw_parts}
            messages.append(Message(**simple, **raw_parts))
    return messages, len(data) - len(messages)


def _decoded(raw: msgspec.Raw) -> Any:
    """A raw JSON part, decoded; None when absent or unreadable."""
    if not raw:
        return None
    try:
        return _ANY.decode(raw)
    except msgspec.DecodeError:
        return None


class _Element(msgspec.Struct):
    """A rich-text block or element: only what names a member is decoded."""

    type: Any = None
    user_id: Any = None
    elements: list[_Element] | None = None


_BLOCKS = msgspec.json.Decoder(list[_Element])


def _block_users(raw: msgspec.Raw, found: list[str]) -> None:
    """User ids named in rich-text blocks (2019+), in order: ``blocks[].elements[]...{"type": "user"}``."""
    try:
        stack: list = [b for b in reversed(_BLOCKS.decode(raw)) if b.type == "rich_text"]
    except msgspec.ValidationError:  # an odd shape somewhere: walk it as plain JSON
        blocks = _decoded(raw)
        stack = (
            [b for b in reversed(blocks) if isinstance(b, dict) and b.get("type") == "rich_text"]
            if isinstance(blocks, list)
            else []
        )
        while stack:
            el = stack.pop()
            if el.get("type") == "user" and isinstance(el.get("user_id"), str):
                found.append(el["user_id"])
            kids = el.get("elements")
            if isinstance(kids, list):
                stack.extend(k for k in reversed(kids) if isinstance(k, dict))
        return
    except msgspec.DecodeError:
        return
    while stack:
        el = stack.pop()
        if el.type == "user" and isinstance(el.user_id, str):
            found.append(el.user_id)
        if el.elements:
            stack.extend(reversed(el.elements))


def read_day_files(
    archive: Archive,
    conversations: list[Conversation],
    bots: set[str],
    humans: set[str],
    keep_text_of: str | None,
    warnings: list[ExportWarning],
    progress: Progress | None,
) -> Columns:
    """Every message of every conversation's day files, in one pass."""
    cols = Columns()
    total = sum(len(c.days) for c in conversations)
    if total > 500 and progress is not None:
        progress(f"reading {total:,} day files of {sum(1 for c in conversations if c.days):,} conversations")
    done = 0
    for ci, conv in enumerate(conversations):
        for name in conv.days:
            try:
                messages, odd = _decode(archive.read_bytes(name))
            except (msgspec.DecodeError, ValueError, UnicodeDecodeError) as exc:
                cols.unreadable_files.append(f"{name} ({str(exc).splitlines()[0][:80]})")
                continue
            if odd:
                cols.unreadable_files.append(f"{name} ({odd} entries are not messages)")
            cols.files.append(name)
            _add(cols, messages, ci, len(cols.files) - 1, bots, humans, keep_text_of)
            done += 1
            if done % 200 == 0:
                advance(progress, done, total, unit="file")
    advance(progress, total, total, unit="file")
    _warn(cols, warnings)
    return cols


def _add(
    cols: Columns,
    messages: list[Message],
    ci: int,
    fi: int,
    bots: set[str],
    humans: set[str],
    keep_text_of: str | None,
) -> None:
    rows, m_row, m_user = cols.rows, cols.m_row, cols.m_user
    for m in messages:
        ts = m.ts
        if not isinstance(ts, str) or not ts:
            cols.untimed += 1
            continue
        sub = m.subtype
        author, text = m.user, m.text
        if sub == "file_comment" and isinstance(m.comment, dict):
            author, text = m.comment.get("user"), m.comment.get("comment")
        if not isinstance(author, str) or not author:
            author = None
        # A bot posting as a user (rusq's 2025 fixture: user U…, bot_id B…, is_bot in users.json), or an id the
        # member list marks as a bot; a person's message posted through an app keeps bot_id with a human user.
        person = author is not None and author not in bots and (not m.bot_id or author in humans)
        talking = person and (sub is None or (isinstance(sub, str) and sub in PEOPLE_SUBTYPES))
        thread = m.thread_ts if isinstance(m.thread_ts, str) and m.thread_ts != ts else None
        parent = m.parent_user_id if isinstance(m.parent_user_id, str) else None
        if thread is not None and parent is None and m.root:
            root = _decoded(m.root)  # a broadcast names its thread's first author only in its root copy
            if isinstance(root, dict) and isinstance(root.get("user"), str):
                parent = root["user"]
        row = len(rows)
        total: int | None = 0
        if talking:
            found = MENTION.findall(text) if isinstance(text, str) and "<@" in text else []
            if m.blocks and b'"user_id"' in bytes(m.blocks):
                _block_users(m.blocks, found)
            # Each 2019+ mention is in the text and in the blocks: once per message; never the author itself.
            for u in dict.fromkeys(found):
                if u != author and u not in bots:
                    m_row.append(row)
                    m_user.append(u)
            total = _reactions(cols, m.reactions, row, cols.files[fi])
            if author not in humans and m.user_profile and author not in cols.profiles:
                up = _decoded(m.user_profile)  # 2019+: how a member of another workspace (Slack Connect) is named
                if isinstance(up, dict):
                    cols.profiles[author] = (
                        _str(up.get("name")),
                        _str(up.get("real_name")) or _str(up.get("display_name")),
                    )
        rows.append(
            (
                ci,
                fi,
                ts,
                author,
                talking,
                # A deleted first message stays as a tombstone (rusq's 2025 fixture; its author there appears to
                # be Slackbot under an obfuscated id): its thread's first author is then not known.
                author if person and sub != "tombstone" else None,
                thread,
                parent,
                total,
                text if talking and author == keep_text_of and isinstance(text, str) else None,
            )
        )


def _reactions(cols: Columns, reactions: Any, row: int, file: str) -> int | None:
    """A message's reactions: who reacted (as ``r_row``/``r_user`` pairs) and the total count, None when a count is
    damaged. A part of the wrong type is skipped with an "unreadable" warning naming the file and the JSON path
    (the rest of the message, and of the day file, is fine and read): ``"users": "U05CAFE0WN1"`` (a string, not a
    list) names no one, rather than eleven one-character people."""
    if reactions is None:
        return 0
    if not isinstance(reactions, list):
        cols.damage("message(s) whose reactions are not a list (messages[].reactions): their reactions left out", file)
        return None
    total: int | None = 0
    for r in reactions:
        if not isinstance(r, dict):
            cols.damage("reaction(s) that are not objects (messages[].reactions[]) left out", file)
            total = None
            continue
        listed = r.get("users")
        if listed is not None and not isinstance(listed, list):
            cols.damage("reaction(s) whose users are not a list (messages[].reactions[].users): no one counted", file)
            listed = None
        users = [u for u in listed if isinstance(u, str)] if listed is not None else []
        count = r.get("count")
        if count is None:
            n: int | None = len(users)
        elif isinstance(count, int) and not isinstance(count, bool) and 0 <= count <= MAX_COUNT:
            n = count
        else:
            cols.damage(
                "reaction count(s) that are not a number from 0 to 10^12 (messages[].reactions[].count): those "
                "messages' reaction counts left out",
                file,
            )
            n = None
        total = None if total is None or n is None else total + n
        if listed is not None and n is not None and n > len(users):
            cols.short_reactions += 1
        for u in users:
            cols.r_row.append(row)
            cols.r_user.append(u)
    return total


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _warn(cols: Columns, warnings: list[ExportWarning]) -> None:
    if cols.unreadable_files:
        first = cols.unreadable_files[0].split(" ")[0]
        shown = "; ".join(cols.unreadable_files[:3]) + ("; ..." if len(cols.unreadable_files) > 3 else "")
        warnings.append(
            ExportWarning(
                "unreadable",
                first,
                f"{len(cols.unreadable_files)} day file(s) truncated or not arrays of messages, not counted in "
                f"full: {shown}",
            )
        )
    for what, (n, file) in cols.damaged.items():
        warnings.append(ExportWarning("unreadable", file, f"{n:,} {what} (first in {file})"))
    if cols.untimed:
        warnings.append(ExportWarning("unreadable", None, f"{cols.untimed:,} message(s) without a time (ts) left out"))
    if cols.short_reactions:
        warnings.append(
            ExportWarning(
                "partial",
                None,
                f"{cols.short_reactions:,} reaction(s) name fewer people than their count: only the people named "
                "count as reacting",
            )
        )
