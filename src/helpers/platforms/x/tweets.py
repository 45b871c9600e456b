"""X tweets (every generation) into the canonical ``posts`` table.

Generations handled (see formats/x-mastodon-bluesky-threads.md §1.2):
- Grailbird monthly files ``data/js/tweets/YYYY_MM.js`` (until ~2019): bare objects, text in ``text``,
  retweets carry ``retweeted_status``, dates ``2011-08-01 03:58:59 +0000``;
- ``tweet.js`` with bare objects (GDPR v1, 2018 to Jan 2020);
- ``tweet.js`` with ``{"tweet": ...}`` wrappers (GDPR v2, 2020 to 2022);
- ``tweets.js`` and part files ``tweets-part1.js`` ... (GDPR v3, late 2022 on);
- ``community-tweet.js`` (posts in X Communities, not in tweets.js) is read the same way.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.model import POSTS_SCHEMA, UTC_TIME, conform, voice_mode
from helpers.platforms.archive import Archive
from helpers.platforms.x import structs as s
from helpers.platforms.x.chunks import decode_chunks

GDPR_TIME = "%a %b %d %H:%M:%S %z %Y"  # Tue Jan 31 09:01:52 +0000 2017
GRAILBIRD_TIME = "%Y-%m-%d %H:%M:%S %z"  # 2011-08-01 03:58:59 +0000
ISO_TIME = "%Y-%m-%dT%H:%M:%S%.fZ"  # 2021-09-15T06:00:28.597Z

# A link to a status: the only sign of a quote tweet in the archive (there is no quoted_status_id).
QUOTE_URL = r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status(?:es)?/(\d+)"

_WRAPPED = re.compile(rb'^\s*\[\s*\{\s*"tweet"\s*:')
_tweets_decoder = msgspec.json.Decoder(list[s.Tweet])
wrapped_decoder = msgspec.json.Decoder(list[s.WrappedTweet])

RAW_TWEET_SCHEMA: dict[str, pl.DataType | type[pl.DataType]] = {
    "post_id": pl.String,
    "created_raw": pl.String,
    "text": pl.String,
    "reply_to_post": pl.String,
    "reply_to_user": pl.String,
    "reply_to_handle": pl.String,
    "like_count": pl.String,
    "repost_count": pl.String,
    "mention_ids": pl.List(pl.String),
    "mention_handles": pl.List(pl.String),
    "mention_names": pl.List(pl.String),
    "urls": pl.List(pl.String),
    "retweet_of_user": pl.String,
    "is_retweet_text": pl.Boolean,
    "edit_group": pl.String,
}


def decode_error(archive: Archive, name: str, exc: Exception, expected: str) -> ExportError:
    return ExportError(f"{archive.display(name)}: truncated or invalid ({s.decode_reason(exc)}); expected {expected}")


def read_tweet_frame(archive: Archive, name: str) -> pl.DataFrame:
    """One tweets file as a raw tweet frame (decoded fields as columns, no rule applied yet)."""
    # Hundreds of thousands of short-lived objects, none in a reference cycle: the cyclic collector
    # would only rescan them (measured: 2.24 s -> 1.44 s for 200k tweets, tweets.js to posts).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        # A piece at a time (chunks.py): the structs of one piece alive at once, not of 200,000 tweets.
        cols = _Columns()
        for tweets in _tweet_chunks(archive, name):
            cols.add(tweets)
            del tweets
        return cols.frame(name)
    finally:
        if was_enabled:
            gc.enable()


def _tweet_chunks(archive: Archive, name: str) -> Iterator[list[s.Tweet]]:
    body = archive.read_js(name)
    try:  # the structs are gc=False: the collector has nothing to track while hundreds of thousands are made
        if _WRAPPED.match(bytes(body[:200])):
            for wrapped in decode_chunks(body, wrapped_decoder):
                yield [w.tweet for w in wrapped]
        else:
            yield from decode_chunks(body, _tweets_decoder)
    except s.DECODE_ERRORS as exc:
        raise decode_error(archive, name, exc, "a JSON array of tweets after 'window.YTD.tweets.part0 ='") from None


def _expanded_text(t: s.Tweet) -> str:
    """The text with t.co links replaced by the links they stand for (HTML entities are decoded later)."""
    assert t.entities is not None  # called only for tweets with links
    text = t.full_text if t.full_text is not None else (t.text or "")
    for u in t.entities.urls:
        if u.url and u.expanded_url:
            text = text.replace(u.url, u.expanded_url)
    return text


def unescape_html(col: str) -> pl.Expr:
    """full_text is HTML-escaped (&amp;, &lt;, &gt;); &amp; last so "&amp;lt;" stays "&lt;"."""
    return (
        pl.col(col)
        .str.replace_all("&lt;", "<", literal=True)
        .str.replace_all("&gt;", ">", literal=True)
        .str.replace_all("&quot;", '"', literal=True)
        .str.replace_all("&amp;", "&", literal=True)
    )


def _edit_group(t: s.Tweet) -> str:
    # Edited versions are separate entries tied to the initial tweet's id (archive README).
    e = t.edit_info
    if e is not None and e.edit is not None:
        if e.edit.initialTweetId:
            return e.edit.initialTweetId
        if e.edit.editControlInitial is not None and e.edit.editControlInitial.editTweetIds:
            return e.edit.editControlInitial.editTweetIds[0]
    return t.id_str


def _flat(rows: list[tuple], columns: dict[str, pl.DataType | type[pl.DataType]]) -> pl.DataFrame:
    """Flat (tweet index, values...) rows as a frame: one row per mention or link."""
    names = list(columns)
    transposed: list[Sequence[object]] = list(zip(*rows, strict=False)) if rows else [[] for _ in range(len(names) + 1)]
    return pl.DataFrame(
        {"row": transposed[0], **{c: transposed[i + 1] for i, c in enumerate(names)}},
        schema={"row": pl.UInt32, **columns},
    )


def _nested(flat: pl.DataFrame, n: int) -> pl.DataFrame:
    """List columns, one list per tweet (``n`` of them), from the flat rows of ``_flat``.

    Building a polars List column from nested Python lists costs ~1.3 s per column for 200k tweets;
    grouping a flat frame by the tweet index costs a few milliseconds.
    """
    names = flat.columns[1:]
    grouped = flat.group_by("row").agg(pl.col(names))
    full = pl.DataFrame({"row": pl.arange(0, n, dtype=pl.UInt32, eager=True)}).join(grouped, on="row", how="left")
    return full.select([pl.col(c).fill_null(pl.lit([], pl.List(flat.schema[c]))) for c in names])


_MENTION_COLUMNS: dict[str, pl.DataType | type[pl.DataType]] = {
    "mention_ids": pl.String,
    "mention_handles": pl.String,
    "mention_names": pl.String,
}


class _Columns:
    """The decoded fields of a file, piece by piece, as Series: a piece's structs can go once it is added.

    Columns are read with ``attrgetter`` (a C loop); the rare cases (no ``full_text``, links, edits,
    Grailbird retweets) are patched by index afterwards instead of testing every tweet in Python.
    """

    SCALAR = ("post_id", "created_raw", "text", "reply_to_post", "reply_to_user", "reply_to_handle",
              "like_count", "repost_count", "retweet_of_user", "is_retweet_text", "edit_group")  # fmt: skip

    def __init__(self) -> None:
        self.n = 0
        self.parts: dict[str, list[pl.Series]] = {k: [] for k in self.SCALAR}
        # Frames, not Python tuples: tuples kept across pieces would pin the memory of every piece's structs.
        self.mentions: list[pl.DataFrame] = []
        self.urls: list[pl.DataFrame] = []

    def add(self, tweets: list[s.Tweet]) -> None:
        n0, n = self.n, len(tweets)
        ents = list(map(_entities, tweets))
        mentions = [
            (n0 + i, m.id_str, m.screen_name, m.name)
            for i, e in enumerate(ents)
            if e is not None
            for m in e.user_mentions
        ]
        self.mentions.append(_flat(mentions, _MENTION_COLUMNS))
        del mentions
        linked = [i for i, e in enumerate(ents) if e is not None and e.urls]
        urls = [(n0 + i, u.expanded_url) for i in linked for u in ents[i].urls]
        self.urls.append(_flat(urls, {"urls": pl.String}))
        del urls
        del ents
        ids = list(map(_id_str, tweets))
        text = list(map(_full_text, tweets))
        if None in text:  # Grailbird names it "text"
            text = [t.full_text if t.full_text is not None else t.text for t in tweets]
        for i in linked:  # most tweets have no link
            text[i] = _expanded_text(tweets[i])
        edit_group = ids
        edited = [i for i, e in enumerate(map(_edit_info, tweets)) if e is not None and e.edit is not None]
        if edited:
            edit_group = list(ids)
            for i in edited:
                edit_group[i] = _edit_group(tweets[i])
        retweeted = list(map(_retweeted_status, tweets))
        if retweeted.count(None) == n:
            retweet_of_user: list[str | None] = [None] * n
            is_retweet_text = [False] * n
        else:  # Grailbird: the retweeted tweet itself, with its author
            retweet_of_user = [r.user.id_str if r is not None and r.user is not None else None for r in retweeted]
            is_retweet_text = [r is not None for r in retweeted]
        del retweeted
        cols: dict[str, list] = {
            "post_id": ids,
            "created_raw": list(map(_created_at, tweets)),
            "text": text,
            "reply_to_post": list(map(_reply_to_post, tweets)),
            "reply_to_user": list(map(_reply_to_user, tweets)),
            "reply_to_handle": list(map(_reply_to_handle, tweets)),
            "like_count": list(map(_favorite_count, tweets)),
            "repost_count": list(map(_retweet_count, tweets)),
            "retweet_of_user": retweet_of_user,
            "is_retweet_text": is_retweet_text,
            "edit_group": edit_group,
        }
        for k, v in cols.items():
            # strict=False: counts are strings in GDPR archives; were one ever a number, it becomes its string.
            self.parts[k].append(pl.Series(k, v, dtype=RAW_TWEET_SCHEMA[k], strict=False))
        self.n += n

    def frame(self, source_file: str) -> pl.DataFrame:
        scalar = pl.DataFrame([pl.concat(v) if len(v) > 1 else v[0] for v in self.parts.values()]) if self.n else None
        if scalar is None:
            scalar = pl.DataFrame(schema={k: RAW_TWEET_SCHEMA[k] for k in self.SCALAR})
        mentions = _nested(pl.concat(self.mentions) if self.mentions else _flat([], _MENTION_COLUMNS), self.n)
        urls = _nested(pl.concat(self.urls) if self.urls else _flat([], {"urls": pl.String}), self.n)
        frame = pl.concat([scalar, mentions, urls], how="horizontal")
        return frame.select(RAW_TWEET_SCHEMA.keys()).with_columns(
            unescape_html("text"), source_file=pl.lit(source_file)
        )


_entities = attrgetter("entities")
_id_str = attrgetter("id_str")
_full_text = attrgetter("full_text")
_edit_info = attrgetter("edit_info")
_retweeted_status = attrgetter("retweeted_status")
_created_at = attrgetter("created_at")
_reply_to_post = attrgetter("in_reply_to_status_id_str")
_reply_to_user = attrgetter("in_reply_to_user_id_str")
_reply_to_handle = attrgetter("in_reply_to_screen_name")
_favorite_count = attrgetter("favorite_count")
_retweet_count = attrgetter("retweet_count")


def raw_tweet_frame(tweets: list[s.Tweet], source_file: str) -> pl.DataFrame:
    """The decoded fields as columns, one row per tweet, before any rule is applied."""
    cols = _Columns()
    cols.add(tweets)
    return cols.frame(source_file)


def parse_time(col: str, fmt: str) -> pl.Expr:
    """Null where the date does not parse, or is the year 0000 (polars reads it; Python's datetime cannot)."""
    at = pl.col(col).str.strptime(UTC_TIME, fmt, strict=False)
    return pl.when(at.dt.year() >= 1).then(at)


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
_WEEKDAYS = {name: i for i, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), start=1)}
# The offset as strptime takes it: hours 00-23, minutes 00-59 (else the whole column goes through strptime).
_GDPR_SHAPE = r"^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d [+-](?:[01]\d|2[0-3])[0-5]\d \d\d\d\d$"


