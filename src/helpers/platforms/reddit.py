"""The Reddit data-request export (a flat zip of CSV files) into the canonical model.

No real Reddit posts, comments or messages file has been seen (formats notes §4.5, §8.3): only the columns four
independent parsers agree on are relied on (abrignoni/RLEAPP, EpicenterHQ/epicenter, guilamu/reddit-gdpr-export-viewer,
humandataincome/hudi-packages-connectors), located by name:

- ``posts.csv`` ``id,permalink,date,subreddit,title,url`` (+ ``body``): each row a post of kind ``original``;
- ``comments.csv`` ``id,permalink,date,subreddit,link,parent`` (+ ``body``): ``thread`` when ``parent`` is one of
  the owner's own posts or comments, ``comment`` otherwise (the parent's author is not in the export);
- ``messages.csv`` / ``messages_archive.csv`` ``id,thread_id,date,from,to``: private messages both ways;
- ``friends.csv`` ``username``: the accounts the owner follows; ``post_votes.csv`` / ``comment_votes.csv``
  ``direction``: upvotes given. There is no follower list.

Files holding the email address, phone number, IP logs or payments (``statistics.csv``, ``ip_logs.csv``,
``linked_phone_number.csv``, ...) are never opened; the ``ip`` column is dropped as each file is read.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import (
    INTERACTIONS_SCHEMA,
    PEOPLE_SCHEMA,
    POSTS_SCHEMA,
    UTC_TIME,
    Coverage,
    Export,
    ExportMeta,
    Owner,
    conform,
    empty_frame,
    voice_mode,
)
from helpers.platforms.archive import Archive

Progress = Callable[[str], None]

REDDIT_TIME = "%Y-%m-%d %H:%M:%S UTC"  # 2023-01-15 12:34:56 UTC: a literal " UTC" suffix (formats notes §0.4)
# Per table: groups of file stems, the first group present wins (the *_headers files are the same rows
# without ``body``, EpicenterHQ/epicenter README), and the columns a file must have to be read.
TABLES: dict[str, tuple[list[tuple[str, ...]], tuple[str, ...]]] = {
    "posts": ([("posts",), ("post_headers",)], ("id", "permalink", "date", "subreddit", "title", "url")),
    "comments": ([("comments",), ("comment_headers",)], ("id", "permalink", "date", "subreddit", "link", "parent")),
    # Some exports hold messages.csv, others messages_archive.csv (formats notes §4.4): both are read.
    "messages": (
        [("messages", "messages_archive"), ("message_headers", "messages_archive_headers")],
        ("id", "permalink", "thread_id", "date", "from", "to"),
    ),
    "friends": ([("friends",)], ("username",)),
    "votes": ([("post_votes", "comment_votes")], ("id", "permalink", "direction")),
}
# Bodies of content removed since it was written (formats notes §4.4); a post's title reads
# "[deleted by user]" (guilamu/reddit-gdpr-export-viewer filters on it). The act still counts; the text is null.
REMOVED_TEXT = ["[deleted]", "[removed]", "[deleted by user]"]
GENERATION = (
    "reddit data request CSV ({files}); columns as four independent parsers agree, "
    "not yet checked against a real export"
)

NOTES = {
    "inbound_public": "Reddit exports hold none of the replies others wrote to your posts and comments, nor whom your "
    "comments answered: public two-way contact cannot be seen; members come from private messages only.",
    "followers": "Reddit exports have no list of the people who follow you.",
    "likes_given": "Reddit's vote files name the voted item, not its author or a date, so upvotes make no one a member.",
    "engagement_counts": "Reddit exports hold no score or comment count per post (only karma totals).",
}
# What a missing file means, said once in the export's warnings.
MISSING_MEANING = {
    "posts": "posts.csv: not in the export; your posts are not counted",
    "comments": "comments.csv: not in the export; your comments are not counted",
    "messages": "messages.csv (or messages_archive.csv): not in the export; messages marked absent",
    "friends": "friends.csv: not in the export; the accounts you follow marked absent",
    "votes": "post_votes.csv, comment_votes.csv: not in the export; likes given marked absent",
}


def _table_files(archive: Archive, table: str) -> list[str]:
    """The files of one table, split parts (``post_votes_1.csv``, ``_2.csv``, each with a header) in order."""
    for stems in TABLES[table][0]:
        rx = re.compile(rf"({'|'.join(stems)})(?:_(\d+))?\.csv")
        hits = [(m, n) for n in archive.names() if (m := rx.fullmatch(n))]
        if hits:
            return [n for m, n in sorted(hits, key=lambda h: (stems.index(h[0][1]), int(h[0][2] or 0)))]
    return []


def first_line(archive: Archive, prefix: str, name: str) -> str:
    """The first line of a member below ``prefix`` (BOM dropped), reading only its first bytes; never raises."""
    # Archive reads whole members only: detection must not read a large file (docs/platform-readers.md).
    try:
        if archive.path.is_dir():
            with open(archive.path / prefix / name, "rb") as f:
                head = f.read(4096)
        elif zipfile.is_zipfile(archive.path):
            with zipfile.ZipFile(archive.path) as z, z.open(prefix + name) as f:
                head = f.read(4096)
        else:  # a single CSV or a tar: small files only
            head = archive.read_bytes(name)[:4096] if archive.size(name) < 5_000_000 else b""
    except (OSError, KeyError, zipfile.BadZipFile, ExportError):
        return ""
    return next(iter(head.decode("utf-8-sig", errors="replace").splitlines()), "")


def _find_root(archive: Archive) -> str | None:
    """The folder holding a posts, comments or messages file whose header has Reddit's columns."""
    archive.set_root("")
    stems = [s for t in ("posts", "comments", "messages") for group in TABLES[t][0] for s in group]
    rx = re.compile(rf"(?:.*/)?({'|'.join(stems)})(?:_\d+)?\.csv")
    for name in sorted(archive.names(), key=lambda n: n.count("/")):
        m = rx.fullmatch(name)
        if m is None:
            continue
        prefix = name[: len(name) - len(name.rsplit("/", 1)[-1])]
        table = next(t for t in ("posts", "comments", "messages") if any(m[1] in g for g in TABLES[t][0]))
        if set(TABLES[table][1]) <= {
            c.strip().strip('"') for c in first_line(archive, prefix, name[len(prefix) :]).split(",")
        }:
            return prefix
    return None


