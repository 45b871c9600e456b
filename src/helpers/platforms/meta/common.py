"""What Meta's "Download your information" JSON exports share (Instagram, Threads, Facebook, Messenger).

Generic and documented for every Meta reader (formats notes meta-linkedin-... §0-§2, x-mastodon-... §4):

- ``read_meta_json``: a member parsed with the mojibake repaired on every string, keys included;
- ``items_of``: the list a file holds, whether wrapped (``{"relationships_followers": [...]}``) or bare (2023+);
- ``entry_parts``: a ``title`` + ``string_list_data`` item read by value shape, not by key, so localised or
  renamed keys still read;
- ``string_map`` / ``label_map``: localised label tables (``string_map_data``, 2025 ``label_values``);
- ``epoch_to_utc``, ``content_id``, ``post_interactions``: shared row rules;
- message threads (classic ``messages/<box>/<thread>/message_N.json`` and the end-to-end-encrypted flat
  ``<Name>_<N>.json`` files): ``find_message_files``, ``read_threads``, ``owner_message_name``,
  ``name_resolver``, ``message_interactions`` (who wrote to whom and when; text is never kept).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.model import INTERACTIONS_SCHEMA, UTC_TIME, conform
from helpers.platforms.archive import Archive
from helpers.platforms.meta.text import repair_all, repair_mojibake
from helpers.platforms.post_interactions import post_interactions  # noqa: F401  (re-exported for the Meta readers)


def read_meta_json(archive: Archive, name: str, expected: str = "a Meta JSON export file"):
    """A member parsed, every string (and key) repaired from Meta's mojibake."""
    return repair_all(archive.read_json(name, expected=expected))


def items_of(doc) -> list:
    """The records of a Meta file: a bare list, or the first list under a wrapper key (whatever its name)."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        return next((v for v in doc.values() if isinstance(v, list)), [])
    return []


def entry_parts(item: dict) -> tuple[str | None, list[tuple[str | None, str | None, int | None]]]:
    """``(title, [(value, href, timestamp), ...])`` of one ``title``/``string_list_data`` item, by value shape:
    the string field is the title; in each entry an int is the time, an http string the link, another string
    the value. Media entries (with a ``uri``) are skipped."""
    title = next((v for v in item.values() if isinstance(v, str)), None) if "title" not in item else item["title"]
    entries = []
    for v in item.values():
        if not isinstance(v, list):
            continue
        for e in v:
            if not isinstance(e, dict) or "uri" in e:
                continue
            ts = next((x for x in e.values() if isinstance(x, int) and not isinstance(x, bool) and x > 0), None)
            strs = [x for x in e.values() if isinstance(x, str) and x]
            href = next((x for x in strs if x.startswith("http")), None)
            value = next((x for x in strs if not x.startswith("http")), None)
            entries.append((value, href, ts))
    return (title or None), entries


def string_map(item: dict) -> dict[str, dict]:
    """The ``string_map_data``-like table of an item: the dict whose values are ``{"value"|"timestamp"|"href"}`` dicts."""
    for v in item.values():
        if isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()):
            return v
    return {}


def label_map(label_values: list) -> dict[str, dict]:
    """2025+ ``label_values`` lists (``{"label", "value", "href"}`` and nested ``{"title", "dict": [...]}``) as
    ``{label or "title/label": entry}``, labels lowercased."""
    out: dict[str, dict] = {}

    def walk(entries, prefix):
        for e in entries or []:
            if not isinstance(e, dict):
                continue
            if "dict" in e:
                walk(e["dict"], f"{prefix}{(e.get('title') or '').lower()}/")
            elif "label" in e:
                out.setdefault(prefix + str(e["label"]).lower(), e)

    walk(label_values, "")
    return out


def epoch_to_utc(col: str, unit: str = "s") -> pl.Expr:
    """Meta's epoch seconds (``timestamp``, ``creation_timestamp``) or ms (``timestamp_ms``); 0 means no date."""
    scale = 1_000_000 if unit == "s" else 1_000
    return pl.when(pl.col(col) > 0).then(pl.col(col).cast(pl.Int64) * scale).cast(UTC_TIME)


