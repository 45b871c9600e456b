"""The member ladder over time: audience tiers recomputed at each month end on a rolling window.

At every month end the tiers of ``audience`` are computed from the contact of the trailing
``WINDOW_MONTHS`` (12), so the analyst sees followers becoming members and members drifting away.
A follow counts from the month the export dates it only where that date belongs to the one edge there
is (``FOLLOW_DATES``): ``followed_at`` of a person who follows the owner and whom the owner does not follow
(``followed_by_owner`` false or null) dates their follow; of a person the owner follows who does not follow
the owner, the owner's follow. A mutual follow (a friendship, a LinkedIn connection) has one date for two
edges (a friendship dates both; the Instagram, Threads and Facebook readers coalesce the follower date
with the owner's; LinkedIn takes the earlier of connection and follow), so both its edges are the
export's snapshot, counted in every month whatever ``followed_at`` says; so are undated follows (X,
Mastodon, Reddit, undated list entries). Before the month of a dated single edge the person has no follow:
a passive follower or followed account has no tier yet, and a contacted person neither counts as a
follower nor as an inferred member (which needs the follow).

Derived:
- conversion: of the people who were followers (no contact) at the previous month end, the share who are
  members or core now;
- new members per month: people whose first month as member or core it is;
- cohort retention: people grouped by the month of their first two-way contact; retention at k months is
  the share of the cohort with directed contact in month k after it (8Knot's contributor cohorts);
- member states at each month end: active (contact within ``ACTIVE_MONTHS``), drifting (within
  ``AWAY_MONTHS``), away (longer), as 8Knot labels contributors with its own thresholds.

Cost (issue "Big accounts"): nothing here walks people x months. The window ends at a month start, so a
person's tier depends only on the calendar months of their directed contact and of their dated follow, and
it can change only in a month where one of their contacts enters the window (its month) or leaves it
(``WINDOW_MONTHS`` later), or in the month of that follow.
``ladder_spans`` therefore computes, per person, the spans of months with one tier from their sorted
contact events (a running sum of what enters and leaves the window), plus one span for everyone without
contact (the passive followers), from the month of their dated single follow edge (or the first month) to
the last. A contacted person's dated follow is one more change point of theirs. Linear in people plus
contact events. The counts
(``tier_counts_over_time``, ``new_members``, ``conversion``) are read from the spans with a cumulative sum
over start and end months; ``ladder`` writes the person-by-month frame out of them (its size is the
output's).
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

import polars as pl

from helpers.metrics.audience import tier_expr
from helpers.metrics.ties import months_between
from helpers.model import DIRECTED_CHANNELS, TIERS, Export

WINDOW_MONTHS = 12
ACTIVE_MONTHS = 3
AWAY_MONTHS = 6
MEMBER_TIERS = ("core", "member")
# What the ladder counts as a follow in a month, for the charts that read it (the module docstring says the same).
FOLLOW_DATES = (
    "A one-way follow counts from the month the export dates it (Instagram, Threads and Facebook lists, "
    "LinkedIn followed members, Bluesky follows). Mutual follows and friendships (LinkedIn connections too) "
    "count in every month, as the export's snapshot, because the export gives one date for two edges; so "
    "do undated follows (X, Mastodon, Reddit, undated list entries)."
)


def month_ends(export: Export) -> list[datetime]:
    """The first instant after each month with activity, from the first to the last month of the data."""
    times = pl.concat([export.posts.select(t="created_at"), export.interactions.select(t="at")]).drop_nulls()
    if times.height == 0:
        return []
    first, last = cast(datetime, times["t"].min()), cast(datetime, times["t"].max())  # non-empty Datetime column
    starts = pl.datetime_range(first.replace(day=1, hour=0, minute=0, second=0, microsecond=0), last, "1mo", eager=True)
    return list((starts.dt.offset_by("1mo")).to_list())


LADDER_SCHEMA = pl.Schema(
    {
        "month": pl.Datetime("us", "UTC"),
        "platform": pl.String(),
        "account_id": pl.String(),
        "tier": pl.String(),
    }
)
SPANS_SCHEMA = pl.Schema(
    {
        "platform": pl.String(),
        "account_id": pl.String(),
        "tier": pl.String(),
        "start": pl.Datetime("us", "UTC"),
        "end": pl.Datetime("us", "UTC"),
        "contact_days": pl.Int64(),
    }
)
CONTACT_TIERS = ("core", "member", "unanswered", "reached")  # the tiers that need contact in the window
_TIER_NUMBER = pl.Enum(TIERS)  # a tier as a small number where millions of spans are counted
_COUNTS = ("out_directed", "in_directed", "contact_months", "contact_days")


def _month_index(col: pl.Expr) -> pl.Expr:
    """Calendar months since year 0 (Int32): consecutive months are consecutive integers."""
    return col.dt.year().cast(pl.Int32) * 12 + col.dt.month().cast(pl.Int32) - 1


def _month_start(index: pl.Expr) -> pl.Expr:
    """The first instant (UTC) of the month ``_month_index`` numbers."""
    return pl.datetime(index // 12, index % 12 + 1, 1, time_zone="UTC")


def _month_range(part: Export) -> tuple[int, int] | None:
    """First and last month (``_month_index``) of the part's ladder: those of ``month_ends``."""
    times = pl.concat([part.posts.select(t="created_at"), part.interactions.select(t="at")]).drop_nulls()
    if times.height == 0:
        return None
    first, last = times.select(first=_month_index(pl.col("t").min()), last=_month_index(pl.col("t").max())).row(0)
    return int(first), int(last)


