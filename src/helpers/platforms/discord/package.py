"""Discord's own data package ("Request all of my data"): the owner's messages only, into the canonical model.

No real package was available (docs/formats/discord.md); the layout is the one parsers read
(Androz2091/discord-data-package-explorer ``src/app/extractor.js``, seanbreckenridge/discord_data
``discord_data/parse.py``) and issue reports describe:

- ``messages/index.json`` ``{"<channel id>": "general in <Server>" | "Direct Message with name#1234" | null}``;
- ``messages/c<channel id>/channel.json`` ``{id, type, name?, guild: {id, name}?, recipients: [ids]?}``: ``type``
  a number in older packages (1 DM, 3 group DM, 0 a server's text channel, 11 a thread, ...), a word in newer
  ones ("DM", "GROUP_DM", "GUILD_TEXT", "PUBLIC_THREAD"); a group DM may list no recipients. Folders lack the
  ``c`` before mid-2021 [genki-ai/Discord-Data-Package-Parser#12];
- ``messages/c<id>/messages.csv`` ``ID,Timestamp,Contents,Attachments`` until early 2024, then
  ``messages.json`` ``[{"ID", "Timestamp", "Contents", "Attachments"}]``; ``Timestamp``
  "2020-08-25 22:54:05.726000+00:00", or "2021-10-13 15:35:46" (UTC) in 2025 packages; some 2021 packages
  lack the messages file of a channel [Androz2091/discord-data-package-explorer#32];
- ``account/user.json``: the owner (``id``, ``username``, ``global_name``). The same file holds the email
  address, phone, IP addresses, payments and friends: only those three fields are decoded, nothing else is
  kept. No other account file, and nothing under ``activity/`` (analytics with device and location data),
  ``ads/`` or ``support_tickets/``, is ever opened.
- Since mid-2025 the folders are capitalised (``Messages/``, ``Account/``) and translated (French
  ``Compte/``, ``Activités/``) [peterhanania/Discord-Package#163]: folders are found by what they hold.

Messages are raw Discord text, where a mention is written ``<@id>`` or ``<@!id>``: mentions are read from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import msgspec
import polars as pl

from helpers.errors import ExportError, ExportWarning, OwnerNeeded
from helpers.model import (
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
from helpers.platforms.discord.dce import within_years
from helpers.platforms.x.structs import DECODE_ERRORS, decode_reason

Progress = Callable[[str], None]
PLATFORM = "discord"
# <messages folder>/c<channel id>/channel.json; the folder's name may be translated, so it is not matched.
_CHANNEL_FILE = re.compile(r"^(.*?)([^/]+)/c?(\d+)/channel\.json$", re.IGNORECASE)
_CHANNEL_MEMBER = re.compile(r"^c?(\d+)/(channel\.json|messages\.json|messages\.csv)$", re.IGNORECASE)
# The account folder's names seen (lower-cased); any other folder holding user.json at the package's top is
# taken when it is the only one.
ACCOUNT_FOLDERS = ("account", "compte")
PRIVATE_TYPES = {1: "dm", 3: "group", "1": "dm", "3": "group", "dm": "dm", "group_dm": "group"}
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f%:z")
_DM_NAME = re.compile(r"^Direct Message with (.+?)(?:#\d{1,4})?$")
_RAW_MENTION = r"<@!?(\d+)>"

NOTES = {
    "messages": "Discord's data package holds only the messages you sent, not those you received: private "
    "conversation is one-sided and answers to you cannot be measured.",
    "inbound_public": "Discord's data package holds only what you wrote: replies, mentions and reactions by "
    "others are not in it, so everyone you addressed counts as reached. A DiscordChatExporter export of the "
    "server's channels shows both sides.",
    "own_posts": "Your messages in servers' channels and threads count as posts; the package does not say "
    "which message each one answered.",
    "followers": "Discord has no followers, and the data package lists no server's members.",
    "following": "Discord has no follows.",
    "likes_given": "The data package records the reactions you gave only in its activity logs, which this tool "
    "does not open (they also hold device and location data).",
    "engagement_counts": "The data package holds no reactions or replies to your messages.",
}


class Account(msgspec.Struct, gc=False):
    """The only fields of account/user.json decoded: every other one is skipped unread."""

    id: str | int | None = None
    username: str | None = None
    global_name: str | None = None


class Guild(msgspec.Struct, gc=False):
    id: str | int | None = None
    name: str | None = None


class ChannelInfo(msgspec.Struct, gc=False):
    id: str | int | None = None
    type: str | int | None = None
    guild: Guild | None = None
    recipients: list[str | int] | None = None


class PackageMessage(msgspec.Struct, gc=False):
    ID: str | int
    Timestamp: str | None = None
    Contents: str | None = None


_account = msgspec.json.Decoder(Account)
_channel = msgspec.json.Decoder(ChannelInfo)
_messages = msgspec.json.Decoder(list[PackageMessage])
_index = msgspec.json.Decoder(dict[str, str | None])


def find_root(archive: Archive) -> str | None:
    """The folder holding the package (the one above its messages folder), from file names alone; or None."""
    archive.set_root("")
    names = archive.names()
    for name in sorted(names, key=lambda n: n.count("/")):
        m = _CHANNEL_FILE.match(name)
        if m is None:
            continue
        prefix, folder = m[1], m[2]
        if archive.has(f"{prefix}{folder}/index.json") or _account_files(names, prefix):
            return prefix
    return None


def _messages_folder(archive: Archive) -> str:
    for name in sorted(archive.names(), key=lambda n: n.count("/")):
        m = _CHANNEL_FILE.match(name)
        if m is not None and m[1] == "":
            return m[2]
    raise ExportError(f"{archive.display('')}: no messages folder with channel folders; expected messages/c<id>/")


def _account_files(names: list[str], prefix: str) -> list[str]:
    """``<folder>/user.json`` directly below the package's top (not Activities/…/users/user.json)."""
    rx = re.compile(rf"^{re.escape(prefix)}[^/]+/user\.json$", re.IGNORECASE)
    return [n for n in names if rx.match(n)]


