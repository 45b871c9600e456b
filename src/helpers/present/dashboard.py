"""What the dashboard shows, decided in one place: the dataset, platform and period asked for (parameters,
else the URL), the export narrowed to them, or the message to show instead; then one method per section.

The dashboard notebook is a parameters cell, headings and ``display(*page.section())`` calls: every section
returns the things to display (HTML blocks, charts), nothing when there is no dataset to show.
Every value that comes from the URL or the export is escaped before it reaches HTML.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs

from IPython.display import HTML

from helpers import paths
from helpers.errors import ExportError
from helpers.metrics import audience, ladder
from helpers.model import Export
from helpers.present import community_views as community
from helpers.present import views
from helpers.present.findings import findings
from helpers.present.html import caveat_html, coverage_html, headline_html, picker_html, table_html
from helpers.present.summary import summarize
from helpers.safe_text import html_text
from helpers.store import NAME_PATTERN, list_datasets, load_dataset

PEOPLE_SHOWN = 15


def query_value(name: str) -> str:
    """One value of the page's URL query (Voila hands it to the kernel as QUERY_STRING); empty when absent."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get(name)
    return values[0] if values else ""


def _note(text: str) -> HTML:
    return HTML(f'<p class="cl-note"><strong>{html_text(text)}</strong></p>')


def _chart_or_reason(export: Export, chart: str, draw) -> list[Any]:
    """The chart, or the one sentence saying why this export cannot hold its data."""
    reason = views.unshowable(export, chart)
    return [HTML(f"<p>{html_text(reason)}</p>")] if reason else [draw()]


@dataclass
class DashboardPage:
    """The dataset to show (or why not) and the pieces of each section."""

    name: str
    export: Export | None
    notices: list[Any] = field(default_factory=list)  # shown first: the picker, or why nothing is shown

    @cached_property
    def summary(self) -> dict:
        assert self.export is not None
        return summarize(self.export)

    @cached_property
    def tiers(self):
        assert self.export is not None
        return audience.export_tiers(self.export)

    def _when_shown(self, build) -> list[Any]:
        return [] if self.export is None else build(self.export)

    def header(self) -> list[Any]:
        return self.notices

    def headline(self) -> list[Any]:
        def build(export: Export) -> list[Any]:
            where = ", ".join(f"@{m.owner.handle or m.owner.account_id} on {p}" for p, m in export.platforms.items())
            items = "".join(f"<li>{html_text(sentence)}</li>" for sentence in findings(self.summary))
            return [
                HTML(f"<h2>{html_text(where)} (dataset {html_text(self.name)})</h2>"),
                HTML(headline_html(self.summary)),
                HTML(f"<ul>{items}</ul>"),
            ]

        return self._when_shown(build)

    def voice(self) -> list[Any]:
        def build(e: Export) -> list[Any]:
            if reason := views.unshowable(e, "voice"):
                return [HTML(f"<p>{html_text(reason)}</p>")]
            return [
                HTML(caveat_html(views.caveat(e, "voice"))),
                views.voice_balance(e),
                views.conversation_share_over_time(e),
            ]

        return self._when_shown(build)

    def audience(self) -> list[Any]:
        def build(e: Export) -> list[Any]:
            items: list[Any] = [HTML(caveat_html(views.caveat(e, "audience")))]
            items += _chart_or_reason(e, "audience", lambda: views.audience_breakdown(e, self.tiers))
            items.append(HTML(caveat_html(views.caveat(e, "partners"))))
            items += _chart_or_reason(e, "partners", lambda: views.top_conversation_partners(e, self.tiers))
            items += _chart_or_reason(e, "dunbar", lambda: views.community_vs_dunbar(e, self.tiers))
            return items

        return self._when_shown(build)

    def community_over_time(self) -> list[Any]:
        def build(export: Export) -> list[Any]:
            if reason := views.unshowable(export, "ladder"):
                return [HTML(f"<p>{html_text(reason)}</p>")]
            frame = ladder.ladder(export)
            return [
                HTML(caveat_html(views.caveat(export, "audience"))),
                community.ladder_over_time(export, frame=frame),
                community.new_members_over_time(export, frame=frame),
                *_chart_or_reason(export, "states", lambda: community.member_states(export)),
            ]

        return self._when_shown(build)

    def people_you_know(self) -> list[Any]:
        return self._when_shown(
            lambda e: [
                HTML(caveat_html(views.caveat(e, "partners"))),
                HTML(
                    table_html(
                        community.people_you_know(e, PEOPLE_SHOWN),
                        "Ranked by tie strength: days of contact, both directions, private contact, duration, "
                        "10% less per idle month.",
                    )
                ),
            ]
        )

    def listening(self) -> list[Any]:
        def build(export: Export) -> list[Any]:
            chart = community.listening_by_hour(export)
            waiting = community.still_waiting(export)
            if chart is None or waiting is None:
                return [HTML(caveat_html(community.NO_INBOUND))]
            return [
                chart,
                HTML(
                    table_html(
                        waiting,
                        "Still waiting for an answer: their last message has had no reply from you since.",
                    )
                ),
            ]

        return self._when_shown(build)

    def by_platform(self) -> list[Any]:
        def build(export: Export) -> list[Any]:
            if len(export.platforms) > 1:
                return [views.voice_by_platform(export), views.tiers_by_platform(export, self.tiers)]
            return [HTML(f"<p>This dataset holds one platform ({html_text(export.platform)}).</p>")]

        return self._when_shown(build)

    def coverage(self) -> list[Any]:
        return self._when_shown(lambda e: [HTML(coverage_html(e))])


MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def dashboard_page(dataset: str = "", platform: str = "", since: str = "", until: str = "") -> DashboardPage:
    """What the dashboard shows: each argument, else the URL's ``?dataset=&platform=&since=&until=``, else the
    dataset the server names, else the sample. Every requested value is checked against what exists (dataset
    names on disk, the dataset's platforms, YYYY-MM) before it is used or shown; a value that fails is not
    echoed, the page says what it shows instead."""
    name = dataset or query_value("dataset") or os.environ.get("COMMUNITY_LENS_DATASET") or paths.SAMPLE_DATASET
    available = list_datasets()
    if name not in available:
        named = f" named {html_text(name)}" if NAME_PATTERN.fullmatch(name) else " by the name in the link"
        return DashboardPage(
            name,
            None,
            [
                HTML(
                    f"<p><strong>No dataset{named}.</strong> Available: {html_text(', '.join(available) or 'none')}. "
                    "Build one with <code>community-lens build PATH --name NAME</code>.</p>"
                )
            ],
        )
    whole = load_dataset(name)
    notices: list[Any] = []
    chosen = platform or query_value("platform")
    if chosen and chosen not in whole.platforms:
        notices.append(_note(f"This dataset has no such platform; showing all of it ({', '.join(whole.platforms)})."))
        chosen = ""
    first, last = since or query_value("since"), until or query_value("until")
    if not all(MONTH_OR_DAY.match(v) for v in (first, last) if v):
        notices.append(_note("The period in the link is not a month (YYYY-MM); showing the whole period."))
        first = last = ""
    notices.insert(0, HTML(picker_html(available, name, list(whole.platforms), chosen, first, last)))
    try:
        export = views.select_period(views.select_platform(whole, chosen), first, last)
    except ExportError as exc:
        export = whole
        notices.append(_note(f"Showing the whole dataset: {exc}."))
    return DashboardPage(name, export, notices)