def content_id(prefix: str, *parts) -> str:
    """A stable id for content the export gives no id (comments, Threads posts): a digest of what it holds."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}:{digest[:16]}"


# --- message threads --------------------------------------------------------------------------------------

# A reaction written as a message text, beside the "reactions" list that already holds it.
# seen: real-exports/instagram/hudi-connectors-v1-2021-it/messages/inbox/noemi_kclxst (English in an Italian export).
REACTION_TEXT = re.compile(r"^(Reacted .+ to your message|Liked a message)\s*$", re.S)
CLASSIC_MESSAGE = re.compile(r"(?:.*/)?messages/[^/]+/([^/]+)/message_\d+\.json")
FLAT_MESSAGE = re.compile(r"(?:.*/)?messages/(?:[^/]+/)?[^/]+\.json")


class _Reaction(msgspec.Struct):
    actor: str = ""


class _Message(msgspec.Struct):
    sender_name: str | None = None  # classic
    timestamp_ms: int | None = None
    content: str | None = None
    is_unsent: bool = False
    senderName: str | None = None  # end-to-end-encrypted secure-storage download (camelCase, ms in "timestamp")
    timestamp: int | None = None
    text: str | None = None
    isUnsent: bool = False
    reactions: list[_Reaction] = []


class _Participant(msgspec.Struct):
    name: str = ""


class _Thread(msgspec.Struct):
    participants: list[_Participant | str] = []
    messages: list[_Message] = []
    title: str | None = None
    threadName: str | None = None


@dataclass
class MessageThread:
    """One conversation: who was in it and who wrote when (``(sender, epoch ms, reactors)``), never the text."""

    conversation_id: str  # "<box>/<thread folder>" (inbox/ada_123), or the E2EE file's stem
    folder_key: str | None  # "<prefix>" of a "<prefix>_<id>" thread folder (Instagram: the other party's username)
    title: str | None
    participants: list[str]
    messages: list[tuple[str, int, tuple[str, ...]]] = field(default_factory=list)
    layout: str = "classic"  # or "e2ee"

    def others(self, owner: str | None) -> list[str]:
        return sorted({*self.participants, *(m[0] for m in self.messages)} - {owner})


def find_message_files(names: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Classic thread files grouped by thread folder path, and candidate E2EE flat files (checked on reading)."""
    classic: dict[str, list[str]] = {}
    flat = []
    for n in names:
        if CLASSIC_MESSAGE.fullmatch(n):
            classic.setdefault(n.rsplit("/", 1)[0], []).append(n)
        elif FLAT_MESSAGE.fullmatch(n) and not re.search(r"/message_\d+\.json$", n):
            flat.append(n)
    return classic, sorted(flat)


def _decode_thread(archive: Archive, name: str) -> _Thread:
    try:
        return msgspec.json.decode(archive.read_bytes(name), type=_Thread)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid ({str(exc).splitlines()[0]}); "
            "expected a message thread with participants and messages"
        ) from None


def _messages(t: _Thread) -> list[tuple[str, int, tuple[str, ...]]]:
    out = []
    for m in t.messages:
        sender, ms, text = m.sender_name or m.senderName, m.timestamp_ms or m.timestamp, m.content or m.text or ""
        if not sender or not ms or m.is_unsent or m.isUnsent or REACTION_TEXT.match(repair_mojibake(text) or ""):
            continue
        out.append(
            (repair_mojibake(sender), ms, tuple(sorted({repair_mojibake(r.actor) for r in m.reactions if r.actor})))
        )
    return out


def _chrono(m: tuple) -> tuple:
    return m[1], m[0]


def read_threads(archive: Archive, classic: dict[str, list[str]], flat: list[str]) -> list[MessageThread]:
    """Every thread: classic folders (message_1.json, message_2.json ... merged) and E2EE flat files, which are
    recognised by shape (``participants`` as plain names, camelCase ``senderName``); other files are skipped."""
    threads = []
    for folder, files in sorted(classic.items()):
        parts = [_decode_thread(archive, f) for f in sorted(files)]
        folder_name = folder.rsplit("/", 1)[-1]
        prefix = folder_name.rsplit("_", 1)[0] if "_" in folder_name else None
        names = {repair_mojibake(p.name if isinstance(p, _Participant) else p) for t in parts for p in t.participants}
        threads.append(
            MessageThread(
                "/".join(folder.rsplit("/", 2)[-2:]),
                prefix,
                repair_mojibake(parts[0].title),
                sorted(n for n in names if n),
                sorted((m for t in parts for m in _messages(t)), key=_chrono),
            )
        )
    for name in flat:
        try:
            t = msgspec.json.decode(archive.read_bytes(name), type=_Thread)
        except msgspec.ValidationError:
            continue  # another kind of file beside the threads (secret_conversations.json, ...)
        except msgspec.DecodeError as exc:
            raise ExportError(
                f"{archive.display(name)}: truncated or invalid JSON ({str(exc).splitlines()[0]})"
            ) from None
        if not t.participants or not all(isinstance(p, str) for p in t.participants):
            continue
        stem = name.rsplit("/", 1)[-1][:-5]
        threads.append(
            MessageThread(
                stem,
                None,
                repair_mojibake(t.threadName),
                sorted({repair_mojibake(p) for p in t.participants if isinstance(p, str)}),  # all are (checked above)
                sorted(_messages(t), key=_chrono),
                layout="e2ee",
            )
        )
    return threads


