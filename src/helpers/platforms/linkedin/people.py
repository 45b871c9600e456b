"""LinkedIn people: who the export names, keyed by profile URL where it gives one, else by name.

Connections.csv has had a URL column only since mid-2023; messages.csv has always given the sender's URL;
Invitations.csv gives them since 2023-24; Member_Follows.csv never does (formats notes §0.1, §3.2). A name seen
anywhere with exactly one URL is keyed by that URL in every file; other names by their normalised form.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

import polars as pl

from helpers.model import PEOPLE_SCHEMA, UTC_TIME, conform
from helpers.platforms.archive import Archive
from helpers.platforms.linkedin.files import check_times, parse_time, read_table

# The name LinkedIn writes for hidden or closed profiles (a later export shows it with an empty URL).
HIDDEN_MEMBER = "linkedin member"
PROFILE_SLUG = r"^https://www\.linkedin\.com/in/([^/]+)"


def name_key(col: str) -> pl.Expr:
    """A name as a key: Unicode-normalised, spaces collapsed, lower case ("Ada  Baker " -> "ada baker")."""
    return (
        pl.col(col)
        .str.normalize("NFKC")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
        .str.to_lowercase()
        .replace("", None)
    )


def name_key_str(name: str) -> str:
    """:func:`name_key` for one Python string."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).lower()


def canonical_url(url: str) -> str | None:
    """``http://uk.linkedin.com/in/Zo%C3%AB-Brandt/?x=1`` -> ``https://www.linkedin.com/in/zoë-brandt``."""
    u = unquote(url.strip().split("?", 1)[0].split("#", 1)[0]).rstrip("/").lower()
    if not u:
        return None
    u = u.removeprefix("https://").removeprefix("http://")
    host, _, rest = u.partition("/")
    # Endorsement and older files drop the scheme or use a country host (formats notes §3.2).
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        host = "www.linkedin.com"
    return f"https://{host}/{rest}" if rest else f"https://{host}"


def url_key(col: str) -> pl.Expr:
    """Profile URLs in one canonical form (each distinct URL converted once)."""
    return pl.col(col).map_batches(
        lambda s: s.replace_strict(
            {u: canonical_url(u) for u in s.drop_nulls().unique()}, default=None, return_dtype=pl.String
        ),
        return_dtype=pl.String,
    )


def slug(url: str | None) -> str | None:
    """The vanity name of a profile URL: ``https://www.linkedin.com/in/ada-baker`` -> ``ada-baker``."""
    m = re.match(PROFILE_SLUG, url or "")
    return m.group(1) if m else None


def read_connections(archive: Archive, name: str, notes: list[str]) -> tuple[pl.DataFrame, int]:
    """Connections.csv: name, URL (since 2023) and Connected On; the Email Address column is never kept.

    Returns the rows and how many have no name (hidden or closed profiles leave only the date).
    """
    wanted = ("firstname", "lastname", "url", "connectedon")
    raw = read_table(
        archive, name, ("First Name", "Last Name", "Connected On"), wanted, "Connections.csv", notes, ("connectedon",)
    )
    # The URL column came in mid-2023 (formats notes §3.2); before, connections are known by name only.
    notes.append(f"{name}: {'URL column (2023+)' if 'url' in raw.columns else 'no URL column (before mid-2023)'}")
    raw = conform(raw, pl.Schema(dict.fromkeys(wanted, pl.String)))
    rows = raw.with_columns(
        name=pl.concat_str(
            pl.col("firstname").fill_null(""), pl.col("lastname").fill_null(""), separator=" "
        ).str.strip_chars(),
        followed_at=parse_time("connectedon"),
    )
    check_times(rows, "connectedon", "followed_at", archive, name)
    named = rows.filter(pl.col("name") != "")
    return named.select("name", "url", "followed_at"), rows.height - named.height


