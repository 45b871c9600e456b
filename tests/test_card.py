"""The shareable card: the style rules at every edge, the card of every bundled sample (SVG that parses and
holds its figures, PNG of the right size), "not in this export" for unknown figures, a hostile handle kept
as text, the font drawn offline, and `run` writing it."""

from __future__ import annotations

import contextlib
import io
import struct
import unicodedata
import xml.etree.ElementTree as ET
from fractions import Fraction

import pytest

from helpers.charts.theme import FONT
from helpers.metrics import benchmarks
from helpers.metrics import style as st
from helpers.metrics.style import StyleFigures, account_style, percent
from helpers.platforms.loading import load_export
from helpers.platforms.registry import BY_NAME
from helpers.present import card
from helpers.present.findings import NOT_SHOWN
from helpers.present.summary import summarize
from helpers.synthetic.samples import WRITERS, sample_path

SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
THIRD_PARTY = ("Sprout", "Nielsen", "Lovejoy", "Mierlo", "Dunbar", "Wrapstodon", "annual report", "booster")

# A host on every count: 10 members of 100 followers, 5 of 10 openers answered; and posts that broadcast.
HOST_EDGE = {"members": 10, "followers": 100, "openers": 10, "answered": 5}
POSTS = {"posts": 100, "broadcast": 60, "conversation": 25, "amplification": 15}


def style_of(**figures) -> str:
    return account_style(StyleFigures(**figures))[0]


# --- the rules, at each edge -------------------------------------------------------------------------------


def test_host_at_its_edges():
    assert style_of(**HOST_EDGE, **POSTS) == st.HOST
    assert style_of(**{**HOST_EDGE, "members": 9}, **POSTS) == st.CONVERSATIONALIST  # 9% of followers
    assert style_of(**{**HOST_EDGE, "answered": 4}, **POSTS) == st.CONVERSATIONALIST  # 4 of 10 answered
    assert style_of(**{**HOST_EDGE, "openers": 11, "answered": 5}, **POSTS) == st.CONVERSATIONALIST  # 5 of 11
    assert style_of(**{**HOST_EDGE, "openers": 11, "answered": 6}, **POSTS) == st.HOST
    # Host reads what comes back, not the posts: it stands without them, and before the posting rules.
    assert style_of(**HOST_EDGE) == st.HOST
    assert style_of(**HOST_EDGE, posts=100, broadcast=10, conversation=5, amplification=85) == st.HOST


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"followers": None}, "this export has no follower list"),
        ({"members": None, "followers": None}, "this export has no follower list"),
        ({"followers": 0}, "the follower list is empty"),
        ({"openers": None, "answered": None}, "this export holds nothing others wrote to you"),
        ({"openers": 0, "answered": 0}, "nobody opened a conversation with you"),
        ({"openers": 1, "answered": 1}, "only 1 conversation was opened with you (10 needed)"),
        ({"openers": 9, "answered": 9}, "only 9 conversations were opened with you (10 needed)"),
    ],
)
def test_host_untested_where_the_export_cannot_show_its_figures(change, why):
    style, reason = account_style(StyleFigures(**{**HOST_EDGE, **change}, **POSTS))
    assert style == st.CONVERSATIONALIST  # the posting rules decide, and the sentence says what was not told
    assert reason.endswith(f"Whether you host a community cannot be told: {why}.")


def test_no_sentence_about_hosting_when_host_was_tested():
    _, reason = account_style(StyleFigures(**{**HOST_EDGE, "members": 9}, **POSTS))
    assert "host" not in reason


def test_not_enough_to_tell_without_posts_or_with_too_few():
    assert account_style(StyleFigures()) == (
        st.UNTOLD,
        "Your posts are not in this export. Whether you host a community cannot be told: "
        "this export has no follower list.",
    )
    few = {"broadcast": 19, "conversation": 0, "amplification": 0}
    assert account_style(StyleFigures(posts=19, **few))[1].startswith("Only 19 posts: a style needs at least 20.")
    assert account_style(StyleFigures(posts=1, broadcast=1, conversation=0, amplification=0))[1].startswith(
        "Only 1 post:"
    )
    assert account_style(StyleFigures(posts=0, broadcast=0, conversation=0, amplification=0))[1].startswith("No posts:")
    assert style_of(posts=20, broadcast=20, conversation=0, amplification=0) == st.BROADCASTER
    # A known follower list with too few openers is still no host: the posting rules need posts.
    assert style_of(**{**HOST_EDGE, "openers": 9, "answered": 9}) == st.UNTOLD


