"""Where a Facebook export keeps each kind of data, across the layout generations, and how to decode it.

Generations (formats notes §2.1), all found by file name below any top folder:
- 2018-2020: ``posts/your_posts_1.json``, ``comments/comments.json`` (``comments``),
  ``likes_and_reactions/posts_and_comments.json`` (``reactions``), ``friends/friends.json`` (``friends``),
  ``following_and_followers/``, ``messages/inbox/<thread>/message_N.json``;
- 2021-2022: ``comments_and_reactions/`` (``comments_v2``, ``reactions_v2``), ``friends_and_followers/``
  (``friends_v2``, ``following_v2``);
- 2023: everything under ``your_activity_across_facebook/``, lists under ``connections/``
  (``your_friends.json``, ``people_who_followed_you.json`` ``followers_v3``, ``who_you've_followed.json``);
- 2024 on: ``your_facebook_activity/``, reactions as ``label_values`` lists;
- Pages (2023 on): ``this_profile's_activity_across_facebook/`` and ``connections/followers/``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from types import GenericAlias
from typing import TypeVar

import msgspec

from helpers.errors import ExportError
from helpers.platforms.archive import Archive
from helpers.platforms.facebook import structs as s
from helpers.platforms.meta.text import repair_mojibake

_ANY = r"(?:.*/)?"  # a top folder, or the 2024 nesting "personal_information/profile_information/..."
FILE_PATTERNS = {
    "posts": _ANY + r"posts/(?:your_posts(?:__check_ins__photos_and_videos)?|profile_posts)(?:_\d+)?\.json",
    "comments": _ANY + r"(?:comments|comments_and_reactions)/comments(?:_\d+)?\.json",
    "group_posts": _ANY
    + r"groups/(?:group_posts_and_comments|your_posts_and_comments_in_groups|your_posts_in_groups)\.json",
    "group_comments": _ANY + r"groups/your_comments_in_groups\.json",
    "stories": _ANY + r"stories/archived_stories(?:_\d+)?\.json",
    "reactions": _ANY
    + r"(?:likes_and_reactions|comments_and_reactions)/(?:posts_and_comments|likes_and_reactions)(?:_\d+)?\.json",
    "story_reactions": _ANY + r"stories/story_reactions\.json",
    "page_likes": _ANY + r"(?:pages|likes_and_reactions)/(?:pages_you've_liked|pages_you_ve_liked|pages)\.json",
    "friends": _ANY + r"(?:friends|friends_and_followers|connections/friends)/(?:friends|your_friends)\.json",
    "followers": _ANY + r"(?:following_and_followers|friends_and_followers|connections/followers)/"
    r"(?:followers|people_who_followed_you)(?:_\d+)?\.json",
    "following": _ANY + r"(?:following_and_followers|friends_and_followers|connections/followers)/"
    r"(?:following|who_you_follow|who_you've_followed|who_you_ve_followed)(?:_\d+)?\.json",
    "pages_followed": _ANY + r"pages/(?:pages_you_follow|pages_and_profiles_you_follow)\.json",
    "profile": _ANY + r"profile_information/profile_information\.json",
    "page_dashboard": _ANY + r"professional_dashboard/your_professional_dashboard_activity\.json",
    # filtered_threads is Meta's spam filter: not read, only counted in the coverage note.
    "threads": _ANY + r"messages/(?:inbox|archived_threads|message_requests|e2ee_cutover)/[^/]+/message_\d+\.json",
    "filtered_threads": _ANY + r"messages/filtered_threads/[^/]+/message_\d+\.json",
    # End-to-end-encrypted secure-storage download: flat "<Name>_<N>.json" files beside the thread folders.
    # seen: real-exports/facebook/kenn-io-msgvault-fixtures/e2ee_simple
    "e2ee": _ANY + r"messages/(?!message_\d+\.json)[^/]+_\d+\.json",
}

# Folders only Facebook writes; any one of them makes an export Facebook's.
STRONG_MARKERS = re.compile(
    r"(?:^|/)(?:your_facebook_activity|your_activity_across_facebook|this_profile's_activity_across_facebook|"
    r"friends_and_followers|following_and_followers|comments_and_reactions)/"
    r"|(?:^|/)(?:posts/your_posts(?:_\d+)?|friends/friends|profile_information/profile_information|"
    r"connections/friends/your_friends|connections/followers/people_who_followed_you(?:_\d+)?)\.json$"
)
# Messenger threads alone are Facebook's only when nothing says Instagram (whose threads look the same).
# seen: real-exports/instagram/hudi-connectors-v1-2021-it (messages/inbox/ beside followers_and_following/)
INSTAGRAM_MARKERS = re.compile(
    r"(?:^|/)(?:your_instagram_activity|followers_and_following|account_information)/"
    r"|(?:^|/)(?:content/posts_1|personal_information/personal_information)\.json$"
)
LOOKED_FOR = "your_facebook_activity/, your_activity_across_facebook/, posts/your_posts_1.json, friends/friends.json or messages/inbox/"


def find_root(archive: Archive) -> None:
    """Point the archive at the export's top folder, or fail in one line naming what was looked for."""
    if archive.is_single_file:
        raise ExportError(
            f"{archive.path}: a single file is not a Facebook export; give the whole export "
            "(the downloaded facebook-*.zip, or the folder it unpacks to)"
        )
    names = archive.names()
    if not names:
        raise ExportError(f"{archive.path}: empty {archive.kind}; expected a Facebook export ({LOOKED_FOR})")
    strong = [n for n in names if STRONG_MARKERS.search(n)]
    threads = [n for n in names if re.fullmatch(FILE_PATTERNS["threads"], n) or re.fullmatch(FILE_PATTERNS["e2ee"], n)]
    if not strong and (not threads or any(INSTAGRAM_MARKERS.search(n) for n in names)):
        hint = " (it looks like an Instagram export)" if any(INSTAGRAM_MARKERS.search(n) for n in names) else ""
        raise ExportError(f"{archive.path}: not a Facebook export{hint}; looked for {LOOKED_FOR}")
    # The root is the folder above the markers: zips may add "facebook-<name>-<date>-<id>/"; the parts of a
    # split download unpacked side by side (part1/..., part2/...) are read together from their common folder.
    tops = {_top_of(n) for n in (strong or threads)}
    common = os.path.commonprefix(  # noqa: RUF071 - lists of path parts, not strings
        [t.rstrip("/").split("/") if t else [] for t in tops]
    )
    archive.set_root("/".join(common) + "/" if common else "")