def read_invitations(archive: Archive, name: str, notes: list[str]) -> pl.DataFrame:
    """Invitations.csv as (direction, owner_name, name, url, at); the invitation's message is never kept."""
    wanted = ("from", "to", "sentat", "direction", "inviterprofileurl", "inviteeprofileurl")
    raw = read_table(archive, name, ("From", "To", "Direction"), wanted, "Invitations.csv", notes, ("direction",))
    notes.append(f"{name}: {'profile URLs (since 2023-24)' if 'inviterprofileurl' in raw.columns else 'names only'}")
    raw = conform(raw, pl.Schema(dict.fromkeys(wanted, pl.String)))
    out = pl.col("direction").str.to_uppercase() == "OUTGOING"
    rows = raw.with_columns(
        owner_name=pl.when(out).then("from").otherwise("to"),
        name=pl.when(out).then("to").otherwise("from"),
        url=pl.when(out).then("inviteeprofileurl").otherwise("inviterprofileurl"),
        at=parse_time("sentat"),
    )
    check_times(rows, "sentat", "at", archive, name)
    return rows.select("direction", "owner_name", "name", "url", "at")


def read_member_follows(archive: Archive, name: str) -> pl.DataFrame:
    """Member_Follows.csv: members the owner follows, by full name only; rows no longer ``Active`` dropped."""
    raw = read_table(
        archive, name, ("FullName",), ("date", "status", "fullname"), "Member_Follows.csv", complete=("fullname",)
    )
    raw = conform(raw, pl.Schema({"date": pl.String, "status": pl.String, "fullname": pl.String}))
    rows = raw.with_columns(followed_at=parse_time("date"), name=pl.col("fullname").str.strip_chars())
    check_times(rows, "date", "followed_at", archive, name)
    return rows.filter(pl.col("status").is_null() | (pl.col("status").str.to_lowercase() == "active")).select(
        "name", "followed_at"
    )


def read_profile_name(archive: Archive, name: str) -> str | None:
    """The owner's full name from Profile.csv; address, birth date and the other columns are never kept."""
    raw = read_table(archive, name, ("First Name", "Last Name"), ("firstname", "lastname"), "Profile.csv")
    if raw.height == 0:
        return None
    full = " ".join(p.strip() for p in (raw["firstname"][0] or "", raw["lastname"][0] or "") if p and p.strip())
    return full or None


def name_urls(sightings: pl.DataFrame) -> pl.DataFrame:
    """name_key -> url_key for names the export pairs with exactly one profile URL."""
    return (
        sightings.select(name_key=name_key("name"), url_key=url_key("url"))
        .drop_nulls()
        .unique()
        .filter(pl.len().over("name_key") == 1)
    )


def with_keys(frame: pl.DataFrame, directory: pl.DataFrame, name: str = "name", url: str = "url") -> pl.DataFrame:
    """``account_id`` for each row: its URL, else the one URL its name goes with, else the normalised name."""
    return (
        frame.with_columns(_nk=name_key(name), _uk=url_key(url) if url in frame.columns else pl.lit(None, pl.String))
        .join(directory, left_on="_nk", right_on="name_key", how="left")
        .with_columns(account_id=pl.coalesce("_uk", "url_key", "_nk"))
        .drop("_nk", "_uk", "url_key")
    )


def build_people(named: pl.DataFrame, connections: bool, member_follows: bool) -> pl.DataFrame:
    """One row per account from every sighting (``account_id``, ``name``, ``connection``, ``followed``, ``followed_at``).

    Connections are mutual: a connection follows the owner and is followed by them, dated Connected On.
    Whether anyone else follows the owner is not in the export (null); whether the owner follows them
    is known (False) only when both Connections.csv and Member_Follows.csv are there.
    """
    known_following = connections and member_follows
    people = (
        named.group_by("account_id")
        .agg(
            display_name=pl.col("name").sort_by("rank").drop_nulls().first(),  # as Connections.csv writes it
            is_connection=pl.col("connection").any(),
            is_followed=pl.col("followed").any(),
            followed_at=pl.col("followed_at").drop_nulls().min(),
        )
        .with_columns(
            platform=pl.lit("linkedin"),
            handle=pl.col("account_id").str.extract(PROFILE_SLUG, 1),
            follows_owner=pl.when(pl.col("is_connection")).then(True).otherwise(pl.lit(None, pl.Boolean)),
            followed_by_owner=pl.when(pl.col("is_connection") | pl.col("is_followed"))
            .then(True)
            .otherwise(pl.lit(False if known_following else None, pl.Boolean)),
            followed_at=pl.col("followed_at").cast(UTC_TIME),
        )
        .sort("account_id")
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names())
