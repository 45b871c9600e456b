"""Plain-language findings computed from the data: the sentences notebooks and the dashboard show."""

from __future__ import annotations

from helpers.metrics.benchmarks import brand_conversation_share
from helpers.model import Export, Owner
from helpers.platforms.registry import label
from helpers.safe_text import markdown_text

NOT_SHOWN = "not in this export"


def voice_sentence(summary: dict) -> str:
    """How much the account converses, against the brand baseline."""
    if summary["posts"]["total"] is None:
        return "Your posts are not in this export, so how much you converse cannot be shown."
    share = summary["conversation_share"]
    if share is None:
        return "There are no posts in the period shown."
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


def scope_words(summary: dict) -> str:
    """Over what time the counts run: "all time", or the period a page chose ("in Jan 2026 to Mar 2026")."""
    return str(summary.get("scope") or "all time")


def community_definition(summary: dict) -> str:
    """What the community count counts, said wherever it is shown."""
    c = summary["community"]
    if c["size"] is None:
        return "This export shows neither what others wrote to you nor who follows you, so community members cannot be told."
    observed = "not observable here" if c["members_observed"] is None else f"{c['members_observed']:,} observed"
    return (
        f"{scope_words(summary)[0].upper()}{scope_words(summary)[1:]}, people in two-way contact with you: {observed} "
        f"(they wrote to you and you to them), {c['members_inferred']:,} inferred (you addressed them twice or more "
        "and they follow you)."
    )


def audience_sentence(summary: dict) -> str:
    """Members against followers."""
    c = summary["community"]
    followers = summary["people"]["followers"]
    tiers = summary["tiers"]
    if c["size"] is None:
        parts = [community_definition(summary).rstrip(".")]
    else:
        parts = [
            f"{c['size']:,} {'person is a community member' if c['size'] == 1 else 'people are community members'}, "
            f"{scope_words(summary)}"
            + (f" ({tiers['core']:,} of them core: contact in 3 or more months)" if tiers["core"] else "")
        ]
        if c["members_inferred"]:
            parts.append(f"{c['members_inferred']:,} of these are inferred, not observed")
    if followers is None and c["size"] is not None:
        parts.append("the export has no follower list, so passive followers cannot be counted")
    elif followers is not None and c["size"] is not None:
        share = c["size"] / followers if followers else None
        parts.append(
            f"against {followers:,} followers" + (f" ({share:.0%} of your follower count)" if share is not None else "")
        )
    if tiers["unanswered"]:
        parts.append(f"{tiers['unanswered']:,} people wrote to you and never got an answer")
    return "; ".join(parts) + "."


def community_sentence(summary: dict) -> str:
    """Community size against Dunbar's ~150."""
    size = summary["community"]["size"]
    if size is None:
        return (
            "Community size against Dunbar's ~150 cannot be shown: "
            + community_definition(summary)[0].lower()
            + community_definition(summary)[1:]
        )
    if size >= 150:
        return f"Your community of {size:,} is past Dunbar's ~150: more people than anyone keeps up with personally."
    return f"Your community of {size:,} uses {size / 150:.0%} of the ~150 relationships a person can keep up (Dunbar)."


def listening_sentence(summary: dict) -> str:
    """Whether the owner answers the people who write."""
    li = summary["listening"]
    if li["openers"] is None:
        return "This export holds nothing others wrote to you, so it cannot show whether you answer people."
    if li["openers"] == 0:
        return "Nobody opened a conversation with you in this export."
    median = li["median_answer_hours"]
    speed = f", in a median {hours(median)}" if median is not None else ""
    waiting = (
        f"; {people(li['waiting'])} {'is' if li['waiting'] == 1 else 'are'} still waiting for an answer"
        if li["waiting"]
        else ""
    )
    opened = "conversation" if li["openers"] == 1 else "conversations"
    return f"You answered {li['answer_rate']:.0%} of the {li['openers']:,} {opened} others opened{speed}{waiting}."


def people(n: int) -> str:
    """ "1 person", "12 people"."""
    return f"{n:,} {'person' if n == 1 else 'people'}"


