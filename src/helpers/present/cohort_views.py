"""What a reader sees of a cohort (many exports summarised by ``community-lens cohort``): the distributions
of conversation share, members against followers, listening and community size against published
figures; groups from the manifest's labels side by side; where one account sits; what could not be read.

The notebook 05-cohort and the dashboard call ``cohort_page(cohort, dataset, group_by)``; every section
returns the items to show in order (an Altair chart, or an HTML string with every value escaped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import polars as pl

from helpers import paths
from helpers.charts import cohort as charts
from helpers.cohort import distributions as dist
from helpers.cohort.build import summarise_in_memory
from helpers.cohort.flatten import FIGURES, NUMERIC_FIGURES, flatten_summary
from helpers.cohort.inputs import resolve_inputs
from helpers.cohort.percentiles import cohort_percentiles, percentile_ranks
from helpers.cohort.store import Cohort, list_cohorts, read_cohort
from helpers.errors import ExportError
from helpers.metrics import benchmarks
from helpers.model import platform_label
from helpers.present import views
from helpers.present.summary import summarize
from helpers.present.tables import SCOPE_ALL, load_view
from helpers.safe_text import html_text
from helpers.store import list_datasets

Item = Any  # an Altair chart or an HTML string

# The figures a reader compares first, with how the pages name them; the rest follow in the codebook's order.
HEADLINE: dict[str, str] = {
    "conversation_share": "Conversation share",
    "community_size": "Community members",
    "people_followers": "Followers",
    "listening_answer_rate": "Conversations others opened that were answered within 3 days",
    "listening_median_answer_hours": "Hours to an answer (median)",
    "reply_closure_closure": "People who answered back",
    "posts_total": "Posts",
    "tiers_core": "Core members",
    "tiers_unanswered": "People left unanswered",
    "concentration_people": "Partners making half the contact",
}
SHARES = frozenset({"conversation_share", "listening_answer_rate", "reply_closure_closure"})
LISTENING_MEANS = "Listening rate: the share of conversations others opened that were answered within 3 days."
GROUP_FIGURES = ("conversation_share", "community_size", "people_followers", "listening_answer_rate")
PLATFORM_GROUP = "platforms"
SAMPLES = "bundled samples"
_MEANING = {fig.column: fig.meaning for fig in FIGURES}


def figure_label(column: str) -> str:
    """How a page names a figure: its headline name, else its codebook meaning."""
    return HEADLINE.get(column) or _MEANING.get(column, column).capitalize()


def load_cohort(name: str = "") -> Cohort:
    """The cohort ``name`` from data/cohorts/, or (empty name) the bundled samples summarised in memory."""
    if name:
        return read_cohort(name)
    tables = summarise_in_memory(resolve_inputs([paths.SAMPLE_DIR]), summarize)
    meta = {"name": SAMPLES, "label_columns": [], "exports_given": tables["exports"].height + tables["failures"].height}
    return Cohort(SAMPLES, meta, tables["exports"], tables["failures"], tables["percentiles"])


def account_summary(export_path: str = "", dataset: str = "") -> dict:
    """The summary of the account to place in a cohort: a processed dataset (its stored view, else its rows),
    or an export (empty: the bundled X sample)."""
    if dataset:
        view = load_view(dataset, SCOPE_ALL)
        if view is not None:
            return view.summary
    return summarize(views.load_for_analysis(export_path, "", dataset, "", ""))


def account_position(cohort: Cohort, summary: dict) -> pl.DataFrame:
    """The account's percentile in the cohort on every measured figure (headline figures first):
    ``figure``, ``label``, ``value``, ``n``, ``percentile``."""
    values = flatten_summary(summary)
    order = [*HEADLINE, *(f for f in NUMERIC_FIGURES if f not in HEADLINE)]
    ranks = percentile_ranks(cohort.exports, {f: values.get(f) for f in order})
    return ranks.with_columns(label=pl.col("figure").replace_strict({f: figure_label(f) for f in order})).select(
        "figure", "label", "value", "n", "percentile"
    )


def platforms_label(platforms: str | None) -> str | None:
    """An export's platforms as people call them: ``mastodon+x`` -> ``Mastodon + X (Twitter)``."""
    return None if platforms is None else " + ".join(platform_label(p) for p in platforms.split("+"))