def _change_points(interactions: pl.DataFrame, window: int) -> pl.DataFrame:
    """Per account and month where their window contents change: the contact counts from that month on.

    One row per (account_id, month) where a contact enters or leaves the window; the counts are those
    ``audience.contact_summary`` gives over the window ending with that month: distinct refs out and in
    (a ref seen in several months stays in the window from its first month to ``window`` months after its
    last, gaps shorter than the window bridged), distinct months and distinct days of directed contact.
    """
    events = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS) & pl.col("at").is_not_null()).select(
        "account_id", "direction", "ref_id", m=_month_index(pl.col("at")), day=pl.col("at").dt.date()
    )
    keys = ("account_id", "direction", "ref_id")
    refs = events.select(*keys, "m").unique().sort(*keys, "m")
    continues = pl.lit(True)
    for key in keys:
        continues &= pl.col(key).eq_missing(pl.col(key).shift(1))
    continues &= (pl.col("m") - pl.col("m").shift(1)) <= window
    runs = (
        refs.with_columns(run=(~continues.fill_null(False)).cum_sum())
        .group_by("run", "account_id", "direction")
        .agg(start=pl.col("m").min(), end=pl.col("m").max() + window)
    )
    out = (pl.col("direction") == "out").cast(pl.Int64)
    inn = (pl.col("direction") == "in").cast(pl.Int64)
    months = events.group_by("account_id", "m").agg(days=pl.col("day").n_unique().cast(pl.Int64))
    deltas = pl.concat(
        [
            runs.select("account_id", m="start", out_directed=out, in_directed=inn),
            runs.select("account_id", m="end", out_directed=-out, in_directed=-inn),
            months.select("account_id", "m", contact_months=pl.lit(1, pl.Int64), contact_days="days"),
            months.select(
                "account_id", m=pl.col("m") + window, contact_months=pl.lit(-1, pl.Int64), contact_days=-pl.col("days")
            ),
        ],
        how="diagonal",
    ).with_columns(pl.col(*_COUNTS).fill_null(0))
    return (
        deltas.group_by("account_id", "m")
        .agg(pl.col(*_COUNTS).sum())
        .sort("account_id", "m")
        .with_columns(pl.col(*_COUNTS).cum_sum().over("account_id"))
    )


def _edges_at(month: pl.Expr) -> list[pl.Expr]:
    """The follow edges in ``month`` (a month index): none before the month of ``since``.

    ``since`` (see ``_since``) is set only for a person with one follow edge, the one it dates.
    """
    before = pl.col("since").is_not_null() & (month < pl.col("since"))
    return [pl.when(before).then(False).otherwise(pl.col(c)).alias(c) for c in ("follows_owner", "followed_by_owner")]


def _since(first: int, last: int) -> pl.Expr:
    """The month (index) from which a person's single dated follow edge holds in months ``first..last``.

    ``followed_at`` dates an edge only where there is one: their follow of the owner when the owner does not
    follow them, the owner's follow of them when they do not follow the owner. Null where nothing changes
    inside the range: no date, a mutual follow (one date for two edges: a snapshot), no edge, or a follow
    dated in or before ``first``; ``last + 1`` (never inside the range) for a follow dated after the last month.
    """
    m = _month_index(pl.col("followed_at"))
    one_edge = pl.col("follows_owner").fill_null(False) ^ pl.col("followed_by_owner").fill_null(False)
    return pl.when(one_edge & (m > first)).then(pl.min_horizontal(m, pl.lit(last + 1, pl.Int32)))


