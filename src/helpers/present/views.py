"""One call per chart for notebooks and the dashboard: an Export in, a chart with its caveats out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Protocol

import altair as alt

from helpers import charts
from helpers.errors import ExportError
from helpers.metrics import audience, benchmarks, voice
from helpers.model import PLATFORMS, Coverage, Export, ExportMeta, platform_label

# The signals each chart needs: an absent one is said in the chart's subtitle.
CHART_SIGNALS = {
    "voice": ("own_posts",),
    "share": ("own_posts",),
    "audience": ("followers", "inbound_public"),
    "partners": ("inbound_public", "messages"),
    "dunbar": ("inbound_public", "messages"),
}


class Described(Protocol):
    """What a caption needs to know of what is shown: an Export, or a stored ``present.tables.View``."""

    @property
    def platforms(self) -> dict[str, ExportMeta]: ...

    @property
    def coverage(self) -> Coverage: ...


def _lacks(meta: ExportMeta, signals: tuple[str, ...] | list[str]) -> Iterator[str]:
    """The sentences saying what one platform's export lacks of ``signals`` (signals it holds say nothing here:
    notes on those are in the coverage table)."""
    for signal in signals:
        note = None if getattr(meta.coverage, signal) else meta.coverage.caveat(signal)
        if note:
            yield note[0].upper() + note[1:].rstrip(".") + "."


def caveat(export: Described, chart: str) -> str | None:
    """What the export lacks for ``chart``, in sentences; None when it holds everything the chart needs."""
    parts = export.platforms
    notes = [
        f"{platform_label(platform)}: {note}" if len(parts) > 1 else note
        for platform, meta in parts.items()
        for note in _lacks(meta, CHART_SIGNALS[chart])
    ]
    return " ".join(dict.fromkeys(notes)) or None


@dataclass(frozen=True)
class CaveatNote:
    """One thing a platform's export lacks, said once at the top of a page; charts point to it by its marker."""

    marker: str  # "A", "B", ...
    platform: str  # the platform's label
    text: str


def caveat_notes(export: Described) -> list[CaveatNote]:
    """Every limit of the export that a chart on the page depends on, once per platform and sentence, lettered
    in the model's platform order."""
    seen: dict[tuple[str, str], str] = {}
    signals = list(dict.fromkeys(s for needs in CHART_SIGNALS.values() for s in needs))
    order = {p: i for i, p in enumerate(PLATFORMS)}
    for platform, meta in sorted(export.platforms.items(), key=lambda pm: order.get(pm[0], len(order))):
        for text in _lacks(meta, signals):
            seen.setdefault((platform, text), _letter(len(seen)))
    return [CaveatNote(m, platform_label(p), t) for (p, t), m in seen.items()]


