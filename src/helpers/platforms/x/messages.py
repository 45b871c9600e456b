"""X direct messages (1:1 and group) into ``message`` interactions in both directions.

Only who wrote to whom and when is decoded; message text never is.
"""

from __future__ import annotations

import msgspec
import polars as pl

from helpers.errors import ExportError
from helpers.model import INTERACTIONS_SCHEMA, UTC_TIME, conform
from helpers.platforms.archive import Archive
from helpers.platforms.x import structs as s

_decoder = msgspec.json.Decoder(list[s.WrappedConversation])
DM_TIME = "%Y-%m-%dT%H:%M:%S%.fZ"


def read_conversations(archive: Archive, name: str) -> list[s.Conversation]:
    try:
        return [w.dmConversation for w in _decoder.decode(archive.read_js(name))]
    except s.DECODE_ERRORS as exc:
        raise ExportError(
            f"{archive.display(name)}: truncated or invalid ({s.decode_reason(exc)}); "
            "expected a JSON array of dmConversation objects"
        ) from None


def message_interactions(conversations: list[s.Conversation], owner_id: str | None, is_group: bool) -> pl.DataFrame:
    """One row per message and other party: the owner's messages are ``out`` to each other participant,
    everyone else's are ``in`` from their sender."""
    rows: dict[str, list] = {k: [] for k in ("at", "direction", "account_id", "ref_id", "conversation_id")}

    def add(at, direction, account, ref, conv):
        rows["at"].append(at)
        rows["direction"].append(direction)
        rows["account_id"].append(account)
        rows["ref_id"].append(ref)
        rows["conversation_id"].append(conv)

    for conv in conversations:
        participants: set[str] = set()
        if not is_group:
            # 1:1 conversation ids are "<idA>-<idB>".
            participants.update(conv.conversationId.split("-"))
        for ev in conv.messages:
            for members in (ev.joinConversation, ev.participantsJoin):
                if members is not None:
                    participants.update(members.participantsSnapshot)
                    participants.update(members.userIds)
                    if members.initiatingUserId:
                        participants.add(members.initiatingUserId)
            if ev.messageCreate is not None and ev.messageCreate.senderId:
                participants.add(ev.messageCreate.senderId)
        others = sorted(participants - {owner_id})
        for ev in conv.messages:
            m = ev.messageCreate
            if m is None or not m.senderId:
                continue
            if m.senderId == owner_id:
                targets = [m.recipientId] if (m.recipientId and not is_group) else others
                for t in targets:
                    add(m.createdAt, "out", t, m.id, conv.conversationId)
            else:
                add(m.createdAt, "in", m.senderId, m.id, conv.conversationId)
    frame = (
        pl.DataFrame(rows, schema=dict.fromkeys(rows, pl.String))
        .with_columns(
            at=pl.col("at").str.strptime(UTC_TIME, DM_TIME, strict=False),
        )
        .with_columns(
            # The year 0000 parses, but no Python datetime holds it: unreadable like any other broken date.
            at=pl.when(pl.col("at").dt.year() >= 1).then("at"),
            platform=pl.lit("x"),
            channel=pl.lit("message"),
            is_group=pl.lit(is_group),
        )
    )
    return conform(frame, INTERACTIONS_SCHEMA)
