"""The dashboard's headline figures and coverage table as small HTML blocks (aggregates only, escaped)."""

from __future__ import annotations

from urllib.parse import urlencode

import polars as pl

from helpers.model import COVERAGE_EXPLANATIONS, COVERAGE_LABELS, COVERAGE_SIGNALS, platform_label
from helpers.platforms.registry import BY_NAME
from helpers.present.findings import NOT_SHOWN, community_definition
from helpers.present.views import CaveatNote, Described
from helpers.safe_text import html_text

SIGNAL_NAMES = COVERAGE_LABELS


def _figure(value: float | None, form: str = "{:,}") -> str:
    """A card's figure, or what every surface says when the export cannot show it."""
    return NOT_SHOWN if value is None else form.format(value)


def _card(value: str, label: str, explanation: str, change: str = "") -> str:
    return (
        '<div class="cl-card">'
        f'<div class="cl-value">{html_text(value)}</div>'
        f'<div class="cl-label">{html_text(label)}</div>'
        + (f'<div class="cl-change">{html_text(change)}</div>' if change else "")
        + f'<div class="cl-explain">{html_text(explanation)}</div></div>'
    )


def change_line(now: float | int | None, before: float | int | None, period: str, share: bool = False) -> str:
    """How a headline figure moved against the previous period: "up 4 points from 19% (Jan 2026 to Mar 2026)";
    empty when either figure is unknown (never a change made from a missing figure)."""
    if now is None or before is None or not period:
        return ""
    if share:
        points = round((now - before) * 100)
        moved = (
            "no change"
            if points == 0
            else f"{'up' if points > 0 else 'down'} {abs(points)} point{'s' if abs(points) != 1 else ''}"
        )
        return f"{moved} from {before:.0%} ({period})"
    diff = int(now) - int(before)
    moved = "no change" if diff == 0 else f"{'up' if diff > 0 else 'down'} {abs(diff):,}"
    return f"{moved} from {int(before):,} ({period})"


STYLE = """<style>
.cl-cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}
.cl-card{flex:1 1 180px;border:1px solid #ddd;border-radius:6px;padding:10px 12px;background:#fafafa}
.cl-value{font-size:28px;font-weight:600;color:#333333}
.cl-label{font-weight:600;margin-top:2px}
.cl-explain{font-size:12px;color:#555;margin-top:4px}
.cl-change{font-size:12px;font-weight:600;color:#333;margin-top:2px}
.cl-presets{font-size:13px;margin:0 0 10px}.cl-presets a{margin-right:10px}
.cl-picker{margin:4px 0 12px;font-size:13px}.cl-picker label{margin-right:10px}
.cl-caveat{border-left:4px solid #888888;background:#f5f5f5;padding:6px 10px;margin:6px 0 14px;font-size:13px}
.cl-note-list{list-style:none;padding-left:0;margin:4px 0}.cl-note-list li{margin:3px 0}
.cl-marker{display:inline-block;min-width:1.4em;text-align:center;border:1px solid #888;border-radius:3px;margin-right:4px}
table.cl-coverage td,table.cl-coverage th{padding:3px 10px;text-align:left !important;border-bottom:1px solid #eee}
h1,h2,h3,p,li,.cl-card{overflow-wrap:anywhere}
.vega-embed{max-width:100%}.vega-embed svg{max-width:100%;height:auto}
.cl-table,.cl-ledger{max-width:100%;overflow-x:auto}
.cl-ledger td,.cl-ledger th{white-space:nowrap}
@media (max-width:640px){h1{font-size:1.6rem}h2{font-size:1.15rem}.cl-value{font-size:22px}.cl-card{flex-basis:100%}
  .vega-embed{overflow-x:auto}.vega-embed svg{max-width:none}}
</style>"""


def headline_html(summary: dict, previous: dict | None = None, previous_period: str = "") -> str:
    """Headline cards, each figure with one line saying what it means, and, given the summary of the previous
    period of the same length, how it moved (the follower count is a snapshot of the export: no change)."""
    before = previous or {}

    def was(*keys: str):
        value: object = before
        for k in keys:
            value = value.get(k) if isinstance(value, dict) else None
        return value

    period = previous_period if previous else ""
    share = summary["conversation_share"]
    c = summary["community"]
    followers = summary["people"]["followers"]
    tiers = summary["tiers"]
    posts = summary["posts"]["total"]
    cards = [
        _card(
            _figure(share, "{:.0%}") if posts is not None else NOT_SHOWN,
            "Conversation share",
            "Share of your posts that reply to, comment on or mention someone."
            if posts is not None
            else "Your posts are not in this export.",
            change_line(share, was("conversation_share"), period, share=True),
        ),
        _card(
            _figure(c["size"]),
            "Community members",
            community_definition(summary),
            change_line(c["size"], was("community", "size"), period),
        ),
        _card(
            _figure(followers),
            "Audience" if _members_not_followers(summary) else "Followers",
            (
                "Members of the workspace or group, who can read what you write there"
                if _members_not_followers(summary)
                else "Accounts following you"
            )
            + (f"; {tiers['follower']:,} never in contact with you." if tiers["follower"] is not None else "."),
        ),
        _card(
            _figure(tiers["unanswered"]),
            "Unanswered",
            "People who wrote to you and never got an answer."
            if tiers["unanswered"] is not None
            else "This export holds nothing others wrote to you.",
            change_line(tiers["unanswered"], was("tiers", "unanswered"), period),
        ),
        _card(
            _figure(posts),
            "Posts",
            f"Your public posts from {_period(summary)}." if posts is not None else "",
            change_line(posts, was("posts", "total"), period),
        ),
    ]
    return STYLE + '<div class="cl-cards">' + "".join(cards) + "</div>"


