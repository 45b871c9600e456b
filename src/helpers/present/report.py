"""The shareable report: one self-contained HTML file (no code, charts as inline SVG, no network needed to
open it), plus the data behind every chart as CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert as vlc

from helpers.charts.layout import fit_spec
from helpers.model import platform_label
from helpers.present import sections
from helpers.present.card import card_svg
from helpers.present.findings import account_name
from helpers.present.html import STYLE
from helpers.present.tables import View
from helpers.safe_text import FORMULA_START_PATTERN

SECTIONS = (
    (sections.HEADINGS["voice"], sections.voice),
    (sections.HEADINGS["audience"], sections.audience),
    (sections.HEADINGS["community_over_time"], sections.community_over_time),
    (sections.HEADINGS["people_you_know"], sections.people_you_know),
    (sections.HEADINGS["listening"], sections.listening),
    (sections.WHOLE_COMMUNITY_HEADING, sections.whole_community),
    (sections.HEADINGS["by_platform"], sections.by_platform),
)


def _svg(chart: alt.TopLevelMixin) -> str:
    return vlc.vegalite_to_svg(fit_spec(chart.to_dict()))


REPORT_CSS = """<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:980px;margin:24px auto;
  padding:0 16px;color:#222;line-height:1.4}
h1{font-size:28px;margin:0 0 8px}h2{font-size:20px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.cl-figure{margin:14px 0}.cl-figure svg{max-width:100%;height:auto;box-sizing:border-box}
.cl-anon{background:#f5f5f5;border-left:4px solid #888;padding:6px 10px}
.cl-share svg{border:1px solid #ddd;border-radius:8px}
.cl-title-page{border-bottom:2px solid #333;padding-bottom:12px;margin-bottom:20px}
.cl-title-page dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:12px 0}
.cl-title-page dt{font-weight:600}.cl-title-page dd{margin:0}
.cl-glossary dt{font-weight:600;margin-top:8px}.cl-glossary dd{margin:2px 0 0 0}
.cl-table table,.cl-ledger-static table{font-size:12px}
td,th{white-space:normal}
.cl-ledger-static td:nth-child(5),.cl-ledger-static td:nth-child(6){white-space:nowrap !important}
@media (max-width:640px){body{margin:12px auto;padding:0 10px}h1{font-size:22px}h2{font-size:17px}
  .cl-figure{overflow-x:auto}.cl-figure svg{max-width:none}.cl-share svg{max-width:100%}
  .cl-title-page dl{grid-template-columns:1fr}}
@page{margin:14mm 12mm}
@media print{
  body{max-width:none;margin:0;padding:0;font-size:11pt}
  h2{break-after:avoid;page-break-after:avoid}
  h2+.cl-figure,h2+div{break-before:avoid}
  .cl-figure,.cl-card,tr,.cl-caveat{break-inside:avoid;page-break-inside:avoid}
  .cl-figure:has(table){break-inside:auto;page-break-inside:auto}
  .cl-figure:has(.cl-explain)+.cl-figure{break-before:avoid}
  .cl-title-page{break-after:page;page-break-after:always;border:none;padding-top:30mm}
  .cl-table,.cl-ledger,.cl-ledger-static{overflow:visible}
  .cl-table table,.cl-ledger-static table{font-size:8.5pt;width:100%}
  .cl-screen-only{display:none}
  a{color:inherit;text-decoration:none}
}
</style>"""

GLOSSARY = (
    (
        "Conversation share",
        "The share of your posts that reply to, comment on or mention someone. The rest broadcast (to everyone) "
        "or amplify others (reposts, quotes).",
    ),
    (
        "Community member",
        "Someone in two-way contact with you: both of you replied to, mentioned or messaged the other. Observed "
        "where the export holds what they wrote; inferred where it does not, from your repeated contact with "
        "someone who follows you. Core members: contact in three or more different months.",
    ),
    ("Follower", "An account that follows you. Followers with no contact at all are the passive audience."),
    ("Unanswered", "Someone who wrote to you and never got an answer in the export."),
    (
        "Answered within 72 hours",
        "Of the conversations others opened with you, the share you answered within three days.",
    ),
    (
        "Tie strength",
        "Days of contact, weighted up for contact both ways, private messages and a long acquaintance, and "
        "10% less for each month without contact.",
    ),
    (
        "Not in this export",
        "The platform's download does not hold what the figure needs. It is unknown, not zero.",
    ),
)


def _title_page(view: View, dataset: str, anonymized: bool) -> str:
    """The report's first page: whose account, which period, the date of each export, when this was made."""
    accounts = "".join(
        f"<li>{escape(account_name(m.owner))} on {escape(platform_label(p))}"
        + (f", exported {m.exported_at:%Y-%m-%d}" if m.exported_at else ", export date unknown")
        + "</li>"
        for p, m in view.platforms.items()
    )
    period = view.summary.get("period") or {}
    first, last = period.get("first_post"), period.get("last_post")
    shown = f"{first[:10]} to {last[:10]}" if first and last else "the whole export (no dated posts)"
    made = datetime.now(UTC).strftime("%Y-%m-%d")
    anon = (
        "<p class='cl-anon'><strong>Anonymised.</strong> Every other person's name, handle and id is replaced "
        "by a pseudonym (the same person keeps the same pseudonym throughout); the account owner stays named.</p>"
        if anonymized
        else ""
    )
    return (
        "<section class='cl-title-page'>"
        "<p class='cl-explain'>community-lens report</p>"
        "<h1>Following or community?</h1>"
        "<p>Is this account broadcasting to an audience, or talking with a community? Figures from the account's "
        "own data download, computed offline.</p>"
        f"<dl><dt>Account</dt><dd><ul style='margin:0;padding-left:18px'>{accounts}</ul></dd>"
        f"<dt>Period</dt><dd>{escape(shown)}</dd>"
        f"<dt>Dataset</dt><dd>{escape(dataset)}</dd>"
        f"<dt>Report made</dt><dd>{made}</dd></dl>{anon}</section>"
    )


def report_html(view: View, dataset: str, anonymized: bool, earlier: tuple[dict, str] | None = None) -> str:
    """The whole report as one HTML string: a title page, the findings and headline figures, the card, charts as
    SVG, the ledger, what the export can show and how each figure is defined. Nothing in it needs the network
    or points into the tool's own files; it prints on A4 and Letter and reads on a phone."""
    who = ", ".join(f"{account_name(m.owner)} on {platform_label(p)}" for p, m in view.platforms.items())
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Following or community? {escape(who)}</title>",
        STYLE,
        REPORT_CSS,
        "</head><body>",
        _title_page(view, dataset, anonymized),
        "<h2>The short answer</h2>",
        *sections.headline(view, *(earlier or (None, ""))),
        "<h2>The account's style, on one card</h2>",
        f"<div class='cl-figure cl-share'>{card_svg(view.summary)}</div>",
        "<p class='cl-explain cl-screen-only'>The same image, to post or forward, is card.png (and card.svg) "
        "beside this report.</p>",
    ]
    for heading, section in SECTIONS:
        items = [item for item in section(view) if item]
        if not items:  # a section that does not apply to this dataset (the whole community without chat data)
            continue
        parts.append(f"<h2>{escape(heading)}</h2>")
        for item in items:
            parts.append(f"<div class='cl-figure'>{item if isinstance(item, str) else _svg(item)}</div>")
    glossary = "".join(f"<dt>{escape(term)}</dt><dd>{escape(meaning)}</dd>" for term, meaning in GLOSSARY)
    parts += [
        f"<h2>{escape(sections.HEADINGS['coverage'])}</h2>",
        *sections.coverage(view),
        "<h2>How the figures are defined</h2>",
        f"<dl class='cl-glossary'>{glossary}</dl>",
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(
    view: View, folder: Path, dataset: str, anonymized: bool, earlier: tuple[dict, str] | None = None
) -> tuple[Path, list[Path]]:
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
    report.write_text(report_html(view, dataset, anonymized, earlier), encoding="utf-8")
    return report, csvs
