"""The Bluesky reader: the real repositories with hand-counted expectations, both commit generations,
every way of handing over a .car, bad input, and the synthetic export's planted tiers."""

from __future__ import annotations

import zipfile

import libipld
import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.metrics.audience import audience_tiers
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.bluesky.reader import read_bluesky
from helpers.present.summary import summarize
from helpers.synthetic.bluesky import write_bluesky_export
from helpers.synthetic.bluesky_car import build_mst, cid_for, encode_car

INDIGO = REAL_EXPORTS / "bluesky" / "indigo"
BNEWBOLD = "bnewbold.robocracy.org.20250310005405.car"
NO_POSTS = {"original": 0, "reply": 0, "thread": 0, "repost": 0, "quote": 0, "comment": 0}


@pytest.fixture
def indigo():
    need(INDIGO.is_dir(), f"{INDIGO} is absent: real-export tests need ../shared beside the checkout")
    return INDIGO


def assert_canonical(export):
    for frame, schema in (
        (export.posts, POSTS_SCHEMA),
        (export.people, PEOPLE_SCHEMA),
        (export.interactions, INTERACTIONS_SCHEMA),
    ):
        for name, dtype in schema.items():
            assert frame.schema[name] == dtype, name
    assert export.posts["post_id"].is_unique().all()
    owner = export.owner.account_id
    assert owner not in export.people["account_id"].to_list()
    assert owner not in export.interactions["account_id"].to_list()
    assert export.people["follows_owner"].null_count() == export.people.height  # no follower list: null, never False
    assert set(export.interactions["direction"].cast(pl.String)) <= {"out"}


def channels(export) -> dict[str, int]:
    return dict(export.interactions.group_by(pl.col("channel").cast(pl.String)).len().iter_rows())


def post(export, rkey: str) -> dict:
    return export.posts.filter(pl.col("post_id").str.ends_with("/" + rkey)).row(0, named=True)


# --- the real repositories (../shared/real-exports/bluesky/indigo), counted by hand -------------------
# Counted from a listing of every record of each tree (collection/rkey, text, reply parent DID, embed,
# mention DIDs), made with a separate 20-line libipld script, one record per line.


def test_every_real_file_is_expected_and_reads(indigo):
    assert sorted(p.name for p in indigo.iterdir()) == [BNEWBOLD, "greenground.repo.car", "paul_staging.repo.car"]
    for car in indigo.iterdir():
        e = load_export(car)  # detected as Bluesky from the file alone
        assert e.platform == "bluesky"
        assert_canonical(e)


def test_bnewbold_2025_v3(indigo):
    e = read_bluesky(indigo / BNEWBOLD)
    s = summarize(e)
    assert e.generation == "atproto repo v3 (rev 3ljlyqit2uk2l)"
    # The handle comes from goat's file name <handle>.<timestamp>.car; the display name from the profile.
    assert s["owner"] == {
        "account_id": "did:plc:nhxcyu4ewwhl5pqil4dotqjo",
        "handle": "bnewbold.robocracy.org",
        "display_name": "now roaming free",
    }
    # 23 posts: 2 replies to others (one inside a thread rooted at the owner's own post), 1 quote of the
    # owner's own post (stays original), 20 more originals; plus 1 repost record. 4 posts mention someone.
    assert s["posts"]["kind"] == {"original": 21, "reply": 2, "thread": 0, "repost": 1, "quote": 0, "comment": 0}
    assert s["posts"]["mode"] == {"broadcast": 17, "conversation": 6, "amplification": 1}
    replies = e.posts.filter(pl.col("kind") == "reply")
    assert set(replies["reply_to_account"]) == {"did:plc:oio4hkxaop4ao4wz2pp3f4cr", "did:plc:box3ql3jyrlb7ptzh2tnn2aw"}
    self_quote = post(e, "3ktbn5b7zkc26")
    assert (self_quote["kind"], self_quote["mentions"]) == ("original", ["did:plc:44ybard66vv44zksje25o7dz"])
    assert post(e, "3kz4lf3n2es2j")["created_at"].isoformat() == "2024-08-07T09:14:24.452762+00:00"  # 6 fraction digits
    # reply 2, mention 4 (44ybard twice), the repost, 2 likes; no quote row (the quote is of the owner).
    assert channels(e) == {"reply": 2, "mention": 4, "repost": 1, "like": 2}
    in_own_thread = e.interactions.filter(pl.col("ref_id").str.ends_with("/3kyozfaqkgc23"))
    assert in_own_thread["conversation_id"].to_list() == [
        "at://did:plc:nhxcyu4ewwhl5pqil4dotqjo/app.bsky.feed.post/3ktbqfmhvak26"
    ]
    assert s["people"] == {"followers": None, "following": 3, "mutuals": None}
    handles = dict(e.people.drop_nulls("handle").select("account_id", "handle").iter_rows())
    assert handles == {
        "did:plc:tpg43qhh4lw4ksiffs4nbda3": "jacob.gold",
        "did:plc:44ybard66vv44zksje25o7dz": "bnewbold.net",
        "did:plc:eon2iu7v3x2ukgxkqaf7e5np": "safety.bsky.app",
    }
    first = e.people.filter(pl.col("account_id") == "did:plc:prbwplqm3gnq7j6xoieywkfx")["followed_at"][0]
    assert first.isoformat() == "2024-02-22T04:37:15.801000+00:00"
    # 5 addressed accounts (box3ql is also followed), the 2 other follows; lexicon and custom records ignored.
    # No follower list and nothing others wrote: the community, the unanswered and followers are unknown.
    assert s["tiers"] == {
        "core": None,
        "member": None,
        "unanswered": None,
        "reached": 5,
        "follower": None,
        "following": 2,
    }
    assert s["likes_given"] == 2
    assert s["coverage"] == {
        "own_posts": True,
        "followers": False,
        "following": True,
        "inbound_public": False,
        "messages": False,
        "messages_sent": False,
        "likes_given": True,
        "engagement_counts": False,
    }
    assert e.posts["like_count"].null_count() == e.posts.height and not e.warnings


