"""LinkedIn posts: Shares.csv (posts and reposts) and Comments.csv (comments) into the canonical ``posts``.

Neither file names the author of the post commented on or reshared (formats notes §3.3), so a comment's
``reply_to_account`` is null; its ``reply_to_post`` is the URN of the post. People are recognised only
where the text names someone the export knows (LinkedIn flattens a mention to the person's full name).
"""

from __future__ import annotations

import re

import polars as pl

from helpers.errors import ExportError
from helpers.model import POSTS_SCHEMA, conform, voice_mode
from helpers.platforms.archive import Archive
from helpers.platforms.linkedin.files import check_times, column_key, parse_time, read_table, urn_of

SHARE_COLUMNS = ("date", "sharelink", "sharecommentary", "sharedurl", "mediaurl", "visibility")

# A comment starts only where a line begins with its date and link (formats notes §3.4.1); fields may be
# quoted (every field is, in 2026 exports of other files).
_COMMENT_START = re.compile(r'^"?(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"?,"?(https?://[^",\r\n]*)"?,', re.M)


def _unique_ids(frame: pl.DataFrame) -> pl.DataFrame:
    """Suffix ``#2``, ``#3`` ... to ids that repeat (two comments on one post within one second)."""
    n = pl.int_range(pl.len()).over("post_id")
    return frame.with_columns(
        post_id=pl.when(n > 0).then(pl.col("post_id") + "#" + (n + 1).cast(pl.String)).otherwise("post_id")
    )


def read_shares(archive: Archive, name: str, notes: list[str]) -> pl.DataFrame:
    """Shares.csv: ``original``, or ``repost`` for a bare reshare (no words, no link, no media)."""
    raw = read_table(
        archive, name, ("Date", "ShareLink"), SHARE_COLUMNS, "Shares.csv", notes, ("date", "sharelink", "visibility")
    )
    raw = conform(raw, pl.Schema(dict.fromkeys(SHARE_COLUMNS, pl.String)))
    # Multi-line commentary keeps each inner line wrapped in stray quotes, '...list:"\n""\n"Prompt ...':
    # '"\n"' is the line break (seen: real-exports/linkedin/sanand0-linkedin-2025, Femi10-2021 with CRLF).
    text = (
        pl.col("sharecommentary")
        .str.replace_all("\r\n", "\n", literal=True)
        .str.replace_all('"\n"', "\n", literal=True)
    )
    bare = (
        pl.col("sharecommentary").fill_null("").str.strip_chars().eq("")
        & pl.col("sharedurl").is_null()
        & pl.col("mediaurl").is_null()
    )
    posts = raw.with_columns(
        created_at=parse_time("date"),
        post_id=pl.coalesce(urn_of("sharelink"), pl.col("sharelink"), pl.lit("share@") + pl.col("date")),
        text=pl.when(text.str.strip_chars() != "").then(text),
        # An empty commentary with nothing attached is a repost of someone's post, which the file does not
        # name (seen: 85 of 279 rows in real-exports/linkedin/Femi10-2021); a link shared without words is
        # the owner's own broadcast.
        kind=pl.when(bare).then(pl.lit("repost")).otherwise(pl.lit("original")),
        source_file=pl.lit(name),
    )
    check_times(posts, "date", "created_at", archive, name)
    # One post, several rows: a row per attached image (MediaUrl differs; seen: sanand0-linkedin-2025, 5 rows
    # for one link) or plain repeats (seen: Femi10-2021, one link 81 times). The link names the post.
    return _unique_ids(posts.unique("post_id", keep="first", maintain_order=True))


def _unquote(col: str) -> pl.Expr:
    """A comment's message as written: outer quotes dropped; inner quotes ``""`` (2021) or ``\\"`` (2025)."""
    m = pl.col(col).str.replace_all("\r\n", "\n", literal=True).str.strip_chars_end()
    quoted = m.str.starts_with('"') & m.str.ends_with('"') & (m.str.len_chars() >= 2)
    inner = (
        m.str.slice(1, m.str.len_chars() - 2)
        .str.replace_all('""', '"', literal=True)
        .str.replace_all('\\"', '"', literal=True)
    )
    return pl.when(quoted).then(inner).otherwise(m).str.strip_chars_end()


