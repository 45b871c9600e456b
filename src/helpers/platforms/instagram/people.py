"""Instagram and Threads identities: usernames from relationship and like files, the owner's profile, @mentions,
and the ``people`` table. Both exports key people by username only (formats notes §0.1, §4.4); ids are the
lowercased username, or a display name where a message thread gives nothing else."""

from __future__ import annotations

import re
from collections.abc import Iterable

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.model import PEOPLE_SCHEMA, conform
from helpers.platforms.archive import Archive
from helpers.platforms.meta.common import entry_parts, epoch_to_utc
from helpers.platforms.meta.text import repair_mojibake

# Labels of the owner's username and name in personal_information.json, per language seen or documented:
# seen: real-exports/instagram/hudi-connectors-v1-2021-it ("Nome utente", "Nome"); Dutch/French from d3i's parser.
USERNAME_LABELS = frozenset(
    {
        "username",
        "nome utente",
        "gebruikersnaam",
        "nom d'utilisateur",
        "nombre de usuario",
        "benutzername",
        "nome de usuário",
        "nome de utilizador",
        "kullanıcı adı",
        "nazwa użytkownika",
        "användarnamn",
        "brugernavn",
        "brukernavn",
        "käyttäjänimi",
    }
)
NAME_LABELS = frozenset({"name", "nome", "naam", "nom", "nombre", "navn", "namn", "nimi", "imię i nazwisko", "isim"})
USERNAME = re.compile(r"^[\w.]{1,60}$")
# An @handle in free text: not preceded by a handle character (so "a@b.com" is no mention).
MENTION = r"(?:^|[^A-Za-z0-9._@])@[A-Za-z0-9._]+"


def username_from_href(href: str | None) -> str | None:
    """``https://www.instagram.com/_u/ada``, ``https://www.threads.net/@ada``, ``https://www.threads.com/ada`` -> ``ada``."""
    if not href:
        return None
    last = href.split("?")[0].rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return last if USERNAME.match(last) else None


def relationship_frame(items: Iterable[dict]) -> pl.DataFrame:
    """Followers/following items -> ``username, display_name, at`` (epoch seconds). The username is ``value``;
    2025-26 Instagram following.json has only ``title`` + ``href`` (``_u/<user>``); Threads puts a display name in
    ``title``. So: value, else the link's last segment, else the title."""
    rows = []
    for item in items:
        if not isinstance(item, dict):
            continue
        title, entries = entry_parts(item)
        for value, href, ts in entries or [(None, None, None)]:
            user = value if value and USERNAME.match(value) else username_from_href(href) or title
            if user:
                name = title if title and title.lower() != user.lower() else None
                rows.append((user, name, ts))
    return pl.DataFrame(rows, schema={"username": pl.String, "display_name": pl.String, "at": pl.Int64}, orient="row")


def liked_frame(items: Iterable[dict]) -> pl.DataFrame:
    """Likes items (``title`` = whose content, entries = link + reaction + time) -> ``username, href, at``."""
    rows = []
    for item in items:
        if isinstance(item, dict):
            title, entries = entry_parts(item)
            rows += [(title, href, ts) for _, href, ts in entries or [(None, None, None)]]
    return pl.DataFrame(rows, schema={"username": pl.String, "href": pl.String, "at": pl.Int64}, orient="row")


class _Profile(msgspec.Struct):
    string_map_data: dict[str, msgspec.Raw] = {}


class _Value(msgspec.Struct):
    value: str = ""


