"""Telegram chats into one frame of messages: a column per field, built in lists, one polars frame at the end.

Ids are as current exports write them: ``user123``, ``chat456`` (a basic group), ``channel789`` (a channel or a
supergroup). A conversation is named by its chat's id in that form (a private chat by the other person's id,
which is how Telegram numbers it), a message by ``<conversation>/<message id>`` (message ids count per chat).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import msgspec
import polars as pl

from helpers.model import UTC_TIME
from helpers.platforms.telegram.documents import (
    BOT_TYPES,
    CHAT_TYPES,
    GROUP_TYPES,
    LEFT_OUT_TYPES,
    PRIVATE_TYPES,
    Chat,
    Document,
    Entity,
    Message,
)
from helpers.progress import Progress, advance

_CHAT_SHIFT, _CHANNEL_SHIFT = 1 << 32, 1 << 33
# Epoch seconds and times a datetime can hold everywhere (Python's too): 0001-01-01 to 9999-12-31. A date outside
# is damage (date_unixtime "9223372036854" overflowed polars into a Rust panic; date "0000-01-01T00:00:00" is the
# year 0, which Python cannot hold): checked before any datetime is built, it reads as no date. One inside but
# outside 1990-2099 is kept here and left out by loading.without_implausible_dates, with its warning.
EPOCH_MIN, EPOCH_MAX = -62_135_596_800, 253_402_300_799
FIRST_TIME = datetime(1, 1, 1)
LAST_TIME = datetime(9999, 12, 31, 23, 59, 59, 999999)
# A reaction count above this is damage, not applause (the reviewer's 2^63-1 and "99999999999999999999999"
# overflowed polars): the message's reaction count is left out (null), with an "unreadable" warning naming the
# file; a negative count or a string that is no number likewise. A count of another type (a float, a list)
# fails the document's decode: one line naming the file and the JSON path.
MAX_COUNT = 10**12
_PROGRESS_EVERY = 200_000
LOCAL_TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")  # Qt::ISODate, without a zone
_text_decoder = msgspec.json.Decoder(str | list[str | Entity])
_parts_decoder = msgspec.json.Decoder(list[str | Entity])


def peer(value: int | str | None) -> str | None:
    """A peer id as current exports write it (``user123``, ``chat456``, ``channel789``).

    The Nov-2020 tg2md export writes bare numbers with Telegram Desktop's old peer offsets: channel 1292077344
    is 9882011936 (2^33 + id), a basic group 2^32 + id, a user its own id; the July-2021 re-export of the same
    channel writes "channel1292077344" (la-ninpre-tg2md/2020-11-12 against 2021-07-14). Bare numbers appear only
    in those old exports, from before user ids could pass 2^32.

    >>> peer(9882011936), peer("user10001")
    ('channel1292077344', 'user10001')
    """
    if value is None:
        return None
    if isinstance(value, int) or value.strip().isdigit():
        n = int(value)
        if n >= _CHANNEL_SHIFT:
            return f"channel{n - _CHANNEL_SHIFT}"
        if n >= _CHAT_SHIFT:
            return f"chat{n - _CHAT_SHIFT}"
        return f"user{n}"
    return value.strip().lower() or None


def conversation_id(chat_type: str, chat_id: int | str | None, legacy: bool) -> str | None:
    """A chat's id in peer form: the writer gives the bare number, its kind comes from the chat's type.

    ``legacy``: the chat's messages name people by bare numbers, so the chat id carries the old offset too
    (tg2md 2020-11-12: ``"id": 9882011936`` for channel 1292077344).
    """
    if chat_id is None:
        return None
    if isinstance(chat_id, str) and not chat_id.strip().isdigit():
        return peer(chat_id)
    n = int(chat_id)
    if chat_type in PRIVATE_TYPES | BOT_TYPES:
        return f"user{n}"
    if chat_type == "private_group":
        return f"chat{n - _CHAT_SHIFT if legacy and n >= _CHAT_SHIFT else n}"
    return f"channel{n - _CHANNEL_SHIFT if legacy and n >= _CHANNEL_SHIFT else n}"


def kind_of(chat_type: str) -> str:
    """private (a private chat), bot, group (basic groups and supergroups) or channel."""
    if chat_type in PRIVATE_TYPES:
        return "private"
    if chat_type in BOT_TYPES:
        return "bot"
    return "group" if chat_type in GROUP_TYPES else "channel"


def flatten_text(raw: msgspec.Raw) -> str | None:
    """A message's text: a string, or a list mixing strings and ``{type, text}`` parts (mlomb DM_2A_7M.json)."""
    if not len(raw):
        return None
    try:
        value = _text_decoder.decode(raw)
    except msgspec.MsgspecError:
        return None
    if isinstance(value, str):
        return value or None
    joined = "".join(p if isinstance(p, str) else (p.text or "") for p in value)
    return joined or None


