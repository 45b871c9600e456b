"""Instagram posts, stories, reels, archived posts and the owner's comments into the canonical ``posts`` table;
likes given into ``like`` rows. Every layout from December 2020 on (formats notes §1.1-§1.2); the older v0 files
are turned into the same rows by ``instagram_v0``."""

from __future__ import annotations

import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, POSTS_SCHEMA, conform, voice_mode
from helpers.platforms.archive import Archive
from helpers.platforms.instagram.people import USERNAME, liked_frame, mentions_expr, username_from_href
from helpers.platforms.meta.common import (
    content_id,
    entry_parts,
    epoch_to_utc,
    items_of,
    label_map,
    read_meta_json,
    string_map,
)

# Raw rows every layout is turned into before the rules apply.
RAW_POST_SCHEMA = {
    "post_id": pl.String,
    "ts": pl.Int64,
    "text": pl.String,
    "target": pl.String,
    "is_comment": pl.Boolean,
    "source_file": pl.String,
}
# Labels of the comment text and of whose media it is in 2022+ ``string_map_data`` (localised; d3i lists
# Dutch "Opmerking"/"Media-eigenaar" and French "Commentaire"/"Propriétaire du média"). Unknown labels fall back
# to Meta's order: comment, media owner, time.
COMMENT_LABELS = frozenset(
    {"comment", "commento", "opmerking", "commentaire", "kommentar", "comentario", "comentário", "yorum"}
)
OWNER_LABELS = frozenset(
    {
        "media owner",
        "proprietario del contenuto multimediale",
        "proprietario dei contenuti multimediali",
        "media-eigenaar",
        "propriétaire du média",
        "medieninhaber",
        "inhaber des mediums",
        "propietario del contenido multimedia",
        "proprietário da mídia",
        "medya sahibi",
    }
)


def _first(values, pred=bool):
    return next((v for v in values if pred(v)), None)


def _media_of(item: dict) -> list[dict]:
    """A post's media list (the list of dicts holding a ``uri``), or the item itself when it is one media (stories)."""
    media = _first(item.values(), lambda v: isinstance(v, list) and v and isinstance(v[0], dict) and "uri" in v[0])
    return media if media else [item]


def _time_of(d: dict) -> int | None:
    ts = d.get("creation_timestamp")
    return ts if isinstance(ts, int) and ts > 0 else None


def media_rows(archive: Archive, name: str) -> list[tuple]:
    """posts_N / stories / reels / archived_posts / igtv: one row per post. A multi-media post holds its caption and
    time at the top; a single-media post only in ``media[0]`` (seen: hudi-connectors-v1-2021-it/content/posts_1.json)."""
    rows = []
    for item in items_of(read_meta_json(archive, name, "a JSON list of posts with media")):
        if not isinstance(item, dict):
            continue
        media = _media_of(item)
        ts = _time_of(item) or _first((_time_of(m) for m in media), lambda t: t is not None)
        text = item.get("title") or _first(m.get("title") for m in media) or None
        uri = _first(m.get("uri") for m in media)
        rows.append((uri or content_id("instagram", name, ts, text), ts, text, None, False, name))
    return rows


def _comment_from_map(table: dict[str, dict]) -> tuple[str | None, str | None, int | None]:
    """(text, media owner, time) from a 2022+ ``string_map_data`` table, by label, else by Meta's order."""
    text = owner = None
    ts = _first((e.get("timestamp") for e in table.values()), lambda t: isinstance(t, int) and t > 0)
    unlabelled = []
    for label, entry in table.items():
        value = entry.get("value")
        if not value:
            continue
        key = label.strip().lower()
        if key in COMMENT_LABELS:
            text = value
        elif key in OWNER_LABELS:
            owner = value
        else:
            unlabelled.append(value)
    if text is None and unlabelled:
        text = unlabelled.pop(0)
    if owner is None and unlabelled:
        owner = unlabelled.pop(0)
    return text, owner, ts


