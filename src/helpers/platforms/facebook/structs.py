"""Typed msgspec shapes of the Facebook export files: only the fields the analysis needs are decoded.

A typed decode never materialises the other fields: the ``upload_ip`` inside a post's media metadata, the
emails, phone numbers and address of ``profile_information.json``, and the text of every message are
skipped on load, never held. Strings come back as Meta wrote them (mojibake); the readers repair each one
they keep (``helpers.platforms.meta.text``).
"""

from __future__ import annotations

import msgspec

Number = int | float


class NameOnly(msgspec.Struct, gc=False):
    name: str | None = None


class Media(msgspec.Struct, gc=False):
    description: str | None = None  # a photo post's caption when ``data`` holds no ``post``


class AttachmentData(msgspec.Struct, gc=False):
    media: Media | None = None


class Attachment(msgspec.Struct, gc=False):
    data: list[AttachmentData] = []


class CommentBody(msgspec.Struct, gc=False):
    comment: str | None = None
    author: str | None = None  # always the owner: these files hold only what the owner wrote
    group: str | None = None


class DataItem(msgspec.Struct, gc=False):
    """One element of an item's ``data`` list: a post text, a comment, a reaction or a name."""

    post: str | None = None
    comment: CommentBody | None = None
    reaction: ReactionBody | None = None
    name: str | None = None


class ReactionBody(msgspec.Struct, gc=False):
    reaction: str | None = None  # LIKE, LOVE, HAHA, WOW, SORRY, ANGER, SUPPORT ...
    actor: str | None = None  # the owner


class LabelValue(msgspec.Struct, gc=False):
    """2024+ ``label_values`` entries: ``{"label", "value", "href"}`` or a titled group ``{"title", "dict": [...]}``."""

    label: str | None = None
    value: str | None = None
    href: str | None = None
    title: str | None = None
    children: list[LabelValue] = msgspec.field(name="dict", default=[])


class Activity(msgspec.Struct, gc=False):
    """A post, comment, reaction, story or page entry: every own-activity file uses this one shape."""

    timestamp: Number | None = None
    title: str | None = None
    data: list[DataItem] = []
    attachments: list[Attachment] = []
    tags: list[NameOnly | str] = []
    label_values: list[LabelValue] = []
    name: str | None = None  # friends / followers / following / page likes: {"name", "timestamp"}


class ProfileName(msgspec.Struct, gc=False):
    full_name: str | None = None


class PreviousName(msgspec.Struct, gc=False):
    name: str | None = None


class ProfileBody(msgspec.Struct, gc=False):
    name: ProfileName | None = None
    username: str | None = None  # 2018-2020 profiles only
    previous_names: list[PreviousName] = []
    other_names: list[PreviousName] = []


class Profile(msgspec.Struct, gc=False):
    profile_v2: ProfileBody | None = None  # 2021 on
    profile: ProfileBody | None = None  # 2018-2020


class DashboardEntry(msgspec.Struct, gc=False):
    page_name: str | None = None


class MessageReaction(msgspec.Struct, gc=False):
    reaction: str | None = None
    actor: str | None = None


class Message(msgspec.Struct, gc=False):
    sender_name: str | None = None  # Download-your-information threads
    timestamp_ms: int | None = None
    type: str | None = None  # Generic, Share, Call, Subscribe, Unsubscribe
    is_unsent: bool | None = None
    senderName: str | None = None  # end-to-end-encrypted secure-storage download (camelCase, ms in "timestamp")
    timestamp: int | None = None
    isUnsent: bool | None = None
    reactions: list[MessageReaction] = []


class Thread(msgspec.Struct, gc=False):
    participants: list[NameOnly | str] = []
    messages: list[Message] = []
    title: str | None = None
    threadName: str | None = None  # end-to-end-encrypted files
    thread_type: str | None = None  # Regular, RegularGroup (older files only)
