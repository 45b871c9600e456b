"""An anonymised dataset holds no other person's id, handle or name anywhere: not in people, interactions or the
chat frame, and not inside record ids (a Telegram chat is numbered by the other person's user id)."""

from __future__ import annotations

import polars as pl
import pytest

from helpers.anonymize import anonymize
from helpers.platforms.loading import load_export
from helpers.synthetic.samples import sample_owner, sample_path


def _strings(frame: pl.DataFrame) -> set[str]:
    out: set[str] = set()
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            out.update(v for v in frame[name].drop_nulls().to_list())
        elif dtype == pl.List(pl.String):
            out.update(v for vs in frame[name].drop_nulls().to_list() for v in vs if v)
    return out


@pytest.mark.parametrize("platform", ["telegram", "slack", "discord", "x", "mastodon"])
def test_no_other_persons_identifier_survives(platform):
    path = sample_path(platform)
    if not path.exists():
        pytest.fail(f"{path} is missing: run community-lens sample")
    export = load_export(path, owner=sample_owner(platform))
    owner_ids = {m.owner.account_id for m in export.platforms.values()}
    others = {
        str(v)
        for col in ("account_id", "handle", "display_name")
        for v in export.people[col].drop_nulls().to_list()
        if str(v) not in owner_ids and len(str(v)) >= 4
    }
    assert others, "the sample names other people"
    hidden = anonymize(export, "test-salt")
    frames = [hidden.posts.drop("text"), hidden.people, hidden.interactions]
    if hidden.chat is not None:
        frames.append(hidden.chat)
    values = set().union(*(_strings(f) for f in frames))
    leaks = sorted({o for o in others for v in values if o in v})
    assert not leaks, f"still named after anonymising: {leaks[:5]}"


def test_warnings_and_notes_name_no_one_after_anonymising(real_telegram_mlomb):
    """A warning names the private chat it left out by its person ("a private chat of Alice (user300000000)"):
    anonymised, the warning keeps its meaning and loses the name and the id."""
    export = load_export(real_telegram_mlomb)
    said = " ".join(w.message for w in export.warnings)
    assert "Alice" in said and "user300000000" in said, said
    hidden = anonymize(export, "test-salt")
    said = " ".join([*(w.message for w in hidden.warnings), *hidden.coverage.notes.values()])
    assert "Alice" not in said and "user300000000" not in said, said


@pytest.fixture
def real_telegram_mlomb():
    from conftest import need
    from golden_cases import REAL_EXPORTS

    path = REAL_EXPORTS / "telegram" / "mlomb-chat-analytics"
    need(path.is_dir(), f"{path} is absent: this test reads ../shared/real-exports")
    return path
