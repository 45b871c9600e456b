"""The shareable card: one 1200 x 630 image (the size social networks show for a link) with the account, its
period, its style in one word and why, and three headline figures; written as SVG and as PNG.

The SVG is written here, every value from the export escaped; the PNG is drawn from it by vl-convert (resvg),
offline. Text uses the theme's font list, which ends in ``sans-serif``: vl-convert resolves that to the
Liberation Sans it carries inside, so the PNG has its text on a machine with no fonts installed (a list
without a generic family draws no text at all there). A figure the export cannot show reads "not in this
export", never 0, as on every other surface.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from datetime import datetime
from pathlib import Path

import vl_convert as vlc

from helpers.charts.theme import DIRECTION_COLOURS, FONT, INK, MODE_COLOURS, MUTED, TIER_COLOURS
from helpers.metrics import style as st
from helpers.platforms.registry import label
from helpers.present.findings import NOT_SHOWN
from helpers.safe_text import html_text, one_line

CARD_WIDTH, CARD_HEIGHT = 1200, 630
TOOL = "community-lens"
MARGIN = 64
SECONDARY = "#666666"  # text that explains a figure (the theme's subtitle grey)
# One meaning per colour, as in the charts: a figure takes the colour of what it counts (conversation posts,
# community members, your answers); a style the colour of the voice mode it is about, the community's for
# the host, grey when the export cannot tell.
FIGURE_COLOURS = (MODE_COLOURS["conversation"], TIER_COLOURS["core"], DIRECTION_COLOURS["you wrote to them"])
STYLE_COLOURS = {
    st.HOST: TIER_COLOURS["core"],
    st.REPLIER: MODE_COLOURS["conversation"],
    st.CONVERSATIONALIST: MODE_COLOURS["conversation"],
    st.BROADCASTER: MODE_COLOURS["broadcast"],
    st.AMPLIFIER: MODE_COLOURS["amplification"],
    st.UNTOLD: MUTED,
}
MODE_WORDS = {"broadcast": "broadcast", "conversation": "converse", "amplification": "amplify"}
# Characters that fit a line, from Liberation Sans' widths with room to spare (SVG text does not wrap and a
# viewer may use a wider system font).
ACCOUNT_CHARS = 50
REASON_CHARS = 94
REASON_LINES = 3
NOTE_CHARS = 38
# XML 1.0 cannot hold lone surrogates or U+FFFE/U+FFFF; controls go through safe_text.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _text(value: object) -> str:
    """A value as SVG text: one line, controls and characters XML cannot hold removed, markup escaped."""
    return html_text(_NOT_XML.sub("", one_line(value)))


def _fit(value: str, width: int) -> str:
    """``value`` cut to ``width`` character widths (a wide East Asian character counts two), with "…"."""
    widths = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in value]
    if sum(widths) <= width:
        return value
    used, end = 0, 0
    while used + widths[end] <= width - 1:
        used += widths[end]
        end += 1
    return value[:end].rstrip() + "…"


def _who(owner: dict) -> str:
    if owner.get("handle"):
        return "@" + str(owner["handle"]).lstrip("@")
    return str(owner.get("display_name") or owner.get("account_id") or "an account the export does not name")


def account_line(summary: dict) -> tuple[str, str]:
    """(who, where): the account's handle (or name) and its platform's label; for a combined dataset the
    account it is read as, and every platform's label."""
    platforms = list(summary.get("by_platform") or [summary["platform"]])
    return _who(summary["owner"]), " + ".join(label(p) for p in platforms)


