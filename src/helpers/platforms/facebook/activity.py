"""The owner's public activity on Facebook: posts, stories, comments (posts of kind ``comment``) and the
reactions and Page likes they gave (applause).

Only what the owner did is in the export (formats notes §2.3). Whose content a comment or reaction was on
is named only by the localised ``title`` sentence (or, 2024 on, a ``Name`` label): see ``facebook_text``.
Facebook gives these items no id, so ``post_id`` is a digest of what each holds (copies in several zip
parts collapse into one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, POSTS_SCHEMA, conform, voice_mode
from helpers.platforms.archive import Archive
from helpers.platforms.facebook import structs as s
from helpers.platforms.facebook.files import read_each
from helpers.platforms.facebook.text import SHARE_VERB, KnownNames, clean_name, person_key, text_mentions, title_target
from helpers.platforms.meta.common import content_id, epoch_to_utc, post_interactions
from helpers.platforms.meta.text import repair_mojibake

# File kind -> (what its records are, the error's "expected").
POST_SOURCES = {
    "posts": ("post", "a JSON array of posts (timestamp, data, title)"),
    "stories": ("story", "a JSON object with archived_stories_v2"),
    "group_posts": ("post", "a JSON object with group_posts_v2"),
    "comments": ("comment", "a JSON object with comments_v2 (or comments), or a JSON array of comments"),
    "group_comments": ("comment", "a JSON object with group_comments_v2"),
}
REACTION_LABELS = {"reaction", "reazione", "reactie", "réaction", "reacción", "reaktion"}  # only English is seen
NAME_LABELS = {"name", "nome", "naam", "nom", "nombre"}


@dataclass
class Item:
    """One record of an own-activity file, strings repaired."""

    source_file: str
    source: str  # post, story, comment, reaction, page_like
    timestamp: int | None
    title: str | None
    text: str | None
    tags: list[str]
    author: str | None  # comments' author and reactions' actor: always the owner
    reaction: str | None = None
    label_name: str | None = None


def _first(values) -> str | None:
    return next((repair_mojibake(v) for v in values if v), None)


def _labels(entries: list[s.LabelValue], wanted: set[str]) -> str | None:
    """The value of the first label in ``wanted`` in a 2024+ ``label_values`` tree."""
    for e in entries:
        if e.label and e.label.casefold() in wanted and e.value:
            return repair_mojibake(e.value)
        found = _labels(e.children, wanted)
        if found:
            return found
    return None


def _item(name: str, source: str, a: s.Activity) -> Item:
    ts = int(a.timestamp) if a.timestamp else None
    comments = [d.comment for d in a.data if d.comment is not None]
    text = (
        _first([c.comment for c in comments])
        if comments
        else _first(
            [d.post for d in a.data] + [x.media.description for at in a.attachments for x in at.data if x.media]
        )
    )
    tags = [n for t in a.tags if (n := clean_name(t if isinstance(t, str) else t.name))]
    reaction = _first([d.reaction.reaction for d in a.data if d.reaction]) or _labels(a.label_values, REACTION_LABELS)
    author = _first([c.author for c in comments] + [d.reaction.actor for d in a.data if d.reaction])
    return Item(
        name,
        source,
        ts or None,
        repair_mojibake(a.title),
        text,
        tags,
        author,
        reaction,
        _labels(a.label_values, NAME_LABELS) or (clean_name(a.name) if source == "page_like" else None),
    )


def read_items(archive: Archive, files: dict[str, list[str]], progress: Callable[[str], None]) -> list[Item]:
    """Every post, story, comment, reaction and Page like the owner made."""
    items = []
    for kind, (source, expected) in POST_SOURCES.items():
        items += [_item(n, source, a) for n, a in read_each(archive, files[kind], s.Activity, expected, progress)]
    for kind, source, expected in (
        ("reactions", "reaction", "a JSON object with reactions_v2, or a JSON array"),
        ("story_reactions", "reaction", "a JSON object with stories_feedback_v2"),
        ("page_likes", "page_like", "a JSON object with page_likes_v2"),
    ):
        items += [_item(n, source, a) for n, a in read_each(archive, files[kind], s.Activity, expected, progress)]
    return items


def posts_frame(items: list[Item], owner_keys: set[str], known: KnownNames, known_full: KnownNames) -> pl.DataFrame:
    """The ``posts`` table: kind from the file (comments) and the title (a share of someone's post is a repost;
    a post on someone's timeline mentions them), mentions from tags, Page tokens, @handles and full names."""
    rows = []
    for it in items:
        if it.source not in ("post", "story", "comment"):
            continue
        # A story's title only says it was archived ("A photo from X's story ..."): it names no one else.
        target, own = (None, False) if it.source == "story" else title_target(it.title, owner_keys, known)
        text, mentioned = text_mentions(it.text, it.tags, known_full)
        kind, reply_to, amplified = "original", None, None
        if it.source == "comment":
            kind, reply_to = ("thread", None) if own else ("comment", target)
        elif target and it.title and SHARE_VERB.search(it.title):
            kind, amplified = "repost", target
        elif target:
            mentioned.append(target)
        mentions = list(dict.fromkeys(k for k in map(person_key, mentioned) if k not in owner_keys))
        rows.append(
            {
                "post_id": content_id("fb", it.source, it.timestamp, it.title, it.text),
                "ts": it.timestamp,
                "kind": kind,
                "text": text,
                "reply_to_account": person_key(reply_to) if reply_to else None,
                "mentions": mentions,
                "amplified_account": person_key(amplified) if amplified else None,
                "source_file": it.source_file,
                "names": [n for n in [*mentioned, reply_to, amplified] if n],
            }
        )
    frame = pl.DataFrame(
        rows,
        schema={
            "post_id": pl.String,
            "ts": pl.Int64,
            "kind": pl.String,
            "text": pl.String,
            "reply_to_account": pl.String,
            "mentions": pl.List(pl.String),
            "amplified_account": pl.String,
            "source_file": pl.String,
            "names": pl.List(pl.String),
        },
    )
    posts = (
        frame.unique("post_id", keep="first", maintain_order=True)
        .with_columns(
            platform=pl.lit("facebook"), created_at=epoch_to_utc("ts"), kind=pl.col("kind").cast(POSTS_SCHEMA["kind"])
        )
        .with_columns(mode=voice_mode())
    )
    return conform(posts, POSTS_SCHEMA).select(*POSTS_SCHEMA.names(), "amplified_account", "names").sort("created_at")


def activity_interactions(posts: pl.DataFrame) -> pl.DataFrame:
    """``comment`` and ``mention`` rows (one per post and person, comment first) and ``repost`` applause."""
    directed = post_interactions(posts, "facebook")
    reposts = posts.filter(pl.col("amplified_account").is_not_null()).select(
        platform=pl.lit("facebook"),
        at="created_at",
        direction=pl.lit("out"),
        account_id="amplified_account",
        channel=pl.lit("repost"),
        ref_id="post_id",
    )
    rows = pl.concat([directed, conform(reposts, INTERACTIONS_SCHEMA)], how="diagonal_relaxed")
    return conform(rows.unique(["ref_id", "account_id"], keep="first", maintain_order=True), INTERACTIONS_SCHEMA)


def applause(items: list[Item], owner_keys: set[str], known: KnownNames) -> tuple[pl.DataFrame, list[str], int]:
    """``like`` / ``reaction`` rows for the reactions and Page likes whose target the export names, the names
    found, and the number of reactions and Page likes given (with a target or not)."""
    rows, names, given = [], [], set()
    for it in items:
        if it.source not in ("reaction", "page_like"):
            continue
        target = it.label_name
        if target is None and it.source == "reaction":
            target, _ = title_target(it.title, owner_keys, known)
        ref = content_id("fb-r", it.source, it.timestamp, it.title, it.reaction, target)
        given.add(ref)  # copies in several zip parts count once
        if not target or person_key(target) in owner_keys:
            continue  # a reaction to the owner's own content, or one the export does not attribute
        names.append(target)
        channel = "like" if it.source == "page_like" or (it.reaction or "").upper() == "LIKE" else "reaction"
        rows.append({"ts": it.timestamp, "account_id": person_key(target), "channel": channel, "ref_id": ref})
    frame = pl.DataFrame(
        rows, schema={"ts": pl.Int64, "account_id": pl.String, "channel": pl.String, "ref_id": pl.String}
    )
    frame = frame.unique("ref_id", keep="first", maintain_order=True).with_columns(
        platform=pl.lit("facebook"), at=epoch_to_utc("ts"), direction=pl.lit("out")
    )
    return conform(frame, INTERACTIONS_SCHEMA).select(INTERACTIONS_SCHEMA.names()), names, len(given)