@dataclass
class ChatInfo:
    """One chat read: its conversation id, Telegram type, name, file, and for a private chat the other person."""

    conversation_id: str
    type: str
    name: str | None
    source: str
    peer: str | None  # private and bot chats: the person the chat is with (the chat's id)
    authors: set[str] = field(default_factory=set)  # who wrote or acted in it (service messages included)

    @property
    def kind(self) -> str:
        return kind_of(self.type)


@dataclass
class Messages:
    """Every message of talk in the chats read, and what the reader needs besides."""

    frame: pl.DataFrame
    service_ids: set[str]  # global ids of service messages (joins, pins, calls, a forum topic's start)
    texts: list[msgspec.Raw]  # by the frame's ``row``: decoded only for the owner's posts
    chats: list[ChatInfo]
    names: dict[str, str]  # account id -> display name (the newest the export shows)
    counted_reactions: bool = False  # some message carries a reactions list: the export writes them
    named_reactors: bool = False  # some reaction lists who reacted (recent)
    left_out: Counter[str] = field(default_factory=Counter)  # chat types not read, with how many chats
    unknown_types: Counter[str] = field(default_factory=Counter)
    bad_counts: Counter[str] = field(default_factory=Counter)  # source -> messages whose reaction count is damaged


# The columns built message by message; the list columns (mentions, reactors) are built from long tables.
_ROW_COLUMNS: dict[str, pl.DataType | type[pl.DataType]] = {
    "local_id": pl.String,
    "unixtime": pl.String,
    "local_date": pl.String,
    "author_id": pl.String,
    "reply_local": pl.String,
    "reply_peer": pl.String,
    "forwarded": pl.Boolean,
    "forwarded_from_id": pl.String,
    "reactions": pl.Int64,
    "row": pl.Int64,
}
_CHAT_COLUMNS = {"source": pl.String, "conversation_id": pl.String, "chat_kind": pl.String}
# (row, account) pairs: "id" mentions name a user id, "handle" mentions only a username; reactors by id.
_LONG_SCHEMA = pl.Schema({"row": pl.Int64, "value": pl.String})


def _legacy(messages: list[Message]) -> bool:
    """The chat's messages name people by bare numbers (exports before 2021)."""
    for m in messages:
        who = m.from_id if m.from_id is not None else m.actor_id
        if who is not None:
            return isinstance(who, int) or who.strip().isdigit()
    return False


def _count(value: int | str | None) -> int | None:
    """A reaction's count (Tkonverter writes some as strings); None when damaged: no number from 0 to 10^12."""
    if value is None:
        return 0
    if isinstance(value, str):
        digits = value.strip()
        if not digits.isdigit() or len(digits) > 13:
            return None
        value = int(digits)
    return value if 0 <= value <= MAX_COUNT else None


def _note_names(chat: Chat, names: dict[str, str], peers: _Peers) -> None:
    """The names a chat that is not read (saved messages, an unknown type) gives its authors: never newer than
    those of the chats read."""
    for m in chat.messages or ():
        if m.from_id is not None and m.from_ and m.from_.strip() and (who := peers[m.from_id]) is not None:
            names.setdefault(who, m.from_)


def _mentions(m: Message) -> list[Entity]:
    """Mention parts: ``text_entities`` (2021 on), else the parts of a formatted ``text`` (older exports).

    Both stay undecoded bytes unless they hold a mention: decoding every plain part of a large export
    costs more than the rest of the reading.
    """
    raw = bytes(m.text_entities) if len(m.text_entities) else bytes(m.text)
    if b'"mention' not in raw or not raw.lstrip().startswith(b"["):
        return []
    try:
        parts = _parts_decoder.decode(raw)
    except msgspec.MsgspecError:
        return []
    return [p for p in parts if isinstance(p, Entity) and p.type in ("mention", "mention_name")]


