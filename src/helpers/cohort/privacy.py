"""What keeps a cohort's tables fit for research: exports known by a salted pseudonym, failure reasons
without the names a file path or an error can carry.

The pseudonym is HMAC-SHA256 of the export's path (absolute, as read) keyed with the cohort's salt: the
same export keeps its pseudonym across reruns, and whoever holds the salt (never the tables) can find the
row of one participant, for instance to honour a withdrawal. Deleting the salt leaves no way back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from helpers.errors import ExportError, OwnerNeeded
from helpers.safe_text import one_line

SALT_BYTES = 32
PSEUDONYM_HEX = 16  # 64 bits: no collision expected below billions of exports
EXPORT_PLACEHOLDER = "{export}"
REASON_LIMIT = 300
# A file inside the export, as the readers name it (the export's path, then the member): only the first
# folder and the file are kept, the folders between can be named after people
# (messages/inbox/<name>_<id>/message_1.json).
_INNER_PATH = re.compile(r"\{export\}/([^\s/:'\"(){}]+)/(?:[^\s/:'\"(){}]+/)+([^\s/:'\"(){}]+)")
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s)]+")  # a profile link names its person
OWNER_NEEDED_REASON = (
    "a chat export that does not say whose view to take; give the account in the manifest's owner column"
)


def read_or_make_salt(path: Path) -> bytes:
    """The salt in ``path`` (hex), made and written (mode 0600) when the file does not exist yet."""
    if path.exists():
        text = path.read_text(encoding="ascii").strip()
        try:
            salt = bytes.fromhex(text)
        except ValueError:
            raise ExportError(f"{path}: not a salt file (expected hexadecimal digits)") from None
        if len(salt) < 16:
            raise ExportError(f"{path}: a salt of {len(salt)} bytes is too short (expected at least 16)")
        return salt
    salt = secrets.token_bytes(SALT_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(salt.hex() + "\n")
    return salt


def pseudonym(path: str | Path, salt: bytes, owner: str | None = None) -> str:
    """The export's pseudonym: ``e`` and 16 hex digits of HMAC-SHA256(salt, absolute path [NUL owner]);
    the owner only for a chat export read from a chosen account's view.

    >>> pseudonym("/data/p1.zip", bytes(16)) == pseudonym("/data/p1.zip", bytes(16))
    True
    """
    named = str(Path(path).absolute()) + ("" if owner is None else f"\0{owner}")
    digest = hmac.new(salt, named.encode("utf-8", "surrogateescape"), hashlib.sha256)
    return "e" + digest.hexdigest()[:PSEUDONYM_HEX]


def failure_reason(exc: BaseException, export_path: str | Path) -> str:
    """One line saying why an export failed, with the export's own path as ``{export}`` and the folders
    inside it left out; an unexpected error is named by its type and first line."""
    if isinstance(exc, OwnerNeeded):  # its message lists the most active people of the chat
        return OWNER_NEEDED_REASON
    if isinstance(exc, ExportError):
        text = str(exc)
    else:
        first = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
        text = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return scrub(text, export_path)


def scrub(text: str, export_path: str | Path) -> str:
    """``text`` as one line: the export's path replaced by ``{export}``, inner paths cut to first/…/last,
    links left out.

    >>> scrub("/d/p1.zip/messages/inbox/ana_12/message_1.json: truncated", "/d/p1.zip")
    '{export}/messages/…/message_1.json: truncated'
    """
    line = _URL.sub("<a link>", one_line(text))
    for form in sorted({str(export_path), str(Path(export_path).absolute())}, key=len, reverse=True):
        line = line.replace(form, EXPORT_PLACEHOLDER)
    line = _INNER_PATH.sub(r"{export}/\1/…/\2", line)
    return line if len(line) <= REASON_LIMIT else line[: REASON_LIMIT - 1] + "…"


def shown_reason(reason: str, export_id: str, path: str | None) -> str:
    """A stored reason as the failures table shows it: the path with ``--keep-paths``, else the pseudonym."""
    return reason.replace(EXPORT_PLACEHOLDER, path if path is not None else f"export {export_id}")
