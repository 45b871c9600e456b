"""The headline figures of an export: the ``community-lens summary --json`` contract (DESIGN.md)."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from helpers.metrics.audience import community_size, export_tiers, people_counts, tier_counts
from helpers.metrics.ladder import member_states
from helpers.metrics.listening import export_openers, listening_summary
from helpers.metrics.reciprocity import concentration, reply_closure
from helpers.metrics.voice import conversation_share, kind_counts, mode_counts
from helpers.model import Export


def summarize(export: Export) -> dict:
    """The summary object: keys exactly as DESIGN.md gives them, plus a few more after them.

    For a combined dataset ``platform`` is "mixed" and ``by_platform`` holds one such summary per platform.
    """
    summary = _summarize(export)
    if export.platform == "mixed":
        summary["by_platform"] = {p: _summarize(export.only(p)) for p in export.platforms}
    return summary


def _summarize(export: Export) -> dict:
    tiers = export_tiers(export)
    posts = export.posts
    messages = export.interactions.filter(pl.col("channel") == "message")
    first: datetime | None = posts["created_at"].min() if posts.height else None  # type: ignore[assignment]  # a Datetime column's min is a datetime
    last: datetime | None = posts["created_at"].max() if posts.height else None  # type: ignore[assignment]
    inferred = int(tiers.filter(pl.col("evidence") == "inferred").height)
    return {
        "platform": export.platform,
        "owner": export.owner.as_dict(),
        "posts": {"total": posts.height, "kind": kind_counts(posts), "mode": mode_counts(posts)},
        "conversation_share": conversation_share(posts),
        "people": people_counts(export.people, export.coverage),
        "tiers": tier_counts(tiers),
        "coverage": export.coverage.as_dict(),
        # Additions beyond the contract.
        "community": {
            "size": community_size(tiers),
            "members_observed": community_size(tiers) - inferred,
            "members_inferred": inferred,
        },
        "messages": {
            "sent": int(messages.filter(pl.col("direction") == "out")["ref_id"].n_unique())
            if export.coverage.messages
            else None,
            "received": int(messages.filter(pl.col("direction") == "in")["ref_id"].n_unique())
            if export.coverage.messages
            else None,
        },
        "likes_given": export.likes_given_count,
        "period": {
            "first_post": first.isoformat() if first else None,
            "last_post": last.isoformat() if last else None,
        },
        "listening": listening_summary(export_openers(export)),
        "reply_closure": reply_closure(export.interactions, export.coverage),
        "concentration": {k: v for k, v in concentration(export.interactions).items() if k != "account_ids"},
        "member_states": _state_counts(export),
        "generation": export.generation,
        "warnings": [w.message for w in export.warnings],
    }


def _state_counts(export: Export) -> dict[str, int]:
    states = member_states(export)
    counts = dict(states.group_by("state").len().iter_rows()) if states.height else {}
    return {s: int(counts.get(s, 0)) for s in ("active", "drifting", "away")}


def summary_text(summary: dict) -> str:
    """The summary as a few readable lines."""
    o = summary["owner"]
    who = f"@{o['handle']}" if o.get("handle") else (o.get("account_id") or "unknown owner")
    p = summary["posts"]
    share = summary["conversation_share"]
    ppl = summary["people"]
    tiers = summary["tiers"]
    com = summary["community"]

    def show(v):
        return "not in this export" if v is None else f"{v:,}"

    what = "Combined dataset" if summary["platform"] == "mixed" else f"{summary['platform'].upper()} export"
    lines = [
        f"{what} of {who} ({summary['generation']})",
        f"Posts: {p['total']:,}  " + ", ".join(f"{k} {v:,}" for k, v in p["kind"].items()),
        "Voice: "
        + ", ".join(f"{k} {v:,}" for k, v in p["mode"].items())
        + (f"  -> you converse in {share:.0%} of your posts" if share is not None else "  -> no posts to measure"),
        f"People: followers {show(ppl['followers'])}, following {show(ppl['following'])}, mutuals {show(ppl['mutuals'])}",
        "Tiers: " + ", ".join(f"{k} {v:,}" for k, v in tiers.items()),
        f"Community (members + core): {com['size']:,} ({com['members_observed']:,} observed two-way, {com['members_inferred']:,} inferred)",
    ]
    absent = [k for k, v in summary["coverage"].items() if not v]
    if absent:
        lines.append("Not in this export: " + ", ".join(absent))
    lines += [f"Note: {w}" for w in summary["warnings"]]
    for platform, part in summary.get("by_platform", {}).items():
        lines += ["", f"--- {platform} ---", summary_text(part)]
    return "\n".join(lines)
