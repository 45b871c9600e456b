"""Shared fixtures: the real exports in ../shared (skipped with a message when absent, never in CI),
the bundled sample, and small synthetic archives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.paths import PROJECT_ROOT, SAMPLE_X_EXPORT

REAL_EXPORTS = PROJECT_ROOT.parent / "shared" / "real-exports"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, message: str) -> None:
    """Skip with ``message`` when ``condition`` fails; in CI fail instead: nothing is skipped there."""
    if not condition:
        if IN_CI:
            pytest.fail(f"CI must not skip: {message}")
        pytest.skip(message)


@pytest.fixture
def real_x():
    """Folder of the real X archives (../shared/real-exports/twitter)."""
    folder = REAL_EXPORTS / "twitter"
    need(folder.is_dir(), f"{folder} is absent: real-export tests need ../shared beside the checkout")
    return folder


@pytest.fixture
def sample_x() -> Path:
    return SAMPLE_X_EXPORT


@pytest.fixture
def processed_root(tmp_path, monkeypatch):
    """A private data/processed for tests that build datasets."""
    root = tmp_path / "processed"
    root.mkdir()
    monkeypatch.setattr("helpers.paths.PROCESSED_DIR", root)
    return root


def pytest_collection_modifyitems(config, items):
    """A test that reads ../shared takes a ``real_*`` fixture: it is marked ``real_exports`` by that."""
    for item in items:
        if any(name.startswith("real_") for name in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.real_exports)


def known_tiers(counts: dict[str, int], coverage: dict[str, bool]) -> dict[str, int | None]:
    """Tier counts as a summary with ``coverage`` (its JSON coverage) shows them: None for a tier it cannot show.

    The rule of docs/metrics.md, "What an export can show", restated here so the tests check it: a tier the
    export cannot show must also have been planted empty (the ground truth is what an export can recover).
    """
    others_wrote = coverage["inbound_public"] or coverage["messages"]
    known = {
        "core": others_wrote or coverage["followers"],
        "member": others_wrote or coverage["followers"],
        "unanswered": others_wrote,
        "reached": coverage["own_posts"] or coverage["messages_sent"],
        "follower": coverage["followers"],
        "following": coverage["following"],
    }
    assert set(counts) == set(known), sorted(counts)
    assert all(n == 0 for t, n in counts.items() if not known[t]), (counts, coverage)
    return {t: n if known[t] else None for t, n in counts.items()}