def _top_of(name: str) -> str:
    m = re.search(
        r"(?:^|/)(?:your_facebook_activity|your_activity_across_facebook|this_profile's_activity_across_facebook|"
        r"connections|posts|friends|friends_and_followers|following_and_followers|comments|"
        r"comments_and_reactions|profile_information|personal_information|messages)/",
        name,
    )
    return name[: m.start() + (1 if m.group(0).startswith("/") else 0)] if m else ""


def list_files(archive: Archive) -> dict[str, list[str]]:
    """The files of each kind present, sorted (part files ``_1``, ``_2`` ... in order)."""
    names = archive.names()
    found = {}
    for kind, pattern in FILE_PATTERNS.items():
        rx = re.compile(pattern)
        found[kind] = sorted((n for n in names if rx.fullmatch(n)), key=_natural)
    return found


def _natural(name: str) -> list:
    # message_2.json before message_10.json. seen: kenn-io-msgvault-fixtures/json_multifile
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]


def generation(archive: Archive, files: dict[str, list[str]]) -> str:
    """The layout generation, said in the export's summary."""
    names = archive.names()

    def has(folder: str) -> bool:
        return any(n.startswith(folder) or f"/{folder}" in n for n in names)

    if has("this_profile's_activity_across_facebook/"):
        label = "page (this_profile's_activity_across_facebook/)"
    elif has("your_facebook_activity/"):
        label = "2024+ (your_facebook_activity/)"
    elif has("your_activity_across_facebook/"):
        label = "2023 (your_activity_across_facebook/)"
    elif has("friends_and_followers/") or has("comments_and_reactions/"):
        label = "2021-2022 (friends_and_followers/, comments_and_reactions/)"
    elif files["posts"] or files["friends"] or files["comments"] or files["profile"]:
        label = "2018-2020 (posts/, friends/, comments/)"
    else:
        label = "messages only (messages/inbox/)"
    return label + (" + end-to-end-encrypted message files" if files["e2ee"] else "")


