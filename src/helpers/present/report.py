"""The shareable report: one self-contained HTML file (no code, charts as inline SVG, no network needed to
open it), plus the data behind every chart as CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert as vlc

from helpers import charts
from helpers.charts import community as cc
from helpers.metrics import audience, benchmarks, ladder, listening, ties, voice
from helpers.model import Export
from helpers.present.findings import findings
from helpers.present.html import STYLE, coverage_html, headline_html, table_html
from helpers.present.summary import summarize
from helpers.present.views import caveat, unshowable
from helpers.safe_text import FORMULA_START_PATTERN


def chart_tables(export: Export) -> dict[str, pl.DataFrame]:
    """The aggregated data behind every chart and table of the report, by file name."""
    tiers = audience.export_tiers(export)
    frame = ladder.ladder(export)
    ops = listening.export_openers(export)
    names = export.people.select("platform", "account_id", "handle")
    tables = {
        "voice_by_month": voice.monthly_voice(export.posts),
        "conversation_share_by_month": voice.monthly_conversation_share(export.posts),
        "voice_by_platform_and_month": voice.monthly_voice_by_platform(export.posts),
        "audience_tiers": audience.tier_breakdown(tiers),
        "audience_tiers_by_platform": audience.tier_breakdown_by_platform(tiers),
        "top_conversation_partners": audience.top_partners(tiers),
        "dunbar_rings": audience.dunbar_rings(tiers),
        "tiers_by_month": ladder.tier_counts_over_time(frame),
        "new_members_by_month": ladder.new_members(frame),
        "conversion_by_month": ladder.conversion(frame),
        "cohort_retention": ladder.cohort_retention(export),
        "member_states": ladder.member_states(export),
        "people_you_know": ties.known_people(ties.tie_strength(export.interactions), export.people, 25),
    }
    if ops is not None:
        tables["listening_by_weekday_and_hour"] = listening.answer_times_by_hour_and_weekday(ops)
        tables["still_waiting"] = listening.still_waiting(ops).join(names, on=["platform", "account_id"], how="left")
    return tables


def _sections(
    export: Export, t: dict[str, pl.DataFrame], listening_figures: dict
) -> list[tuple[str, list[alt.TopLevelMixin | str]]]:
    """Report sections: a heading and its charts (or HTML blocks), each built from the tables above."""
    many = len(export.platforms) > 1

    def drawn(chart: str, draw):
        """The chart, or the sentence saying why this export cannot hold its data."""
        reason = unshowable(export, chart)
        return f"<p>{escape(reason)}</p>" if reason else draw()

    voice_items: list = [
        drawn("voice", lambda: charts.voice_balance_chart(t["voice_by_month"], caveat(export, "voice"))),
        drawn(
            "share",
            lambda: charts.conversation_share_chart(
                t["conversation_share_by_month"], benchmarks.conversation_benchmarks(), caveat(export, "share")
            ),
        ),
    ]
    if many and not unshowable(export, "voice"):
        voice_items.append(charts.voice_by_platform_chart(t["voice_by_platform_and_month"]))
    audience_items: list = [
        drawn(
            "audience",
            lambda: charts.audience_chart(t["audience_tiers"], export.coverage.followers, caveat(export, "audience")),
        ),
        drawn(
            "partners", lambda: charts.top_partners_chart(t["top_conversation_partners"], caveat(export, "partners"))
        ),
        drawn("dunbar", lambda: charts.dunbar_chart(t["dunbar_rings"], caveat(export, "dunbar"))),
    ]
    if many:
        audience_items.append(charts.tiers_by_platform_chart(t["audience_tiers_by_platform"]))
    time_items: list = [
        drawn("ladder", lambda: cc.ladder_chart(t["tiers_by_month"], ladder.WINDOW_MONTHS, caveat(export, "audience"))),
        drawn("ladder", lambda: cc.new_members_chart(t["new_members_by_month"], t["conversion_by_month"])),
        drawn("ladder", lambda: cc.cohort_chart(t["cohort_retention"])),
        drawn(
            "states",
            lambda: cc.member_states_chart(t["member_states"], ladder.ACTIVE_MONTHS, ladder.AWAY_MONTHS),
        ),
        table_html(
            t["people_you_know"].with_columns(pl.col(pl.Datetime).dt.strftime("%Y-%m-%d")),
            "The people you really know, ranked by tie strength.",
        ),
    ]
    if "listening_by_weekday_and_hour" in t:
        waiting = t["still_waiting"].select(
            name=pl.coalesce(pl.lit("@") + pl.col("handle"), pl.lit("id ") + pl.col("account_id")),
            platform="platform",
            waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
        )
        listen_items: list = [
            cc.listening_chart(t["listening_by_weekday_and_hour"], listening_figures),
            table_html(waiting, "Still waiting for an answer: their last message has had no reply since."),
        ]
    else:
        from helpers.present.community_views import NO_INBOUND

        listen_items = [f'<div class="cl-caveat">{escape(NO_INBOUND)}</div>']
    return [
        ("Voice balance: broadcasting, conversing, amplifying", voice_items),
        ("Audience: followers versus members", audience_items),
        ("Community over time", time_items),
        ("Listening: do you answer the people who write?", listen_items),
    ]


def _svg(chart: alt.TopLevelMixin) -> str:
    return vlc.vegalite_to_svg(chart.to_dict())


def report_html(export: Export, tables: dict[str, pl.DataFrame], dataset: str, anonymized: bool) -> str:
    """The whole report as one HTML string: findings, headline figures, charts as SVG, coverage."""
    summary = summarize(export)
    who = ", ".join(f"@{m.owner.handle or m.owner.account_id} on {p}" for p, m in export.platforms.items())
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Following or community? {escape(who)}</title>",
        "<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#222}"
        "h1{font-size:26px}h2{font-size:20px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}"
        ".cl-figure{margin:14px 0}.cl-anon{background:#e8f1fa;border-left:4px solid #0072B2;padding:6px 10px}</style>",
        STYLE,
        "</head><body>",
        f"<h1>Following or community? {escape(who)}</h1>",
        f"<p>Dataset <code>{escape(dataset)}</code>, made {made} by community-lens from the account's own export(s), offline.</p>",
    ]
    if anonymized:
        parts.append(
            "<p class='cl-anon'><strong>Anonymised.</strong> Every other person's name, handle and id is "
            "replaced by a pseudonym (the same person keeps the same pseudonym throughout); the account owner stays named.</p>"
        )
    parts.append(headline_html(summary))
    parts.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in findings(summary)) + "</ul>")
    for heading, items in _sections(export, tables, summary["listening"]):
        parts.append(f"<h2>{escape(heading)}</h2>")
        for item in items:
            parts.append(f"<div class='cl-figure'>{item if isinstance(item, str) else _svg(item)}</div>")
    parts += [
        "<h2>What the export can and cannot show</h2>",
        coverage_html(export),
        "<p class='cl-explain'>Definitions and sources of every figure: docs/metrics.md in community-lens.</p>",
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(export: Export, folder: Path, dataset: str, anonymized: bool) -> tuple[Path, list[Path]]:
    """Write report.html and data/*.csv into ``folder``; returns the report's path and the CSV paths."""
    tables = chart_tables(export)
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    csvs = []
    for name, frame in tables.items():
        path = data / f"{name}.csv"
        plain = frame.with_columns(
            [
                pl.col(c).cast(pl.String)
                for c, dt in frame.schema.items()
                if isinstance(dt, (pl.Enum, pl.Categorical, pl.List))
            ]
        )
        plain.with_columns(
            [
                pl.when(pl.col(c).str.contains(FORMULA_START_PATTERN))
                .then(pl.lit("'") + pl.col(c))
                .otherwise(pl.col(c))
                .alias(c)
                for c, dt in plain.schema.items()
                if dt == pl.String
            ]
        ).write_csv(path)
        csvs.append(path)
    report = folder / "report.html"
    report.write_text(report_html(export, tables, dataset, anonymized), encoding="utf-8")
    return report, csvs
