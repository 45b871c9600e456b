"""The bundled samples: one small synthetic export per platform in data/sample/, written by ``make sample``.

Each is the platform's real format with a planted community; the writers return the ground truth the
tests compare the readers' summaries against.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from helpers.paths import PROJECT_ROOT, SAMPLE_DIR
from helpers.synthetic.community import GroundTruth

SEED = 7
CSV_TEMPLATE = PROJECT_ROOT / "data" / "templates" / "csv"  # the documented template doubles as the CSV sample


def _x(dest: Path) -> GroundTruth:
    from helpers.synthetic.x import write_x_archive

    return write_x_archive(dest, n_tweets=400, seed=SEED)


def _mastodon(dest: Path) -> GroundTruth:
    from helpers.synthetic.mastodon import write_mastodon_export

    return write_mastodon_export(dest, seed=SEED, generation="4.5", container="folder", following="inside")


def _bluesky(dest: Path) -> GroundTruth:
    from helpers.synthetic.bluesky import write_bluesky_export

    return write_bluesky_export(dest / "repo.car", seed=SEED)


def _instagram(dest: Path) -> GroundTruth:
    from helpers.synthetic.instagram import write_instagram_export

    return write_instagram_export(dest, seed=SEED)


def _threads(dest: Path) -> GroundTruth:
    from helpers.synthetic.threads import write_threads_export

    return write_threads_export(dest, seed=SEED)


def _facebook(dest: Path) -> GroundTruth:
    from helpers.synthetic.facebook import write_facebook_export

    return write_facebook_export(dest, seed=SEED)


def _linkedin(dest: Path) -> GroundTruth:
    from helpers.synthetic.linkedin import write_linkedin_export

    return write_linkedin_export(dest, seed=SEED)


def _reddit(dest: Path) -> GroundTruth:
    from helpers.synthetic.reddit import write_reddit_export

    return write_reddit_export(dest, seed=SEED)


def _slack(dest: Path) -> GroundTruth:
    from helpers.synthetic.slack import write_slack_export

    return write_slack_export(dest, seed=SEED)


def _telegram(dest: Path) -> GroundTruth:
    from helpers.synthetic.telegram import write_telegram_export

    return write_telegram_export(dest, seed=SEED)


def _discord(dest: Path) -> GroundTruth:
    from helpers.synthetic.discord import write_discord_export

    return write_discord_export(dest, seed=SEED)


WRITERS: dict[str, Callable[[Path], GroundTruth]] = {
    "x": _x,
    "mastodon": _mastodon,
    "bluesky": _bluesky,
    "instagram": _instagram,
    "threads": _threads,
    "facebook": _facebook,
    "linkedin": _linkedin,
    "reddit": _reddit,
    "discord": _discord,
    "slack": _slack,
    "telegram": _telegram,
}


# Samples of chat communities that do not say whose export they are: the account each is read as (--owner).
SAMPLE_OWNERS: dict[str, str] = {"discord": "corner_cafe"}


def sample_owner(platform: str) -> str | None:
    """The ``--owner`` a bundled sample is read with; None where the export names its owner."""
    return SAMPLE_OWNERS.get(platform)


def sample_path(platform: str) -> Path:
    """Where the bundled sample of ``platform`` lies (what to give ``load_export``)."""
    if platform == "csv":
        return CSV_TEMPLATE
    if platform == "bluesky":
        return SAMPLE_DIR / "bluesky" / "repo.car"
    return SAMPLE_DIR / platform


def write_sample(platform: str, root: Path = SAMPLE_DIR) -> GroundTruth:
    """(Re)write one platform's sample under ``root``; returns its ground truth."""
    dest = root / platform
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    return WRITERS[platform](dest)


def main() -> None:
    """Regenerate every sample in data/sample/ deterministically (``make sample``)."""
    for platform in WRITERS:
        truth = write_sample(platform)
        print(f"wrote {sample_path(platform).relative_to(PROJECT_ROOT)}: planted tiers {truth.tier_counts()}")