def test_amplifier_at_its_edges():
    assert style_of(posts=40, broadcast=10, conversation=9, amplification=21) == st.AMPLIFIER
    assert style_of(posts=40, broadcast=10, conversation=10, amplification=20) != st.AMPLIFIER  # = 2 x broadcast
    # More than twice the broadcast posts but no more than the conversation posts: the replies decide.
    assert style_of(posts=52, broadcast=10, conversation=21, amplification=21) == st.REPLIER
    assert style_of(posts=52, broadcast=10, conversation=20, amplification=22) == st.AMPLIFIER
    # Mastodon's quirk left out: replies and one repost, no broadcast, is no amplifier.
    assert style_of(posts=31, broadcast=0, conversation=30, amplification=1) == st.REPLIER


def test_replier_at_its_edges():
    assert style_of(posts=40, broadcast=10, conversation=21, amplification=9) == st.REPLIER
    assert style_of(posts=40, broadcast=10, conversation=20, amplification=10) == st.CONVERSATIONALIST


def test_broadcaster_at_its_edges():
    assert style_of(posts=100, broadcast=81, conversation=19, amplification=0) == st.BROADCASTER
    assert style_of(posts=100, broadcast=80, conversation=20, amplification=0) == st.CONVERSATIONALIST
    assert style_of(posts=1000, broadcast=801, conversation=199, amplification=0) == st.BROADCASTER


def test_a_share_under_a_threshold_never_reads_as_the_threshold():
    _, reason = account_style(StyleFigures(posts=1000, broadcast=801, conversation=199, amplification=0))
    assert "in 19.9% of your posts, under the 20%" in reason
    _, reason = account_style(StyleFigures(posts=1000, broadcast=800, conversation=200, amplification=0))
    assert "in 20% of your posts, at or above the 20%" in reason
    assert percent(1, 8) == "13%" and percent(1, 3) == "33%" and percent(2, 3) == "67%"
    assert percent(199, 1000, Fraction(1, 5)) == "19.9%" and percent(194, 1000, Fraction(1, 5)) == "19%"


def test_the_sentences_name_no_third_party_and_are_one_line():
    cases = [StyleFigures(), StyleFigures(**HOST_EDGE, **POSTS), StyleFigures(**HOST_EDGE)]
    cases += [
        StyleFigures(posts=n, broadcast=b, conversation=c, amplification=a)
        for n, b, c, a in ((40, 10, 9, 21), (40, 10, 21, 9), (100, 81, 19, 0), (100, 50, 50, 0), (5, 5, 0, 0))
    ]
    for figures in cases:
        style, reason = account_style(figures)
        assert style in st.STYLES and reason and "\n" not in reason
        assert not any(name in reason for name in THIRD_PARTY), reason


def test_thresholds_agree_with_the_published_reference_figures():
    assert float(st.BROADCASTER_BELOW) == benchmarks.brand_conversation_share()
    assert 1 - Fraction(str(benchmarks.silent_audience_share()["value"])) == st.HOST_MEMBERS_PER_FOLLOWER
    replier = benchmarks.conversation_benchmarks().filter(id="mastodon_replier")["value"][0]
    assert round(st.REPLIER_RATIO / (st.REPLIER_RATIO + 1), 3) == replier


# --- the card ------------------------------------------------------------------------------------------------


# The samples of one account's own export: a chat community's export is read as one member's view only with
# --owner, and has figures of its own.
ACCOUNT_SAMPLES = [p for p in WRITERS if not (p in BY_NAME and BY_NAME[p].many_voices)]


@pytest.fixture(scope="module")
def sample_summaries() -> dict[str, dict]:
    return {p: summarize(load_export(sample_path(p))) for p in ACCOUNT_SAMPLES}


def texts(svg: str) -> list[str]:
    """Every line of text on the card, as a viewer shows it (markup decoded)."""
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_SIGNATURE and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_the_card_of_every_sample(sample_summaries):
    for platform, summary in sample_summaries.items():
        svg = card.card_svg(summary)
        root = ET.fromstring(svg)
        assert (root.tag, root.get("width"), root.get("height")) == (f"{SVG}svg", "1200", "630"), platform
        lines = texts(svg)
        style, reason = st.summary_style(summary)
        assert style[0].upper() + style[1:] in lines, platform
        assert " ".join(lines).count(reason.split(":")[0]) >= 1, platform
        for value, name, _notes in card.headline_figures(summary):
            i = lines.index(name)
            assert lines[i - 1] == (value if value is not None else NOT_SHOWN), (platform, name)
        assert not any(name in line for line in lines for name in THIRD_PARTY), platform
        assert "community-lens" in lines
        assert png_size(card.card_png(svg)) == (card.CARD_WIDTH, card.CARD_HEIGHT)


