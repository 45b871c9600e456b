"""What every page shows, computed once: the summary and the small aggregate tables behind every chart and
table, for the whole dataset and for each of its platforms. ``store`` keeps them with the dataset when it is
built (``dataset_views``), so the dashboard and the report read a few kilobytes instead of recomputing from
raw rows; a period chosen in the dashboard is computed from the raw rows (every metric is linear in them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import polars as pl

from helpers import store
from helpers.combine import export_date
from helpers.errors import ExportError
from helpers.metrics import audience, ladder, ledger, listening, ties, voice, whole_community
from helpers.model import Coverage, Export, ExportMeta
from helpers.present.summary import chat_community, summarize

PEOPLE_KNOWN = 25  # rows of the tie-strength table
TOP_PARTNERS = 15  # rows of the top conversation partners
SCOPE_ALL = "all"


@dataclass
class View:
    """What one page (the whole dataset, or one platform of it) shows: its parts' descriptions, its summary
    and the aggregated tables of its charts. Duck-types the parts of an Export that captions read
    (``platform``, ``platforms``, ``coverage``)."""

    platform: str
    platforms: dict[str, ExportMeta]
    coverage: Coverage
    summary: dict
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)


def account_timezone(export: Export | View) -> str:
    """The account's time zone where its export gives one (every platform of a dataset agreeing), else UTC."""
    zones = {m.timezone for m in export.platforms.values()}
    zone = zones.pop() if len(zones) == 1 else None
    return zone or "UTC"


def checked_timezone(zone: str) -> str:
    """``zone`` when it is an IANA time zone name; a one-line ExportError otherwise."""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ExportError(
            f"timezone {zone!r}: not a time zone name (expected an IANA name such as Europe/Stockholm)"
        ) from None
    return zone


def names_of(people: pl.DataFrame, keys: pl.DataFrame) -> pl.DataFrame:
    """The names (platform, account_id, handle, display_name) of the people in ``keys``, in the people table's
    order: narrowed to those few before they are joined, so that no hash table over every follower is built."""
    on = ["platform", "account_id"]
    return people.select(*on, "handle", "display_name").join(keys.select(on).unique(), on=on, how="semi")


def chart_tables(
    export: Export,
    whole_chat: pl.DataFrame | None = None,
    window_months: int = ladder.WINDOW_MONTHS,
    timezone: str = "",
    partners: int = TOP_PARTNERS,
) -> dict[str, pl.DataFrame]:
    """The aggregated data behind every chart and table, by name (also the report's CSV file names).
    ``whole_chat``: as for ``summarize``. ``window_months`` (the ladder's window), ``timezone`` (the answer
    times' zone; empty: the account's) and ``partners`` (rows of the top partners) as a notebook asks; the
    dataset stores them with their defaults.

    Each step lets go of what it made before the next (a person-level frame of a million followers is held
    no longer than its tables need it)."""
    # The ladder first, from its spans (the same counts as the per-month ladder), which then go. Its tiers,
    # new members and conversion all on the one window asked for.
    frame = ladder.ladder_spans(export, window_months)
    joined, converted = ladder.new_members(frame), ladder.conversion(frame)
    by_month = ladder.tier_counts_over_time(frame)
    del frame
    ops = listening.export_openers(export)
    waiting = listening.still_waiting(ops) if ops is not None else None
    tiers = audience.export_tiers(export)
    tables = {
        "voice_by_month": voice.monthly_voice(export.posts),
        "conversation_share_by_month": voice.monthly_conversation_share(export.posts),
        "voice_by_platform_and_month": voice.monthly_voice_by_platform(export.posts),
        "audience_tiers": audience.tier_breakdown(tiers),
        "audience_tiers_by_platform": audience.tier_breakdown_by_platform(tiers),
        "top_conversation_partners": audience.top_partners(tiers, partners),
        "dunbar_rings": audience.dunbar_rings(tiers),
        "tiers_by_month": by_month,
        "new_members_by_month": joined,
        "conversion_by_month": converted,
        "cohort_retention": ladder.cohort_retention(export),
        "member_states": ladder.member_states(export),
        "people_you_know": _known_people(export),
    }
    if ops is not None and waiting is not None:
        zone = checked_timezone(timezone) if timezone else account_timezone(export)
        tables["listening_by_weekday_and_hour"] = listening.answer_times_by_hour_and_weekday(ops, zone)
        tables["still_waiting"] = waiting.join(
            names_of(export.people, waiting), on=["platform", "account_id"], how="left"
        )
    coverage = {p: m.coverage for p, m in export.platforms.items()}
    tables["ledger"] = ledger.person_ledger(tiers, export.interactions, coverage, waiting)
    del tiers
    tables.update(whole_community_tables(export, chat_community(export, whole_chat)))
    return tables


