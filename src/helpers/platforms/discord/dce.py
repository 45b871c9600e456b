"""DiscordChatExporter (DCE) JSON into one table of messages, as the files say it: no owner chosen yet.

One file per channel, thread, DM or group DM (docs/formats/discord.md): ``{guild, channel, messages[],
exportedAt?}``. What the files showed:

- a long channel comes in parts, ``<name> [<id>].json`` then ``… [part 2].json``; every part repeats
  ``guild`` and ``channel`` [zulip-discord-fixtures general, 3 parts]; two exports of one channel overlap
  [slatinsky chill talk, with and without a deleted message]: files are joined by channel id and messages
  de-duplicated by id within their channel. Message ids are unique per channel only in anonymised files
  (mlomb: one id in both the DM and the group DM), so the key is (channel, message);
- ``type`` other than Default and Reply is a service message (GuildMemberJoin, ThreadCreated,
  ChannelPinnedMessage, Call, ChannelNameChange, …): not people talking, but its author is a known person;
- a reply is ``reference.messageId``: ``type`` "Reply" since DCE 2.40, "Default" before [slatinsky general,
  mlomb group DM]; the target may be in another part or in no file at all [zulip, one dangling target];
- a forward is ``reference.type`` "Forward" with an empty ``content`` [zulip general-2]: not a reply;
- ``mentions[]`` gives user ids; ``content`` shows them as ``@name`` (a role mention looks the same, with no
  entry [zulip "@test-zulip-import"]), or raw ``<@id>`` / ``<@!id>`` where the exporter did not resolve them;
- ``reactions[].users[]`` only from DCE 2.40.4 (July 2023); before, a count alone [slatinsky, mlomb];
- timestamps carry the exporter's local offset (+07:00) with 2 to 7 fraction digits [zulip];
- channel types: "DirectTextChat" / "DirectGroupTextChat" [mlomb], "DirectMessage" / "DirectGroupMessage" with
  ``guild`` null in hand-written files [zulip 2026-01-01], "Guild…Thread" with the parent channel in
  ``categoryId`` [slatinsky _threads]; a DM's guild is ``{"id": "0", "name": "Direct Messages"}`` [mlomb];
- ``isBot`` marks bots [zulip test-zulip-import; mlomb marks the DM partner a bot].
"""

from __future__ import annotations

import posixpath
import re
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import msgspec
import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.platforms.archive import Archive
from helpers.platforms.x.structs import DECODE_ERRORS, decode_reason

Progress = Callable[[str], None]

TALK_TYPES = frozenset({"Default", "Reply"})
# A DCE file starts with its guild: {"guild": {...}, "channel": {...}, ... [JsonMessageWriter.cs; every file seen].
_DCE_HEAD = re.compile(rb'^(?:\xef\xbb\xbf)?\s*\{\s*"guild"\s*:')
HEAD_BYTES = 8192
_TAR_HEAD_LIMIT = 5_000_000  # a tar member is read whole: only small ones are looked at for detection
# ISO 8601 with the exporter's offset (2 to 7 fraction digits), or with "Z" (--utc in some versions [?]).
TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M:%S%.fZ", "%Y-%m-%d %H:%M:%S%.f%:z")
_RAW_MENTION = r"<@!?(\d+)>"
# Times a datetime can hold everywhere (Python's too). A timestamp outside ("0000-01-01T…", "-0001-…" in the
# reviewer's files: polars parses them, Python cannot hold them) is damage and reads as no time; one inside but
# outside 1990-2099 is kept here and left out by loading.without_implausible_dates, with its warning.
FIRST_TIME = datetime(1, 1, 1, tzinfo=UTC)
LAST_TIME = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
# A reaction count above this is damage, not applause (the reviewer's 2^63-1 overflowed polars' Int64, 10^30
# its Int128): that message's reaction count is left out (null) with an "unreadable" warning naming the file;
# a negative count likewise. A count of the wrong type (a string) fails the file's decode: one line naming the
# file and the JSON path, as any other value of the wrong type in a DiscordChatExporter file.
MAX_COUNT = 10**12
# Never opened, not even to look at its first bytes: Discord's data package keeps IP addresses and device details
# in activity/ (analytics, reporting, tns, modeling; "Activités/" in French packages) and the email and phone in
# account/ (the folders store.PRIVATE_FILE keeps out of the cache key; the store imports the readers, so its
# pattern cannot be imported here). Folders only: a channel's file is named by the channel ("phone-help" is a
# channel's name). A data package with no messages/index.json nor account/user.json falls through to this
# recogniser, which would otherwise read the first JSON files of every folder.
PRIVATE_PATH = re.compile(r"(?i)(^|/)(activit\w*|analytics|reporting|tns|modeling|account|compte|ads|support_tickets)/")

