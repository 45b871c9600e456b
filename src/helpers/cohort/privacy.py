"""What keeps a cohort's tables fit for research: exports known by a salted pseudonym, failure reasons
that can name no one.

The pseudonym is HMAC-SHA256 of the export's path (absolute, as read) keyed with the cohort's salt: the
same export keeps its pseudonym across reruns, and whoever holds the salt (never the tables) can find the
row of one participant, for instance to honour a withdrawal. Deleting the salt leaves no way back.

A failure's stored reason is safe by construction, not by recognising names: every file reference (the
export's path, a member's path, any path or file name) becomes a neutral phrase, and every aside that can
carry a value of the export (parentheses, brackets, quotes, links, addresses, long ids) is left out. Only
the words of the message around them stay: the readers' own sentences. The full line, with paths, is for
the user's terminal only (``failure_detail``).
"""

from __future__ import annotations

import contextlib
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
REASON_LIMIT = 300
DETAIL_LIMIT = 600
THE_EXPORT = "the export"
A_FILE = "a file of the export"
ELIDED = "\u2026"
OWNER_NEEDED_REASON = (
    "a chat export that does not say whose view to take; give the account in the manifest's owner column (or --owner)"
)
# A file reference at the front of a message ("PATH: what went wrong"): it ends at the first ": " that
# follows a file name's extension (a member's name can itself hold ": "), else at the first ": ".
_MEMBER_END = re.compile(r"\.[A-Za-z0-9]{1,8}(: |[),;]|$)")
_PATHLIKE = re.compile(r"[/\\]|\.[A-Za-z0-9]{1,8}$|^~")
# Asides that can carry a value of the export: innermost brackets first (nested ones go in later passes).
_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>)")
_QUOTED = re.compile(
    r"(?<![\w])'[^']*'(?!\w)|\"[^\"]*\"|`[^`]*`|\u2018[^\u2019]*\u2019|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb"
)
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+")  # a profile link names its person
_ADDRESS = re.compile(r"\S*@\S+")  # e-mail addresses, @handles, Mastodon accounts
_DID = re.compile(r"\bdid:\S+")
_ID = re.compile(r"\b\d{7,}\b|\b(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}\b")  # account, chat or post ids; hashes
# Any token naming a path or a file: a slash in it, or a file name's extension at its end (with the
# possessive before it: "Mastodon's actor.json" is "a file of the export").
_FILE_TOKEN = re.compile(
    r"(?:[\w-]+'s\s+)?(?:[^\s,;:()]*[/\\][^\s,;:()]*|[^\s,;:()/\\]+\.(?=[A-Za-z0-9]{0,7}[A-Za-z])[A-Za-z0-9]{1,8}\b)"
)
# Names of formats, not of files: kept.
_FORMAT_WORDS = frozenset({"tar.gz", "tar.bz2", "tar.xz"})
_SPACES = re.compile(r"\s+")
_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.])")
_REPEATED = re.compile(r"(?:\u2026\s*){2,}")


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
    """One line saying why an export failed, fit for the failures table: no path, no file name, no value
    of the export (``scrub``). A chat export needing an owner gets a fixed sentence (its message names the
    chat's most active people); an unexpected error is named by its type and its first line, scrubbed."""
    if isinstance(exc, OwnerNeeded):
        return OWNER_NEEDED_REASON
    if isinstance(exc, ExportError):
        return scrub(str(exc), export_path)
    first = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
    return f"{type(exc).__name__}: {scrub(first, export_path)}" if first else type(exc).__name__


def failure_detail(exc: BaseException, export_path: str | Path) -> str:
    """The full one-line reason, with the paths and names it holds: for the user's own terminal at the end of
    the run (which export needs --owner, which file is broken), never stored."""
    line = one_line(_message(exc))
    path = one_line(export_path)
    if not line.startswith(path):
        line = f"{path}: {line}"
    return line if len(line) <= DETAIL_LIMIT else line[: DETAIL_LIMIT - 1] + ELIDED


