"""The Instagram reader: the real Italian 2021 export with hand-counted expectations, every layout generation
from the synthetic writer (v0 to 2026, localised, end-to-end-encrypted chats), privacy, and bad input."""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import polars as pl
import pytest

from conftest import REAL_EXPORTS, known_tiers, need
from helpers import load_export
from helpers.cli import main
from helpers.metrics.audience import audience_tiers
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.platforms.archive import Archive
from helpers.platforms.instagram.reader import is_instagram_export
from helpers.platforms.loading import detect_platform
from helpers.platforms.meta.text import repair_all
from helpers.present.summary import summarize
from helpers.synthetic.instagram import LAYOUTS, meta_json, write_instagram_export
from helpers.synthetic.threads import write_threads_export
from helpers.synthetic.x import write_x_archive

REAL_IG = REAL_EXPORTS / "instagram" / "hudi-connectors-v1-2021-it"


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


def recovered(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {
        t: sorted(tiers.filter(pl.col("tier") == t)["account_id"])
        for t in ("core", "member", "unanswered", "reached", "follower", "following")
    }


def assert_truth(export, truth):
    s = summarize(export)
    assert s["tiers"] == truth.tier_counts()
    assert recovered(export) == truth.tiers
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    inferred = {a for a, ev in truth.evidence.items() if ev == "inferred"}
    assert s["community"]["members_inferred"] == len(inferred)


# --- the real export (../shared/real-exports/instagram), counted by hand from its files -----------------------


@pytest.fixture(scope="module")
def real():
    need(REAL_IG.is_dir(), f"{REAL_IG} is absent: real-export tests need ../shared beside the checkout")
    return load_export(REAL_IG)


def test_real_2021_italian_export_owner_and_posts(real):
    assert_canonical(real)
    assert real.platform == "instagram" and real.generation.startswith("2021")
    # personal_information.json: Italian labels "Nome utente" / "Nome"; the username ends in a mojibake 😂.
    assert (real.owner.account_id, real.owner.handle, real.owner.display_name) == (
        "fakeusername😂",
        "fakeUsername😂",
        "FirstName SecondName",
    )
    s = summarize(real)
    # 5 posts (posts_1.json) + 2 archived + 190 stories ("creation_timestamp" counted in each file) = 197 originals;
    # 3 comments on others' posts (comments/post_comments.json).
    assert s["posts"]["kind"] == {"original": 197, "reply": 0, "thread": 0, "repost": 0, "quote": 0, "comment": 3}
    # Conversation: the 3 comments and the 7 stories whose caption @mentions someone.
    assert s["posts"]["mode"] == {"broadcast": 190, "conversation": 10, "amplification": 0}
    assert dict(real.posts.group_by("source_file").len().iter_rows()) == {
        "content/posts_1.json": 5,
        "content/archived_posts.json": 2,
        "content/stories.json": 190,
        "comments/post_comments.json": 3,
    }
    stories_mentions = (
        real.posts.filter(pl.col("source_file") == "content/stories.json")["mentions"].explode().drop_nulls()
    )
    assert sorted(stories_mentions) == [
        "chiarapassion",
        "maddyellow_",
        "maddyellow_",
        "maddyellow_",
        "marco_de_rosso",
        "roberto_bas",
        "sebushka_",
        "valeriolundini",
    ]


def test_real_2021_mojibake_repaired_everywhere(real):
    texts = real.posts["text"].drop_nulls()
    assert "Prova con Terry eà... è spiazzante" in texts.to_list()
    assert "Solitude 🍃" in texts.to_list() and "La mia zecca ❤️" in texts.to_list()
    assert "❤️\nSìè sempre al lavoro" in texts.to_list()
    assert not texts.str.contains("Ã|ð|â\x80").any()
    assert set(real.people.filter(pl.col("display_name").is_not_null())["display_name"]) == {"Adina", "Noemi"}


def test_real_2021_people_and_tiers(real):
    s = summarize(real)
    # followers.json: monica.16, abbigliamento, mary; following.json: joha, monica, abbigliamento, tanbo.
    assert s["people"] == {"followers": 3, "following": 4, "mutuals": 1}
    p = real.people.filter(pl.col("account_id") == "monica.16").row(0, named=True)
    assert p["follows_owner"] and not p["followed_by_owner"] and p["followed_at"].timestamp() == 1638689473
    joha = real.people.filter(pl.col("account_id") == "joha").row(0, named=True)  # followed by the owner only
    assert joha["follows_owner"] is False and joha["followed_at"].timestamp() == 1638859253
    assert "cats" not in real.people["account_id"].to_list()  # following_hashtags.json holds hashtags, not accounts
    # Two DM threads, both ways within Oct-Nov 2021: members. Reached: 3 commented on, 6 @mentioned in stories.
    assert recovered(real) == {
        "core": [],
        "member": ["adina", "noemi"],
        "unanswered": [],
        "reached": [
            "chiarapassion",
            "dydkadkad",
            "grodus",
            "la_somma_e_il_totale",
            "maddyellow_",
            "marco_de_rosso",
            "roberto_bas",
            "sebushka_",
            "valeriolundini",
        ],
        "follower": ["abbigliamento", "mary", "monica.16"],
        "following": ["joha", "monica", "tanbo"],
    }


def test_real_2021_messages_likes_and_coverage(real):
    s = summarize(real)
    # adina_ymai: 8 messages, Maria (the owner's name in DMs) wrote 2; noemi_kclxst: 7, Maria wrote 2, and
    # "Reacted ❤️ to your message" is Noemi's reaction (also in the reactions list), not a message.
    assert s["messages"] == {"sent": 4, "received": 10}
    reactions = real.interactions.filter(pl.col("channel") == "reaction")
    assert reactions.select("direction", "account_id").rows() == [("in", "noemi")]
    assert s["likes_given"] == 6  # 5 liked posts + 1 liked comment
    assert real.interactions.filter(pl.col("channel") == "like")["account_id"].n_unique() == 5
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
    assert real.posts["like_count"].null_count() == real.posts.height
    assert "inferred" in real.coverage.caveat("inbound_public")


# --- every layout generation, from the synthetic writer ------------------------------------------------------

# End-to-end-encrypted chats came years after the v0 layout: no such combination.
LAYOUT_CASES = [(layout, e2ee) for layout in LAYOUTS for e2ee in (False, True) if not (layout == "v0" and e2ee)]


@pytest.mark.parametrize(
    ("layout", "e2ee"), LAYOUT_CASES, ids=[f"{lay}-{'e2ee' if e else 'classic'}" for lay, e in LAYOUT_CASES]
)
def test_layout_recovers_the_planted_community(tmp_path, layout, e2ee):
    truth = write_instagram_export(tmp_path / "ig", seed=3, layout=layout, e2ee=e2ee)
    export = load_export(tmp_path / "ig")
    assert export.platform == "instagram" and not export.warnings
    assert_canonical(export)
    assert_truth(export, truth)
    conversations = set(export.interactions["conversation_id"].drop_nulls())
    assert any(c.endswith("_1") and "/" not in c for c in conversations) == e2ee  # the flat E2EE files were read
    assert export.interactions.filter(pl.col("channel") == "message")["is_group"].any()
    assert (export.owner.handle, export.owner.display_name) == ("corner_cafe", "Corner Café")


def test_generation_labels(tmp_path):
    labels = {}
    for layout in LAYOUTS:
        write_instagram_export(tmp_path / layout, layout=layout)
        labels[layout] = load_export(tmp_path / layout).generation.split(" ")[0]
    assert labels == {"2025": "2023-2025", "2026": "2025-2026", "2022": "2022", "2021": "2021", "v0": "v0"}


def test_zip_as_downloaded_and_accounts_center_wrapper(tmp_path):
    truth = write_instagram_export(tmp_path / "instagram-corner_cafe-2026-01-02-AbCd.zip", as_archive=True)
    export = load_export(tmp_path / "instagram-corner_cafe-2026-01-02-AbCd.zip")
    assert_truth(export, truth)
    assert export.exported_at.date().isoformat() == "2026-01-02"
    # Accounts Center: meta-<date>/instagram-<user>-<date>-<rand>/... inside one zip.
    write_instagram_export(tmp_path / "plain", layout="2026")
    wrapped = tmp_path / "meta-2026-Jan-02.zip"
    with zipfile.ZipFile(wrapped, "w") as zf:
        for f in sorted((tmp_path / "plain").rglob("*.json")):
            zf.write(
                f,
                "meta-2026-Jan-02-10-00-00/instagram-corner_cafe-2026-01-02-XyZ/"
                + f.relative_to(tmp_path / "plain").as_posix(),
            )
    assert detect_platform(wrapped) == "instagram"
    assert summarize(load_export(wrapped))["tiers"] == truth.tier_counts()


def rewrite(path: Path, change) -> None:
    """Edit a Meta JSON file as text a person reads, and write it back as Meta encodes it."""
    path.write_bytes(meta_json(change(repair_all(json.loads(path.read_bytes())))))


def test_localised_export_keys_folders_and_labels(tmp_path):
    root = tmp_path / "ig"
    truth = write_instagram_export(root, seed=5, layout="2025")
    profile = root / "personal_information/personal_information/personal_information.json"
    italian = {
        "Email": "Indirizzo e-mail",
        "Phone Confirmed": "Telefono confermato",
        "Username": "Nome utente",
        "Name": "Nome",
    }
    rewrite(
        profile,
        lambda d: {
            "profile_user": [
                {
                    "title": "Informazioni sull'utente",
                    "string_map_data": {italian[k]: v for k, v in d["profile_user"][0]["string_map_data"].items()},
                }
            ]
        },
    )
    dutch = {"Comment": "Opmerking", "Media Owner": "Media-eigenaar", "Time": "Tijd"}
    rewrite(
        root / "your_instagram_activity/comments/post_comments_1.json",
        lambda d: [
            {
                "media_list_data": c["media_list_data"],
                "string_map_data": {dutch[k]: v for k, v in c["string_map_data"].items()},
            }
            for c in d
        ],
    )
    # Labels in a language no table knows: read by Meta's order (comment, media owner, time).
    unknown = {"Comment": "コメント", "Media Owner": "メディアの所有者", "Time": "時間"}
    rewrite(
        root / "your_instagram_activity/comments/reels_comments.json",
        lambda d: {
            "commenti_reel": [
                {"string_map_data": {unknown[k]: v for k, v in c["string_map_data"].items()}}
                for c in d["comments_reels_comments"]
            ]
        },
    )
    # Renamed wrapper and item keys: read by structure.
    rewrite(
        root / "connections/followers_and_following/following.json",
        lambda d: {
            "relazioni_seguiti": [
                {"titolo": i["title"], "dati_elenco_stringhe": i["string_list_data"]}
                for i in d["relationships_following"]
            ]
        },
    )
    for old, new in (("your_instagram_activity", "je_instagram-activiteit"), ("connections", "connessioni")):
        (root / old).rename(root / new)
    export = load_export(root)
    assert export.owner.handle == "corner_cafe" and export.owner.display_name == "Corner Café"
    assert_truth(export, truth)


def test_instagram_export_carrying_threads(tmp_path):
    root = tmp_path / "ig"
    truth = write_instagram_export(root, layout="2025")
    threads_truth = write_threads_export(root, folder="your_instagram_activity/threads/")
    assert detect_platform(root) == "instagram"
    export = load_export(root)
    assert_truth(export, truth)  # Threads' followers.json is not read as Instagram's
    assert any("--platform threads" in w for w in map(str, export.warnings))
    s = summarize(load_export(root, platform="threads"))
    assert s["tiers"] == known_tiers(threads_truth.tier_counts(), s["coverage"])


def test_privacy_files_never_opened_email_never_held(tmp_path, monkeypatch):
    root = tmp_path / "ig"
    write_instagram_export(root, layout="2025")
    for decoy in (
        "security_and_login_information/login_and_profile_creation/login_activity.json",
        "ads_information/ads_and_topics/ads_viewed.json",
        "personal_information/device_information/devices.json",
    ):
        (root / decoy).parent.mkdir(parents=True, exist_ok=True)
        (root / decoy).write_text('{"login_history": [{"ip_address": "203.0.113.7"}]}')
    opened = []
    original = Archive.read_bytes
    monkeypatch.setattr(Archive, "read_bytes", lambda self, name: opened.append(name) or original(self, name))
    export = load_export(root)
    assert opened and not [n for n in opened if any(w in n for w in ("login", "ads_", "device"))]
    held = pickle.dumps(
        (export.owner, export.posts, export.people, export.interactions, export.coverage, export.warnings)
    )
    assert b"owner@example.invalid" not in held and b"203.0.113.7" not in held
    assert "text" not in export.interactions.columns


def test_same_seed_same_bytes(tmp_path):
    write_instagram_export(tmp_path / "a.zip", seed=9, as_archive=True, e2ee=True)
    write_instagram_export(tmp_path / "b.zip", seed=9, as_archive=True, e2ee=True)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


# --- bad input: one line naming the file, exit code 2 ------------------------------------------------------


def bad(path: Path, capsys) -> str:
    assert main(["summary", str(path), "--platform", "instagram"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_truncated_files_name_the_file(tmp_path, capsys):
    for relative in (
        "connections/followers_and_following/followers_1.json",
        "your_instagram_activity/content/posts_1.json",
        "personal_information/personal_information/personal_information.json",
    ):
        root = tmp_path / relative.replace("/", "_")
        write_instagram_export(root, layout="2025")
        target = root / relative
        target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
        assert relative in bad(root, capsys)
    root = tmp_path / "msg"
    write_instagram_export(root, layout="2025")
    thread = sorted((root / "your_instagram_activity/messages/inbox").rglob("message_1.json"))[0]
    thread.write_bytes(thread.read_bytes()[:100])
    assert "message_1.json" in bad(root, capsys)


def test_wrong_inputs(tmp_path, capsys):
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    assert "single file is not an Instagram export" in bad(note, capsys)
    (tmp_path / "empty").mkdir()
    assert "empty folder" in bad(tmp_path / "empty", capsys)
    broken = tmp_path / "instagram-x-2026-01-01.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert "instagram-x-2026-01-01.zip" in bad(broken, capsys)
    write_x_archive(tmp_path / "x", n_tweets=20, seed=1)
    assert "not an Instagram export" in bad(tmp_path / "x", capsys)
    write_threads_export(tmp_path / "threads_only")
    assert "--platform threads" in bad(tmp_path / "threads_only", capsys)


def test_real_facebook_export_is_not_instagram(capsys):
    facebook = (
        REAL_EXPORTS / "facebook" / "hudi-connectors-2022-it"
    )  # messages/inbox/ like Instagram 2021, nothing else alike
    need(facebook.is_dir(), f"{facebook} is absent: real-export tests need ../shared beside the checkout")
    with Archive(facebook) as archive:
        assert not is_instagram_export(archive)
    assert "not an Instagram export" in bad(facebook, capsys)