class _Peers(dict):
    """``peer`` of each raw id, computed once: a large export names the same few thousand people a million times."""

    def __missing__(self, key: int | str) -> str | None:
        value = self[key] = peer(key)
        return value


def read_messages(docs: list[tuple[str, Document]], progress: Progress | None) -> Messages:
    """The chats of every document: talk messages as rows; service messages, saved messages and unknown chat
    types only noted. A message twice (one chat in two documents) is kept once."""
    cols: dict[str, list] = {name: [] for name in (*_ROW_COLUMNS, *_CHAT_COLUMNS)}
    mention_ids: list[tuple[int, str]] = []
    mention_handles: list[tuple[int, str]] = []
    reactor_rows: list[tuple[int, str]] = []
    service_ids: set[str] = set()
    texts: list[msgspec.Raw] = []
    chats: list[ChatInfo] = []
    names: dict[str, str] = {}
    out = Messages(pl.DataFrame(), service_ids, texts, chats, names)
    peers = _Peers()
    todo: list[tuple[str, Chat]] = []
    skipped: list[Chat] = []
    for source, doc in docs:
        for chat in doc.all_chats():
            kind = chat.type or ""
            if kind in LEFT_OUT_TYPES:
                out.left_out[kind] += 1
                skipped.append(chat)
            elif kind not in CHAT_TYPES or chat.id is None:
                out.unknown_types[kind or "none"] += 1
                skipped.append(chat)
            else:
                todo.append((source, chat))
    total = sum(len(c.messages or []) for _, c in todo)
    done = 0
    local_id, unixtime, local_date, author_id = (
        cols[c].append for c in ("local_id", "unixtime", "local_date", "author_id")
    )
    reply_local, reply_peer, forwarded, forwarded_from = (
        cols[c].append for c in ("reply_local", "reply_peer", "forwarded", "forwarded_from_id")
    )
    reaction_count, row_of = cols["reactions"].append, cols["row"].append
    for source, chat in todo:
        msgs = chat.messages or []
        kind = chat.type or ""
        conv = conversation_id(kind, chat.id, _legacy(msgs))
        if conv is None:
            out.unknown_types[kind] += 1
            continue
        info = ChatInfo(conv, kind, chat.name, source, conv if kind in PRIVATE_TYPES | BOT_TYPES else None)
        chats.append(info)
        late_names: list[tuple[str, str]] = []  # names that never replace one a message's "from" gives
        if info.peer is not None and chat.name and chat.name.strip():
            # A private chat is named by the person it is with, who may never write in it.
            late_names.append((info.peer, chat.name))
        before = len(texts)
        for m in msgs:
            done += 1
            if done % _PROGRESS_EVERY == 0:
                advance(progress, done, total, unit="message")
            if m.id is None:
                continue
            if m.type == "service":
                service_ids.add(f"{conv}/{m.id}")
                if (actor := peers[m.actor_id]) is not None:
                    info.authors.add(actor)
                    if isinstance(m.actor, str) and m.actor.strip():
                        late_names.append((actor, m.actor))
                continue
            if m.type not in (None, "message"):  # "unsupported": only an id
                continue
            row = len(texts)
            author = peers[m.from_id] if m.from_id is not None else None
            if author is not None:
                info.authors.add(author)
                if m.from_:
                    names[author] = m.from_
            for e in _mentions(m):
                if e.type == "mention_name" and e.user_id is not None:
                    if (uid := peers[e.user_id]) is not None:
                        mention_ids.append((row, uid))
                        if e.text:
                            names.setdefault(uid, e.text)
                elif e.type == "mention" and e.text and len(e.text) > 1:
                    mention_handles.append((row, e.text.removeprefix("@").lower()))
            if m.reactions is not None:
                out.counted_reactions = True
                # A paid reaction's count is of Telegram Stars, not of people: left out of the count.
                counts = [_count(r.count) for r in m.reactions if r.type != "paid"]
                if None in counts:
                    out.bad_counts[source] += 1
                    reaction_count(None)
                else:
                    reaction_count(sum(counts))  # no None among them
                for r in m.reactions:
                    if r.recent is not None:
                        out.named_reactors = True
                        for x in r.recent:
                            if (p := peers[x.from_id]) is not None:
                                reactor_rows.append((row, p))
                                if isinstance(x.from_, str) and x.from_.strip():
                                    late_names.append((p, x.from_))
            else:
                reaction_count(0)  # none counted; like_count is null only where the export counts no reaction
            local_id(str(m.id))
            unixtime(None if m.date_unixtime is None else str(m.date_unixtime))
            local_date(m.date)
            author_id(author)
            if m.reply_to_message_id is not None:
                reply_local(str(m.reply_to_message_id))
                # reply_to_peer_id: the replied-to message lives in another chat (Tkonverter result.json).
                reply_peer(peers[m.reply_to_peer_id] if m.reply_to_peer_id is not None else None)
            else:
                reply_local(None)
                reply_peer(None)
            forwarded(m.forwarded_from is not None or m.forwarded_from_id is not None)
            forwarded_from(peers[m.forwarded_from_id] if m.forwarded_from_id is not None else None)
            row_of(row)
            texts.append(m.text)
        for who, name in late_names:
            names.setdefault(who, name)
        added = len(texts) - before
        cols["source"].extend([source] * added)
        cols["conversation_id"].extend([conv] * added)
        cols["chat_kind"].extend([info.kind] * added)
    advance(progress, total, total, unit="message")
    for chat in skipped:
        _note_names(chat, names, peers)
    out.frame = _frame(cols, mention_ids, mention_handles, reactor_rows)
    return out


