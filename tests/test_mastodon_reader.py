"""The Mastodon reader: the rules on literal inputs, real archives counted by hand, every generation of
synthetic archive with its planted audience, where following_accounts.csv may lie, and bad input."""

from __future__ import annotations

import shutil

import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.errors import ExportError
from helpers.metrics.audience import audience_tiers, export_tiers, tier_counts
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.loading import detect_platform
from helpers.platforms.mastodon.lists import parse_following
from helpers.platforms.mastodon.outbox import PUBLIC, html_to_text, status_author, visibility
from helpers.platforms.mastodon.reader import read_mastodon
from helpers.present.summary import summarize
from helpers.synthetic.mastodon import write_mastodon_export

ARCHIVE = "archive-20260710093000-0123456789abcdef0123456789abcdef"
OWN = "https://home.example/users/me"


@pytest.fixture
def real_mastodon():
    folder = REAL_EXPORTS / "mastodon"
    need(folder.is_dir(), f"{folder} is absent: real-export tests need ../shared beside the checkout")
    return folder


def assert_canonical(export):
    for frame, schema in (
        (export.posts, POSTS_SCHEMA),
        (export.people, PEOPLE_SCHEMA),
        (export.interactions, INTERACTIONS_SCHEMA),
    ):
        for name, dtype in schema.items():
            assert frame.schema[name] == dtype, name
    assert export.posts["post_id"].is_unique().all()
    assert export.people["account_id"].is_unique().all()
    assert export.owner.account_id not in export.people["account_id"].to_list()
    assert export.owner.account_id not in export.interactions["account_id"].to_list()
    assert export.people["follows_owner"].null_count() == export.people.height  # no follower list, ever


def tiers_of(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {t: sorted(tiers.filter(pl.col("tier") == t)["account_id"]) for t in tiers["tier"].cast(pl.String).unique()}


# --- the rules, on literal inputs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri, candidates, author",
    [
        ("https://town.example/users/ada/statuses/1", [], "https://town.example/users/ada"),
        (
            "https://big.example/ap/users/116840387061670746/statuses/2",
            [],
            "https://big.example/ap/users/116840387061670746",
        ),
        ("https://pixel.example/p/ada/977144196822863918", [], "https://pixel.example/users/ada"),
        (
            "https://pl.example/objects/9f3c",
            ["https://pl.example/users/ben", "https://town.example/users/ada"],
            "https://pl.example/users/ben",
        ),
        (
            "https://pl.example/objects/9f3c",
            ["https://pl.example/users/ben", "https://pl.example/users/cy"],
            None,
        ),  # two on that host
        ("https://mk.example/notes/9abc", [], None),
        (
            "https://town.example/users/bob/statuses/1",
            ["https://town.example/users/bo"],
            "https://town.example/users/bob",
        ),
        ("https://site.example/u/ada/posts/7", ["https://site.example/u/ada"], "https://site.example/u/ada"),
        (None, [], None),
    ],
)
def test_status_author(uri, candidates, author):
    assert status_author(uri, candidates) == author


@pytest.mark.parametrize(
    "to, cc, expected",
    [
        ([PUBLIC], [OWN + "/followers"], "public"),
        ([OWN + "/followers"], [PUBLIC, "https://town.example/users/ada"], "unlisted"),
        ([OWN + "/followers"], ["https://town.example/users/ada"], "followers"),
        (["https://town.example/users/ada"], [], "direct"),
        (
            ["https://town.example/users/ada", "https://groups.example/g/x/followers"],
            [],
            "direct",
        ),  # a group's followers
    ],
)
def test_visibility_from_addressing(to, cc, expected):
    assert visibility(to, cc, OWN + "/followers") == expected


def test_html_to_text_keeps_whole_links_and_decodes_entities():
    html = (
        '<p>Hi <span class="h-card"><a href="https://t.example/@ada" class="u-url mention">@<span>ada</span></a></span> '
        '&amp; &quot;you&quot;</p><p><a href="https://x.example/a/b"><span class="invisible">https://</span>'
        '<span class="ellipsis">x.example/a</span><span class="invisible">/b</span></a><br />bye</p>'
    )
    assert html_to_text(html) == 'Hi @ada & "you"\nhttps://x.example/a/b\nbye'


