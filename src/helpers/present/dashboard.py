"""What the dashboard shows, decided in one place: the dataset, platform and period asked for (parameters,
else the URL), checked against what exists, and the view to show or the message to show instead; then one
method per section.

The whole dataset and each of its platforms are read from the views stored with the dataset when it was
built (a few small tables: the page opens without reading raw rows); only a period asked for is computed
from the raw rows, and every metric is linear in them.

The dashboard notebook is a parameters cell, headings and ``display(*page.section())`` calls: every section
returns the things to display (HTML blocks, charts), nothing when there is no dataset to show.
Every value that comes from the URL or the export is escaped before it reaches HTML.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from IPython.display import HTML, Javascript

from helpers import paths
from helpers.errors import ExportError
from helpers.model import Export
from helpers.platforms.registry import label
from helpers.present import sections, views
from helpers.present.findings import account_name
from helpers.present.html import picker_html
from helpers.present.summary import summarize
from helpers.present.tables import SCOPE_ALL, View, earlier_summary, load_view, view_of
from helpers.safe_text import html_text, strip_control
from helpers.store import NAME_PATTERN, list_datasets, load_dataset

MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def wait_for_the_request() -> None:
    """In a preheated Voila kernel (run before anyone asked for a page), wait here for the request and its
    query string; elsewhere (JupyterLab, papermill, a plain Voila kernel) return at once."""
    if os.environ.get("VOILA_PREHEAT", "False") == "True":
        from voila.utils import wait_for_request

        # Tell `community-lens dashboard` that a kernel is warm, so it announces the page only when it is quick.
        ready = os.environ.get("COMMUNITY_LENS_READY_FILE")
        if ready:
            with contextlib.suppress(OSError):
                open(ready, "a").close()
        wait_for_request()


def query_value(name: str) -> str:
    """One value of the page's URL query (Voila hands it to the kernel as QUERY_STRING); empty when absent."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get(name)
    return values[0] if values else ""


def _html(items: list[Any]) -> list[Any]:
    return [HTML(item) if isinstance(item, str) else item for item in items if not (isinstance(item, str) and not item)]


def tab_title(text: str) -> Javascript:
    """Sets the browser tab's title to ``text``: JSON-encoded with ``<``, ``>`` and ``&`` escaped, so a handle
    from the export can neither end the script nor run as code."""
    encoded = json.dumps(strip_control(text)).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Javascript(f"document.title = {encoded};")


def _note(text: str) -> HTML:
    return HTML(f'<p class="cl-note"><strong>{html_text(text)}</strong></p>')


@dataclass
class DashboardPage:
    """The dataset to show (or why not) and the pieces of each section."""

    name: str
    view: View | None
    notices: list[Any] = field(default_factory=list)  # shown first: the picker, or why nothing is shown
    previous: dict | None = None  # the summary of the period before the one shown, of the same length
    previous_period: str = ""  # that period, as words

    def _shown(self, section, heading: str = "") -> list[Any]:
        """A section's items under its heading; nothing at all (not even the heading) when there is no dataset
        to show or the section does not apply (one platform has nothing to compare)."""
        items = [] if self.view is None else _html(section(self.view))
        if not items or not heading:
            return items
        return [HTML(f"<h2>{html_text(heading)}</h2>"), *items]

    def header(self) -> list[Any]:
        return self.notices

    def headline(self) -> list[Any]:
        if self.view is None:
            return []
        where = ", ".join(f"{account_name(m.owner)} on {label(p)}" for p, m in self.view.platforms.items())
        return [
            HTML(f"<h2>{html_text(where)} (dataset {html_text(self.name)})</h2>"),
            tab_title(f"{where} · community-lens"),
            *self._shown(lambda view: sections.headline(view, self.previous, self.previous_period)),
        ]

    def voice(self) -> list[Any]:
        return self._shown(sections.voice, sections.HEADINGS["voice"])

    def audience(self) -> list[Any]:
        return self._shown(sections.audience, sections.HEADINGS["audience"])

    def community_over_time(self) -> list[Any]:
        return self._shown(sections.community_over_time, sections.HEADINGS["community_over_time"])

    def people_you_know(self) -> list[Any]:
        return self._shown(
            lambda view: sections.people_you_know(view, interactive=True), sections.HEADINGS["people_you_know"]
        )

    def listening(self) -> list[Any]:
        return self._shown(sections.listening, sections.HEADINGS["listening"])

    def whole_community(self) -> list[Any]:
        """The community as a whole: nothing at all for a dataset without a chat community."""
        return self._shown(sections.whole_community, sections.WHOLE_COMMUNITY_HEADING)

    def by_platform(self) -> list[Any]:
        return self._shown(sections.by_platform, sections.HEADINGS["by_platform"])

    def coverage(self) -> list[Any]:
        return self._shown(sections.coverage, sections.HEADINGS["coverage"])


def cohort_dashboard(cohort: str, dataset: str, group_by: str) -> DashboardPage:
    """A cohort picked like a dataset (``?cohort=NAME``): its distributions, groups, failures and, given
    ``?dataset=``, where that account sits. Names are checked against what exists before anything is shown."""
    from helpers.cohort.store import list_cohorts
    from helpers.present.cohort_views import cohort_page

    cohorts = list_cohorts()
    named = cohort if cohort in cohorts else ""
    page = cohort_page(cohort=named, dataset=dataset if dataset in list_datasets() else "", group_by=group_by)
    notices: list[Any] = [HTML(picker_html(list_datasets(), dataset, [], "", "", "", cohorts=cohorts, cohort=named))]
    if cohort and not named:
        notices.append(_note(f"No cohort by the name in the link. Cohorts: {', '.join(cohorts) or 'none'}."))
        return DashboardPage(cohort, None, notices)
    parts = [*page.header(), *page.distributions(), *page.groups(), *page.position(), *page.failures()]
    return DashboardPage(named, None, [*notices, *_html(parts)])