def _lists(pairs: list[tuple[int, str]], name: str) -> pl.DataFrame:
    """(row, value) pairs as one list per row."""
    return (
        pl.DataFrame(pairs, schema=_LONG_SCHEMA, orient="row")
        .group_by("row", maintain_order=True)
        .agg(pl.col("value").alias(name))
    )


def _frame(
    cols: dict[str, list],
    mention_ids: list[tuple[int, str]],
    mention_handles: list[tuple[int, str]],
    reactor_rows: list[tuple[int, str]],
) -> pl.DataFrame:
    """One frame: a row per message of talk, the list columns joined on, ids and times made."""
    frame = pl.DataFrame(cols, schema={**_ROW_COLUMNS, **_CHAT_COLUMNS})
    for pairs, name in ((mention_ids, "mention_ids"), (mention_handles, "mention_handles"), (reactor_rows, "reactors")):
        frame = frame.join(_lists(pairs, name), on="row", how="left", maintain_order="left").with_columns(
            pl.col(name).fill_null(pl.lit([], pl.List(pl.String)))
        )
    return (
        frame.with_columns(
            *_times(),
            message_id=pl.concat_str("conversation_id", pl.lit("/"), "local_id"),
            reply_to=pl.concat_str(pl.coalesce("reply_peer", "conversation_id"), pl.lit("/"), "reply_local"),
        )
        # A message answering itself (the reviewer's self_reply) answers no one: an opener.
        .with_columns(reply_to=pl.when(pl.col("reply_to") != pl.col("message_id")).then("reply_to"))
        # One chat in two documents (two exports side by side): each message once, the first document's copy.
        .unique("message_id", keep="first", maintain_order=True)
        .drop("local_id", "reply_local", "reply_peer")
    )


def _times() -> list[pl.Expr]:
    """``at`` from ``date_unixtime``, else from ``date`` read as UTC (older exports: the zone is unknown);
    ``local_only`` marks the rows whose time is the exporting machine's local time."""
    unix = pl.col("unixtime").str.strip_chars().cast(pl.Int64, strict=False)
    unix = pl.when(unix.is_between(EPOCH_MIN, EPOCH_MAX)).then(unix)
    local = pl.coalesce(
        [
            pl.col("local_date").str.strip_chars().str.to_datetime(f, time_unit="us", strict=False)
            for f in LOCAL_TIME_FORMATS
        ]
    )
    local = pl.when(local.is_between(FIRST_TIME, LAST_TIME)).then(local).dt.replace_time_zone("UTC")
    from_unix = pl.from_epoch(unix, time_unit="s").cast(pl.Datetime("us")).dt.replace_time_zone("UTC")
    return [
        pl.coalesce(from_unix, local).cast(UTC_TIME).alias("at"),
        (pl.col("unixtime").is_null() & local.is_not_null()).alias("local_only"),
        # date_unixtime present but no epoch seconds of the years 1 to 9999: the local date stands in where readable.
        (pl.col("unixtime").is_not_null() & unix.is_null()).alias("bad_unixtime"),
    ]
