"""Bluesky records (``app.bsky.*``, formats notes §3.2) into flat frames, one per kind of record.

Record shapes handled, by generation:
- posts: mentions in ``facets[].features[]`` (``#mention``, ``did``; UTF-8 byte offsets) since 2023, in
  legacy ``entities[{type: "mention", value: did, index{start, end}}]`` before (seen: paul_staging,
  2022-2023 posts);
- quotes: ``embed.record.uri`` (``app.bsky.embed.record``) or ``embed.record.record.uri``
  (``recordWithMedia``), only when the URI names a post (a record embed can also be a list or a feed);
- follows: ``subject`` is a DID string; early records had ``{did, declarationCid}`` (seen: paul_staging's
  history blocks);
- likes: ``app.bsky.feed.like``; before them ``app.bsky.feed.vote`` with ``direction: "up"`` (seen: the
  history of paul_staging, where each vote was replaced by a like with the same subject and date);
- ``createdAt`` is client-asserted ISO 8601: Z or an offset, 0 to 12 fraction digits (bnewbold has both
  3 and 6 digits); the record key (a TID) carries the time the record was written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import polars as pl

from helpers.model import UTC_TIME

POST, REPOST, LIKE, VOTE = "app.bsky.feed.post", "app.bsky.feed.repost", "app.bsky.feed.like", "app.bsky.feed.vote"
FOLLOW, PROFILE = "app.bsky.graph.follow", "app.bsky.actor.profile"
ISO_TIME = "%Y-%m-%dT%H:%M:%S%.f%#z"
_TID_ALPHABET = {c: i for i, c in enumerate("234567abcdefghijklmnopqrstuvwxyz")}
_TID = re.compile(r"^[234567a-j][234567a-z]{12}$")
# Handle syntax (a domain name, at least two labels, the last not starting with a digit), lowercased.
HANDLE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def tid_micros(rkey: str) -> int | None:
    """Microseconds since the epoch encoded in a TID record key, or None when the key is not a TID."""
    if not _TID.match(rkey):
        return None
    value = 0
    for ch in rkey:
        value = value * 32 + _TID_ALPHABET[ch]
    return value >> 10


def author_did(uri: pl.Expr) -> pl.Expr:
    """The account part of an AT-URI: ``at://did:plc:abc/app.bsky.feed.post/3k...`` -> ``did:plc:abc``."""
    return uri.str.extract(r"^at://([^/]+)", 1)


def parse_time(col: str) -> pl.Expr:
    """Null where createdAt does not parse, or is the year 0000 (polars reads it; Python's datetime cannot):
    the record key's time stands in for it."""
    at = pl.col(col).str.to_datetime(ISO_TIME, time_unit="us", time_zone="UTC", strict=False)
    return pl.when(at.dt.year() >= 1).then(at)


def _uri(ref) -> str | None:
    return ref.get("uri") if isinstance(ref, dict) and isinstance(ref.get("uri"), str) else None


def _quoted(embed) -> str | None:
    if not isinstance(embed, dict):
        return None
    kind = embed.get("$type")
    inner = embed.get("record")
    uri = (
        _uri(inner)
        if kind == "app.bsky.embed.record"
        else _uri(inner.get("record"))
        if (kind == "app.bsky.embed.recordWithMedia" and isinstance(inner, dict))
        else None
    )
    return uri if uri and f"/{POST}/" in uri else None


def _handle_at(text: str, start, end, encoding: str = "utf-8", width: int = 1) -> str | None:
    """The ``@handle`` a mention covers in the text, lowercased, or None when the offsets do not fit."""
    raw = text.encode(encoding)
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(raw) // width:
        return None
    written = raw[start * width : end * width].decode(encoding, "replace").lower()
    return written[1:] if written.startswith("@") and HANDLE.match(written[1:]) else None


def _items(value) -> list:
    return value if isinstance(value, list) else []


def mentions(record: dict) -> list[tuple[str, str | None]]:
    """(DID, handle as written) of each account a post mentions, facets and legacy entities both."""
    text = record["text"] if isinstance(record.get("text"), str) else ""
    found = []
    for facet in _items(record.get("facets")):
        if not isinstance(facet, dict):
            continue
        index = facet.get("index")
        if not isinstance(index, dict):
            index = {}
        for feature in _items(facet.get("features")):
            if (
                isinstance(feature, dict)
                and isinstance(feature.get("$type"), str)  # null or a number in a forged record
                and feature["$type"].endswith("#mention")
                and isinstance(feature.get("did"), str)
            ):
                found.append((feature["did"], _handle_at(text, index.get("byteStart"), index.get("byteEnd"))))
    for entity in _items(record.get("entities")):
        if isinstance(entity, dict) and entity.get("type") == "mention" and isinstance(entity.get("value"), str):
            index = entity.get("index")
            if not isinstance(index, dict):
                index = {}
            # Legacy offsets were the app's JavaScript string indices (UTF-16 units) [?]: facets replaced
            # them with explicit UTF-8 byte offsets. paul_staging's mentions are ASCII, where both agree.
            found.append((entity["value"], _handle_at(text, index.get("start"), index.get("end"), "utf-16-le", 2)))
    return found


