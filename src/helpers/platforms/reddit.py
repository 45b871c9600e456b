"""The Reddit data-request export (a flat zip of CSV files) into the canonical model.

No complete real Reddit export has been seen here (formats notes §4.5): columns are located by name, as four
independent parsers (abrignoni/RLEAPP, EpicenterHQ/epicenter, guilamu/reddit-gdpr-export-viewer,
humandataincome/hudi-packages-connectors) and the problems reported on real exports describe them:

- ``posts.csv`` ``id,permalink,date,subreddit,url`` (+ ``title``, ``body``): each row a post of kind ``original``;
  ``post_headers.csv`` is the same rows without ``title`` and ``body``;
- ``comments.csv`` ``id,permalink,date,subreddit,link,parent`` (+ ``body``): ``thread`` when ``parent`` is one of
  the owner's own posts or comments, ``comment`` otherwise (the parent's author is not in the export). ``parent``
  is a bare id (``khjlwoy``) or a fullname (``t1_khjlwoy``); empty on a top-level comment, whose post is the
  ``link``;
- ``messages.csv`` / ``messages_archive.csv`` ``id,thread_id,date,from,to``: private messages both ways, the
  other party written ``/u/Name``, ``u/Name`` or ``Name``; ``/r/...`` is a subreddit, not a person;
- ``chat_history.csv`` ``message_id,created_at,username`` + ``channel_url`` / ``channel_name``: chat, one row a
  message, naming its sender and its channel;
- ``friends.csv`` ``username``: the accounts the owner follows; ``post_votes.csv`` / ``comment_votes.csv``
  ``direction``: upvotes given. There is no follower list;
- ``checkfile.csv``: the files of the export; one it lists that the export lacks is a missing file.

The owner is the account the export names: Reddit delivers ``export_<username>_<YYYYMMDD>.zip``. It is never
taken from the files' contents (the only one naming the account, ``statistics.csv``, also holds the email address).
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
# chat_history.csv's time format is not established: Reddit's own, then ISO 8601 forms.
CHAT_TIMES = (REDDIT_TIME, "%Y-%m-%dT%H:%M:%S%.fZ", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f%z")
# Per table: groups of file stems, the first complete group present wins (the *_headers files are the same rows
# without bodies, EpicenterHQ/epicenter README), and the columns a file must have to be read.
TABLES: dict[str, tuple[list[tuple[str, ...]], tuple[str, ...]]] = {
    # post_headers.csv of a real export: id,permalink,date,ip,subreddit,gildings,url (no title): title is optional.
    "posts": ([("posts",), ("post_headers",)], ("id", "permalink", "date", "subreddit", "url")),
    "comments": ([("comments",), ("comment_headers",)], ("id", "permalink", "date", "subreddit", "link", "parent")),
    # Some exports hold messages.csv, others messages_archive.csv (formats notes §4.4): both are read.
    "messages": (
        [("messages", "messages_archive"), ("message_headers", "messages_archive_headers")],
        ("id", "permalink", "thread_id", "date", "from", "to"),
    ),
    "chat": ([("chat_history",)], ("message_id", "created_at", "username")),
    "friends": ([("friends",)], ("username",)),
    "votes": ([("post_votes", "comment_votes")], ("id", "permalink", "direction")),
}
# What a table's absence means (the files are named where it is said).
MEANING = {
    "posts": "your posts are not counted",
    "comments": "your comments are not counted",
    "messages": "messages marked absent",
    "chat": "chat and messages marked absent",
    "friends": "the accounts you follow marked absent",
    "votes": "likes given marked absent",
}
# Absent tables warned about without a checkfile (chat_history.csv is absent from exports without chat).
ALWAYS_WRITTEN = {
    "posts": "posts.csv",
    "comments": "comments.csv",
    "messages": "messages.csv (or messages_archive.csv)",
    "friends": "friends.csv",
    "votes": "post_votes.csv, comment_votes.csv",
}
# Bodies of content removed since it was written (formats notes §4.4); a post's title reads
# "[deleted by user]" (guilamu/reddit-gdpr-export-viewer filters on it). The act still counts; the text is null.
REMOVED_TEXT = ["[deleted]", "[removed]", "[deleted by user]"]
# The name Reddit gives the download: export_<username>_<YYYYMMDD>.zip (potluck's Reddit stage matches
# "export_doublegremlin181_20251205.zip"); a browser may add " (1)". Usernames: 3 to 20 of [A-Za-z0-9_-].
EXPORT_NAME = re.compile(r"export_([A-Za-z0-9_-]{3,20})_(\d{8})(?: ?\(\d+\))?")
# chat_history.csv conversation_type values that say a channel is between two people; any other value is a group.
DIRECT_CHAT = {"direct", "dm", "direct_message", "directmessage", "direct_chat", "one_to_one", "1:1", "1on1"}
# A checkfile.csv cell saying its file was not put in the export.
LEFT_OUT_WORDS = re.compile(r"(?i)\b(missing|omitted|excluded|not included|left out|unavailable|failed)\b")
GENERATION = (
    "reddit data request CSV ({files}); columns as four independent parsers agree and as reported on real "
    "exports, not yet checked against a complete real export"
)

NOTES = {
    "inbound_public": "Reddit exports hold none of the replies others wrote to your posts and comments, nor whom your "
    "comments answered: public two-way contact cannot be seen; members come from private messages and chat only.",
    "followers": "Reddit exports have no list of the people who follow you.",
    "likes_given": "Reddit's vote files name the voted item, not its author or a date, so upvotes make no one a member.",
    "engagement_counts": "Reddit exports hold no score or comment count per post (only karma totals).",
}


def _stem_rx(stems: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A table's file names: the stem, then split parts (``post_votes_1.csv``, ``_2.csv``, each with a header)."""
    return re.compile(rf"({'|'.join(stems)})(?:_(\d+))?\.csv")