def read_comments(archive: Archive, name: str, notes: list[str]) -> pl.DataFrame:
    """Comments.csv, which is not valid CSV: read record by record from each line starting with a date.

    2021: messages with line breaks but no comma or quote are written unquoted, so one comment spans
    several "rows" (seen: real-exports/linkedin/Femi10-2021). 2025: inner quotes are escaped ``\\"``
    instead of ``""`` (seen: real-exports/linkedin/sanand0-linkedin-2025).
    """
    text = archive.read_text(name)
    header, _, body = text.partition("\n")
    if [column_key(c) for c in header.strip().split(",")] != ["date", "link", "message"]:
        found = header.strip()[:60] or "an empty file"
        raise ExportError(
            f"{archive.display(name)}: not a LinkedIn Comments.csv (expected the header Date,Link,Message; found {found!r})"
        )
    starts = list(_COMMENT_START.finditer(body))
    lead = body[: starts[0].start()] if starts else body
    if lead.strip():
        line = text.count("\n", 0, len(header) + 1 + len(lead) - len(lead.lstrip())) + 1
        raise ExportError(
            f"{archive.display(name)}: line {line} does not start a comment (expected 'YYYY-MM-DD HH:MM:SS,https://...,message')"
        )
    ends = [m.start() for m in starts[1:]] + [len(body)]
    raw = pl.DataFrame(
        {
            "date": [m.group(1) for m in starts],
            "link": [m.group(2) for m in starts],
            "message": [body[m.end() : end] for m, end in zip(starts, ends, strict=False)],
        },
        schema={"date": pl.String, "link": pl.String, "message": pl.String},
    )
    opened = raw.filter(
        pl.col("message").str.starts_with('"') & ~pl.col("message").str.strip_chars_end().str.ends_with('"')
    )
    if opened.height:
        raise ExportError(
            f"{archive.display(name)}: the comment of {opened['date'][0]} opens a quote that never closes "
            "(truncated file?); expected LinkedIn's Comments.csv"
        )
    quoted = pl.col("message").str.starts_with('"')
    if raw.filter(quoted & pl.col("message").str.contains('\\"', literal=True)).height:
        notes.append(f'{name}: quotes escaped as \\" (2025)')
    if raw.filter(~quoted & pl.col("message").str.strip_chars().str.contains("\n", literal=True)).height:
        notes.append(f"{name}: unquoted multi-line comments (2021)")
    # The same comment can be listed several times, same second, same text (seen: Femi10-2021 lines
    # 135-137, "Congrats Jean Marc" x3): counted once.
    posts = (
        raw.unique(maintain_order=True)
        .with_columns(
            created_at=parse_time("date"),
            reply_to_post=pl.coalesce(urn_of("link"), pl.col("link")),
            text=_unquote("message"),
            # Comments under the owner's own posts answer commenters (15 in sanand0-linkedin-2025): still
            # comments, conversation, not a self-thread. The file cannot tell a reply from a comment.
            kind=pl.lit("comment"),
            source_file=pl.lit(name),
        )
        .with_columns(post_id=pl.lit("comment:") + pl.col("reply_to_post") + "@" + pl.col("date"))
    )
    check_times(posts, "date", "created_at", archive, name)
    return _unique_ids(posts)


def add_mentions(posts: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """``mentions``: the accounts whose full name (two words or more) the text contains as whole words.

    ``known`` has ``name`` (as written) and ``account_id``; the owner is not in it. LinkedIn writes a
    mention as the bare name, e.g. "Ayush Mandowara Haven't tried ..." (seen: sanand0-linkedin-2025).
    Names are found all at once (Aho-Corasick: 30,000 names over 20,000 posts in well under a second),
    kept only where no letter or digit touches them; a name inside a longer one found in the same post
    ("Ada Baker" in "Ada Baker-Smith") is that longer name.
    """
    names = known.filter(pl.col("name").str.strip_chars().str.contains(r"\S\s+\S")).unique("name", keep="first")
    empty = pl.lit([], pl.List(pl.String))
    if names.height == 0 or posts.height == 0:
        return posts.with_columns(mentions=empty)
    text = pl.col("text").fill_null("")
    found = (
        posts.select("post_id", "text", name=text.str.extract_many(names["name"].to_list(), overlapping=True))
        .explode("name")
        .drop_nulls("name")
        .unique(["post_id", "name"])
        .with_row_index("hit")
    )
    # Whole words: split the text at the name; some cut must have no word character on either side.
    whole = (
        found.with_columns(piece=text.str.split(pl.col("name")))
        .explode("piece")
        .with_columns(
            ok=pl.col("piece").str.contains(r"(?:^|\W)$")
            & pl.col("piece").shift(-1).over("hit").str.contains(r"^(?:\W|$)")
        )
        .group_by("hit")
        .agg(pl.col("post_id", "name").first(), whole=pl.col("ok").fill_null(False).any())
    )
    found = whole.filter("whole").select("post_id", "name")
    inner = (
        found.join(found.select("post_id", longer="name"), on="post_id")
        .filter((pl.col("longer") != pl.col("name")) & pl.col("longer").str.contains(pl.col("name"), literal=True))
        .select("post_id", "name")
    )
    ids = (
        found.join(inner, on=["post_id", "name"], how="anti")
        .join(names, on="name", how="inner")
        .group_by("post_id")
        .agg(mentions=pl.col("account_id").unique().sort())
    )
    return posts.join(ids, on="post_id", how="left").with_columns(pl.col("mentions").fill_null(empty))


def canonical_posts(posts: pl.DataFrame) -> pl.DataFrame:
    """The canonical columns; engagement counts are null: LinkedIn exports hold none."""
    posts = posts.with_columns(
        platform=pl.lit("linkedin"),
        kind=pl.col("kind").cast(POSTS_SCHEMA["kind"]),
        mentions=pl.when(pl.col("kind") == "repost").then(pl.lit([], pl.List(pl.String))).otherwise("mentions"),
    ).with_columns(mode=voice_mode())
    return conform(posts, POSTS_SCHEMA).select(POSTS_SCHEMA.names()).sort("created_at", "post_id")
