"""The CSV template: any platform analysed by filling three sheets that hold the canonical columns.

``posts.csv``, ``people.csv`` and ``interactions.csv`` (any of them; plus an optional one-row ``owner.csv``),
in a folder or a zip. ``data/templates/csv/README.md`` says what each column means. Every cell is checked: an
unknown kind, channel or direction, or an unreadable date, boolean or count is an error naming the file, the
row (numbered as a spreadsheet numbers it: the header is row 1) and the column. An empty cell is null, never
0 or False. ``mode`` is computed from kind and mentions (``model.voice_mode``), never read from a sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import (
    CHANNELS,
    DIRECTIONS,
    INTERACTIONS_SCHEMA,
    KINDS,
    PEOPLE_SCHEMA,
    POSTS_SCHEMA,
    Coverage,
    Export,
    ExportMeta,
    Owner,
    conform,
    voice_mode,
)
from helpers.platforms.archive import Archive
from helpers.platforms.post_interactions import post_interactions
from helpers.platforms.reddit import first_line

Progress = Callable[[str], None]

# Each sheet's columns and what a cell must hold: a tuple lists the allowed values.
SHEETS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "posts": {
        "platform": "platform",
        "post_id": "id",
        "created_at": "date",
        "kind": KINDS,
        "text": "text",
        "reply_to_account": "id",
        "reply_to_post": "id",
        "mentions": "list",
        "like_count": "count",
        "repost_count": "count",
        "reply_count": "count",
    },
    "people": {
        "platform": "platform",
        "account_id": "id",
        "handle": "id",
        "display_name": "text",
        "follows_owner": "bool",
        "followed_by_owner": "bool",
        "followed_at": "date",
    },
    "interactions": {
        "platform": "platform",
        "at": "date",
        "direction": DIRECTIONS,
        "account_id": "id",
        "channel": CHANNELS,
        "ref_id": "id",
    },
    "owner": {"account_id": "id", "handle": "id", "display_name": "text"},
}
REQUIRED = {
    "posts": ("post_id", "created_at", "kind"),
    "people": ("account_id",),
    "interactions": ("at", "direction", "account_id", "channel"),
    "owner": ("account_id",),
}
TRUE, FALSE = ("true", "yes", "y", "1"), ("false", "no", "n", "0")  # Excel writes TRUE / FALSE
EXPECTED = {
    "date": "a date as YYYY-MM-DD, optionally with a time HH:MM[:SS] and a zone (Z or +01:00; none means UTC)",
    "bool": "true or false (also yes/no, 1/0); leave it empty when unknown",
    "count": "a whole number (0, 1, 2, ...); leave it empty when unknown",
    "platform": "a lowercase platform name such as tiktok (letters, digits, '-', '_'); empty means csv",
}
PUBLIC_DIRECTED = ("reply", "mention", "quote", "comment")
# Why a signal is absent, in the terms of the sheets (shown next to the charts it affects).
NOTES = {
    "own_posts": "posts.csv is missing, so none of your posts are counted",
    "followers": "people.csv has no filled follows_owner column, so passive followers cannot be counted",
    "following": "people.csv has no filled followed_by_owner column",
    "inbound_public": "interactions.csv has no inbound reply, mention, quote or comment rows, so two-way contact is "
    "partly inferred (someone you addressed at least twice who follows you counts as a member)",
    "messages": "interactions.csv has no message rows in both directions",
    "likes_given": "interactions.csv has no out rows with channel like or reaction",
    "engagement_counts": "posts.csv has no like_count, repost_count or reply_count filled",
}


def _value(col: str, kind: str | tuple[str, ...]) -> pl.Expr:
    """The typed value of a cell, null when the cell is empty or unreadable."""
    cell = pl.col(col).str.strip_chars()
    low = cell.str.to_lowercase()
    if isinstance(kind, tuple):
        return pl.when(low.is_in(kind)).then(low)
    if kind == "date":
        iso = cell.str.replace(r"^(\d{4}-\d{2}-\d{2})[ T]", "${1}T").str.replace(r"(?i)(?:Z| ?UTC)$", "+00:00")
        aware = [
            iso.str.to_datetime(f, time_unit="us", time_zone="UTC", strict=False)
            for f in ("%Y-%m-%dT%H:%M:%S%.f%:z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%:z")
        ]
        naive = [
            iso.str.to_datetime(f, time_unit="us", strict=False).dt.replace_time_zone("UTC")
            for f in ("%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
        ]
        return pl.coalesce(*aware, *naive)
    if kind == "bool":
        return pl.when(low.is_in(TRUE)).then(True).when(low.is_in(FALSE)).then(False)
    if kind == "count":
        return pl.when(cell.str.contains(r"^\d+$")).then(cell.cast(pl.Int64, strict=False))
    if kind == "platform":
        return pl.when(low.str.contains(r"^[a-z0-9][a-z0-9_.-]*$")).then(low)
    if kind == "list":  # "ada; ben" -> ["ada", "ben"]
        return cell.str.split(";").list.eval(pl.element().str.strip_chars().filter(pl.element() != ""))
    return pl.when(cell != "").then(pl.col(col) if kind == "text" else cell)


def _problem(col: str, kind: str | tuple[str, ...], required: bool) -> pl.Expr:
    """What is wrong with a cell, or null."""
    cell = pl.col(col).str.strip_chars().fill_null("")
    if isinstance(kind, tuple):
        wrong = pl.format(f"unknown {col} '{{}}' (expected one of {', '.join(kind)})", pl.col(col))
    else:
        wrong = pl.format(f"'{{}}' is not {EXPECTED.get(kind, 'readable')}", pl.col(col))
    return (
        pl.when(cell == "")
        .then(pl.lit(f"empty; every row needs a {col}") if required else None)
        .when(_value(col, kind).is_null())
        .then(wrong)
    )


def fail_at(archive: Archive, name: str, frame: pl.DataFrame, problems: dict[str, pl.Expr]) -> None:
    """Raise for the first row (then column) with a problem: ``file: row N, column C: what``."""
    found = frame.select("row", *[e.alias(c) for c, e in problems.items()]).unpivot(index="row", variable_name="column")
    found = found.drop_nulls("value").sort("row", maintain_order=True)
    if found.height:
        row, column, what = found.row(0)
        raise ExportError(f"{archive.display(name)}: row {row}, column {column}: {what}")


def read_sheet(archive: Archive, sheet: str, warnings: list[ExportWarning]) -> pl.DataFrame | None:
    """One sheet, every cell checked and typed, with its spreadsheet ``row``; None when the file is absent."""
    name = f"{sheet}.csv"
    if not archive.has(name):
        return None
    raw = archive.read_bytes(name).removeprefix(b"\xef\xbb\xbf")  # Excel's "CSV UTF-8" starts with a BOM
    try:
        header = raw.decode("utf-8").splitlines()[0] if raw.strip() else ""
    except UnicodeDecodeError as exc:
        raise ExportError(
            f"{archive.display(name)}: not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8 (Comma delimited)'"
        ) from None
    if "," not in header and (sep := next((s for s in (";", "\t") if s in header), None)):
        # Excel in many European locales saves "CSV" with ';' between columns.
        raise ExportError(
            f"{archive.display(name)}: columns are separated by {sep!r}; only comma-separated files are read "
            "(in Excel: Save As 'CSV UTF-8 (Comma delimited)')"
        )
    try:
        frame = pl.read_csv(raw, infer_schema=False) if header else pl.DataFrame()
    except pl.exceptions.ComputeError as exc:
        reason = "a row has more cells than the header" if "more fields" in str(exc) else str(exc).splitlines()[0]
        raise ExportError(f"{archive.display(name)}: not a readable CSV file ({reason})") from None
    frame = frame.rename({c: c.strip().lower() for c in frame.columns})
    columns = SHEETS[sheet]
    missing = [c for c in REQUIRED[sheet] if c not in frame.columns]
    if missing:
        raise ExportError(
            f"{archive.display(name)}: missing column(s) {', '.join(missing)}; the template's columns are {','.join(columns)}"
        )
    unknown = [c for c in frame.columns if c not in columns]
    if unknown:
        warnings.append(
            ExportWarning(
                "partial",
                name,
                f"{name}: column(s) {', '.join(unknown)} not in the template, ignored"
                + ("; mode is computed from kind and mentions" if "mode" in unknown else ""),
            )
        )
    present = [c for c in columns if c in frame.columns]
    # Excel keeps formatted but empty rows as ",,,,": they are skipped, the numbering of the others kept.
    frame = frame.with_row_index("row", offset=2).filter(
        ~pl.all_horizontal(pl.col(present).str.strip_chars().fill_null("") == "")
    )
    fail_at(archive, name, frame, {c: _problem(c, columns[c], c in REQUIRED[sheet]) for c in present})
    key = {"posts": "post_id", "people": "account_id"}.get(sheet)
    if key:
        fail_at(
            archive,
            name,
            frame,
            {key: pl.when(pl.col(key).str.strip_chars().is_first_distinct().not_()).then(pl.lit("appears twice"))},
        )
    typed = frame.select("row", *[_value(c, columns[c]).alias(c) for c in present])
    return typed.with_columns([pl.lit(None, pl.String).alias(c) for c in columns if c not in present]).with_columns(
        source_file=pl.lit(name)
    )


def _find_root(archive: Archive) -> str | None:
    """The folder holding a sheet whose header has the template's required columns (',' or ';' between)."""
    for sheet in ("posts", "people", "interactions"):
        root = archive.find_root(f"{sheet}.csv")
        if root is not None:
            header = first_line(archive, root, f"{sheet}.csv").replace(";", ",").lower()
            if set(REQUIRED[sheet]) <= {c.strip().strip('"') for c in header.split(",")}:
                return root
    return None


