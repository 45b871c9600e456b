"""Writers of X archive files in the exact real layout (``window.YTD.<type>.part0 = [ ... ]``,
pretty-printed with X's `` : `` separators, ids and counts as strings)."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import msgspec

TWITTER_EPOCH_MS = 1288834974657
_encoder = msgspec.json.Encoder()


def snowflake(at: datetime, sequence: int) -> str:
    """A tweet or message id of the kind X issues at ``at`` (timestamp in the high bits)."""
    ms = int(at.timestamp() * 1000)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (sequence & 0x3FFFFF))


def gdpr_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def pretty(value) -> bytes:
    """JSON laid out as X lays it out: two-space indent, `` : `` between key and value, ``[ ]`` for empty."""
    body = msgspec.json.format(_encoder.encode(value), indent=2)
    return body.replace(b'": ', b'" : ').replace(b"[]", b"[ ]").replace(b"{}", b"{ }")


def js_file(global_name: str, items) -> bytes:
    return f"{global_name} = ".encode() + pretty(items)


def tweet_object(t: dict) -> dict:
    """A full tweet as tweets.js holds it (fields in X's order, numbers as strings)."""
    control = {
        "editTweetIds": t.get("edit_ids", [t["id"]]),
        "editableUntil": iso_time(t["at"]),
        "editsRemaining": "5",
        "isEditEligible": True,
    }
    edit_ids = t.get("edit_ids", [t["id"]])
    if edit_ids[0] == t["id"]:
        edit_info = {"initial": control}
    else:  # a later version of an edited tweet, linked by the initial tweet's id
        edit_info = {"edit": {"initialTweetId": edit_ids[0], "editControlInitial": control}}
    obj = {
        "edit_info": edit_info,
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [],
            "symbols": [],
            "user_mentions": [
                {
                    "name": m["name"],
                    "screen_name": m["handle"],
                    "indices": [str(i), str(i + len(m["handle"]) + 1)],
                    "id_str": m["id"],
                    "id": m["id"],
                }
                for i, m in t.get("mentions_at", [])
            ],
            "urls": [
                {
                    "url": u["short"],
                    "expanded_url": u["expanded"],
                    "display_url": u["expanded"].split("//", 1)[-1][:26],
                    "indices": ["0", "23"],
                }
                for u in t.get("urls", [])
            ],
        },
        "display_text_range": ["0", str(len(t["text"]))],
        "favorite_count": str(t.get("likes", 0)),
        "id_str": t["id"],
        "truncated": False,
        "retweet_count": str(t.get("reposts", 0)),
        "id": t["id"],
        "created_at": gdpr_time(t["at"]),
        "favorited": False,
        "full_text": t["text"],
        "lang": "en",
    }
    if t.get("reply_to_user"):
        if t.get("reply_to_post"):
            obj["in_reply_to_status_id_str"] = t["reply_to_post"]
            obj["in_reply_to_status_id"] = t["reply_to_post"]
        obj["in_reply_to_user_id"] = t["reply_to_user"]
        obj["in_reply_to_user_id_str"] = t["reply_to_user"]
        if t.get("reply_to_handle"):
            obj["in_reply_to_screen_name"] = t["reply_to_handle"]
    return obj


def manifest(owner: dict, generated: datetime, counts: dict[str, tuple[str, str, int]]) -> bytes:
    """manifest.js: ``counts`` maps dataType -> (fileName, globalName, count)."""
    config = {
        "userInfo": {"accountId": owner["id"], "userName": owner["handle"], "displayName": owner["name"]},
        "archiveInfo": {
            "sizeBytes": "0",
            "generationDate": iso_time(generated),
            "isPartialArchive": False,
            "maxPartSizeBytes": "53687091200",
        },
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            dt: {"files": [{"fileName": f, "globalName": g, "count": str(n)}]} for dt, (f, g, n) in counts.items()
        },
    }
    return b"window.__THAR_CONFIG = " + pretty(config)


def write_files(dest: Path, files: dict[str, bytes], as_zip: bool) -> Path:
    """Write the archive as a folder or as a zip with fixed timestamps (byte-identical for a seed)."""
    if as_zip:
        dest.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name in sorted(files):
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, files[name])
        dest.write_bytes(buf.getvalue())
        return dest
    for name, content in files.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return dest
