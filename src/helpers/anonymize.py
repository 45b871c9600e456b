"""Pseudonyms for sharing: every other person's id, handle, name and mentions replaced by a stable
pseudonym (the same person, the same pseudonym, everywhere in a dataset); the owner stays named.

Pseudonyms are keyed with a random salt kept beside the dataset, so they cannot be reversed by hashing
candidate ids, yet stay the same when the dataset is rebuilt.

Linear in the dataset: tables are pseudonymised by joins, and the texts (posts, warnings, notes) are searched
only for the names of people who have one and for the ids that occur in them. An account of a million
followers known by their ids alone costs one digest per follower, not a million-way search.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import string
from collections.abc import Callable
from typing import cast

import polars as pl

from helpers.model import POSTS_SCHEMA, Export, ExportMeta

PSEUDONYM_PREFIX = "person-"
_ANY_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_.-]{2,}(?:@[A-Za-z0-9_.-]+)?")
# Names and handles this short are taken out of the tables only (inside a text they would match by chance),
# ids likewise below _ID_MIN characters.
_NAME_MIN = 2
_ID_MIN = 5
# How many candidate places of an id (text positions) are sorted at once while looking for ids in the texts.
_WINDOW_BATCH = 2_000_000


def pseudonym(platform: str, account_id: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}\0{platform}\0{account_id}".encode()).hexdigest()
    # 12 hex digits (48 bits): two of a million followers share one with odds of about 1 in 500 (8 digits
    # gave ~116 clashes at a million, each two people counted as one).
    return PSEUDONYM_PREFIX + digest[:12]


def _keyed(col: str, salt: str) -> pl.Expr:
    """A record id (a post, message or conversation) replaced by a keyed digest: the same id, the same digest,
    so every join between tables still holds; nothing of the id (a Telegram chat is numbered by the other
    person's user id) is left."""
    return pl.col(col).map_elements(
        lambda v: "r-" + hashlib.sha256(f"{salt}\0record\0{v}".encode()).hexdigest()[:16], return_dtype=pl.String
    )


def _owners(export: Export) -> set[tuple[str, str]]:
    """(platform, account_id) of each platform's owner: never given a pseudonym."""
    return {(p, m.owner.account_id) for p, m in export.platforms.items() if m.owner.account_id is not None}


def _aliases(frame: pl.DataFrame, col: str, salt: str, owners: set[tuple[str, str]]) -> pl.Series:
    """The pseudonym of the account in each row of ``frame`` (its ``platform`` and ``col``); null for an owner
    and where there is no id. A slice at a time: no Python object per person outlives its slice."""
    out = [
        pl.Series(
            "__alias",
            [
                None if a is None or (p, a) in owners else pseudonym(p, a, salt)
                for p, a in zip(part["platform"].to_list(), part[col].to_list(), strict=True)
            ],
            dtype=pl.String,
        )
        for part in frame.select("platform", col).iter_slices(100_000)
    ]
    return pl.concat(out) if out else pl.Series("__alias", [], dtype=pl.String)


def _swapped(frame: pl.DataFrame, col: str, salt: str, owners: set[tuple[str, str]]) -> pl.DataFrame:
    """``frame`` with the account ids in ``col`` replaced by their pseudonyms (the owner's stay): one digest per
    distinct account, joined back."""
    ids = frame.select("platform", col).drop_nulls().unique()
    ids = ids.with_columns(_aliases(ids, col, salt, owners))
    return (
        frame.join(ids, on=["platform", col], how="left", maintain_order="left")
        .with_columns(pl.coalesce("__alias", col).alias(col))
        .drop("__alias")
    )


def _swapped_list(frame: pl.DataFrame, col: str, salt: str, owners: set[tuple[str, str]]) -> pl.DataFrame:
    """``frame`` with every account id in the list column ``col`` replaced by its pseudonym (no list: an
    empty one)."""
    rows = frame.select("platform", col).with_row_index("__row").explode(col, keep_nulls=False)
    lists = _swapped(rows, col, salt, owners).group_by("__row", maintain_order=True).agg(pl.col(col).alias("__list"))
    return (
        frame.with_row_index("__row")
        .join(lists, on="__row", how="left", maintain_order="left")
        .with_columns(pl.col("__list").fill_null(pl.lit([], dtype=pl.List(pl.String))).alias(col))
        .drop("__row", "__list")
    )


def _account_ids(export: Export) -> pl.DataFrame:
    """(platform, account_id) of every account the dataset names, repeats kept: people, those written to and
    answered, those mentioned, a chat's authors, the linked accounts."""
    frames = [
        export.people.select("platform", "account_id"),
        export.interactions.select("platform", "account_id"),
        export.posts.select("platform", account_id="reply_to_account"),
        export.posts.select("platform", account_id="mentions").explode("account_id"),
    ]
    if export.chat is not None:
        c = export.chat
        frames += [
            c.select("platform", account_id="author_id"),
            c.select("platform", account_id="reply_to_author"),
            c.select("platform", account_id="mentions").explode("account_id"),
        ]
    if export.links is not None:
        frames.append(export.links.select("platform", "account_id"))
    return pl.concat(frames).drop_nulls()


def _names_to_aliases(export: Export, salt: str, owners: set[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Every handle (with and without @) and display name of another person, longest first, with its alias.
    Only people who have a handle or a name: one known by an id alone has no name to find in a text."""
    named = export.people.filter(pl.col("handle").is_not_null() | pl.col("display_name").is_not_null())
    named = named.select("handle", "display_name", _aliases(named, "account_id", salt, owners))
    pairs: dict[str, str] = {}
    for handle, name, alias in named.iter_rows():
        for text in (handle, name):
            if text and len(text) >= _NAME_MIN and alias:
                pairs[text] = alias
    owner_names = {v for m in export.platforms.values() for v in (m.owner.handle, m.owner.display_name) if v}
    keys = sorted((k for k in pairs if k not in owner_names), key=len, reverse=True)
    return keys, [pairs[k] for k in keys]


def _ids_to_aliases(
    export: Export, names: list[str], meta: list[str], salt: str, owners: set[tuple[str, str]]
) -> tuple[list[str], list[str]]:
    """Every other person's id long enough not to match by chance (and not a name already) that the posts'
    texts or ``meta`` hold, longest first, with its alias. Any other id would match nothing: it is left out,
    so a million followers known by their ids cost a scan of the texts, not a million-way search."""
    ids = _account_ids(export).filter(
        pl.col("account_id").str.len_chars() >= _ID_MIN,
        ~pl.col("account_id").is_in(pl.Series(names, dtype=pl.String).implode()),
    )
    ids = ids.filter(occurring_ids(ids["account_id"], export.posts["text"], meta)).unique()
    ids = (
        ids.with_columns(_aliases(ids, "account_id", salt, owners))
        .drop_nulls("__alias")
        .sort("platform", "account_id")
        .unique("account_id", keep="first", maintain_order=True)  # one id on two platforms: one alias
        .sort(pl.col("account_id").str.len_chars(), "account_id", descending=[True, False], maintain_order=True)
    )
    return ids["account_id"].to_list(), ids["__alias"].to_list()


def text_keys(export: Export, salt: str) -> tuple[list[str], list[str]]:
    """What the texts are searched for, in order, and what replaces each: other people's handles and names,
    then the ids the texts hold."""
    owners = _owners(export)
    keys, values = _names_to_aliases(export, salt, owners)
    id_keys, id_values = _ids_to_aliases(export, keys, _meta_texts(export), salt, owners)
    return keys + id_keys, values + id_values


def _meta_texts(export: Export) -> list[str]:
    """Every text of the export's descriptions that ``_anonymized_meta`` rewrites."""
    out: list[str] = []
    for meta in (export.meta, *export.parts.values()):
        out += [w.message for w in meta.warnings] + [w.file for w in meta.warnings if w.file]
        out += [*meta.coverage.notes.values(), meta.source]
    return out


def _ascii_folded(texts: list[str]) -> list[str]:
    """``texts`` lowercased, with each character that ``re.IGNORECASE`` takes for an ASCII letter (the Kelvin
    sign, a dotless i, a long s) written as that letter: where ``re`` finds an ASCII id in a text, plain
    comparison finds its lowercase form in the folded text."""
    odd = {c for t in texts for c in t if ord(c) > 127}
    table: dict[int, str] = {}
    for c in odd:
        letter = next((a for a in string.ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE)), None)
        if letter:
            table[ord(c)] = letter
    return [t.translate(table).lower() for t in texts]


def occurring_ids(ids: pl.Series, texts: pl.Series, meta: list[str]) -> pl.Series:
    """For each id, whether it may occur in the posts' ``texts`` (ASCII case ignored, as ``str.replace_many``)
    or in the ``meta`` texts (any case, as ``re.IGNORECASE``): never False where it occurs.

    An ASCII id can only lie inside a run of the characters ids are written with: the texts are cut into such
    runs, every place in a run where an id could start is cut out (as long as the longest id), and an id occurs
    where it begins one of those cuts (sorted, found by binary search). Linear in the texts, n log n in the ids,
    whatever their number. An id with other characters is never ruled out.
    """
    lower = ids.str.to_lowercase()
    ascii_id = lower.str.contains(r"^[\x00-\x7F]*$")
    probe = lower.filter(ascii_id)
    if probe.is_empty():
        return ~ascii_id
    chars = sorted(set(probe.str.join("").item()))
    sizes = probe.str.len_bytes()  # ASCII: one byte a character
    shortest, longest = cast(int, sizes.min()), cast(int, sizes.max())
    run = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in chars) + f"]{{{shortest},}}"
    haystack = pl.concat([texts.str.to_lowercase(), pl.Series(_ascii_folded(meta), dtype=pl.String)])
    runs = pl.DataFrame({"run": haystack.str.extract_all(run).explode().drop_nulls().unique()})
    runs = runs.with_columns(starts=pl.col("run").str.len_bytes() - shortest + 1).with_columns(
        batch=pl.col("starts").cum_sum() // _WINDOW_BATCH
    )
    found: list[pl.Series] = []
    for part in runs.partition_by("batch"):
        cuts = (
            part.select("run", start=pl.int_ranges(0, "starts"))
            .explode("start")
            .select(pl.col("run").str.slice("start", longest))
            .to_series()
            .unique()
            .sort()
        )
        if cuts.is_empty():
            continue
        at = cuts.search_sorted(probe, side="left")
        near = cuts.gather(at.clip(upper_bound=cuts.len() - 1))
        hit = pl.DataFrame({"id": probe, "near": near, "at": at}).select(
            (pl.col("at") < cuts.len()) & pl.col("near").str.starts_with(pl.col("id"))
        )
        found.append(probe.filter(hit.to_series()))
    return ~ascii_id | lower.is_in((pl.concat(found) if found else probe.clear()).implode())


def may_hold(keys: list[str], texts: list[str]) -> list[bool]:
    """For each key, whether ``re.IGNORECASE`` could find it in one of ``texts`` (never False where it can):
    the characters of the keys and of the texts that match each other are written alike, then compared
    plainly. Keys alike but for case go together (the swapper looks a match up by its lowercase)."""
    hay = "\n".join(texts)
    present = "".join(sorted(set(hay)))
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for c in set("".join(keys)):
        for d in re.findall(re.escape(c), present, re.IGNORECASE):
            a, b = root(c), root(d)
            if a != b:
                parent[max(a, b)] = min(a, b)
    table = {ord(c): root(c) for c in parent}
    hay = hay.translate(table)
    hits = {k.lower() for k in keys if k.translate(table) in hay}
    return [k.lower() in hits for k in keys]


def anonymize(export: Export, salt: str) -> Export:
    """The dataset with every other person pseudonymised (ids, handles, names, and inside the owner's texts)."""
    owners = _owners(export)
    # Names, then ids (a Discord mention is written <@1103984433561600009> in a text; a warning names a chat
    # by its person's id), longest first.
    keys, values = text_keys(export, salt)
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
    )
    posts = _swapped_list(_swapped(posts, "reply_to_account", salt, owners), "mentions", salt, owners)
    # Columns a reader keeps beyond the model (a quoted or amplified account, its handle) name other people:
    # they go. Only the model's columns, pseudonymised above, stay.
    drop = [c for c in posts.columns if c not in POSTS_SCHEMA and ("account" in c or "handle" in c or "author" in c)]
    # One row per person: each digested where it stands, no join over a million followers.
    people = export.people.with_columns(
        account_id=pl.coalesce(_aliases(export.people, "account_id", salt, owners), "account_id")
    ).with_columns(handle=pl.col("account_id"), display_name=pl.col("account_id"))
    interactions = _swapped(export.interactions, "account_id", salt, owners).with_columns(
        ref_id=_keyed("ref_id", salt), conversation_id=_keyed("conversation_id", salt)
    )
    links = None
    if export.links is not None:
        links = _swapped(export.links, "account_id", salt, owners).with_columns(
            # A keyed digest of the person's label (a name someone wrote in the links file): the same label, the
            # same alias, and no guessing a name to check it against the alias without the salt.
            person=pl.col("person").map_elements(
                lambda v: pseudonym("links", v, salt), return_dtype=pl.String, skip_nulls=True
            ),
        )
    chat = None
    if export.chat is not None:  # owners' ids keep no pseudonym: they stay, like the owner's name
        chat = export.chat.with_columns(
            conversation_id=_keyed("conversation_id", salt),
            message_id=_keyed("message_id", salt),
            reply_to_message=_keyed("reply_to_message", salt),
        )
        for col in ("author_id", "reply_to_author"):
            chat = _swapped(chat, col, salt, owners)
        chat = _swapped_list(chat, "mentions", salt, owners)
    # The descriptions are searched only for what they may hold (a handful of names, not every follower).
    swap_words = _meta_swapper(keys, values, _meta_texts(export))
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