Id = str | int


class User(msgspec.Struct, gc=False):
    id: Id | None = None
    name: str | None = None
    nickname: str | None = None
    isBot: bool | None = None


class Reference(msgspec.Struct, gc=False):
    messageId: Id | None = None
    channelId: Id | None = None
    type: str | None = None


class Reaction(msgspec.Struct, gc=False):
    count: int | None = None
    users: list[User] | None = None


class Message(msgspec.Struct, gc=False):
    id: Id
    type: str | None = None
    timestamp: str | None = None
    content: str | None = None
    author: User | None = None
    mentions: list[User] | None = None
    reference: Reference | None = None
    reactions: list[Reaction] | None = None


class Channel(msgspec.Struct, gc=False):
    id: Id
    type: str | None = None
    categoryId: Id | None = None
    name: str | None = None


class Guild(msgspec.Struct, gc=False):
    id: Id | None = None
    name: str | None = None


class ChannelFile(msgspec.Struct, gc=False):
    channel: Channel
    messages: list[Message]
    guild: Guild | None = None
    exportedAt: str | None = None


_decoder = msgspec.json.Decoder(ChannelFile)


def _heads(archive: Archive, names: list[str]) -> dict[str, bytes]:
    """The first bytes of members (relative to the root), never reading a whole large file; b"" when unreadable."""
    out = dict.fromkeys(names, b"")
    full = {n: archive.root + n for n in names}
    try:
        if archive.is_single_file:
            with open(archive.path, "rb") as f:
                return {n: f.read(HEAD_BYTES) for n in names[:1]}
        if archive.path.is_dir():
            for n in names:
                try:
                    with open(archive.path / full[n], "rb") as f:
                        out[n] = f.read(HEAD_BYTES)
                except OSError:
                    continue
            return out
        if zipfile.is_zipfile(archive.path):
            with zipfile.ZipFile(archive.path) as z:
                for n in names:
                    try:
                        with z.open(full[n]) as f:
                            out[n] = f.read(HEAD_BYTES)
                    except (KeyError, OSError, RuntimeError, NotImplementedError, zipfile.BadZipFile, EOFError):
                        continue
            return out
        for n in names:  # a tar: members are read whole, so only small ones
            if archive.size(n) < _TAR_HEAD_LIMIT:
                out[n] = archive.read_bytes(n)[:HEAD_BYTES]
    except (OSError, ExportError, zipfile.BadZipFile, tarfile.TarError, KeyError):
        pass
    return out


def looks_like_dce(head: bytes) -> bool:
    return bool(_DCE_HEAD.match(head)) and b'"channel"' in head


def find_root(archive: Archive) -> str | None:
    """The folder holding every DCE file of the export (the top when they sit in several folders), or None.

    Looked at: the first JSON files of each folder (a DCE export's folders hold its files only; a media folder
    holds none), at most three per folder, by their first bytes.
    """
    archive.set_root("")
    by_folder: dict[str, list[str]] = {}
    for name in archive.names():
        if name.lower().endswith(".json") and not PRIVATE_PATH.search(name):
            by_folder.setdefault(posixpath.dirname(name), []).append(name)
    found = []
    for folder, names in sorted(by_folder.items()):
        first = sorted(names)[:3]
        if any(looks_like_dce(h) for h in _heads(archive, first).values()):
            found.append(folder)
    if not found:
        return None
    common = posixpath.commonpath(found) if len(found) > 1 else found[0]
    return f"{common}/" if common else ""


