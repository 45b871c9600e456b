"""The shareable report: one self-contained HTML file (no code, charts as inline SVG, no network needed to
open it), plus the data behind every chart as CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert as vlc

from helpers.present import sections
from helpers.present.html import STYLE
from helpers.present.tables import View
from helpers.safe_text import FORMULA_START_PATTERN

SECTIONS = (
    ("Voice balance: broadcasting, conversing, amplifying", sections.voice),
    ("Audience: followers versus members", sections.audience),
    ("Community over time", sections.community_over_time),
    ("The people you really know", sections.people_you_know),
    ("Listening: do you answer the people who write?", sections.listening),
)


def _svg(chart: alt.TopLevelMixin) -> str:
    return vlc.vegalite_to_svg(chart.to_dict())


def report_html(view: View, dataset: str, anonymized: bool) -> str:
    """The whole report as one HTML string: findings, headline figures, charts as SVG, coverage."""
    who = ", ".join(f"@{m.owner.handle or m.owner.account_id} on {p}" for p, m in view.platforms.items())
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
    parts += sections.headline(view)
    for heading, section in SECTIONS:
        parts.append(f"<h2>{escape(heading)}</h2>")
        for item in section(view):
            if item:
                parts.append(f"<div class='cl-figure'>{item if isinstance(item, str) else _svg(item)}</div>")
    parts += [
        "<h2>What the export can and cannot show</h2>",
        *sections.coverage(view),
        "<p class='cl-explain'>Definitions and sources of every figure: docs/metrics.md in community-lens.</p>",
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(view: View, folder: Path, dataset: str, anonymized: bool) -> tuple[Path, list[Path]]:
    """Write report.html and data/*.csv (the tables behind every chart) into ``folder``; returns the
    report's path and the CSV paths."""
    tables = view.tables
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
    report.write_text(report_html(view, dataset, anonymized), encoding="utf-8")
    return report, csvs
