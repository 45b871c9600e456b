"""Mastodon's lists beside the outbox: ``likes.json`` in the archive, ``following_accounts.csv`` from the
settings page (Preferences > Import and export > Data export > Follows).

The CSV is a separate download. It is read from inside the export folder, or from the folder that holds
the archive file (``archive-….zip`` and ``following_accounts.csv`` side by side).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import polars as pl

from helpers.errors import ExportError
from helpers.model import INTERACTIONS_SCHEMA, conform
from helpers.platforms.archive import Archive
from helpers.platforms.mastodon.outbox import status_author

FOLLOWING_CSV = "following_accounts.csv"
# "user@host", or a bare "user" for an account on the owner's own server; "@" in front tolerated.
_ACCT = re.compile(r"@?[\w.\-]+(?:@[\w.\-]+(?::\d+)?)?")


def find_following_csv(archive: Archive) -> str | None:
    """The shallowest following_accounts.csv inside the export (relative to its root), or None."""
    hits = [n for n in archive.names() if n == FOLLOWING_CSV or n.endswith("/" + FOLLOWING_CSV)]
    return min(hits, key=lambda n: n.count("/")) if hits else None


def following_csv_beside(path: Path) -> Path | None:
    """following_accounts.csv in the folder that holds an archive file, or None."""
    candidate = path.parent / FOLLOWING_CSV
    return candidate if path.is_file() and path.name != FOLLOWING_CSV and candidate.is_file() else None


def parse_following(text: str, where: str) -> list[str]:
    """The followed accounts' ``acct`` in file order, from every header generation.

    ``Account address,Show boosts,Notify on new posts,Languages`` [seen todb 2023], ``Account address,Show
    boosts`` (about 2020), or no header and one acct per line [seen aa-m-sa 2017].
    """
    rows = [r for r in csv.reader(io.StringIO(text)) if r and r[0].strip()]
    if rows and rows[0][0].strip().lower() == "account address":
        rows = rows[1:]
    accts = []
    for n, row in enumerate(rows, start=1):
        acct = row[0].strip()
        if not _ACCT.fullmatch(acct):
            raise ExportError(
                f"{where}: row {n} is not an account address ({acct[:40]!r}); expected Mastodon's following "
                "list, one user@host per row"
            )
        accts.append(acct.lstrip("@"))
    return list(dict.fromkeys(accts))


def read_following(source: Archive | Path, name: str | None = None) -> tuple[list[str], str]:
    """The accts of a following_accounts.csv inside an export (``name``) or at a path; and where it was."""
    if isinstance(source, Archive):
        assert name is not None  # a file inside an export is named
        return parse_following(source.read_text(name), source.display(name)), source.display(name)
    try:
        text = source.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise ExportError(f"{source}: cannot be read ({exc})") from None
    return parse_following(text, str(source)), str(source)


def following_people(accts: list[str], handles: dict[str, str], owner_domain: str | None) -> pl.DataFrame:
    """account_id and handle of each followed account.

    The CSV names accounts by handle, never by actor URI. A handle the outbox's Mention tags pair with an
    actor URI takes that URI; any other is keyed ``acct:user@host``. Guessing ``https://host/users/user``
    fails for numeric URIs and for servers whose handle domain is not their web domain [seen goija 2026:
    ``@FTM_nl@ftm.nl`` is ``https://social.ftm.nl/users/FTM_nl``].
    """
    by_acct = {acct.lower(): href for href, acct in handles.items()}
    full = [a if "@" in a or not owner_domain else f"{a}@{owner_domain}" for a in accts]
    return pl.DataFrame(
        {
            "account_id": [by_acct.get(a.lower(), f"acct:{a.lower()}") for a in full],
            "handle": full,
        },
        schema={"account_id": pl.String, "handle": pl.String},
    ).unique("account_id", keep="first", maintain_order=True)


def read_likes(archive: Archive, name: str) -> tuple[list[str], bool]:
    """The liked status URIs, and whether the file still has ``totalItems`` (archives before 4.2)."""
    data = archive.read_json(name, expected="Mastodon's likes.json (an OrderedCollection of status URIs)")
    items = data.get("orderedItems") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ExportError(
            f"{archive.display(name)}: no orderedItems list; expected Mastodon's likes.json (an OrderedCollection of status URIs)"
        )
    return [u for u in items if isinstance(u, str)], "totalItems" in data


def like_interactions(uris: list[str], owner_id: str | None) -> pl.DataFrame:
    """One undated ``like`` row per liked post whose author its URI names (likes.json has no dates)."""
    authors = [status_author(u) for u in uris]
    rows = pl.DataFrame({"account_id": authors, "ref_id": uris}, schema={"account_id": pl.String, "ref_id": pl.String})
    rows = rows.filter(pl.col("account_id").is_not_null() & (pl.col("account_id") != (owner_id or "")))
    return conform(
        rows.with_columns(platform=pl.lit("mastodon"), direction=pl.lit("out"), channel=pl.lit("like")),
        INTERACTIONS_SCHEMA,
    ).select(INTERACTIONS_SCHEMA.names())