@pytest.mark.parametrize(
    "text",
    [
        'Account address,Show boosts,Notify on new posts,Languages\nada@town.example,true,false,\nben@pl.example,true,false,"en, de"\n',
        "Account address,Show boosts\nada@town.example,true\nben@pl.example,false\n",
        "ada@town.example\nben@pl.example\n\n",
        "\ufeffAccount address,Show boosts\r\nada@town.example,true\r\n@ben@pl.example,true\r\nada@town.example,true\r\n",
    ],
)
def test_following_csv_every_header_generation(text):
    assert parse_following(text.lstrip("\ufeff"), "f.csv") == ["ada@town.example", "ben@pl.example"]


def test_following_csv_rejects_a_file_that_is_not_one():
    with pytest.raises(ExportError, match=r"f.csv: row 2 is not an account address"):
        parse_following("ada@town.example\n<html><body>\n", "f.csv")


# --- real archives (../shared/real-exports/mastodon), counted by hand from the files ----------------
# None of them was published with its outbox.json: the reader must say so and go on.


def test_dealingwith_2024_likes_without_outbox(real_mastodon):
    e = load_export(real_mastodon / "dealingwith-2024-07-23")
    assert_canonical(e)
    assert e.platform == "mastodon" and e.generation.startswith("Mastodon 4.2")
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == (
        "https://indieweb.social/users/dealingwith",
        "dealingwith@indieweb.social",
        "dealingwith",
    )
    s = summarize(e)
    assert s["posts"]["total"] is None and s["conversation_share"] is None
    assert s["coverage"] == {
        "own_posts": False,
        "followers": False,
        "following": False,
        "inbound_public": False,
        "messages": False,
        "messages_sent": False,
        "likes_given": True,
        "engagement_counts": False,
    }
    assert s["people"] == {"followers": None, "following": None, "mutuals": None}
    # 1,115 likes: 1,105 /users/<name>/statuses/ URIs (572 authors), 5 Pleroma /objects/, 5 Misskey /notes/.
    assert s["likes_given"] == 1115
    likes = e.interactions.filter(pl.col("channel") == "like")
    assert likes.height == e.interactions.height == 1105
    assert likes["account_id"].n_unique() == e.people.height == 572
    assert likes["at"].null_count() == 1105 and set(likes["direction"]) == {"out"}
    assert "1,105 of 1,115" in e.coverage.notes["likes_given"]
    assert any("outbox.json: missing from the export" in w for w in map(str, e.warnings))
    assert set(s["tiers"].values()) == {None}  # no posts, lists or messages: no tier can be shown
    assert sum(tier_counts(export_tiers(e)).values()) == 0  # and likes are applause: they place no one


def test_hikurry_2022_old_generation(real_mastodon):
    e = load_export(real_mastodon / "hikurry-2022-06")
    assert e.generation.startswith("Mastodon archive before 4.2")  # likes.json still has totalItems
    assert e.owner.handle == "purplerain@o3o.ca" and e.owner.display_name == "希望我的烦恼可以如此实际就好了"
    # 498 likes: 494 name their author (314 accounts), 3 /objects/ and 1 /notes/ do not.
    assert e.likes_given_count == 498
    assert e.interactions.height == 494 and e.people.height == 314


def test_goija_2026_numeric_uris_webfinger_pixelfed(real_mastodon):
    e = load_export(real_mastodon / "goija-2026-07")
    assert e.generation.startswith("Mastodon 4.5+")  # actor.json has interactionPolicy
    assert e.owner.account_id == "https://mastodon.social/ap/users/116840387061670746"
    assert e.owner.handle == "darkpatern@mastodon.social"  # from "webfinger", not from the numeric URI
    assert e.likes_given_count == 8
    assert "https://pixelfed.com/users/NRCfediverse" in e.people["account_id"].to_list()
    assert e.interactions.height == e.people.height == 8


