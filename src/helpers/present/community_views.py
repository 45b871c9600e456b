"""The community as a whole for notebook 04, the dashboard and the report: sentences and charts from the summary's
block and the stored tables (the other community-depth charts are ``views``' functions of a View)."""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import polars as pl

from helpers.charts import whole_community as wcc
from helpers.metrics import whole_community as wcm
from helpers.model import person_label

NO_INBOUND = (
    "This export holds nothing others wrote to you (no messages received, no replies to you), so whether "
    "you answer people cannot be measured here."
)


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
