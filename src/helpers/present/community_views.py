"""One call per community-depth chart or table, for notebook 04 and the dashboard: an Export in."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import altair as alt
import polars as pl
from IPython.display import HTML

from helpers.charts import community as cc
from helpers.charts import whole_community as wcc
from helpers.errors import ExportError
from helpers.metrics import audience, ladder, ledger, listening
from helpers.metrics import whole_community as wcm
from helpers.model import Export, person_label
from helpers.present.ledger import ledger_static_html
from helpers.present.summary import chat_community
from helpers.present.tables import account_timezone, whole_community_tables
from helpers.present.views import caveat

NO_INBOUND = (
    "This export holds nothing others wrote to you (no messages received, no replies to you), so whether "
    "you answer people cannot be measured here."
)


def ladder_over_time(
    export: Export, window_months: int = ladder.WINDOW_MONTHS, frame: pl.DataFrame | None = None
) -> alt.Chart:
    """``frame``: a ladder already computed (``ladder.ladder``) for the same window, to skip recomputing it."""
    frame = ladder.ladder_spans(export, window_months) if frame is None else frame
    return cc.ladder_chart(ladder.tier_counts_over_time(frame), window_months, caveat(export, "audience"))


def new_members_over_time(export: Export, frame: pl.DataFrame | None = None) -> alt.Chart:
    frame = ladder.ladder_spans(export) if frame is None else frame
    return cc.new_members_chart(ladder.new_members(frame), ladder.conversion(frame))


def cohorts(export: Export) -> alt.Chart:
    return cc.cohort_chart(ladder.cohort_retention(export))


def member_states(export: Export) -> alt.Chart:
    return cc.member_states_chart(ladder.member_states(export), ladder.ACTIVE_MONTHS, ladder.AWAY_MONTHS)


def listening_by_hour(export: Export, timezone: str = "") -> alt.Chart | None:
    """The answer-rate heat map in ``timezone`` (an IANA name; empty: the account's where the export gives it,
    else UTC), or None where the export holds no inbound contact."""
    ops = listening.export_openers(export)
    if ops is None:
        return None
    zone = timezone or account_timezone(export)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ExportError(
            f"timezone {zone!r}: not a time zone name (expected an IANA name such as Europe/Stockholm)"
        ) from None
    return cc.listening_chart(listening.answer_times_by_hour_and_weekday(ops, zone), listening.listening_summary(ops))


def still_waiting(export: Export) -> pl.DataFrame | None:
    """Who wrote to the owner and has had no answer since (names, platform, since when); None without inbound."""
    ops = listening.export_openers(export)
    if ops is None:
        return None
    names = export.people.select("platform", "account_id", "handle", "display_name")
    return (
        listening.still_waiting(ops)
        .join(names, on=["platform", "account_id"], how="left")
        .select(
            name=person_label(),
            platform="platform",
            waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
        )
    )


def people_you_know(export: Export, n: int = 15) -> HTML:
    """The people ledger, strongest ties first (``n`` rows), as a formatted table: names, tier, evidence,
    first and last contact, days each way, tie strength and who is waiting (docs/metrics.md)."""
    ops = listening.export_openers(export)
    people = ledger.person_ledger(
        audience.export_tiers(export),
        export.interactions,
        {p: m.coverage for p, m in export.platforms.items()},
        listening.still_waiting(ops) if ops is not None else None,
    )
    if not people.height:
        return HTML("<p>Nobody has been in direct contact with this account in this export.</p>")
    return HTML(ledger_static_html(people, n))


NO_CHAT = (
    "This export holds no chat community (a workspace, server or group where everyone's messages are kept), so "
    "the community as a whole cannot be shown here: the sections above show it from your side."
)
UNSEEN_ANSWERS = (
    "An answer given with neither a reply nor a mention (a plain message after the question) is not seen, so "
    "every answered share here is a lower bound. Private conversations are left out of conversations started "
    "and answers: the export holds only your own."
)


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n:,} people"


def _answered(part: dict, by: str = "") -> str:
    judged = part["total"] - part["too_recent"]
    if part["answered_share_72h"] is None:
        return "none is old enough to tell whether it was answered"
    recent = f" ({part['too_recent']:,} more are too recent to tell)" if part["too_recent"] else ""
    return (
        f"{part['answered_72h']:,} of the {judged:,} old enough to tell got an answer{by} within 3 days "
        f"({part['answered_share_72h']:.0%}){recent}"
    )


def whole_community_sentences(block: dict) -> list[str]:
    """The community as a whole in plain sentences, each number said with what it counts (the summary's
    ``whole_community`` block)."""
    n, h = block.get("newcomers") or {}, block.get("host_listening") or {}
    without = block.get("people_in_two_way_contact_without_host")
    if block.get("people_talking") is None:
        return [NO_CHAT]
    sentences = [
        f"{_people(block['people_talking'])} wrote {block['messages']:,} messages. "
        f"{block['people_in_two_way_contact']:,} of them are in two-way contact with someone: each replied to a "
        "message of the other or named them"
        + (f"; leaving out contact with you, {without:,} still are." if without is not None else "."),
    ]
    if n.get("total") is None:
        sentences.append("This export holds no shared conversation (a channel or group), only private ones.")
    else:
        sentences.append(
            f"Newcomers: {_people(n['total'])} wrote for the first time in a shared conversation"
            + (f"; {_answered(n)}." if n["total"] else ".")
        )
    if h.get("total") is not None:
        median = h["median_hours_to_answer"]
        sentences.append(
            f"In the shared conversations where you write, others started {h['total']:,} conversations with "
            "anyone, not only with you"
            + (f"; {_answered(h, ' from you')}" if h["total"] else "")
            + (f", your first after a median {wcm.duration_text(median)}" if median is not None else "")
            + ". (Those who wrote to you and wait for an answer are listed under Listening.)"
        )
    return [*sentences, UNSEEN_ANSWERS]


@dataclass
class WholeCommunityParts:
    """What the whole-community section shows: sentences, two charts, and who is still waiting (None when
    the export does not say whose view it is)."""

    sentences: list[str]
    answer_times: alt.Chart
    answerers: alt.Chart
    still_waiting: pl.DataFrame | None


def whole_community_parts(block: dict, tables: dict[str, pl.DataFrame]) -> WholeCommunityParts:
    """The section's parts from the summary's block and the stored tables (``tables.whole_community_tables``)."""
    waiting = tables.get("whole_community_still_waiting")
    return WholeCommunityParts(
        whole_community_sentences(block),
        wcc.answer_times_chart(tables["whole_community_answer_times"], block),
        wcc.answerers_chart(tables["whole_community_answerers"], block),
        None
        if waiting is None
        else waiting.select(
            name=person_label(),
            platform="platform",
            waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d"),
        ),
    )


def whole_community(export: Export, whole_chat: pl.DataFrame | None = None) -> WholeCommunityParts | None:
    """The community as a whole for notebook 04; None for an export that holds no chat community.
    ``whole_chat``: for a period, the chat of the whole dataset it was cut from."""
    chat = chat_community(export, whole_chat)
    if chat is None:
        return None
    return whole_community_parts(wcm.summary(chat), whole_community_tables(export, chat))
