"""What a Slack workspace export says about itself: where it lies, its members, its conversations and their folders.

Layout (docs/formats/slack.md): ``users.json`` (``org_users.json`` on Enterprise Grid), ``channels.json``
(public channels), and in exports of all conversations ``groups.json`` (private channels), ``dms.json`` and
``mpims.json``; one folder per conversation holding a ``YYYY-MM-DD.json`` file per day. A channel's folder is
named by the channel's name; a direct message's by its id (``D…``), a multi-person one's by its name
(``mpdm-a--b--c-1``): a folder is matched to a listed conversation by name or by id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from helpers.errors import ExportError, ExportWarning
from helpers.platforms.archive import Archive

Kind = Literal["channel", "group", "im", "mpim"]
USER_FILES = ("users.json", "org_users.json")
# Conversation lists and what they list. A public channel is "channel", a private one "group".
LIST_FILES: dict[str, Kind] = {
    "channels.json": "channel",
    "groups.json": "group",
    "dms.json": "im",
    "mpims.json": "mpim",
}
DAY_FILE = re.compile(r"(?:(.*)/)?([^/]+)/(\d{4}-\d{2}-\d{2})\.json")
# Slackbot is listed in users.json with is_bot false (Slack's users.list shows it so); it never talks as a person.
SLACKBOT = "USLACKBOT"
# A folder no list names: a direct message's id (D…) or a multi-person message's name (mpdm-…), else a channel.
DM_FOLDER = re.compile(r"D[A-Z0-9]{6,}")
MPIM_FOLDER = re.compile(r"mpdm-.+")


@dataclass(frozen=True)
class Member:
    """One account of the workspace's member list."""

    account_id: str
    handle: str | None  # ``name``: the username people type after @
    display_name: str | None
    bot: bool  # a bot, an app's account or Slackbot: never one of the people talking
    deleted: bool  # deactivated: has left the workspace; what they wrote stays
    guest: bool  # a guest sees only the channels they are invited to
    primary_owner: bool


@dataclass
class Conversation:
    conversation_id: str
    name: str | None
    kind: Kind
    members: list[str] | None  # as the list says; None when it lists none
    folder: str | None = None
    days: list[str] = field(default_factory=list)  # the day files, relative to the export's root, in order

    @property
    def is_private(self) -> bool:
        """A direct message between two people or a few: messages, not posts."""
        return self.kind in ("im", "mpim")

    @property
    def label(self) -> str:
        return self.name or self.conversation_id


def _day_parents(names: list[str]) -> set[str]:
    """The folders (as prefixes, "" for the top) that hold conversation folders of day files."""
    parents = set()
    for n in names:
        m = DAY_FILE.fullmatch(n)
        if m is not None:
            parents.add(f"{m[1]}/" if m[1] else "")
    return parents


def find_root(archive: Archive) -> str | None:
    """The shallowest folder holding a member list beside conversation lists or conversation folders.

    A member list alone is not an export: Zulip's fixtures (zulip-slack-fixtures/exported_messages_fixtures) hold
    users.json beside loose message files, and their top folder holds conversation lists without members, while
    test_slack_importer/ beside them is a real export (users.json and random/ of day files).
    """
    archive.set_root("")
    names = archive.names()
    present = set(names)
    candidates = sorted(
        {n[: len(n) - len(f)] for n in names for f in USER_FILES if n == f or n.endswith("/" + f)},
        key=lambda p: (p.count("/"), p),
    )
    if not candidates:
        return None
    day_parents = _day_parents(names)
    for prefix in candidates:
        if prefix in day_parents or any(prefix + f in present for f in LIST_FILES):
            return prefix
    return None


