"""Which files a LinkedIn export holds, and reading them: CSV by header name, every date format.

LinkedIn's "Get a copy of your data" is a flat folder of CSVs (formats notes §3.1). Files are found by
name, at the shallowest folder that holds one; Complete archives may number them (``Comments_34875879.csv``).
Files holding the owner's email, phone, IP addresses, logins or ads data are never listed here, so never read.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import polars as pl

from helpers.errors import ExportError
from helpers.model import UTC_TIME
from helpers.platforms.archive import Archive

# The files read, by table. LinkedIn capitalises every name except messages.csv (Messages.csv in 2018),
# which is also the name of a Reddit file: a bare messages.csv is recognised by its header only.
TABLES = {
    "shares": r"Shares(?:_\d+)?\.csv",
    "comments": r"Comments(?:_\d+)?\.csv",
    "reactions": r"Reactions(?:_\d+)?\.csv",
    "connections": r"Connections(?:_\d+)?\.csv",
    "messages": r"[mM]essages(?:_\d+)?\.csv",
    "invitations": r"Invitations(?:_\d+)?\.csv",
    "member_follows": r"Member_Follows(?:_\d+)?\.csv",
    "profile": r"Profile(?:_\d+)?\.csv",
}
DISTINCT = ("shares", "comments", "reactions", "connections", "invitations", "member_follows", "profile")
MESSAGE_HEADERS = (b"CONVERSATION ID,", b'"CONVERSATION ID",', b"From,To,Date,Subject,Content,Direction")

# Every date format seen (formats notes §0.4); all are read as UTC (LinkedIn states no zone for most).
TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",  # Shares, Comments, Reactions, Member_Follows: 2025-07-01 14:33:22
    "%Y-%m-%d %H:%M:%S UTC",  # messages.csv: 2024-06-18 11:59:53 UTC
    "%Y/%m/%d %H:%M:%S UTC",  # 2018 Shares.csv, Endorsements: 2017/06/08 08:15:44 UTC
    "%d %b %Y",  # Connections "Connected On" since ~2020: 17 Jun 2021 (a date, no time)
    "%m/%d/%y, %I:%M %p",  # Invitations "Sent At", 2018 Connections: 6/14/24, 5:57 AM
    "%d-%b-%y",  # a Connections.csv re-saved by Excel: 18-Jun-24 (seen: SStellaMary 2024, not copied)
)


@dataclass
class LinkedInFiles:
    """The members of each table, relative to the export's root."""

    present: dict[str, list[str]] = field(default_factory=dict)

    def has(self, table: str) -> bool:
        """Whether the export holds at least one file of ``table``."""
        return bool(self.present.get(table))


def _is_linkedin_messages(archive: Archive, name: str, limit: int | None = 2_000_000) -> bool:
    """Whether a messages.csv starts with LinkedIn's header (a file over ``limit`` bytes is not read to say)."""
    try:
        if limit is not None and archive.size(name) > limit:
            return False
        return archive.read_bytes(name)[:200].lstrip(b"\xef\xbb\xbf").startswith(MESSAGE_HEADERS)
    except (ExportError, KeyError, OSError):
        return False


def find_root(archive: Archive) -> str | None:
    """The shallowest folder holding a LinkedIn file, or None."""
    hits = []
    for name in archive.names():
        folder, _, base = name.rpartition("/")
        prefix = folder + "/" if folder else ""
        if any(re.fullmatch(TABLES[t], base) for t in DISTINCT) or (
            re.fullmatch(TABLES["messages"], base) and _is_linkedin_messages(archive, name)
        ):
            hits.append(prefix)
    return min(hits, key=lambda p: (p.count("/"), p)) if hits else None


def list_files(archive: Archive) -> LinkedInFiles:
    """The members of each table at the root. messages.csv is taken by name beside other LinkedIn files
    (it runs to tens of MB); alone, only when its header is LinkedIn's."""
    files = LinkedInFiles()
    for table, pattern in TABLES.items():
        files.present[table] = archive.glob(pattern)
    if not any(files.has(t) for t in DISTINCT):
        files.present["messages"] = [
            n for n in files.present["messages"] if _is_linkedin_messages(archive, n, limit=None)
        ]
    return files


def column_key(name: str) -> str:
    """Header names across generations to one key: ``SharedURL``, ``SharedUrl``, ``Shared URL`` -> ``sharedurl``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _decode(raw: bytes) -> tuple[str, str]:
    """The text and its separator. 2018 Shares.csv is UTF-16LE with a BOM and TAB-separated
    (seen: real-exports/linkedin/abhishekwebcode-2018); everything since is UTF-8 with commas."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8-sig", errors="replace")
    first = text.split("\n", 1)[0]
    return text, "\t" if first.count("\t") > first.count(",") else ","