def test_the_figures_shown_are_the_summarys(sample_summaries):
    x = card.headline_figures(sample_summaries["x"])
    s = sample_summaries["x"]
    assert x[0][0] == percent(s["posts"]["mode"]["conversation"], s["posts"]["total"])
    assert x[1][0] == f"{s['community']['size']:,}"
    assert (
        x[1][2][1]
        == f"{percent(s['community']['size'], s['people']['followers'])} of {s['people']['followers']:,} followers"
    )
    assert x[2][0] == percent(s["listening"]["answered"], s["listening"]["openers"])


def test_unknown_figures_say_not_in_this_export_never_zero(sample_summaries):
    mastodon = sample_summaries["mastodon"]  # no follower list, nothing others wrote: members and answers unknown
    assert mastodon["community"]["size"] is None and mastodon["listening"]["openers"] is None
    lines = texts(card.card_svg(mastodon))
    assert lines[lines.index("Community members") - 1] == NOT_SHOWN
    assert lines[lines.index("Answered within 72 h") - 1] == NOT_SHOWN
    no_posts = {
        **mastodon,
        "posts": {
            "total": None,
            "kind": None,
            "mode": {"broadcast": None, "conversation": None, "amplification": None},
        },
        "conversation_share": None,
        "period": {"first_post": None, "last_post": None},
    }
    lines = texts(card.card_svg(no_posts))
    assert lines[lines.index("Conversation share") - 1] == NOT_SHOWN
    assert f"Posts: {NOT_SHOWN}" in lines and "Not enough to tell" in lines
    assert not any(line in ("0", "0%") for line in lines)


def test_a_hostile_handle_stays_text(sample_summaries):
    hostile = "<script>alert(1)</script>&\"'\x1b[31m\u202e\ud800"
    summary = {**sample_summaries["x"], "owner": {"account_id": "1", "handle": hostile, "display_name": None}}
    svg = card.card_svg(summary)
    assert "<script" not in svg and "\x1b" not in svg and "\u202e" not in svg
    root = ET.fromstring(svg)  # parses: every value escaped, nothing XML cannot hold
    account = "".join(next(root.iter(f"{SVG}text")).itertext())
    assert account.startswith("@<script>alert(1)</script>&\"'[31m")
    assert png_size(card.card_png(svg)) == (1200, 630)
    long = {**summary, "owner": {"account_id": "1", "handle": "x" * 500, "display_name": None}}
    first = "".join(next(ET.fromstring(card.card_svg(long)).iter(f"{SVG}text")).itertext())
    assert first.startswith("@xxx") and first.endswith("… on X (Twitter)") and len(first) < 80


# --- every line inside the card ------------------------------------------------------------------------------

# A generous estimate of a glyph's width, independent of the card's own: 0.6 em a character (Liberation Sans'
# letters are about 0.5, DejaVu Sans' about 0.6), twice that for an East Asian wide one, a tenth more in bold.
EM, BOLD_EM = 0.6, 1.1


def estimate(text: str, size: float, bold: bool) -> float:
    wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)
    return (len(text) + wide) * EM * size * (BOLD_EM if bold else 1.0)


def extents(svg: str) -> list[tuple[float, float, float, str]]:
    """(y, left, right, text) of every line of text, at the estimate; a tspan measured at its own weight."""
    out = []
    for node in ET.fromstring(svg).iter(f"{SVG}text"):
        size, bold = float(node.get("font-size", 0)), int(node.get("font-weight", 400)) >= 600
        width = estimate(node.text or "", size, bold)
        for span in node:
            span_bold = int(span.get("font-weight", 700 if bold else 400)) >= 600
            width += estimate(span.text or "", size, span_bold) + estimate(span.tail or "", size, bold)
        x = float(node.get("x", 0))
        left, right = (x - width, x) if node.get("text-anchor") == "end" else (x, x + width)
        out.append((float(node.get("y", 0)), left, right, "".join(node.itertext())))
    return out