def gdpr_times(created: pl.Series) -> pl.Series:
    """``created_at`` of GDPR archives (``Tue Jan 31 09:01:52 +0000 2017``) as UTC times, as
    ``parse_time(col, GDPR_TIME)`` gives them.

    The format has fixed width, so the fields are read by position: about 3x faster than ``strptime`` on
    200,000 tweets. Only when every date has exactly that shape, names a real day and its weekday matches;
    otherwise (a damaged or hand-made file) the whole column goes through ``strptime``, which says which
    date is wrong.
    """
    frame = created.to_frame("c")
    c = pl.col("c")

    def num(start: int, width: int) -> pl.Expr:
        return c.str.slice(start, width).cast(pl.Int32)

    if created.len() and frame.select(c.str.contains(_GDPR_SHAPE).all()).item():
        try:
            local = pl.datetime(
                num(26, 4),
                c.str.slice(4, 3).replace_strict(_MONTHS, default=None, return_dtype=pl.Int32),
                num(8, 2),
                num(11, 2),
                num(14, 2),
                num(17, 2),
                time_zone="UTC",
            )
            sign = pl.when(c.str.slice(20, 1) == "-").then(-1).otherwise(1)
            weekday = c.str.slice(0, 3).replace_strict(_WEEKDAYS, default=None, return_dtype=pl.Int8)
            fast = frame.select(
                at=local - pl.duration(minutes=sign * (num(21, 2) * 60 + num(23, 2))),
                same_day=(local.dt.weekday() == weekday) | c.is_null(),
            )
        except pl.exceptions.ComputeError:  # a day or hour that does not exist (pl.datetime refuses it)
            fast = None
        if fast is not None and fast["same_day"].all():
            return fast.select(pl.when(pl.col("at").dt.year() >= 1).then("at").alias(created.name)).to_series()
    return frame.select(parse_time("c", GDPR_TIME).alias(created.name)).to_series()


