"""The Facebook reader: every real export with hand-counted expectations, every layout generation and
language from the synthetic writer, bad input in one line, and the planted community recovered exactly."""

from __future__ import annotations

import json
import pickle
import re
import shutil

import polars as pl
import pytest

from conftest import REAL_EXPORTS, need
from helpers import load_export
from helpers.cli import main
from helpers.metrics.audience import audience_tiers
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.facebook.files import FILE_PATTERNS
from helpers.platforms.facebook.text import KnownNames, person_key, title_target
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize
from helpers.synthetic.facebook import write_facebook_export
from helpers.synthetic.facebook_layouts import LAYOUTS, mojibake
from helpers.synthetic.x import write_x_archive

FB = REAL_EXPORTS / "facebook"
KENN = "kenn-io-msgvault-fixtures"


@pytest.fixture
def real_fb():
    need(FB.is_dir(), f"{FB} is absent: real-export tests need ../shared beside the checkout")
    return FB


def tier_ids(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {t: sorted(tiers.filter(pl.col("tier") == t)["account_id"]) for t in tiers["tier"].cast(pl.String).unique()}


def channels(export) -> dict[tuple[str, str], int]:
    return {(str(c), str(d)): n for c, d, n in export.interactions.group_by("channel", "direction").len().iter_rows()}


def assert_canonical(e):
    for frame, schema in ((e.posts, POSTS_SCHEMA), (e.people, PEOPLE_SCHEMA), (e.interactions, INTERACTIONS_SCHEMA)):
        assert {n: frame.schema[n] for n in schema} == dict(schema)
    assert e.posts["post_id"].is_unique().all() and e.people["account_id"].is_unique().all()
    assert set(e.interactions["account_id"]) <= set(e.people["account_id"])  # everyone addressed is a person
    assert not {e.owner.account_id, "facebook user"} & (set(e.people["account_id"]) | set(e.interactions["account_id"]))


# --- real exports (../shared/real-exports/facebook), counted by hand from the files -------------------


def test_hudi_2022_italian(real_fb):
    e = load_export(real_fb / "hudi-connectors-2022-it")
    assert_canonical(e)
    # profile_information.json says "Davide Marte"; comments, reactions and messages say "Davide".
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name, e.generation[:9]) == (
        "davide marte",
        None,
        "Davide Marte",
        "2021-2022",
    )
    s = summarize(e)
    # your_posts_1.json: 3 entries (an empty one, a Page review, a shared link); comments.json: 10 comments_v2.
    assert s["posts"]["kind"] == {"original": 3, "reply": 0, "thread": 0, "repost": 0, "quote": 0, "comment": 10}
    assert s["posts"]["mode"] == {"broadcast": 3, "conversation": 10, "amplification": 0}
    # Targets from Italian titles ("Davide ha risposto al commento di Luca.").
    targets = dict(e.posts.drop_nulls("reply_to_account").group_by("reply_to_account").len().iter_rows())
    assert targets == {"luca": 5, "sam": 2, "emanuele": 1, "maurizio": 1, "venieri": 1}
    assert "Giovanni è un grande" in set(e.posts["text"]) and e.posts["text"].str.contains("che è stata presa").any()
    # 5 friends (two-way edges); following: who_you_follow (9) and pages_you_follow (10), 11 distinct.
    assert s["people"] == {"followers": 5, "following": 16, "mutuals": 5}
    assert s["tiers"] == {"core": 0, "member": 0, "unanswered": 1, "reached": 6, "follower": 5, "following": 11}
    ids = tier_ids(e)
    assert (ids["unanswered"], ids["reached"]) == (
        ["ale barry"],
        ["emanuele", "giulio bulli", "luca", "maurizio", "sam", "venieri"],
    )
    assert s["messages"] == {
        "sent": 1,
        "received": 1,
    }  # giuliobulli_gxlkj-la: both participants "Davide"; title = other
    # reactions_v2: 1 LIKE (Luca) + 6 others (Alessandro, Dario x5); 2 story reactions (Giusy); 30 Page likes.
    assert s["likes_given"] == 39 and channels(e) == {
        ("comment", "out"): 10,
        ("message", "out"): 1,
        ("message", "in"): 1,
        ("like", "out"): 31,
        ("reaction", "out"): 8,
    }
    people = {r["account_id"]: r for r in e.people.iter_rows(named=True)}  # Luca: not a friend, no follower list
    assert (
        people["angela"]["followed_at"].timestamp(),
        people["luca"]["follows_owner"],
        people["luca"]["followed_by_owner"],
    ) == (1645898411, None, False)
    assert {"Dipartimento di Informatica - Università degli Studi di Torino", "Spinacio　ほうれん草"} <= set(
        e.people["display_name"]
    )
    assert "two-way" in e.coverage.notes["followers"] and "unknown" in e.coverage.notes["followers"]
    assert s["coverage"] == {
        "own_posts": True,
        "followers": True,
        "following": True,
        "inbound_public": False,
        "messages": True,
        "messages_sent": True,
        "likes_given": True,
        "engagement_counts": False,
    }