def is_reddit_export(archive: Archive) -> bool:
    root = _find_root(archive)
    archive.set_root(root or "")
    return root is not None


def _read_csv(archive: Archive, name: str, required: tuple[str, ...], progress: Progress) -> pl.DataFrame:
    """One CSV member as strings, with ``row`` (numbered as a spreadsheet does) and ``source_file``; ``ip`` dropped."""
    if archive.size(name) > 5_000_000:
        progress(f"reading {name} ({archive.size(name) / 1e6:.0f} MB)")
    try:
        # Quoted bodies span lines (formats notes §4.4); polars drops a leading BOM (some files have one, §4.1).
        frame = pl.read_csv(archive.read_bytes(name), infer_schema=False, encoding="utf8-lossy")
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        reason = "a row has more fields than the header" if "more fields" in str(exc) else str(exc).splitlines()[0]
        raise ExportError(
            f"{archive.display(name)}: not a readable CSV file ({reason}); expected Reddit's comma-separated columns"
        ) from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ExportError(
            f"{archive.display(name)}: missing column(s) {', '.join(missing)}; expected Reddit's header with {','.join(required)}"
        )
    return frame.drop("ip", strict=False).with_row_index("row", offset=2).with_columns(source_file=pl.lit(name))


def _dated(archive: Archive, frame: pl.DataFrame, warnings: list[ExportWarning]) -> pl.DataFrame:
    """Parse ``date`` into ``at``; an unreadable date is an error, a missing one drops its row with a warning."""
    frame = frame.with_columns(
        at=pl.col("date").str.strip_chars().str.to_datetime(REDDIT_TIME, time_unit="us", time_zone="UTC", strict=False)
    )
    bad = frame.filter(pl.col("at").is_null() & (pl.col("date").str.strip_chars().fill_null("") != ""))
    if bad.height:
        raise ExportError(
            f"{archive.display(bad['source_file'][0])}: row {bad['row'][0]}, column date: unreadable date "
            f"{bad['date'][0]!r}; expected like '2023-01-15 12:34:56 UTC'"
        )
    if (undated := frame.filter(pl.col("at").is_null())).height:
        warnings.append(
            ExportWarning(
                "unreadable",
                undated["source_file"][0],
                f"{undated['source_file'][0]}: {undated.height} row(s) without a date not counted",
            )
        )
    return frame.drop_nulls("at")


def handle(col: str) -> pl.Expr:
    """A username as written, trimmed, a ``u/`` or ``/u/`` prefix dropped; empty is null."""
    # The parsers give usernames without "u/" (formats notes §4.2); the prefix is dropped in case one has it.
    name = pl.col(col).str.strip_chars().str.replace(r"^/?[uU]/", "")
    return pl.when(name != "").then(name)


def username(col: str) -> pl.Expr:
    """A username as an account id: :func:`handle`, lowercased."""
    return handle(col).str.to_lowercase()