def _letter(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else f"A{i - 25}"


def caveat_marker(export: Described, chart: str) -> str | None:
    """The short line beside a chart pointing to the notes at the top that it depends on; None when none."""
    notes = {(n.platform, n.text): n.marker for n in caveat_notes(export)}
    markers = sorted(
        {
            notes[(platform_label(platform), text)]
            for platform, meta in export.platforms.items()
            for text in _lacks(meta, CHART_SIGNALS[chart])
        }
    )
    if not markers:
        return None
    named = ", ".join(markers[:-1]) + f" and {markers[-1]}" if len(markers) > 1 else markers[0]
    return f"Read with note{'s' if len(markers) > 1 else ''} {named} at the top: what this export cannot show."


# Charts whose data an export may not hold at all: then one plain sentence stands in the chart's place.
_POSTS = "Your posts are not in this export, so this chart cannot be drawn."
_COMMUNITY = (
    "This export shows neither what others wrote to you nor who follows you, so community members cannot be "
    "told and this chart cannot be drawn."
)
_OTHERS = "This export holds nothing others wrote to you, so two-way contact cannot be observed and this chart cannot be drawn."
_CONTACT = "This export shows no contact between you and anyone (no posts, no messages), so this chart cannot be drawn."


UNSHOWABLE: dict[str, tuple[Callable[[Coverage], bool], str]] = {
    "voice": (lambda c: c.own_posts, _POSTS),
    "share": (lambda c: c.own_posts, _POSTS),
    "audience": (lambda c: c.members_knowable or c.addressed_knowable, _COMMUNITY),
    "partners": (lambda c: c.addressed_knowable or c.others_wrote, _CONTACT),
    "dunbar": (lambda c: c.members_knowable, _COMMUNITY),
    "ladder": (lambda c: c.members_knowable, _COMMUNITY),
    "states": (lambda c: c.others_wrote, _OTHERS),
}


def unshowable(export: Described, chart: str) -> str | None:
    """Why ``chart`` cannot be drawn from this export (one plain sentence), or None when it can."""
    holds, reason = UNSHOWABLE[chart]
    return None if holds(export.coverage) else reason


def tiers_of(export: Export):
    return audience.export_tiers(export)


def voice_balance(export: Export) -> alt.Chart:
    return charts.voice_balance_chart(voice.monthly_voice(export.posts), caveat(export, "voice"))


def conversation_share_over_time(export: Export) -> alt.LayerChart:
    return charts.conversation_share_chart(
        voice.monthly_conversation_share(export.posts), benchmarks.conversation_benchmarks(), caveat(export, "share")
    )


def audience_breakdown(export: Export, tiers=None) -> alt.Chart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.audience_chart(audience.tier_breakdown(tiers), export.coverage.followers, caveat(export, "audience"))


def top_conversation_partners(export: Export, tiers=None, n: int = 15) -> alt.Chart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.top_partners_chart(audience.top_partners(tiers, n), caveat(export, "partners"))


def community_vs_dunbar(export: Export, tiers=None) -> alt.LayerChart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.dunbar_chart(audience.dunbar_rings(tiers), caveat(export, "dunbar"))


def voice_by_platform(export: Export) -> alt.Chart:
    return charts.voice_by_platform_chart(voice.monthly_voice_by_platform(export.posts))


def tiers_by_platform(export: Export, tiers=None) -> alt.Chart:
    tiers = tiers_of(export) if tiers is None else tiers
    return charts.tiers_by_platform_chart(audience.tier_breakdown_by_platform(tiers))


def load_for_analysis(
    export_path: str | list = "",
    platform: str = "",
    dataset: str = "",
    since: str = "",
    until: str = "",
    progress=print,
) -> Export:
    """What an analysis notebook reads, from its parameters: a processed ``dataset`` when named, else the
    export(s) at ``export_path``; narrowed to one ``platform`` and to the months [since, until] when set."""
    from helpers.paths import resolve_exports
    from helpers.store import load_dataset, read_exports

    if dataset:
        progress(f"Reading dataset {dataset!r} ...")
        export = load_dataset(dataset)
    else:
        export = read_exports(resolve_exports(export_path), progress=progress)
    return select_period(select_platform(export, platform), since, until)


def parse_month(value: str, end: bool = False):
    """'2025-03' or '2025-03-14' as a UTC datetime; with ``end``, the first instant after that month or day."""
    from datetime import datetime

    value = value.strip()
    try:
        if len(value) == 7:
            start = datetime.strptime(value, "%Y-%m").replace(tzinfo=UTC)
            if not end:
                return start
            return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise ExportError(f"{value!r}: not a month (YYYY-MM) or a day (YYYY-MM-DD)") from None
    from datetime import timedelta

    return day + timedelta(days=1) if end else day


def select_period(export: Export, since: str = "", until: str = "") -> Export:
    """The dataset between two months (or days), both included; empty bounds are open."""
    return export.between(parse_month(since) if since else None, parse_month(until, end=True) if until else None)


def select_platform(export: Export, platform: str = "") -> Export:
    """One platform of a combined dataset (``platform`` empty: all of it)."""
    if not platform or platform == export.platform:
        return export
    if platform not in export.platforms:
        raise ExportError(f"the dataset has no {platform!r} part (it has: {', '.join(export.platforms)})")
    return export.only(platform)


def _month_index(month: str) -> int:
    year, mon = (int(x) for x in month[:7].split("-"))
    return year * 12 + mon - 1


def _month_of(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def previous_period(since: str, until: str) -> tuple[str, str] | None:
    """The months just before ``since``..``until`` (both YYYY-MM, included), of the same length; None when the
    period is open at either end (then there is nothing of the same length to compare with)."""
    if not since or not until:
        return None
    first, last = _month_index(since), _month_index(until)
    length = last - first + 1
    return _month_of(first - length), _month_of(first - 1)


def period_label(since: str, until: str) -> str:
    """ "Jan 2026 to Mar 2026" for two YYYY-MM months (one month: "Jan 2026")."""
    from datetime import date

    def name(month: str) -> str:
        i = _month_index(month)
        return date(i // 12, i % 12 + 1, 1).strftime("%b %Y")

    return name(since) if since[:7] == until[:7] else f"{name(since)} to {name(until)}"


PRESET_MONTHS = (3, 6, 12)


def period_presets(last_month: str | None) -> list[tuple[str, str, str]]:
    """The picker's preset periods, ending with the dataset's last month (not today: an export is a past
    snapshot): the last 3, 6 and 12 months, and everything."""
    presets = []
    if last_month:
        end = _month_index(last_month)
        presets = [(f"last {n} months", _month_of(end - n + 1), _month_of(end)) for n in PRESET_MONTHS]
    return [*presets, ("all", "", "")]
