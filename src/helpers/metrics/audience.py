"""Audience tiers: who around the account is a passive follower and who is a community member.

Rules (DESIGN.md), first match wins, over the analysis window:

- ``core``: directed contact both ways, in at least ``CORE_MIN_MONTHS`` distinct months;
- ``member``: directed contact both ways;
- ``member`` (evidence ``inferred``): where the export holds no public inbound signal, someone the owner
  addressed at least ``INFERRED_MIN_ADDRESSED`` times who follows the owner;
- ``unanswered``: they addressed the owner, the owner never addressed them;
- ``reached``: the owner addressed them, nothing seen back;
- ``follower``: follows the owner, no directed contact;
- ``following``: the owner follows them, nothing else.

People with only applause (likes, reposts) and no follow edge get no tier.
"""

from __future__ import annotations

import itertools
from datetime import datetime

import polars as pl

from helpers.model import DIRECTED_CHANNELS, TIERS, Coverage, Export, person_label

CORE_MIN_MONTHS = 3  # distinct calendar months with directed contact (either direction) for "core"
INFERRED_MIN_ADDRESSED = 2  # times the owner addressed a follower before they count as an inferred member
DUNBAR_RINGS = (5, 15, 50, 150)  # Dunbar's layers: support clique, sympathy group, band, active network
TIER_DTYPE = pl.Enum(TIERS)
EVIDENCE_DTYPE = pl.Enum(["observed", "inferred"])


def in_window(frame: pl.DataFrame, col: str, since: datetime | None, until: datetime | None) -> pl.DataFrame:
    """Rows whose ``col`` lies in [since, until); either bound may be None."""
    cond = pl.lit(True)
    if since is not None:
        cond &= pl.col(col) >= since
    if until is not None:
        cond &= pl.col(col) < until
    return frame.filter(cond)


def contact_summary(interactions: pl.DataFrame) -> pl.DataFrame:
    """Per other account: directed acts out and in, distinct contact months and days, first and last contact."""
    directed = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    return directed.group_by("account_id").agg(
        out_directed=pl.col("ref_id").filter(pl.col("direction") == "out").n_unique(),
        in_directed=pl.col("ref_id").filter(pl.col("direction") == "in").n_unique(),
        contact_months=pl.col("at").dt.truncate("1mo").n_unique(),
        contact_days=pl.col("at").dt.date().n_unique(),
        first_contact=pl.col("at").min(),
        last_contact=pl.col("at").max(),
    )


def tier_expr(
    inbound_public: bool, core_min_months: int = CORE_MIN_MONTHS, inferred_min_addressed: int = INFERRED_MIN_ADDRESSED
) -> pl.Expr:
    """The tier of one person from their contact counts and follow edges (null: no tier)."""
    out, inn = pl.col("out_directed"), pl.col("in_directed")
    both = (out > 0) & (inn > 0)
    inferred = (
        pl.lit(False)
        if inbound_public
        else ((out >= inferred_min_addressed) & (inn == 0) & pl.col("follows_owner").fill_null(False))
    )
    return (
        pl.when(both & (pl.col("contact_months") >= core_min_months))
        .then(pl.lit("core"))
        .when(both | inferred)
        .then(pl.lit("member"))
        .when((inn > 0) & (out == 0))
        .then(pl.lit("unanswered"))
        .when((out > 0) & (inn == 0))
        .then(pl.lit("reached"))
        .when(pl.col("follows_owner").fill_null(False))
        .then(pl.lit("follower"))
        .when(pl.col("followed_by_owner").fill_null(False))
        .then(pl.lit("following"))
        .cast(TIER_DTYPE)
    )


