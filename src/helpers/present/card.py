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
# XML 1.0 cannot hold lone surrogates or U+FFFE/U+FFFF; controls go through safe_text.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")

# SVG text does not wrap, and the fonts differ: vl-convert draws Liberation Sans, a browser its own sans-serif
# (often DejaVu Sans, about an eighth wider). So a line is measured by a deliberately generous estimate of
# each character's width, in ems: wider than either font's glyph for every character, by class.
EM_WIDE = 1.2  # an East Asian wide or full-width character (an ideograph, most emoji)
EM_BROAD = 1.0  # the broadest Latin glyphs and symbols (DejaVu Sans: W 0.99, @ 1.0, % 0.95, m 0.97)
EM_CAPITAL = 0.8  # other capitals (DejaVu Sans' widest, O and Q, 0.79)
EM_OTHER = 0.65  # everything else (DejaVu Sans' widest lowercase letters and digits, 0.64)
BROAD = frozenset("mwMW@%…—&")
BOLD = 1.12  # a bold glyph's width over the regular one's (DejaVu Sans Bold: about 1.1)
TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN  # the width every line of the card keeps within
COLUMN_GAP = 16  # room kept between a figure's text and the next column


def _em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return EM_WIDE
    if ch in BROAD or unicodedata.east_asian_width(ch) == "A":
        return EM_BROAD
    return EM_CAPITAL if ch.isupper() else EM_OTHER


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Pixels ``text`` takes at ``size`` px, at most (the estimate above): what every line is fitted by."""
    return sum(_em(ch) for ch in text) * size * (BOLD if bold else 1.0)


def _clean(value: object) -> str:
    """A value as it is drawn: one line, controls and characters XML cannot hold removed (not yet escaped)."""
    return _NOT_XML.sub("", one_line(value))


def _text(value: object) -> str:
    """A value as SVG text: cleaned, markup escaped."""
    return html_text(_clean(value))


def _fitting(value: str, width: float, size: float, bold: bool = False) -> int:
    """How many of ``value``'s first characters fit ``width`` pixels at ``size``."""
    used, end = 0.0, 0
    for ch in value:
        used += text_width(ch, size, bold)
        if used > width:
            break
        end += 1
    return end


def _fit(value: str, width: float, size: float, bold: bool = False) -> str:
    """``value`` cut to ``width`` pixels at ``size``, ending in "…" when cut."""
    if text_width(value, size, bold) <= width:
        return value
    return value[: _fitting(value, width - text_width("…", size, bold), size, bold)].rstrip() + "…"