def classify_tweets(
    raw: pl.DataFrame, owner_id: str | None, owner_handle: str | None, time_format: str
) -> pl.DataFrame:
    """Apply the X rules: kind, reply target, mentions without the owner, then the voice mode.

    - retweet: text starts with ``RT @`` (the ``retweeted`` flag is always false); author = first mention;
    - reply: ``in_reply_to_user_id_str`` set; to the owner = ``thread``. With no parent status id it is an
      ``@``-addressed post, still a reply. Replies to deleted accounts keep the user id, lose the handle;
    - quote: a link to someone else's status in ``entities.urls`` (weak: a pasted link looks the same).
    """
    owner_lc = (owner_handle or "").lower()
    is_rt = pl.col("is_retweet_text") | pl.col("text").str.starts_with("RT @")
    quote_handle = (
        pl.col("urls")
        .list.eval(pl.element().str.extract(QUOTE_URL, 1).str.to_lowercase())
        .list.eval(pl.element().filter(pl.element().is_not_null() & (pl.element() != owner_lc)))
        .list.first()
    )
    is_reply = pl.col("reply_to_user").is_not_null()
    to_owner = pl.col("reply_to_user") == pl.lit(owner_id)
    kind = (
        pl.when(is_rt)
        .then(pl.lit("repost"))
        .when(is_reply & to_owner.fill_null(False))
        .then(pl.lit("thread"))
        .when(is_reply)
        .then(pl.lit("reply"))
        .when(pl.col("quoted_handle").is_not_null())
        .then(pl.lit("quote"))
        .otherwise(pl.lit("original"))
    )
    others = pl.col("mention_ids").list.eval(pl.element().filter(pl.element() != pl.lit(owner_id or "")))
    return (
        raw.with_columns(
            created_at=gdpr_times(raw["created_raw"])
            if time_format == GDPR_TIME
            else parse_time("created_raw", time_format),
            quoted_handle=pl.when(is_rt).then(None).otherwise(quote_handle),
            amplified_account=pl.when(is_rt).then(pl.coalesce("retweet_of_user", pl.col("mention_ids").list.first())),
        )
        .with_columns(kind=kind.cast(POSTS_SCHEMA["kind"]))
        .with_columns(
            platform=pl.lit("x"),
            # A retweet's mentions are the retweeted author's, not the owner addressing anyone.
            mentions=pl.when(pl.col("kind") == "repost").then(pl.lit([], pl.List(pl.String))).otherwise(others),
            reply_to_account=pl.when(pl.col("kind").is_in(["reply", "thread"])).then("reply_to_user"),
            reply_to_post=pl.when(pl.col("kind").is_in(["reply", "thread"])).then("reply_to_post"),
            like_count=pl.col("like_count").cast(pl.Int64, strict=False),
            repost_count=pl.col("repost_count").cast(pl.Int64, strict=False),
            reply_count=pl.lit(None, pl.Int64),
        )
        .with_columns(mode=voice_mode())
    )


