"""The LinkedIn reader on every format generation (synthetic exports in each real layout, since no real
export with connections or messages can be shared), the planted community recovered exactly, privacy."""

from __future__ import annotations

import csv
import io
import pickle
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from helpers import load_export
from helpers.metrics.audience import audience_tiers
from helpers.platforms.archive import Archive
from helpers.platforms.linkedin.posts import add_mentions
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize
from helpers.synthetic.linkedin import ERAS, write_linkedin_export
from test_linkedin_reader import assert_canonical


@pytest.fixture(scope="module")
def eras(tmp_path_factory) -> dict[str, tuple[Path, object]]:
    root = tmp_path_factory.mktemp("linkedin")
    return {era: (root / era, write_linkedin_export(root / era, seed=7, era=era)) for era in ERAS}


def recovered(export) -> dict[str, list[str]]:
    tiers = audience_tiers(export.people, export.interactions, export.coverage)
    return {
        t: sorted(tiers.filter(pl.col("tier") == t)["account_id"])
        for t in ("core", "member", "unanswered", "reached", "follower", "following")
    }


MARKERS = {  # what each generation's files look like, as the reader reports it
    "2018": [
        "Shares.csv: UTF-16 TSV (2018)",
        "Connections.csv: no URL column",
        "Invitations.csv: names only",
        "Messages.csv: 2018 (Direction column)",
        "Comments.csv: unquoted multi-line comments (2021)",
    ],
    "2020": ["Connections.csv: no URL column", "messages.csv: 2019-2023 (sender URL only)"],
    "2021": ["Connections.csv: Notes preamble", "Connections.csv: no URL column", "messages.csv: 2019-2023"],
    "2023": [
        "Connections.csv: Notes preamble",
        "Connections.csv: URL column (2023+)",
        "Invitations.csv: profile URLs",
        "messages.csv: 2023+ (recipient URLs)",
    ],
    "2025": [
        "Connections.csv: URL column (2023+)",
        "messages.csv: 2025+ (draft flag)",
        'Comments.csv: quotes escaped as \\"',
    ],
    "2026": ["Comments_34875879.csv: quotes escaped", "messages.csv: 2025+ (draft flag)"],
}


@pytest.mark.parametrize("era", list(ERAS))
def test_each_generation_recovers_the_planted_community(eras, era):
    path, truth = eras[era]
    e = load_export(path)
    assert_canonical(e)
    s = summarize(e)
    assert s["tiers"] == truth.tier_counts()
    assert recovered(e) == truth.tiers
    tiers = audience_tiers(e.people, e.interactions, e.coverage)
    members = tiers.filter(pl.col("tier").is_in(["core", "member"]))
    assert dict(zip(members["account_id"], members["evidence"].cast(pl.String), strict=False)) == truth.evidence
    assert s["posts"]["kind"] == truth.kinds and s["posts"]["mode"] == truth.modes
    assert s["people"] == {"followers": truth.followers, "following": truth.following, "mutuals": truth.mutuals}
    assert s["messages"] == {"sent": truth.messages_sent, "received": truth.messages_received}
    assert e.owner.as_dict() == truth.owner
    for marker in MARKERS[era]:
        assert marker in e.generation, marker
    assert ("Connections.csv: Notes preamble" in e.generation) == (era >= "2021")


def _rows(path: Path, skip_to: str, encoding: str = "utf-8", sep: str = ",") -> list[dict]:
    text = path.read_text(encoding=encoding)
    return list(csv.DictReader(io.StringIO(text[text.index(skip_to) :]), delimiter=sep))


@pytest.mark.parametrize("era", list(ERAS))
def test_every_date_format_is_read_exactly(eras, era):
    path, _ = eras[era]
    e = load_export(path)
    us, day = "%m/%d/%y, %I:%M %p", "%d %b %Y"
    conns = [r for r in _rows(path / "Connections.csv", "First Name") if r["First Name"]]
    want = {datetime.strptime(r["Connected On"], us if era == "2018" else day).replace(tzinfo=UTC) for r in conns}
    assert set(e.people.filter(pl.col("follows_owner"))["followed_at"]) == want
    name = "Messages.csv" if era == "2018" else "messages.csv"
    msgs = _rows(path / name, "From" if era == "2018" else '"CONVERSATION ID"' if era == "2026" else "CONVERSATION ID")
    kept = [
        r
        for r in msgs
        if r.get("FOLDER", r.get("Folder")) != "SPAM"
        and r.get("IS MESSAGE DRAFT") != "Yes"
        and (era == "2018" or r["SENDER PROFILE URL"])
    ]
    fmt = us if era == "2018" else "%Y-%m-%d %H:%M:%S UTC"
    want = {datetime.strptime(r.get("DATE", r.get("Date")), fmt).replace(tzinfo=UTC) for r in kept}
    assert set(e.interactions.filter(pl.col("channel") == "message")["at"]) == want
    shares = path / ("Shares.csv" if era != "2026" else "Shares_34875879.csv")
    rows = _rows(shares, '"Date"', "utf-16", "\t") if era == "2018" else _rows(shares, "Date")
    fmt = "%Y/%m/%d %H:%M:%S UTC" if era == "2018" else "%Y-%m-%d %H:%M:%S"
    want = {datetime.strptime(r["Date"], fmt).replace(tzinfo=UTC) for r in rows}
    assert set(e.posts.filter(pl.col("kind") != "comment")["created_at"]) == want
    follows = _rows(path / "Member_Follows.csv", "Date")
    want = {datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC) for r in follows}
    assert set(e.people.filter(pl.col("follows_owner").is_null() & pl.col("followed_by_owner"))["followed_at"]) == want