def _part_spans(part: Export, window: int, first: int, last: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The people of one platform and their spans of one tier over months ``first..last``.

    Returns ``(passive, spans)``. ``passive``: ``eid``, ``platform``, ``account_id``, ``tier``, ``start``,
    ``end``: the tier a person holds in the months whose window holds none of their contact, at most one
    row per person (each row of ``people`` with a follow edge; accounts with contact and no row there have
    no such tier), from the month of their dated follow (or ``first``) to the last.
    ``spans``: ``eid``, ``platform``, ``account_id``, ``start``, ``end`` (month indexes, end exclusive),
    ``tier``, ``contact_days``; no row where the person has no tier.
    """
    inbound_public = part.coverage.inbound_public
    static = ("eid", "platform", "account_id", "follows_owner", "followed_by_owner", "since")
    known = part.people.select(
        "platform", "account_id", "follows_owner", "followed_by_owner", since=_since(first, last)
    ).with_row_index("eid")
    cps = _change_points(part.interactions, window).filter(pl.col("m") <= last)
    others = (
        cps.select("account_id")
        .unique(maintain_order=True)
        .join(known, on="account_id", how="anti")
        .with_row_index("eid", offset=known.height)
        .select(
            "eid",
            platform=pl.lit(None, pl.String),
            account_id="account_id",
            follows_owner=pl.lit(None, pl.Boolean),
            followed_by_owner=pl.lit(None, pl.Boolean),
            since=pl.lit(None, pl.Int32),
        )
    )
    zero = [pl.lit(0, pl.Int64).alias(c) for c in _COUNTS]
    begin, stop = pl.lit(first, pl.Int32), pl.lit(last + 1, pl.Int32)
    # The passive tier: from the dated single follow edge (or the first month) on; before it there is no follow.
    passive = (
        known.select(*static, start=pl.coalesce("since", begin), end=stop)
        .filter(pl.col("start") < pl.col("end"))
        .with_columns(*zero)
        .with_columns(tier=tier_expr(inbound_public))
        .filter(pl.col("tier").is_not_null())
    )
    contacted = pl.concat(
        [
            known.join(cps, on="account_id", how="inner"),
            others.join(cps, on="account_id", how="inner", nulls_equal=True),
        ]
    ).select(*static, "m", *_COUNTS)
    # A contacted person's dated follow is one more change point: the counts of the month before go on.
    dated = (
        contacted.filter(pl.col("since") <= last)
        .group_by("eid")
        .agg(pl.col(*static[1:]).first())
        .select(*static, m="since")
        .join(contacted.select("eid", "m"), on=["eid", "m"], how="anti")
    )
    leading = (
        contacted.group_by("eid")
        .agg(pl.col(*static[1:]).first(), m=pl.col("m").min())
        .filter(pl.col("m") > first)
        .select(*static, begin.alias("m"), *zero)
    )
    moving = (
        pl.concat([contacted, leading, dated], how="diagonal")
        .sort("eid", "m")
        .with_columns(pl.col(*_COUNTS).forward_fill().over("eid").fill_null(0))
        .with_columns(_edges_at(pl.col("m")))
        .with_columns(end=pl.col("m").shift(-1).over("eid").fill_null(last + 1))
        .rename({"m": "start"})
    )
    still = passive.join(contacted.select("eid").unique(), on="eid", how="anti")
    columns = ("eid", "platform", "account_id", "start", "end", "tier", "contact_days")
    spans = pl.concat(
        [
            moving.with_columns(tier=tier_expr(inbound_public)).filter(pl.col("tier").is_not_null()).select(columns),
            still.select(columns),
        ]
    )
    return passive.select("eid", "platform", "account_id", "tier", "start", "end"), spans


def _spans(export: Export, window_months: int) -> list[tuple[pl.DataFrame, pl.DataFrame, int, int]]:
    """``_part_spans`` of every platform with dated activity, in the order of ``export.platforms``."""
    parts = []
    for part in (export.only(p) for p in export.platforms):
        if (bounds := _month_range(part)) is not None:
            parts.append((*_part_spans(part, window_months, *bounds), *bounds))
    return parts


def ladder_spans(export: Export, window_months: int = WINDOW_MONTHS) -> pl.DataFrame:
    """The ladder as spans: one row per person and run of months with one tier (and one count of contact days).

    Columns: platform, account_id, tier, start (first month of the span), end (the month after its last),
    contact_days. Expanded to every month from ``start`` to before ``end`` it is exactly ``ladder``; its
    size is linear in people plus contact events (a passive follower is one span, from the month of their
    dated one-way follow or the first month to the last; none when it is dated after the last month).
    ``tier_counts_over_time``, ``new_members`` and ``conversion`` accept it in place of the ladder frame and
    return the same frames.
    """
    frames = [spans for _, spans, _, _ in _spans(export, window_months)]
    if not frames:
        return pl.DataFrame(schema=SPANS_SCHEMA)
    return pl.concat(frames).select(
        "platform",
        "account_id",
        pl.col("tier").cast(pl.String),
        start=_month_start(pl.col("start")),
        end=_month_start(pl.col("end")),
        contact_days="contact_days",
    )


def ladder(export: Export, window_months: int = WINDOW_MONTHS) -> pl.DataFrame:
    """Tier of every person at every month end. Columns: month (the month ending), platform, account_id, tier.

    Rows: per platform, per month, sorted by tier, contact days in the window (most first) and account_id,
    as ``audience_tiers`` sorts them. Built from ``ladder_spans`` (no tier computed person by person per
    month): the people with contact in the window of a month come first (their tiers need contact), then
    everyone else in one block sorted once, without those who are in contact that month or whose passive
    tier does not hold that month (a follow dated later).
    """
    rows = []
    for passive, spans, first, last in _spans(export, window_months):
        block = passive.sort("tier", "account_id").with_row_index("pos")
        starts, ends = block["start"], block["end"]
        moving = (
            spans.filter(pl.col("tier").is_in(CONTACT_TIERS))
            .with_columns(m=pl.int_ranges("start", "end", dtype=pl.Int32))
            .explode("m")
            .sort("m", "tier", "contact_days", "account_id", descending=[False, False, True, False])
        )
        taken = moving.join(block.select("eid", "pos"), on="eid", how="inner").select("m", "pos")
        by_month = dict(taken.group_by("m").agg("pos").iter_rows())
        offsets = dict(moving.group_by("m").agg(pl.len()).iter_rows())
        at = 0
        for m in range(first, last + 1):
            month = pl.select(_month_start(pl.lit(m, pl.Int32))).item()
            n = offsets.get(m, 0)
            rows.append(moving.slice(at, n).select(pl.lit(month).alias("month"), "platform", "account_id", "tier"))
            at += n
            keep = (starts <= m) & (ends > m)  # the passive tier of this month (a dated follow starts one later)
            if positions := by_month.get(m):
                keep = keep.scatter(positions, False)
            rows.append(block.filter(keep).select(pl.lit(month).alias("month"), "platform", "account_id", "tier"))
    if not rows:
        return pl.DataFrame(schema=LADDER_SCHEMA)
    return pl.concat(rows).with_columns(pl.col("tier").cast(pl.String))


def _is_spans(frame: pl.DataFrame) -> bool:
    return "start" in frame.columns


def _tier_counts_by_month(spans: pl.DataFrame) -> pl.DataFrame:
    """People per month and tier from spans: a cumulative sum over +1 at each start and -1 at each end.

    Counted per start and per end month first (a million passive spans share a handful of those), with the
    tier as its number in ``TIERS``: no table of two rows per span keyed by strings (~220 MB at 1M spans).
    """
    tier = pl.col("tier").cast(_TIER_NUMBER)
    deltas = pl.concat(
        [
            spans.group_by(tier, month=pl.col("start")).agg(d=pl.len().cast(pl.Int64)),
            spans.group_by(tier, month=pl.col("end")).agg(d=-pl.len().cast(pl.Int64)),
        ]
    )
    steps = (
        deltas.group_by("tier", "month")
        .agg(pl.col("d").sum())
        .sort("tier", "month")
        .with_columns(people=pl.col("d").cum_sum().over("tier"), until=pl.col("month").shift(-1).over("tier"))
        .filter(pl.col("people") > 0)  # the last step of a tier always comes back to 0
        .with_columns(pl.col("tier").cast(pl.String))
        .sort("tier", "month")  # the order by name the callers have always had
    )
    return steps.select(
        month=pl.datetime_ranges("month", pl.col("until").dt.offset_by("-1mo"), "1mo"), tier="tier", people="people"
    ).explode("month")


def _spans_months(spans: pl.DataFrame) -> pl.DataFrame:
    """Spans written out one row per month (only for the few people that need it)."""
    return spans.select(
        month=pl.datetime_ranges("start", pl.col("end").dt.offset_by("-1mo"), "1mo"),
        platform="platform",
        account_id="account_id",
        tier="tier",
    ).explode("month")


def tier_counts_over_time(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """People per tier at each month end, every tier in every month (0 when empty): the ladder chart's data.

    ``ladder_frame``: ``ladder`` or ``ladder_spans`` (counted by a cumulative sum over start and end months).
    """
    counts = (
        _tier_counts_by_month(ladder_frame)
        if _is_spans(ladder_frame)
        else ladder_frame.group_by("month", "tier").agg(people=pl.len())
    )
    months = counts.select("month") if _is_spans(ladder_frame) else ladder_frame.select("month")
    grid = months.unique().join(pl.DataFrame({"tier": list(TIERS)}), how="cross")
    return (
        grid.join(counts, on=["month", "tier"], how="left")
        .with_columns(pl.col("people").fill_null(0).cast(pl.UInt32))
        .sort("month", "tier")
    )


def conversion(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """Per month: followers at the previous month end, how many of them are members now, and the share.

    Read as: each row of the ladder that is ``follower`` at one month end, matched with the rows of the same
    platform and account the month after (no row: not converted). From ``ladder_spans`` the followers are
    counted by a cumulative sum over their spans and the converted are the member or core spans that start
    where a follower span of the same person ends; people with several rows per month (duplicate people
    rows) are matched month by month as in the ladder frame.
    """
    if not _is_spans(ladder_frame):
        return _conversion_of_rows(ladder_frame)
    spans = ladder_frame
    key = ["platform", "account_id"]
    # Only a person with one row per month follows the span rule; duplicates (two people rows for one
    # account) are matched row by row. Such a person has two spans that overlap (the spans of one row follow
    # each other); only accounts with several spans, found by hashing the key (a collision only adds a
    # candidate), are sorted and compared: a million passive spans are hashed, never grouped.
    several = pl.struct(*key).hash().is_duplicated()
    repeated = (
        spans.filter(several & pl.col("platform").is_not_null() & pl.col("account_id").is_not_null())
        .sort(*key, "start")
        .filter(pl.col("start") < pl.col("end").shift(1).over(key))
        .select(key)
        .unique()
    )
    if repeated.height:
        twice = spans.join(repeated, on=key, how="semi")
        spans = spans.join(repeated, on=key, how="anti")
    followers = _tier_counts_by_month(spans.filter(pl.col("tier") == "follower")).select(
        month=pl.col("month").dt.offset_by("1mo"), followers=pl.col("people")
    )
    ends = spans.filter(pl.col("tier") == "follower").select(*key, month="end")
    starts = spans.filter(pl.col("tier").is_in(MEMBER_TIERS)).select(*key, month="start")
    converted = ends.join(starts, on=[*key, "month"], how="inner").group_by("month").agg(converted=pl.len())
    parts = [followers.join(converted, on="month", how="left")]
    if repeated.height:
        parts.append(_conversion_of_rows_by_join(_spans_months(twice)).drop("conversion"))
    return (
        pl.concat(parts, how="diagonal_relaxed")
        .group_by("month")
        .agg(pl.col("followers").sum().cast(pl.UInt32), pl.col("converted").fill_null(0).sum().cast(pl.UInt32))
        .with_columns(conversion=pl.col("converted") / pl.col("followers"))
        .sort("month")
    )


def _conversion_of_rows(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """``conversion`` of a ladder frame without joining it to itself whole.

    Where no person has two rows in one month (checked with a hash of month, platform and account), each
    follower row counts once and is converted when the person's row the month after is member or core: a
    join with the few member rows. Otherwise the rows of the months and persons that repeat (hash
    collisions included) go through the full left join, the others as above.
    """
    cols = ["month", "platform", "account_id"]
    key = pl.col("month").hash() ^ pl.col("platform").hash() ^ pl.col("account_id").hash()
    hashed = ladder_frame.select(*cols, "tier", _key=key)
    follower = hashed.filter(pl.col("tier") == "follower").select(
        pl.col("month").dt.offset_by("1mo"), "platform", "account_id"
    )
    members = hashed.filter(pl.col("tier").is_in(MEMBER_TIERS)).select(cols)
    parts = []
    if hashed["_key"].n_unique() < hashed.height:
        several = hashed.filter(pl.col("_key").is_duplicated()).drop("_key")
        repeated = several.select(cols).unique()
        twice = follower.join(repeated, on=cols, how="semi", nulls_equal=True)
        parts.append(_conversion_by_join(twice.with_columns(before=pl.lit("follower")), several).drop("conversion"))
        follower = follower.join(repeated, on=cols, how="anti", nulls_equal=True)
        members = members.join(repeated, on=cols, how="anti", nulls_equal=True)
    parts += [
        follower.group_by("month").agg(followers=pl.len()),
        members.join(follower, on=cols).group_by("month").agg(converted=pl.len()),
    ]
    return (
        pl.concat(parts, how="diagonal_relaxed")
        .group_by("month")
        .agg(pl.col("followers").sum().cast(pl.UInt32), pl.col("converted").sum().cast(pl.UInt32))
        .filter(pl.col("followers") > 0)
        .with_columns(conversion=pl.col("converted") / pl.col("followers"))
        .sort("month")
    )


def _conversion_by_join(prev: pl.DataFrame, ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """Follower rows ``prev`` (shifted to the month after) matched with every row of that month."""
    moved = prev.join(ladder_frame, on=["month", "platform", "account_id"], how="left")
    return (
        moved.filter(pl.col("before") == "follower")
        .group_by("month")
        .agg(followers=pl.len(), converted=pl.col("tier").is_in(MEMBER_TIERS).sum())
        .with_columns(conversion=pl.col("converted") / pl.col("followers"))
        .sort("month")
    )


def _conversion_of_rows_by_join(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """``conversion`` as first written: every follower row joined to every row of the month after."""
    prev = ladder_frame.with_columns(month=pl.col("month").dt.offset_by("1mo")).rename({"tier": "before"})
    return _conversion_by_join(prev, ladder_frame)


def new_members(ladder_frame: pl.DataFrame) -> pl.DataFrame:
    """People per month whose first month as member or core it is (``ladder`` or ``ladder_spans``)."""
    month = "start" if _is_spans(ladder_frame) else "month"
    first = (
        ladder_frame.filter(pl.col("tier").is_in(MEMBER_TIERS))
        .group_by("platform", "account_id")
        .agg(month=pl.col(month).min())
    )
    return first.group_by("month").agg(new_members=pl.len()).sort("month")


def cohort_retention(export: Export, max_months: int = 12) -> pl.DataFrame:
    """Members by month of first two-way contact; share of each cohort with contact k months later."""
    directed = export.interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS)).with_columns(
        month=pl.col("at").dt.truncate("1mo")
    )
    both = directed.group_by("platform", "account_id", "month").agg(dirs=pl.col("direction").n_unique())
    first_two_way = (
        both.filter(pl.col("dirs") == 2).group_by("platform", "account_id").agg(cohort=pl.col("month").min())
    )
    active = directed.select("platform", "account_id", "month").unique()
    sizes = first_two_way.group_by("cohort").agg(size=pl.len())
    return (
        active.join(first_two_way, on=["platform", "account_id"])
        .with_columns(k=months_between(pl.col("cohort"), pl.col("month")))
        .filter((pl.col("k") >= 0) & (pl.col("k") <= max_months))
        .group_by("cohort", "k")
        .agg(active=pl.len())
        .join(sizes, on="cohort")
        .with_columns(retention=pl.col("active") / pl.col("size"))
        .sort("cohort", "k")
    )


def member_states(
    export: Export, as_of: datetime | None = None, active_months: int = ACTIVE_MONTHS, away_months: int = AWAY_MONTHS
) -> pl.DataFrame:
    """Everyone who has ever been in two-way contact, labelled active, drifting or away by their last contact."""
    directed = export.interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    per = (
        directed.group_by("platform", "account_id")
        .agg(last_contact=pl.col("at").max(), dirs=pl.col("direction").n_unique())
        .filter(pl.col("dirs") == 2)
    )
    end = as_of or (directed["at"].max() if directed.height else None)
    if end is None:
        return per.with_columns(idle_months=pl.lit(None, pl.Int32), state=pl.lit(None, pl.String))
    idle = months_between(pl.col("last_contact"), pl.lit(end).cast(directed.schema["at"]))
    return (
        per.with_columns(idle_months=idle)
        .with_columns(
            state=pl.when(pl.col("idle_months") < active_months)
            .then(pl.lit("active"))
            .when(pl.col("idle_months") < away_months)
            .then(pl.lit("drifting"))
            .otherwise(pl.lit("away"))
        )
        .drop("dirs")
        .sort("idle_months", "account_id")
    )