def _table_files(archive: Archive, table: str, left_out: set[str]) -> list[str]:
    """The files of one table in order, from the first group present none of whose files was left out."""
    for stems in TABLES[table][0]:
        rx = _stem_rx(stems)
        if any(m and m[1] in stems for m in map(rx.fullmatch, left_out)):
            continue  # e.g. messages.csv present, messages_archive.csv left out: this group is incomplete
        hits = [(m, n) for n in archive.names() if (m := rx.fullmatch(n))]
        if hits:
            return [n for m, n in sorted(hits, key=lambda h: (stems.index(h[0][1]), int(h[0][2] or 0)))]
    return []


def _table_of(name: str) -> str | None:
    """The table a file name belongs to, if the reader reads it."""
    for table, (groups, _) in TABLES.items():
        if any(_stem_rx(stems).fullmatch(name) for stems in groups):
            return table
    return None


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
    _warn_undated(frame, warnings)
    return frame.drop_nulls("at")


def _warn_undated(frame: pl.DataFrame, warnings: list[ExportWarning], what: str = "without a date") -> None:
    if (undated := frame.filter(pl.col("at").is_null())).height:
        warnings.append(
            ExportWarning(
                "unreadable",
                undated["source_file"][0],
                f"{undated['source_file'][0]}: {undated.height} row(s) {what} not counted",
            )
        )


def handle(col: str) -> pl.Expr:
    """A username as written, trimmed, a ``/u/``, ``u/`` or ``/user/`` prefix dropped; a subreddit (``/r/...``),
    ``[deleted]`` or empty is null: not a person."""
    # Real messages.csv writes the other party "/u/Name" (reported on real exports); parsers show bare names.
    name = pl.col(col).str.strip_chars().str.replace(r"^/?(?:[uU]|[uU]ser)/", "")
    return pl.when((name != "") & ~name.str.contains(r"^/?[rR]/") & ~name.is_in(REMOVED_TEXT)).then(name)


def username(col: str) -> pl.Expr:
    """A username as an account id: :func:`handle`, lowercased."""
    return handle(col).str.to_lowercase()


def _owner(archive: Archive, path: Path, warnings: list[ExportWarning]) -> Owner:
    """The account the export names: ``export_<username>_<date>``, as the zip, its top folder or the folder is named."""
    names = [archive.root.rstrip("/").rsplit("/", 1)[-1]] if archive.root else []
    base = path.parent if archive.is_single_file else path
    names.append(re.sub(r"(?i)\.(zip|tar\.gz|tgz|tar)$", "", base.name))
    for name in names:
        if m := EXPORT_NAME.fullmatch(name):
            return Owner(m[1].lower(), m[1], None)
    # Never from who sent or appears most: a welcome bot writing three times would become the owner.
    warnings.append(
        ExportWarning(
            "owner_unknown",
            None,
            f"the export does not name its account (Reddit names it export_<username>_<date>.zip; this one is "
            f"{names[-1]!r}): messages and chat are not counted and replies to your own content name no one; "
            "keep or restore the download's name to count them",
        )
    )
    return Owner(None, None, None)