def decode_error(archive: Archive, name: str, exc: Exception, expected: str) -> ExportError:
    return ExportError(
        f"{archive.display(name)}: truncated or invalid ({str(exc).splitlines()[0]}); expected {expected}"
    )


_LIST, _OBJECT = re.compile(rb"\s*\["), re.compile(rb"\s*\{")
_wrapper = msgspec.json.Decoder(dict[str, msgspec.Raw])
T = TypeVar("T")


def decode_items(archive: Archive, name: str, item_type: type[T], expected: str) -> list[T]:
    """The records of a file: a bare list (2023+), or the list under its wrapper key whatever its name
    (``friends``, ``friends_v2``, ``comments_v2``, ...), one nested dict deep at most (2020 group posts)."""
    # GenericAlias(list, (item_type,)) is list[item_type], which mypy cannot read with a variable inside.
    decoder: msgspec.json.Decoder[list[T]] = msgspec.json.Decoder(GenericAlias(list, (item_type,)))
    try:
        doc = archive.read_bytes(name)
        for _ in range(3):
            if _LIST.match(doc):
                return decoder.decode(doc)
            inner = [bytes(raw) for raw in _wrapper.decode(doc).values()]
            # The first list under the wrapper; else one nested dict deeper.
            deeper = next((r for r in inner if _LIST.match(r)), next((r for r in inner if _OBJECT.match(r)), None))
            if deeper is None:
                break
            doc = deeper
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise decode_error(archive, name, exc, expected) from None
    raise ExportError(f"{archive.display(name)}: no list of records in it; expected {expected}")


def read_each(
    archive: Archive, names: list[str], item_type: type[T], expected: str, progress: Callable[[str], None]
) -> list[tuple[str, T]]:
    """``(file, record)`` for every record of every file, saying when a file is large."""
    out: list[tuple[str, T]] = []
    for name in names:
        size = archive.size(name)
        if size > 5_000_000:
            progress(f"reading {name} ({size / 1e6:.1f} MB)")
        out += [(name, item) for item in decode_items(archive, name, item_type, expected)]
    return out


def read_profile_names(archive: Archive, files: dict[str, list[str]]) -> tuple[str | None, str | None, list[str]]:
    """``(full name, username, other names)`` of the owner from profile_information.json, or a Page's name from
    the professional dashboard. Decoded typed: the emails, phones and address beside the name are never read."""
    for name in files["profile"]:
        try:
            doc = msgspec.json.decode(archive.read_bytes(name), type=s.Profile)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise decode_error(archive, name, exc, "a JSON object with profile_v2 (or profile) and its name") from None
        body = doc.profile_v2 or doc.profile
        if body is not None and body.name is not None and body.name.full_name:
            others = [repair_mojibake(p.name) for p in body.previous_names + body.other_names if p.name]
            return repair_mojibake(body.name.full_name), body.username, others
    for name in files["page_dashboard"]:
        # seen in notes §2.1 only (no Page export sample): {"prodash_activity": [{"page_name": ...}]}
        for entry in decode_items(archive, name, s.DashboardEntry, "a list of professional dashboard entries"):
            if entry.page_name:
                return repair_mojibake(entry.page_name), None, []
    return None, None, []