def _known_people(export: Export) -> pl.DataFrame:
    """``ties.known_people`` with the names of only the people it lists."""
    strength = ties.tie_strength(export.interactions)
    listed = strength.head(PEOPLE_KNOWN)
    return ties.known_people(listed, names_of(export.people, listed), PEOPLE_KNOWN)


def whole_community_tables(export: Export, chat: whole_community.WholeCommunity | None) -> dict[str, pl.DataFrame]:
    """The community as a whole (``summary.chat_community``; chat exports only, none elsewhere): how soon
    conversations get a first answer, the top answerers and you, and who is still waiting for you."""
    if chat is None:
        return {}
    answerers = whole_community.top_answerers(chat)
    shown = pl.concat([f.select("platform", "account_id") for f in (answerers, chat.waiting) if f is not None])
    names = names_of(export.people, shown).unique(["platform", "account_id"], keep="first")
    tables = {
        "whole_community_answer_times": whole_community.answer_bands(chat.openers),
        "whole_community_answerers": answerers.join(
            names, on=["platform", "account_id"], how="left", maintain_order="left"
        ),
    }
    if chat.waiting is not None:
        tables["whole_community_still_waiting"] = chat.waiting.join(
            names, on=["platform", "account_id"], how="left", maintain_order="left"
        )
    return tables


def view_of(
    export: Export,
    whole_chat: pl.DataFrame | None = None,
    window_months: int = ladder.WINDOW_MONTHS,
    timezone: str = "",
    partners: int = TOP_PARTNERS,
) -> View:
    """The view of an export (or of a dataset narrowed to a platform or a period; for a period of a chat
    dataset, ``whole_chat`` is the chat it was cut from); the other parameters as for ``chart_tables``."""
    return View(
        export.platform,
        export.platforms,
        export.coverage,
        summarize(export, whole_chat),
        chart_tables(export, whole_chat, window_months, timezone, partners),
    )


def dataset_views(export: Export) -> dict[str, View]:
    """The views stored with a dataset: the whole of it, and each platform of a combined one."""
    views = {SCOPE_ALL: view_of(export)}
    if len(export.platforms) > 1:
        views.update({p: view_of(export.only(p)) for p in export.platforms})
    return views


SCOPE_EARLIER = "earlier-export"  # the summary of the next older export of the same account, where there is one


def stored_views(export: Export) -> dict[str, tuple[dict, dict[str, pl.DataFrame]]]:
    """``dataset_views`` as the store keeps them (``store.build_dataset(..., derive_views=stored_views)``),
    and the summary of the account's older export where the dataset was built from two dates."""
    stored = {scope: (view.summary, view.tables) for scope, view in dataset_views(export).items()}
    if export.earlier is not None:
        earlier = summarize(export.earlier)
        earlier["exported_at"] = export_date(export.earlier).isoformat()  # how the comparison names it
        stored[SCOPE_EARLIER] = (earlier, {})
    return stored


def earlier_summary(name: str, root: Path | None = None) -> tuple[dict, str] | None:
    """The stored summary of the dataset's older export of the same account, and how to name it ("the export of
    2026-06-02"); None when the dataset holds one date."""
    stored = store.read_view(name, SCOPE_EARLIER, root)
    meta = store.read_meta(name, root)
    if stored is None or meta is None:
        return None
    summary = stored[0]
    made = summary.get("exported_at") or (summary.get("period") or {}).get("last_post")
    return summary, f"the export of {made[:10]}" if isinstance(made, str) else "the older export"


def load_view(name: str, scope: str = SCOPE_ALL, root: Path | None = None) -> View | None:
    """The view stored with the dataset ``name`` for ``scope`` (the whole dataset or one platform); None when
    the dataset was built without views (then the page computes them)."""
    meta = store.read_meta(name, root)
    stored = store.read_view(name, scope, root)
    if meta is None or stored is None:
        return None
    whole = ExportMeta.from_json(meta)
    parts = {p: ExportMeta.from_json(m) for p, m in meta.get("parts", {}).items()} or {meta["platform"]: whole}
    summary, tables = stored
    if scope == SCOPE_ALL:
        return View(meta["platform"], parts, whole.coverage, summary, tables)
    if scope not in parts:
        return None
    return View(scope, {scope: parts[scope]}, parts[scope].coverage, summary, tables)
