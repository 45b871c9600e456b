"""Recognise which platform an export is: each platform's reader says whether it recognises an archive."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from helpers.archive import Archive
from helpers.errors import ExportError


@dataclass(frozen=True)
class Platform:
    name: str
    looked_for: str  # what detection looks for, said when nothing matches
    module: str  # helpers.platforms.<module>
    recognises_name: str  # (archive: Archive) -> bool; must not raise or read large files
    read_name: str  # (path, progress=None) -> Export

    @cached_property
    def _module(self):
        return importlib.import_module(f"helpers.platforms.{self.module}")

    def recognises(self, archive: Archive) -> bool:
        return getattr(self._module, self.recognises_name)(archive)

    def read(self, path, progress=None):
        return getattr(self._module, self.read_name)(path, progress=progress)


# Order matters where one export could look like two platforms: the more specific first.
_ALL = [
    Platform("x", "X archive: data/manifest.js, data/tweets.js or data/js/tweets/", "x", "is_x_archive", "read_x"),
    Platform("bluesky", "Bluesky repository: a .car file", "bluesky", "is_bluesky_export", "read_bluesky"),
    Platform("mastodon", "Mastodon archive: outbox.json and actor.json", "mastodon", "is_mastodon_export", "read_mastodon"),
    Platform("linkedin", "LinkedIn export: Connections.csv, Shares.csv, messages.csv", "linkedin", "is_linkedin_export", "read_linkedin"),
    Platform("reddit", "Reddit export: comments.csv / posts.csv with Reddit's columns", "reddit", "is_reddit_export", "read_reddit"),
    Platform("threads", "Threads export: threads_and_replies.json", "threads", "is_threads_export", "read_threads"),
    Platform("instagram", "Instagram export: your_instagram_activity/ or content/posts_1.json", "instagram", "is_instagram_export", "read_instagram"),
    Platform("facebook", "Facebook export: your_facebook_activity/, posts/your_posts_1.json or messages/inbox/", "facebook", "is_facebook_export", "read_facebook"),
    Platform("csv", "CSV template: posts.csv, people.csv, interactions.csv with the canonical columns", "csv_template", "is_csv_template", "read_csv_template"),
]
# A platform is offered once its module exists.
PLATFORMS = [p for p in _ALL if importlib.util.find_spec(f"helpers.platforms.{p.module}") is not None]
BY_NAME = {p.name: p for p in PLATFORMS}


def supported() -> str:
    return "; ".join(f"{p.name} ({p.looked_for})" for p in PLATFORMS)


def detect_platform(path: str | Path) -> str:
    """The platform of an export, or an ExportError listing what is supported and what was looked for."""
    with Archive(path) as archive:
        for platform in PLATFORMS:
            archive.set_root("")
            if platform.recognises(archive):
                return platform.name
        if not archive.is_single_file and not archive.names():
            raise ExportError(f"{path}: empty {archive.kind}; expected an export. Supported: {supported()}")
    raise ExportError(f"{path}: not a supported export. Looked for: {supported()}")