def test_tardigrde_2020_mojibake_and_groups(real_fb):
    e = load_export(real_fb / "tardigrde-facebook-data-miner")
    assert_canonical(e)
    assert (e.owner.account_id, e.owner.handle, e.owner.display_name) == ("jenő rejtő", "habakkuk", "Jenő Rejtő")
    s = summarize(e)
    assert (
        s["posts"]["total"] is None
        and s["coverage"]["own_posts"] is False
        and str(e.warnings[0]).startswith("posts/your_posts_1.json")
    )
    assert s["people"] == {"followers": 9, "following": 9, "mutuals": 9}  # friends.json: 9 friends, names repaired
    assert {"Tőke Hal", "Dér Dénes", "Szett Droxler"} <= set(e.people["display_name"])
    # 8 thread files, 49 messages: 22 by the owner, 26 by others, 1 by "Facebook User" (not counted).
    assert s["messages"] == {"sent": 22, "received": 26} and "1 messages from deleted accounts" in str(e.warnings[1])
    ids = tier_ids(e)
    assert ids["core"] == ["bugs bunny", "foo bar", "tőke hal"]  # contact in 5, 7 and 3 months, groups included
    assert ids["member"] == ["benedek elek", "donald duck", "john doe"] and ids["unanswered"] == ["dér dénes"]
    assert (
        ids["follower"] == ["daisy duck", "guy fawkes", "szett droxler"]
        and "reached" not in ids
        and "following" not in ids
    )
    # Message reactions: the owner's two ❤ on Foo Bar's messages, Foo Bar's 😮 on the owner's gif.
    assert channels(e)[("reaction", "out")] == 2 and channels(e)[("reaction", "in")] == 1
    groups = set(e.interactions.filter(pl.col("is_group"))["conversation_id"])
    assert groups == {
        "marathon_sffsfid76",
        "teflonmuskfoobarandjohndoe_sf5d4f56sd_gf",
        "tokehalfoobardonaldduckand2others_safsdf_fdf3",
    }


# (owner, sent, received, tiers by id, generation start): hand-counted from each fixture's files.
KENN_EXPECTED = {
    # alice_1.json: 2 sent (a third unsent), 1 received; group_2.json: 2 received.
    "e2ee_simple": ("test user", 2, 3, {"member": ["alice example"], "unanswered": ["bob builder"]}, "2023"),
    "json_group": (None, None, None, {}, "2023"),  # one group thread, no profile: no way to tell the owner
    "json_multifile": ("test user", 2, 2, {"member": ["dave multi"]}, "2023"),  # message_1, _2 and _10 merged
    # A sticker, a call and a share sent; a photo and a missed call received; "left the chat" is no message.
    "json_nontext": ("test user", 3, 2, {"member": ["sam nontext"]}, "2023"),
    "json_simple": ("test user", 2, 2, {"member": ["alice example"], "unanswered": ["zoe archive"]}, "2023"),
    "json_with_media": ("test user", 0, 1, {"unanswered": ["bob mediafile"]}, "2023"),
    "json_with_media_alt": ("test user", 0, 1, {"unanswered": ["carol altlayout"]}, "2024+"),
    "mixed": ("test user", 1, 1, {"member": ["eve mixer"]}, "2023"),
}