def _infer_owner(messages: pl.DataFrame, warnings: list[ExportWarning]) -> Owner:
    """The owner is a party to every message: the username on most rows, then the most frequent sender."""
    # Reddit does not name the account in any file read here (formats notes §4.4: "must be inferred").
    parties = pl.concat(
        [
            messages.select(
                "row", "source_file", account_id=username(col), handle=handle(col), sent=pl.lit(int(col == "from"))
            )
            for col in ("from", "to")
        ]
    ).drop_nulls("account_id")
    ranked = (
        parties.group_by("account_id")
        .agg(rows=pl.struct("row", "source_file").n_unique(), sent=pl.col("sent").sum(), handle=pl.col("handle").last())
        .sort("rows", "sent", "account_id", descending=[True, True, False])
    )
    if ranked.height == 0:
        return Owner(None, None, None)
    top = ranked.head(2).select("rows", "sent").rows()
    if len(top) == 2 and top[0] == top[1]:
        warnings.append(
            ExportWarning(
                "owner_unknown",
                "messages.csv",
                f"messages: cannot tell which of {ranked['handle'][0]!r} and {ranked['handle'][1]!r} is you "
                "(they send and appear equally); messages are not counted",
            )
        )
        return Owner(None, None, None)
    return Owner(ranked["account_id"][0], ranked["handle"][0], None)


def _message_interactions(messages: pl.DataFrame, owner: Owner, warnings: list[ExportWarning]) -> pl.DataFrame:
    """One row per message: ``out`` to its recipient when the owner wrote it, ``in`` from its sender otherwise."""
    m = messages.with_columns(sender=username("from"), recipient=username("to"))
    own = pl.lit(owner.account_id)
    rows = m.select(
        platform=pl.lit("reddit"),
        at="at",
        direction=pl.when(pl.col("sender") == own)
        .then(pl.lit("out"))
        .when(pl.col("recipient") == own)
        .then(pl.lit("in")),
        account_id=pl.when(pl.col("sender") == own).then("recipient").otherwise("sender"),
        channel=pl.lit("message"),
        ref_id="id",
        conversation_id=pl.col("thread_id").str.strip_chars(),
        is_group=pl.lit(False),
    )
    kept = rows.filter(pl.col("direction").is_not_null() & (pl.col("account_id") != own))  # null account: dropped too
    if kept.height < rows.height:
        warnings.append(
            ExportWarning(
                "partial",
                "messages.csv",
                f"messages: {rows.height - kept.height} of {rows.height} rows are not between you and someone else; not counted",
            )
        )
    return conform(kept, INTERACTIONS_SCHEMA)


def _posts(posts: pl.DataFrame | None, comments: pl.DataFrame | None, owner: Owner) -> pl.DataFrame:
    """Posts (kind original) and comments (thread under the owner's own content, else comment) as one table."""
    text = pl.col("text").str.strip_chars()
    frames = []
    if posts is not None:
        body = pl.col("body").str.strip_chars() if "body" in posts.columns else pl.lit(None, pl.String)
        frames.append(
            posts.select(
                "at",
                "source_file",
                "subreddit",
                post_id=pl.lit("t3_") + pl.col("id").str.strip_chars(),
                kind=pl.lit("original"),
                text=pl.when(body.is_in(REMOVED_TEXT).not_() & (body != ""))
                .then(pl.concat_str("title", body, separator="\n\n"))
                .otherwise("title"),
                parent=pl.lit(None, pl.String),
            )
        )
    if comments is not None:
        # Comment ids are bare base-36, parents fullnames: t3_<post> top level, t1_<comment> a reply (§4.2).
        frames.append(
            comments.select(
                "at",
                "source_file",
                "subreddit",
                post_id=pl.lit("t1_") + pl.col("id").str.strip_chars(),
                kind=pl.lit("comment"),
                text=pl.col("body") if "body" in comments.columns else pl.lit(None, pl.String),
                parent=pl.when(pl.col("parent").str.strip_chars() != "").then(pl.col("parent").str.strip_chars()),
            )
        )
    if not frames:
        return conform(pl.DataFrame(schema={"subreddit": pl.String}), POSTS_SCHEMA)
    both = pl.concat(frames)
    own = both["post_id"].implode()
    threads = both.with_columns(
        kind=pl.when(pl.col("parent").is_in(own)).then(pl.lit("thread")).otherwise("kind"),
        text=pl.when(text.is_in(REMOVED_TEXT) | (text == "")).then(None).otherwise("text"),
    )
    return (
        conform(
            threads.with_columns(
                platform=pl.lit("reddit"),
                created_at="at",
                reply_to_post="parent",
                reply_to_account=pl.when(pl.col("kind") == "thread").then(pl.lit(owner.account_id)),
                mentions=pl.lit(None, pl.List(pl.String)),  # Reddit gives no mention entities; u/ in text is not parsed
            ).with_columns(mode=voice_mode()),
            POSTS_SCHEMA,
        )
        .select(*POSTS_SCHEMA.names(), "subreddit")
        .sort("created_at", "post_id")
    )