def test_greenground_2023_follows_only(indigo):
    e = read_bluesky(indigo / "greenground.repo.car")
    s = summarize(e)
    assert e.owner.account_id == "did:plc:kzcqyc3unb33eh5sxzsfs25z"
    assert e.owner.handle is None and e.owner.display_name is None  # "greenground.repo" is no handle; no profile
    assert s["posts"]["kind"] == NO_POSTS and s["conversation_share"] is None
    assert sorted(e.people.select("account_id", pl.col("followed_at").dt.to_string("%Y-%m-%d")).iter_rows()) == [
        ("did:plc:6fktaamhhxdqb2ypum33kbkj", "2023-08-25"),
        ("did:plc:cz73r7iyiqn26upot4jtjdhk", "2023-08-27"),
    ]
    assert s["tiers"]["following"] == 2 and s["likes_given"] == 0


def test_paul_staging_2023_v2_legacy(indigo):
    path = indigo / "paul_staging.repo.car"
    e = read_bluesky(path)
    s = summarize(e)
    assert e.generation.startswith("atproto repo v2")
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == (
        "did:plc:cmpvykrzb2l22kj4ojlv3ox4",
        None,
        "Paul",
    )
    # 101 posts: 11 replies to the owner's own posts (threads), 8 to others (vrly5i x3, tcj7bg, 52h2g2 x2,
    # zzmlmg, kuf7zr), 6 quotes of which 4 quote the owner (originals), 76 plain originals; 15 reposts
    # (8 of the owner's own posts). Conversation: the 8 replies and 4 originals with a mention.
    assert s["posts"]["kind"] == {"original": 80, "reply": 8, "thread": 11, "repost": 15, "quote": 2, "comment": 0}
    assert s["posts"]["mode"] == {"broadcast": 87, "conversation": 12, "amplification": 17}
    # Legacy `entities` mentions (2023-03) and facets (2022-12) both give the DID; the handle is the text.
    assert post(e, "3jqw6wwrh2s2f")["mentions"] == ["did:plc:52h2g25cka2totzv3ooc364t"]
    assert (
        e.people.filter(pl.col("account_id") == "did:plc:52h2g25cka2totzv3ooc364t")["handle"][0] == "staging.divy.zone"
    )
    # 60 likes, 22 of the owner's own posts; 7 reposts of others; self-acts make no interaction.
    assert channels(e) == {"reply": 8, "quote": 2, "mention": 4, "repost": 7, "like": 38}
    assert s["likes_given"] == 60
    # The file holds 17 follow blocks (history of older commits); the current tree has 8.
    _, blocks = libipld.decode_car(path.read_bytes())
    assert sum(isinstance(b, dict) and b.get("$type") == "app.bsky.graph.follow" for b in blocks.values()) == 17
    assert s["people"]["following"] == 8 and e.people.height == 12
    assert s["tiers"] == {
        "core": None,
        "member": None,
        "unanswered": None,
        "reached": 7,
        "follower": None,
        "following": 3,
    }


