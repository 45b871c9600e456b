"""The headline figures of an export: the ``community-lens summary --json`` contract (DESIGN.md)."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from helpers.metrics.audience import community_size, export_tiers, people_counts, tier_counts
from helpers.metrics.ladder import member_states
from helpers.metrics.listening import export_openers, listening_summary
from helpers.metrics.reciprocity import concentration, reply_closure
from helpers.metrics.voice import conversation_share, kind_counts, mode_counts
from helpers.metrics.whole_community import WholeCommunity, duration_text, whole_community
from helpers.metrics.whole_community import summary as whole_community_summary
from helpers.model import COVERAGE_LABELS, Export
from helpers.platforms.registry import PLATFORMS, label
from helpers.present.findings import NOT_SHOWN


def summarize(export: Export, whole_chat: pl.DataFrame | None = None) -> dict:
    """The summary object: keys exactly as DESIGN.md gives them, plus a few more after them.

    For a combined dataset ``platform`` is "mixed" and ``by_platform`` holds one such summary per platform.
    ``whole_chat``: for a period of a chat dataset, the chat of the whole dataset (``chat_community``).
    """
    summary = _summarize(export, whole_chat)
    if export.platform == "mixed":
        summary["by_platform"] = {p: _summarize(export.only(p), whole_chat) for p in export.platforms}
    return summary


def holds_chat(export: Export) -> bool:
    """The export holds a chat community: one of its platforms is a chat platform, or has chat messages."""
    if export.chat is None:
        return False
    chats = {p.name for p in PLATFORMS if p.many_voices} | set(export.chat["platform"].unique().to_list())
    return any(p in chats for p in export.platforms)


def chat_community(export: Export, whole_chat: pl.DataFrame | None = None) -> WholeCommunity | None:
    """The community as a whole (``metrics.whole_community``), None for an export that holds no chat community.

    ``whole_chat``: when ``export`` is a period of a dataset, that dataset's chat (answers after the period,
    the end of the data and everyone's first message are read from it); None when it is the whole dataset.
    """
    if export.chat is None or not holds_chat(export):
        return None
    return whole_community(
        export.chat,
        {p: m.owner.account_id for p, m in export.platforms.items()},
        whole_chat,
        {p: m.exported_at for p, m in export.platforms.items()},
    )


def _known(value, known: bool):
    """``value`` where the export can show it, else None: the one rule every surface shows."""
    if isinstance(value, dict):
        return {k: _known(v, known) for k, v in value.items()}
    return value if known else None


def _summarize(export: Export, whole_chat: pl.DataFrame | None = None) -> dict:
    """The figures, each null exactly when the export cannot show it (docs/metrics.md, "What an export can show").

    - no post files: post counts, kinds, modes, share and period null;
    - no follower list: followers and the follower tier null; no following list: following and its tier null;
    - nothing others wrote (no replies by others, no messages received): unanswered, listening, the people
      in observed two-way contact and their states null; members can then only be inferred, which needs a
      follower list, so without one the community itself is null;
    - sent messages known and received not: ``sent`` a number, ``received`` null;
    - ``whole_community`` only for chat exports (``metrics.whole_community.summary`` says when its figures are null).
    """
    cov = export.coverage
    tiers = export_tiers(export)
    posts = export.posts
    messages = export.interactions.filter(pl.col("channel") == "message")
    first: datetime | None = posts["created_at"].min() if posts.height else None  # type: ignore[assignment]  # a Datetime column's min is a datetime
    last: datetime | None = posts["created_at"].max() if posts.height else None  # type: ignore[assignment]
    inferred = int(tiers.filter(pl.col("evidence") == "inferred").height)
    size = community_size(tiers)
    community_known = cov.members_knowable
    addressed_known = cov.addressed_knowable
    counts = tier_counts(tiers)
    tier_known = {
        "core": community_known,
        "member": community_known,
        "unanswered": cov.others_wrote,
        "reached": addressed_known,
        "follower": cov.followers,
        "following": cov.following,
    }
    summary = {
        "platform": export.platform,
        "owner": export.owner.as_dict(),
        "posts": _known({"total": posts.height, "kind": kind_counts(posts), "mode": mode_counts(posts)}, cov.own_posts),
        "conversation_share": _known(conversation_share(posts), cov.own_posts),
        "people": people_counts(export.people, cov),
        "tiers": {t: _known(n, tier_known[t]) for t, n in counts.items()},
        "coverage": cov.as_dict(),
        # Additions beyond the contract.
        "community": {
            "size": _known(size, community_known),
            "members_observed": _known(size - inferred, cov.others_wrote),
            "members_inferred": _known(inferred, community_known),
        },
        "messages": {
            "sent": _known(int(messages.filter(pl.col("direction") == "out")["ref_id"].n_unique()), cov.messages_sent),
            "received": _known(int(messages.filter(pl.col("direction") == "in")["ref_id"].n_unique()), cov.messages),
        },
        "likes_given": export.likes_given_count,
        "period": _known(
            {"first_post": first.isoformat() if first else None, "last_post": last.isoformat() if last else None},
            cov.own_posts,
        ),
        "listening": listening_summary(export_openers(export)),
        "reply_closure": {k: _known(v, addressed_known) for k, v in reply_closure(export.interactions, cov).items()},
        "concentration": _known(
            {k: v for k, v in concentration(export.interactions).items() if k != "account_ids"}, cov.others_wrote
        ),
        "member_states": _known(_state_counts(export), cov.others_wrote),
        "generation": export.generation,
        "warnings": [w.message for w in export.warnings],
    }
    if (chat := chat_community(export, whole_chat)) is not None:
        summary["whole_community"] = whole_community_summary(chat)
    return summary


def _state_counts(export: Export) -> dict[str, int]:
    states = member_states(export)
    counts = dict(states.group_by("state").len().iter_rows()) if states.height else {}
    return {s: int(counts.get(s, 0)) for s in ("active", "drifting", "away")}


def _answered_text(part: dict, by: str = "") -> str:
    """ "68% of 117 answered within 3 days; 3 too recent to tell", or why no share can be given."""
    judged = part["total"] - part["too_recent"]
    if not part["total"]:
        return "none"
    if part["answered_share_72h"] is None:
        return f"none old enough to tell whether it was answered{by}"
    recent = f"; {part['too_recent']:,} too recent to tell" if part["too_recent"] else ""
    return f"{part['answered_share_72h']:.0%} of {judged:,} answered{by} within 3 days{recent}"


def _whole_community_lines(c: dict) -> list[str]:
    """The community as a whole in a few plain lines (chat exports); what the export cannot show says so."""

    def count(value) -> str:
        return NOT_SHOWN if value is None else f"{value:,}"

    def part(name: str) -> dict:
        return c.get(name) or {}

    o, a, n, h = part("openers"), part("answers"), part("newcomers"), part("host_listening")
    without = c.get("people_in_two_way_contact_without_host")
    lines = [
        f"The community as a whole: people who wrote {count(c.get('people_talking'))}, "
        f"messages {count(c.get('messages'))}; in two-way contact with someone "
        f"{count(c.get('people_in_two_way_contact'))}"
        + (f" ({without:,} leaving out contact with you)" if without is not None else ""),
    ]
    if o.get("total") is None:
        lines.append(f"Conversations started in shared conversations: {NOT_SHOWN} (no shared conversation)")
        return lines
    median = o.get("median_hours_to_first_answer")
    lines.append(
        f"Conversations started in shared conversations: {o['total']:,}; {_answered_text(o)}"
        + (f"; first answer after a median {duration_text(median)}" if median is not None else "")
    )
    if a.get("total"):
        host = f"you give {a['host_share']:.0%}, " if a.get("host_share") is not None else ""
        leaders = len(a.get("top_answerers") or [])
        top = "the top answerer" if leaders == 1 else f"the top {leaders} answerers"
        depends = {
            True: "  -> one person gives over half: the community depends on them",
            None: "  -> too few answers to tell whether it depends on one person",
        }.get(a.get("depends_on_one_person"), "")
        lines.append(
            f"Answers (replies to someone else): {a['total']:,}; {host}{top} {a['top_answerers_share']:.0%}{depends}"
        )
    else:
        lines.append(f"Answers (replies to someone else): {count(a.get('total'))}")
    if n.get("total") is not None:
        lines.append(f"Newcomers (first message in a shared conversation): {n['total']:,}; {_answered_text(n)}")
    if h.get("total") is not None:
        lines.append(
            "In shared conversations where you write, conversations others started (to anyone, not only to you): "
            f"{h['total']:,}; {_answered_text(h, ' by you')}"
        )
    return lines


def summary_text(summary: dict) -> str:
    """The summary as a few readable lines; a figure the export cannot show reads "not in this export"."""
    o = summary["owner"]
    who = (
        f"@{o['handle']}"
        if o.get("handle")
        else (o.get("display_name") or o.get("account_id") or "an owner the export does not name")
    )
    p = summary["posts"]
    share = summary["conversation_share"]
    ppl = summary["people"]
    tiers = summary["tiers"]
    com = summary["community"]
    msgs = summary["messages"]

    def show(v):
        return "not in this export" if v is None else f"{v:,}"

    def listing(values: dict) -> str:
        return ", ".join(f"{k} {show(v)}" for k, v in values.items())

    what = "Combined dataset" if summary["platform"] == "mixed" else f"{label(summary['platform'])} export"
    if p["total"] is None:
        posts_lines = ["Posts: not in this export"]
    else:
        posts_lines = [
            f"Posts: {p['total']:,}  " + listing(p["kind"]),
            "Voice: "
            + listing(p["mode"])
            + (f"  -> you converse in {share:.0%} of your posts" if share is not None else "  -> no posts to measure"),
        ]
    lines = [
        f"{what} of {who}",
        *posts_lines,
        f"People: followers {show(ppl['followers'])}, following {show(ppl['following'])}, mutuals {show(ppl['mutuals'])}",
        "Tiers: " + listing(tiers),
        f"Community members, all time: {show(com['size'])} (observed two-way {show(com['members_observed'])}, "
        f"inferred {show(com['members_inferred'])})",
        f"Private messages: sent {show(msgs['sent'])}, received {show(msgs['received'])}",
        *(
            (
                _whole_community_lines(summary["whole_community"])
                if summary["whole_community"] is not None
                else [f"The community as a whole: {NOT_SHOWN} (no message by people in it)"]
            )
            if "whole_community" in summary
            else []
        ),
    ]
    absent = [COVERAGE_LABELS[k].lower() for k, v in summary["coverage"].items() if not v]
    if absent:
        lines.append("Not in this export: " + "; ".join(absent))
    lines += [f"Note: {w}" for w in summary["warnings"]]
    for platform, part in summary.get("by_platform", {}).items():
        lines += ["", f"--- {label(platform)} ---", summary_text(part)]
    return "\n".join(lines)
