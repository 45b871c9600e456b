"""Typed msgspec shapes of the X archive files: only the fields the analysis needs are decoded.

A typed decode skips every other field without building Python objects for it, which is what makes
reading a large ``tweets.js`` fast (see STACK-NOTES.md: 255 MB/s against 48 MB/s for orjson). It also
means fields we must not hold (the email in ``account.js``) are never materialised.
"""

from __future__ import annotations

import msgspec

# What msgspec raises on a hostile file: besides its own errors, invalid UTF-8 inside a string comes out as
# UnicodeDecodeError and nesting deeper than the interpreter's stack as RecursionError.
DECODE_ERRORS = (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError)


def decode_reason(exc: BaseException) -> str:
    """The first line of a decode error, said plainly for the errors msgspec does not word itself."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid UTF-8 inside a string: {exc.reason}"
    return str(exc).split("\n")[0]


class Mention(msgspec.Struct, gc=False):
    id_str: str | None = None
    screen_name: str | None = None
    name: str | None = None


class Url(msgspec.Struct, gc=False):
    url: str | None = None
    expanded_url: str | None = None


class Entities(msgspec.Struct, gc=False):
    user_mentions: list[Mention] = []
    urls: list[Url] = []


class EditControl(msgspec.Struct, gc=False):
    editTweetIds: list[str] = []


class EditSubsequent(msgspec.Struct, gc=False):
    initialTweetId: str | None = None
    editControlInitial: EditControl | None = None


class EditInfo(msgspec.Struct, gc=False):
    # Every v3 tweet carries edit_info.initial (its editTweetIds, editableUntil, ...). Later versions of
    # an edited tweet are separate entries carrying edit_info.edit.initialTweetId (archive README: "linked
    # by the initial tweet id"). Only "edit" is decoded: skipping "initial" makes the whole decode ~28%
    # faster (measured on 200k tweets), and the initial id of a version is all the dedupe needs.
    edit: EditSubsequent | None = None


class User(msgspec.Struct, gc=False):
    id_str: str | None = None
    screen_name: str | None = None
    name: str | None = None


class Retweeted(msgspec.Struct, gc=False):
    # Grailbird only: the full retweeted tweet with its author.
    id_str: str | None = None
    user: User | None = None


class Tweet(msgspec.Struct, gc=False):
    id_str: str
    created_at: str
    full_text: str | None = None
    text: str | None = None  # Grailbird names the text "text"
    in_reply_to_status_id_str: str | None = None
    in_reply_to_user_id_str: str | None = None
    in_reply_to_screen_name: str | None = None
    # Strings in GDPR archives ("0"), absent in Grailbird.
    favorite_count: str | int | None = None
    retweet_count: str | int | None = None
    entities: Entities | None = None
    retweeted_status: Retweeted | None = None
    edit_info: EditInfo | None = None


class WrappedTweet(msgspec.Struct, gc=False):
    tweet: Tweet


class IdOnly(msgspec.Struct, gc=False):
    # deleted-tweet-headers.js / deleted-tweets.js: only the id matters (they are excluded).
    tweet_id: str | None = None
    id_str: str | None = None


class WrappedIdOnly(msgspec.Struct, gc=False):
    tweet: IdOnly


class NoteMention(msgspec.Struct, gc=False):
    screenName: str | None = None


class NoteCore(msgspec.Struct, gc=False):
    text: str = ""
    mentions: list[NoteMention] = []


class NoteTweet(msgspec.Struct, gc=False):
    noteTweetId: str
    createdAt: str
    core: NoteCore | None = None


class WrappedNoteTweet(msgspec.Struct, gc=False):
    noteTweet: NoteTweet


class Follow(msgspec.Struct, gc=False):
    accountId: str


class WrappedFollower(msgspec.Struct, gc=False):
    follower: Follow


class WrappedFollowing(msgspec.Struct, gc=False):
    following: Follow


class MessageCreate(msgspec.Struct, gc=False):
    # The message text is deliberately not decoded: only who wrote to whom, and when.
    id: str | None = None
    senderId: str | None = None
    recipientId: str | None = None  # absent in group conversations
    createdAt: str | None = None


class GroupMembers(msgspec.Struct, gc=False):
    initiatingUserId: str | None = None
    participantsSnapshot: list[str] = []
    userIds: list[str] = []


class MessageEvent(msgspec.Struct, gc=False):
    messageCreate: MessageCreate | None = None
    joinConversation: GroupMembers | None = None
    participantsJoin: GroupMembers | None = None
    participantsLeave: GroupMembers | None = None


class Conversation(msgspec.Struct, gc=False):
    conversationId: str
    messages: list[MessageEvent] = []


class WrappedConversation(msgspec.Struct, gc=False):
    dmConversation: Conversation


class AccountFields(msgspec.Struct, gc=False):
    # account.js also holds the email address: it is not a field here, so it is never read.
    accountId: str | None = None
    username: str | None = None
    accountDisplayName: str | None = None


class WrappedAccount(msgspec.Struct, gc=False):
    account: AccountFields


class UserInfo(msgspec.Struct, gc=False):
    accountId: str | None = None
    userName: str | None = None
    displayName: str | None = None


class ManifestFile(msgspec.Struct, gc=False):
    fileName: str
    count: str | int | None = None


class ManifestType(msgspec.Struct, gc=False):
    files: list[ManifestFile] = []


class ArchiveInfo(msgspec.Struct, gc=False):
    generationDate: str | None = None


class Manifest(msgspec.Struct, gc=False):
    userInfo: UserInfo | None = None
    archiveInfo: ArchiveInfo | None = None
    dataTypes: dict[str, ManifestType] = {}


class GrailbirdUser(msgspec.Struct, gc=False):
    id: str | int | None = None
    screen_name: str | None = None
    full_name: str | None = None


class GrailbirdIndexEntry(msgspec.Struct, gc=False):
    file_name: str
    tweet_count: int | None = None