def _people(
    interactions: pl.DataFrame, messages: pl.DataFrame | None, friends: pl.DataFrame | None, owner: Owner
) -> pl.DataFrame:
    """Everyone written to, written by, or followed (friends.csv); no follower list, so follows_owner is null."""
    followed = (
        friends.select(account_id=username("username"), handle=handle("username")) if friends is not None else None
    )
    named = [
        f.select(account_id=username(c), handle=handle(c))
        for f, cols in ((messages, ("from", "to")), (friends, ("username",)))
        if f is not None
        for c in cols
    ]
    ids = pl.concat(
        [interactions.select("account_id"), *([followed.select("account_id")] if followed is not None else [])]
    ).unique()
    handles = pl.concat([pl.DataFrame(schema={"account_id": pl.String, "handle": pl.String}), *named]).drop_nulls()
    handles = handles.unique("account_id", keep="last", maintain_order=True)
    people = ids.join(handles, on="account_id", how="left").with_columns(
        platform=pl.lit("reddit"),
        display_name=pl.lit(None, pl.String),
        follows_owner=pl.lit(None, pl.Boolean),
        followed_by_owner=pl.col("account_id").is_in(followed["account_id"].implode())
        if followed is not None
        else pl.lit(None, pl.Boolean),
        followed_at=pl.lit(None, UTC_TIME),
    )
    people = people.filter(pl.col("account_id").is_not_null() & (pl.col("account_id") != (owner.account_id or "")))
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names()).sort("account_id")


def read_reddit(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a Reddit data-request export (zip, folder or one of its CSV files) into the canonical model."""
    progress = progress or (lambda _: None)
    with Archive(path) as archive:
        root = _find_root(archive)
        if root is None:
            raise ExportError(
                f"{path}: not a Reddit export (expected posts.csv, comments.csv or messages.csv with Reddit's columns, "
                "e.g. id,permalink,date,subreddit,title,url)"
            )
        archive.set_root(root)
        warnings: list[ExportWarning] = []
        files = {table: _table_files(archive, table) for table in TABLES}
        t = {
            table: pl.concat([_read_csv(archive, n, TABLES[table][1], progress) for n in names], how="diagonal")
            if names
            else None
            for table, names in files.items()
        }
        for name, meaning in MISSING_MEANING.items():
            if t[name] is None:
                warnings.append(ExportWarning("missing_file", f"{name}.csv", meaning))
        for name in ("posts", "comments", "messages"):
            table_frame = t[name]
            if table_frame is not None:
                t[name] = _dated(archive, table_frame, warnings)
        if t["messages"] is not None:  # a message in both messages.csv and messages_archive.csv counts once
            t["messages"] = t["messages"].unique("id", keep="first", maintain_order=True)
        if any(n.startswith("post_headers") for n in files["posts"]):
            warnings.append(
                ExportWarning(
                    "partial",
                    "post_headers.csv",
                    "post_headers.csv read in place of posts.csv: post bodies are not in the export",
                )
            )
        if archive.glob(r"chat_history(?:_\d+)?\.csv"):
            warnings.append(
                ExportWarning(
                    "unsupported_file",
                    "chat_history.csv",
                    "chat_history.csv: Reddit chat is not read (a chat row names its sender, not its recipient)",
                )
            )

        owner = _infer_owner(t["messages"], warnings) if t["messages"] is not None else Owner(None, None, None)
        interactions = (
            _message_interactions(t["messages"], owner, warnings).sort("at")
            if t["messages"] is not None and owner.account_id
            else empty_frame(INTERACTIONS_SCHEMA)
        )
        votes = t["votes"]
        coverage = Coverage(
            own_posts=t["posts"] is not None or t["comments"] is not None,
            followers=False,
            following=t["friends"] is not None,
            inbound_public=False,
            messages=t["messages"] is not None and owner.account_id is not None,
            likes_given=votes is not None,
            engagement_counts=False,
            notes=dict(NOTES),
        )
        return Export(
            platform="reddit",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation=GENERATION.format(files=", ".join(n for names in files.values() for n in names)),
                warnings=warnings,
                likes_given_count=int((votes["direction"].str.strip_chars().str.to_lowercase() == "up").sum())
                if votes is not None
                else None,
            ),
            posts=_posts(t["posts"], t["comments"], owner),
            people=_people(interactions, t["messages"], t["friends"], owner),
            interactions=interactions,
        )
