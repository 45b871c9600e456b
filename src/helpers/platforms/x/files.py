"""Which files an X archive holds, where its root is, and who its owner is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import msgspec

from helpers.errors import ExportError
from helpers.model import Owner
from helpers.platforms.archive import Archive
from helpers.platforms.x import structs as s

# Markers of an X archive, by generation, relative to the archive's root.
ROOT_MARKERS = (
    "data/manifest.js",
    "data/tweets.js",
    "data/tweet.js",
    "data/js/tweet_index.js",
    "data/js/user_details.js",
)

# Manifest dataTypes key -> the file names used when there is no manifest (part files included).
FILE_TYPES = {
    "tweets": r"data/tweets(-part\d+)?\.js",
    "tweet": r"data/tweet(-part\d+)?\.js",
    "communityTweet": r"data/community-tweet(-part\d+)?\.js",
    "deletedTweets": r"data/deleted-tweets(-part\d+)?\.js",
    "deletedTweetHeaders": r"data/deleted-tweet-headers(-part\d+)?\.js",
    "noteTweet": r"data/note-tweet(-part\d+)?\.js",
    "follower": r"data/follower(-part\d+)?\.js",
    "following": r"data/following(-part\d+)?\.js",
    "like": r"data/like(-part\d+)?\.js",
    "directMessages": r"data/direct-messages(-part\d+)?\.js",
    "directMessagesGroup": r"data/direct-messages-group(-part\d+)?\.js",
    "messageEvent": r"data/message-event(-part\d+)?\.js",
}
GRAILBIRD_TWEETS = r"data/js/tweets/\d{4}_\d{2}\.js"


@dataclass
class XFiles:
    """The files of each type present in the archive, and those the manifest lists but the archive lacks."""

    present: dict[str, list[str]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    listed_count: dict[str, int] = field(default_factory=dict)

    def has(self, data_type: str) -> bool:
        return bool(self.present.get(data_type))

    def listed(self, data_type: str) -> bool:
        """The manifest names this type, even with no records (an empty category is still a known zero)."""
        return data_type in self.listed_count


def find_root(archive: Archive) -> None:
    """Point the archive at the folder holding ``data/`` (zips often add a top folder), or fail in one line."""
    for marker in ROOT_MARKERS:
        root = archive.find_root(marker)
        if root is not None:
            archive.set_root(root)
            return
    if archive.is_single_file:
        raise ExportError(
            f"{archive.path}: a single file is not an X archive; give the whole archive "
            "(the downloaded twitter-*.zip, or the folder it unpacks to)"
        )
    if not archive.names():
        raise ExportError(
            f"{archive.path}: empty archive; expected an X archive with data/manifest.js and data/tweets.js"
        )
    raise ExportError(f"{archive.path}: not an X archive (looked for {', '.join(ROOT_MARKERS)})")


def read_manifest(archive: Archive) -> s.Manifest | None:
    if not archive.has("data/manifest.js"):
        return None
    try:
        return msgspec.json.decode(archive.read_js("data/manifest.js"), type=s.Manifest)
    except s.DECODE_ERRORS as exc:
        raise ExportError(
            f"{archive.display('data/manifest.js')}: truncated or invalid ({s.decode_reason(exc)}); "
            "expected 'window.__THAR_CONFIG = {...}'"
        ) from None


def list_files(archive: Archive, manifest: s.Manifest | None) -> XFiles:
    """Files per data type: the manifest's list where it has one (part files included), else by name."""
    files = XFiles()
    for data_type, pattern in FILE_TYPES.items():
        by_name = archive.glob(pattern)
        listed = manifest.dataTypes.get(data_type) if manifest is not None else None
        if listed is not None:
            names = [f.fileName for f in listed.files]
            counts = [manifest_count(archive, data_type, f) for f in listed.files]
            files.listed_count[data_type] = sum(counts)
            files.present[data_type] = sorted({n for n in names if archive.has(n)} | set(by_name))
            files.missing[data_type] = [
                f.fileName for f, n in zip(listed.files, counts, strict=True) if not archive.has(f.fileName) and n > 0
            ]
        else:
            files.present[data_type] = by_name
    files.present["grailbird"] = archive.glob(GRAILBIRD_TWEETS)
    return files


def manifest_count(archive: Archive, data_type: str, f: s.ManifestFile) -> int:
    """The record count the manifest gives a file ("397", 397 or absent); a one-line ExportError otherwise."""
    value = f.count
    if value is None or value == "":
        return 0
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        value = -1
    if isinstance(value, str):
        value = int(value)
    if not 0 <= value < 2**63:
        raise ExportError(
            f"{archive.display('data/manifest.js')}: the count of {f.fileName} ({data_type}) is {f.count!r}; "
            'expected a whole number of records, like "397"'
        )
    return value


def read_owner(archive: Archive, manifest: s.Manifest | None) -> Owner:
    """The owner from manifest.js, else account.js, else Grailbird's user_details.js."""
    if manifest is not None and manifest.userInfo is not None and manifest.userInfo.accountId:
        u = manifest.userInfo
        return Owner(u.accountId, u.userName, u.displayName)
    if archive.has("data/account.js"):
        try:
            # Typed decode: the email field of account.js is skipped, never held in memory as a value.
            accounts = msgspec.json.decode(archive.read_js("data/account.js"), type=list[s.WrappedAccount])
        except s.DECODE_ERRORS as exc:
            raise ExportError(
                f"{archive.display('data/account.js')}: truncated or invalid ({s.decode_reason(exc)})"
            ) from None
        if accounts:
            a = accounts[0].account
            return Owner(a.accountId, a.username, a.accountDisplayName)
    if archive.has("data/js/user_details.js"):
        try:
            g = msgspec.json.decode(archive.read_js("data/js/user_details.js"), type=s.GrailbirdUser)
        except s.DECODE_ERRORS as exc:
            raise ExportError(
                f"{archive.display('data/js/user_details.js')}: truncated or invalid ({s.decode_reason(exc)})"
            ) from None
        return Owner(None if g.id is None else str(g.id), g.screen_name, g.full_name)
    return Owner(None, None, None)


def grailbird_missing_months(archive: Archive) -> list[str]:
    """Monthly files that tweet_index.js lists with tweets but the archive lacks."""
    if not archive.has("data/js/tweet_index.js"):
        return []
    try:
        index = msgspec.json.decode(archive.read_js("data/js/tweet_index.js"), type=list[s.GrailbirdIndexEntry])
    except s.DECODE_ERRORS:
        return []
    return [
        e.file_name.replace("\\/", "/")
        for e in index
        if (e.tweet_count or 0) > 0 and not archive.has(e.file_name.replace("\\/", "/"))
    ]


def human_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} KB"


_PART = re.compile(r"-part(\d+)\.js$")


def part_order(name: str) -> tuple[int, str]:
    m = _PART.search(name)
    return (int(m.group(1)) if m else 0, name)
