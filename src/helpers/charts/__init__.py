"""Altair charts in one registered theme: builders take aggregated frames and return charts."""

from helpers.charts.audience import audience_chart, dunbar_chart, tiers_by_platform_chart, top_partners_chart
from helpers.charts.render import use_offline_renderer
from helpers.charts.voice import conversation_share_chart, voice_balance_chart, voice_by_platform_chart

__all__ = [
    "audience_chart",
    "conversation_share_chart",
    "dunbar_chart",
    "tiers_by_platform_chart",
    "top_partners_chart",
    "use_offline_renderer",
    "voice_balance_chart",
    "voice_by_platform_chart",
]