def audience_tiers(
    people: pl.DataFrame,
    interactions: pl.DataFrame,
    coverage: Coverage,
    since: datetime | None = None,
    until: datetime | None = None,
    core_min_months: int = CORE_MIN_MONTHS,
    inferred_min_addressed: int = INFERRED_MIN_ADDRESSED,
) -> pl.DataFrame:
    """One row per person with a tier: tier, evidence, contact counts and follow edges.

    Rows: the people in contact, closest first (tier, contact days, account id); then the passive audience
    (followers, then followed accounts) in the export's own order. The passive audience can be millions of
    rows with nothing but follow edges: it never enters the join with the contacts (a few thousand rows) and
    is never sorted; its tier is read from the edges alone (``tier_expr`` with no contact gives the same).
    """
    contacts = contact_summary(in_window(interactions, "at", since, until))
    columns = ("platform", "account_id", "handle", "display_name", "follows_owner", "followed_by_owner")
    known = people.select(columns)
    both_way = (pl.col("out_directed") > 0) & (pl.col("in_directed") > 0)
    # The few in contact picked out first (a hash of the few, probed by everyone), then joined: a join
    # straight against a million people would hash the million.
    contacted = known.filter(pl.col("account_id").is_in(contacts["account_id"].implode()))
    in_contact = (
        contacts.join(contacted, on="account_id", how="left")
        .select(*columns, *contacts.columns[1:])
        .with_columns(pl.col("out_directed", "in_directed", "contact_months", "contact_days").fill_null(0))
        .with_columns(tier=tier_expr(coverage.inbound_public, core_min_months, inferred_min_addressed))
        .filter(pl.col("tier").is_not_null())
        .with_columns(
            evidence=pl.when(pl.col("tier").is_in(["core", "member"]) & ~both_way)
            .then(pl.lit("inferred"))
            .otherwise(pl.lit("observed"))
            .cast(EVIDENCE_DTYPE)
        )
        .sort("tier", "contact_days", "account_id", descending=[False, True, False])
    )
    # A row without an id matches no contact (as in a join): passive, like the rest.
    passive = known.filter(~pl.col("account_id").is_in(contacts["account_id"].implode()).fill_null(False))
    follows, followed = pl.col("follows_owner").fill_null(False), pl.col("followed_by_owner").fill_null(False)
    no_contact = [pl.lit(0 if dtype.is_integer() else None, dtype).alias(c) for c, dtype in contacts.schema.items()]
    by_tier = [
        passive.filter(edge).select(
            *columns,
            *no_contact[1:],
            tier=pl.lit(tier, TIER_DTYPE),
            evidence=pl.lit("observed", EVIDENCE_DTYPE),
        )
        for tier, edge in (("follower", follows), ("following", followed & ~follows))
    ]
    return pl.concat([in_contact, *by_tier])


def export_tiers(export: Export, since: datetime | None = None, until: datetime | None = None) -> pl.DataFrame:
    """Tiers of everyone in a dataset: per platform, each with its own coverage rules, then linked people merged."""
    frames = [
        audience_tiers(part.people, part.interactions, part.coverage, since, until)
        for part in (export.only(p) for p in export.platforms)
    ]
    tiers = (
        pl.concat(frames, how="diagonal_relaxed")
        if frames
        else audience_tiers(export.people, export.interactions, export.coverage)
    )
    return tiers if export.links is None else link_people(tiers, export.links)


def link_people(tiers: pl.DataFrame, links: pl.DataFrame) -> pl.DataFrame:
    """Accounts one person holds on several platforms (a links file) become one row with their best tier.

    Contacts add up across the accounts; distinct months of contact take the largest of the accounts.
    """
    keyed = tiers.join(links, on=["platform", "account_id"], how="left")
    alone = keyed.filter(pl.col("person").is_null()).drop("person")
    linked = (
        keyed.filter(pl.col("person").is_not_null())
        .sort("tier")
        .group_by("person", maintain_order=True)
        .agg(
            pl.col("tier").first(),
            pl.col("evidence").first(),
            pl.col("platform").unique().sort().str.join("+"),
            pl.col("handle").drop_nulls().first(),
            pl.col("display_name").drop_nulls().first(),
            pl.col("follows_owner").max(),
            pl.col("followed_by_owner").max(),
            pl.col("out_directed", "in_directed", "contact_days").sum(),
            pl.col("contact_months").max(),
            pl.col("first_contact").min(),
            pl.col("last_contact").max(),
        )
        .with_columns(account_id=pl.lit("person:") + pl.col("person"))
        .drop("person")
    )
    return pl.concat([alone, linked], how="diagonal_relaxed").sort(
        "tier", "contact_days", "account_id", descending=[False, True, False]
    )