def test_todb_2023_following_csv_four_columns(real_mastodon):
    e = load_export(real_mastodon / "todb-2023-11-14")
    assert detect_platform(real_mastodon / "todb-2023-11-14") == "mastodon"
    s = summarize(e)
    assert s["people"] == {"followers": None, "following": 797, "mutuals": None}
    assert s["tiers"]["following"] == 797
    assert e.owner.account_id is None and e.generation == "Mastodon following_accounts.csv only"
    row = e.people.filter(pl.col("handle") == "0xabad1dea@infosec.exchange").row(0, named=True)
    assert row["account_id"] == "acct:0xabad1dea@infosec.exchange" and row["followed_by_owner"] is True
    assert e.people["followed_at"].null_count() == 797  # the CSV has no dates


def test_aa_m_sa_2017_following_csv_without_header(real_mastodon):
    e = load_export(real_mastodon / "aa-m-sa-2017-08-19")
    assert summarize(e)["people"]["following"] == 43
    assert "acct:sajith@mastodon.social" in e.people["account_id"].to_list()


def test_real_csv_inside_a_real_archive_folder(real_mastodon, tmp_path):
    folder = shutil.copytree(real_mastodon / "goija-2026-07", tmp_path / "goija")
    shutil.copy(real_mastodon / "todb-2023-11-14" / "following_accounts.csv", folder)
    e = load_export(folder)
    assert e.coverage.following and e.coverage.likes_given
    assert summarize(e)["people"]["following"] == 797
    assert e.people.height == 797 + 8


# --- synthetic archives: every generation, the planted audience recovered exactly --------------------


@pytest.mark.parametrize(
    "generation, container, suffix",
    [
        ("3.x", "tar.gz", ".tar.gz"),
        ("4.2", "zip", ".zip"),
        ("4.5", "zip", ".zip"),
        ("4.5", "folder", ""),
    ],
)
def test_planted_audience_recovered(generation, container, suffix, tmp_path):
    dest = tmp_path / f"{ARCHIVE}{suffix}"
    truth = write_mastodon_export(dest, seed=3, generation=generation, container=container)
    assert detect_platform(dest) == "mastodon"
    e = load_export(dest)
    assert_canonical(e)
    assert e.owner.account_id == truth.owner["id"] and e.owner.handle == truth.owner["handle"]
    got = tiers_of(e)
    for tier, ids in truth.tiers.items():
        assert got.get(tier, []) == ids, tier
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": None, "following": truth.following, "mutuals": None}
    assert s["likes_given"] == truth.likes_given
    assert e.interactions.filter(pl.col("channel") == "like").height == truth.likes_resolved
    assert e.interactions.filter(pl.col("channel") == "message")["ref_id"].n_unique() == truth.messages_sent
    assert s["coverage"]["own_posts"] and s["coverage"]["following"] and not s["coverage"]["messages"]
    assert s["coverage"]["messages_sent"] and s["messages"] == {"sent": truth.messages_sent, "received": None}
    assert e.posts["reply_count"].null_count() == e.posts.height  # Mastodon exports no reply counts
    if truth.engagement is None:
        assert not e.coverage.engagement_counts and e.posts["like_count"].null_count() == e.posts.height
    else:
        assert e.coverage.engagement_counts
        assert e.posts["like_count"].sum() == truth.engagement["likes"]
        assert e.posts["repost_count"].sum() == truth.engagement["shares"]
    assert [str(w) for w in e.warnings] == []