def _left_out(archive: Archive, progress: Progress, warnings: list[ExportWarning]) -> set[str]:
    """The files ``checkfile.csv`` lists that the export does not hold (or whose row says it was left out)."""
    if not archive.has("checkfile.csv"):
        return set()
    try:
        check = _read_csv(archive, "checkfile.csv", (), progress)
    except ExportError as exc:  # the list of files is a check, not data: a broken one does not stop the reading
        warnings.append(
            ExportWarning("unreadable", "checkfile.csv", f"{exc}; the export's list of files is not checked")
        )
        return set()
    cols = [c for c in check.columns if c not in ("row", "source_file")]
    by_name = {c.strip().lower(): c for c in cols}
    name_col = next((by_name[c] for c in ("filename", "file_name", "file", "name", "path") if c in by_name), None)
    if name_col is None and cols:
        name_col = cols[0]
    if name_col is None:
        return set()
    present = set(archive.names())
    left: set[str] = set()
    for row in check.iter_rows(named=True):
        name = (row[name_col] or "").strip().rsplit("/", 1)[-1]
        if not name or name == "checkfile.csv":
            continue
        said = any(LEFT_OUT_WORDS.search(row[c] or "") for c in cols if c != name_col)
        if name not in present or said:
            left.add(name)
    return left


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
    # Null account: to or from a subreddit (/r/...), a deleted account, or nobody.
    kept = rows.filter(
        pl.col("direction").is_not_null() & pl.col("account_id").is_not_null() & (pl.col("account_id") != own)
    )
    if kept.height < rows.height:
        files = ", ".join(sorted(set(messages["source_file"])))
        warnings.append(
            ExportWarning(
                "partial",
                files.split(", ")[0],
                f"messages: {rows.height - kept.height} of {rows.height} rows are not between you and another person "
                f"(to or from a subreddit, a deleted account, or not naming you); not counted ({files})",
            )
        )
    return conform(kept, INTERACTIONS_SCHEMA)


def _chat_interactions(chat: pl.DataFrame, owner: Owner, warnings: list[ExportWarning]) -> pl.DataFrame:
    """Chat both ways: ``in`` from each message's sender; ``out`` to the other member of a 1:1 channel.

    A row names its sender (``username``) and its channel, never its recipient. A message by someone else is
    ``in`` from them. The owner's message goes to the channel's other member only where the channel is 1:1
    (``conversation_type`` says direct) and that member wrote in it; in a group channel, or a 1:1 channel where
    the other never wrote, the recipients are not established and the row is left out.
    """
    src = chat["source_file"][0]
    conv_cols = [c for c in ("channel_url", "channel_name") if c in chat.columns]
    conversation = (
        pl.coalesce([pl.when(pl.col(c).str.strip_chars() != "").then(pl.col(c).str.strip_chars()) for c in conv_cols])
        if conv_cols
        else pl.lit(None, pl.String)
    )
    kind = (
        pl.col("conversation_type").str.strip_chars().str.to_lowercase().fill_null("")
        if "conversation_type" in chat.columns
        else pl.lit("")
    )
    c = chat.with_columns(
        sender=username("username"),
        conversation=conversation,
        direct=kind.is_in(list(DIRECT_CHAT)),
        ref_id=pl.col("message_id").str.strip_chars(),
    ).unique("ref_id", keep="first", maintain_order=True)
    own = owner.account_id
    others = (
        c.filter(pl.col("sender").is_not_null() & (pl.col("sender") != own) & pl.col("conversation").is_not_null())
        .group_by("conversation")
        .agg(partner=pl.col("sender").unique().sort(), n=pl.col("sender").n_unique())
    )
    c = c.join(others, on="conversation", how="left")
    rows = c.select(
        platform=pl.lit("reddit"),
        at="at",
        direction=pl.when(pl.col("conversation").is_null() | pl.col("sender").is_null())
        .then(None)
        .when(pl.col("sender") != own)
        .then(pl.lit("in"))
        .when(pl.col("direct") & (pl.col("n") == 1))
        .then(pl.lit("out")),
        account_id=pl.when(pl.col("sender") != own).then("sender").otherwise(pl.col("partner").list.first()),
        channel=pl.lit("message"),
        ref_id="ref_id",
        conversation_id="conversation",
        is_group=~pl.col("direct"),
    )
    kept = rows.filter(pl.col("direction").is_not_null() & pl.col("account_id").is_not_null())
    if kept.height < rows.height:
        warnings.append(
            ExportWarning(
                "partial",
                src,
                f"{src}: {rows.height - kept.height} of {rows.height} chat messages left out: a chat row names its "
                "sender, not its recipients, so your messages count only in 1:1 channels where the other person "
                "also wrote (rows without a sender or channel are left out too)",
            )
        )
    return conform(kept, INTERACTIONS_SCHEMA)