def profile_identity(archive: Archive, name: str) -> tuple[str | None, str | None]:
    """``(username, name)`` from a personal-information file. Only the two matched entries are decoded:
    the email, phone and birth date beside them are never turned into values."""
    try:
        top = msgspec.json.decode(archive.read_bytes(name), type=dict[str, msgspec.Raw])
        raw = next(iter(top.values()), None)
        profiles = msgspec.json.decode(raw, type=list[_Profile]) if raw is not None else []
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid ({str(exc).splitlines()[0]}); "
            "expected a personal information file with string_map_data"
        ) from None
    found: dict[str, str] = {}
    for profile in profiles:
        for key, raw_value in profile.string_map_data.items():
            label = (repair_mojibake(key) or "").strip().lower()
            slot = "username" if label in USERNAME_LABELS else "name" if label in NAME_LABELS else None
            if slot and slot not in found:
                value = repair_mojibake(msgspec.json.decode(raw_value, type=_Value).value)
                if value:
                    found[slot] = value
    return found.get("username"), found.get("name")


def mentions_expr(text: str, owner: str | None) -> pl.Expr:
    """@handles in free text, lowercased, deduplicated, the owner left out (Meta exports have no mention entities)."""
    own = (owner or "").lower()
    return (
        pl.col(text)
        .fill_null("")
        .str.extract_all(MENTION)
        .list.eval(pl.element().str.replace(r"^[^@]*@", "").str.strip_chars_end(".").str.to_lowercase())
        .list.eval(pl.element().filter((pl.element() != own) & (pl.element() != "")))
        .list.unique(maintain_order=True)
    )


def _edges(frame: pl.DataFrame | None, since: str) -> pl.DataFrame:
    """One row per account of a followers/following frame, with the earliest dated follow."""
    if frame is None:
        return pl.DataFrame(
            schema={
                "account_id": pl.String,
                "handle": pl.String,
                "display_name": pl.String,
                since: PEOPLE_SCHEMA["followed_at"],
            }
        )
    return (
        frame.with_columns(account_id=pl.col("username").str.to_lowercase(), at=epoch_to_utc("at"))
        .group_by("account_id", maintain_order=True)
        .agg(
            handle=pl.col("username").first(),
            display_name=pl.col("display_name").drop_nulls().first(),
            **{since: pl.col("at").min()},
        )
    )


def people_frame(
    platform: str,
    followers: pl.DataFrame | None,
    following: pl.DataFrame | None,
    named: pl.DataFrame,
    owner_id: str | None,
) -> pl.DataFrame:
    """Everyone the export names: followers, followed, commented on, mentioned, liked, written to.

    ``followers``/``following``: ``username, display_name, at`` (None: the export has no such list, so the flag is
    null for everyone). ``named``: ``account_id, handle, display_name`` of everyone else. ``followed_at`` is when they
    followed the owner, else when the owner followed them (only the canonical columns: exports combine by them).
    """
    fol, ing = _edges(followers, "follower_since"), _edges(following, "following_since")
    named = named.select("account_id", "handle", "display_name").filter(pl.col("account_id").is_not_null())
    named = named.group_by("account_id", maintain_order=True).agg(pl.col("handle", "display_name").drop_nulls().first())
    ids = pl.concat([fol.select("account_id"), ing.select("account_id"), named.select("account_id")]).unique(
        maintain_order=True
    )
    people = (
        ids.filter(pl.col("account_id") != (owner_id or ""))
        .join(fol, on="account_id", how="left")
        .join(ing, on="account_id", how="left", suffix="_ing")
        .join(named, on="account_id", how="left", suffix="_named")
        .with_columns(
            platform=pl.lit(platform),
            handle=pl.coalesce("handle", "handle_ing", "handle_named"),
            display_name=pl.coalesce("display_name_named", "display_name", "display_name_ing"),
            follows_owner=pl.lit(None, pl.Boolean)
            if followers is None
            else pl.col("account_id").is_in(fol["account_id"].implode()),
            followed_by_owner=pl.lit(None, pl.Boolean)
            if following is None
            else pl.col("account_id").is_in(ing["account_id"].implode()),
            followed_at=pl.coalesce("follower_since", "following_since"),
        )
        .sort("account_id")
    )
    return conform(people, PEOPLE_SCHEMA).select(PEOPLE_SCHEMA.names())
