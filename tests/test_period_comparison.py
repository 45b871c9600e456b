"""A period's headline cards compared with the months just before, of the same length; presets in the picker."""

from __future__ import annotations

import pytest

from helpers.present.html import change_line, headline_html, picker_html
from helpers.present.views import period_presets, previous_period


@pytest.mark.parametrize(
    ("since", "until", "before"),
    [
        ("2026-01", "2026-03", ("2025-10", "2025-12")),
        ("2026-01", "2026-01", ("2025-12", "2025-12")),
        ("2025-03", "2026-02", ("2024-03", "2025-02")),
        ("2026-01", "", None),
        ("", "2026-01", None),
    ],
)
def test_previous_period_has_the_same_length(since, until, before):
    assert previous_period(since, until) == before


def test_change_lines_say_up_down_and_never_invent_a_change():
    assert change_line(0.23, 0.19, "Oct 2025 to Dec 2025", share=True) == "up 4 points from 19% (Oct 2025 to Dec 2025)"
    assert change_line(12, 15, "Dec 2025") == "down 3 from 15 (Dec 2025)"
    assert change_line(7, 7, "Dec 2025") == "no change from 7 (Dec 2025)"
    assert change_line(None, 5, "Dec 2025") == "" and change_line(5, None, "Dec 2025") == ""


def test_cards_show_changes_only_with_a_previous_period(sample_summary):
    before = {**sample_summary, "posts": {**sample_summary["posts"], "total": sample_summary["posts"]["total"] - 10}}
    with_change = headline_html(sample_summary, before, "Jan 2026 to Mar 2026")
    assert "up 10 from" in with_change and "(Jan 2026 to Mar 2026)" in with_change
    assert 'class="cl-change"' not in headline_html(sample_summary)


def test_presets_end_with_the_datasets_last_month_and_keep_the_choice():
    presets = period_presets("2026-10")
    assert presets[0] == ("last 3 months", "2026-08", "2026-10") and presets[-1] == ("all", "", "")
    html = picker_html(["cafe"], "cafe", ["x", "mastodon"], "x", "", "", presets)
    assert 'href="?dataset=cafe&amp;platform=x&amp;since=2025-11&amp;until=2026-10"' in html
    assert period_presets(None) == [("all", "", "")]


@pytest.fixture(scope="module")
def sample_summary():
    from helpers.paths import SAMPLE_X_EXPORT
    from helpers.platforms.loading import load_export
    from helpers.present.summary import summarize

    return summarize(load_export(SAMPLE_X_EXPORT))