def is_csv_template(archive: Archive) -> bool:
    root = _find_root(archive)
    archive.set_root(root or "")
    return root is not None


def _platform(archive: Archive, sheets: dict[str, pl.DataFrame | None]) -> str:
    """The one platform the sheets describe: ``csv`` unless a platform column names another, the same in every row."""
    named = pl.concat(
        [f.select("row", "source_file", "platform") for s, f in sheets.items() if f is not None and s != "owner"]
    ).drop_nulls("platform")
    if named.height == 0:
        return "csv"
    first = named.row(0, named=True)
    other = named.filter(pl.col("platform") != first["platform"])
    if other.height:
        row = other.row(0, named=True)
        raise ExportError(
            f"{archive.display(row['source_file'])}: row {row['row']}, column platform: '{row['platform']}' differs from "
            f"'{first['platform']}' ({first['source_file']} row {first['row']}); one template describes one platform"
        )
    return first["platform"]


def read_csv_template(path: str | Path, progress: Progress | None = None) -> Export:
    """Read filled template sheets (a folder or a zip) into the canonical model."""
    with Archive(path) as archive:
        root = _find_root(archive)
        if root is None:
            raise ExportError(
                f"{path}: not a CSV template (expected posts.csv, people.csv or interactions.csv with the template's "
                "columns, e.g. post_id,created_at,kind; see data/templates/csv/README.md)"
            )
        archive.set_root(root)
        warnings: list[ExportWarning] = []
        s = {sheet: read_sheet(archive, sheet, warnings) for sheet in SHEETS}
        if s["owner"] is not None and s["owner"].height != 1:
            raise ExportError(
                f"{archive.display('owner.csv')}: {s['owner'].height} rows; expected one row naming your account"
            )
        owner = (
            Owner(*s["owner"].select("account_id", "handle", "display_name").row(0))
            if s["owner"] is not None
            else Owner(None, None, None)
        )
        me = owner.account_id or ""
        for sheet in ("people", "interactions"):
            listed = s[sheet]
            if listed is not None:
                fail_at(
                    archive,
                    f"{sheet}.csv",
                    listed,
                    {
                        "account_id": pl.when(pl.col("account_id") == me).then(
                            pl.lit(f"'{me}' is you (owner.csv); every row names someone else")
                        )
                    },
                )
        platform = _platform(archive, s)
        for sheet, meaning in (
            ("posts", "your posts marked absent"),
            ("people", "followers and following marked absent"),
            ("interactions", "only what posts.csv says is counted"),
        ):
            if s[sheet] is None:
                warnings.append(
                    ExportWarning("missing_file", f"{sheet}.csv", f"{sheet}.csv: not in the template folder; {meaning}")
                )

        posts = (
            s["posts"]
            if s["posts"] is not None
            else conform(pl.DataFrame(schema={"row": pl.UInt32}), pl.Schema({**POSTS_SCHEMA, "kind": pl.String()}))
        )
        posts = posts.with_columns(
            pl.col("mentions").list.eval(pl.element().filter(pl.element() != me)),  # the owner is never "mentioned"
            platform=pl.lit(platform),
            source_file=pl.lit("posts.csv"),
        ).with_columns(mode=voice_mode())
        posts = conform(posts, POSTS_SCHEMA).select(POSTS_SCHEMA.names()).sort("created_at", "post_id")

        given = (
            s["interactions"]
            if s["interactions"] is not None
            else pl.DataFrame(schema=dict.fromkeys(("direction", "account_id", "channel", "ref_id"), pl.String))
        )
        given = conform(given, INTERACTIONS_SCHEMA).select(INTERACTIONS_SCHEMA.names())
        # A post listed in posts.csv and again in interactions.csv (same account and ref_id) counts once.
        derived = (
            post_interactions(posts, "csv")
            .select("at", "direction", "account_id", "channel", "ref_id")
            .filter(pl.col("account_id") != me)
            .join(
                given.filter(pl.col("direction") == "out").select("account_id", "ref_id"),
                on=["account_id", "ref_id"],
                how="anti",
                nulls_equal=False,
            )
        )
        interactions = conform(
            pl.concat([given, conform(derived, INTERACTIONS_SCHEMA)]).with_columns(platform=pl.lit(platform)),
            INTERACTIONS_SCHEMA,
        ).sort("at")

        people = conform(
            s["people"] if s["people"] is not None else pl.DataFrame(schema={"account_id": pl.String}), PEOPLE_SCHEMA
        ).select(PEOPLE_SCHEMA.names())
        unlisted = interactions.select("account_id").unique().join(people, on="account_id", how="anti")
        people = conform(
            pl.concat([people, conform(unlisted, PEOPLE_SCHEMA)]).with_columns(platform=pl.lit(platform)), PEOPLE_SCHEMA
        ).sort("account_id")

        msgs = interactions.filter(pl.col("channel") == "message")["direction"].cast(pl.String).unique().to_list()
        liked = interactions.filter(
            (pl.col("direction") == "out") & pl.col("channel").is_in(["like", "reaction"])
        ).height
        coverage = Coverage(
            own_posts=s["posts"] is not None,
            followers=s["people"] is not None and people["follows_owner"].is_not_null().any(),
            following=s["people"] is not None and people["followed_by_owner"].is_not_null().any(),
            inbound_public=interactions.filter(
                (pl.col("direction") == "in") & pl.col("channel").is_in(PUBLIC_DIRECTED)
            ).height
            > 0,
            messages=set(msgs) == {"in", "out"},
            likes_given=liked > 0,
            engagement_counts=posts.select(
                pl.any_horizontal(pl.col("like_count", "repost_count", "reply_count").is_not_null()).any()
            ).item(),
        )
        coverage.notes = {k: v for k, v in NOTES.items() if not getattr(coverage, k)}
        return Export(
            platform=platform,
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation="csv template (posts.csv, people.csv, interactions.csv)",
                warnings=warnings,
                likes_given_count=liked if liked else None,
            ),
            posts=posts,
            people=people,
            interactions=interactions,
        )
