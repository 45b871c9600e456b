"""One call per chart for notebooks and the dashboard: an Export in, a chart with its caveats out."""

from __future__ import annotations

import os
from urllib.parse import parse_qs

import altair as alt

from helpers import audience, benchmarks, charts, voice
from helpers.model import Export
from helpers.paths import SAMPLE_DATASET

# The signals each chart needs: an absent one is said in the chart's subtitle.
CHART_SIGNALS = {
    "voice": ("own_posts",),
    "share": ("own_posts",),
    "audience": ("followers", "inbound_public"),
    "partners": ("inbound_public", "messages"),
    "dunbar": ("inbound_public", "messages"),
}


def caveat(export: Export, chart: str) -> str | None:
    """What the export lacks for ``chart``, in sentences; None when it holds everything the chart needs."""
    notes = [export.coverage.caveat(signal) for signal in CHART_SIGNALS[chart]]
    notes = [n[0].upper() + n[1:].rstrip(".") + "." for n in notes if n]
    return " ".join(notes) or None


def tiers_of(export: Export):
    return audience.export_tiers(export)


def voice_balance(export: Export) -> alt.Chart:
    return charts.voice_balance_chart(voice.monthly_voice(export.posts), caveat(export, "voice"))


def conversation_share_over_time(export: Export) -> alt.LayerChart:
    return charts.conversation_share_chart(
        voice.monthly_conversation_share(export.posts), benchmarks.conversation_benchmarks(), caveat(export, "share")
    )


def audience_breakdown(export: Export, tiers=None) -> alt.Chart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.audience_chart(audience.tier_breakdown(tiers), export.coverage.followers, caveat(export, "audience"))


def top_conversation_partners(export: Export, tiers=None, n: int = 15) -> alt.Chart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.top_partners_chart(audience.top_partners(tiers, n), caveat(export, "partners"))


def community_vs_dunbar(export: Export, tiers=None) -> alt.LayerChart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.dunbar_chart(audience.dunbar_rings(tiers), caveat(export, "dunbar"))


def requested_dataset(parameter: str = "") -> str:
    """The dataset a dashboard shows: its parameter, else ``?dataset=NAME`` in the URL, else the server's choice,
    else the sample. Voila hands the URL's query string to the kernel as QUERY_STRING."""
    if parameter:
        return parameter
    query = parse_qs(os.environ.get("QUERY_STRING", ""))
    if query.get("dataset"):
        return query["dataset"][0]
    return os.environ.get("COMMUNITY_LENS_DATASET") or SAMPLE_DATASET