def test_generation_shapes_in_the_bytes(tmp_path):
    for gen in ("3.x", "4.2", "4.5"):
        write_mastodon_export(tmp_path / gen, generation=gen, container="folder", n_posts=60)
    old, streamed, new = ((tmp_path / g / "outbox.json").read_text() for g in ("3.x", "4.2", "4.5"))
    assert (
        '"signature":{"type":"RsaSignature2017"' in old
        and '"totalItems"' in (tmp_path / "3.x" / "likes.json").read_text()
    )
    assert '"orderedItems":[],"orderedItems":[{' in streamed and "signature" not in streamed
    assert '"quote":' in new and '"likes":{' in new and "\\u003cp\\u003e" in new
    assert "totalItems" not in (tmp_path / "4.5" / "likes.json").read_text()
    assert load_export(tmp_path / "3.x").generation.startswith("Mastodon archive before 4.2")
    assert load_export(tmp_path / "4.2").generation.startswith("Mastodon 4.2")
    assert load_export(tmp_path / "4.5").generation.startswith("Mastodon 4.5+")


def test_direct_notes_are_messages_and_other_visibilities_are_posts(tmp_path):
    truth = write_mastodon_export(tmp_path / "a", generation="4.5", container="folder")
    e = load_export(tmp_path / "a")
    msgs = e.interactions.filter(pl.col("channel") == "message")
    assert set(msgs["direction"]) == {"out"} and not set(msgs["ref_id"]) & set(e.posts["post_id"])
    group = msgs.filter(pl.col("is_group"))
    assert group.height == 2 and group["ref_id"].n_unique() == 1  # one note to two people: a row each
    assert msgs["conversation_id"].null_count() == 0
    assert set(e.posts["visibility"].drop_nulls()) == {"public", "unlisted", "followers"}
    assert "are you open on sunday" not in " ".join(e.posts["text"].drop_nulls())
    assert sum(truth.kinds.values()) == e.posts.height


def test_posts_carry_kind_targets_and_text(tmp_path):
    write_mastodon_export(tmp_path / "a", generation="4.5", container="folder")
    e = load_export(tmp_path / "a")
    threads = e.posts.filter(pl.col("kind") == "thread")
    assert set(threads["reply_to_account"]) == {e.owner.account_id}
    assert threads["reply_to_post"].str.starts_with(e.owner.account_id + "/statuses/").all()
    replies = e.posts.filter(pl.col("kind") == "reply")
    assert replies["reply_to_account"].null_count() == 0
    quotes = e.posts.filter(pl.col("kind") == "quote")
    assert quotes["quote_account"].null_count() == 0 and set(quotes["mode"]) == {"amplification"}
    reposts = e.posts.filter(pl.col("kind") == "repost")
    assert reposts["amplified_account"].null_count() == 1  # the self-boost names no one else
    assert e.posts["text"].str.contains("&amp;").sum() == 0
    assert e.posts.filter(pl.col("kind") != "repost")["text"].str.contains(" & more").all()


def test_followed_handles_map_to_mention_uris(tmp_path):
    write_mastodon_export(tmp_path / "a", generation="4.5", container="folder")
    e = load_export(tmp_path / "a")
    followed = e.people.filter(pl.col("followed_by_owner"))
    by_uri = followed.filter(~pl.col("account_id").str.starts_with("acct:"))
    # Named in Mention tags: two remote, one local ("@name" on the owner's server), one whose handle domain
    # (guild.example) is not its web host (social.guild.example).
    assert by_uri.height == 4
    assert by_uri.filter(pl.col("handle").str.ends_with("@mastodon.example")).height == 1
    web = by_uri.filter(pl.col("handle").str.ends_with("@guild.example"))["account_id"].to_list()
    assert len(web) == 1 and web[0].startswith("https://social.guild.example/users/")
    assert "keyed by the actor URI" in e.coverage.notes["following"]


@pytest.mark.parametrize("where", ["beside", "inside", "argument", "none"])
def test_where_following_accounts_csv_may_lie(where, tmp_path):
    dest = tmp_path / "dl" / f"{ARCHIVE}.zip"
    truth = write_mastodon_export(dest, generation="4.2", following={"beside": "beside", "inside": "inside"}.get(where))
    if where == "argument":
        other = tmp_path / "elsewhere.csv"
        other.write_text("Account address,Show boosts\nada@town.example,true\n")
        e = read_mastodon(dest, following=other)
        assert summarize(e)["people"]["following"] == 1
        return
    e = load_export(dest)
    s = summarize(e)
    if where == "none":
        assert s["people"]["following"] is None and not s["coverage"]["following"]
        assert any(w.startswith("following_accounts.csv: not inside the export") for w in map(str, e.warnings))
    else:
        assert s["people"]["following"] == truth.following
        assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])