def _list_of_objects(archive: Archive, name: str, what: str) -> list[dict]:
    data = archive.read_json(name, expected=what)
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        found = type(data).__name__ if not isinstance(data, list) else "a list holding something else"
        raise ExportError(f"{archive.display(name)}: expected {what}, found {found}")
    return data


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_members(archive: Archive, warnings: list[ExportWarning]) -> dict[str, Member]:
    """Everyone users.json (and org_users.json) lists, by id; email addresses and the rest are never kept."""
    members: dict[str, Member] = {}
    for name in USER_FILES:
        if not archive.has(name):
            continue
        skipped = 0
        for u in _list_of_objects(archive, name, 'a list of workspace members (objects with an "id")'):
            uid = u.get("id")
            if not isinstance(uid, str) or not uid.strip():
                skipped += 1
                continue
            profile: dict = u["profile"] if isinstance(u.get("profile"), dict) else {}
            members.setdefault(
                uid,
                Member(
                    account_id=uid,
                    handle=_text(u.get("name")),
                    # The full name people know; the 2016 sample's display_name repeats the username.
                    display_name=_text(u.get("real_name"))
                    or _text(profile.get("real_name"))
                    or _text(profile.get("display_name")),
                    # Only the JSON boolean true is true: Slack writes booleans, and a string ("is_bot": "false"
                    # in the reviewer's users_types) is damage that must not make everyone a bot, deleted or a guest.
                    bot=u.get("is_bot") is True or u.get("is_app_user") is True or uid == SLACKBOT,
                    deleted=u.get("deleted") is True,
                    guest=u.get("is_restricted") is True or u.get("is_ultra_restricted") is True,
                    primary_owner=u.get("is_primary_owner") is True,
                ),
            )
        if skipped:
            warnings.append(ExportWarning("unreadable", name, f"{name}: {skipped} member(s) without an id left out"))
    return members


def read_conversations(archive: Archive, warnings: list[ExportWarning]) -> list[Conversation]:
    """Every conversation the lists name, matched to its folder, then the folders no list names."""
    conversations: list[Conversation] = []
    seen: set[str] = set()
    for file, kind in LIST_FILES.items():
        if not archive.has(file):
            continue
        for entry in _list_of_objects(archive, file, 'a list of conversations (objects with an "id")'):
            cid = entry.get("id")
            if not isinstance(cid, str) or not cid or cid in seen:
                continue
            seen.add(cid)
            members = entry.get("members")
            listed = [m for m in members if isinstance(m, str)] if isinstance(members, list) else None
            # Old exports listed multi-person messages among the private channels, marked is_mpim.
            k: Kind = "mpim" if entry.get("is_mpim") is True else "im" if entry.get("is_im") is True else kind
            conversations.append(Conversation(cid, _text(entry.get("name")), k, listed or None))

    days: dict[str, list[str]] = {}
    for n in archive.names():
        m = DAY_FILE.fullmatch(n)
        if m is not None and m[1] is None:
            days.setdefault(m[2], []).append(n)
    claimed: set[str] = set()
    for c in conversations:
        for folder in (c.name, c.conversation_id):
            if folder and folder in days and folder not in claimed:
                c.folder, c.days = folder, sorted(days[folder])
                claimed.add(folder)
                break
    unlisted = sorted(set(days) - claimed)
    if unlisted and not any(archive.has(f) for f in LIST_FILES):
        warnings.append(
            ExportWarning(
                "missing_file",
                "channels.json",
                "channels.json: not in the export; each conversation folder is read as a public channel named by "
                "its folder",
            )
        )
    elif unlisted:
        shown = ", ".join(unlisted[:5]) + (", ..." if len(unlisted) > 5 else "")
        warnings.append(
            ExportWarning(
                "partial",
                unlisted[0],
                f"{len(unlisted)} conversation folder(s) no conversation list names ({shown}): read as public "
                "channels named by their folder (direct messages where the folder is a D… id or mpdm- name)",
            )
        )
    for folder in unlisted:
        guessed: Kind = "im" if DM_FOLDER.fullmatch(folder) else "mpim" if MPIM_FOLDER.fullmatch(folder) else "channel"
        conversations.append(Conversation(folder, folder, guessed, None, folder, sorted(days[folder])))
    return conversations