def _meta_swapper(keys: list[str], values: list[str], texts: list[str]) -> Callable[[str], str]:
    """``_word_swapper`` for ``texts``, built from the keys it may find in them (any other would match nothing)."""
    said = may_hold(keys, texts)
    return _word_swapper(
        [k for k, ok in zip(keys, said, strict=True) if ok], [v for v, ok in zip(values, said, strict=True) if ok]
    )


def _word_swapper(keys: list[str], values: list[str]) -> Callable[[str], str]:
    """A function replacing every name and id in ``keys`` (longest first, any case) by its pseudonym."""
    if not keys:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(k) for k in keys), re.IGNORECASE)
    lookup = {k.lower(): v for k, v in zip(keys, values, strict=True)}
    return lambda text: pattern.sub(lambda m: lookup.get(m.group(0).lower(), "someone"), text)


def _anonymized_meta(meta: ExportMeta, swap: Callable[[str], str]) -> ExportMeta:
    """The export's description with other people's names and ids taken out of its warnings and notes (a
    warning names a private chat by its person; a note quotes a file named after one)."""
    warnings = [
        dataclasses.replace(w, message=swap(w.message), file=swap(w.file) if w.file else w.file) for w in meta.warnings
    ]
    coverage = dataclasses.replace(meta.coverage, notes={k: swap(v) for k, v in meta.coverage.notes.items()})
    return dataclasses.replace(meta, warnings=warnings, coverage=coverage, source=swap(meta.source))