def _header_cells(line: str, sep: str) -> list[str]:
    return [c.strip().strip('"').strip() for c in line.rstrip("\r").split(sep)]


def read_table(
    archive: Archive,
    name: str,
    required: tuple[str, ...],
    wanted: tuple[str, ...],
    what: str,
    notes: list[str] | None = None,
    complete: tuple[str, ...] = (),
) -> pl.DataFrame:
    """One CSV as strings, columns renamed to :func:`column_key` form, only ``wanted`` ones kept.

    ``required`` are header names as LinkedIn writes them (matched in any case, spaces ignored); ``wanted``
    are :func:`column_key` keys. ``notes`` collects what the file shows of its generation. A record
    lacking a ``complete`` column is the cut-off last line of a truncated file (polars fills it with nulls).

    The header is looked for in the first lines: since late 2020 Connections.csv opens with a "Notes:"
    preamble of variable length (seen: real-exports/linkedin/hudi-connectors-2021; formats notes §3.4.3).
    """
    text, sep = _decode(archive.read_bytes(name))
    lines = text.split("\n", 12)
    offset = 0
    for line in lines[:12]:
        cells = _header_cells(line, sep)
        keys = [column_key(c) for c in cells]
        if all(column_key(r) in keys for r in required):
            break
        offset += len(line) + 1
    else:
        found = lines[0].strip()[:60] if lines and lines[0].strip() else "an empty file"
        raise ExportError(
            f"{archive.display(name)}: not a LinkedIn {what} file (expected a header with "
            f"{', '.join(required)}; found {found!r})"
        )
    columns = [c for c, k in zip(cells, keys, strict=False) if k in wanted]
    if notes is not None and sep == "\t":
        notes.append(f"{name}: UTF-16 TSV (2018)")
    if notes is not None and offset:
        notes.append(f"{name}: Notes preamble")
    try:
        frame = pl.read_csv(
            io.BytesIO(text[offset:].encode()),
            separator=sep,
            infer_schema=False,
            columns=columns,
            quote_char='"',
            encoding="utf8",
        )
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError, pl.exceptions.ShapeError) as exc:
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid CSV ({str(exc).splitlines()[0][:120]}); "
            f"expected LinkedIn's {what} file"
        ) from None
    # An empty field is written bare (2021) or as "" (2024 on; seen: SStellaMary-2024, sanand0-2025): both null.
    frame = frame.rename({c: column_key(c) for c in frame.columns}).with_columns(pl.all().replace("", None))
    needed = [c for c in complete if c in frame.columns]
    holes = (
        frame.with_row_index("n", offset=1).filter(pl.any_horizontal(pl.col(needed).is_null()))
        if needed
        else frame.clear()
    )
    if holes.height:
        label = dict(zip(keys, cells, strict=False))[next(c for c in needed if holes[c][0] is None)]
        raise ExportError(
            f"{archive.display(name)}: record {holes['n'][0]} has no {label} (truncated file?); expected LinkedIn's {what} file"
        )
    return frame


def parse_time(col: str) -> pl.Expr:
    """Any LinkedIn date string to UTC; Invitations sometimes put a narrow no-break space before AM/PM."""
    clean = pl.col(col).str.replace_all(r"[\u202f\u00a0]", " ").str.strip_chars()
    return pl.coalesce([clean.str.strptime(UTC_TIME, f, strict=False) for f in TIME_FORMATS])


def check_times(frame: pl.DataFrame, raw: str, parsed: str, archive: Archive, name: str) -> None:
    """A one-line error naming the file and the first date no known format reads."""
    bad = frame.filter(pl.col(parsed).is_null() & pl.col(raw).is_not_null())
    if bad.height:
        raise ExportError(
            f"{archive.display(name)}: unreadable date {bad[raw][0]!r}; expected one of LinkedIn's formats "
            f"such as '2025-07-01 14:33:22', '17 Jun 2021' or '6/14/24, 5:57 AM'"
        )


def urn_of(col: str) -> pl.Expr:
    """The post URN of a feed link, decoded: ``.../urn%3Ali%3Ashare%3A73458...`` -> ``urn:li:share:73458...``."""
    return (
        pl.col(col)
        .str.extract(r"(urn(?:%3A|:)li(?:%3A|:)[A-Za-z]+(?:%3A|:)[^/?&#,\s]+)", 1)
        .str.replace_all("%3A", ":", literal=True)
        .str.replace_all("%2C", ",", literal=True)
        .str.replace_all("%28", "(", literal=True)
        .str.replace_all("%29", ")", literal=True)
    )
