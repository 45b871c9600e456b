"""Messenger threads of a Facebook export into ``message`` and ``reaction`` interactions, both directions.

Layouts: ``messages/{inbox,archived_threads,message_requests,e2ee_cutover}/<thread>/message_N.json``
(``message_1.json``, ``message_2.json`` ... ``message_10.json`` of one thread are merged), and the flat
``<Name>_<N>.json`` files of the end-to-end-encrypted secure-storage download (camelCase fields, ms in
``timestamp``). Who wrote to whom and when is decoded; the text of a message never is.

``meta_common.read_threads`` reads the same files for Instagram, but keeps neither a message's ``type``
(Facebook writes join/leave events as messages) nor the thread type and title this module needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec
import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, conform
from helpers.platforms.archive import Archive
from helpers.platforms.facebook import structs as s
from helpers.platforms.facebook.files import decode_error
from helpers.platforms.facebook.text import clean_name, person_key
from helpers.platforms.meta.common import epoch_to_utc

# Membership events written as messages from the person joining or leaving ("Sam left the chat").
# seen: real-exports/facebook/kenn-io-msgvault-fixtures/json_nontext
SYSTEM_TYPES = {"Subscribe", "Unsubscribe"}
_thread_decoder = msgspec.json.Decoder(s.Thread)


@dataclass
class Thread:
    """One conversation: its participants and ``(sender or None, epoch ms, reactors)`` per message."""

    thread_id: str
    title: str | None
    participants: list[str | None]  # None: a deleted account ("Facebook User")
    is_group: bool
    messages: list[tuple[str | None, int, tuple[str, ...]]] = field(default_factory=list)

    def names(self) -> set[str]:
        return {p for p in self.participants if p} | {m[0] for m in self.messages if m[0]}


def _decode(archive: Archive, name: str) -> s.Thread:
    try:
        return _thread_decoder.decode(archive.read_bytes(name))
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise decode_error(archive, name, exc, "a Messenger thread (participants, messages)") from None


def _messages(t: s.Thread) -> list[tuple[str | None, int, tuple[str, ...]]]:
    out = []
    for m in t.messages:
        ms = m.timestamp_ms or m.timestamp
        raw_sender = m.sender_name or m.senderName
        if not ms or not raw_sender or m.is_unsent or m.isUnsent or m.type in SYSTEM_TYPES:
            continue
        reactors = tuple(sorted({n for r in m.reactions if (n := clean_name(r.actor))}))
        out.append((clean_name(raw_sender), int(ms), reactors))
    return out


def read_threads(archive: Archive, files: dict[str, list[str]], progress: Callable[[str], None]) -> list[Thread]:
    """Every thread; a thread's part files, and copies of it in several zip parts, are merged by folder name."""
    if len(files["threads"]) + len(files["e2ee"]) > 500:
        progress(f"reading {len(files['threads']) + len(files['e2ee'])} message files")
    parts: dict[str, list[s.Thread]] = {}
    for name in files["threads"]:
        parts.setdefault(name.rsplit("/", 2)[-2], []).append(_decode(archive, name))
    for name in files["e2ee"]:
        doc = _decode(archive, name)
        if doc.participants and all(isinstance(p, str) for p in doc.participants):  # else not an E2EE thread
            parts.setdefault("e2ee:" + name.rsplit("/", 1)[-1][:-5], []).append(doc)
    threads = []
    for thread_id, docs in sorted(parts.items()):
        raw = [p if isinstance(p, str) else p.name for d in docs for p in d.participants]
        participants = list(dict.fromkeys(clean_name(p) for p in raw))
        title = next((clean_name(d.title or d.threadName) for d in docs if d.title or d.threadName), None)
        group = any(d.thread_type == "RegularGroup" for d in docs) or len(set(raw)) > 2
        messages = sorted({(m[0], m[1], m[2]) for d in docs for m in _messages(d)}, key=lambda m: (m[1], m[0] or ""))
        threads.append(Thread(thread_id, title, participants, group, messages))
    return threads


def owner_votes(threads: list[Thread]) -> Counter:
    """Names that are the owner by the threads' structure: in a one-to-one thread the title names the other
    person, so the remaining participant is the owner; and the one participant common to every thread."""
    votes: Counter = Counter()
    for t in threads:
        names = {p for p in t.participants if p}
        if not t.is_group and t.title in names and len(names) == 2:
            votes.update(names - {t.title})
    if len(threads) >= 2:
        common = set.intersection(*(t.names() for t in threads))
        if len(common) == 1:
            votes.update(common)
    return votes


def message_interactions(threads: list[Thread], owner_keys: set[str]) -> tuple[pl.DataFrame, int]:
    """``message`` rows (the owner's to every other participant, others' from their sender) and ``reaction``
    rows; also the number of messages from deleted accounts, which cannot be told apart and are skipped."""
    rows: list[tuple] = []
    placeholder_messages = 0
    for t in threads:
        others = sorted({person_key(n) for n in t.names()} - owner_keys)
        if not others and not t.is_group and t.title:
            # Both participants carry the owner's name; the title names the other person.
            # seen: real-exports/facebook/hudi-connectors-2022-it/messages/inbox/giuliobulli_gxlkj-la
            others = [person_key(t.title)]
        for sender, ms, reactors in t.messages:
            if sender is None:
                placeholder_messages += 1
                continue
            key = person_key(sender)
            ref = f"{t.thread_id}:{ms}:{key}"
            if key in owner_keys:
                rows += [(ms, "out", o, "message", ref, t.thread_id, t.is_group) for o in others]
                rows += [
                    (ms, "in", person_key(r), "reaction", ref + "/r", t.thread_id, t.is_group)
                    for r in reactors
                    if person_key(r) not in owner_keys
                ]
            else:
                rows.append((ms, "in", key, "message", ref, t.thread_id, t.is_group))
                if any(person_key(r) in owner_keys for r in reactors):
                    rows.append((ms, "out", key, "reaction", ref + "/r", t.thread_id, t.is_group))
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
    ).unique(["ref_id", "account_id", "channel", "direction"], maintain_order=True)
    frame = frame.with_columns(platform=pl.lit("facebook"), at=epoch_to_utc("ms", "ms"))
    return conform(frame, INTERACTIONS_SCHEMA).select(INTERACTIONS_SCHEMA.names()), placeholder_messages