def wrap(value: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``value`` in lines of at most ``width`` pixels at ``size``: broken between words, and inside a word
    only when the word alone is wider than a line."""
    lines: list[str] = []
    line, used = "", 0.0
    space = text_width(" ", size, bold)
    for whole in value.split():
        word, w = whole, text_width(whole, size, bold)
        if line and used + space + w <= width:
            line, used = f"{line} {word}", used + space + w
            continue
        if line:
            lines.append(line)
        while w > width:  # a word wider than a line: as much of it as fits, then the rest
            head = word[: max(_fitting(word, width, size, bold), 1)]
            lines.append(head)
            word = word[len(head) :]
            w = text_width(word, size, bold)
        line, used = word, w
    if line:
        lines.append(line)
    return lines


def fitted_lines(
    value: str, width: float, sizes: tuple[int, ...], max_lines: int, bold: bool = False
) -> tuple[int, list[str]]:
    """(size, lines): ``value`` wrapped at the largest of ``sizes`` that holds it in ``max_lines`` lines; at the
    smallest, the last line is cut with "…" when it still does not fit."""
    for size in sizes:
        lines = wrap(value, width, size, bold)
        if len(lines) <= max_lines:
            return size, lines
    size = sizes[-1]
    lines = wrap(value, width, size, bold)
    return size, [*lines[: max_lines - 1], _fit(" ".join(lines[max_lines - 1 :]), width, size, bold)]


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


def _t(
    x: float,
    y: float,
    text: str,
    size: int,
    fill: str = INK,
    weight: int = 400,
    anchor: str = "start",
    width: float | None = None,
) -> str:
    """One line of SVG text: ``text`` (as it reads, not escaped) cleaned, cut to ``width`` pixels (by default
    what is left of the card from ``x`` to its margin, on the side it runs to) and escaped. Only "start" and
    "end" anchors."""
    end = "" if anchor == "start" else f' text-anchor="{anchor}"'
    if width is not None:
        room = width
    else:  # what is left of the card on the side the text runs to
        room = x - MARGIN if anchor == "end" else CARD_WIDTH - MARGIN - x
    shown = html_text(_fit(_clean(text), room, size, weight >= 600))
    return f'<text x="{x:g}" y="{y:g}" font-size="{size}" font-weight="{weight}" fill="{fill}"{end}>{shown}</text>'


LEGEND_STEP = 230  # pixels from one legend entry of the voice bar to the next


def _voice_bar(summary: dict, y: float) -> list[str]:
    """The split of the posts into broadcast, conversation and amplification, as one bar with its legend."""
    width = TEXT_WIDTH
    modes, total = summary["posts"]["mode"], summary["posts"]["total"]
    if total is None or not total:
        return [
            f'<rect x="{MARGIN}" y="{y}" width="{width}" height="14" rx="7" fill="#EEEEEE"/>',
            _t(MARGIN, y + 44, f"How your posts divide: {NOT_SHOWN}" if total is None else "No posts", 18, SECONDARY),
        ]
    parts, x, legend_x = [f'<g><rect x="{MARGIN}" y="{y}" width="{width}" height="14" rx="7" fill="#EEEEEE"/>'], 0.0, 0
    for mode, colour in MODE_COLOURS.items():
        w = width * modes[mode] / total
        if w > 0:
            parts.append(f'<rect x="{MARGIN + x:.1f}" y="{y}" width="{w:.1f}" height="14" fill="{colour}"/>')
        x += w
        parts.append(f'<rect x="{MARGIN + legend_x}" y="{y + 30}" width="14" height="14" rx="2" fill="{colour}"/>')
        entry = f"{MODE_WORDS[mode]} {st.percent(modes[mode], total)}"
        parts.append(_t(MARGIN + legend_x + 22, y + 43, entry, 18, width=LEGEND_STEP - 22 - COLUMN_GAP))
        legend_x += LEGEND_STEP
    parts.append("</g>")
    return parts


ACCOUNT_SIZES = (34, 30, 26, 22)  # the account line's font sizes, the largest that holds it
REASON_SIZES = (23, 21, 19)  # the style sentence's, in at most REASON_LINES lines
REASON_LINES = 3
NOTE_SIZE, NOTE_LINES = 15, 3
TOOL_SIZE = 18


def account_fitted(who: str, where: str) -> tuple[int, str, str]:
    """(size, who, where): the account line at the largest size that holds it beside the tool's name; at the
    smallest, the platforms keep at least half of the room and the account what is left, each cut with "…"."""
    who, where = _clean(who), _clean(where)
    room = TEXT_WIDTH - text_width(TOOL, TOOL_SIZE) - 2 * COLUMN_GAP
    for size in ACCOUNT_SIZES:
        if text_width(who, size, True) + text_width(f" on {where}", size) <= room:
            return size, who, where
    size = ACCOUNT_SIZES[-1]
    join = text_width(" on ", size)
    where = _fit(where, max(room - text_width(who, size, True), room / 2) - join, size)
    return size, _fit(who, room - join - text_width(where, size), size, True), where


def _notes(notes: list[str], width: float) -> list[str]:
    """A figure's notes, each from a new line, wrapped; in at most ``NOTE_LINES`` lines, the last cut with "…"."""
    lines = [line for note in notes for line in wrap(_clean(note), width, NOTE_SIZE)]
    if len(lines) <= NOTE_LINES:
        return lines
    return [*lines[: NOTE_LINES - 1], _fit(" ".join(lines[NOTE_LINES - 1 :]), width, NOTE_SIZE)]


def card_svg(summary: dict) -> str:
    """The card as SVG text (1200 x 630), from a ``present.summary.summarize`` object. Every line is fitted to
    its room by ``text_width`` (wrapped where it is a sentence, cut with "…" where it is a name)."""
    style, reason = st.summary_style(summary)
    colour = STYLE_COLOURS[style]
    size, account, where = account_fitted(*account_line(summary))
    reason_size, reason_lines = fitted_lines(_clean(reason), TEXT_WIDTH, REASON_SIZES, REASON_LINES)
    word = style[0].upper() + style[1:]
    title = f"{account} on {where}: {word}. {reason}"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" '
        f'viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}" role="img" aria-label="{_text(title)}" '
        f'font-family="{html_text(FONT)}">',
        f"<title>{_text(title)}</title>",
        f'<rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="#FFFFFF"/>',
        f'<rect width="{CARD_WIDTH}" height="12" fill="{colour}"/>',
        # xml:space keeps the space before "on": a renderer drops it at the start of a tspan otherwise.
        f'<text x="{MARGIN}" y="80" font-size="{size}" font-weight="700" fill="{INK}" xml:space="preserve">'
        f'{html_text(account)}<tspan font-weight="400" fill="{SECONDARY}"> on {html_text(where)}</tspan></text>',
        _t(CARD_WIDTH - MARGIN, 80, TOOL, TOOL_SIZE, "#999999", anchor="end"),
        _t(MARGIN, 116, period_line(summary), 22, SECONDARY),
        _t(MARGIN, 170, "Style of the account", 20, SECONDARY),
        _t(MARGIN, 242, word, 76, INK, 700),
        f'<rect x="{MARGIN}" y="256" width="96" height="6" rx="3" fill="{colour}"/>',
    ]
    step = round(reason_size * 1.3)
    out += [_t(MARGIN, 296 + step * i, line, reason_size) for i, line in enumerate(reason_lines)]
    out += _voice_bar(summary, 384)
    column = TEXT_WIDTH / 3
    room = column - 18 - COLUMN_GAP  # a figure's text: from its rule to the next column, less a gap
    for i, (value, name, notes) in enumerate(headline_figures(summary)):
        x = MARGIN + i * column
        out.append(f'<rect x="{x:g}" y="462" width="3" height="134" fill="#EEEEEE"/>')
        if value is not None:
            value_size, _ = fitted_lines(_clean(value), room, (48, 40, 34), 1, bold=True)
            shown = _t(x + 18, 508, value, value_size, FIGURE_COLOURS[i], 700, width=room)
        else:
            value_size, _ = fitted_lines(NOT_SHOWN, room, (26, 24, 22), 1, bold=True)
            shown = _t(x + 18, 502, NOT_SHOWN, value_size, SECONDARY, 700, width=room)
        out += [shown, _t(x + 18, 540, name, 20, INK, 700, width=room)]
        out += [
            _t(x + 18, 566 + 21 * j, line, NOTE_SIZE, SECONDARY, width=room)
            for j, line in enumerate(_notes(notes, room))
        ]
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