def tier_counts(tiers: pl.DataFrame) -> dict[str, int]:
    """People per tier, every tier present (zeros included)."""
    # One column selected first: grouping the frame would rechunk all its columns (a million rows each).
    counts = dict(tiers.select("tier").group_by("tier").len().iter_rows()) if tiers.height else {}
    return {t: int(counts.get(t, 0)) for t in TIERS}


def tier_breakdown(tiers: pl.DataFrame) -> pl.DataFrame:
    """People per tier and evidence, every tier present: the data of the audience chart."""
    grid = pl.DataFrame({"tier": list(TIERS)}, schema={"tier": TIER_DTYPE})
    counts = tiers.select("tier", "evidence").group_by("tier", "evidence").agg(people=pl.len())
    return (
        grid.join(counts, on="tier", how="left")
        .with_columns(
            pl.col("people").fill_null(0).cast(pl.Int64),
            pl.col("evidence").fill_null("observed"),
            group=pl.when(pl.col("tier").is_in(["core", "member"]))
            .then(pl.lit("community"))
            .when(pl.col("tier").is_in(["unanswered", "reached"]))
            .then(pl.lit("one-way contact"))
            .otherwise(pl.lit("no contact")),
        )
        .sort("tier", "evidence")
    )


def tier_breakdown_by_platform(tiers: pl.DataFrame) -> pl.DataFrame:
    """``tier_breakdown`` per platform (linked people appear under their joined platforms, e.g. "x+mastodon")."""
    frames = [
        tier_breakdown(part).with_columns(platform=pl.lit(p))
        # Three columns split, not the whole table (a million followers: every column copied per platform).
        for (p,), part in tiers.select("platform", "tier", "evidence").group_by("platform", maintain_order=True)
    ]
    return pl.concat(frames) if frames else tier_breakdown(tiers).with_columns(platform=pl.lit(None, pl.String))


def people_counts(people: pl.DataFrame, coverage: Coverage) -> dict[str, int | None]:
    """Followers, following and mutuals; None where the export lacks the list it needs."""
    followers = int(people["follows_owner"].sum()) if coverage.followers else None
    following = int(people["followed_by_owner"].sum()) if coverage.following else None
    mutuals = (
        int(people.filter(pl.col("follows_owner") & pl.col("followed_by_owner")).height)
        if coverage.followers and coverage.following
        else None
    )
    return {"followers": followers, "following": following, "mutuals": mutuals}


def community_size(tiers: pl.DataFrame) -> int:
    """Members plus core: the people in two-way contact (observed or inferred)."""
    return int(tiers.filter(pl.col("tier").is_in(["core", "member"])).height)


def dunbar_rings(tiers: pl.DataFrame, rings: tuple[int, ...] = DUNBAR_RINGS) -> pl.DataFrame:
    """Community members ranked by distinct days of directed contact and placed in the 5/15/50/150 rings.

    Columns: ring (its size), capacity (people the ring adds), people (members placed in it).
    """
    members = tiers.filter(pl.col("tier").is_in(["core", "member"])).sort(
        "contact_days", "account_id", descending=[True, False]
    )
    ranked = members.with_row_index("rank", offset=1)
    edges = [0, *rings]
    rows: list[dict[str, int | None]] = []
    for lo, hi in itertools.pairwise(edges):
        rows.append(
            {
                "ring": hi,
                "capacity": hi - lo,
                "people": ranked.filter((pl.col("rank") > lo) & (pl.col("rank") <= hi)).height,
            }
        )
    beyond = max(0, members.height - rings[-1])
    rows.append({"ring": None, "capacity": None, "people": beyond})
    return pl.DataFrame(rows, schema={"ring": pl.Int64, "capacity": pl.Int64, "people": pl.Int64})


def top_partners(tiers: pl.DataFrame, n: int = 15) -> pl.DataFrame:
    """The people with the most directed contact, both directions, with their tier."""
    return (
        tiers.filter((pl.col("out_directed") + pl.col("in_directed")) > 0)
        .with_columns(
            name=person_label(),
            total=pl.col("out_directed") + pl.col("in_directed"),
        )
        .sort("total", "contact_days", "account_id", descending=[True, True, False])
        .head(n)
        .select("account_id", "name", "tier", "evidence", "out_directed", "in_directed", "total", "contact_days")
    )