# --- early record shapes and history blocks, in a small repository built here -------------------------


def _car(records: dict[str, dict], did: str, version: int, stale: list[dict] = ()) -> bytes:
    """A repository CAR of ``records`` (``collection/rkey -> record``), plus ``stale`` blocks outside the tree."""
    store = {k.encode(): libipld.encode_dag_cbor(v) for k, v in records.items()}
    blocks: list[tuple[bytes, bytes]] = []
    data = build_mst({k: cid_for(v) for k, v in store.items()}, blocks)
    commit = libipld.encode_dag_cbor({"did": did, "version": version, "data": data, "prev": None, "sig": b"\x30" * 64})
    extra = [(cid_for(b), b) for b in [*store.values(), *map(libipld.encode_dag_cbor, stale)]]
    return encode_car(cid_for(commit), [(cid_for(commit), commit), *blocks, *extra])


def test_2022_record_shapes_and_history_blocks(tmp_path):
    did, friend, other = (
        "did:plc:owner000000000000000000",
        "did:plc:friend00000000000000000",
        "did:plc:other000000000000000000",
    )
    subject = {
        "cid": "bafyreihuvfo27uq7fged2d3utsqxbaldj7di2xgp5fbyaywp4bqvzonpay",
        "uri": f"at://{friend}/app.bsky.feed.post/3jhspk2n64c2u",
    }
    records = {
        # Early follows name their subject as {did, declarationCid} (seen: paul_staging's history blocks).
        "app.bsky.graph.follow/3jhb2knk7yc2k": {
            "$type": "app.bsky.graph.follow",
            "createdAt": "2022-11-11T20:56:54.669Z",
            "subject": {"did": friend, "declarationCid": "bafyreid27zk7lbis4zw5fz4podbvbs4fc5ivwji3dmrwa6zggnj4bnd57u"},
        },
        # Before likes, votes: "up" is a like, "down" is nothing.
        "app.bsky.feed.vote/3jja7pzqev22o": {
            "$type": "app.bsky.feed.vote",
            "direction": "up",
            "subject": subject,
            "createdAt": "2022-12-06T23:47:07.609Z",
        },
        "app.bsky.feed.vote/3jja7pzqev23o": {
            "$type": "app.bsky.feed.vote",
            "direction": "down",
            "subject": subject,
            "createdAt": "2022-12-06T23:48:07.609Z",
        },
        "app.bsky.system.declaration/self": {
            "$type": "app.bsky.system.declaration",
            "actorType": "app.bsky.system.actorUser",
        },
        # An offset time and no fraction (allowed by the datetime spec); a legacy mention after an emoji
        # (string indices, not the UTF-8 byte offsets of facets).
        "app.bsky.feed.post/3jhb2kwqvoc2k": {
            "$type": "app.bsky.feed.post",
            "text": "☕ @friend.test hi",
            "createdAt": "2022-11-11T12:57:04-08:00",
            "entities": [{"type": "mention", "index": {"start": 2, "end": 14}, "value": friend}],
        },
    }
    stale = [
        {"$type": "app.bsky.graph.follow", "subject": other, "createdAt": "2022-11-12T10:00:00.000Z"},
        {"$type": "app.bsky.feed.post", "text": "deleted long ago", "createdAt": "2022-11-12T10:00:00.000Z"},
    ]
    (tmp_path / "old.car").write_bytes(_car(records, did, 2, stale))
    e = read_bluesky(tmp_path / "old.car")
    assert e.generation.startswith("atproto repo v2") and e.posts.height == 1 and e.likes_given_count == 1
    assert e.posts["created_at"][0].isoformat() == "2022-11-11T20:57:04+00:00"
    assert e.people.select("account_id", "handle", "followed_by_owner").rows() == [(friend, "friend.test", True)]
    assert channels(e) == {"mention": 1, "like": 1}


# --- ways of handing the export over ------------------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bsky") / "export"
    truth = write_bluesky_export(folder, seed=7)
    return folder / "repo.car", truth