def owner_message_name(threads: list[MessageThread], hints: Iterable[str | None] = ()) -> str | None:
    """The owner's name in messages: a hint (profile name or username) that takes part in a thread, else the one
    who is not the title of the most one-to-one threads, else the name present in the most threads."""
    present = Counter(p for t in threads for p in set(t.participants))
    for hint in hints:
        if hint and hint in present:
            return hint
    not_title = Counter(
        p
        for t in threads
        if len(t.participants) == 2 and t.title in t.participants
        for p in t.participants
        if p != t.title
    )
    ranked = not_title or present
    return max(ranked, key=lambda n: (ranked[n], present[n], n)) if ranked else None


def name_resolver(
    threads: list[MessageThread], owner: str | None, use_folder_key: bool
) -> Callable[[MessageThread, str], str]:
    """Account id of a participant. With ``use_folder_key`` (Instagram: thread folders are ``<username>_<id>``) a
    one-to-one thread's partner is its folder prefix, lowercased, and that id is reused for the same name in groups
    and E2EE files; a prefix several one-to-one threads share (deleted accounts all become ``instagramuser``) is
    no username, so those keep their folder name. Otherwise, or when unknown, the name itself."""
    keys: dict[str, str] = {}
    by_name: dict[str, str] = {}
    if use_folder_key:
        solo = [t for t in threads if t.folder_key and len(t.others(owner)) == 1]
        shared = {k for k, n in Counter(t.folder_key for t in solo).items() if n > 1}
        for t in solo:
            assert t.folder_key is not None  # solo threads all have one
            keys[t.conversation_id] = t.conversation_id if t.folder_key in shared else t.folder_key.lower()
            by_name.setdefault(t.others(owner)[0], keys[t.conversation_id])

    def account_of(thread: MessageThread, name: str) -> str:
        if thread.conversation_id in keys and name != owner:
            return keys[thread.conversation_id]
        return by_name.get(name, name)

    return account_of


def message_interactions(
    threads: list[MessageThread], owner: str, account_of: Callable[[MessageThread, str], str], platform: str
) -> pl.DataFrame:
    """``message`` rows (owner's messages ``out`` to every other participant, others' ``in``) and ``reaction``
    rows (the owner reacting to their message, or them to the owner's)."""
    rows: list[tuple] = []
    for t in threads:
        others = t.others(owner)
        group = len(others) > 1
        for i, (sender, ms, reactors) in enumerate(t.messages):
            ref = f"{t.conversation_id}#{i}"
            if sender == owner:
                rows += [(ms, "out", account_of(t, o), "message", ref, t.conversation_id, group) for o in others]
                rows += [
                    (ms, "in", account_of(t, r), "reaction", ref, t.conversation_id, group)
                    for r in reactors
                    if r != owner
                ]
            else:
                rows.append((ms, "in", account_of(t, sender), "message", ref, t.conversation_id, group))
                if owner in reactors:
                    rows.append((ms, "out", account_of(t, sender), "reaction", ref, t.conversation_id, group))
    frame = pl.DataFrame(
        rows,
        orient="row",
        schema={
            "ms": pl.Int64,
            "direction": pl.String,
            "account_id": pl.String,
            "channel": pl.String,
            "ref_id": pl.String,
            "conversation_id": pl.String,
            "is_group": pl.Boolean,
        },
    )
    return conform(
        frame.with_columns(platform=pl.lit(platform), at=epoch_to_utc("ms", "ms")), INTERACTIONS_SCHEMA
    ).drop("ms")