@pytest.mark.parametrize("era", ["2021", "2025"])
def test_text_with_line_breaks_and_quotes_kept(eras, era):
    e = load_export(eras[era][0])
    texts = set(e.posts["text"].drop_nulls())
    assert any(t.endswith(':\n\n"Measure what matters" is still the rule.\nMore soon.') for t in texts)  # Shares '"\n"'
    assert any(t.endswith(' thanks, that helped, "a lot"!') for t in texts)  # Comments "" (2021) or \" (2025)
    assert any(t.startswith("Agreed.\nThe part about ") for t in texts)  # unquoted in 2021, quoted in 2025


def test_connections_preamble_of_any_length_and_excel_dates(eras, tmp_path):
    path, truth = eras["2021"]
    copy = tmp_path / "li"
    copy.mkdir()
    for f in path.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    text = (copy / "Connections.csv").read_text()
    # A longer preamble, and dates re-saved by Excel ("01 Jun 2021" -> "01-Jun-21").
    lines = text.replace("Notes:\n", "Notes:\nA second note line\n").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    fixed = [
        ln.rsplit(",", 1)[0] + "," + datetime.strptime(ln.rsplit(",", 1)[1], "%d %b %Y").strftime("%d-%b-%y")
        for ln in lines[head + 1 :]
    ]
    (copy / "Connections.csv").write_text("\n".join(lines[: head + 1] + fixed) + "\n")
    e = load_export(copy)
    assert summarize(e)["tiers"] == truth.tier_counts()
    assert set(e.people.filter(pl.col("follows_owner"))["followed_at"]) == set(
        load_export(path).people.filter(pl.col("follows_owner"))["followed_at"]
    )


def test_zip_as_downloaded_read_in_place(tmp_path):
    truth = write_linkedin_export(tmp_path, seed=11, as_archive=True)
    (zpath,) = tmp_path.glob("*.zip")
    assert zpath.name == "Complete_LinkedInDataExport_08-15-2025.zip"
    assert all("/" not in n for n in zipfile.ZipFile(zpath).namelist())  # files at the zip's root
    before = sorted(p.name for p in tmp_path.iterdir())
    assert detect_platform(zpath) == "linkedin"
    e = load_export(zpath)
    assert summarize(e)["tiers"] == truth.tier_counts() and recovered(e) == truth.tiers
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted beside it


def test_zip_of_a_folder_and_same_seed_same_bytes(tmp_path):
    truth = write_linkedin_export(tmp_path / "a.zip", seed=5, as_archive=True)
    write_linkedin_export(tmp_path / "b.zip", seed=5, as_archive=True)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as src, zipfile.ZipFile(tmp_path / "nested.zip", "w") as dst:
        for n in src.namelist():
            dst.writestr(f"Basic_LinkedInDataExport_08-15-2025/{n}", src.read(n))
    assert summarize(load_export(tmp_path / "nested.zip"))["tiers"] == truth.tier_counts()


def test_owner_from_messages_alone(eras, tmp_path):
    path, truth = eras["2023"]
    copy = tmp_path / "li"
    copy.mkdir()
    for f in path.iterdir():
        if f.name not in ("Profile.csv", "Invitations.csv"):
            (copy / f.name).write_bytes(f.read_bytes())
    e = load_export(copy)
    assert e.owner.account_id == truth.owner["account_id"]  # the one name in every conversation
    assert not any("owner" in w for w in map(str, e.warnings))
    # The pending invitee named once in a comment is known only from Invitations.csv: no longer recognised.
    assert summarize(e)["tiers"] == {**truth.tier_counts(), "reached": truth.tier_counts()["reached"] - 1}


def test_privacy_files_never_opened_and_fields_never_held(eras, monkeypatch):
    path, _ = eras["2025"]
    opened: list[str] = []
    real_read = Archive.read_bytes
    monkeypatch.setattr(Archive, "read_bytes", lambda self, name: opened.append(name) or real_read(self, name))
    e = load_export(path)
    assert "Email Addresses.csv" not in opened and opened
    held = pickle.dumps((e.owner, e.posts, e.people, e.interactions, e.coverage, e.warnings, e.generation))
    for secret in (
        b"owner-secret@example.invalid",
        b"@example.invalid",
        b"12 Secret Lane",
        b"Good to hear from you",
        b"let's connect",
        b"Sponsored offer",
    ):
        assert secret not in held, secret
    assert "text" not in e.interactions.columns


def test_mentions_are_whole_known_names():
    posts = pl.DataFrame(
        {
            "post_id": ["a", "b", "c", "d"],
            "text": [
                "Ada Baker-Smith and Vijay Rangarajan (VJ) agreed",
                "thanks Ada Baker!",
                "JoAda Bakers was there",
                None,
            ],
        }
    )
    known = pl.DataFrame(
        {
            "name": ["Ada Baker", "Ada Baker-Smith", "Vijay Rangarajan (VJ)", "Mononym"],
            "account_id": ["u1", "u2", "u3", "u4"],
        }
    )
    got = add_mentions(posts, known).select("post_id", "mentions")
    want = pl.DataFrame(
        {"post_id": ["a", "b", "c", "d"], "mentions": [["u2", "u3"], ["u1"], [], []]},
        schema={"post_id": pl.String, "mentions": pl.List(pl.String)},
    )
    assert_frame_equal(got.with_columns(pl.col("mentions").list.sort()), want)
