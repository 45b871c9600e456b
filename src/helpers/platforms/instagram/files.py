"""Which files an Instagram export holds, whatever its generation (formats notes §1.1).

Folders moved almost every year (``content/`` 2021, ``your_instagram_activity/content/`` 2023,
``your_instagram_activity/media/`` 2025; ``followers_and_following/`` then ``connections/followers_and_following/``),
so files are found by their base name at any depth, never by folder. File names stayed English in every language
seen (real-exports/instagram/hudi-connectors-v1-2021-it is an Italian export with English names); the folders
around them may be anything. A Threads profile inside an Instagram export (``.../threads/``) is left to the
Threads reader. Files holding email, phone, login, device or ads data are never listed here, so never opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from helpers.errors import ExportWarning
from helpers.platforms.archive import Archive
from helpers.platforms.meta.common import find_message_files

ANY = r"(?:.*/)?"
# Category -> base-name pattern (2020-12 onward).
PATTERNS = {
    "posts": r"posts_\d+\.json",
    "stories": r"stories\.json",
    "reels": r"reels\.json",
    "archived": r"archived_posts\.json",
    "igtv": r"igtv_videos\.json",
    "comments": r"(?:post_comments(?:_\d+)?|reels_comments(?:_\d+)?|hype)\.json",
    "followers": r"followers(?:_\d+)?\.json",
    "following": r"following(?:_\d+)?\.json",
    "likes": r"(?:liked_posts|liked_comments|story_likes)(?:_\d+)?\.json",
    "profile": r"personal_information\.json",
}
# Before December 2020 ("v0"): one file per kind at the export's root.
V0_FILES = ("connections.json", "media.json", "comments.json", "likes.json", "messages.json", "profile.json")
# Files that only an Instagram export has (a Facebook export uses other names; a Threads-only export has none).
MARKERS = re.compile(
    ANY
    + r"(?:posts_\d+\.json|stories\.json|reels\.json|archived_posts\.json|post_comments(?:_\d+)?\.json|liked_posts\.json"
    r"|followers_and_following/follow(?:ers|ing)(?:_\d+)?\.json|account_information/personal_information\.json)"
    r"|(?:.*/)?your_instagram_activity/.+"
)
_EXPORT_FOLDER = re.compile(r"^instagram-(.+?)-(\d{4}-\d{2}-\d{2})")


def is_threads_path(name: str) -> bool:
    """Threads files inside an Instagram export (``your_instagram_activity/threads/``) or beside it."""
    return "threads" in name.split("/")[:-1] or "threads_and_replies" in name


def instagram_names(archive: Archive) -> list[str]:
    return [n for n in archive.names() if n.endswith(".json") and not is_threads_path(n)]


def looks_like_instagram(archive: Archive) -> bool:
    """File names alone: an Instagram marker outside any Threads folder, or the pre-2021 root files."""
    names = instagram_names(archive)
    if any(MARKERS.fullmatch(n) for n in names):
        return True
    base = {n.rsplit("/", 1)[-1] for n in names}
    return {"connections.json", "media.json"} <= base or {"media.json", "profile.json"} <= base


@dataclass
class InstagramFiles:
    by_kind: dict[str, list[str]] = field(default_factory=dict)
    v0: dict[str, str] = field(default_factory=dict)
    classic_threads: dict[str, list[str]] = field(default_factory=dict)
    flat_threads: list[str] = field(default_factory=list)
    folder_username: str | None = None  # from instagram-<username>-<YYYY-MM-DD>-<random>, the zip's or folder's name
    folder_date: str | None = None
    warnings: list[ExportWarning] = field(default_factory=list)

    def get(self, kind: str) -> list[str]:
        return self.by_kind.get(kind, [])


def _part(name: str) -> tuple[int, str]:
    m = re.search(r"_(\d+)\.json$", name)
    return (int(m.group(1)) if m else 0, name)


def list_files(archive: Archive) -> InstagramFiles:
    """Point the archive at one account's export and list its files by kind."""
    files = InstagramFiles()
    # Accounts Center wraps each account: meta-2026-Jan-02-.../instagram-<user>-2026-01-02-<rand>/...
    roots = sorted(
        {
            n[: n.index(seg) + len(seg) + 1]
            for n in archive.names()
            for seg in n.split("/")[:-1]
            if _EXPORT_FOLDER.match(seg)
        }
    )
    if roots:
        archive.set_root(roots[0])
        folder = _EXPORT_FOLDER.match(roots[0].rstrip("/").rsplit("/", 1)[-1])
        assert folder is not None  # roots end with a segment that matched
        files.folder_username, files.folder_date = folder.groups()
        if len(roots) > 1:
            files.warnings.append(
                ExportWarning(
                    "partial", None, f"{len(roots)} account exports in one archive; only {roots[0].rstrip('/')} is read"
                )
            )
    elif m := _EXPORT_FOLDER.match(archive.path.name):
        files.folder_username, files.folder_date = m.groups()
    names = instagram_names(archive)
    for kind, pattern in PATTERNS.items():
        rx = re.compile(ANY + pattern)
        files.by_kind[kind] = sorted((n for n in names if rx.fullmatch(n)), key=_part)
    # Following hashtags is no account list (seen: hudi-connectors-v1-2021-it/followers_and_following/following_hashtags.json);
    # the pattern above already leaves it out. Threads' own followers.json sits under threads/ and is excluded above.
    files.by_kind["profile"].sort(key=lambda n: (n.count("/"), n))
    top = {n: n for n in names if "/" not in n}
    files.v0 = {v: top[v] for v in V0_FILES if v in top}
    files.classic_threads, files.flat_threads = find_message_files(names)
    return files


def generation(files: InstagramFiles, names: list[str]) -> str:
    """The export's layout generation, named by the folders that tell them apart (a label; reading never depends on it)."""
    if files.v0 and not files.get("posts"):
        return "v0 (to Dec 2020: connections.json, media.json)"
    if any("your_instagram_activity/media/" in n for n in names):
        return "2025-2026 (your_instagram_activity/media/)"
    if any("your_instagram_activity/" in n or "connections/followers_and_following/" in n for n in names):
        return "2023-2025 (your_instagram_activity/, connections/)"
    if any(re.search(r"followers_\d+\.json$", n) for n in files.get("followers")) or any(
        "post_comments_" in n for n in files.get("comments")
    ):
        return "2022 (followers_1.json, post_comments_1.json)"
    return "2021 (content/, followers_and_following/)"