@pytest.mark.parametrize("fixture", sorted(KENN_EXPECTED))
def test_msgvault_message_layouts(real_fb, fixture):
    owner, sent, received, tiers, gen = KENN_EXPECTED[fixture]
    e = load_export(real_fb / KENN / fixture)
    assert_canonical(e)
    assert e.owner.account_id == owner and e.generation.startswith(gen)
    s = summarize(e)
    assert s["messages"] == {"sent": sent, "received": received} and tier_ids(e) == tiers
    if owner is None:
        assert s["coverage"]["messages"] is False and "could not be identified" in e.coverage.notes["messages"]
        assert any(w.startswith("no owner found") for w in map(str, e.warnings)) and e.people.height == 0


def test_every_real_export_is_tested_detected_and_read(real_fb):
    assert {p.name for p in real_fb.iterdir() if p.is_dir()} == {
        "hudi-connectors-2022-it",
        "tardigrde-facebook-data-miner",
        KENN,
    }
    assert {p.name for p in (real_fb / KENN).iterdir()} == set(KENN_EXPECTED)
    assert (
        detect_platform(real_fb / KENN / "e2ee_simple")
        == detect_platform(real_fb / "hudi-connectors-2022-it")
        == "facebook"
    )
    e, simple = load_export(real_fb / KENN / "e2ee_simple"), load_export(real_fb / KENN / "json_simple")
    assert "end-to-end-encrypted" in e.generation and "end-to-end-encrypted" not in simple.generation
    assert e.interactions.filter(pl.col("conversation_id") == "e2ee:group_2")["is_group"].all()
    # Test User's ❤ on Alice's "café time?"; Alice's 👍 on her own message is no one's applause.
    assert channels(e)[("reaction", "out")] == channels(simple)[("reaction", "out")] == 1


# --- bad input: one line on stderr naming the file, exit code 2 -----------------------------------------

# In a copy of the Italian export: (file, bytes written over it) -> what the one line must say.
BROKEN_FILES = {
    "truncated": (
        "comments_and_reactions/comments.json",
        b'{"comments_v2": [{"times',
        "comments.json: truncated or invalid",
    ),
    "wrong shape": (
        "posts/your_posts_1.json",
        b'{"note": "not posts"}',
        "your_posts_1.json: no list of records in it; expected a JSON array of posts",
    ),
    "bad thread": (
        "messages/inbox/alebarry_vz29qw/message_1.json",
        b'{"participants": 3}',
        "message_1.json: truncated or invalid",
    ),
}


def _bad_path(case, tmp_path, src):
    if case in BROKEN_FILES:
        rel, data, expected = BROKEN_FILES[case]
        (shutil.copytree(src, tmp_path / "fb") / rel).write_bytes(data)
        return tmp_path / "fb", expected
    (tmp_path / "empty").mkdir()
    (tmp_path / "facebook-davide.zip").write_bytes(b"PK\x03\x04 cut short")
    write_x_archive(tmp_path / "x", n_tweets=20)
    return {
        "single file": (src / "friends_and_followers" / "friends.json", "a single file is not a Facebook export"),
        "corrupt zip": (tmp_path / "facebook-davide.zip", "corrupt or not a zip file"),
        "empty folder": (tmp_path / "empty", "empty folder; expected a Facebook export"),
        "instagram export": (
            REAL_EXPORTS / "instagram" / "hudi-connectors-v1-2021-it",
            "not a Facebook export (it looks like an Instagram export)",
        ),
        "x archive": (tmp_path / "x", "not a Facebook export"),
    }[case]


