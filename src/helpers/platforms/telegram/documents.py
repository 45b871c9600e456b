"""Finding and decoding Telegram Desktop's ``result.json``: only the fields the analysis needs are decoded.

Two shapes (Telegram Desktop's ``export_output_json.cpp``, docs/formats/telegram.md):

- a whole account: ``{about, personal_information, profile_pictures, contacts, frequent_contacts, sessions, ...,
  chats: {about, list: [chat]}, left_chats: {about, list: [chat]}}``, each section only if it was ticked;
- one chat or channel: the chat object itself, ``{name, type, id, messages: [...]}``.

A typed msgspec decode skips every field it does not declare without building anything from it: the phone
numbers of ``personal_information``, ``contacts`` and ``frequent_contacts``, the sessions, and a shared
contact's ``contact_information`` are never materialised.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import PurePosixPath
from typing import Any

import msgspec

from helpers.errors import ExportError
from helpers.platforms.archive import Archive
from helpers.platforms.x.files import human_size
from helpers.platforms.x.structs import DECODE_ERRORS, decode_reason
from helpers.progress import Progress

RESULT = "result.json"  # the name Telegram Desktop gives its JSON export (JsonWriter::mainFileRelativePath)
HEAD_BYTES = 4096
MAX_CHECKED = 200  # JSON files whose first bytes detection looks at, at most
SMALL_MEMBER = 5_000_000  # a tar member is read whole: detection reads only small ones

# Chat types as the writer names them (TypeString in export_output_json.cpp).
PRIVATE_TYPES = frozenset({"personal_chat"})
BOT_TYPES = frozenset({"bot_chat"})
GROUP_TYPES = frozenset({"private_group", "private_supergroup", "public_supergroup"})
CHANNEL_TYPES = frozenset({"private_channel", "public_channel"})
# The owner's notes to self, the "Replies" service chat and login codes: nobody talks there.
LEFT_OUT_TYPES = frozenset({"saved_messages", "replies", "verification_codes"})
CHAT_TYPES = PRIVATE_TYPES | BOT_TYPES | GROUP_TYPES | CHANNEL_TYPES | LEFT_OUT_TYPES

_TYPES = b"|".join(t.encode() for t in sorted(CHAT_TYPES))
# What the first bytes of a Telegram document show: a chat's type, the owner's section, or the chats list.
_TELEGRAM_HEAD = re.compile(
    rb'"type"\s*:\s*"(?:' + _TYPES + rb')"|"personal_information"\s*:\s*\{|"(?:left_)?chats"\s*:\s*\{\s*"about"'
)
# A whole-account result.json starts with "about" (JsonWriter::start); the sections after it are optional.
_ABOUT_FIRST = re.compile(rb'\s*\{\s*"about"\s*:\s*"')
# Never opened, not even by detection: the folders where other platforms keep private data (Discord's data
# package: activity/analytics and activity/reporting hold IP addresses and device details, account/ the email
# and phone; Meta's login and security folders), as store.PRIVATE_FILE names them (the store imports the readers,
# so its pattern cannot be imported here).
PRIVATE_PATH = re.compile(
    r"(?i)(^|/)(activit\w*|analytics|reporting|tns|modeling|account|compte|ads|support_tickets"
    r"|security_and_login_information|logged_information|login_and_account_creation)/"
)


class Entity(msgspec.Struct, gc=False):
    type: str | None = None
    text: str | None = None  # "mention": "@username"; "mention_name": the display name
    user_id: int | str | None = None  # "mention_name" only


class Reactor(msgspec.Struct, gc=False):
    from_id: int | str | None = None
    from_: Any = msgspec.field(default=None, name="from")  # the name; Any: an odd value names no one, never fails


class Reaction(msgspec.Struct, gc=False):
    type: str | None = None  # "emoji", "custom_emoji" or "paid"
    # Tkonverter's hand-written files write some numbers as strings: both are read.
    count: int | str | None = None
    recent: list[Reactor] | None = None  # only some of those who reacted


class Message(msgspec.Struct, gc=False):
    id: int | str | None = None
    type: str | None = None  # "message", "service" or "unsupported"
    date: str | None = None  # the exporting machine's local time, no zone
    date_unixtime: str | int | None = None  # epoch seconds as a string; absent before 2021 (tg2md exports)
    from_: str | None = msgspec.field(default=None, name="from")
    from_id: int | str | None = None
    actor_id: int | str | None = None  # service messages
    actor: Any = None  # the actor's name; Any: an odd value names no one, never fails the file
    reply_to_message_id: int | str | None = None
    reply_to_peer_id: int | str | None = None
    forwarded_from: str | None = None
    forwarded_from_id: int | str | None = None  # Tkonverter's files only; the Aug-2025 writer emits no id
    text: msgspec.Raw = msgspec.Raw(b"")  # decoded only for the owner's posts
    # Raw: decoded only when it holds a mention (decoding every plain part would double the reading time).
    text_entities: msgspec.Raw = msgspec.Raw(b"")
    reactions: list[Reaction] | None = None


class Chat(msgspec.Struct, gc=False):
    name: str | None = None  # absent for saved_messages and replies
    type: str | None = None
    id: int | str | None = None
    messages: list[Message] | None = None


class ChatList(msgspec.Struct, gc=False):
    chats: list[Chat] = msgspec.field(default_factory=list, name="list")


class Personal(msgspec.Struct, gc=False):
    # phone_number and bio are not declared: never decoded.
    user_id: int | str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None  # "@name" (FormatUsername), absent when the account has none


class Document(msgspec.Struct, gc=False):
    # A whole account.
    personal_information: Personal | None = None
    chats: ChatList | None = None
    left_chats: ChatList | None = None
    # One chat or channel.
    name: str | None = None
    type: str | None = None
    id: int | str | None = None
    messages: list[Message] | None = None

    @property
    def whole_account(self) -> bool:
        return self.messages is None and (
            self.chats is not None or self.left_chats is not None or self.personal_information is not None
        )

    def all_chats(self) -> list[Chat]:
        """Its chats: the chats and the chats left (channels and groups the owner has left), or itself."""
        if not self.whole_account:
            return [Chat(self.name, self.type, self.id, self.messages)]
        return [*(self.chats.chats if self.chats else []), *(self.left_chats.chats if self.left_chats else [])]


_decoder = msgspec.json.Decoder(Document)


def _head(archive: Archive, name: str) -> bytes | None:
    """The first bytes of a member (named from the export's top), b"" when unreadable, None when too costly."""
    try:
        if archive.is_single_file:
            with open(archive.path, "rb") as f:
                return f.read(HEAD_BYTES)
        if archive.kind == "folder":
            with open(archive.path / name, "rb") as f:
                return f.read(HEAD_BYTES)
        if archive.kind == "zip":
            with zipfile.ZipFile(archive.path) as z, z.open(name) as f:
                return f.read(HEAD_BYTES)
        return archive.read_bytes(name)[:HEAD_BYTES] if archive.size(name) <= SMALL_MEMBER else None
    except Exception:  # detection never raises: an unreadable member is simply not recognised
        return b""


def looks_like_telegram(archive: Archive, name: str) -> bool:
    """A JSON member whose first bytes show a Telegram document (``name`` from the export's top)."""
    head = _head(archive, name)
    is_result = PurePosixPath(name).name == RESULT
    if head is None:  # a large member of a tar archive: its name alone
        return is_result
    head = head.removeprefix(b"\xef\xbb\xbf")
    return bool(_TELEGRAM_HEAD.search(head)) or (is_result and bool(_ABOUT_FIRST.match(head)))


def candidates(names: list[str]) -> list[str]:
    """The members detection may open, shallowest first: ``result.json`` at any depth (Telegram Desktop writes
    ``DataExport_<date>/result.json``) and JSON files at the top of the given folder, never one under another
    platform's private folders (the review found this detector opening a Discord data package's
    activity/analytics/*.json, which hold IP addresses)."""
    return sorted(
        (
            n
            for n in names
            if n.lower().endswith(".json")
            and ("/" not in n or PurePosixPath(n).name == RESULT)
            and not PRIVATE_PATH.search(n)
        ),
        key=lambda n: (n.count("/"), n),
    )


def find_documents(archive: Archive) -> list[str]:
    """The Telegram documents of the export, relative to the root this sets: those in the shallowest folder
    holding one. Telegram writes one ``result.json``; collections of chat exports (mlomb/chat-analytics'
    ``DM_2A_7M.json`` beside ``MultiChat_2C_6M.json``) hold several JSON files side by side at the top of the
    folder given. Never raises."""
    archive.set_root("")
    names = archive.names()
    if archive.is_single_file:
        return names if looks_like_telegram(archive, names[0]) else []
    jsons = candidates(names)
    for name in jsons[:MAX_CHECKED]:
        if looks_like_telegram(archive, name):
            folder = name[: len(name) - len(PurePosixPath(name).name)]
            found = [
                n
                for n in jsons[:MAX_CHECKED]
                if n.startswith(folder) and "/" not in n[len(folder) :] and looks_like_telegram(archive, n)
            ]
            archive.set_root(folder)
            return [n[len(folder) :] for n in found]
    return []


def read_document(archive: Archive, name: str, progress: Progress) -> Document:
    """One document decoded; a one-line ExportError naming the file when it is not a Telegram export."""
    size = archive.size(name)
    if size > 20_000_000:
        progress(f"reading {name} ({human_size(size)})")
    raw = archive.read_bytes(name).removeprefix(b"\xef\xbb\xbf")
    expected = (
        "a Telegram Desktop export (result.json: a whole account's chats, or one chat's name, type, id, messages)"
    )
    if not raw.strip():
        raise ExportError(f"{archive.display(name)}: empty file; expected {expected}")
    try:
        doc = _decoder.decode(raw)
    except DECODE_ERRORS as exc:
        raise ExportError(f"{archive.display(name)}: {decode_reason(exc)}; expected {expected}") from None
    if not doc.whole_account and (doc.messages is None or doc.type is None):
        raise ExportError(f"{archive.display(name)}: neither chats nor messages; expected {expected}")
    return doc
