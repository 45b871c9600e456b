"""The sections every page shows (the dashboard and the report), built from a stored or computed
``View``: each returns the items to show in order, a chart or an HTML block (every value escaped)."""

from __future__ import annotations

from typing import Any

import polars as pl

from helpers import charts
from helpers.charts import community as cc
from helpers.metrics import benchmarks, ladder
from helpers.model import person_label
from helpers.present.community_views import NO_INBOUND
from helpers.present.findings import findings
from helpers.present.html import caveat_html, coverage_html, headline_html, notes_html, table_html
from helpers.present.tables import View
from helpers.present.views import caveat_marker, caveat_notes, unshowable
from helpers.safe_text import html_text

PEOPLE_SHOWN = 15

Item = Any  # an Altair chart or an HTML string


def _reason(text: str) -> str:
    return f"<p>{html_text(text)}</p>"


def _drawn(view: View, chart: str, draw) -> Item:
    """The chart, or the one sentence saying why this export cannot hold its data."""
    reason = unshowable(view, chart)
    return _reason(reason) if reason else draw()


def headline(view: View) -> list[Item]:
    items = "".join(f"<li>{html_text(sentence)}</li>" for sentence in findings(view.summary))
    return [headline_html(view.summary), f"<ul>{items}</ul>", notes_html(caveat_notes(view))]


def voice(view: View) -> list[Item]:
    t = view.tables
    if reason := unshowable(view, "voice"):
        return [_reason(reason)]
    items: list[Item] = [
        charts.voice_balance_chart(t["voice_by_month"], caveat_marker(view, "voice")),
        charts.conversation_share_chart(
            t["conversation_share_by_month"], benchmarks.conversation_benchmarks(), caveat_marker(view, "share")
        ),
    ]
    if len(view.platforms) > 1:
        items.append(charts.voice_by_platform_chart(t["voice_by_platform_and_month"]))
    return items


def audience(view: View) -> list[Item]:
    t = view.tables
    items: list[Item] = [
        _drawn(
            view,
            "audience",
            lambda: charts.audience_chart(
                t["audience_tiers"], view.coverage.followers, caveat_marker(view, "audience")
            ),
        ),
        _drawn(
            view,
            "partners",
            lambda: charts.top_partners_chart(t["top_conversation_partners"], caveat_marker(view, "partners")),
        ),
        _drawn(view, "dunbar", lambda: charts.dunbar_chart(t["dunbar_rings"], caveat_marker(view, "dunbar"))),
    ]
    if len(view.platforms) > 1:
        items.append(charts.tiers_by_platform_chart(t["audience_tiers_by_platform"]))
    return items


def community_over_time(view: View) -> list[Item]:
    t = view.tables
    if reason := unshowable(view, "ladder"):
        return [_reason(reason)]
    return [
        cc.ladder_chart(t["tiers_by_month"], ladder.WINDOW_MONTHS, caveat_marker(view, "audience")),
        cc.new_members_chart(t["new_members_by_month"], t["conversion_by_month"]),
        cc.cohort_chart(t["cohort_retention"]),
        _drawn(
            view, "states", lambda: cc.member_states_chart(t["member_states"], ladder.ACTIVE_MONTHS, ladder.AWAY_MONTHS)
        ),
    ]


def people_you_know(view: View, shown: int = PEOPLE_SHOWN) -> list[Item]:
    table = view.tables["people_you_know"].head(shown)
    if table.height:
        table = table.with_columns(pl.col("private_share").round(2), pl.col(pl.Datetime).dt.strftime("%Y-%m-%d"))
    marker = caveat_marker(view, "partners")
    return [
        table_html(
            table,
            "Ranked by tie strength: days of contact, both directions, private contact, duration, "
            "10% less per idle month." + (f" {marker}" if marker else ""),
        ),
    ]


def listening(view: View) -> list[Item]:
    t = view.tables
    if "listening_by_weekday_and_hour" not in t:
        return [caveat_html(NO_INBOUND)]
    waiting = t["still_waiting"].select(
        name=person_label(),
        platform="platform",
        waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
    )
    return [
        cc.listening_chart(t["listening_by_weekday_and_hour"], view.summary["listening"]),
        table_html(waiting, "Still waiting for an answer: their last message has had no reply from you since."),
    ]


def by_platform(view: View) -> list[Item]:
    if len(view.platforms) > 1:
        return [
            charts.voice_by_platform_chart(view.tables["voice_by_platform_and_month"]),
            charts.tiers_by_platform_chart(view.tables["audience_tiers_by_platform"]),
        ]
    return [f"<p>This dataset holds one platform ({html_text(view.platform)}).</p>"]


def coverage(view: View) -> list[Item]:
    return [coverage_html(view)]