@pytest.mark.parametrize(
    "case", [*BROKEN_FILES, "single file", "corrupt zip", "empty folder", "instagram export", "x archive"]
)
def test_bad_input_is_one_line_and_exit_2(real_fb, tmp_path, capsys, case):
    path, expected = _bad_path(case, tmp_path, real_fb / "hudi-connectors-2022-it")
    assert main(["summary", str(path), "--platform", "facebook"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and expected in err and path.name in err, err


# --- the synthetic export: every layout generation and language ------------------------------------------


def assert_recovers(e, truth):
    s = summarize(e)
    assert s["tiers"] == truth.tier_counts()
    assert tier_ids(e) == {t: ids for t, ids in truth.tiers.items() if ids}
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert (
        s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
        and e.owner.as_dict() == truth.owner
    )
    assert s["community"]["members_inferred"] == sum(v == "inferred" for v in truth.evidence.values())


def test_planted_community_recovered_exactly(tmp_path):
    truth = write_facebook_export(tmp_path / "fb", seed=7)
    e = load_export(tmp_path / "fb")
    assert_canonical(e)
    assert_recovers(e, truth)  # summarize(...)["tiers"] == truth.tier_counts(), and the ids of every tier
    assert truth.tier_counts() == {
        "core": 4,
        "member": 7,
        "unanswered": 3,
        "reached": 6,
        "follower": 18,
        "following": 5,
    }


@pytest.mark.parametrize(
    ("layout", "language", "generation"),
    [
        ("2024", "it", "2024+"),
        ("2023", "en", "2023"),
        ("2023", "it", "2023"),
        ("2022", "en", "2021-2022"),
        ("2022", "it", "2021-2022"),
        ("2020", "en", "2018-2020"),
        ("page", "en", "page"),
        ("page", "it", "page"),
    ],
)
def test_every_layout_generation(tmp_path, layout, language, generation):
    truth = write_facebook_export(tmp_path / "fb", seed=11, layout=layout, language=language)
    e = load_export(tmp_path / "fb")
    assert e.generation.startswith(generation)
    assert_recovers(e, truth)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_reader_finds_every_file_of_each_layout(layout):
    for kind, spec in ((k, v) for k, v in LAYOUTS[layout].items() if isinstance(v, tuple)):
        assert re.fullmatch(FILE_PATTERNS[{"dashboard": "page_dashboard"}.get(kind, kind)], "facebook-x/" + spec[0]), (
            spec
        )


def test_zip_with_top_folder_read_in_place_and_same_seed_same_bytes(tmp_path):
    truth = write_facebook_export(tmp_path / "facebook-renee.zip", seed=5, as_archive=True)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert_recovers(load_export(tmp_path / "facebook-renee.zip"), truth)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted beside it
    write_facebook_export(tmp_path / "again.zip", seed=5, as_archive=True)
    assert (tmp_path / "again.zip").read_bytes() == (tmp_path / "facebook-renee.zip").read_bytes()


def test_split_download_parts_read_together_without_double_counting(tmp_path):
    truth = write_facebook_export(tmp_path / "both" / "part-1", seed=5)
    shutil.copytree(tmp_path / "both" / "part-1", tmp_path / "both" / "part-2")
    assert_recovers(load_export(tmp_path / "both"), truth)


def test_mojibake_written_and_repaired_everywhere(tmp_path):
    write_facebook_export(tmp_path / "fb", seed=7)
    raw = (tmp_path / "fb" / "your_facebook_activity/comments_and_reactions/comments.json").read_text()
    assert "Ren\\u00c3\\u00a9e \\u00c3\\u0098stergaard" in raw  # written the way Meta writes it
    e = load_export(tmp_path / "fb")
    strings = [e.owner.display_name, *e.posts["text"].drop_nulls(), *e.people["display_name"].drop_nulls()]
    assert not [x for x in strings if re.search("[ÃÂÅ][\x80-\xbf]", x)]
    assert e.owner.display_name == "Renée Østergaard" and e.posts["text"].str.contains("☕").any()


def test_private_fields_and_message_text_never_held(tmp_path):
    write_facebook_export(tmp_path / "fb", seed=7)
    e = load_export(tmp_path / "fb")
    held = pickle.dumps((e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings, e.generation))
    assert not [x for x in (b"owner@example.invalid", b"15550100", b"192.0.2.44") if x in held]
    assert b"cardamom" not in pickle.dumps(e.interactions)  # message (and post) text stays out of interactions


def test_an_unlisted_language_still_reads_structure_and_known_names(tmp_path):
    truth = write_facebook_export(tmp_path / "fb", seed=7)
    f = tmp_path / "fb" / "your_facebook_activity/comments_and_reactions/comments.json"
    doc = json.loads(f.read_text())
    words = mojibake(r"\1 kommentálta \2 bejegyzését.")  # written as Meta writes every string
    for c in doc["comments_v2"]:  # titles in a language the table does not know
        c["title"] = re.sub(r"^(.+?) (?:commented on|replied to) (.+)'s (?:post|comment)\.$", words, c["title"])
    f.write_text(json.dumps(doc, indent=2))
    e = load_export(tmp_path / "fb")
    assert summarize(e)["posts"]["kind"] == truth.kinds  # a comment is a comment by the file it is in
    # Friends commented on are still found (their names are on the friend list): inferred members stay members.
    ids = tier_ids(e)
    assert ids["member"] == truth.tiers["member"] and ids["core"] == truth.tiers["core"]
    # People known only from the sentence are lost, and said to be: fewer reached.
    assert set(ids["reached"]) < set(truth.tiers["reached"])


# --- the rules, on literal input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Davide ha risposto al commento di Emanuele.", ("Emanuele", False)),  # seen: hudi-connectors-2022-it
        ("A Davide piace il post di Dario", ("Dario", False)),
        ('Mario ha aggiunto "Love" alla storia di Giusy.', ("Giusy", False)),
        ("Lukas Larsen replied to Tobias Løye's comment.", ("Tobias Løye", False)),  # seen: Waultar examples
        ("Lukas Larsen commented on his own photo.", (None, True)),
        ("To Ngoc commented on Ann Lee's post.", ("Ann Lee", False)),  # the owner's name anchors nothing
        ("Lukas Larsen skrev på Kim Vinther Larsens tidslinje.", ("Kim Vinther Larsen", False)),  # known name
        ("Davide Macchia  non consiglia Gio.", (None, False)),  # a Page review: no one's content
    ],
)
def test_title_targets(title, expected):
    owner = {"davide", "lukas larsen", "to ngoc"}
    assert title_target(title, owner, KnownNames(["Kim Vinther Larsen", "Luca"], owner, genitive=True)) == expected


