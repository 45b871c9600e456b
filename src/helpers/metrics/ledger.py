"""The per-person ledger: everyone the account has had contact with, one row each, the list a user acts on.

One row per person with directed contact (replies, mentions, quotes, comments, messages) in either
direction: the tiers core, member, unanswered and reached. Passive followers (no contact at all) are counted
in the tier chart, never listed: a million rows nobody reads.

Columns: platform, account_id, handle, display_name, profile_url (a public profile page where the platform
has them and the handle is a plain one; null elsewhere and for pseudonyms), tier, evidence, first_contact,
last_contact, days_you_wrote, days_they_wrote (distinct UTC days with a directed act in each direction;
null for "they wrote" where the export holds nothing others wrote), tie_strength (``ties.tie_strength``,
rounded), waiting (their latest conversation opener has had no answer from the owner since; null where
listening cannot be measured). Linear in interactions: group-bys and joins, no per-person loop.
"""

from __future__ import annotations

import re

import polars as pl

from helpers.anonymize import PSEUDONYM_PREFIX
from helpers.metrics import ties
from helpers.model import DIRECTED_CHANNELS, PROFILE_URLS, Coverage

CONTACT_TIERS = ("core", "member", "unanswered", "reached")
# A handle that can stand in a URL path as it is: letters, digits, '_', '.', '-' (and one '@host' on Mastodon).
_PLAIN_HANDLE = r"^[A-Za-z0-9_.-]{1,100}$"
_MASTODON_HANDLE = r"^([A-Za-z0-9_.-]{1,100})@([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})$"


def profile_url() -> pl.Expr:
    """The person's public profile page, from ``platform`` and ``handle``; null where there is none."""
    handle = pl.col("handle")
    plain = handle.str.contains(_PLAIN_HANDLE) & ~handle.str.starts_with(PSEUDONYM_PREFIX)
    expr = pl.lit(None, pl.String)
    for platform, template in PROFILE_URLS.items():
        if "{host}" in template:
            user = handle.str.extract(_MASTODON_HANDLE, 1)
            host = handle.str.extract(_MASTODON_HANDLE, 2)
            url = pl.format(template.replace("{user}", "{}").replace("{host}", "{}"), *_order(template, host, user))
            expr = pl.when((pl.col("platform") == platform) & user.is_not_null()).then(url).otherwise(expr)
        else:
            url = pl.format(template.replace("{handle}", "{}"), handle)
            expr = pl.when((pl.col("platform") == platform) & plain).then(url).otherwise(expr)
    return expr.alias("profile_url")


def _order(template: str, host: pl.Expr, user: pl.Expr) -> list[pl.Expr]:
    """The expressions for the template's placeholders, in the order they appear."""
    names = re.findall(r"{(host|user)}", template)
    return [host if n == "host" else user for n in names]


def person_ledger(
    tiers: pl.DataFrame,
    interactions: pl.DataFrame,
    coverage: dict[str, Coverage],
    waiting: pl.DataFrame | None,
) -> pl.DataFrame:
    """The ledger (see the module docstring) from ``audience.export_tiers``, the interactions, each platform's
    coverage and ``listening.still_waiting`` (None where listening cannot be measured at all)."""
    # What others wrote is in a platform's export or it is not: there, unknown is null, never 0 or "no".
    heard = pl.col("platform").is_in([p for p, c in coverage.items() if c.others_wrote])
    directed = interactions.filter(pl.col("channel").is_in(DIRECTED_CHANNELS))
    days = directed.group_by("platform", "account_id").agg(
        days_you_wrote=pl.col("at").filter(pl.col("direction") == "out").dt.date().n_unique(),
        days_they_wrote=pl.col("at").filter(pl.col("direction") == "in").dt.date().n_unique(),
    )
    strength = ties.tie_strength(interactions).select("platform", "account_id", tie_strength=pl.col("score").round(1))
    ledger = (
        tiers.filter(pl.col("tier").cast(pl.String).is_in(CONTACT_TIERS))
        .select("platform", "account_id", "handle", "display_name", "tier", "evidence", "first_contact", "last_contact")
        .join(days, on=["platform", "account_id"], how="left")
        .join(strength, on=["platform", "account_id"], how="left")
        .with_columns(
            pl.col("days_you_wrote").fill_null(0),
            days_they_wrote=pl.when(heard).then(pl.col("days_they_wrote").fill_null(0)),
            tie_strength=pl.col("tie_strength").fill_null(0.0),
        )
    )
    if waiting is None:
        ledger = ledger.with_columns(waiting=pl.lit(None, pl.Boolean))
    else:
        marks = waiting.select("platform", "account_id", waiting=pl.lit(True))
        ledger = ledger.join(marks, on=["platform", "account_id"], how="left").with_columns(
            waiting=pl.when(heard).then(pl.col("waiting").fill_null(False))
        )
    return (
        ledger.with_columns(profile_url())
        .select(
            "platform",
            "account_id",
            "handle",
            "display_name",
            "profile_url",
            "tier",
            "evidence",
            "first_contact",
            "last_contact",
            "days_you_wrote",
            "days_they_wrote",
            "tie_strength",
            "waiting",
        )
        .sort(["tie_strength", "last_contact", "account_id"], descending=[True, True, False], nulls_last=True)
    )