def comment_rows(archive: Archive, name: str) -> list[tuple]:
    """The owner's comments. 2021: ``{"title": <media owner>, "string_list_data": [{"value": text, "timestamp"}]}``
    (seen: hudi-connectors-v1-2021-it/comments/post_comments.json); 2022+: ``string_map_data`` with localised
    labels, wrapped in ``comments_media_comments`` or, by 2024, a bare list."""
    rows = []
    for item in items_of(read_meta_json(archive, name, "a JSON list of comments")):
        if not isinstance(item, dict):
            continue
        table = string_map(item)
        if table:
            found = [_comment_from_map(table)]
        else:
            title, entries = entry_parts(item)
            found = [(value, title, ts) for value, _, ts in entries]
        for text, named, ts in found:
            if ts is None and text is None:
                continue
            owner = named if named and USERNAME.match(named) else None
            rows.append((content_id("instagram-comment", ts, owner, text), ts, text, owner, True, name))
    return rows


def posts_frame(rows: list[tuple], owner: str | None, platform: str = "instagram") -> pl.DataFrame:
    """Raw rows -> canonical posts: comments on others' content are ``comment``, on the owner's own ``thread``; @handles
    in any text are mentions (owner excluded); Instagram holds no engagement counts, so they are null."""
    own = (owner or "").lower()
    raw = pl.DataFrame(rows, schema=RAW_POST_SCHEMA, orient="row")
    target = pl.col("target").str.to_lowercase()
    kind = (
        pl.when(~pl.col("is_comment"))
        .then(pl.lit("original"))
        .when(target == own)
        .then(pl.lit("thread"))
        .otherwise(pl.lit("comment"))
    )
    posts = (
        raw.with_columns(
            # The same comment text twice in the same second on the same media is two comments: keep both, apart.
            post_id=pl.when(pl.int_range(pl.len()).over("post_id") > 0)
            .then(pl.col("post_id") + "-" + pl.int_range(pl.len()).over("post_id").cast(pl.String))
            .otherwise("post_id"),
            created_at=epoch_to_utc("ts"),
            kind=kind.cast(POSTS_SCHEMA["kind"]),
            mentions=mentions_expr("text", owner),
            platform=pl.lit(platform),
        )
        .with_columns(
            reply_to_account=pl.when(pl.col("kind").is_in(["comment", "thread"])).then(target),
            like_count=pl.lit(None, pl.Int64),
            repost_count=pl.lit(None, pl.Int64),
            reply_count=pl.lit(None, pl.Int64),
        )
        .with_columns(mode=voice_mode())
        .sort("created_at", "post_id")
    )
    return conform(posts, POSTS_SCHEMA).select(POSTS_SCHEMA.names())


def like_rows(archive: Archive, name: str) -> pl.DataFrame:
    """Likes given -> ``username, href, at``. 2021-2025: ``title`` = whose post or comment, ``string_list_data`` =
    link + reaction + time; 2025-26 liked_posts.json: a bare list of ``{"timestamp", "label_values": [..., {"title":
    "Owner", "dict": [{"dict": [URL, Name, Username]}]}]}`` (formats notes §1.1, seen in a 2026 export)."""
    items = items_of(read_meta_json(archive, name, "a JSON list of likes"))
    labelled = [i for i in items if isinstance(i, dict) and isinstance(i.get("label_values"), list)]
    if not labelled:
        return liked_frame(items)
    rows = []
    for item in labelled:
        labels = label_map(item["label_values"])
        owner_url = next(
            (e.get("href") or e.get("value") for k, e in labels.items() if k.endswith("/url") and "/" in k), None
        )
        user = next((e.get("value") for k, e in labels.items() if k.endswith("/username")), None) or username_from_href(
            owner_url
        )
        post = next((e.get("href") or e.get("value") for k, e in labels.items() if k == "url"), None)
        ts = item.get("timestamp") if isinstance(item.get("timestamp"), int) else None
        rows.append((user, post, ts))
    return pl.DataFrame(rows, schema={"username": pl.String, "href": pl.String, "at": pl.Int64}, orient="row")


def like_interactions(likes: pl.DataFrame, owner: str | None, platform: str = "instagram") -> pl.DataFrame:
    """One ``like`` row (applause, out) per like of someone else's content."""
    rows = likes.filter(
        pl.col("username").is_not_null() & (pl.col("username").str.to_lowercase() != (owner or "").lower())
    ).select(
        platform=pl.lit(platform),
        at=epoch_to_utc("at"),
        direction=pl.lit("out"),
        account_id=pl.col("username").str.to_lowercase(),
        channel=pl.lit("like"),
        ref_id=pl.coalesce("href", pl.lit(f"{platform}-like:") + pl.col("at").cast(pl.String)),
    )
    return conform(rows, INTERACTIONS_SCHEMA)
