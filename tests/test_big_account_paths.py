"""The shortcuts that make a big X account quick give what the plain way gives (issue "Big accounts").

Each shortcut is checked against the plain computation it replaces, on small literal frames with the
cases that send it back to the plain way.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import polars as pl
import pytest

from helpers.metrics.audience import EVIDENCE_DTYPE, audience_tiers, contact_summary, tier_counts, tier_expr
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, Coverage, conform
from helpers.platforms.x.reader import people_table
from helpers.platforms.x.tweets import GDPR_TIME, dedupe_edits, gdpr_times, parse_time

WELL_FORMED = ["Fri Nov 15 16:53:29 +0000 2024", "Mon Feb 03 10:00:00 +0530 2020", "Sun Feb 02 23:00:00 -0800 2020"]


@pytest.mark.parametrize(
    "extra",
    [
        [],
        [None],
        ["Tue Feb 03 10:00:00 +0000 2020"],  # the weekday does not match the date
        ["Mon Feb 30 10:00:00 +0000 2020"],  # no such day
        ["Mon Feb 03 25:00:00 +0000 2020"],  # no such hour
        ["Fri Nov 15 16:53:60 +0000 2024"],  # a leap second, as strptime reads it
        ["Sat Jan 01 00:00:00 +0000 0000"],  # the year 0000
        ["Tue Jan 31 09:01:52 +0099 2017"],  # no such offset (minutes)
        ["Tue Jan 31 09:01:52 +2400 2017"],  # no such offset (hours)
        ["Mon Jan 30 09:01:52 +2359 2017", "Wed Feb 01 09:01:52 -2359 2017"],  # the widest offsets there are
        ["2024-11-15 16:53:29 +0000"],  # another generation's format
        ["garbage"],
    ],
)
def test_gdpr_dates_read_by_position_equal_strptime(extra):
    created = pl.Series("created_raw", WELL_FORMED + extra, pl.String)
    expected = created.to_frame().select(parse_time("created_raw", GDPR_TIME)).to_series()
    assert gdpr_times(created).equals(expected)


def test_gdpr_dates_of_an_empty_file():
    assert gdpr_times(pl.Series("created_raw", [], pl.String)).len() == 0


def _posts(rows):
    return pl.DataFrame(
        rows, schema={"post_id": pl.String, "edit_group": pl.String, "created_at": pl.Int64}, orient="row"
    )


def _plain_dedupe(posts):
    versions = posts.filter(pl.col("edit_group").is_duplicated())
    if versions.height == 0:
        return posts
    last = versions.sort("created_at", "post_id").unique("edit_group", keep="last")["post_id"]
    return posts.filter(~pl.col("edit_group").is_duplicated() | pl.col("post_id").is_in(last.implode()))


@pytest.mark.parametrize(
    "rows",
    [
        [("1", "1", 1), ("2", "2", 2)],  # no edit: returned as it is
        [("1", "1", 1), ("3", "1", 3), ("2", "2", 2)],  # tweet 1 edited into 3: only 3 stays
        [("1", "1", 1), ("1", "1", 2), ("2", "2", 2)],  # the same tweet twice (two part files)
    ],
)
def test_dedupe_edits_equals_the_plain_way(rows):
    posts = _posts(rows)
    assert dedupe_edits(posts).equals(_plain_dedupe(posts))


def _raw_posts(mentions: list[tuple[str, str]]) -> pl.DataFrame:
    at = datetime(2024, 1, 1, tzinfo=UTC)
    return pl.DataFrame(
        {
            "created_at": [at] * len(mentions),
            "mention_ids": [[i] for i, _ in mentions],
            "mention_handles": [[h] for _, h in mentions],
            "mention_names": [[h.title()] for _, h in mentions],
            "reply_to_user": [None] * len(mentions),
            "reply_to_handle": [None] * len(mentions),
            "quote_account": [None] * len(mentions),
        },
        schema_overrides={
            "reply_to_user": pl.String,
            "reply_to_handle": pl.String,
            "quote_account": pl.String,
            "created_at": pl.Datetime("us", "UTC"),
        },
    )


def test_people_lists_the_named_first_then_followers_in_the_files_order_once_each():
    followers = pl.Series("account_id", ["9", "5", "7", "5", "owner", "1"])
    following = pl.Series("account_id", ["7", "8"])
    people = people_table(
        _raw_posts([("7", "seven"), ("3", "three")]), followers, following, pl.Series([], dtype=pl.String), "owner"
    )
    assert people["account_id"].to_list() == ["3", "7", "8", "9", "5", "1"]
    rows = {r["account_id"]: r for r in people.iter_rows(named=True)}
    assert rows["7"]["handle"] == "seven" and rows["7"]["follows_owner"] and rows["7"]["followed_by_owner"]
    assert rows["3"]["follows_owner"] is False and rows["8"]["follows_owner"] is False
    assert rows["9"]["follows_owner"] and rows["9"]["followed_by_owner"] is False and rows["9"]["handle"] is None
    assert people.schema == PEOPLE_SCHEMA


def test_people_without_a_follower_list_know_no_follow():
    people = people_table(_raw_posts([("3", "three")]), None, None, pl.Series([], dtype=pl.String), "owner")
    assert people.select("account_id", "follows_owner", "followed_by_owner").rows() == [("3", None, None)]


def _plain_tiers(people, interactions, coverage):
    """audience_tiers as it was written before the passive audience was kept out of the join."""
    contacts = contact_summary(interactions)
    known = people.select("platform", "account_id", "handle", "display_name", "follows_owner", "followed_by_owner")
    both_way = (pl.col("out_directed") > 0) & (pl.col("in_directed") > 0)
    tiers = (
        known.join(contacts, on="account_id", how="full", coalesce=True)
        .with_columns(pl.col("out_directed", "in_directed", "contact_months", "contact_days").fill_null(0))
        .with_columns(tier=tier_expr(coverage.inbound_public))
        .filter(pl.col("tier").is_not_null())
        .with_columns(
            evidence=pl.when(pl.col("tier").is_in(["core", "member"]) & ~both_way)
            .then(pl.lit("inferred"))
            .otherwise(pl.lit("observed"))
            .cast(EVIDENCE_DTYPE)
        )
    )
    passive = pl.col("tier").is_in(["follower", "following"])
    return pl.concat(
        [
            tiers.filter(~passive).sort("tier", "contact_days", "account_id", descending=[False, True, False]),
            tiers.filter(passive).sort("tier", maintain_order=True),
        ]
    )


@pytest.mark.parametrize("inbound_public", [True, False])
def test_audience_tiers_equal_the_plain_join(inbound_public):
    follow = [("f3", True, False), ("g1", False, True), ("m", True, True), ("f1", True, None), ("n", None, None)]
    follow += [("a", True, False), ("b", False, False), ("g0", None, True), ("f2", True, True)]
    follow += [(None, True, False)]  # a row without an id (a hand-made CSV) stays, as in the join
    people = conform(
        pl.DataFrame(follow, schema=["account_id", "follows_owner", "followed_by_owner"], orient="row").with_columns(
            platform=pl.lit("x")
        ),
        PEOPLE_SCHEMA,
    )
    at = [datetime(2024, m, 1, tzinfo=UTC) for m in (1, 2, 3, 5)]
    acts = [("m", "out", "reply", at[0], "1"), ("m", "in", "reply", at[1], "2"), ("m", "in", "mention", at[3], "3")]
    acts += [
        ("a", "out", "mention", at[0], "4"),
        ("a", "out", "mention", at[2], "5"),
        ("zz", "in", "reply", at[1], "6"),
    ]
    acts += [("b", "out", "reply", at[0], "7"), ("m", "out", "reply", at[2], "8"), ("f1", "in", "like", at[0], "9")]
    interactions = conform(
        pl.DataFrame(acts, schema=["account_id", "direction", "channel", "at", "ref_id"], orient="row").with_columns(
            platform=pl.lit("x"), at=pl.col("at").cast(INTERACTIONS_SCHEMA["at"])
        ),
        INTERACTIONS_SCHEMA,
    )
    coverage = Coverage(own_posts=True, followers=True, following=True, inbound_public=inbound_public)
    ours = audience_tiers(people, interactions, coverage)
    plain = _plain_tiers(people, interactions, coverage)
    assert ours.equals(plain.select(ours.columns))
    assert tier_counts(ours) == tier_counts(plain)


def test_reading_an_x_archive_imports_no_other_reader():
    code = (
        "import sys; from helpers.platforms import loading; "
        "from helpers.synthetic.x import write_x_archive; import tempfile, pathlib; "
        "d = pathlib.Path(tempfile.mkdtemp()) / 'x'; write_x_archive(d); loading.load_export(d); "
        "print(sorted(m for m in sys.modules if m.startswith('helpers.platforms.') and m.endswith('reader')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['helpers.platforms.x.reader']"


@pytest.mark.parametrize("packed", ["folder", "zip", "tar.gz"])
def test_x_archive_reads_the_same_however_packed(tmp_path, monkeypatch, packed):
    """The follow lists are read in a second thread beside a folder or zip, in this thread from a tar stream."""
    import shutil
    import tarfile
    import threading

    from helpers.platforms.loading import load_export
    from helpers.platforms.x import reader
    from helpers.present.summary import summarize
    from helpers.synthetic.x import write_x_archive

    folder = tmp_path / "x"
    write_x_archive(folder)
    expected = summarize(load_export(folder))
    threads: list[str] = []  # where the reader's decode_chunks runs: the follow lists, and the deleted tweets' ids
    decode = reader.decode_chunks

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return decode(*args, **kwargs)

    monkeypatch.setattr(reader, "decode_chunks", recorded)
    if packed == "zip":
        path = shutil.make_archive(str(tmp_path / "packed"), "zip", folder)
    elif packed == "tar.gz":
        path = str(tmp_path / "packed.tar.gz")
        with tarfile.open(path, "w:gz") as tar:
            tar.add(folder, arcname="x")
    else:
        path = str(folder)
    export = load_export(path)
    assert summarize(export) == expected
    assert export.people.height > 0 and export.coverage.followers
    in_a_second_thread = any(name.startswith("x-edges") for name in threads)
    assert in_a_second_thread == (packed != "tar.gz"), threads


def test_an_x_archive_read_in_many_pieces_equals_one_read_whole(tmp_path, monkeypatch):
    """tweets.js cut into pieces of 40 KB gives exactly the tables of a read in one piece."""
    from helpers.platforms.loading import load_export
    from helpers.platforms.x import chunks
    from helpers.synthetic.x import write_x_archive

    write_x_archive(tmp_path / "x", n_tweets=3000)
    assert (tmp_path / "x" / "data" / "tweets.js").stat().st_size > 40 * 40_000  # many pieces
    whole = load_export(tmp_path / "x")
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 40_000)
    pieces: list[int] = []
    decode = chunks.decode_chunks

    def counted(*args, **kwargs):
        for items in decode(*args, **kwargs):
            pieces.append(len(items))
            yield items

    monkeypatch.setattr("helpers.platforms.x.tweets.decode_chunks", counted)
    cut = load_export(tmp_path / "x")
    assert len(pieces) > 20 and sum(pieces) >= whole.posts.height
    for table in ("posts", "people", "interactions"):
        assert getattr(cut, table).equals(getattr(whole, table)), table


def test_a_cohort_worker_warms_up_with_every_reader():
    code = (
        "import sys; from helpers.cohort.engine import warm_up; warm_up(); "
        "from helpers.platforms.registry import PLATFORMS; "
        "print(all(p.read.module in sys.modules for p in PLATFORMS))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"