def test_folder_zip_and_chat_file(synthetic, tmp_path):
    car, truth = synthetic
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "repo.car").write_bytes(car.read_bytes())
    (tmp_path / "export" / "chat.jsonl").write_text("{}\n")
    folder = load_export(tmp_path / "export")
    assert summarize(folder)["posts"]["kind"] == truth.kinds
    assert any(w.startswith("chat.jsonl: Bluesky direct messages are not read") for w in map(str, folder.warnings))
    z = tmp_path / "bluesky.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("bluesky-export/repo.car", car.read_bytes())
        zf.writestr("__MACOSX/bluesky-export/._repo.car", b"\x00\x05\x16\x07 resource fork")
    zipped = summarize(load_export(z))
    assert zipped["tiers"] == known_tiers(truth.tier_counts(), zipped["coverage"])
    (tmp_path / "download").write_bytes(car.read_bytes())  # saved without its name: known by its first bytes
    assert load_export(tmp_path / "download").platform == "bluesky"
    goat = tmp_path / "corner-cafe.bsky.social.20261102093000.car"
    goat.write_bytes(car.read_bytes())
    assert load_export(goat).owner.handle == "corner-cafe.bsky.social"


# --- bad input: one line on stderr naming the file, exit 2 ---------------------------------------------


def _fails(capsys, path, expect: str) -> None:
    assert main(["summary", str(path), "--platform", "bluesky"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err and expect in err, err


def test_bad_input(synthetic, tmp_path, capsys):
    car, _ = synthetic
    raw = car.read_bytes()
    (tmp_path / "cut.car").write_bytes(raw[: len(raw) // 2])
    _fails(capsys, tmp_path / "cut.car", "truncated or not a CAR file")
    (tmp_path / "notes.car").write_text('{"not": "a repository"}')
    _fails(capsys, tmp_path / "notes.car", "expected a Bluesky repository CAR")
    (tmp_path / "empty.car").write_bytes(b"")
    _fails(capsys, tmp_path / "empty.car", "empty file")
    # Cut exactly between blocks: the file decodes, but the tree lacks a record's block.
    header, blocks = libipld.decode_car(raw)
    kept = [
        (c, libipld.encode_dag_cbor(b))
        for c, b in blocks.items()
        if not (isinstance(b, dict) and b.get("$type") == "app.bsky.feed.like")
    ]
    (tmp_path / "short.car").write_bytes(encode_car(header["roots"][0], kept))
    _fails(capsys, tmp_path / "short.car", "truncated: the block of record app.bsky.feed.like/")
    (tmp_path / "two").mkdir()
    for n in ("a.car", "b.car"):
        (tmp_path / "two" / n).write_bytes(raw)
    _fails(capsys, tmp_path / "two", "2 .car files")


def test_another_platforms_export_as_bluesky(sample_x, capsys):
    _fails(capsys, sample_x, "no .car file in this folder")
    _fails(capsys, sample_x / "data" / "tweets.js", "truncated or not a CAR file")


# --- the synthetic export: planted tiers recovered exactly ---------------------------------------------


def test_synthetic_recovers_planted_tiers(synthetic):
    car, truth = synthetic
    e = read_bluesky(car)
    assert_canonical(e)
    s = summarize(e)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])
    assert [s["tiers"][t] for t in ("reached", "following")] == [len(truth.tiers[t]) for t in ("reached", "following")]
    tiers = audience_tiers(e.people, e.interactions, e.coverage)
    for tier, ids in truth.tiers.items():
        assert sorted(tiers.filter(pl.col("tier") == tier)["account_id"]) == ids, tier
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": None, "following": truth.following, "mutuals": None}
    assert s["messages"] == {"sent": None, "received": None} and s["likes_given"] == 150
    assert e.owner.display_name == truth.owner["name"] and e.owner.handle is None  # the app names it repo.car
    # Only the backdated import is warned about: every createdAt variant (offset, 0/3/6 digits) parsed.
    assert len(e.warnings) == 1 and "1 posts are backdated imports" in str(e.warnings[0])
    # Mention handles come from UTF-8 byte offsets, some after a multi-byte emoji ("☕ thanks @...").
    mentioned = e.posts.explode("mentions")["mentions"].drop_nulls().unique()
    handles = e.people.filter(pl.col("account_id").is_in(mentioned.implode()))["handle"]
    assert handles.len() == 11 and handles.null_count() == 0 and handles.str.ends_with(".bsky.social").all()


def test_synthetic_same_seed_same_bytes(tmp_path):
    write_bluesky_export(tmp_path / "a.car", seed=5)
    write_bluesky_export(tmp_path / "b.car", seed=5)
    assert (tmp_path / "a.car").read_bytes() == (tmp_path / "b.car").read_bytes()