def _platforms_labelled(frame: pl.DataFrame, column: str) -> pl.DataFrame:
    return frame.with_columns(pl.col(column).map_elements(platforms_label, return_dtype=pl.String))


def built_on(meta: dict) -> str | None:
    """The day a cohort was built, as a reader says it (``5 December 2026``); None when not recorded."""
    try:
        day = datetime.fromisoformat(str(meta["built_at"])).date()
    except (KeyError, ValueError):
        return None
    return f"{day.day} {day:%B %Y}"


def group_choices(cohort: Cohort) -> list[str]:
    """What a cohort's exports can be grouped by: the manifest's labels, then the platform."""
    return [*cohort.label_columns, PLATFORM_GROUP]


def shown(items: list[Item]) -> list[Any]:
    """Items as a notebook displays them: HTML strings as HTML, charts as they are."""
    from IPython.display import HTML

    return [HTML(item) if isinstance(item, str) else item for item in items]


def _median(cohort: Cohort, figure: str) -> tuple[float | None, int]:
    row = cohort_percentiles(cohort.exports, [figure]).filter(pl.col("scope") == "all")
    return (row["p50"][0], int(row["n"][0])) if row.height else (None, 0)


def sentences(cohort: Cohort) -> dict[str, str]:
    """One sentence per distribution, computed from the cohort: its median, and how many exports can show it."""
    total = cohort.exports.height
    out = {}
    for key, figure, template in (
        ("share", "conversation_share", "The median export converses in {:.0%} of its posts"),
        ("followers", "people_followers", "The median export has {:,.0f} followers"),
        (
            "listening",
            "listening_answer_rate",
            "The median export answers {:.0%} of the conversations others opened, within 3 days",
        ),
        ("size", "community_size", "The median export has a community of {:,.0f} members"),
    ):
        median, n = _median(cohort, figure)
        if median is None:
            out[key] = f"None of the {total:,} exports can show this: their downloads do not hold it."
        else:
            shown = (
                f"all {total:,} exports can show it"
                if n == total
                else f"{n:,} of the {total:,} exports can show it (the others' downloads do not hold it)"
            )
            out[key] = f"{template.format(median)}; {shown}."
    brand = benchmarks.brand_conversation_share()
    out["share"] += f" The brand figure is about {brand:.0%}."
    return out


def _p(text: str) -> str:
    return f"<p>{html_text(text)}</p>"


def overview(cohort: Cohort) -> list[Item]:
    """How many exports, of which platforms, summarised by which version, and how many failed."""
    meta = cohort.meta
    exports = cohort.exports
    platforms = exports.group_by("platforms").len().sort("len", "platforms", descending=[True, False])
    listing = ", ".join(f"{platforms_label(p) or 'unknown'} {n:,}" for p, n in platforms.iter_rows())
    failed = cohort.failures.height
    day = built_on(meta)
    made = f"; built by community-lens {meta['code_version']}" if "code_version" in meta else ""
    return [
        f"<h2>Cohort {html_text(cohort.name)}</h2>",
        _p(
            f"{charts.exports_count(exports.height)} summarised ({listing or 'none'})"
            + (f"; {failed:,} could not be read (listed below)" if failed else "")
            + made
            + (f" on {day}." if day and made else ".")
        ),
    ]


def distributions(cohort: Cohort, summary: dict | None = None) -> list[Item]:
    """The four distributions the issue asks for, with the published reference lines; the account placed."""
    e = cohort.exports
    you = flatten_summary(summary) if summary is not None else {}
    followers, members = you.get("people_followers"), you.get("community_size")
    return [
        charts.share_distribution_chart(
            dist.share_histogram(e, "conversation_share"),
            "conversation share",
            benchmarks.conversation_benchmarks(),
            you.get("conversation_share"),
        ),
        charts.members_vs_followers_chart(
            _platforms_labelled(dist.members_and_followers(e), "platforms"),
            float(benchmarks.silent_audience_share()["value"]),
            (followers, members) if followers is not None and members is not None else None,
        ),
        charts.share_distribution_chart(
            dist.share_histogram(e, "listening_answer_rate"),
            "listening rate",
            None,
            you.get("listening_answer_rate"),
            caveat=f"{LISTENING_MEANS} It needs what others wrote to the account (messages, chat): most downloads "
            "of public posts cannot show it. No published reference figure exists for this rate.",
        ),
        charts.community_size_chart(dist.community_size_bands(e), dist.size_band(members)),
    ]