_SCHEMAS: dict[str, dict[str, pl.DataType | type[pl.DataType]]] = {
    "posts": {
        "post_id": pl.String,
        "created_raw": pl.String,
        "tid_us": pl.Int64,
        "text": pl.String,
        "parent_uri": pl.String,
        "root_uri": pl.String,
        "quote_uri": pl.String,
        "mention_ids": pl.List(pl.String),
        "mention_handles": pl.List(pl.String),
    },
    "reposts": {"post_id": pl.String, "created_raw": pl.String, "tid_us": pl.Int64, "subject_uri": pl.String},
    "likes": {"ref_id": pl.String, "created_raw": pl.String, "tid_us": pl.Int64, "subject_uri": pl.String},
    "follows": {"account_id": pl.String, "created_raw": pl.String, "tid_us": pl.Int64},
}


def _columns(kind: str):
    return field(default_factory=lambda: {k: [] for k in _SCHEMAS[kind]})


@dataclass
class RecordRows:
    """Column lists per record kind, filled in one pass over the tree."""

    posts: dict[str, list] = _columns("posts")  # noqa: RUF009 - _columns returns a field(default_factory=...)
    reposts: dict[str, list] = _columns("reposts")  # noqa: RUF009 - _columns returns a field(default_factory=...)
    likes: dict[str, list] = _columns("likes")  # noqa: RUF009 - _columns returns a field(default_factory=...)
    follows: dict[str, list] = _columns("follows")  # noqa: RUF009 - _columns returns a field(default_factory=...)
    profile: dict | None = None


def _add(columns: dict[str, list], **values) -> None:
    for k, v in values.items():
        columns[k].append(v)


def collect(records: Iterable[tuple[str, str, dict]], did: str) -> RecordRows:
    """Sort the records of the tree into the rows of each kind; other collections are skipped."""
    rows = RecordRows()
    for collection, rkey, r in records:
        uri = f"at://{did}/{collection}/{rkey}"
        created, written = r.get("createdAt"), tid_micros(rkey)
        if collection == POST:
            reply = r.get("reply")
            if not isinstance(reply, dict):
                reply = {}
            found = mentions(r)
            _add(
                rows.posts,
                post_id=uri,
                created_raw=created,
                tid_us=written,
                text=r.get("text"),
                parent_uri=_uri(reply.get("parent")) or _uri(reply.get("root")),
                root_uri=_uri(reply.get("root")),
                quote_uri=_quoted(r.get("embed")),
                mention_ids=[m[0] for m in found],
                mention_handles=[m[1] for m in found],
            )
        elif collection == REPOST:
            _add(rows.reposts, post_id=uri, created_raw=created, tid_us=written, subject_uri=_uri(r.get("subject")))
        elif collection == LIKE or (collection == VOTE and r.get("direction") == "up"):
            _add(rows.likes, ref_id=uri, created_raw=created, tid_us=written, subject_uri=_uri(r.get("subject")))
        elif collection == FOLLOW:
            subject = r.get("subject")
            subject = subject.get("did") if isinstance(subject, dict) else subject
            if isinstance(subject, str):
                _add(rows.follows, account_id=subject, created_raw=created, tid_us=written)
        elif collection == PROFILE and rkey == "self":
            rows.profile = r
    return rows


def frame(rows: RecordRows, kind: str) -> pl.DataFrame:
    """One kind of record as a frame, with ``created_at`` (from createdAt) and ``written_at`` (from the record key)."""
    columns = getattr(rows, kind)
    columns["created_raw"] = [v if isinstance(v, str) else None for v in columns["created_raw"]]
    if "text" in _SCHEMAS[kind]:
        columns["text"] = [v if isinstance(v, str) else None for v in columns["text"]]
    data = {k: columns[k] for k in _SCHEMAS[kind]}
    return pl.DataFrame(data, schema=_SCHEMAS[kind]).with_columns(
        created_at=parse_time("created_raw"),
        written_at=pl.from_epoch(pl.col("tid_us"), time_unit="us").dt.replace_time_zone("UTC").cast(UTC_TIME),
    )
