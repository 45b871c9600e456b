"""Plain-language findings computed from the data: the sentences notebooks and the dashboard show."""

from __future__ import annotations

from helpers.benchmarks import brand_conversation_share


def voice_sentence(summary: dict) -> str:
    """How much the account converses, against the brand baseline."""
    share = summary["conversation_share"]
    if share is None:
        return "This export holds none of your posts, so your voice balance cannot be measured."
    brand = brand_conversation_share()
    if share < brand * 0.75:
        relation = f"below the brand baseline of about {brand:.0%}: mostly broadcasting"
    elif share <= brand * 1.25:
        relation = f"about the brand baseline of {brand:.0%}"
    else:
        relation = f"above the brand baseline of about {brand:.0%}: you talk with people more than most brands do"
    m = summary["posts"]["mode"]
    return (
        f"You converse in {share:.0%} of your {summary['posts']['total']:,} posts, {relation}. "
        f"{m['broadcast']:,} posts broadcast, {m['conversation']:,} converse and {m['amplification']:,} amplify others."
    )


def audience_sentence(summary: dict) -> str:
    """Members against followers."""
    c = summary["community"]
    followers = summary["people"]["followers"]
    tiers = summary["tiers"]
    parts = [
        f"{c['size']:,} people are two-way community members"
        + (f" ({tiers['core']:,} of them core: contact in 3 or more months)" if tiers["core"] else "")
    ]
    if c["members_inferred"]:
        parts.append(f"{c['members_inferred']:,} of these are inferred, not observed")
    if followers is None:
        parts.append("the export has no follower list, so passive followers cannot be counted")
    else:
        share = c["size"] / followers if followers else None
        parts.append(
            f"against {followers:,} followers"
            + (f" ({share:.0%} of your follower count)" if share is not None else "")
        )
    if tiers["unanswered"]:
        parts.append(f"{tiers['unanswered']:,} people wrote to you and never got an answer")
    return "; ".join(parts) + "."


def community_sentence(summary: dict) -> str:
    """Community size against Dunbar's ~150."""
    size = summary["community"]["size"]
    if size >= 150:
        return f"Your community of {size:,} is past Dunbar's ~150: more people than anyone keeps up with personally."
    return f"Your community of {size:,} uses {size / 150:.0%} of the ~150 relationships a person can keep up (Dunbar)."