def assert_every_line_fits(svg: str) -> None:
    lines = extents(svg)
    for _y, left, right, text in lines:
        assert left >= card.MARGIN and right <= card.CARD_WIDTH - card.MARGIN, (text, left, right)
    # Lines on one baseline (the account and the tool's name, the three figures, the legend) never meet.
    for y, left, right, text in lines:
        for y2, left2, _right2, text2 in lines:
            if y == y2 and text != text2 and left <= left2:
                assert right < left2, (text, text2)
    # A figure's lines stay in its column.
    column = (card.CARD_WIDTH - 2 * card.MARGIN) / 3
    for y, left, right, text in lines:
        if y >= 500:
            start = card.MARGIN + column * ((left - card.MARGIN) // column)
            assert right < start + column, (text, right, start + column)


LONG_REASON = (
    "100% of your posts share others' posts (reposts and quotes): more than twice your broadcast posts (100%). "
    "Whether you host a community cannot be told: only 1,234,567 conversations were opened with you (10 needed)."
)


def test_the_style_sentence_wraps_whole_inside_the_card(sample_summaries):
    summary = sample_summaries["x"]
    style, reason = st.summary_style(summary)
    assert style == st.HOST and len(reason) > 120  # the sentence that ran off the card's edge
    svg = card.card_svg(summary)
    assert_every_line_fits(svg)
    shown = [t for y, _l, _r, t in extents(svg) if 280 <= y < 384]
    assert len(shown) >= 2 and " ".join(shown) == reason  # every word, none cut


@pytest.mark.parametrize(
    "handle",
    ["x" * 500, "W" * 60, "a_rather_long_handle_of_someone_on_discord", "名前" * 40, "@" + "m" * 80],
)
def test_no_line_runs_past_the_card_with_a_long_handle_and_a_long_reason(sample_summaries, monkeypatch, handle):
    summary = {**sample_summaries["x"], "owner": {"account_id": "1", "handle": handle, "display_name": None}}
    assert_every_line_fits(card.card_svg(summary))
    monkeypatch.setattr(st, "summary_style", lambda _summary: (st.CONVERSATIONALIST, LONG_REASON))
    svg = card.card_svg(summary)
    assert_every_line_fits(svg)
    shown = [t for y, _l, _r, t in extents(svg) if 280 <= y < 384]
    assert " ".join(shown) == LONG_REASON  # three lines hold it: a smaller size, never a cut
    # A sentence no three lines can hold ends in "…" inside the card.
    monkeypatch.setattr(st, "summary_style", lambda _summary: (st.UNTOLD, LONG_REASON * 4))
    svg = card.card_svg(summary)
    assert_every_line_fits(svg)
    shown = [t for y, _l, _r, t in extents(svg) if 280 <= y < 384]
    assert len(shown) == card.REASON_LINES and shown[-1].endswith("…")


def test_long_notes_wrap_in_their_column(sample_summaries):
    s = sample_summaries["x"]
    big = {
        **s,
        "listening": {**s["listening"], "openers": 1_234_567, "answered": 1_000_000},
        "community": {**s["community"], "members_inferred": 123_456},
        "owner": {"account_id": "1", "handle": "h", "display_name": None},
    }
    svg = card.card_svg(big)
    assert_every_line_fits(svg)
    text = " ".join(t for *_, t in extents(svg))
    assert "1,000,000 of 1,234,567" in text and "opened" in text


def test_a_combined_dataset_keeps_its_platforms_on_the_line(sample_summaries):
    s = {**sample_summaries["x"], "by_platform": {p: {} for p in ("x", "bluesky", "mastodon", "threads", "linkedin")}}
    svg = card.card_svg(s)
    assert_every_line_fits(svg)
    first = extents(svg)[0][3]
    assert first.startswith("@") and " on X (Twitter) + Bluesky" in first


def test_the_theme_font_draws_text_offline():
    """vl-convert draws no text for a font list without a generic family it can resolve; the theme's list ends
    in sans-serif, which it resolves to the Liberation Sans it carries inside."""

    def png(text: str, font: str) -> bytes:
        return card.card_png(
            f'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" '
            f'fill="#fff"/><text x="10" y="40" font-size="28" font-family="{font}">{text}</text></svg>'
        )

    blank = png("", FONT.replace("'", ""))
    assert png("Host 44%", FONT.replace("'", "")) != blank
    assert FONT.rstrip().endswith("sans-serif")


def test_run_writes_the_card_and_the_cli_says_where(sample_x, tmp_path, monkeypatch):
    from helpers import paths, pipeline
    from helpers.cli import main

    monkeypatch.setattr(paths, "PROCESSED_DIR", tmp_path / "processed")
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path)
    # The notebooks are the run's slow part and have their own tests (test_run.py): here they are not executed.
    monkeypatch.setattr(pipeline, "execute_notebook", lambda notebook, out, dataset, processed: out.write_text("{}"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["run", str(sample_x), "--name", "cardtest", "--no-pdf"]) == 0
    folder = tmp_path / "runs" / "cardtest" / (tmp_path / "runs" / "cardtest" / "latest.txt").read_text().strip()
    png, svg = folder / "card.png", folder / "card.svg"
    assert f"  card:    {png}" in out.getvalue()
    assert png_size(png.read_bytes()) == (1200, 630)
    assert "Host" in texts(svg.read_text(encoding="utf-8"))
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert "class='cl-figure cl-share'><svg" in report and "card.png" in report
