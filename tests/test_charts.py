"""Chart builders: valid Vega-Lite, the one theme, titles that state the finding, tooltips, caveats."""

from __future__ import annotations

import altair as alt
import pytest

from helpers import load_export
from helpers.charts import theme
from helpers.present import views


@pytest.fixture(scope="module")
def export(sample_x_module):
    return load_export(sample_x_module)


@pytest.fixture(scope="module")
def sample_x_module():
    from helpers.paths import SAMPLE_X_EXPORT

    return SAMPLE_X_EXPORT


BUILDERS = {
    "voice": views.voice_balance,
    "share": views.conversation_share_over_time,
    "audience": views.audience_breakdown,
    "partners": views.top_conversation_partners,
    "dunbar": views.community_vs_dunbar,
}


def walk(spec):
    if isinstance(spec, dict):
        yield spec
        for v in spec.values():
            yield from walk(v)
    elif isinstance(spec, list):
        for v in spec:
            yield from walk(v)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_builder_returns_a_valid_chart_with_tooltips(export, name):
    chart = BUILDERS[name](export)
    assert isinstance(chart, (alt.Chart, alt.LayerChart))
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    assert any("tooltip" in d for d in walk(spec)), "no tooltip"
    datasets = spec.get("datasets", {})
    assert all(len(rows) < 500 for rows in datasets.values()), "charts get aggregates, not raw rows"
    assert not any("configure" in k for k in spec if k != "config"), "builders leave configuration to the theme"


def test_titles_state_the_finding(export):
    from helpers.present.summary import summarize

    s = summarize(export)
    share = s["posts"]["mode"]["conversation"] / s["posts"]["total"]
    assert views.voice_balance(export).to_dict()["title"]["text"] == f"You converse in {share:.0%} of your posts"
    size, everyone = s["community"]["size"], sum(s["tiers"].values())
    assert f"{size} of the {everyone} people" in views.audience_breakdown(export).to_dict()["title"]["text"]
    assert views.community_vs_dunbar(export).to_dict()["title"]["text"].startswith(f"Your community of {size}")


def test_caveat_in_subtitle_when_the_export_lacks_a_signal(export):
    subtitle = " ".join(views.audience_breakdown(export).to_dict()["title"]["subtitle"])
    assert "inferred" in subtitle  # X: replies by others are not in the archive
    assert views.caveat(export, "voice") is None


def test_one_registered_theme():
    assert alt.theme.active == theme.THEME_NAME
    assert theme.THEME_NAME in alt.theme.names()


def test_one_meaning_per_colour():
    """Voice, tiers, direction and member states each have their own hues: no colour means two things."""
    families = {
        "voice": theme.MODE_COLOURS,
        "tiers": theme.TIER_COLOURS,
        "direction": theme.DIRECTION_COLOURS,
        "states": theme.STATE_COLOURS,
        "cohort": theme.COHORT_COLOURS,
    }
    owner: dict[str, str] = {}
    for family, colours in families.items():
        for colour in colours.values():
            assert owner.setdefault(colour.upper(), family) == family, (
                f"{colour} is both {owner[colour.upper()]} and {family}"
            )
    assert not {c.upper() for c in theme.CATEGORY_COLOURS} & set(owner), "the default range reuses a family's colour"


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_chart_has_a_text_description(export, name):
    spec = BUILDERS[name](export).to_dict()
    assert spec.get("description", "").strip(), f"{name} has no description for screen readers"


def test_months_are_bands_in_order_with_gaps_kept():
    """Months are one band each, labelled under the bar, every month of the range present even without data."""
    from datetime import UTC, datetime

    import polars as pl

    from helpers.charts.voice import voice_balance_chart

    monthly = pl.DataFrame(
        {
            "month": [datetime(2025, 11, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)],
            "mode": ["broadcast", "conversation"],
            "posts": [3, 10],
            "share": [1.0, 1.0],
        }
    ).with_columns(pl.col("mode").cast(pl.Enum(["broadcast", "conversation", "amplification"])))
    spec = voice_balance_chart(monthly).to_dict()
    x, y = spec["encoding"]["x"], spec["encoding"]["y"]
    assert x["type"] == "ordinal"
    assert x["scale"]["domain"] == ["Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"]
    assert y["scale"]["domain"][1] > 10, "headroom above the tallest bar"
    assert y["axis"]["tickMinStep"] == 1 and y["axis"]["format"] == ",d", "whole counts get whole ticks"


def test_month_charts_draw_with_no_months_at_all():
    """An export with no month of data (no posts, no new member) still gets its charts, saying so."""
    import polars as pl

    from helpers.charts import community as cc
    from helpers.charts.voice import voice_balance_chart
    from helpers.model import MODES

    month = pl.Datetime("us", "UTC")
    assert voice_balance_chart(
        pl.DataFrame(schema={"month": month, "mode": pl.Enum(MODES), "posts": pl.Int64, "share": pl.Float64})
    ).to_dict()
    new = pl.DataFrame(schema={"month": month, "new_members": pl.UInt32})
    conversion = pl.DataFrame(
        schema={"month": month, "followers": pl.UInt32, "converted": pl.UInt32, "conversion": pl.Float64}
    )
    spec = cc.new_members_chart(new, conversion).to_dict()
    assert spec["title"]["text"] == "Nobody became a member in this period"
