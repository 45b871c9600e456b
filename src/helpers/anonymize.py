"""Pseudonyms for sharing: every other person's id, handle, name and mentions replaced by a stable
pseudonym (the same person, the same pseudonym, everywhere in a dataset); the owner stays named.

Pseudonyms are keyed with a random salt kept beside the dataset, so they cannot be reversed by hashing
candidate ids, yet stay the same when the dataset is rebuilt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

import polars as pl

from helpers.model import POSTS_SCHEMA, Export, ExportMeta

PSEUDONYM_PREFIX = "person-"
_ANY_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_.-]{2,}(?:@[A-Za-z0-9_.-]+)?")


def pseudonym(platform: str, account_id: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}\0{platform}\0{account_id}".encode()).hexdigest()
    return PSEUDONYM_PREFIX + digest[:8]


def _keyed(col: str, salt: str) -> pl.Expr:
    """A record id (a post, message or conversation) replaced by a keyed digest: the same id, the same digest,
    so every join between tables still holds; nothing of the id (a Telegram chat is numbered by the other
    person's user id) is left."""
    return pl.col(col).map_elements(
        lambda v: "r-" + hashlib.sha256(f"{salt}\0record\0{v}".encode()).hexdigest()[:16], return_dtype=pl.String
    )


def _chat_ids(export: Export) -> list[pl.DataFrame]:
    """Everyone a chat community's messages name: authors, those answered, those mentioned."""
    if export.chat is None:
        return []
    c = export.chat
    return [
        c.select("platform", account_id="author_id"),
        c.select("platform", account_id="reply_to_author"),
        c.select("platform", account_id="mentions").explode("account_id"),
    ]


def _owner_ids(export: Export) -> pl.DataFrame:
    """(platform, account_id) of each platform's owner: never given a pseudonym."""
    rows = [{"platform": p, "account_id": m.owner.account_id} for p, m in export.platforms.items()]
    return pl.DataFrame(rows, schema={"platform": pl.String, "account_id": pl.String}).drop_nulls()


def _mapping(export: Export, salt: str) -> pl.DataFrame:
    ids = (
        pl.concat(
            [
                export.people.select("platform", "account_id"),
                export.interactions.select("platform", "account_id"),
                export.posts.select("platform", account_id="reply_to_account"),
                export.posts.select("platform", account_id="mentions").explode("account_id"),
                *_chat_ids(export),
            ]
        )
        .drop_nulls()
        .unique()
        .join(_owner_ids(export), on=["platform", "account_id"], how="anti")
    )
    return ids.with_columns(
        alias=pl.struct("platform", "account_id").map_elements(
            lambda r: pseudonym(r["platform"], r["account_id"], salt), return_dtype=pl.String
        )
    )


def _names_to_aliases(export: Export, mapping: pl.DataFrame) -> tuple[list[str], list[str]]:
    """Every handle (with and without @) and display name of another person, longest first, with its alias."""
    named = export.people.join(mapping, on=["platform", "account_id"], how="left")
    pairs: dict[str, str] = {}
    for handle, name, alias in named.select("handle", "display_name", "alias").iter_rows():
        for text in (handle, name):
            if text and len(text) >= 2 and alias:
                pairs[text] = alias
    owner_names = {v for m in export.platforms.values() for v in (m.owner.handle, m.owner.display_name) if v}
    keys = sorted((k for k in pairs if k not in owner_names), key=len, reverse=True)
    return keys, [pairs[k] for k in keys]


def anonymize(export: Export, salt: str) -> Export:
    """The dataset with every other person pseudonymised (ids, handles, names, and inside the owner's texts)."""
    mapping = _mapping(export, salt)
    alias = dict(zip(zip(mapping["platform"], mapping["account_id"], strict=False), mapping["alias"], strict=False))

    def swap(col: str) -> pl.Expr:
        return pl.struct("platform", col).map_elements(
            lambda r: alias.get((r["platform"], r[col]), r[col]) if r[col] is not None else None, return_dtype=pl.String
        )

    keys, values = _names_to_aliases(export, mapping)
    # Ids too (a Discord mention is written <@1103984433561600009> in a text; a warning names a chat by its
    # person's id): every id long enough not to match by chance, longest first.
    by_id = {a: v for (_, a), v in alias.items() if a and len(a) >= 5 and a not in keys}
    ids = sorted(by_id, key=len, reverse=True)
    keys, values = keys + ids, values + [by_id[i] for i in ids]
    owner_handles = {m.owner.handle.lower() for m in export.platforms.values() if m.owner.handle}
    text = pl.col("text")
    if keys:
        text = text.str.replace_many(keys, values, ascii_case_insensitive=True)
    # Anyone else still named with an @ in a text (not among the known people) loses the name too.
    text = text.map_elements(
        lambda t: _ANY_MENTION.sub(
            lambda m: (
                m.group(0)
                if m.group(0)[1:].lower() in owner_handles or m.group(0)[1:].startswith(PSEUDONYM_PREFIX)
                else "@someone"
            ),
            t,
        ),
        return_dtype=pl.String,
    )
    posts = export.posts.with_columns(
        post_id=_keyed("post_id", salt),
        reply_to_post=_keyed("reply_to_post", salt),
        text=text,
        reply_to_account=swap("reply_to_account"),
        mentions=pl.struct("platform", "mentions").map_elements(
            lambda r: [alias.get((r["platform"], m), m) for m in (r["mentions"] or [])], return_dtype=pl.List(pl.String)
        ),
    )
    # Columns a reader keeps beyond the model (a quoted or amplified account, its handle) name other people:
    # they go. Only the model's columns, pseudonymised above, stay.
    drop = [c for c in posts.columns if c not in POSTS_SCHEMA and ("account" in c or "handle" in c or "author" in c)]
    people = export.people.with_columns(account_id=swap("account_id")).with_columns(
        handle=pl.col("account_id"), display_name=pl.col("account_id")
    )
    interactions = export.interactions.with_columns(
        account_id=swap("account_id"), ref_id=_keyed("ref_id", salt), conversation_id=_keyed("conversation_id", salt)
    )
    links = None
    if export.links is not None:
        links = export.links.with_columns(
            account_id=swap("account_id"),
            person=pl.lit(PSEUDONYM_PREFIX) + pl.col("person").hash(0).cast(pl.String).str.slice(0, 8),
        )
    chat = None
    if export.chat is not None:  # owners' ids are in no mapping: they stay, like the owner's name
        chat = export.chat.with_columns(
            conversation_id=_keyed("conversation_id", salt),
            message_id=_keyed("message_id", salt),
            reply_to_message=_keyed("reply_to_message", salt),
            author_id=swap("author_id"),
            reply_to_author=swap("reply_to_author"),
            mentions=pl.struct("platform", "mentions").map_elements(
                lambda r: [alias.get((r["platform"], m), m) for m in (r["mentions"] or [])],
                return_dtype=pl.List(pl.String),
            ),
        )
    swap_words = _word_swapper(keys, values)
    meta = _anonymized_meta(export.meta, swap_words)
    parts = {p: _anonymized_meta(m, swap_words) for p, m in export.parts.items()}
    return dataclasses.replace(
        export,
        meta=meta,
        parts=parts,
        posts=posts.drop(drop),
        people=people,
        interactions=interactions,
        links=links,
        chat=chat,
    )


def _word_swapper(keys: list[str], values: list[str]):
    """A function replacing every name and id in ``keys`` (longest first, any case) by its pseudonym."""
    if not keys:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(k) for k in keys), re.IGNORECASE)
    lookup = {k.lower(): v for k, v in zip(keys, values, strict=True)}
    return lambda text: pattern.sub(lambda m: lookup.get(m.group(0).lower(), "someone"), text)


def _anonymized_meta(meta: ExportMeta, swap) -> ExportMeta:
    """The export's description with other people's names and ids taken out of its warnings and notes (a
    warning names a private chat by its person; a note quotes a file named after one)."""
    warnings = [
        dataclasses.replace(w, message=swap(w.message), file=swap(w.file) if w.file else w.file) for w in meta.warnings
    ]
    coverage = dataclasses.replace(meta.coverage, notes={k: swap(v) for k, v in meta.coverage.notes.items()})
    return dataclasses.replace(meta, warnings=warnings, coverage=coverage, source=swap(meta.source))