def _month(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%b %Y")


def period_line(summary: dict) -> str:
    """The months the posts span, and how many there are; says so when the export holds no posts."""
    total, period = summary["posts"]["total"], summary["period"]
    if total is None:
        return f"Posts: {NOT_SHOWN}"
    if not total or not period["first_post"]:
        return "No posts in this export"
    first, last = _month(period["first_post"]), _month(period["last_post"])
    span = first if first == last else f"{first} to {last}"
    return f"{total:,} {'post' if total == 1 else 'posts'}, {span}"


def headline_figures(summary: dict) -> list[tuple[str | None, str, list[str]]]:
    """The card's figures as (value, label, notes); value None where the export cannot show it."""
    f = st.figures(summary)
    brands_share = st.percent(st.BROADCASTER_BELOW.numerator, st.BROADCASTER_BELOW.denominator)
    brands_answer = f"{st.BRANDS_ANSWER_RATE.numerator} in {st.BRANDS_ANSWER_RATE.denominator}"
    if f.posts is None or f.conversation is None:
        share: tuple[str | None, list[str]] = (None, ["needs your posts"])
    elif f.posts == 0:
        share = ("–", ["no posts to measure"])
    else:
        share = (
            st.percent(f.conversation, f.posts),
            [f"of {f.posts:,} posts talk with people", f"brands: about {brands_share}"],
        )
    inferred = summary["community"]["members_inferred"]
    contact = f"all time, {inferred:,} of them inferred" if inferred else "in two-way contact, all time"
    if f.members is None:
        members: tuple[str | None, list[str]] = (None, ["needs replies or a follower list"])
    elif f.followers is None:
        members = (f"{f.members:,}", [contact, f"followers: {NOT_SHOWN}"])
    elif f.followers == 0:
        members = (f"{f.members:,}", [contact, "no followers listed"])
    else:
        members = (f"{f.members:,}", [contact, f"{st.percent(f.members, f.followers)} of {f.followers:,} followers"])
    if f.openers is None or f.answered is None:
        answered: tuple[str | None, list[str]] = (None, ["needs what others wrote to you"])
    elif f.openers == 0:
        answered = ("–", ["nobody opened a conversation"])
    else:
        answered = (
            st.percent(f.answered, f.openers),
            [f"{f.answered:,} of {f.openers:,} conversations opened", f"brands: about {brands_answer}"],
        )
    return [
        (share[0], "Conversation share", share[1]),
        (members[0], "Community members", members[1]),
        (answered[0], "Answered within 72 h", answered[1]),
    ]


def _t(x: float, y: float, text: str, size: int, fill: str = INK, weight: int = 400, anchor: str = "start") -> str:
    """One line of SVG text; ``text`` must be escaped already."""
    end = "" if anchor == "start" else f' text-anchor="{anchor}"'
    return f'<text x="{x:g}" y="{y:g}" font-size="{size}" font-weight="{weight}" fill="{fill}"{end}>{text}</text>'


def _voice_bar(summary: dict, y: float) -> list[str]:
    """The split of the posts into broadcast, conversation and amplification, as one bar with its legend."""
    width = CARD_WIDTH - 2 * MARGIN
    modes, total = summary["posts"]["mode"], summary["posts"]["total"]
    if total is None or not total:
        return [
            f'<rect x="{MARGIN}" y="{y}" width="{width}" height="14" rx="7" fill="#EEEEEE"/>',
            _t(
                MARGIN,
                y + 44,
                _text(f"How your posts divide: {NOT_SHOWN}" if total is None else "No posts"),
                18,
                SECONDARY,
            ),
        ]
    parts, x, legend_x = [f'<g><rect x="{MARGIN}" y="{y}" width="{width}" height="14" rx="7" fill="#EEEEEE"/>'], 0.0, 0
    for mode, colour in MODE_COLOURS.items():
        w = width * modes[mode] / total
        if w > 0:
            parts.append(f'<rect x="{MARGIN + x:.1f}" y="{y}" width="{w:.1f}" height="14" fill="{colour}"/>')
        x += w
        parts.append(f'<rect x="{MARGIN + legend_x}" y="{y + 30}" width="14" height="14" rx="2" fill="{colour}"/>')
        parts.append(
            _t(MARGIN + legend_x + 22, y + 43, _text(f"{MODE_WORDS[mode]} {st.percent(modes[mode], total)}"), 18)
        )
        legend_x += 200
    parts.append("</g>")
    return parts


def card_svg(summary: dict) -> str:
    """The card as SVG text (1200 x 630), from a ``present.summary.summarize`` object."""
    style, reason = st.summary_style(summary)
    colour = STYLE_COLOURS[style]
    who, where = account_line(summary)
    reason_lines = textwrap.wrap(one_line(reason), REASON_CHARS)
    if len(reason_lines) > REASON_LINES:
        reason_lines = [
            *reason_lines[: REASON_LINES - 1],
            _fit(" ".join(reason_lines[REASON_LINES - 1 :]), REASON_CHARS),
        ]
    word = style[0].upper() + style[1:]
    where = _fit(where, ACCOUNT_CHARS - 14)
    account = _fit(who, ACCOUNT_CHARS - len(where) - 4)
    title = f"{account} on {where}: {word}. {reason}"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" '
        f'viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}" role="img" aria-label="{_text(title)}" '
        f'font-family="{html_text(FONT)}">',
        f"<title>{_text(title)}</title>",
        f'<rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="#FFFFFF"/>',
        f'<rect width="{CARD_WIDTH}" height="12" fill="{colour}"/>',
        # xml:space keeps the space before "on": a renderer drops it at the start of a tspan otherwise.
        f'<text x="{MARGIN}" y="80" font-size="34" font-weight="700" fill="{INK}" xml:space="preserve">'
        f'{_text(account)}<tspan font-weight="400" fill="{SECONDARY}"> on {_text(where)}</tspan></text>',
        _t(CARD_WIDTH - MARGIN, 80, TOOL, 18, "#999999", anchor="end"),
        _t(MARGIN, 116, _text(period_line(summary)), 22, SECONDARY),
        _t(MARGIN, 170, "Style of the account", 20, SECONDARY),
        _t(MARGIN, 242, _text(word), 76, INK, 700),
        f'<rect x="{MARGIN}" y="256" width="96" height="6" rx="3" fill="{colour}"/>',
    ]
    out += [_t(MARGIN, 296 + 30 * i, _text(line), 23) for i, line in enumerate(reason_lines)]
    out += _voice_bar(summary, 384)
    column = (CARD_WIDTH - 2 * MARGIN) / 3
    for i, (value, name, notes) in enumerate(headline_figures(summary)):
        x = MARGIN + i * column
        out.append(f'<rect x="{x:g}" y="462" width="3" height="134" fill="#EEEEEE"/>')
        shown = (
            _t(x + 18, 508, _text(value), 48, FIGURE_COLOURS[i], 700)
            if value is not None
            else _t(x + 18, 502, _text(NOT_SHOWN), 26, SECONDARY, 700)
        )
        out += [shown, _t(x + 18, 540, _text(name), 20, INK, 700)]
        out += [_t(x + 18, 566 + 22 * j, _text(_fit(note, NOTE_CHARS)), 16, SECONDARY) for j, note in enumerate(notes)]
    out.append("</svg>")
    return "\n".join(out)


def card_png(svg: str) -> bytes:
    """The card as PNG, 1200 x 630, drawn offline by vl-convert."""
    return vlc.svg_to_png(svg, scale=1.0)


def write_card(summary: dict, folder: Path) -> tuple[Path, Path]:
    """Write card.svg and card.png into ``folder``; returns their paths."""
    svg = card_svg(summary)
    svg_path, png_path = folder / "card.svg", folder / "card.png"
    svg_path.write_text(svg, encoding="utf-8")
    png_path.write_bytes(card_png(svg))
    return svg_path, png_path