def _message(exc: BaseException) -> str:
    if isinstance(exc, ExportError):
        return str(exc)
    first = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _forms(export_path: str | Path) -> list[str]:
    """The ways a message can spell the export's path, longest first (as given, absolute, resolved, and
    each as one line: a line break in a path becomes a space)."""
    path = Path(export_path)
    forms = {str(export_path), str(path.absolute())}
    with contextlib.suppress(OSError, RuntimeError):
        forms.add(str(path.resolve()))
    forms |= {one_line(f) for f in forms}
    return sorted((f for f in forms if f), key=len, reverse=True)


def _file_references(line: str, forms: list[str]) -> str:
    """``line`` with every reference to the export ("the export") or to a file in it ("a file of the
    export": the export's path, a separator and the member's name, which can hold spaces) replaced, and a
    path at its front ("PATH: what went wrong") that is not the export's as a file of it."""
    parts, start = [], 0
    while hits := [(at, -len(f), f) for f in forms if (at := line.find(f, start)) >= 0]:
        at, _, form = min(hits)
        parts.append(line[start:at])
        after = at + len(form)
        if line.startswith(("/", "\\"), after):
            parts.append(A_FILE)
            start = after + _member_end(line[after:])
        else:
            parts.append(THE_EXPORT)
            start = after
    line = "".join([*parts, line[start:]])
    end = line.find(": ")
    if end > 0 and not line.startswith((THE_EXPORT, A_FILE)) and _PATHLIKE.search(line[:end]):
        return A_FILE + line[end:]
    return line


def _member_end(rest: str) -> int:
    """Where a member's name ends in ``rest`` (what follows the export's path): after the first file name's
    extension that ": ", ")", ",", ";" or the line's end follows, else at the first ": ", else at the end
    (a name can hold spaces, commas and ": ", so the rest of the line goes with it)."""
    for match in _MEMBER_END.finditer(rest):
        return match.start(1)
    colon = rest.find(": ")
    return colon if colon >= 0 else len(rest)


def _without_brackets(line: str) -> str:
    """``line`` without its asides in brackets, nested ones included; an opening bracket never closed takes
    the rest of the line with it."""
    while True:
        shorter = _BRACKETS.sub("", line)
        if shorter == line:
            break
        line = shorter
    opening = min((i for i in (line.find(c) for c in "([{<") if i >= 0), default=-1)
    if opening >= 0:
        line = line[:opening].rstrip() + " " + ELIDED
    return line.translate(str.maketrans("", "", ")]}>"))


def scrub(text: str, export_path: str | Path) -> str:
    """``text`` as one line that names no file and holds no value of the export: the file reference at its
    front and every path or file name become "the export" or "a file of the export"; asides in brackets go,
    quoted values, links, addresses and long ids become an ellipsis.

    >>> scrub("/d/p1.zip/messages/inbox/ana_12/message_1.json: truncated (at 'Ana B')", "/d/p1.zip")
    'a file of the export: truncated'
    >>> scrub("/d/p1: exports of different accounts (Ana (a.json), Ben (b.json)) cannot be one", "/d/p1")
    'the export: exports of different accounts cannot be one'
    """
    line = _file_references(one_line(text), _forms(export_path))
    line = _URL.sub("a link", line)
    line = _QUOTED.sub(ELIDED, line)
    line = _without_brackets(line)
    line = _ADDRESS.sub(ELIDED, line)
    line = _DID.sub(ELIDED, line)
    line = _ID.sub(ELIDED, line)
    line = _FILE_TOKEN.sub(lambda m: m.group() if m.group().lower() in _FORMAT_WORDS else A_FILE, line)
    line = _SPACES.sub(" ", line)
    line = _BEFORE_PUNCTUATION.sub(r"\1", line)
    line = _REPEATED.sub(ELIDED + " ", line).strip()
    return line if len(line) <= REASON_LIMIT else line[: REASON_LIMIT - 1] + ELIDED
