"""Anonymising a big account: a follower known by an id alone is given a pseudonym in the tables, and the texts
are searched only for the names people have and the ids the texts hold (issue 11: a regex of a million
alternatives took a minute and 2 GB). Exactness: an id is still found inside a longer word, in any case, in a
warning written with look-alike letters, and where it is found, it is the person's one pseudonym."""

from __future__ import annotations

import dataclasses
import re

import polars as pl
import pytest

from helpers.anonymize import anonymize, may_hold, occurring_ids, pseudonym, text_keys
from helpers.errors import ExportWarning
from helpers.model import PEOPLE_SCHEMA
from helpers.platforms.loading import load_export, load_exports
from helpers.synthetic.samples import sample_path

SALT = "scale-salt"
FOLLOWERS = 200_000


@pytest.fixture(scope="module")
def big_account():
    """The sample X export with 200,000 more followers known by their ids alone; two of them are written in
    the texts (a mention by id, an id inside a longer word) and one in a warning."""
    export = load_export(sample_path("x"))
    ids = [str(10**15 + i) for i in range(FOLLOWERS)]
    followers = pl.DataFrame(
        {"platform": "x", "account_id": ids, "follows_owner": True, "followed_by_owner": False},
        schema_overrides={"platform": pl.String},
    ).with_columns(
        pl.lit(None, dtype=t).alias(c)
        for c, t in PEOPLE_SCHEMA.items()
        if c not in ("platform", "account_id", "follows_owner", "followed_by_owner")
    )
    people = pl.concat([export.people, followers.select(PEOPLE_SCHEMA.names()).cast(dict(PEOPLE_SCHEMA))])
    texts = [f"thanks <@{ids[7]}>!", f"ref user{ids[123_456]}x", "nothing here"]
    posts = export.posts.with_columns(
        text=pl.Series([*texts, *export.posts["text"].to_list()[len(texts) :]], dtype=pl.String)
    )
    warning = ExportWarning("skipped", None, f"a private chat with {ids[199_999]} was left out")
    meta = dataclasses.replace(export.meta, warnings=[*export.meta.warnings, warning])
    big = dataclasses.replace(export, people=people, posts=posts, meta=meta)
    return big, ids, (ids[7], ids[123_456], ids[199_999])


def test_followers_known_by_id_alone_are_searched_for_only_where_written(big_account):
    export, followers, written = big_account
    owner = export.owner.account_id
    keys, values = text_keys(export, SALT)
    assert set(keys) & set(followers) == set(written), "of the followers, only the ids written are searched for"
    named = {
        v
        for c in ("handle", "display_name")
        for v in export.people[c].drop_nulls().to_list()
        if len(v) >= 2 and v not in (export.owner.handle, export.owner.display_name)
    }
    assert named <= set(keys)
    said = " ".join([*export.posts["text"].drop_nulls().to_list(), *(w.message for w in export.warnings)]).lower()
    others = set(keys) - named - set(written)
    assert all(k.lower() in said for k in others), "any other id searched for is one the texts hold"
    assert len(keys) < 200, f"{len(keys)} keys for {export.people.height} people"
    assert dict(zip(keys, values, strict=True))[written[0]] == pseudonym("x", written[0], SALT)

    hidden = anonymize(export, SALT)
    original = export.people["account_id"]
    assert hidden.people.height == export.people.height
    assert hidden.people["account_id"].is_in(original.filter(original != owner).implode()).sum() == 0
    rows = pl.DataFrame({"was": original, "now": hidden.people["account_id"]}).filter(pl.col("was") != owner)
    assert (
        rows.sample(500, seed=1)
        .select(
            pl.struct("was", "now").map_elements(lambda r: pseudonym("x", r["was"], SALT) == r["now"], pl.Boolean).all()
        )
        .item()
    ), "each follower keeps their row, under their own pseudonym"
    follower = hidden.people.filter(pl.col("account_id") == pseudonym("x", written[1], SALT))
    assert follower.height == 1 and follower["handle"].item() == follower["account_id"].item()
    said = " ".join(hidden.posts["text"].drop_nulls().to_list())
    assert not any(i in said for i in written)
    assert f"<@{pseudonym('x', written[0], SALT)}>" in said
    assert f"user{pseudonym('x', written[1], SALT)}x" in said
    warned = " ".join(w.message for w in hidden.warnings)
    assert written[2] not in warned and pseudonym("x", written[2], SALT) in warned


def test_an_id_is_found_inside_a_word_in_any_case_and_in_look_alike_letters():
    ids = pl.Series(["U01ABCDEF", "300000000", "abck12345", "sixteen1", "zzzzz99", "ünï12345"])
    texts = pl.Series(["hi <@u01abcdef>", "user300000000 wrote", None])
    # The Kelvin sign and the long s are what re.IGNORECASE takes for k and s in a warning.
    meta = ["a chat of ABC\u212a12345", "\u017fixteen1"]
    found = occurring_ids(ids, texts, meta).to_list()
    assert found == [True, True, True, True, False, True], "the non-ASCII id is never ruled out"
    assert occurring_ids(ids, pl.Series([], dtype=pl.String), []).to_list() == [False] * 5 + [True]


@pytest.mark.parametrize(
    ("key", "text"),
    [("Alice", "a private chat of ALICE"), ("sam", "\u017fAM wrote"), ("İpek", "ipek"), ("Kim", "\u212aIM")],
)
def test_the_warning_swapper_keeps_every_key_re_would_find(key, text):
    keys = [key, "Bob", key.upper()]
    kept = may_hold(keys, [text, "nobody else"])
    found = [re.search(re.escape(k), text, re.IGNORECASE) is not None for k in keys]
    assert [k for k, f in zip(keys, found, strict=True) if f], "the case finds something"
    assert all(kept[i] for i, f in enumerate(found) if f), (keys, kept, found)
    assert kept[1] is False, "a name the warnings do not hold is left out of the swapper"


def test_linked_accounts_found_nowhere_else_get_pseudonyms_too(tmp_path):
    x = load_exports([sample_path("x")])
    some = x.people["account_id"].head(2).to_list()
    links = tmp_path / "links.csv"
    links.write_text(
        "person,platform,account_id\n"
        + "".join(f"pat,x,{a}\n" for a in some)
        + "pat,mastodon,https://example.social/users/only-linked\n"
    )
    export = load_exports([sample_path("x"), sample_path("mastodon")], links=links)
    hidden = anonymize(export, SALT)
    assert hidden.links is not None
    assert hidden.links["account_id"].to_list() == [
        *(pseudonym("x", a, SALT) for a in some),
        pseudonym("mastodon", "https://example.social/users/only-linked", SALT),
    ]


def test_mention_lists_keep_their_shape():
    export = load_export(sample_path("x"))
    owner, other = export.owner.account_id, export.people["account_id"].drop_nulls()[0]
    mentions = [None, [], [other, None, owner]]
    posts = export.posts.head(3).with_columns(mentions=pl.Series(mentions, dtype=pl.List(pl.String)))
    hidden = anonymize(dataclasses.replace(export, posts=posts), SALT)
    assert hidden.posts["mentions"].to_list() == [[], [], [pseudonym("x", other, SALT), None, owner]]
