"""DiscordChatExporter JSON in the layout its writer produces (``JsonMessageWriter.cs``, as the real files in
``real-exports/discord`` show it): two-space indent, fields in the writer's order, timestamps in the exporting
computer's local time with the offset, characters outside the BMP written as surrogate-pair escapes
(``\\uD83D\\uDC4D``), the rest raw."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

DISCORD_EPOCH_MS = 1420070400000
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def snowflake(at: datetime, sequence: int) -> str:
    """An id as Discord issues it at ``at``: milliseconds since 2015 in the high bits."""
    ms = int(at.timestamp() * 1000)
    return str(((ms - DISCORD_EPOCH_MS) << 22) | (sequence & 0x3FFFFF))


def local_offset(at: datetime) -> timezone:
    """The exporting computer's offset (central Europe: +02:00 from April to October, +01:00 otherwise)."""
    return timezone(timedelta(hours=2 if 4 <= at.month <= 10 else 1))


def dce_time(at: datetime) -> str:
    """``2023-01-06T16:11:26.414+01:00``: local time, milliseconds with trailing zeros dropped, none when 0."""
    local = at.astimezone(local_offset(at))
    ms = f"{local.microsecond // 1000:03d}".rstrip("0")
    z = local.strftime("%z")
    return local.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms}" if ms else "") + f"{z[:3]}:{z[3:]}"


def export_time(at: datetime) -> str:
    """``exportedAt``: seven fraction digits, as DCE writes it [zulip-discord-fixtures]."""
    local = at.astimezone(local_offset(at))
    z = local.strftime("%z")
    return local.strftime("%Y-%m-%dT%H:%M:%S.") + f"{local.microsecond:06d}0" + f"{z[:3]}:{z[3:]}"


def user_object(person: dict, with_roles: bool = True) -> dict:
    """An author, mentioned or reacting user: reacting users carry no roles [zulip general, part 1]."""
    obj = {
        "id": person["id"],
        "name": person["handle"],
        "discriminator": person.get("discriminator", "0000"),
        "nickname": person["name"],
        "color": None,
        "isBot": person.get("bot", False),
    }
    if with_roles:
        obj["roles"] = []
    obj["avatarUrl"] = f"https://cdn.discordapp.com/embed/avatars/{int(person['id']) % 5}.png"
    return obj


def message_object(m: dict) -> dict:
    obj: dict = {
        "id": m["id"],
        "type": m["type"],
        "timestamp": dce_time(m["at"]),
        "timestampEdited": None,
        "callEndedTimestamp": None,
        "isPinned": m.get("pinned", False),
        "content": m["content"],
        "author": user_object(m["author"]),
        "attachments": [],
        "embeds": [],
        "stickers": [],
        "reactions": [
            {
                "emoji": {
                    "id": "",
                    "name": emoji,
                    "code": code,
                    "isAnimated": False,
                    "imageUrl": f"https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/{ord(emoji[0]):x}.svg",
                },
                "count": len(users),
                "users": [user_object(u, with_roles=False) for u in users],
            }
            for (emoji, code), users in m.get("reactions", {}).items()
        ],
        "mentions": [user_object(u) for u in m.get("mentions", [])],
    }
    if m.get("reference") is not None:
        obj["reference"] = m["reference"]
    obj["inlineEmojis"] = []
    return obj


def channel_file(guild: dict, channel: dict, messages: list[dict], exported: datetime) -> bytes:
    doc = {
        "guild": guild,
        "channel": channel,
        "dateRange": {"after": None, "before": None},
        "exportedAt": export_time(exported),
        "messages": [message_object(m) for m in messages],
        "messageCount": len(messages),
    }
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return _ASTRAL.sub(lambda c: json.dumps(c.group(0)).strip('"').upper().replace("\\U", "\\u"), text).encode()
