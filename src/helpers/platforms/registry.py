"""Every supported platform, one typed line each: its name, its label, what detection looks for, how it
recognises an export and how it reads one. Detection, the CLI's ``--platform`` choices, the errors that
list what is supported and the README's platform table all come from ``PLATFORMS``.

Adding a platform: write its reader (a package or module under ``platforms/``), add its line here, its
synthetic writer under ``synthetic/`` and its tests (docs/adding-a-platform.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from helpers.model import Export, platform_label
from helpers.platforms.archive import Archive
from helpers.platforms.bluesky.reader import is_bluesky_export, read_bluesky
from helpers.platforms.csv_template import is_csv_template, read_csv_template
from helpers.platforms.discord.reader import is_discord_export, read_discord
from helpers.platforms.facebook.reader import is_facebook_export, read_facebook
from helpers.platforms.instagram.reader import is_instagram_export, read_instagram
from helpers.platforms.linkedin.reader import is_linkedin_export, read_linkedin
from helpers.platforms.mastodon.reader import is_mastodon_export, read_mastodon
from helpers.platforms.reddit import is_reddit_export, read_reddit
from helpers.platforms.slack.reader import is_slack_export, read_slack
from helpers.platforms.telegram.reader import is_telegram_export, read_telegram
from helpers.platforms.threads import is_threads_export, read_threads
from helpers.platforms.x.reader import is_x_archive, read_x
from helpers.progress import Progress


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
        "x", "X (Twitter)", "X archive: data/manifest.js, data/tweets.js or data/js/tweets/", is_x_archive, read_x
    ),
    Platform("bluesky", "Bluesky", "Bluesky repository: a .car file", is_bluesky_export, read_bluesky),
    Platform("mastodon", "Mastodon", "Mastodon archive: outbox.json and actor.json", is_mastodon_export, read_mastodon),
    Platform(
        "linkedin",
        "LinkedIn",
        "LinkedIn export: Connections.csv, Shares.csv, messages.csv",
        is_linkedin_export,
        read_linkedin,
    ),
    Platform(
        "reddit",
        "Reddit",
        "Reddit export: comments.csv / posts.csv with Reddit's columns",
        is_reddit_export,
        read_reddit,
    ),
    Platform("threads", "Threads", "Threads export: threads_and_replies.json", is_threads_export, read_threads),
    Platform(
        "instagram",
        "Instagram",
        "Instagram export: your_instagram_activity/ or content/posts_1.json",
        is_instagram_export,
        read_instagram,
    ),
    Platform(
        "facebook",
        "Facebook",
        "Facebook export: your_facebook_activity/, posts/your_posts_1.json or messages/inbox/",
        is_facebook_export,
        read_facebook,
    ),
    Platform(
        "slack",
        "Slack",
        "Slack workspace export: users.json, channels.json and a folder of day files per channel",
        is_slack_export,
        read_slack,
        many_voices=True,
    ),
    Platform(
        "telegram",
        "Telegram",
        "Telegram Desktop export: result.json (JSON format)",
        is_telegram_export,
        read_telegram,
        many_voices=True,
    ),
    Platform(
        "discord",
        "Discord",
        "Discord: DiscordChatExporter JSON files, or the data package's messages/index.json",
        is_discord_export,
        read_discord,
        many_voices=True,
    ),
    Platform(
        "csv",
        "Any other platform (CSV template)",
        "CSV template: posts.csv, people.csv, interactions.csv with the canonical columns",
        is_csv_template,
        read_csv_template,
    ),
)
BY_NAME: dict[str, Platform] = {p.name: p for p in PLATFORMS}


def supported() -> str:
    """What is supported and what detection looks for, for error messages."""
    return "; ".join(f"{p.name} ({p.looked_for})" for p in PLATFORMS)


def label(name: str) -> str:
    """How people call a platform (``x`` -> ``X (Twitter)``); the name itself when unknown (``mixed``)."""
    return platform_label(name)


def read_with(name: str, path: str | Path, progress: Progress | None = None) -> Export:
    """Read ``path`` as platform ``name``."""
    return BY_NAME[name].read(path, progress=progress)
