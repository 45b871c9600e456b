"""Every supported platform, one typed line each: its name, its label, what detection looks for, how it
recognises an export and how it reads one. Detection, the CLI's ``--platform`` choices, the errors that
list what is supported and the README's platform table all come from ``PLATFORMS``.

Adding a platform: write its reader (a package or module under ``platforms/``), add its line here, its
synthetic writer under ``synthetic/`` and its tests (docs/adding-a-platform.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.model import Export, platform_label
from helpers.platforms.archive import Archive
from helpers.progress import Progress


class _Lazy:
    """A reader's function, imported the first time it is called: reading an X archive never imports the
    other eleven readers (about 0.1 s of the command's start)."""

    def __init__(self, module: str, name: str):
        self.module, self.name = f"helpers.platforms.{module}", name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.load()(*args, **kwargs)

    def load(self) -> Callable[..., Any]:
        """The function itself (its module imported now)."""
        return getattr(importlib.import_module(self.module), self.name)

    def __repr__(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass(frozen=True)
class Platform:
    """One supported platform."""

    name: str  # the canonical ``platform`` value and the CLI's --platform choice
    label: str  # how people call it
    looked_for: str  # what detection looks for, said when nothing matches
    recognises: Callable[[Archive], bool]  # must not raise or read large files
    read: Callable[..., Export]  # (path, progress=None) -> Export; with many_voices also owner=None
    # The export holds many people's messages (a workspace, server or group): the reader takes ``owner``, the
    # account whose view the analysis takes (``--owner``), and says so in one line when it cannot tell.
    many_voices: bool = False


# Order matters where one export could look like two platforms: the more specific first.
PLATFORMS: tuple[Platform, ...] = (
    Platform(
        "x",
        "X (Twitter)",
        "X archive: data/manifest.js, data/tweets.js or data/js/tweets/",
        _Lazy("x.reader", "is_x_archive"),
        _Lazy("x.reader", "read_x"),
    ),
    Platform(
        "bluesky",
        "Bluesky",
        "Bluesky repository: a .car file",
        _Lazy("bluesky.reader", "is_bluesky_export"),
        _Lazy("bluesky.reader", "read_bluesky"),
    ),
    Platform(
        "mastodon",
        "Mastodon",
        "Mastodon archive: outbox.json and actor.json",
        _Lazy("mastodon.reader", "is_mastodon_export"),
        _Lazy("mastodon.reader", "read_mastodon"),
    ),
    Platform(
        "linkedin",
        "LinkedIn",
        "LinkedIn export: Connections.csv, Shares.csv, messages.csv",
        _Lazy("linkedin.reader", "is_linkedin_export"),
        _Lazy("linkedin.reader", "read_linkedin"),
    ),
    Platform(
        "reddit",
        "Reddit",
        "Reddit export: comments.csv / posts.csv with Reddit's columns",
        _Lazy("reddit", "is_reddit_export"),
        _Lazy("reddit", "read_reddit"),
    ),
    Platform(
        "threads",
        "Threads",
        "Threads export: threads_and_replies.json",
        _Lazy("threads", "is_threads_export"),
        _Lazy("threads", "read_threads"),
    ),
    Platform(
        "instagram",
        "Instagram",
        "Instagram export: your_instagram_activity/ or content/posts_1.json",
        _Lazy("instagram.reader", "is_instagram_export"),
        _Lazy("instagram.reader", "read_instagram"),
    ),
    Platform(
        "facebook",
        "Facebook",
        "Facebook export: your_facebook_activity/, posts/your_posts_1.json or messages/inbox/",
        _Lazy("facebook.reader", "is_facebook_export"),
        _Lazy("facebook.reader", "read_facebook"),
    ),
    Platform(
        "slack",
        "Slack",
        "Slack workspace export: users.json, channels.json and a folder of day files per channel",
        _Lazy("slack.reader", "is_slack_export"),
        _Lazy("slack.reader", "read_slack"),
        many_voices=True,
    ),
    Platform(
        "telegram",
        "Telegram",
        "Telegram Desktop export: result.json (JSON format)",
        _Lazy("telegram.reader", "is_telegram_export"),
        _Lazy("telegram.reader", "read_telegram"),
        many_voices=True,
    ),
    Platform(
        "discord",
        "Discord",
        "Discord: DiscordChatExporter JSON files, or the data package's messages/index.json",
        _Lazy("discord.reader", "is_discord_export"),
        _Lazy("discord.reader", "read_discord"),
        many_voices=True,
    ),
    Platform(
        "csv",
        "Any other platform (CSV template)",
        "CSV template: posts.csv, people.csv, interactions.csv with the canonical columns",
        _Lazy("csv_template", "is_csv_template"),
        _Lazy("csv_template", "read_csv_template"),
    ),
)
BY_NAME: dict[str, Platform] = {p.name: p for p in PLATFORMS}


def preload() -> None:
    """Import every reader now (a cohort's worker, before its first export, so no export's time includes it)."""
    for platform in PLATFORMS:
        for fn in (platform.recognises, platform.read):
            if isinstance(fn, _Lazy):
                fn.load()


def supported() -> str:
    """What is supported and what detection looks for, for error messages."""
    return "; ".join(f"{p.name} ({p.looked_for})" for p in PLATFORMS)


def label(name: str) -> str:
    """How people call a platform (``x`` -> ``X (Twitter)``); the name itself when unknown (``mixed``)."""
    return platform_label(name)


def read_with(name: str, path: str | Path, progress: Progress | None = None) -> Export:
    """Read ``path`` as platform ``name``."""
    return BY_NAME[name].read(path, progress=progress)
