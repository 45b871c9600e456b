"""The Facebook reader: a profile or Page "Download your information" JSON export (zip or folder, any
layout generation, any language) into the canonical model.

Read in place, never extracted. Files of emails, phones, IP addresses, logins, ads or security data are
never opened; ``profile_information.json`` is decoded only for the owner's name (``facebook_files``).
Who the owner is: the profile's name (or a Page's name on its professional dashboard), plus the names the
export shows the owner under: the author of its comments, the actor of its reactions, and the participant
that one-to-one threads leave once their title (the other person) is taken out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import INTERACTIONS_SCHEMA, Coverage, Export, ExportMeta, Owner, conform, empty_frame
from helpers.platforms.archive import Archive
from helpers.platforms.facebook.activity import Item, activity_interactions, applause, posts_frame, read_items
from helpers.platforms.facebook.files import find_root, generation, list_files, read_profile_names
from helpers.platforms.facebook.messages import Thread, message_interactions, owner_votes, read_threads
from helpers.platforms.facebook.people import Relations, people_frame, read_relations
from helpers.platforms.facebook.text import KnownNames, person_key

Progress = Callable[[str], None]

NOTES = {
    "inbound_public": (
        "Facebook exports hold none of the comments, reactions or tags others left on your posts, so public "
        "two-way contact is inferred: someone you addressed at least twice who follows you (friends count) is a "
        "member (inferred). Whose post you commented on is read from a translated sentence ('X commented on Y's post')."
    ),
    "identity": (
        "Facebook exports name people but give no id or profile link: people are keyed by their display name, "
        "normalised (case, spacing, Unicode form). Two people with one name merge, a renamed person splits, and "
        "deleted accounts ('Facebook User') are left out."
    ),
    "engagement_counts": "Facebook exports carry no like, comment or share counts on your posts.",
    "likes_given": "Reactions and likes you gave to posts, comments, stories and Pages: applause, which makes no one a member.",
    "own_posts": (
        "Posts, archived stories and the comments you wrote (kind comment; on your own posts, thread). "
        "A shared post is a repost; a post on someone's timeline mentions them."
    ),
}
# (signal, file kinds that hold it, what to look for): warned about when a full export (with a profile) lacks it.
EXPECTED = [
    ("followers", ("friends", "followers"), "friends/friends.json or connections/friends/your_friends.json"),
    ("own_posts", ("posts", "comments", "stories"), "posts/your_posts_1.json or your_facebook_activity/posts/"),
    ("messages", ("threads", "e2ee"), "messages/inbox/<thread>/message_1.json"),
]


def _silent(_: str) -> None:
    return None


def is_facebook_export(archive: Archive) -> bool:
    """Whether the archive is a Facebook export (by file names only; never raises, never reads a file)."""
    try:
        find_root(archive)
    except ExportError:
        return False
    return True


def resolve_owner(
    full_name: str | None, username: str | None, other_names: list[str], items: list[Item], threads: list[Thread]
) -> tuple[Owner, set[str]]:
    """The owner and every name key that stands for the owner in this export."""
    authors = Counter(it.author for it in items if it.author)
    votes = owner_votes(threads)
    in_threads = {person_key(n) for t in threads for n in t.names()}
    names = [full_name, *other_names, *authors]
    # Threads may show the owner under another name than the profile (seen: hudi-connectors-2022-it,
    # profile "Davide Marte", messages and comments "Davide"); only when no known name takes part in one.
    vote = votes.most_common(1)[0][0] if votes else None
    if vote and not in_threads & {person_key(n) for n in names if n}:
        names.append(vote)
    display = full_name or (authors.most_common(1)[0][0] if authors else None) or vote
    keys = {person_key(n) for n in names if n} - {""}
    return Owner(person_key(display) if display else None, username, display), keys


def _coverage(files: dict[str, list[str]], rel: Relations, owner_known: bool, threads: list[Thread]) -> Coverage:
    c = Coverage(inbound_public=False, engagement_counts=False, notes=dict(NOTES))
    c.own_posts = any(files[k] for k in ("posts", "comments", "stories", "group_posts", "group_comments"))
    c.likes_given = any(files[k] for k in ("reactions", "story_reactions", "page_likes"))
    c.followers, c.following = rel.follower_list, rel.following_list
    friends = "friends" in rel.present
    c.notes["followers"] = (
        "Friends count as two-way follow edges (they follow you and you follow them), dated by when the friendship "
        "began. "
        if friends
        else ""
    ) + (
        "people_who_followed_you adds followers who are not friends, dated."
        if "followers" in rel.present
        else "This export has no list of followers who are not friends: whether anyone else follows you is unknown."
    )
    c.notes["following"] = ("Friends count as followed. " if friends else "") + (
        "Who you follow (people and Pages) comes from who_you've_followed / pages_you_follow."
        if "following" in rel.present
        else "This export has no list of people or Pages you follow beyond friends."
    )
    c.messages = bool(threads) and owner_known
    filtered = len({n.rsplit("/", 2)[-2] for n in files["filtered_threads"]})
    c.notes["messages"] = (
        "Messenger threads, both sides, one-to-one and group. Chats switched to end-to-end encryption keep only "
        "their history before the switch unless the secure-storage download's files are added to the export."
        + (f" Threads Meta filtered as spam are not counted (filtered_threads: {filtered})." if filtered else "")
        + ("" if owner_known or not threads else " The owner could not be identified, so no message is counted.")
    )
    return c


def read_facebook(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a Facebook export (zip or folder, any generation, profile or Page) into the canonical model."""
    progress = progress or _silent
    with Archive(path) as archive:
        find_root(archive)
        files = list_files(archive)
        full_name, username, other_names = read_profile_names(archive, files)
        threads = read_threads(archive, files, progress)
        items = read_items(archive, files, progress)
        rel = read_relations(archive, files, progress)
        owner, owner_keys = resolve_owner(full_name, username, other_names, items, threads)
        warnings: list[ExportWarning] = []
        if not owner_keys:
            warnings.append(
                ExportWarning(
                    "owner_unknown",
                    None,
                    "no owner found (no profile_information.json, and no one-to-one message thread to tell "
                    "the owner from): message directions cannot be told, so messages are not counted",
                )
            )
            threads_used: list[Thread] = []
        else:
            threads_used = threads
        for signal, kinds, looked_for in EXPECTED:
            if files["profile"] and not any(files[k] for k in kinds):
                warnings.append(
                    ExportWarning(
                        "missing_file", looked_for, f"{looked_for}: not in the export; {signal} marked absent"
                    )
                )

        partners = [n for t in threads_used for n in t.names() | ({t.title} if t.title and not t.is_group else set())]
        listed = rel.names() + partners
        known, known_full = KnownNames(listed, owner_keys, genitive=True), KnownNames(listed, owner_keys, min_words=2)
        posts = posts_frame(items, owner_keys, known, known_full)
        likes, like_names, given = applause(items, owner_keys, known)
        messages, deleted = (
            message_interactions(threads_used, owner_keys) if threads_used else (empty_frame(INTERACTIONS_SCHEMA), 0)
        )
        if deleted:
            warnings.append(
                ExportWarning(
                    "partial",
                    None,
                    f"{deleted} messages from deleted accounts ('Facebook User') cannot be told apart and are not counted",
                )
            )
        interactions = (
            pl.concat([conform(f, INTERACTIONS_SCHEMA) for f in (activity_interactions(posts), likes, messages)])
            .filter(~pl.col("account_id").is_in(list(owner_keys)) & (pl.col("account_id") != ""))
            .sort("at", "ref_id", "account_id")
        )
        named = posts["names"].explode().drop_nulls().to_list() + like_names + partners
        people = people_frame(rel, named, owner_keys)
        coverage = _coverage(files, rel, bool(owner_keys), threads)
        return Export(
            platform="facebook",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation=generation(archive, files),
                warnings=warnings,
                likes_given_count=given if coverage.likes_given else None,
            ),
            posts=posts.drop("amplified_account", "names"),
            people=people,
            interactions=interactions,
        )
