"""Long posts (``note-tweet.js``, 2023+): ``tweets.js`` holds a text cut at ~280 characters ending in "…";
the full text lives in note-tweet.js under a different id (noteTweetId != tweet id, seen in the
alrocar 2024-11 archive). They are joined on the same second of creation plus a text-prefix match.
"""

from __future__ import annotations

import msgspec
import polars as pl

from helpers.errors import ExportWarning
from helpers.model import UTC_TIME, voice_mode
from helpers.platforms.archive import Archive
from helpers.platforms.x import structs as s
from helpers.platforms.x.tweets import ISO_TIME, decode_error

PREFIX_CHARS = 30  # characters of the cut text that must open the full text


def read_note_tweets(archive: Archive, names: list[str]) -> pl.DataFrame:
    rows = []
    for name in names:
        try:
            notes = msgspec.json.decode(archive.read_js(name), type=list[s.WrappedNoteTweet])
        except s.DECODE_ERRORS as exc:
            raise decode_error(archive, name, exc, "a JSON array of noteTweet objects") from None
        for w in notes:
            n = w.noteTweet
            core = n.core or s.NoteCore()
            rows.append(
                (n.noteTweetId, n.createdAt, core.text, [m.screenName for m in core.mentions if m.screenName], name)
            )
    return pl.DataFrame(
        rows,
        schema={
            "note_id": pl.String,
            "created_raw": pl.String,
            "note_text": pl.String,
            "note_mentions": pl.List(pl.String),
            "source_file": pl.String,
        },
        orient="row",
    ).with_columns(created_at=_parse_time("created_raw").dt.truncate("1s"))


def _parse_time(col: str) -> pl.Expr:
    """Null where the date does not parse, or is the year 0000 (polars reads it; Python's datetime cannot)."""
    at = pl.col(col).str.strptime(UTC_TIME, ISO_TIME, strict=False)
    return pl.when(at.dt.year() >= 1).then(at)


def attach_note_tweets(
    archive: Archive, names: list[str], posts: pl.DataFrame, owner_id: str | None
) -> tuple[pl.DataFrame, list[ExportWarning]]:
    """Replace cut texts with the full note text; notes with no tweet become posts of their own."""
    if not names:
        return posts, []
    notes = read_note_tweets(archive, names)
    if notes.height == 0:
        return posts, []
    prefix = pl.col("text").str.strip_chars_end("…").str.slice(0, PREFIX_CHARS)
    matches = (
        posts.select("post_id", "created_at", "text")
        .join(notes.select("note_id", "created_at", "note_text"), on="created_at", how="inner")
        .filter(pl.col("note_text").str.starts_with(prefix))
        .unique("post_id", keep="first")
        .unique("note_id", keep="first")
    )
    posts = (
        posts.join(matches.select("post_id", "note_text"), on="post_id", how="left")
        .with_columns(text=pl.coalesce("note_text", "text"))
        .drop("note_text")
    )
    unmatched = notes.join(matches.select("note_id"), on="note_id", how="anti")
    warnings: list[ExportWarning] = []
    if unmatched.height:
        # The archive lacks the tweet a long post belongs to (a trimmed archive, or a tweet deleted since):
        # the post is still the owner's, so it counts, keyed by its note id. Note mentions carry no user
        # ids, so the people they name are keyed "@handle".
        extra = unmatched.select(
            post_id="note_id",
            created_at="created_at",
            text="note_text",
            source_file="source_file",
            mentions=pl.col("note_mentions").list.eval(pl.lit("@") + pl.element().str.to_lowercase()),
            mention_ids=pl.col("note_mentions").list.eval(pl.lit("@") + pl.element().str.to_lowercase()),
            mention_handles="note_mentions",
            mention_names=pl.col("note_mentions").list.eval(pl.when(pl.element().is_null()).then(pl.element())),
            kind=pl.lit("original").cast(posts.schema["kind"]),
            platform=pl.lit("x"),
            edit_group="note_id",
        ).with_columns(mode=voice_mode())
        posts = pl.concat([posts, extra], how="diagonal_relaxed")
        warnings.append(
            ExportWarning(
                "partial",
                "note-tweet.js",
                f"{unmatched.height} long posts in note-tweet.js have no matching tweet in the archive; "
                "each is counted as a post of its own",
            )
        )
    return posts, warnings