def dashboard_page(dataset: str = "", platform: str = "", since: str = "", until: str = "") -> DashboardPage:
    """What the dashboard shows: each argument, else the URL's ``?dataset=&platform=&since=&until=``, else the
    dataset the server names, else the sample. Every requested value is checked against what exists (dataset
    names on disk, the dataset's platforms, YYYY-MM) before it is used or shown; a value that fails is not
    echoed, the page says what it shows instead."""
    wait_for_the_request()
    if query_value("cohort"):
        return cohort_dashboard(query_value("cohort"), dataset or query_value("dataset"), query_value("group"))
    name = dataset or query_value("dataset") or os.environ.get("COMMUNITY_LENS_DATASET") or paths.SAMPLE_DATASET
    available = list_datasets()
    if name not in available:
        named = f" named {html_text(name)}" if NAME_PATTERN.fullmatch(name) else " by the name in the link"
        notices: list[Any] = [
            HTML(
                f"<p><strong>No dataset{named}.</strong> Available: {html_text(', '.join(available) or 'none')}. "
                "Build one with <code>community-lens build PATH --name NAME</code>.</p>"
            )
        ]
        if available:  # the picker stays, so another dataset is one click away
            notices.insert(0, HTML(picker_html(available, "", [], "", "", "")))
        return DashboardPage(name, None, notices)
    whole = load_view(name, SCOPE_ALL)
    # A dataset built without stored views is described by its raw rows, read once.
    described: View | Export = whole if whole is not None else load_dataset(name)
    export = described if isinstance(described, Export) else None
    platforms = list(described.platforms)
    notices = []
    chosen = platform or query_value("platform")
    if chosen and chosen not in platforms:
        notices.append(_note(f"This dataset has no such platform; showing all of it ({', '.join(platforms)})."))
        chosen = ""
    first, last = since or query_value("since"), until or query_value("until")
    if not all(MONTH_OR_DAY.match(v) for v in (first, last) if v):
        notices.append(_note("The period in the link is not a month (YYYY-MM); showing the whole period."))
        first = last = ""
    elif first and last and first[:7] > last[:7]:
        notices.append(_note(f"The period starts ({first}) after it ends ({last}); showing the whole period."))
        first = last = ""
    # The stored view of what is shown (the chosen platform's, else the whole dataset's), read once.
    stored = (load_view(name, chosen) if chosen else whole) if whole is not None else None
    notices.insert(
        0,
        HTML(
            picker_html(
                available,
                name,
                platforms,
                chosen,
                first,
                last,
                _presets(stored or described),  # presets end with the last month of what is shown
                cohorts=_cohorts_on_disk(),
            )
        ),
    )
    view = stored if not (first or last) else None
    if view is not None and not chosen and (earlier := earlier_summary(name)) is not None:
        # The whole dataset, built from exports of two dates: each card against the account's older export.
        return DashboardPage(name, view, notices, *earlier)
    if view is None:
        export = export or load_dataset(name)
        try:
            scoped = views.select_platform(export, chosen)
            view = view_of(views.select_period(scoped, first, last), whole_chat=scoped.chat)
            if first or last:  # the counts run over the period: the cards and sentences say so, not "all time"
                view.summary["scope"] = _scope(first, last)
                if not view.summary["posts"]["total"] and not view.summary["community"]["size"]:
                    span = _months_of_posts(stored or described)
                    notices.append(
                        _note(
                            "Nothing in this period: no posts and no contact"
                            + (f" (the data runs {span})." if span else ".")
                            + " Choose another period or 'all'."
                        )
                    )
            before = views.previous_period(first, last)
            if before is not None:  # each card compared with the months just before, of the same length
                previous = summarize(views.select_period(scoped, *before), scoped.chat)
                return DashboardPage(name, view, notices, previous, views.period_label(*before))
        except ExportError as exc:
            notices.append(_note(f"Showing the whole dataset: {exc}."))
            view = whole or view_of(export)
    return DashboardPage(name, view, notices)


def _months_of_posts(described: View | Export) -> str:
    """ "from 2023-09 to 2025-12": the months of posts of a stored view; empty where unknown."""
    period = (described.summary.get("period") or {}) if isinstance(described, View) else {}
    first, last = period.get("first_post"), period.get("last_post")
    return f"from {first[:7]} to {last[:7]}" if isinstance(first, str) and isinstance(last, str) else ""


def _scope(first: str, last: str) -> str:
    if first and last:
        return "in " + views.period_label(first, last)
    if first:
        return "since " + views.period_label(first, first)
    return "until the end of " + views.period_label(last, last)


def _cohorts_on_disk() -> list[str]:
    from helpers.cohort.store import list_cohorts

    return list_cohorts()


def _presets(described: View | Export) -> list[tuple[str, str, str]]:
    """The picker's preset periods, ending with the dataset's last month of posts or contact."""
    if isinstance(described, Export):
        ends = [f[c].max() for f, c in ((described.posts, "created_at"), (described.interactions, "at")) if f.height]
        last = max((e for e in ends if isinstance(e, datetime)), default=None)
        return views.period_presets(last.strftime("%Y-%m") if last else None)
    period = described.summary.get("period") or {}
    last = period.get("last_post")
    return views.period_presets(last[:7] if isinstance(last, str) else None)