def _chat_dated(chat: pl.DataFrame, warnings: list[ExportWarning]) -> pl.DataFrame:
    """Parse ``created_at`` (format not established: Reddit's, then ISO 8601); unreadable rows are left out."""
    text = pl.col("created_at").str.strip_chars()
    frame = chat.with_columns(
        at=pl.coalesce([text.str.to_datetime(f, time_unit="us", time_zone="UTC", strict=False) for f in CHAT_TIMES])
    )
    _warn_undated(frame, warnings, "without a readable created_at")
    return frame.drop_nulls("at")


def _bare(col: str, prefix: str) -> pl.Expr:
    """An id without its fullname prefix (``t3_abc`` -> ``abc``); empty is null."""
    v = pl.col(col).str.strip_chars().str.replace(rf"^{prefix}", "")
    return pl.when(v != "").then(v)


def _posts(posts: pl.DataFrame | None, comments: pl.DataFrame | None, owner: Owner) -> pl.DataFrame:
    """Posts (kind original) and comments (thread under the owner's own content, else comment) as one table."""
    text = pl.col("text").str.strip_chars()

    def kept(col: str, frame: pl.DataFrame) -> pl.Expr:
        v = pl.col(col).str.strip_chars() if col in frame.columns else pl.lit(None, pl.String)
        return pl.when(~v.is_in(REMOVED_TEXT) & (v != "")).then(v)

    frames = []
    if posts is not None:
        frames.append(
            posts.select(
                "at",
                "source_file",
                "subreddit",
                post_id=pl.lit("t3_") + _bare("id", "t3_"),
                kind=pl.lit("original"),
                # post_headers.csv has neither title nor body (a real export's header): the text is null.
                text=pl.concat_str([kept("title", posts), kept("body", posts)], separator="\n\n", ignore_nulls=True),
                parent=pl.lit(None, pl.String),
            )
        )
    own_posts = set(frames[0]["post_id"]) if frames else set()
    if comments is not None:
        ids = set(comments.select(pl.lit("t1_") + _bare("id", "t1_")).to_series().drop_nulls())
        raw = pl.col("parent").str.strip_chars().fill_null("")
        bare = "t1_" + raw  # a real file's bare parent is a comment (a top-level comment's parent is empty)
        link_post = pl.col("link").str.extract(r"/comments/([A-Za-z0-9]+)", 1)
        frames.append(
            comments.select(
                "at",
                "source_file",
                "subreddit",
                post_id=pl.lit("t1_") + _bare("id", "t1_"),
                kind=pl.lit("comment"),
                text=pl.col("body") if "body" in comments.columns else pl.lit(None, pl.String),
                # Fullname (t1_/t3_) as parsers show it; bare as real files hold it (khjlwoy): one of the owner's
                # comments or posts where it names one, else a comment; empty: the post of the link, top level.
                parent=pl.when(raw.str.contains(r"^t[13]_"))
                .then(raw)
                .when((raw != "") & ~bare.is_in(list(ids)) & ("t3_" + raw).is_in(list(own_posts)))
                .then("t3_" + raw)
                .when(raw != "")
                .then(bare)
                .otherwise("t3_" + link_post),
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
                # Under the owner's own content: to the owner, when the export names them.
                reply_to_account=pl.when(pl.col("kind") == "thread").then(pl.lit(owner.account_id, pl.String)),
                mentions=pl.lit(None, pl.List(pl.String)),  # Reddit gives no mention entities; u/ in text is not parsed
            ).with_columns(mode=voice_mode()),
            POSTS_SCHEMA,
        )
        .select(*POSTS_SCHEMA.names(), "subreddit")
        .sort("created_at", "post_id")
    )