def _decode(archive: Archive, name: str, decoder: msgspec.json.Decoder, expected: str):
    raw = archive.read_bytes(name)
    try:
        return decoder.decode(raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw)
    except DECODE_ERRORS as exc:
        raise ExportError(
            f"{archive.display(name)}: not readable ({decode_reason(exc)}); expected {expected}"
        ) from None


def _owner(
    archive: Archive, path: Path, messages_folder: str, wanted: str | None, warnings: list[ExportWarning]
) -> Owner:
    files = [n for n in _account_files(archive.names(), "") if not n.lower().startswith(messages_folder.lower() + "/")]
    named = [n for n in files if n.split("/")[0].lower() in ACCOUNT_FOLDERS]
    chosen = named[0] if named else files[0] if len(files) == 1 else None
    if chosen is None:
        own = (wanted or "").strip().removeprefix("@")
        if own.isdigit():  # --owner gives the account id the package does not
            return Owner(own, None, None)
        warnings.append(
            ExportWarning(
                "owner_unknown",
                "account/user.json",
                "account/user.json is not in the package: the account is not named, and your private messages "
                "are not counted (whom they went to needs your account id; give it with --owner)",
            )
        )
        return Owner(None, own or None, None)
    account = _decode(archive, chosen, _account, "the account's JSON object with id and username")
    if account.id is None:
        raise ExportError(f"{archive.display(chosen)}: no account id; expected the account's JSON object with id")
    owner = Owner(str(account.id), account.username or None, account.global_name or None)
    if wanted is not None:
        w = wanted.strip()
        if w != owner.account_id and w.removeprefix("@").casefold() != (owner.handle or "").casefold():
            raise OwnerNeeded(
                f"{path}: a Discord data package holds only its owner's messages "
                f"({'@' + owner.handle if owner.handle else owner.account_id}); --owner {wanted} names someone else"
            )
    return owner


def _kind(info: ChannelInfo) -> str:
    """dm, group or channel (a server's channel, thread, voice chat, ...)."""
    t = info.type.lower() if isinstance(info.type, str) else info.type
    if t in PRIVATE_TYPES:
        return PRIVATE_TYPES[t]
    if t is None and info.guild is None and info.recipients:
        return "group" if len(info.recipients) > 2 else "dm"
    return "channel"