def dedupe_edits(posts: pl.DataFrame) -> pl.DataFrame:
    """Keep only the last version of an edited tweet (v3 archives store each version)."""
    # Most archives hold no edit: every tweet its own group, each id once (cheaper to check than to group).
    if posts.select(
        (pl.col("edit_group") == pl.col("post_id")).all() & (pl.col("post_id").n_unique() == pl.len())
    ).item():
        return posts
    versions = posts.filter(pl.col("edit_group").is_duplicated())
    if versions.height == 0:
        return posts
    last = versions.sort("created_at", "post_id").unique("edit_group", keep="last")["post_id"]
    return posts.filter(~pl.col("edit_group").is_duplicated() | pl.col("post_id").is_in(last.implode()))


def posts_from_raw(
    raw: pl.DataFrame,
    owner_id: str | None,
    owner_handle: str | None,
    time_format: str,
    display: Callable[[str], str] = str,
) -> pl.DataFrame:
    """Classified tweets; a one-line ExportError naming the file (as ``display`` shows it) on a date that does
    not parse, the year 0000 and years past 9999 included."""
    classified = classify_tweets(raw, owner_id, owner_handle, time_format)
    bad = classified.filter(pl.col("created_at").is_null() & pl.col("created_raw").is_not_null())
    if bad.height:
        raise ExportError(
            f"{display(bad['source_file'][0])}: unreadable date {bad['created_raw'][0]!r} in tweet {bad['post_id'][0]}; "
            f"expected the format {time_format!r}"
        )
    return classified


def canonical_posts(classified: pl.DataFrame) -> pl.DataFrame:
    """The canonical columns, plus the X-only helpers ``quoted_handle`` and ``amplified_account``."""
    return conform(classified, POSTS_SCHEMA).select(*POSTS_SCHEMA.names(), "quoted_handle", "amplified_account")
