"""Whose view a Telegram export is read from: the export's own word, never who writes most.

- A whole-account export names its owner in ``personal_information`` (``user_id``, names, ``@username``).
- A one-chat export of a private chat: the chat's ``id`` is the person it is with (Telegram numbers a private
  chat by the other user), so the owner is the one other person who wrote or acted in it.
- A channel's export: the channel writes every post (``from_id`` "channel..."), so the channel is the owner.
- A group's export does not say who exported it: ``--owner`` chooses, else :class:`OwnerNeeded` lists the most
  active accounts to choose from.

``--owner`` matches an account id exactly (``user123``; a bare number is tried as a user, channel, then basic
group) or the whole-account owner's username, with or without ``@``. Telegram shows no one else's username.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from helpers.errors import ExportError, OwnerNeeded
from helpers.model import Owner
from helpers.platforms.telegram.documents import Document
from helpers.platforms.telegram.messages import ChatInfo, Messages, peer

TOP_ACCOUNTS = 5


@dataclass
class Holder:
    """The account a whole-account export belongs to (``personal_information``)."""

    account_id: str
    handle: str | None
    display_name: str | None
    source: str


@dataclass
class Choice:
    """The owner chosen, how (a sentence for the coverage notes, or None), and the documents left out."""

    owner: Owner
    holder: Holder | None  # the whole-account export's owner, when one was read
    note: str | None = None
    note_signal: str = "own_posts"
    left_out: dict[str, str] = field(default_factory=dict)  # source -> why


def holders(docs: list[tuple[str, Document]]) -> list[Holder]:
    """The owner each whole-account document names."""
    found = []
    for source, doc in docs:
        info = doc.personal_information
        if doc.whole_account and info is not None and (account := peer(info.user_id)) is not None:
            names = " ".join(n for n in (info.first_name, info.last_name) if n and n.strip())
            handle = (info.username or "").strip().removeprefix("@") or None
            found.append(Holder(account, handle, names or None, source))
    return found


def _most_active(msgs: Messages, excluded: set[str]) -> str:
    """The accounts that wrote most, for the one line that asks to choose: name (id) and messages."""
    counts = (
        msgs.frame.filter(pl.col("author_id").is_not_null() & ~pl.col("author_id").is_in(sorted(excluded)))
        .group_by("author_id")
        .len()
        .sort(["len", "author_id"], descending=[True, False])
    )
    if not counts.height:
        return "no one has written in it"
    shown = []
    # Telegram shows no one's username but the owner's: a name, with the id --owner takes.
    for i, (account, n) in enumerate(counts.head(TOP_ACCOUNTS).iter_rows()):
        name = msgs.names.get(account)
        label = f"{name} ({account})" if name else account
        shown.append(f"{label} {n:,} messages" if i == 0 else f"{label} {n:,}")
    return "most active: " + ", ".join(shown) + (", ..." if counts.height > TOP_ACCOUNTS else "")


def _what(msgs: Messages) -> str:
    groups = [c for c in msgs.chats if c.kind == "group"]
    if len(msgs.chats) == 1 and groups:
        return f"a Telegram group's export ({groups[0].name or groups[0].conversation_id})"
    return f"this Telegram export ({len(msgs.chats)} chats)"


def _match(wanted: str, msgs: Messages, holder: Holder | None) -> str | None:
    """The account ``--owner`` names: an id, a bare number, or the whole-account owner's username."""
    known = {a for c in msgs.chats for a in c.authors} | set(msgs.frame["author_id"].drop_nulls())
    known |= set(msgs.frame["reactors"].explode().drop_nulls())
    if holder is not None:
        known.add(holder.account_id)
    w = wanted.strip().lower()
    if w in known:
        return w
    if w.isdigit():
        return next((f"{kind}{w}" for kind in ("user", "channel", "chat") if f"{kind}{w}" in known), None)
    if holder is not None and holder.handle and w.removeprefix("@") == holder.handle.lower():
        return holder.account_id
    return None


def _owner_of(account: str, msgs: Messages, holder: Holder | None) -> Owner:
    if holder is not None and account == holder.account_id:
        return Owner(account, holder.handle, holder.display_name or msgs.names.get(account))
    channel_name = next((c.name for c in msgs.chats if c.conversation_id == account), None)
    return Owner(account, None, msgs.names.get(account) or channel_name)


def _private_chat_owner(chat: ChatInfo) -> str | None:
    """The owner a one-chat export of a private chat shows: the one person in it other than the chat's own id."""
    others = chat.authors - {chat.peer}
    return next(iter(others)) if len(others) == 1 else None


def choose_owner(
    path: str, docs: list[tuple[str, Document]], msgs: Messages, excluded: set[str], wanted: str | None
) -> Choice:
    """The owner: ``--owner`` when given, else what the export says; OwnerNeeded when it says nothing."""
    found = holders(docs)
    if len({h.account_id for h in found}) > 1:
        named = ", ".join(sorted({f"{h.display_name or h.account_id} ({h.source})" for h in found}))
        raise ExportError(
            f"{path}: whole-account exports of different Telegram accounts ({named}) cannot be one dataset; "
            "read one account at a time"
        )
    holder = found[0] if found else None
    if wanted is not None:
        account = _match(wanted, msgs, holder)
        if account is None:
            raise OwnerNeeded(
                f"{path}: --owner {wanted} names no one in it; choose one with --owner ({_most_active(msgs, excluded)})"
            )
        return Choice(_owner_of(account, msgs, holder), holder)
    single = {s for s, d in docs if not d.whole_account}
    private = [c for c in msgs.chats if c.source in single and c.kind in ("private", "bot")]
    if holder is not None:
        # A private chat exported alone beside the whole account, but of someone else's account, is not
        # this owner's (mlomb/chat-analytics: DM_2A_7M.json is Alice's chat with Bob beside user100000001's export).
        left_out = {}
        for chat in private:
            other = _private_chat_owner(chat)
            if other is not None and holder.account_id not in (other, chat.peer):
                who = msgs.names.get(other, other)
                left_out[chat.source] = (
                    f"{chat.source}: a private chat of {who} ({other}), not of this export's owner "
                    f"{holder.account_id}; left out (choose with --owner to read it)"
                )
        return Choice(_owner_of(holder.account_id, msgs, holder), holder, left_out=left_out)
    deduced = {o for c in private if (o := _private_chat_owner(c)) is not None}
    if len(deduced) == 1:
        account = deduced.pop()
        chat = next(c for c in private if _private_chat_owner(c) == account)
        other = msgs.names.get(chat.peer or "", chat.peer)
        you = msgs.names.get(account, account)
        note = (
            f"A one-chat Telegram export does not name its owner; Telegram numbers a private chat by the person "
            f"it is with ({other}), so you are taken to be the other person in it ({you}). Choose another view "
            "with --owner."
        )
        return Choice(_owner_of(account, msgs, None), None, note, "messages")
    channels = {c.conversation_id for c in msgs.chats if c.kind == "channel"}
    if not deduced and len(channels) == 1 and all(c.kind == "channel" for c in msgs.chats):
        account = channels.pop()
        note = (
            "This is a channel's export: the channel is taken as the owner and its posts as yours. Comments live "
            "in the channel's discussion group, which Telegram exports on its own."
        )
        return Choice(_owner_of(account, msgs, None), None, note, "own_posts")
    raise OwnerNeeded(
        f"{path}: {_what(msgs)} does not say whose view to take; choose one with --owner ({_most_active(msgs, excluded)})"
    )
