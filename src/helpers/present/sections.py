"""The sections every page shows (the dashboard and the report), built from a stored or computed
``View``: each returns the items to show in order, a chart or an HTML block (every value escaped)."""

from __future__ import annotations

from typing import Any

import polars as pl

from helpers import charts
from helpers.charts import community as cc
from helpers.metrics import benchmarks, ladder
from helpers.model import person_label, platform_label
from helpers.present.community_views import NO_INBOUND, whole_community_parts
from helpers.present.findings import findings
from helpers.present.html import caveat_html, coverage_html, headline_html, notes_html, table_html
from helpers.present.ledger import ledger_interactive_html, ledger_static_html
from helpers.present.tables import View
from helpers.present.views import caveat_marker, caveat_notes, unshowable
from helpers.safe_text import html_text

Item = Any  # an Altair chart or an HTML string

# Each section's heading, the same on the dashboard and in the report.
HEADINGS = {
    "voice": "Voice balance: broadcasting, conversing, amplifying",
    "audience": "Audience: followers versus members",
    "community_over_time": "Community over time: who joins, who stays, who drifts",
    "people_you_know": "The people you really know",
    "listening": "Listening: do you answer the people who write?",
    "by_platform": "Platform by platform",
    "coverage": "What the export can and cannot show",
}
WHOLE_COMMUNITY_HEADING = "The community as a whole: does anyone answer, and is it only you?"


def _reason(text: str) -> str:
    return f"<p>{html_text(text)}</p>"


def _drawn(view: View, chart: str, draw) -> Item:
    """The chart, or the one sentence saying why this export cannot hold its data."""
    reason = unshowable(view, chart)
    return _reason(reason) if reason else draw()


def _sources_html(references: pl.DataFrame) -> str:
    """The published figures a chart draws as reference lines, each with its source."""
    rows = "".join(
        f"<li>{html_text(label)}: {html_text(source)}</li>"
        for label, source in references.select("label", "source").iter_rows()
    )
    return f"<div class='cl-explain'><p>Reference figures on the chart above:</p><ul>{rows}</ul></div>"


def headline(view: View, previous: dict | None = None, previous_period: str = "") -> list[Item]:
    """The headline cards (with their change against ``previous``, the period before, where given), the
    findings in sentences, and the one list of what the exports cannot show."""
    items = "".join(f"<li>{html_text(sentence)}</li>" for sentence in findings(view.summary))
    return [
        headline_html(view.summary, previous, previous_period),
        f"<ul>{items}</ul>",
        notes_html(caveat_notes(view)),
    ]


def voice(view: View) -> list[Item]:
    t = view.tables
    if reason := unshowable(view, "voice"):
        return [_reason(reason)]
    references = benchmarks.conversation_benchmarks()
    items: list[Item] = [
        charts.voice_balance_chart(t["voice_by_month"], caveat_marker(view, "voice")),
        charts.conversation_share_chart(t["conversation_share_by_month"], references, caveat_marker(view, "share")),
        _sources_html(references),
    ]
    return items  # each platform's voice: the section by_platform


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
    return items  # each platform's tiers: the section by_platform


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


def people_you_know(view: View, interactive: bool = False) -> list[Item]:
    """Everyone the account has been in touch with, strongest ties first: a table to sort and search in the
    dashboard (``interactive``), the strongest ties formatted for print in the report."""
    people = view.tables.get("ledger")
    marker = caveat_marker(view, "partners")
    explain = (
        "<p class='cl-explain'>Everyone you have been in direct contact with (replies, mentions, quotes, comments, "
        "messages), strongest ties first. Tie strength weighs days of contact, both directions, private contact "
        'and how long you have known them, 10% less per idle month. "Waiting for you": their latest message '
        "opening a conversation has had no answer from you since."
        + (f" {html_text(marker)}" if marker else "")
        + "</p>"
    )
    if people is None or not people.height:
        return [explain, _reason("Nobody has been in direct contact with this account in this export.")]
    table = ledger_interactive_html(people, f"people-{view.platform}") if interactive else ledger_static_html(people)
    return [explain, table]


def listening(view: View) -> list[Item]:
    t = view.tables
    if "listening_by_weekday_and_hour" not in t:
        return [caveat_html(NO_INBOUND)]
    waiting = t["still_waiting"].select(
        name=person_label(),
        platform=pl.col("platform").map_elements(platform_label, return_dtype=pl.String),
        waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
    )
    return [
        cc.listening_chart(t["listening_by_weekday_and_hour"], view.summary["listening"]),
        table_html(waiting, "Still waiting for an answer: their last message has had no reply from you since."),
    ]


def whole_community(view: View) -> list[Item]:
    """The community as a whole, beside your view: nothing for a dataset without a chat community."""
    block = view.summary.get("whole_community")
    if block is None:
        return []
    parts = whole_community_parts(block, view.tables)
    items: list[Item] = [
        "".join(f"<p>{html_text(sentence)}</p>" for sentence in parts.sentences),
        parts.answer_times,
        parts.answerers,
    ]
    return items


def by_platform(view: View) -> list[Item]:
    if len(view.platforms) > 1:
        return [
            charts.voice_by_platform_chart(view.tables["voice_by_platform_and_month"]),
            charts.tiers_by_platform_chart(view.tables["audience_tiers_by_platform"]),
        ]
    return []  # one platform: nothing to compare


def coverage(view: View) -> list[Item]:
    return [coverage_html(view)]
