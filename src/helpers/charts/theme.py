"""The one registered Altair theme, and the colours every chart shares (Okabe-Ito: colour-blind safe)."""

from __future__ import annotations

import altair as alt

THEME_NAME = "community_lens"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

MODE_COLOURS = {"broadcast": "#E69F00", "conversation": "#0072B2", "amplification": "#009E73"}
TIER_COLOURS = {
    "core": "#0072B2",
    "member": "#56B4E9",
    "unanswered": "#D55E00",
    "reached": "#E69F00",
    "follower": "#999999",
    "following": "#CCCCCC",
}
DIRECTION_COLOURS = {"you wrote to them": "#0072B2", "they wrote to you": "#CC79A7"}
# Member states: active recently, drifting (quiet a while), away (gone quiet long ago).
STATE_COLOURS = {"active": "#0072B2", "drifting": "#E69F00", "away": "#999999"}
EVIDENCE_OPACITY = {"observed": 1.0, "inferred": 0.45}
MUTED = "#BBBBBB"
INK = "#333333"


@alt.theme.register(THEME_NAME, enable=True)
def community_lens_theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
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
            "range": {"category": [*list(MODE_COLOURS.values()), "#56B4E9", "#D55E00", "#CC79A7", "#F0E442"]},
        }
    }


def enable() -> str:
    """Make sure the theme is active (importing this module registers and enables it)."""
    alt.theme.enable(THEME_NAME)
    return THEME_NAME