@dataclass
class Table:
    """Every message of the files, with the users they name: not yet filtered by owner."""

    messages: pl.DataFrame  # one row per message of a talking type (Default / Reply), de-duplicated, dated
    mentions: pl.DataFrame  # row (the message's), mention: every account a message names, bots included
    reactions: pl.DataFrame  # conversation_id, message_id, user_id: who reacted where the files list it
    conversations: pl.DataFrame  # conversation_id, kind (channel, thread, dm, group, private), parent_id
    users: dict[str, tuple[str | None, str | None]]  # account id -> (name, nickname), bots included
    bots: set[str]
    reactions_listed: bool  # some reaction lists who reacted (DCE 2.40.4 on)
    reactions_counted: bool  # some message carries a reactions field
    files: list[str]
    exported_at: datetime | None
    warnings: list[ExportWarning] = field(default_factory=list)


def conversation_kind(file: ChannelFile) -> str:
    """channel, thread, dm, group, or private (a DM whose type does not say if it is a group)."""
    kind = (file.channel.type or "").lower()
    if "direct" in kind or kind in ("dm", "groupdm"):
        return "group" if "group" in kind else "dm"
    if "thread" in kind:
        return "thread"
    if kind:
        return "channel"  # GuildTextChat, GuildVoiceChat, GuildNews, GuildForum, …
    guild = file.guild
    if guild is None or str(guild.id) == "0" or guild.name == "Direct Messages":
        return "private"
    return "channel"


def within_years(at: pl.Expr) -> pl.Expr:
    """The time where it lies in the years 1 to 9999, else null."""
    return pl.when(at.is_between(FIRST_TIME, LAST_TIME)).then(at)


def _parse_times(frame: pl.DataFrame) -> pl.DataFrame:
    """``at`` from ``timestamp``: DCE's own form first; the others only where it fails (a large export is one form)."""
    text = pl.col("timestamp").str.strip_chars()
    first, *others = (text.str.to_datetime(f, time_unit="us", time_zone="UTC", strict=False) for f in TIME_FORMATS)
    frame = frame.with_columns(at=first)
    if frame.select((pl.col("at").is_null() & pl.col("timestamp").is_not_null()).any()).item():
        frame = frame.with_columns(at=pl.coalesce(first, *others))
    return frame.with_columns(at=within_years(pl.col("at")))


def _reaction_total(reactions: list[Reaction] | None) -> int | None:
    """A message's reactions counted (every emoji); None when the export counts none, or a count is damaged."""
    if reactions is None:
        return None
    total = 0
    for r in reactions:
        if r.count is None:
            continue
        if not 0 <= r.count <= MAX_COUNT:
            return None
        total += r.count
    return total


def _itself(ref: Reference, message_id: str, conversation_id: str) -> bool:
    """A reference to the message itself (the reviewer's self_reply): no reference at all, so the message is an
    opener (or, in a thread, answers the thread's root), never its own reply."""
    return str(ref.messageId) == message_id and (ref.channelId is None or str(ref.channelId) == conversation_id)


