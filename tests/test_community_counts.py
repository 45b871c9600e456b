"""One community count, defined once: the figures that count people in two-way contact reconcile on every
sample, and each surface says which set it counts."""

from __future__ import annotations

import polars as pl
import pytest

from helpers.metrics import ladder
from helpers.platforms.loading import load_export
from helpers.present.findings import community_definition, findings
from helpers.present.summary import summarize
from helpers.synthetic.samples import WRITERS, sample_owner, sample_path


@pytest.mark.parametrize("platform", list(WRITERS))
def test_the_community_figures_reconcile(platform):
    export = load_export(sample_path(platform), owner=sample_owner(platform))
    s = summarize(export)
    c, states, conc = s["community"], s["member_states"], s["concentration"]
    if c["size"] is None:  # the export can show neither others' words nor a follower list
        assert c["members_observed"] is None and s["tiers"]["core"] is None and s["tiers"]["member"] is None
        return
    # All time: community = core + member = observed + inferred.
    assert c["size"] == s["tiers"]["core"] + s["tiers"]["member"]
    if c["members_observed"] is None:
        assert states["active"] is None and conc["two_way_partners"] is None
        assert c["members_inferred"] == c["size"]
    else:
        assert c["size"] == c["members_observed"] + c["members_inferred"]
        # States and concentration count exactly the people in observed two-way contact.
        assert sum(states.values()) == c["members_observed"] == conc["two_way_partners"]
    # The ladder counts a rolling window, never more than all time.
    frame = ladder.tier_counts_over_time(ladder.ladder(export))
    members = frame.filter(pl.col("tier").is_in(["core", "member"])).group_by("month").agg(pl.col("people").sum())
    assert members.height == 0 or members["people"].max() <= c["size"]


@pytest.mark.parametrize("platform", list(WRITERS))
def test_every_sentence_says_which_set_it_counts(platform):
    s = summarize(load_export(sample_path(platform), owner=sample_owner(platform)))
    definition = community_definition(s)
    assert "All time" in definition or "cannot be told" in definition
    for sentence in findings(s):
        if "both ways" in sentence:
            assert "(observed)" in sentence
        if "are community members" in sentence:
            assert "all time" in sentence
