"""The LinkedIn reader: a member data export (zip or folder of CSVs, Basic or Complete) into the canonical model.

Read in place, never extracted. Only the files named in ``linkedin_files.TABLES`` are opened: never
Email Addresses.csv, PhoneNumbers.csv, Logins.csv, Ad_Targeting.csv or any other contact, security or ads
file; email, subject, message and address columns are dropped as each file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from helpers.errors import ExportError, ExportWarning
from helpers.model import (
    INTERACTIONS_SCHEMA,
    POSTS_SCHEMA,
    UTC_TIME,
    Coverage,
    Export,
    ExportMeta,
    Owner,
    conform,
    empty_frame,
)
from helpers.platforms.archive import Archive
from helpers.platforms.linkedin.files import LinkedInFiles, find_root, list_files, read_table
from helpers.platforms.linkedin.messages import (
    RawMessages,
    message_interactions,
    message_sightings,
    owner_from_messages,
    read_messages,
)
from helpers.platforms.linkedin.people import (
    HIDDEN_MEMBER,
    build_people,
    canonical_url,
    name_key,
    name_key_str,
    name_urls,
    read_connections,
    read_invitations,
    read_member_follows,
    read_profile_name,
    slug,
    with_keys,
)
from helpers.platforms.linkedin.posts import add_mentions, canonical_posts, read_comments, read_shares

Progress = Callable[[str], None]

MISSING = {
    "shares": "Shares.csv: not in the export; your posts and reposts are not counted",
    "comments": "Comments.csv: not in the export; your comments are not counted",
    "reactions": "Reactions.csv: not in the export; reactions given marked absent",
    "connections": "Connections.csv: not in the export; connections (followers) marked absent",
    "messages": "messages.csv: not in the export; messages marked absent",
}
NOTES = {
    "inbound_public": (
        "LinkedIn exports hold none of the comments, mentions or reactions others left on your posts, so public "
        "two-way contact is inferred: a connection you named in your posts or comments at least twice counts as a "
        "member (inferred). Comments name the post, not its author, so they address no one unless they name someone."
    ),
    "followers": (
        "LinkedIn lists connections, not followers: connections are mutual, so each counts as following you and "
        "followed by you, dated Connected On; followers who are not connections are not in the export. People are "
        "keyed by profile URL where the export gives one (messages; Connections since 2023), else by name "
        "(lower-cased): two people of one name without a URL count as one."
    ),
    "following": "Following = connections plus members in Member_Follows.csv; companies followed are not people.",
    "messages": "messages.csv holds both sides of each conversation; drafts, spam and sponsored InMail are left out.",
    "likes_given": "Reactions.csv names the post reacted to, not its author, so reactions make no one a member.",
    "engagement_counts": "LinkedIn exports have no reaction or comment counts on your posts (Creator analytics is a separate download).",
}


def _silent(_: str) -> None:
    return None


def is_linkedin_export(archive: Archive) -> bool:
    """A LinkedIn CSV in the export, whose shallowest folder becomes the root (a bare messages.csv counts
    only with LinkedIn's header: Reddit has a messages.csv too)."""
    try:
        root = find_root(archive)
    except (ExportError, OSError):
        return False
    if root is not None:
        archive.set_root(root)
    return root is not None


def _read_all(archive: Archive, names: list[str], reader, progress: Progress, *args) -> list:
    out = []
    for name in names:
        if archive.size(name) > 5_000_000:
            progress(f"reading {name} ({archive.size(name) / 1e6:.1f} MB)")
        out.append(reader(archive, name, *args))
    return out


def _concat(frames: list[pl.DataFrame], schema: dict) -> pl.DataFrame:
    return pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame(schema=schema)


def _messages(archive: Archive, names: list[str], notes: list[str], progress: Progress) -> RawMessages:
    """All messages files as one (several only in numbered Complete archives)."""
    parts = _read_all(archive, names, read_messages, progress, notes)
    if not parts:
        return RawMessages.empty()
    offset, msgs, recs = 0, [], []
    skipped: dict[str, int] = {}
    for p in parts:  # row numbers kept distinct across files
        msgs.append(p.messages.with_columns(pl.col("row") + offset))
        recs.append(p.recipients.with_columns(pl.col("row") + offset))
        offset += p.messages.height + 1
        for k, v in p.skipped.items():
            skipped[k] = skipped.get(k, 0) + v
    return RawMessages(pl.concat(msgs, how="diagonal_relaxed"), pl.concat(recs), parts[0].generation, skipped)


def _owner(
    profile_name: str | None,
    invitations: pl.DataFrame,
    msgs: RawMessages,
    directory: pl.DataFrame,
    warnings: list[ExportWarning],
) -> tuple[Owner, set[str]]:
    """The owner (Profile.csv's name, messages.csv's URL) and every key that stands for them."""
    hints = [profile_name, *invitations["owner_name"].drop_nulls().unique().sort().to_list()]
    msg_name, msg_url, clear = owner_from_messages(msgs, [h for h in hints if h])
    if msg_name and not clear:
        warnings.append(
            ExportWarning(
                "owner_unknown",
                "messages.csv",
                f"messages.csv: the owner is taken to be {msg_name!r} (the name in the most conversations); "
                "add Profile.csv to be sure",
            )
        )
    names = [n for n in (profile_name, msg_name, *hints) if n]
    keys = {name_key_str(n) for n in names}
    url = canonical_url(msg_url) if msg_url else None
    if url is None and msg_name:  # the 2018 file has no URLs; another file may pair the name with one
        mapped = directory.filter(pl.col("name_key") == name_key_str(msg_name))["url_key"]
        url = mapped[0] if mapped.len() else None
    if url:
        keys.add(url)
    if not names:
        warnings.append(
            ExportWarning(
                "owner_unknown",
                None,
                "no owner found (Profile.csv or messages.csv); your own name cannot be told from others'",
            )
        )
        return Owner(None, None, None), keys
    account_id = url or name_key_str(msg_name or names[0])
    return Owner(account_id, slug(url), names[0]), keys


def _identities(
    connections: pl.DataFrame,
    invitations: pl.DataFrame,
    follows: pl.DataFrame,
    profile_names: list,
    msgs: RawMessages,
    warnings: list[ExportWarning],
) -> tuple[Owner, set[str], pl.DataFrame, pl.DataFrame]:
    """The owner, the keys that stand for them, the name -> URL directory, and every other sighting keyed."""
    sightings = pl.concat(
        [
            connections.select("name", "url"),
            invitations.select("name", "url"),
            follows.select("name", url=pl.lit(None, pl.String)),
            message_sightings(msgs),
        ]
    )
    directory = name_urls(sightings)
    owner, owner_keys = _owner(next((p for p in profile_names if p), None), invitations, msgs, directory, warnings)

    def keyed(frame: pl.DataFrame, rank: int, connection: bool, followed: bool) -> pl.DataFrame:
        """One file's sightings keyed; ``rank`` orders whose spelling of a name wins (Connections first)."""
        frame = frame if "url" in frame.columns else frame.with_columns(url=pl.lit(None, pl.String))
        frame = frame if "followed_at" in frame.columns else frame.with_columns(followed_at=pl.lit(None, UTC_TIME))
        return with_keys(frame.select("name", "url", "followed_at"), directory).with_columns(
            rank=pl.lit(rank), connection=pl.lit(connection), followed=pl.lit(followed)
        )

    named = pl.concat(
        [
            keyed(connections, 0, True, False),
            keyed(message_sightings(msgs), 1, False, False),
            keyed(invitations, 2, False, False),
            keyed(follows, 3, False, True),
        ]
    ).filter(
        pl.col("account_id").is_not_null()
        & ~pl.col("account_id").is_in(list(owner_keys))
        & (pl.col("account_id") != HIDDEN_MEMBER)
    )
    return owner, owner_keys, directory, named


def _people_files(
    archive: Archive, files: LinkedInFiles, notes: list[str], progress: Progress, warnings: list[ExportWarning]
) -> tuple:
    """Connections, invitations, members followed, the profile's name and the messages, as read."""
    connections, hidden = pl.DataFrame(schema={"name": pl.String, "url": pl.String, "followed_at": UTC_TIME}), 0
    for part, n_hidden in _read_all(archive, files.present["connections"], read_connections, progress, notes):
        connections, hidden = pl.concat([connections, part]), hidden + n_hidden
    if hidden:  # seen by structure in 2022 exports: ",,,,,07 Jun 2022" (formats research)
        warnings.append(
            ExportWarning(
                "partial",
                "Connections.csv",
                f"Connections.csv: {hidden} connections with hidden or closed profiles have no name and are not counted",
            )
        )
    invitations = _concat(
        _read_all(archive, files.present["invitations"], read_invitations, progress, notes),
        {"direction": pl.String, "owner_name": pl.String, "name": pl.String, "url": pl.String, "at": UTC_TIME},
    )
    follows = _concat(
        _read_all(archive, files.present["member_follows"], read_member_follows, progress),
        {"name": pl.String, "followed_at": UTC_TIME},
    )
    profile_names = [read_profile_name(archive, n) for n in files.present["profile"]]
    msgs = _messages(archive, files.present["messages"], notes, progress)
    if any(msgs.skipped.values()):
        warnings.append(
            ExportWarning(
                "partial",
                "messages.csv",
                "messages.csv: left out " + ", ".join(f"{n} {what}" for what, n in msgs.skipped.items() if n),
            )
        )
    return connections, invitations, follows, profile_names, msgs


def read_linkedin(path: str | Path, progress: Progress | None = None) -> Export:
    """Read a LinkedIn data export (zip or folder, any generation since 2018) into the canonical model."""
    progress = progress or _silent
    with Archive(path) as archive:
        root = find_root(archive)
        if root is None:
            what = (
                "a single file, not one of the LinkedIn CSVs read here"
                if archive.is_single_file
                else f"no LinkedIn CSV in this {archive.kind}"
            )
            raise ExportError(
                f"{archive.path}: not a LinkedIn export ({what}; looked for Connections.csv, Shares.csv, "
                "Comments.csv, Reactions.csv, Invitations.csv, Profile.csv or messages.csv with LinkedIn's header)"
            )
        archive.set_root(root)
        files = list_files(archive)
        notes: list[str] = []
        warnings = [
            ExportWarning("missing_file", MISSING[t].split(":")[0], MISSING[t]) for t in MISSING if not files.has(t)
        ]

        shares = _read_all(archive, files.present["shares"], read_shares, progress, notes)
        comments = _read_all(archive, files.present["comments"], read_comments, progress, notes)
        reactions = sum(
            read_table(archive, n, ("Date", "Type", "Link"), ("date", "type"), "Reactions.csv", notes, ("date",)).height
            for n in files.present["reactions"]
        )
        connections, invitations, follows, profile_names, msgs = _people_files(
            archive, files, notes, progress, warnings
        )
        owner, owner_keys, directory, named = _identities(
            connections, invitations, follows, profile_names, msgs, warnings
        )
        people = build_people(named, files.has("connections"), files.has("member_follows"))

        known = named.select("name", "account_id").drop_nulls().filter(~name_key("name").is_in(list(owner_keys)))
        posts = (
            canonical_posts(add_mentions(pl.concat(shares + comments, how="diagonal_relaxed"), known))
            if shares or comments
            else empty_frame(POSTS_SCHEMA)
        )
        mentions = (
            posts.explode("mentions")
            .drop_nulls("mentions")
            .select(
                platform=pl.lit("linkedin"),
                at="created_at",
                direction=pl.lit("out"),
                account_id="mentions",
                channel=pl.lit("mention"),
                ref_id="post_id",
            )
        )
        interactions = pl.concat(
            [
                conform(mentions, INTERACTIONS_SCHEMA),
                message_interactions(msgs, directory, owner_keys)
                if msgs.messages.height
                else empty_frame(INTERACTIONS_SCHEMA),
            ]
        ).sort("at", "ref_id", "account_id")

        coverage = Coverage(
            own_posts=files.has("shares") or files.has("comments"),
            followers=files.has("connections"),
            following=files.has("connections"),
            inbound_public=False,
            messages=files.has("messages"),
            likes_given=files.has("reactions"),
            engagement_counts=False,
            notes=dict(NOTES),
        )
        return Export(
            platform="linkedin",
            meta=ExportMeta(
                owner=owner,
                coverage=coverage,
                source=str(Path(path).resolve()),
                generation="; ".join(notes) or "LinkedIn export",
                warnings=warnings,
                likes_given_count=reactions if files.has("reactions") else None,
            ),
            posts=posts,
            people=people,
            interactions=interactions,
        )
