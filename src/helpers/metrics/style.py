"""The style of an account in one word, from its headline figures, and the sentence that says why.

After the archetype of Mastodon's annual report (``app/lib/annual_report/archetype.rb`` in mastodon/mastodon:
first match wins, "lurker" under 113 posts a year, "booster" when reblogs exceed twice the standalone posts,
"pollster" when polls exceed a tenth of them, "replier" when replies to others exceed twice the standalone posts, else "oracle"), defined here
on this tool's own figures. First match wins:

1. ``host``: community members are at least ``HOST_MEMBERS_PER_FOLLOWER`` (10%) of the followers, and the
   owner answered at least ``HOST_ANSWER_RATE`` (half) of at least ``MIN_OPENERS`` conversations others
   opened, within 72 hours. Needs a follower list (with followers in it), the community count and what
   others wrote; otherwise it is not tested and the sentence of the style found says so.
2. The posting rules need at least ``MIN_POSTS`` public posts; with fewer, or none in the export, and no
   host: ``not enough to tell``.
3. ``amplifier``: reposts and quotes more than ``AMPLIFIER_RATIO`` (2) times the broadcast posts, and more
   than the conversation posts (Mastodon's "booster").
4. ``replier``: conversation posts more than ``REPLIER_RATIO`` (2) times the broadcast posts (Mastodon's
   "replier").
5. ``broadcaster``: conversation share under ``BROADCASTER_BELOW`` (20%, what brands manage: Sprout Social
   Index 2015; Lovejoy, Waters and Saxton 2012).
6. ``conversationalist``: everything else (it converses in at least 20% of its posts).

Every comparison is exact (counts against fractions: ``answered >= Fraction(1, 2) * openers``), so a
threshold is met or missed by the counts, never by a rounding. docs/metrics.md, "Style of the account", gives each rule with its source.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

HOST = "host"
AMPLIFIER = "amplifier"
REPLIER = "replier"
BROADCASTER = "broadcaster"
CONVERSATIONALIST = "conversationalist"
UNTOLD = "not enough to tell"
STYLES = (HOST, AMPLIFIER, REPLIER, BROADCASTER, CONVERSATIONALIST, UNTOLD)

# Members per follower for a host: above the tenth of an audience that takes part at all (90-9-1 rule:
# Nielsen 2006; van Mierlo 2014), counting only people in two-way contact.
HOST_MEMBERS_PER_FOLLOWER = Fraction(1, 10)
# Conversations others opened that the owner answered within 72 h: at least half, four times the one in
# eight brands answer within 72 h (Sprout Social Index 2015: 7 in 8 messages to brands unanswered in 72 h).
HOST_ANSWER_RATE = Fraction(1, 2)
BRANDS_ANSWER_RATE = Fraction(1, 8)
# Mastodon's annual report: more than twice the standalone posts (its SCORE_MULTIPLIER = 2).
AMPLIFIER_RATIO = 2
REPLIER_RATIO = 2
# Brands send about 4 posts per reply: conversation share about 20% (Sprout Social Index 2015).
BROADCASTER_BELOW = Fraction(1, 5)
# Our choice, not a published figure: below these counts one post moves a share by more than 5 points, one
# opener an answer rate by more than 10, too much to name a style on.
MIN_POSTS = 20
MIN_OPENERS = 10


@dataclass(frozen=True)
class StyleFigures:
    """The figures the rules read; None where the export cannot show one (the summary's null)."""

    posts: int | None = None  # public posts
    broadcast: int | None = None
    conversation: int | None = None
    amplification: int | None = None
    members: int | None = None  # community members, all time (core + member)
    followers: int | None = None
    openers: int | None = None  # conversations others opened with the owner
    answered: int | None = None  # of them, answered within 72 h


def figures(summary: dict) -> StyleFigures:
    """The figures of a ``present.summary.summarize`` object."""
    posts, listening = summary["posts"], summary["listening"]
    mode = posts["mode"] or {}
    return StyleFigures(
        posts=posts["total"],
        broadcast=mode.get("broadcast"),
        conversation=mode.get("conversation"),
        amplification=mode.get("amplification"),
        members=summary["community"]["size"],
        followers=summary["people"]["followers"],
        openers=listening["openers"],
        answered=listening["answered"],
    )


def percent(part: int, whole: int, below: Fraction | None = None) -> str:
    """``part / whole`` as a whole percentage (halves up); to a tenth, rounded down, where a value under the
    threshold ``below`` would read as the threshold itself (19.96% shows "19.9%" against 20%, not "20%").

    >>> percent(1, 3), percent(1, 8), percent(499, 2500, Fraction(1, 5)), percent(1, 5, Fraction(1, 5))
    ('33%', '13%', '19.9%', '20%')
    """
    value = Fraction(part, whole) * 100
    shown = math.floor(value + Fraction(1, 2))
    if below is not None and value < below * 100 <= shown:
        return f"{math.floor(value * 10) / 10:.1f}%"
    return f"{shown}%"


def _host_counts(f: StyleFigures) -> tuple[int, int, int, int] | str:
    """(members, followers, openers, answered) when the host rule can be tested; else why it cannot."""
    if f.followers is None or f.members is None:
        return "this export has no follower list"
    if f.followers == 0:
        return "the follower list is empty"
    if f.openers is None or f.answered is None:
        return "this export holds nothing others wrote to you"
    if f.openers == 0:
        return "nobody opened a conversation with you"
    if f.openers < MIN_OPENERS:
        opened = "1 conversation was" if f.openers == 1 else f"{f.openers:,} conversations were"
        return f"only {opened} opened with you ({MIN_OPENERS} needed)"
    return f.members, f.followers, f.openers, f.answered


def account_style(f: StyleFigures) -> tuple[str, str]:
    """(style, the sentence saying why) by the rules of the module docstring, first match wins."""
    host = _host_counts(f)
    if not isinstance(host, str):
        members, followers, openers, answered = host
        # Fractions: exact, so an edge is met or missed by the counts, never by a rounding.
        if members >= HOST_MEMBERS_PER_FOLLOWER * followers and answered >= HOST_ANSWER_RATE * openers:
            return HOST, (
                f"{members:,} community members, {percent(members, followers)} of your "
                f"{followers:,} followers, and you answered {percent(answered, openers)} of the "
                f"{openers:,} conversations others opened within 72 hours."
            )
    untested = f" Whether you host a community cannot be told: {host}." if isinstance(host, str) else ""
    if f.posts is None or f.broadcast is None or f.conversation is None or f.amplification is None:
        return UNTOLD, f"Your posts are not in this export.{untested}"
    if f.posts < MIN_POSTS:
        few = "No posts" if f.posts == 0 else "Only 1 post" if f.posts == 1 else f"Only {f.posts:,} posts"
        return UNTOLD, f"{few}: a style needs at least {MIN_POSTS}.{untested}"
    b, c, a, n = f.broadcast, f.conversation, f.amplification, f.posts
    brands = percent(BROADCASTER_BELOW.numerator, BROADCASTER_BELOW.denominator)
    if a > AMPLIFIER_RATIO * b and a > c:
        return AMPLIFIER, (
            f"{percent(a, n)} of your posts share others' posts (reposts and quotes): more than twice your "
            f"broadcast posts ({percent(b, n)}).{untested}"
        )
    if c > REPLIER_RATIO * b:
        return REPLIER, (
            f"{percent(c, n)} of your posts reply to or mention someone: more than twice your broadcast "
            f"posts ({percent(b, n)}).{untested}"
        )
    if c < BROADCASTER_BELOW * n:
        return BROADCASTER, (
            f"You talk with people in {percent(c, n, BROADCASTER_BELOW)} of your posts, under the {brands} "
            f"brands manage: mostly broadcasting.{untested}"
        )
    return CONVERSATIONALIST, (
        f"You talk with people in {percent(c, n)} of your posts, at or above the {brands} brands manage.{untested}"
    )


def summary_style(summary: dict) -> tuple[str, str]:
    """``account_style`` of a summary object."""
    return account_style(figures(summary))