def read_table(archive: Archive, progress: Progress) -> Table:
    """Read every DCE file below the archive's root into one :class:`Table`."""
    names = sorted(
        n for n in archive.names() if n.lower().endswith(".json") and not PRIVATE_PATH.search(archive.root + n)
    )
    heads = _heads(archive, names)
    warnings: list[ExportWarning] = []
    other = [n for n in names if not looks_like_dce(heads[n])]
    if other:
        warnings.append(
            ExportWarning(
                "unsupported_file",
                other[0],
                f"{other[0]}{f' and {len(other) - 1} more JSON file(s)' if len(other) > 1 else ''}: not "
                "DiscordChatExporter channel files; not read",
            )
        )
    files = [n for n in names if n not in set(other)]
    users: dict[str, tuple[str | None, str | None]] = {}
    bots: set[str] = set()
    conv: dict[str, tuple[str, str | None, str]] = {}  # id -> (kind, parent id, first file)
    conversation_ids: list[str] = []
    message_ids: list[str] = []
    timestamps: list[str | None] = []
    authors: list[str] = []
    ref_message: list[str | None] = []
    ref_conversation: list[str | None] = []
    ref_type: list[str | None] = []
    contents: list[str | None] = []
    reaction_total: list[int | None] = []
    sources: list[str] = []
    m_row: list[int] = []  # mentions, flat: the message's row and the account named
    m_id: list[str] = []
    r_conv: list[str] = []
    r_msg: list[str] = []
    r_user: list[str] = []
    listed = counted = False
    bad_counts: dict[str, int] = {}  # file -> messages whose reaction count is damaged
    exported: list[str] = []
    system = 0

    def person(u: User) -> str | None:
        uid = u.id if type(u.id) is str else None if u.id is None else str(u.id)
        if uid is None:
            return None
        if uid not in users:  # first seen: names as the first file that names them gives them
            users[uid] = (u.name, u.nickname)
        if u.isBot:
            bots.add(uid)
        return uid

    total = len(files)
    for i, name in enumerate(files, start=1):
        if total > 20 and i % 50 == 0:
            progress(f"reading channel file {i:,} of {total:,}")
        raw = archive.read_bytes(name)
        try:
            doc = _decoder.decode(raw)
        except DECODE_ERRORS as exc:
            raise ExportError(
                f"{archive.display(name)}: not a readable DiscordChatExporter file ({decode_reason(exc)}); "
                "expected JSON with guild, channel and messages"
            ) from None
        del raw
        cid = str(doc.channel.id)
        kind = conversation_kind(doc)
        parent = str(doc.channel.categoryId) if kind == "thread" and doc.channel.categoryId is not None else None
        conv.setdefault(cid, (kind, parent, name))
        if doc.exportedAt:
            exported.append(doc.exportedAt)
        msgs = doc.messages
        # Everyone the file names, once per account (authors of every type, those mentioned).
        seen: dict[Id | None, User] = {}
        for m in msgs:
            if m.author is not None:
                seen.setdefault(m.author.id, m.author)
            for u in m.mentions or ():
                seen.setdefault(u.id, u)
        for u in seen.values():
            person(u)
        talk = [
            m for m in msgs if m.author is not None and m.author.id is not None and (m.type or "Default") in TALK_TYPES
        ]
        system += len(msgs) - len(talk)
        base = len(message_ids)
        ids = [m.id if type(m.id) is str else str(m.id) for m in talk]
        message_ids.extend(ids)
        conversation_ids.extend([cid] * len(talk))
        sources.extend([name] * len(talk))
        timestamps.extend([m.timestamp for m in talk])
        authors.extend([a if type(a := m.author.id) is str else str(a) for m in talk])  # type: ignore[union-attr]
        contents.extend([m.content for m in talk])
        refs = [
            f if (f := m.reference) is not None and f.messageId is not None and not _itself(f, mid, cid) else None
            for m, mid in zip(talk, ids, strict=True)
        ]
        ref_message.extend([None if f is None else str(f.messageId) for f in refs])
        ref_conversation.extend([None if f is None else cid if f.channelId is None else str(f.channelId) for f in refs])
        ref_type.extend([None if f is None else f.type for f in refs])
        totals = [_reaction_total(m.reactions) for m in talk]
        if damaged := sum(1 for m, n in zip(talk, totals, strict=True) if n is None and m.reactions is not None):
            bad_counts[name] = damaged
        reaction_total.extend(totals)
        counted = counted or any(m.reactions is not None for m in talk)
        for row, m in enumerate(talk, start=base):
            if not (m.mentions or m.reactions):
                continue
            for u in m.mentions or ():
                if u.id is not None:
                    m_row.append(row)
                    m_id.append(str(u.id))
            for reaction in m.reactions or ():
                if reaction.users is None:
                    continue
                listed = True
                for u in reaction.users:
                    if (uid := person(u)) is not None:
                        r_conv.append(cid)
                        r_msg.append(ids[row - base])
                        r_user.append(uid)
        del doc

    if bad_counts:
        first = next(iter(bad_counts))
        more = f" and {len(bad_counts) - 1} more file(s)" if len(bad_counts) > 1 else ""
        warnings.append(
            ExportWarning(
                "unreadable",
                first,
                f"{first}{more}: {sum(bad_counts.values()):,} message(s) with a reaction count that is not a number "
                "from 0 to 10^12 (messages[].reactions[].count): their reaction counts are left out",
            )
        )
    messages = pl.DataFrame(
        {
            "conversation_id": conversation_ids,
            "message_id": message_ids,
            "timestamp": timestamps,
            "author_id": authors,
            "ref_message": ref_message,
            "ref_conversation": ref_conversation,
            "ref_type": ref_type,
            "content": contents,
            "reaction_total": reaction_total,
            "source_file": sources,
        },
        schema={
            "conversation_id": pl.String,
            "message_id": pl.String,
            "timestamp": pl.String,
            "author_id": pl.String,
            "ref_message": pl.String,
            "ref_conversation": pl.String,
            "ref_type": pl.String,
            "content": pl.String,
            "reaction_total": pl.Int64,
            "source_file": pl.String,
        },
    ).with_row_index("row")
    # Mentions: the list's ids and raw <@id> / <@!id> in the text, as rows (message row, account).
    in_text = (
        messages.select("row", mention=pl.col("content").str.extract_all(_RAW_MENTION))
        .explode("mention")
        .drop_nulls("mention")
        .select("row", mention=pl.col("mention").str.extract(r"(\d+)"))
    )
    listed_mentions = pl.DataFrame({"row": m_row, "mention": m_id}, schema={"row": pl.UInt32, "mention": pl.String})
    mentions = pl.concat([listed_mentions, in_text.cast({"row": pl.UInt32})]).unique(maintain_order=True)
    messages = _parse_times(messages).unique(["conversation_id", "message_id"], keep="first", maintain_order=True)
    mentions = mentions.join(messages.select("row"), on="row", how="semi")
    undated = messages.filter(pl.col("at").is_null())
    if undated.height:
        warnings.append(
            ExportWarning(
                "unreadable",
                undated["source_file"][0],
                f"{undated['source_file'][0]}: {undated.height:,} message(s) without a readable timestamp "
                f"(e.g. {undated['timestamp'][0]!r}) not counted",
            )
        )
        messages = messages.filter(pl.col("at").is_not_null())
    reactions = pl.DataFrame(
        {"conversation_id": r_conv, "message_id": r_msg, "user_id": r_user},
        schema={"conversation_id": pl.String, "message_id": pl.String, "user_id": pl.String},
    ).unique(maintain_order=True)
    conversations = pl.DataFrame(
        [(c, k, p, f) for c, (k, p, f) in conv.items()],
        schema={"conversation_id": pl.String, "kind": pl.String, "parent_id": pl.String, "source_file": pl.String},
        orient="row",
    )
    stamps = pl.Series(exported, dtype=pl.String).to_frame("timestamp")
    exported_at = _parse_times(stamps)["at"].max() if exported else None
    return Table(
        messages=messages.drop("timestamp"),
        mentions=mentions,
        reactions=reactions,
        conversations=conversations,
        users=users,
        bots=bots,
        reactions_listed=listed,
        reactions_counted=counted,
        files=files,
        exported_at=exported_at,  # type: ignore[arg-type]  # a Datetime column's max is a datetime
        warnings=warnings,
    )