def _csv_messages(archive: Archive, name: str) -> pl.DataFrame:
    try:
        frame = pl.read_csv(archive.read_bytes(name), infer_schema=False, encoding="utf8-lossy")
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        raise ExportError(
            f"{archive.display(name)}: not a readable CSV file ({str(exc).splitlines()[0]}); "
            "expected ID,Timestamp,Contents,Attachments"
        ) from None
    missing = [c for c in ("ID", "Timestamp") if c not in frame.columns]
    if missing:
        raise ExportError(
            f"{archive.display(name)}: missing column(s) {', '.join(missing)}; expected ID,Timestamp,Contents,Attachments"
        )
    return frame.select(
        message_id=pl.col("ID").str.strip_chars(),
        timestamp="Timestamp",
        content=pl.col("Contents") if "Contents" in frame.columns else pl.lit(None, pl.String),
    )


def read_package(archive: Archive, path: Path, wanted: str | None, progress: Progress) -> Export:
    """Read the package below the archive's root (set by :func:`find_root`)."""
    warnings: list[ExportWarning] = []
    folder = _messages_folder(archive)
    owner = _owner(archive, path, folder, wanted, warnings)
    index_name = f"{folder}/index.json"
    index: dict[str, str | None] = {}
    if archive.has(index_name):
        try:
            index = _decode(archive, index_name, _index, "an object of channel ids and names")
        except ExportError as exc:  # names only: the messages are read without them
            warnings.append(ExportWarning("unreadable", index_name, f"{exc}; channel names are not read"))
    channels: dict[str, dict[str, str]] = {}
    for name in archive.names():
        if name.lower().startswith(folder.lower() + "/") and (m := _CHANNEL_MEMBER.match(name[len(folder) + 1 :])):
            channels.setdefault(m[1], {})[m[2].lower()] = name
    frames, infos, lacking, formats = [], [], [], set()
    for i, (cid, members) in enumerate(sorted(channels.items()), start=1):
        if i % 500 == 0:
            progress(f"reading channel {i:,} of {len(channels):,}")
        if "channel.json" not in members:
            lacking.append(f"{folder}/c{cid}/channel.json")
            continue
        info = _decode(archive, members["channel.json"], _channel, "the channel's JSON object")
        if "messages.json" in members:
            rows = _decode(
                archive, members["messages.json"], _messages, "a JSON list of messages with ID and Timestamp"
            )
            frame = pl.DataFrame(
                {
                    "message_id": [str(m.ID) for m in rows],
                    "timestamp": [m.Timestamp for m in rows],
                    "content": [m.Contents for m in rows],
                },
                schema={"message_id": pl.String, "timestamp": pl.String, "content": pl.String},
            )
            source = members["messages.json"]
            formats.add("messages.json")
        elif "messages.csv" in members:
            frame = _csv_messages(archive, members["messages.csv"])
            source = members["messages.csv"]
            formats.add("messages.csv")
        else:
            lacking.append(f"{folder}/c{cid}/messages.json")
            continue
        kind = _kind(info)
        recipients = sorted({str(r) for r in info.recipients or ()} - {owner.account_id or ""})
        name = index.get(cid) or ""
        handle = m[1] if kind == "dm" and len(recipients) == 1 and (m := _DM_NAME.match(name)) else None
        infos.append((cid, kind, recipients, handle, info.recipients is not None))
        frames.append(frame.with_columns(conversation_id=pl.lit(cid), source_file=pl.lit(source)))
    if lacking:
        warnings.append(
            ExportWarning(
                "missing_file",
                lacking[0],
                f"{lacking[0]}{f' and {len(lacking) - 1} more' if len(lacking) > 1 else ''}: not in the package "
                "(a fault of some packages; requesting the data again fixed it): those channels are not counted",
            )
        )
    if not frames:
        raise ExportError(
            f"{archive.display(folder)}: no channel with its messages; expected {folder}/c<id>/channel.json "
            "and messages.json (or messages.csv)"
        )
    conv = pl.DataFrame(
        infos,
        schema={
            "conversation_id": pl.String,
            "kind": pl.String,
            "recipients": pl.List(pl.String),
            "partner_handle": pl.String,
            "listed": pl.Boolean,
        },
        orient="row",
    )
    text = pl.col("timestamp").str.strip_chars()
    messages = (
        pl.concat(frames, how="diagonal")
        .join(conv, on="conversation_id", how="left")
        .with_columns(
            at=within_years(
                pl.coalesce(
                    [text.str.to_datetime(f, time_unit="us", time_zone="UTC", strict=False) for f in TIME_FORMATS]
                )
            )
        )
        .unique(["conversation_id", "message_id"], keep="first", maintain_order=True)
    )
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
    own_id = owner.account_id or ""
    messages = messages.with_columns(
        mentions=pl.col("content")
        .fill_null("")
        .str.extract_all(_RAW_MENTION)
        .list.eval(pl.element().str.extract(r"(\d+)"))
        .list.unique(maintain_order=True)
        .list.set_difference([own_id]),
        is_private=pl.col("kind") != "channel",
    )
    posts = conform(
        messages.filter(~pl.col("is_private")).select(
            platform=pl.lit(PLATFORM),
            post_id="message_id",
            created_at="at",
            kind=pl.lit("original"),
            text="content",
            mentions="mentions",
            source_file="source_file",
            conversation_id="conversation_id",
        ),
        POSTS_SCHEMA,
    )
    posts = (
        posts.with_columns(mode=voice_mode())
        .unique("post_id", keep="first", maintain_order=True)
        .select(*POSTS_SCHEMA.names(), "conversation_id")
        .sort("created_at", "post_id")
    )
    private = messages.filter("is_private")
    unnamed = private.filter(pl.col("recipients").list.len() == 0)
    if unnamed.height and owner.account_id is not None:
        warnings.append(
            ExportWarning(
                "partial",
                unnamed["source_file"][0],
                f"{unnamed.height:,} of your private messages in {unnamed['conversation_id'].n_unique():,} "
                "conversation(s) whose channel.json lists no one else are not counted: whom they went to is not "
                "in the package",
            )
        )
    acts = []
    if owner.account_id is not None:
        acts.append(
            private.explode("recipients")
            .drop_nulls("recipients")
            .select(
                at="at",
                direction=pl.lit("out"),
                account_id="recipients",
                channel=pl.lit("message"),
                ref_id="message_id",
                conversation_id="conversation_id",
                is_group=pl.col("kind") == "group",
            )
        )
    acts.append(
        posts.explode("mentions")
        .drop_nulls("mentions")
        .select(
            at="created_at",
            direction=pl.lit("out"),
            account_id="mentions",
            channel=pl.lit("mention"),
            ref_id="post_id",
            conversation_id="conversation_id",
        )
    )
    interactions = (
        conform(pl.concat(acts, how="diagonal_relaxed"), INTERACTIONS_SCHEMA)
        .with_columns(platform=pl.lit(PLATFORM))
        .sort("at", "conversation_id", "ref_id", "account_id")
    )
    handles = conv.filter(pl.col("partner_handle").is_not_null()).select(
        account_id=pl.col("recipients").list.first(), handle="partner_handle"
    )
    people = (
        interactions.select("account_id")
        .unique()
        .join(handles.unique("account_id", keep="first"), on="account_id", how="left")
        .filter(pl.col("account_id") != own_id)
        .with_columns(
            platform=pl.lit(PLATFORM),
            display_name=pl.lit(None, pl.String),
            follows_owner=pl.lit(None, pl.Boolean),
            followed_by_owner=pl.lit(None, pl.Boolean),
            followed_at=pl.lit(None, UTC_TIME),
        )
    )
    return Export(
        platform=PLATFORM,
        meta=ExportMeta(
            owner=owner,
            coverage=Coverage(
                own_posts=True,
                followers=False,
                following=False,
                inbound_public=False,
                messages=False,
                sent_messages=owner.account_id is not None,
                likes_given=False,
                engagement_counts=False,
                notes=dict(NOTES),
            ),
            source=str(path.resolve()),
            generation=f"Discord data package ({' and '.join(sorted(formats))})",
            warnings=warnings,
        ),
        posts=posts,
        people=conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names()).sort("account_id"),
        interactions=interactions,
    )
