"""One export's summary (the ``community-lens summary --json`` contract) as one flat row of a cohort table.

The columns are a fixed allow-list: every figure of the contract, each under a name a statistics package
accepts (letters, digits and ``_``, at most 32 characters), with its type and one line for the codebook.
Whatever the list does not name is never stored: the owner's handle, name and id, the warnings' words
(they name files, and a file of a Facebook inbox is named after the person written to), the account ids
behind ``concentration``, the per-platform parts of a combined export. A figure the export cannot show is
null, as in the summary.

>>> flat = flatten_summary({"platform": "x", "posts": {"total": 30, "kind": {"reply": 9}}, "owner": {"handle": "a"}})
>>> flat["posts_total"], flat["posts_kind_reply"], "owner_handle" in flat
(30, 9, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

import polars as pl

from helpers.errors import WARNING_KINDS, ExportWarning
from helpers.model import COVERAGE_LABELS, COVERAGE_SIGNALS, KINDS, MODES, TIERS


@dataclass(frozen=True)
class Figure:
    """One column of the cohort table: where it sits in the summary, its type, what it means."""

    column: str
    path: tuple[str, ...]
    dtype: pl.DataType
    meaning: str


def _figures() -> tuple[Figure, ...]:
    i, f, b, s, d = pl.Int64(), pl.Float64(), pl.Boolean(), pl.String(), pl.Date()
    figures = [
        Figure("platform", ("platform",), s, "platform of the export ('mixed' when a folder held several)"),
        Figure("generation", ("generation",), s, "which generation of the platform's export format was read"),
        Figure("posts_total", ("posts", "total"), i, "public posts and comments by the account"),
        *(Figure(f"posts_kind_{k}", ("posts", "kind", k), i, f"posts of kind '{k}'") for k in KINDS),
        *(Figure(f"posts_mode_{m}", ("posts", "mode", m), i, f"posts in voice mode '{m}'") for m in MODES),
        Figure("conversation_share", ("conversation_share",), f, "conversation posts / all posts (0-1)"),
        Figure("people_followers", ("people", "followers"), i, "accounts following the account"),
        Figure("people_following", ("people", "following"), i, "accounts the account follows"),
        Figure("people_mutuals", ("people", "mutuals"), i, "accounts following and followed"),
        *(Figure(f"tiers_{t}", ("tiers", t), i, f"people in audience tier '{t}'") for t in TIERS),
        *(
            Figure(f"coverage_{c}", ("coverage", c), b, f"the export holds: {COVERAGE_LABELS[c].lower()}")
            for c in COVERAGE_SIGNALS
        ),
        Figure("community_size", ("community", "size"), i, "community members (core + member tiers)"),
        Figure(
            "community_members_observed", ("community", "members_observed"), i, "members in observed two-way contact"
        ),
        Figure(
            "community_members_inferred", ("community", "members_inferred"), i, "members inferred (no inbound signal)"
        ),
        Figure("messages_sent", ("messages", "sent"), i, "private messages the account sent"),
        Figure("messages_received", ("messages", "received"), i, "private messages the account received"),
        Figure("likes_given", ("likes_given",), i, "likes the account gave"),
        # The day only: a post's exact time is public and could single the account out.
        Figure("period_first_post", ("period", "first_post"), d, "day of the first post (UTC)"),
        Figure("period_last_post", ("period", "last_post"), d, "day of the last post (UTC)"),
        Figure("listening_openers", ("listening", "openers"), i, "conversation openers others sent"),
        Figure("listening_answered", ("listening", "answered"), i, "openers answered within 72 hours"),
        Figure("listening_answer_rate", ("listening", "answer_rate"), f, "answered / openers (0-1)"),
        Figure("listening_median_answer_hours", ("listening", "median_answer_hours"), f, "median hours to an answer"),
        Figure("listening_waiting", ("listening", "waiting"), i, "people whose last opener is unanswered"),
        Figure("reply_closure_addressed", ("reply_closure", "addressed"), i, "people the account addressed"),
        Figure("reply_closure_answered_back", ("reply_closure", "answered_back"), i, "of them, people who answered"),
        Figure("reply_closure_closure", ("reply_closure", "closure"), f, "answered_back / addressed (0-1)"),
        Figure("concentration_people", ("concentration", "people"), i, "fewest partners making half the contact"),
        Figure("concentration_two_way_partners", ("concentration", "two_way_partners"), i, "two-way partners"),
        *(
            Figure(f"member_states_{st}", ("member_states", st), i, f"members now '{st}'")
            for st in ("active", "drifting", "away")
        ),
        # A chat community as a whole (Slack, Discord, Telegram; null for one account's own export).
        *(
            Figure(f"wc_{column}", ("whole_community", *path), dtype, f"whole community: {meaning}")
            for column, path, dtype, meaning in (
                ("messages", ("messages",), i, "messages"),
                ("people_talking", ("people_talking",), i, "people who wrote"),
                ("people_two_way", ("people_in_two_way_contact",), i, "people in two-way contact with anyone"),
                (
                    "people_two_way_without_host",
                    ("people_in_two_way_contact_without_host",),
                    i,
                    "of them, without the account",
                ),
                ("openers_total", ("openers", "total"), i, "conversation openers"),
                ("openers_too_recent", ("openers", "too_recent"), i, "openers under 72 hours old"),
                ("openers_answered_72h", ("openers", "answered_72h"), i, "openers answered within 72 hours"),
                ("openers_answered_share_72h", ("openers", "answered_share_72h"), f, "share answered (0-1)"),
                (
                    "openers_median_hours_answer",
                    ("openers", "median_hours_to_first_answer"),
                    f,
                    "median hours to the first answer",
                ),
                ("answers_total", ("answers", "total"), i, "answers"),
                ("answers_by_host", ("answers", "by_host"), i, "answers by the account"),
                ("answers_host_share", ("answers", "host_share"), f, "share of answers by the account (0-1)"),
                ("top_answerers_share", ("answers", "top_answerers_share"), f, "share of the top answerers (0-1)"),
                ("depends_on_one_person", ("answers", "depends_on_one_person"), b, "rests on one answerer"),
                ("newcomers_total", ("newcomers", "total"), i, "newcomers"),
                ("newcomers_too_recent", ("newcomers", "too_recent"), i, "newcomers under 72 hours ago"),
                ("newcomers_answered_72h", ("newcomers", "answered_72h"), i, "newcomers answered within 72 hours"),
                ("newcomers_answered_share_72h", ("newcomers", "answered_share_72h"), f, "share answered (0-1)"),
                ("host_listening_total", ("host_listening", "total"), i, "openers by others where the account writes"),
                ("host_listening_too_recent", ("host_listening", "too_recent"), i, "of them under 72 hours old"),
                ("host_answered_72h", ("host_listening", "answered_72h"), i, "answered by the account within 72 h"),
                ("host_answered_share_72h", ("host_listening", "answered_share_72h"), f, "share answered (0-1)"),
                ("host_median_hours_answer", ("host_listening", "median_hours_to_answer"), f, "median hours"),
            )
        ),
    ]
    return tuple(figures)


FIGURES: tuple[Figure, ...] = _figures()
# What the summary holds and the cohort never stores, and why (a test checks every leaf is one or the other).
DROPPED: dict[tuple[str, ...], str] = {
    ("owner",): "the account's own handle, name and id: exports are known by a pseudonym",
    ("warnings",): "their words name files, which can be named after people; counted by kind instead",
    ("by_platform",): "the parts of a combined export; the combined figures and `platforms` are kept",
    ("concentration", "account_ids"): "ids of other people",
    (
        "whole_community",
        "answers",
        "top_answerers",
    ): "one row per person (no names, but per person); their share is kept",
}
# Added beside the figures: from the summary (which platforms) and from the export's warnings (their kinds).
EXTRA: tuple[Figure, ...] = (
    Figure("platforms", ("by_platform",), pl.String(), "the platforms of the export, '+'-joined"),
    Figure("warnings", ("warnings",), pl.Int64(), "warnings the reader gave (what the export lacks)"),
    *(
        Figure(f"warnings_{k}", (), pl.Int64(), f"warnings of kind '{k}' (docs: errors.WARNING_MEANINGS)")
        for k in WARNING_KINDS
    ),
)
FIGURE_SCHEMA = pl.Schema({fig.column: fig.dtype for fig in (*FIGURES, *EXTRA)})
# Figures that are measured quantities (percentiles are taken of these), not labels or flags.
NUMERIC_FIGURES: tuple[str, ...] = tuple(
    fig.column for fig in FIGURES if fig.dtype in (pl.Int64(), pl.Float64()) and not fig.column.startswith("period_")
)
# A Bluesky generation names the repository's revision: a public, unique value, so it is left out.
_REVISION = re.compile(r"\s*\(rev [^)]*\)")


def _leaf(summary: Mapping, path: tuple[str, ...]):
    value: object = summary
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _typed(value, dtype: pl.DataType):
    if value is None:
        return None
    if dtype == pl.Date():
        return datetime.fromisoformat(value).date() if isinstance(value, str) else value
    if dtype == pl.String() and isinstance(value, str):
        return _REVISION.sub("", value)
    return value


def flatten_summary(summary: Mapping, warnings: Iterable[ExportWarning] = ()) -> dict:
    """The figures of one summary as one flat row (``FIGURE_SCHEMA``'s columns, in order).

    ``warnings`` (the export's, with their kinds) are counted by kind; their words are not kept.
    """
    row = {fig.column: _typed(_leaf(summary, fig.path), fig.dtype) for fig in FIGURES}
    parts = summary.get("by_platform")
    row["platforms"] = "+".join(sorted(parts)) if isinstance(parts, Mapping) and parts else summary.get("platform")
    kinds = [w.kind for w in warnings]
    row["warnings"] = len(summary.get("warnings") or [])
    row.update({f"warnings_{k}": kinds.count(k) for k in WARNING_KINDS})
    return row


def summary_leaves(summary: Mapping, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every path to a value (not a nested object) in a summary: what the allow-list must account for."""
    leaves = []
    for key, value in summary.items():
        path = (*prefix, key)
        if isinstance(value, Mapping) and value and path not in DROPPED:
            leaves += summary_leaves(value, path)
        else:
            leaves.append(path)
    return leaves


def stored_or_dropped(path: tuple[str, ...]) -> bool:
    """Whether the allow-list stores the value at ``path`` or drops it on purpose."""
    return path in DROPPED or any(fig.path == path for fig in FIGURES) or path[:1] in DROPPED


def codebook() -> pl.DataFrame:
    """Every column the cohort's export table can hold: name, type, meaning, where it sits in the summary."""
    rows = [
        {"column": fig.column, "type": str(fig.dtype), "meaning": fig.meaning, "summary_field": ".".join(fig.path)}
        for fig in (*FIGURES, *EXTRA)
    ]
    return pl.DataFrame(
        rows, schema={"column": pl.String, "type": pl.String, "meaning": pl.String, "summary_field": pl.String}
    )


def as_date(value: str | None) -> date | None:
    """A summary's ISO time as the day the cohort stores."""
    return _typed(value, pl.Date())
