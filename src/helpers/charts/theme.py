"""The one registered Altair theme, and the colours every chart shares (Okabe-Ito: colour-blind safe)."""

from __future__ import annotations

import altair as alt

THEME_NAME = "community_lens"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# One meaning per colour: each family below has its own hues, and no colour means two things on one page.
# Voice (what a post does): Okabe-Ito orange, blue, green.
MODE_COLOURS = {"broadcast": "#E69F00", "conversation": "#0072B2", "amplification": "#009E73"}
# Audience tiers (how close someone is): purples from near to far, a red for those left waiting, greys for
# those with no contact at all.
TIER_COLOURS = {
    "core": "#3F2A7A",
    "member": "#7B61B8",
    "unanswered": "#B2182B",
    "reached": "#C3B3E0",
    "follower": "#9E9E9E",
    "following": "#D4D4D4",
}
# Who wrote: wine for the owner, pink for the other person.
DIRECTION_COLOURS = {"you wrote to them": "#882255", "they wrote to you": "#CC79A7"}
# Member states (how recent the contact): browns from recent to long ago.
STATE_COLOURS = {"active": "#7F4A0B", "drifting": "#C99A4E", "away": "#E3D3B5"}
# A cohort: its exports in slate, the one account placed among them in vermillion.
COHORT_COLOURS = {"cohort": "#5B7A99", "this account": "#D55E00"}
REFERENCE = "#777777"  # published reference lines and whiskers: no meaning of their own
EVIDENCE_OPACITY = {"observed": 1.0, "inferred": 0.45}
# Sequential schemes for shaded grids: retention (members kept) in the tiers' purples, answer rates in teals.
RETENTION_SCHEME = "purples"
ANSWERED_SCHEME = "teals"
# Anything else coloured by category (a builder without its own family): Paul Tol's muted set, whose hues
# are none of the above.
CATEGORY_COLOURS = ["#332288", "#44AA99", "#DDCC77", "#88CCEE", "#AA4499", "#117733", "#999933", "#661100"]
MUTED = "#BBBBBB"
INK = "#333333"


@alt.theme.register(THEME_NAME, enable=True)
def community_lens_theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            # Room around every chart for what Vega leaves out of its size: the last month's label centred under
            # its band, a name at the left of a bar chart.
            "padding": {"left": 20, "top": 6, "right": 36, "bottom": 6},
            "view": {"stroke": None, "continuousWidth": 560, "continuousHeight": 260},
            "title": {
                "fontSize": 16,
                "anchor": "start",
                "color": INK,
                "subtitleColor": "#666666",
                "subtitleFontSize": 12,
                "offset": 10,
            },
            "axis": {
                "labelFontSize": 11,
                "titleFontSize": 12,
                "labelColor": INK,
                "titleColor": INK,
                "gridColor": "#EEEEEE",
                "domainColor": "#888888",
            },
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom"},
            "range": {"category": CATEGORY_COLOURS},
        }
    }


def enable() -> str:
    """Make sure the theme is active (importing this module registers and enables it)."""
    alt.theme.enable(THEME_NAME)
    return THEME_NAME