def test_group_comments_count_and_spam_threads_do_not(real_fb, tmp_path):
    copy = shutil.copytree(real_fb / "hudi-connectors-2022-it", tmp_path / "fb")
    (copy / "groups").mkdir()
    (copy / "groups" / "your_comments_in_groups.json").write_text(
        json.dumps(
            {
                "group_comments_v2": [
                    {
                        "timestamp": 1600000000,
                        "title": "Davide ha commentato il post di Luca.",
                        "data": [
                            {
                                "comment": {
                                    "timestamp": 1600000000,
                                    "comment": "ciao",
                                    "author": "Davide",
                                    "group": "Torino",
                                }
                            }
                        ],
                    }
                ]
            }
        )
    )
    (spam := copy / "messages" / "filtered_threads" / "bot_x1" / "message_1.json").parent.mkdir(parents=True)
    spam.write_text(
        json.dumps(
            {
                "participants": [{"name": "Spam Bot"}, {"name": "Davide"}],
                "title": "Spam Bot",
                "messages": [{"sender_name": "Spam Bot", "timestamp_ms": 1600000000000, "type": "Generic"}],
            }
        )
    )
    e = load_export(copy)
    assert summarize(e)["posts"]["kind"]["comment"] == 11 and "spam bot" not in set(e.people["account_id"])
    assert "filtered as spam are not counted (filtered_threads: 1)" in e.coverage.notes["messages"]


def test_people_are_keyed_by_normalised_name():  # spacing, case and Unicode form (NFKC: full-width letters)
    assert person_key("  Jenő   REJTŐ ") == "jenő rejtő" and person_key("Ｄavide") == "davide"
