"""One call per chart for notebooks and the dashboard: an Export, or the ``View`` of what a page shows (stored
with a dataset or computed), in; a chart with its caveats out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Protocol

import altair as alt
import polars as pl
from IPython.display import HTML

from helpers import charts
from helpers.charts import community as cc
from helpers.errors import ExportError
from helpers.metrics import audience, benchmarks, ladder, voice
from helpers.model import PLATFORMS, Coverage, Export, ExportMeta, person_label, platform_label
from helpers.present.ledger import ledger_static_html
from helpers.present.tables import SCOPE_ALL, TOP_PARTNERS, View, account_timezone, load_view, view_of

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


def _table(shown: Export | View, name: str, compute: Callable[[Export], pl.DataFrame]) -> pl.DataFrame:
    """The table ``name`` of a view, or computed from an export's rows."""
    return shown.tables[name] if isinstance(shown, View) else compute(shown)


def voice_balance(export: Export | View) -> alt.Chart:
    monthly = _table(export, "voice_by_month", lambda e: voice.monthly_voice(e.posts))
    return charts.voice_balance_chart(monthly, caveat(export, "voice"))


def conversation_share_over_time(export: Export | View) -> alt.LayerChart:
    monthly = _table(export, "conversation_share_by_month", lambda e: voice.monthly_conversation_share(e.posts))
    return charts.conversation_share_chart(monthly, benchmarks.conversation_benchmarks(), caveat(export, "share"))


def _of_tiers(export: Export | View, name: str, tiers, compute: Callable[[pl.DataFrame], pl.DataFrame]):
    """A table of the audience tiers: a view's, or computed from ``tiers`` (those of the export when None)."""
    return _table(export, name, lambda e: compute(tiers_of(e) if tiers is None else tiers))


def audience_breakdown(export: Export | View, tiers=None) -> alt.Chart:
    breakdown = _of_tiers(export, "audience_tiers", tiers, audience.tier_breakdown)
    return charts.audience_chart(breakdown, export.coverage.followers, caveat(export, "audience"))


def top_conversation_partners(export: Export | View, tiers=None, n: int = TOP_PARTNERS) -> alt.Chart:
    """A view holds the partners it was made for (``view_for_analysis(..., partners=n)``): its first ``n``."""
    top = _of_tiers(export, "top_conversation_partners", tiers, lambda t: audience.top_partners(t, n)).head(n)
    return charts.top_partners_chart(top, caveat(export, "partners"))


def community_vs_dunbar(export: Export | View, tiers=None) -> alt.LayerChart:
    return charts.dunbar_chart(
        _of_tiers(export, "dunbar_rings", tiers, audience.dunbar_rings), caveat(export, "dunbar")
    )


def voice_by_platform(export: Export | View) -> alt.Chart:
    monthly = _table(export, "voice_by_platform_and_month", lambda e: voice.monthly_voice_by_platform(e.posts))
    return charts.voice_by_platform_chart(monthly)


def tiers_by_platform(export: Export | View, tiers=None) -> alt.Chart:
    return charts.tiers_by_platform_chart(
        _of_tiers(export, "audience_tiers_by_platform", tiers, audience.tier_breakdown_by_platform)
    )


# Notebook 04 draws from a view (``view_for_analysis``): the tables the dashboard and the report show.


def ladder_over_time(view: View, window_months: int = ladder.WINDOW_MONTHS) -> alt.Chart:
    """``window_months``: the ladder's window the view was made for."""
    return cc.ladder_chart(view.tables["tiers_by_month"], window_months, caveat(view, "audience"))


def new_members_over_time(view: View) -> alt.Chart:
    return cc.new_members_chart(view.tables["new_members_by_month"], view.tables["conversion_by_month"])


def cohorts(view: View) -> alt.Chart:
    return cc.cohort_chart(view.tables["cohort_retention"])


def member_states(view: View) -> alt.Chart:
    return cc.member_states_chart(view.tables["member_states"], ladder.ACTIVE_MONTHS, ladder.AWAY_MONTHS)


def listening_by_hour(view: View) -> alt.Chart | None:
    """The answer-rate heat map (in the time zone the view was made for), or None where the export holds no
    inbound contact."""
    by_slot = view.tables.get("listening_by_weekday_and_hour")
    return None if by_slot is None else cc.listening_chart(by_slot, view.summary["listening"])


def still_waiting(view: View) -> pl.DataFrame | None:
    """Who wrote to the owner and has had no answer since (names, platform, since when); None without inbound."""
    waiting = view.tables.get("still_waiting")
    if waiting is None:
        return None
    return waiting.select(
        name=person_label(), platform="platform", waiting_since=pl.col("waiting_since").dt.strftime("%Y-%m-%d")
    )


def people_you_know(view: View, n: int = 15) -> HTML:
    """The people ledger, strongest ties first (``n`` rows), as a formatted table: names, tier, evidence,
    first and last contact, days each way, tie strength and who is waiting (docs/metrics.md)."""
    people = view.tables["ledger"]
    if not people.height:
        return HTML("<p>Nobody has been in direct contact with this account in this export.</p>")
    return HTML(ledger_static_html(people, n))


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


def view_for_analysis(
    export_path: str | list = "",
    platform: str = "",
    dataset: str = "",
    since: str = "",
    until: str = "",
    window_months: int = ladder.WINDOW_MONTHS,
    timezone: str = "",
    partners: int = TOP_PARTNERS,
    progress=print,
) -> View:
    """What an analysis notebook shows, from its parameters: the view stored with a processed ``dataset`` where
    it is what they ask for (every month of the dataset or of one of its platforms, the ladder's default
    window, the account's time zone, the default number of partners), read without the raw rows; otherwise
    computed from them (``load_for_analysis``; a period is judged against every month of the data)."""
    if dataset and not since and not until and window_months == ladder.WINDOW_MONTHS and partners == TOP_PARTNERS:
        view = stored_view(dataset, platform)
        if view is not None and timezone in ("", account_timezone(view)):
            progress(f"Reading dataset {dataset!r} ...")
            return view
    whole = load_for_analysis(export_path, platform, dataset, progress=progress)
    export = select_period(whole, since, until)
    return view_of(export, None if export is whole else whole.chat, window_months, timezone, partners)


def stored_view(dataset: str, platform: str = "") -> View | None:
    """The view stored with ``dataset`` for all of it or for one ``platform`` of it; None when it has none."""
    from helpers.store import read_meta

    meta = read_meta(dataset)
    if meta is None:
        return None
    return load_view(dataset, platform if platform and platform != meta["platform"] else SCOPE_ALL)


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