def test_folder_holding_the_downloaded_archive_and_csv(tmp_path):
    folder = tmp_path / "mastodon"
    truth = write_mastodon_export(folder / f"{ARCHIVE}.tar.gz", generation="3.x", csv_header="none")
    older = folder / "archive-20250101000000-0123456789abcdef0123456789abcdef.tar.gz"
    write_mastodon_export(older, generation="3.x", n_posts=50, following=None, seed=1)
    assert detect_platform(folder) == "mastodon"
    e = load_export(folder)
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert any("2 Mastodon archives found; read the newest" in w for w in map(str, e.warnings))


def test_zip_with_a_top_folder(tmp_path):
    dest = tmp_path / f"{ARCHIVE}.zip"
    truth = write_mastodon_export(dest, generation="4.5", top_folder="export", following="inside")
    s = summarize(load_export(dest))
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])


def test_actor_without_outbox_and_outbox_without_actor(tmp_path):
    write_mastodon_export(tmp_path / "a", generation="4.5", container="folder", following=None)
    outbox_only = shutil.copytree(tmp_path / "a", tmp_path / "b")
    (tmp_path / "a" / "outbox.json").unlink()
    e = load_export(tmp_path / "a")
    assert not e.coverage.own_posts and e.posts.height == 0 and e.coverage.likes_given
    (outbox_only / "actor.json").unlink()
    e = load_export(outbox_only)
    assert e.owner.account_id == "https://mastodon.example/ap/users/116840387061670746" and e.owner.handle is None
    assert e.coverage.own_posts and any("actor.json: missing" in w for w in map(str, e.warnings))


def test_same_seed_same_bytes(tmp_path):
    for name in ("a", "b"):
        write_mastodon_export(tmp_path / name / f"{ARCHIVE}.tar.gz", generation="3.x", seed=5, n_posts=80)
    for f in (f"{ARCHIVE}.tar.gz", "following_accounts.csv"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


# --- bad input: one line naming the file, exit code 2 ------------------------------------------------


def _break(tmp_path, case: str):
    folder = tmp_path / "export"
    write_mastodon_export(folder, generation="4.5", container="folder", n_posts=40)
    outbox = folder / "outbox.json"
    if case == "truncated outbox":
        outbox.write_bytes(outbox.read_bytes()[:3000])
        return folder, "outbox.json: truncated or invalid JSON"
    if case == "not an outbox":
        outbox.write_text('{"orderedItems": "nothing"}')
        return folder, "outbox.json: not a Mastodon outbox"
    if case == "actor without id":
        (folder / "actor.json").write_text('{"type": "Person", "preferredUsername": "x"}')
        return folder, "actor.json: no actor id"
    if case == "broken likes":
        (folder / "likes.json").write_text('{"orderedItems": [')
        return folder, "likes.json: truncated or invalid JSON"
    if case == "not a following list":
        (folder / "following_accounts.csv").write_text("<html>\n<body>oops</body>\n")
        return folder, "following_accounts.csv: row 1 is not an account address"
    tgz = tmp_path / f"{ARCHIVE}.tar.gz"
    write_mastodon_export(tgz, generation="3.x", n_posts=40)
    tgz.write_bytes(tgz.read_bytes()[:2000])
    return tgz, "corrupt or truncated tar archive"


@pytest.mark.parametrize(
    "case",
    [
        "truncated outbox",
        "not an outbox",
        "actor without id",
        "broken likes",
        "not a following list",
        "truncated tar.gz",
    ],
)
def test_bad_input_one_line_exit_2(case, tmp_path, capsys):
    path, expected = _break(tmp_path, case)
    assert main(["summary", str(path), "--platform", "mastodon"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0] and path.name in err[0], err