def _people(
    interactions: pl.DataFrame, named: list[pl.DataFrame], friends: pl.DataFrame | None, owner: Owner
) -> pl.DataFrame:
    """Everyone written to, written by, or followed (friends.csv); no follower list, so follows_owner is null."""
    followed = (
        friends.select(account_id=username("username"), handle=handle("username")) if friends is not None else None
    )
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


def _missing_warnings(files: dict[str, list[str]], left_out: set[str], warnings: list[ExportWarning]) -> None:
    """One ``missing_file`` per file checkfile.csv lists and the export lacks, and per always-written table absent."""
    warned: set[str] = set()
    for name in sorted(left_out):
        table = _table_of(name)
        if table is None:
            consequence = "this tool does not read it"
        elif files[table]:
            consequence = f"{', '.join(files[table])} read in its place"
        else:
            consequence = MEANING[table]
            warned.add(table)
        warnings.append(
            ExportWarning("missing_file", name, f"{name}: listed in checkfile.csv but not in the export; {consequence}")
        )
    for table, names in ALWAYS_WRITTEN.items():
        if not files[table] and table not in warned:
            warnings.append(
                ExportWarning(
                    "missing_file", names.split(" ")[0].rstrip(","), f"{names}: not in the export; {MEANING[table]}"
                )
            )


def read_reddit(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a Reddit data-request export (zip, folder or one of its CSV files) into the canonical model."""
    progress = progress or (lambda _: None)
    with Archive(path) as archive:
        root = _find_root(archive)
        if root is None:
            raise ExportError(
                f"{path}: not a Reddit export (expected posts.csv, comments.csv or messages.csv with Reddit's columns, "
                "e.g. id,permalink,date,subreddit,url)"
            )
        archive.set_root(root)
        warnings: list[ExportWarning] = []
        owner = _owner(archive, Path(path), warnings)
        left_out = _left_out(archive, progress, warnings)
        files = {table: _table_files(archive, table, left_out) for table in TABLES}
        _missing_warnings(files, left_out, warnings)
        if not owner.account_id:
            files["chat"] = []  # chat direction needs the owner: not read (the owner_unknown warning says so)
        t = {
            table: pl.concat([_read_csv(archive, n, TABLES[table][1], progress) for n in names], how="diagonal")
            if names
            else None
            for table, names in files.items()
        }
        for name in ("posts", "comments", "messages"):
            table_frame = t[name]
            if table_frame is not None:
                t[name] = _dated(archive, table_frame, warnings)
        if t["chat"] is not None:
            t["chat"] = _chat_dated(t["chat"], warnings)
        if t["messages"] is not None:  # a message in both messages.csv and messages_archive.csv counts once
            t["messages"] = t["messages"].unique("id", keep="first", maintain_order=True)
        for table, full in (("posts", "posts.csv"), ("comments", "comments.csv")):
            if any("_headers" in n for n in files[table]):
                lacks = "post titles and bodies" if table == "posts" else "comment bodies"
                warnings.append(
                    ExportWarning(
                        "partial",
                        files[table][0],
                        f"{files[table][0]} read in place of {full}: {lacks} are not in the export",
                    )
                )

        # A left-out messages or chat file makes the messages signal absent, never a short count.
        chat_or_messages = {n for n in left_out if _table_of(n) in ("messages", "chat")}
        has_messages = owner.account_id is not None and not chat_or_messages
        has_messages = has_messages and (t["messages"] is not None or t["chat"] is not None)
        parts = []
        if has_messages and t["messages"] is not None:
            parts.append(_message_interactions(t["messages"], owner, warnings))
        if has_messages and t["chat"] is not None:
            parts.append(_chat_interactions(t["chat"], owner, warnings))
        interactions = (
            pl.concat(parts)
            .unique(["ref_id", "account_id", "direction"], keep="first", maintain_order=True)
            .sort("at", "ref_id")
            if parts
            else empty_frame(INTERACTIONS_SCHEMA)
        )
        named = [
            f.select(account_id=username(c), handle=handle(c))
            for f, cols in ((t["messages"], ("from", "to")), (t["chat"], ("username",)), (t["friends"], ("username",)))
            if f is not None
            for c in cols
        ]
        votes = t["votes"]
        coverage = Coverage(
            own_posts=t["posts"] is not None or t["comments"] is not None,
            followers=False,
            following=t["friends"] is not None,
            inbound_public=False,
            messages=has_messages,
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
            people=_people(interactions, named, t["friends"], owner),
            interactions=interactions,
        )
