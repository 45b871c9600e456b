"""The per-person ledger on a page: a sortable, searchable table in the dashboard (itables, offline, with a CSV
download of exactly the rows shown) and a formatted static table in the report and the notebooks
(great_tables): percentages as percentages, yes/no, dates whole, every value escaped.

The rows come from ``metrics.ledger.person_ledger`` (stored with the dataset as the view table "ledger").
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import polars as pl

from helpers.model import person_label, platform_label
from helpers.safe_text import html_text

SHOWN_INTERACTIVE = 5_000  # rows in the dashboard's table: the strongest ties first; the CSV of `run` holds all
SHOWN_STATIC = 40  # rows in the report's table

TIER_WORDS = {
    "core": "core member",
    "member": "member",
    "unanswered": "left unanswered",
    "reached": "reached, no answer back",
}
COLUMNS = {
    "person": "Person",
    "platform": "Platform",
    "tier": "Tier",
    "evidence": "Evidence",
    "first_contact": "First contact",
    "last_contact": "Last contact",
    "days_you_wrote": "Days you wrote",
    "days_they_wrote": "Days they wrote",
    "tie_strength": "Tie strength",
    "waiting": "Waiting for you",
}
UNKNOWN = "not in this export"


def _yes_no(col: str) -> pl.Expr:
    return (
        pl.when(pl.col(col).is_null())
        .then(pl.lit(UNKNOWN))
        .when(pl.col(col))
        .then(pl.lit("yes"))
        .otherwise(pl.lit("no"))
    )


def ledger_rows(ledger: pl.DataFrame, linked: bool) -> pl.DataFrame:
    """The ledger as people read it: names (linked to their public profile where ``linked``), platform labels,
    tier words, dates as YYYY-MM-DD, yes/no, and "not in this export" where the export cannot tell."""
    name = person_label()
    if linked:
        text = name.map_elements(html_text, return_dtype=pl.String)
        url = pl.col("profile_url").map_elements(html_text, return_dtype=pl.String)
        name = (
            pl.when(pl.col("profile_url").is_not_null())
            .then(pl.format('<a href="{}" target="_blank" rel="noopener noreferrer">{}</a>', url, text))
            .otherwise(text)
        )
    return ledger.select(
        person=name,
        platform=pl.col("platform").map_elements(platform_label, return_dtype=pl.String),
        tier=pl.col("tier").cast(pl.String).replace_strict(TIER_WORDS, default=pl.col("tier").cast(pl.String)),
        evidence=pl.col("evidence").cast(pl.String),
        first_contact=pl.col("first_contact").dt.strftime("%Y-%m-%d"),
        last_contact=pl.col("last_contact").dt.strftime("%Y-%m-%d"),
        days_you_wrote=pl.col("days_you_wrote"),
        days_they_wrote=pl.col("days_they_wrote").cast(pl.String).fill_null(UNKNOWN),
        tie_strength=pl.col("tie_strength").round(1),
        waiting=_yes_no("waiting"),
    )


@cache
def _itables_init() -> str:
    """ITables' DataTables bundle, inlined once per page (about 900 kB): the table needs no network."""
    # What itables.init_notebook_mode(connected=False) displays (itables 2.9.1, pinned), as a string a page
    # can hold: the DataTables bundle inlined, its one CDN import replaced by the inlined module.
    from itables.javascript import (
        UNPKG_DT_BUNDLE_URL_NO_VERSION,
        _itables_underscore_version,
        generate_init_offline_itables_html,
        read_package_file,
        replace_value,
    )
    from itables.options import dt_bundle

    init = read_package_file("html/init_datatables.html")
    init = replace_value(
        init,
        "import { set_or_remove_dark_class } from '" + UNPKG_DT_BUNDLE_URL_NO_VERSION + "';",
        "const { set_or_remove_dark_class } = await window." + _itables_underscore_version() + ";",
    )
    return init + generate_init_offline_itables_html(dt_bundle)


def ledger_interactive_html(ledger: pl.DataFrame, filename: str = "people") -> str:
    """The dashboard's ledger: sortable and searchable, a CSV button that downloads the rows as filtered and
    sorted on screen; every value escaped here (the table is told to show the HTML of the links)."""
    import itables

    shown = ledger.head(SHOWN_INTERACTIVE)
    rows = (
        ledger_rows(shown, linked=True)
        .with_columns(
            [
                pl.col(c).map_elements(html_text, return_dtype=pl.String)
                for c in ("platform", "tier", "evidence", "days_they_wrote", "waiting")
            ]
        )
        .rename(COLUMNS)
    )
    more = (
        f"<p class='cl-explain'>The {SHOWN_INTERACTIVE:,} strongest ties of {ledger.height:,} are listed here; "
        "the full list is data/ledger.csv of <code>community-lens run</code>.</p>"
        if ledger.height > SHOWN_INTERACTIVE
        else ""
    )
    table = itables.to_html_datatable(
        rows,
        connected=False,
        allow_html=True,
        showIndex=False,
        show_dtypes=False,
        buttons=[{"extend": "csvHtml5", "text": "Download these rows (CSV)", "title": html_text(filename)}],
        layout={"topStart": "buttons", "topEnd": "search", "bottomStart": "info", "bottomEnd": "paging"},
        pageLength=25,
        columnDefs=[{"className": "dt-left", "targets": [0, 1, 2, 3]}],
        order=[[list(COLUMNS).index("tie_strength"), "desc"]],
        classes="display compact",
        display_logo_when_loading=False,
    )
    return _itables_init() + "<div class='cl-ledger'>" + table + "</div>" + more


def ledger_static_html(ledger: pl.DataFrame, limit: int = SHOWN_STATIC) -> str:
    """The report's and notebooks' ledger: the strongest ``limit`` ties as a formatted table (great_tables)."""
    from great_tables import GT

    rows = ledger_rows(ledger.head(limit), linked=False)
    table = (
        GT(rows)
        .cols_label(cases=cast(Any, COLUMNS))  # great_tables types the labels' dict invariantly
        .fmt_number(columns="tie_strength", decimals=1)
        .fmt_integer(columns="days_you_wrote")
        .cols_align(align="right", columns=["days_you_wrote", "days_they_wrote", "tie_strength"])
        .tab_options(table_font_size="12px", table_width="100%", data_row_padding="3px")
        .as_raw_html()
    )
    more = (
        f"<p class='cl-explain'>The {limit} strongest ties of {ledger.height:,}; everyone is in data/ledger.csv.</p>"
        if ledger.height > limit
        else ""
    )
    return "<div class='cl-table cl-ledger-static'>" + table + "</div>" + more
