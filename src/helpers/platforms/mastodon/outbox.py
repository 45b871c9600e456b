"""Mastodon ``outbox.json``: the owner's statuses into post rows and sent direct messages.

Every generation has the same activity shape (formats/x-mastodon-bluesky-threads.md §2.1); what differs
is around it: per-item ``@context`` and LD ``signature`` before 4.2, a duplicated ``orderedItems`` key in
4.2-era streamed files (JSON decoders keep the last one, which is the full list), ``likes``/``shares``
totals since 4.3, ``quote`` fields and ``/ap/users/<number>`` actor URIs since 4.5.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.model import INTERACTIONS_SCHEMA, POSTS_SCHEMA, conform, voice_mode
from helpers.platforms.archive import Archive

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_PUBLIC_FORMS = {PUBLIC, "as:Public", "Public"}
# Seconds in Mastodon ("2022-11-08T03:07:14Z"); other servers' software adds milliseconds.
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%.fZ"

# Status URIs that name their author: Mastodon and GoToSocial "/users/<name>/statuses/<id>", new
# mastodon.social accounts "/ap/users/<number>/statuses/<id>" [seen goija 2026].
_ACCOUNT_PATH = re.compile(r"^(https?://[^/]+/(?:ap/)?users/[^/?#]+)/statuses/[^/?#]+")
# Pixelfed posts "/p/<user>/<id>"; its actors are "/users/<user>" [seen goija 2026 likes.json].
_PIXELFED_PATH = re.compile(r"^(https?://[^/]+)/p/([^/?#]+)/[^/?#]+$")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


class Tag(msgspec.Struct):
    type: str | None = None
    href: str | None = None
    name: str | None = None


class Total(msgspec.Struct):
    totalItems: int | None = None


class Note(msgspec.Struct):
    id: str | None = None
    type: str | None = None
    published: str | None = None
    inReplyTo: str | None = None
    to: list[str] | str | None = None
    cc: list[str] | str | None = None
    content: str | None = None
    conversation: str | None = None
    context: str | None = None
    tag: list[Tag] | None = None
    likes: Total | None = None
    shares: Total | None = None
    # Quote posts since 4.5: the same URI under three names, or {"type": "Tombstone"} once it is gone.
    quote: str | dict | None = None
    misskey_quote: str | dict | None = msgspec.field(default=None, name="_misskey_quote")
    quoteUri: str | None = None
    quoteUrl: str | None = None
    interactionPolicy: dict | None = None


class Activity(msgspec.Struct):
    id: str | None = None
    type: str | None = None
    actor: str | None = None
    published: str | None = None
    to: list[str] | str | None = None
    cc: list[str] | str | None = None
    object: Note | str | None = None
    signature: dict | None = None


class Outbox(msgspec.Struct):
    orderedItems: list[Activity] = []
    totalItems: int | None = None


_POST_COLUMNS = (
    "post_id",
    "created_raw",
    "kind",
    "text",
    "reply_to_account",
    "reply_to_post",
    "mentions",
    "like_count",
    "repost_count",
    "quote_account",
    "amplified_account",
    "visibility",
    "conversation_id",
)


@dataclass
class OutboxRows:
    """What the outbox holds, as frames: posts (public, unlisted, followers-only) and sent direct messages."""

    posts: pl.DataFrame
    messages: pl.DataFrame
    handles: dict[str, str]  # actor URI -> "user@host", from the Mention tags' names
    features: set[str] = field(default_factory=set)  # signed, counts, quotes, policies: the generation's traces
    skipped: int = 0  # activities of other types


def as_list(value: list[str] | str | None) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def html_to_text(content: str | None) -> str | None:
    """Status HTML as text: paragraphs and <br> become line breaks, tags go, entities are decoded.

    Link URLs stay whole: Mastodon hides their ends in ``<span class="invisible">`` but stores them.
    """
    if content is None:
        return None
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", content))).strip()


def status_author(uri: str | None, candidates: Sequence[str] = ()) -> str | None:
    """The actor URI of a status URI's author, or None.

    First an actor the post itself names (mention, ``cc``) whose URI the status URI continues; then the
    URI's own path (``/users/<name>/statuses/…``, Pixelfed ``/p/<user>/…``); then, for paths that name no
    one (Pleroma ``/objects/<uuid>``, Misskey ``/notes/<id>``), the one named actor on the same host.
    """
    if not uri:
        return None
    for href in candidates:
        if uri.startswith(href.rstrip("/") + "/"):
            return href
    m = _ACCOUNT_PATH.match(uri)
    if m:
        return m.group(1)
    m = _PIXELFED_PATH.match(uri)
    if m:
        return f"{m.group(1)}/users/{m.group(2)}"
    host = urlsplit(uri).netloc
    same_host = [c for c in dict.fromkeys(candidates) if urlsplit(c).netloc == host]
    return same_host[0] if len(same_host) == 1 else None


def _actors(addresses: list[str], owner_followers: str) -> list[str]:
    """Addressed accounts: neither the public collection nor any followers collection."""
    return [a for a in addresses if a not in _PUBLIC_FORMS and a != owner_followers and not a.endswith("/followers")]


def visibility(to: list[str], cc: list[str], owner_followers: str) -> str:
    """public / unlisted / followers / direct, from the addressing (the notes' table in §2.1)."""
    if any(a in _PUBLIC_FORMS for a in to):
        return "public"
    if any(a in _PUBLIC_FORMS for a in cc):
        return "unlisted"
    if owner_followers in to or owner_followers in cc:
        return "followers"
    return "direct"


def _quote_uri(note: Note) -> tuple[bool, str | None]:
    """Whether the note quotes, and the quoted status URI when it is still there."""
    for value in (note.quote, note.misskey_quote, note.quoteUri, note.quoteUrl):
        if isinstance(value, str) and value:
            return True, value
    return any(isinstance(v, dict) for v in (note.quote, note.misskey_quote)), None


def decode_outbox(archive: Archive, name: str) -> Outbox:
    """The outbox, typed; a byte-order mark is dropped (as for actor.json); a one-line ExportError otherwise."""
    raw = archive.read_bytes(name)
    body = memoryview(raw)[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return msgspec.json.decode(body, type=Outbox)
    except msgspec.ValidationError as exc:
        raise ExportError(
            f"{archive.display(name)}: not a Mastodon outbox ({exc}); expected an OrderedCollection whose "
            "orderedItems are Create and Announce activities"
        ) from None
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as exc:
        # msgspec raises UnicodeDecodeError on invalid UTF-8 inside a string, RecursionError on deep nesting.
        reason = (
            "nested too deeply"
            if isinstance(exc, RecursionError)
            else f"invalid UTF-8 inside a string: {exc.reason}"
            if isinstance(exc, UnicodeDecodeError)
            else str(exc)
        )
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid JSON ({reason}); expected Mastodon's outbox"
        ) from None


def read_outbox(
    archive: Archive, name: str, owner_id: str | None, owner_domain: str | None
) -> tuple[OutboxRows, str | None]:
    """Posts and sent direct messages of ``outbox.json``; also the owner id when actor.json gave none."""
    outbox = decode_outbox(archive, name)
    if owner_id is None:
        owner_id = next((a.actor for a in outbox.orderedItems if a.actor), None)
    own = owner_id or ""
    owner_followers = own + "/followers"
    posts: dict[str, list] = {k: [] for k in _POST_COLUMNS}
    messages: dict[str, list] = {k: [] for k in ("at_raw", "account_id", "ref_id", "conversation_id", "is_group")}
    handles: dict[str, str] = {}
    features: set[str] = set()
    skipped = 0

    def add_post(**row) -> None:
        for k, column in posts.items():
            column.append(row.get(k))

    for act in outbox.orderedItems:
        if act.signature is not None:
            features.add("signed")
        if act.type == "Announce":
            target = act.object.id if isinstance(act.object, Note) else act.object
            cc = as_list(act.cc)
            named = _actors(cc + as_list(act.to), owner_followers)
            author = status_author(target, named) or (named[0] if named else None)
            add_post(
                post_id=act.id,
                created_raw=act.published,
                kind="repost",
                text=None,
                mentions=[],
                reply_to_post=None,
                amplified_account=None if author == own else author,
                visibility=visibility(as_list(act.to), cc, owner_followers),
            )
            continue
        note = act.object
        if act.type != "Create" or not isinstance(note, Note) or not note.id:
            skipped += 1
            continue
        to, cc = (
            as_list(note.to if note.to is not None else act.to),
            as_list(note.cc if note.cc is not None else act.cc),
        )
        mentions = []
        for t in note.tag or []:
            if t.type == "Mention" and t.href:
                mentions.append(t.href)
                if t.name:
                    # Local accounts are named "@user" without a domain [seen dealingwith 2024].
                    acct = t.name.lstrip("@")
                    handles.setdefault(t.href, acct if "@" in acct or not owner_domain else f"{acct}@{owner_domain}")
        mentions = [m for m in dict.fromkeys(mentions) if m != own]
        addressed = _actors(to + cc, owner_followers)
        seen = note.likes is not None or note.shares is not None
        if seen:
            features.add("counts")
        if note.interactionPolicy is not None:
            features.add("policies")
        conversation = note.context or note.conversation
        created = note.published or act.published
        vis = visibility(to, cc, owner_followers)
        if vis == "direct":
            # A direct note is a private message to each addressed account, never a post [§2.1].
            recipients = [a for a in dict.fromkeys(addressed + mentions) if a != own]
            for r in recipients:
                messages["at_raw"].append(created)
                messages["account_id"].append(r)
                messages["ref_id"].append(note.id)
                messages["conversation_id"].append(conversation)
                messages["is_group"].append(len(recipients) > 1)
            continue
        quotes, quoted = _quote_uri(note)
        if quotes:
            features.add("quotes")
        parent = note.inReplyTo
        self_reply = bool(parent and own and parent.startswith(own + "/statuses/"))
        reply_to = own if self_reply else status_author(parent, mentions + addressed)
        quote_account = status_author(quoted, mentions + addressed) if quoted else None
        kind = "reply" if parent and not self_reply else "quote" if quotes else "thread" if self_reply else "original"
        add_post(
            post_id=note.id,
            created_raw=created,
            kind=kind,
            text=html_to_text(note.content),
            reply_to_account=reply_to if parent else None,
            reply_to_post=parent,
            mentions=mentions,
            like_count=note.likes.totalItems if note.likes else None,
            repost_count=note.shares.totalItems if note.shares else None,
            quote_account=None if quote_account == own else quote_account,
            visibility=vis,
            conversation_id=conversation,
        )
    rows = OutboxRows(
        _posts_frame(posts, archive.display(name), name), _messages_frame(messages), handles, features, skipped
    )
    return rows, owner_id


def parse_time(col: str) -> pl.Expr:
    """A date column; null where it does not parse, and for the year 0000, which polars reads but Python's
    datetime cannot hold (it would fail far from here, naming no file)."""
    at = pl.col(col).str.to_datetime(TIME_FORMAT, time_unit="us", time_zone="UTC", strict=False)
    return pl.when(at.dt.year() >= 1).then(at)


def empty_posts() -> pl.DataFrame:
    """The posts frame of an export without outbox.json."""
    return _posts_frame({k: [] for k in _POST_COLUMNS}, "", "outbox.json")


def _posts_frame(cols: dict[str, list], where: str, name: str) -> pl.DataFrame:
    schema: dict[str, pl.DataType | type[pl.DataType]] = {
        **dict.fromkeys(cols, pl.String),
        "mentions": pl.List(pl.String),
        "like_count": pl.Int64,
        "repost_count": pl.Int64,
    }
    frame = pl.DataFrame(cols, schema=schema).with_columns(
        created_at=parse_time("created_raw"),
        source_file=pl.lit(name),
    )
    bad = frame.filter(pl.col("created_at").is_null())
    if bad.height:
        raise ExportError(
            f"{where}: unreadable date {bad['created_raw'][0]!r} in {bad['post_id'][0]}; expected {TIME_FORMAT!r}"
        )
    frame = frame.with_columns(
        kind=pl.col("kind").cast(POSTS_SCHEMA["kind"]), platform=pl.lit("mastodon")
    ).with_columns(mode=voice_mode())
    return (
        conform(frame.drop("created_raw"), POSTS_SCHEMA)
        .unique("post_id", keep="first", maintain_order=True)
        .sort("created_at")
    )


def _messages_frame(cols: dict[str, list]) -> pl.DataFrame:
    frame = pl.DataFrame(cols, schema=dict.fromkeys(cols, pl.String) | {"is_group": pl.Boolean}).select(
        platform=pl.lit("mastodon"),
        at=parse_time("at_raw"),
        direction=pl.lit("out"),
        account_id="account_id",
        channel=pl.lit("message"),
        ref_id="ref_id",
        conversation_id="conversation_id",
        is_group="is_group",
    )
    return conform(frame, INTERACTIONS_SCHEMA).select(INTERACTIONS_SCHEMA.names())