def hours(h: float) -> str:
    """A duration in words: "45 minutes", "1 hour", "9 hours", "3 days"."""
    if h < 1:
        minutes = max(1, round(h * 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if h < 48:
        whole = round(h)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    days = round(h / 24)
    return f"{days} days"


def drift_sentence(summary: dict) -> str | None:
    """How many of the people in observed two-way contact are still in touch."""
    st = summary["member_states"]
    if st["active"] is None:
        return None
    total = sum(st.values())
    if not total:
        return None
    from helpers.metrics.ladder import ACTIVE_MONTHS, AWAY_MONTHS

    def verb(n: int, one: str, many: str) -> str:
        return f"{n:,} {one if n == 1 else many}"

    return (
        f"Of the {people(total)} you have ever talked with both ways (observed), "
        f"{verb(st['active'], 'was', 'were')} in touch in the last {ACTIVE_MONTHS} months, "
        f"{verb(st['drifting'], 'is', 'are')} drifting ({ACTIVE_MONTHS} to {AWAY_MONTHS} months) "
        f"and {verb(st['away'], 'has', 'have')} gone quiet."
    )


def concentration_sentence(summary: dict) -> str | None:
    """How few people carry half of the two-way contact (a small number is fragile)."""
    c = summary["concentration"]
    if not c["people"]:
        return None
    return (
        f"Half of your two-way contact is with just {c['people']:,} of the {people(c['two_way_partners'])} "
        "you talked with both ways (observed)."
    )


def silent_audience_sentence(summary: dict) -> str | None:
    """Followers who never interacted, against the 90-9-1 rule."""
    from helpers.metrics.benchmarks import silent_audience_share

    followers = summary["people"]["followers"]
    silent_count = summary["tiers"]["follower"]
    if not followers or silent_count is None:
        return None
    silent = silent_count / followers
    rule = silent_audience_share()["value"]
    return (
        f"{silent:.0%} of your followers have had no contact with you that this export shows; "
        f"the 90-9-1 rule expects about {rule:.0%} of an audience to stay silent."
    )


def findings(summary: dict) -> list[str]:
    """The few plain-language findings a notebook or the dashboard opens with."""
    sentences = [
        voice_sentence(summary),
        audience_sentence(summary),
        listening_sentence(summary),
        drift_sentence(summary),
        concentration_sentence(summary),
        silent_audience_sentence(summary),
    ]
    return [s for s in sentences if s]


def account_name(owner: Owner) -> str:
    """How the page names the account: @handle, else the display name, else its id, else "the owner"."""
    if owner.handle:
        return f"@{owner.handle}"
    return owner.display_name or (f"id {owner.account_id}" if owner.account_id else "the account's owner")


def whose_export(export: Export) -> str:
    """Markdown: each platform's account and how its export was read, then the size of what was read."""
    accounts = "; ".join(
        f"**{markdown_text(label(p))}**: {markdown_text(account_name(m.owner))} "
        f"({markdown_text(m.owner.display_name or 'no display name')})"
        for p, m in export.platforms.items()
    )
    return (
        f"{accounts}. Together: {export.posts.height:,} posts, {export.people.height:,} other accounts "
        f"and {export.interactions.height:,} acts between them and you."
    )


def warnings_markdown(export: Export) -> str:
    """Markdown: what the export lacks or holds only in part, one bullet each; or that nothing is missing."""
    if not export.warnings:
        return "Every file the export lists was found and read."
    return "**Read with care:**\n\n" + "\n".join(f"- {markdown_text(w.message)}" for w in export.warnings)


def posts_markdown(summary: dict) -> str:
    """Posts by kind and by voice, as a Markdown sentence; said plainly when the export holds no posts."""
    posts = summary["posts"]
    if posts["total"] is None:
        return f"Posts: {NOT_SHOWN} (the export holds none of your posts)."
    kinds = ", ".join(f"{k} **{v:,}**" for k, v in posts["kind"].items() if v is not None)
    modes = ", ".join(f"{k} **{v:,}**" for k, v in posts["mode"].items() if v is not None)
    return f"Posts by kind: {kinds or 'none'}. Voice: {modes or 'none'}."
