"""Instagram exports before December 2020 ("v0", formats notes §1.1): one file per kind at the root, people
named by username everywhere (messages included), times as ISO strings.

- ``connections.json``: ``{"followers": {"<username>": "<time>"}, "following": {...}, "blocked_users", ...}``;
- ``media.json``: ``{"photos": [{"caption", "taken_at", "path"}], "videos", "stories", "profile", "direct"}``;
- ``comments.json``: ``{"media_comments": [[time, text, media owner], ...], "live_comments", ...}``;
- ``likes.json``: ``{"media_likes": [[time, owner], ...], "comment_likes": [...]}``;
- ``messages.json``: ``[{"participants": [usernames], "conversation": [{"sender", "created_at", "text"}]}]``;
- ``profile.json``: the owner; only ``username`` and ``name`` are decoded (never the email or phone beside them).
"""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.platforms.archive import Archive
from helpers.platforms.meta.common import MessageThread, content_id, read_meta_json
from helpers.platforms.meta.text import repair_mojibake

_FRAME = {"username": pl.String, "display_name": pl.String, "at": pl.Int64}


def iso_seconds(value) -> int | None:
    """``2018-06-01T12:34:56``, with or without fraction and offset (no offset: UTC) -> epoch seconds."""
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return int((at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp())


def _doc(archive: Archive, name: str, kind: type, expected: str):
    doc = read_meta_json(archive, name, expected)
    if not isinstance(doc, kind):
        raise ExportError(f"{archive.display(name)}: found a JSON {type(doc).__name__}; expected {expected}")
    return doc


def connections(archive: Archive, name: str) -> tuple[pl.DataFrame | None, pl.DataFrame | None]:
    """(followers, following) as ``username, display_name, at``; None for a list the file lacks."""
    doc = _doc(archive, name, dict, 'an object {"followers": {...}, "following": {...}}')

    def frame(key):
        if not isinstance(doc.get(key), dict):
            return None
        return pl.DataFrame([(u, None, iso_seconds(t)) for u, t in doc[key].items()], schema=_FRAME, orient="row")

    return frame("followers"), frame("following")


def media_rows(archive: Archive, name: str) -> list[tuple]:
    """Photos and videos (the items of one carousel share caption and time: one post), and stories.
    Profile pictures and media sent in messages are no posts."""
    doc = _doc(archive, name, dict, 'an object {"photos": [...], "videos": [...], "stories": [...]}')
    rows: dict[tuple, tuple] = {}
    for key in ("photos", "videos", "stories"):
        for m in doc.get(key) or []:
            if not isinstance(m, dict):
                continue
            ts, text = iso_seconds(m.get("taken_at")), m.get("caption") or None
            group = ("story", m.get("path")) if key == "stories" else ("post", ts, text)
            rows.setdefault(
                group, (m.get("path") or content_id("instagram", name, ts, text), ts, text, None, False, name)
            )
    return list(rows.values())


def comment_rows(archive: Archive, name: str) -> list[tuple]:
    """``[time, text, media owner]`` triples from every list in comments.json."""
    doc = _doc(archive, name, dict, 'an object {"media_comments": [[time, text, owner], ...]}')
    rows = []
    for triples in doc.values():
        for t in triples if isinstance(triples, list) else []:
            if isinstance(t, list) and len(t) >= 3:
                ts, text, owner = iso_seconds(t[0]), t[1], t[2]
                rows.append((content_id("instagram-comment", ts, owner, text), ts, text, owner, True, name))
    return rows


def like_frame(archive: Archive, name: str) -> pl.DataFrame:
    """``[time, owner]`` pairs from media_likes and comment_likes -> ``username, href, at``."""
    doc = _doc(archive, name, dict, 'an object {"media_likes": [[time, owner], ...]}')
    rows = [
        (p[1], None, iso_seconds(p[0]))
        for pairs in doc.values()
        if isinstance(pairs, list)
        for p in pairs
        if isinstance(p, list) and len(p) >= 2
    ]
    return pl.DataFrame(rows, schema={"username": pl.String, "href": pl.String, "at": pl.Int64}, orient="row")


def message_threads(archive: Archive, name: str) -> list[MessageThread]:
    """Conversations keyed by their participants' usernames; senders are usernames too."""
    threads = []
    for conv in _doc(archive, name, list, 'a JSON list of {"participants": [...], "conversation": [...]}'):
        if not isinstance(conv, dict):
            continue
        people = sorted({p for p in conv.get("participants") or [] if isinstance(p, str)})
        messages = sorted(
            (m["sender"], ts * 1000, ())
            for m in conv.get("conversation") or []
            if isinstance(m, dict) and m.get("sender") and (ts := iso_seconds(m.get("created_at"))) is not None
        )
        threads.append(
            MessageThread("v0:" + "+".join(people), None, None, people, sorted(messages, key=lambda m: (m[1], m[0])))
        )
    return threads


class _V0Profile(msgspec.Struct):
    username: str | None = None
    name: str | None = None


def owner_identity(archive: Archive, name: str) -> tuple[str | None, str | None]:
    """(username, name) from profile.json; the other fields are skipped by the typed decode."""
    try:
        p = msgspec.json.decode(archive.read_bytes(name), type=_V0Profile)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid ({str(exc).splitlines()[0]}); "
            'expected an object {"username": ..., "name": ...}'
        ) from None
    return repair_mojibake(p.username), repair_mojibake(p.name)
