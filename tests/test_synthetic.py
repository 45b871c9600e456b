"""The synthetic archive: real format, planted community recovered exactly, deterministic."""

from __future__ import annotations

import polars as pl

from helpers import load_export
from helpers.metrics.audience import audience_tiers
from helpers.present.summary import summarize
from helpers.synthetic.x import write_x_archive


def recovered_tiers(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {t: sorted(tiers.filter(pl.col("tier") == t)["account_id"]) for t in tiers["tier"].cast(pl.String).unique()}


def test_bundled_sample_recovers_planted_tiers_exactly(sample_x, tmp_path):
    # The bundled sample is what `make sample` writes: regenerate it aside and compare byte for byte.
    truth = write_x_archive(tmp_path / "x", n_tweets=400, seed=7)
    for name in truth.files:
        assert (tmp_path / "x" / name).read_bytes() == (sample_x / name).read_bytes(), (
            f"data/sample/x/{name} is stale: run make sample"
        )
    export = load_export(sample_x)
    got = recovered_tiers(export)
    for tier, ids in truth.tiers.items():
        assert got.get(tier, []) == ids, tier
    s = summarize(export)
    assert s["tiers"] == truth.tier_counts()
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    inferred = {a for a, ev in truth.evidence.items() if ev == "inferred"}
    assert s["community"]["members_inferred"] == len(inferred)


def test_zip_and_other_seeds_and_sizes(tmp_path):
    truth = write_x_archive(tmp_path / "a.zip", n_tweets=1200, seed=11, as_zip=True)
    export = load_export(tmp_path / "a.zip")
    assert summarize(export)["tiers"] == truth.tier_counts()
    assert summarize(export)["posts"]["total"] == sum(truth.kinds.values()) >= 1195


def test_same_seed_same_bytes(tmp_path):
    write_x_archive(tmp_path / "a.zip", n_tweets=200, seed=5, as_zip=True)
    write_x_archive(tmp_path / "b.zip", n_tweets=200, seed=5, as_zip=True)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