def groups(cohort: Cohort, group_by: str) -> list[Item]:
    """Each headline figure's distribution per group of ``group_by`` (a label column or the platform)."""
    if group_by not in cohort.exports.columns:
        return [_p("No groups to compare: give the exports labels in a manifest (a column such as group or wave).")]
    described = cohort_percentiles(cohort.exports, list(GROUP_FIGURES), [group_by]).filter(pl.col("scope") == group_by)
    if group_by == PLATFORM_GROUP:
        described = _platforms_labelled(described, "group")
    title = "platform" if group_by == PLATFORM_GROUP else group_by.removeprefix("label_").replace("_", " ")
    items: list[Item] = [f"<h3>By {html_text(title)}</h3>"]
    for figure in GROUP_FIGURES:
        rows = described.filter(pl.col("figure") == figure)
        items.append(charts.groups_chart(rows, figure_label(figure), share=figure in SHARES))
    return items


def position(cohort: Cohort, summary: dict) -> list[Item]:
    """Where the account sits: a chart of its percentiles on the headline figures."""
    ranks = account_position(cohort, summary).filter(pl.col("figure").is_in(list(HEADLINE)))
    return [charts.position_chart(ranks)]


def failures(cohort: Cohort) -> list[Item]:
    """The exports that could not be summarised, each with its one-line reason (escaped)."""
    frame = cohort.failures
    if frame.height == 0:
        return [_p("Every export of the cohort was summarised.")]
    rows = "".join(
        f"<tr><td>{html_text(i)}</td><td>{html_text(k.replace('_', ' '))}</td><td>{html_text(r)}</td></tr>"
        for i, k, r in frame.select("export_id", "kind", "reason").iter_rows()
    )
    return [
        _p(f"{charts.exports_count(frame.height)} could not be summarised; each is left out of every figure."),
        f'<table class="cl-coverage"><tr><th>export</th><th>why</th><th>reason</th></tr>{rows}</table>',
    ]


@dataclass
class CohortPage:
    """The cohort to show (or why not), the account to place in it, and the grouping."""

    name: str
    cohort: Cohort | None
    summary: dict | None = None
    group_by: str = ""
    notices: list[Item] = field(default_factory=list)

    def header(self) -> list[Item]:
        return [*self.notices, *(overview(self.cohort) if self.cohort is not None else [])]

    def distributions(self) -> list[Item]:
        return [] if self.cohort is None else distributions(self.cohort, self.summary)

    def groups(self) -> list[Item]:
        return [] if self.cohort is None else groups(self.cohort, self.group_by)

    def position(self) -> list[Item]:
        return [] if self.cohort is None or self.summary is None else position(self.cohort, self.summary)

    def failures(self) -> list[Item]:
        return [] if self.cohort is None else failures(self.cohort)


def cohort_page(
    cohort: str = "", dataset: str = "", group_by: str = "", export_path: str = "", place: bool = False
) -> CohortPage:
    """What a page shows of the cohort ``cohort`` (empty: the bundled samples, summarised in memory), with
    the processed ``dataset`` (or the export at ``export_path``; with ``place`` and neither, the bundled X
    sample) placed in it, and its exports grouped by ``group_by`` (default: the first label, else the
    platform). A name that does not exist is not echoed; the page says what exists instead."""
    notices: list[Item] = []
    if cohort and cohort not in list_cohorts():
        known = ", ".join(list_cohorts()) or "none"
        notices.append(
            _p(f"No cohort by that name. Cohorts: {known}. Make one with: community-lens cohort PATH... --name NAME")
        )
        return CohortPage(cohort, None, notices=notices)
    data = load_cohort(cohort)
    summary = None
    if dataset and dataset not in list_datasets():
        notices.append(_p("No processed dataset by that name to place in the cohort."))
    elif dataset or export_path or place:
        try:
            summary = account_summary(export_path, dataset)
        except ExportError as exc:
            notices.append(_p(f"The account cannot be placed in the cohort: {exc}"))
    choices = group_choices(data)
    chosen = group_by if group_by in choices else choices[0]
    if group_by and group_by not in choices:
        notices.append(_p(f"The cohort has no such label; grouped by {chosen.removeprefix('label_')} instead."))
    return CohortPage(data.name, data, summary, chosen, notices)