def _members_not_followers(summary: dict) -> bool:
    """Every platform of the summary is a chat community (Slack, Discord, Telegram): nobody follows there, the
    audience is the members who can read the channels."""
    platforms = list(summary.get("by_platform") or {}) or [summary.get("platform", "")]
    return all(p in BY_NAME and BY_NAME[p].many_voices for p in platforms)


def _period(summary: dict) -> str:
    p = summary["period"]
    if not p["first_post"]:
        return "no dates"
    return f"{p['first_post'][:7]} to {p['last_post'][:7]}"


def caveat_html(text: str | None) -> str:
    """A highlighted note placed next to the chart it concerns (empty when there is nothing to say)."""
    return f'<div class="cl-caveat">{html_text(text)}</div>' if text else ""


def notes_html(notes: list[CaveatNote]) -> str:
    """The page's one list of what the exports cannot show, lettered; charts point to it by letter."""
    if not notes:
        return ""
    items = "".join(
        f'<li><strong class="cl-marker">{html_text(n.marker)}</strong> {html_text(n.platform)}: {html_text(n.text)}</li>'
        for n in notes
    )
    return (
        '<div class="cl-caveat cl-notes"><p><strong>What these figures cannot show</strong>. '
        "A chart that depends on a note shows its letter.</p>"
        f'<ul class="cl-note-list">{items}</ul></div>'
    )


def coverage_table(export: Described) -> pl.DataFrame:
    """What each platform's export can and cannot show: one row per signal, one column per platform,
    and what a missing signal means."""
    parts = export.platforms
    columns = {"signal": [SIGNAL_NAMES[s] for s in COVERAGE_SIGNALS]}
    for platform, meta in parts.items():
        columns[platform_label(platform)] = ["yes" if getattr(meta.coverage, s) else "no" for s in COVERAGE_SIGNALS]
    columns["what it means"] = [
        " ".join(
            (f"{platform_label(p)}: " if len(parts) > 1 else "") + note
            for p, meta in parts.items()
            if (note := meta.coverage.notes.get(s) or ("" if getattr(meta.coverage, s) else COVERAGE_EXPLANATIONS[s]))
        )
        for s in COVERAGE_SIGNALS
    ]
    return pl.DataFrame(columns)


def coverage_html(export: Described) -> str:
    table = coverage_table(export)
    head = "".join(f"<th>{html_text(c)}</th>" for c in table.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html_text(str(v))}</td>" for v in row) + "</tr>" for row in table.iter_rows()
    )
    return f'<div class="cl-table"><table class="cl-coverage"><tr>{head}</tr>{rows}</table></div>'


def table_html(frame: pl.DataFrame, caption: str) -> str:
    """A small aggregate table for the dashboard (escaped), with a caption that says how to read it."""
    if frame.height == 0:
        return f"<p>{html_text(caption)} Nobody yet.</p>"
    head = "".join(f"<th>{html_text(c.replace('_', ' '))}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html_text('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in frame.iter_rows()
    )
    return (
        f'<p class="cl-explain">{html_text(caption)}</p>'
        f'<div class="cl-table"><table class="cl-coverage"><tr>{head}</tr>{rows}</table></div>'
    )


def picker_html(
    datasets: list[str],
    current: str,
    platforms: list[str],
    platform: str,
    since: str,
    until: str,
    presets: list[tuple[str, str, str]] | None = None,
    cohorts: list[str] | None = None,
    cohort: str = "",
) -> str:
    """A form that reloads the dashboard with another dataset, platform or period (a plain GET: the
    choice lands in the URL, so every view has a link of its own), and links to preset periods
    (``presets``: label, since, until; empty bounds for the whole period)."""

    def options(values, chosen, blank=None, shown=lambda v: v):
        opts = [f'<option value="">{html_text(blank)}</option>'] if blank else []
        opts += [
            f'<option value="{html_text(v)}"{" selected" if v == chosen else ""}>{html_text(shown(v))}</option>'
            for v in values
        ]
        return "".join(opts)

    return (
        '<form method="get" class="cl-picker">'
        + (
            f'<label>Cohort <select name="cohort">{options(cohorts, cohort, "none (one account)")}</select></label> '
            if cohorts
            else ""
        )
        + f'<label>Dataset <select name="dataset">{options(datasets, current)}</select></label> '
        f'<label>Platform <select name="platform">{options(platforms, platform, "all platforms", platform_label)}</select></label> '
        f'<label>From <input type="month" name="since" value="{html_text(since)}"></label> '
        f'<label>to <input type="month" name="until" value="{html_text(until)}"></label> '
        '<button type="submit">Show</button></form>' + _presets_html(current, platform, presets or [])
    )


def _presets_html(dataset: str, platform: str, presets: list[tuple[str, str, str]]) -> str:
    if not presets:
        return ""
    links = []
    for label, first, last in presets:
        query = urlencode(
            {k: v for k, v in (("dataset", dataset), ("platform", platform), ("since", first), ("until", last)) if v}
        )
        links.append(f'<a href="?{html_text(query)}">{html_text(label)}</a>')
    return '<p class="cl-presets">Periods: ' + "".join(links) + "</p>"
