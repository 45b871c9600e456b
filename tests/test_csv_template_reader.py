"""The CSV template reader: the shipped example (counted by hand, see its README), a zip of it, every
validation error as one line with exit code 2, and sheets saved the way Excel saves them."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import polars as pl
import pytest

from helpers import load_export
from helpers.cli import main
from helpers.errors import ExportError
from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA
from helpers.paths import DATA_DIR
from helpers.platforms.archive import Archive
from helpers.platforms.csv_template import is_csv_template
from helpers.platforms.loading import detect_platform
from helpers.present.summary import summarize

TEMPLATE = DATA_DIR / "templates" / "csv"
ALL_TRUE = dict.fromkeys(
    (
        "own_posts",
        "followers",
        "following",
        "inbound_public",
        "messages",
        "messages_sent",
        "likes_given",
        "engagement_counts",
    ),
    True,
)


def copy(tmp_path: Path, **sheets: str | None) -> Path:
    """The template copied aside; ``posts="..."`` replaces a sheet's text, ``people=None`` removes it."""
    folder = tmp_path / "sheets"
    shutil.copytree(TEMPLATE, folder)
    for sheet, text in sheets.items():
        path = folder / f"{sheet}.csv"
        path.unlink(missing_ok=True)
        if text is not None:
            path.write_text(text, encoding="utf-8", newline="")
    return folder


def sheet(name: str) -> str:
    return (TEMPLATE / f"{name}.csv").read_text(encoding="utf-8")


def test_the_template_itself_matches_the_hand_counts():
    e = load_export(TEMPLATE)
    for frame, schema in ((e.posts, POSTS_SCHEMA), (e.people, PEOPLE_SCHEMA), (e.interactions, INTERACTIONS_SCHEMA)):
        assert frame.select(schema.names()).schema == schema
    s = summarize(e)
    assert s["platform"] == "csv" and not e.warnings
    assert s["posts"]["kind"] == {"original": 2, "reply": 1, "thread": 1, "repost": 1, "quote": 1, "comment": 1}
    assert s["posts"]["mode"] == {"broadcast": 2, "conversation": 3, "amplification": 2}
    assert s["conversation_share"] == 0.4286
    assert s["people"] == {"followers": 5, "following": 3, "mutuals": 1}
    assert s["tiers"] == {"core": 1, "member": 1, "unanswered": 1, "reached": 1, "follower": 2, "following": 1}
    assert s["coverage"] == ALL_TRUE
    assert s["messages"] == {"sent": 1, "received": 2} and s["likes_given"] == 1
    # 8 rows of interactions.csv + 6 from posts.csv (p3 reply, p4 two mentions, p5 repost, p6 quote, p7 comment),
    # p7 being in both: 13.
    assert e.interactions.height == 13
    assert e.interactions.filter(pl.col("ref_id") == "p7")["channel"].cast(pl.String).to_list() == ["comment"]
    assert e.posts.filter(pl.col("post_id") == "p6")["created_at"].dt.hour().item() == 8  # 10:00+02:00
    gus = e.people.filter(pl.col("account_id") == "gus").row(0, named=True)
    assert gus["handle"] is None and gus["follows_owner"] is None  # named only by a like: unknown, not False
    assert e.people.filter(pl.col("account_id") == "dev")["followed_by_owner"].item() is None  # empty cell
    assert e.posts.filter(pl.col("post_id") == "p5")["like_count"].item() is None


def test_a_zip_of_it_with_a_top_folder(tmp_path):
    z = tmp_path / "mine.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in sorted(TEMPLATE.iterdir()):
            zf.write(f, f"my-sheets/{f.name}")
    assert detect_platform(z) == "csv"
    assert summarize(load_export(z))["tiers"] == summarize(load_export(TEMPLATE))["tiers"]


def test_recognised_by_its_columns_not_reddits(tmp_path):
    assert detect_platform(TEMPLATE) == "csv"
    reddit = tmp_path / "reddit"
    reddit.mkdir()
    (reddit / "posts.csv").write_text("id,permalink,date,ip,subreddit,gildings,title,url,body\n")
    with Archive(reddit) as a:
        assert not is_csv_template(a)


def test_owner_csv_names_you(tmp_path):
    folder = copy(tmp_path, posts=sheet("posts").replace("ben;cleo", "ben;corner_cafe;cleo"))
    (folder / "owner.csv").write_text("account_id,handle,display_name\ncorner_cafe,corner_cafe,Corner Cafe\n")
    e = load_export(folder)
    assert e.owner.account_id == "corner_cafe" and e.owner.display_name == "Corner Cafe"
    assert e.posts.filter(pl.col("post_id") == "p4")["mentions"].to_list() == [["ben", "cleo"]]
    assert summarize(e)["tiers"] == summarize(load_export(TEMPLATE))["tiers"]


def test_excel_saved_sheets_bom_crlf_uppercase_booleans_and_empty_rows(tmp_path):
    posts = sheet("posts").replace("Fresh sourdough today", '"Fresh sourdough today,\nand rye"')
    people = sheet("people").replace("true", "TRUE").replace("false", "FALSE") + ",,,,,,\n"
    folder = copy(
        tmp_path, posts="\ufeff" + posts.replace("\n", "\r\n"), people="\ufeff" + people.replace("\n", "\r\n")
    )
    e = load_export(folder)
    assert summarize(e)["tiers"] == summarize(load_export(TEMPLATE))["tiers"]
    assert e.posts.filter(pl.col("post_id") == "p1")["text"].item() == "Fresh sourdough today,\r\nand rye"
    # A record spanning two lines is one spreadsheet row: the bad cell below is on row 4, not line 5.
    (folder / "posts.csv").write_text(posts.replace("reply,Thanks", "rply,Thanks"), encoding="utf-8")
    with pytest.raises(ExportError, match=r"posts.csv: row 4, column kind: unknown kind 'rply'"):
        load_export(folder)


@pytest.mark.parametrize(
    "sheets, says",
    [
        (
            {"posts": sheet("posts").replace("reply,Thanks", "rply,Thanks")},
            "posts.csv: row 4, column kind: unknown kind 'rply' (expected one of original,",
        ),
        (
            {"interactions": sheet("interactions").replace("in,ben,comment", "in,ben,comentary")},
            "interactions.csv: row 5, column channel: unknown channel 'comentary'",
        ),
        (
            {"interactions": sheet("interactions").replace("in,dev,", "inbound,dev,")},
            "interactions.csv: row 6, column direction: unknown direction 'inbound' (expected one of out, in)",
        ),
        (
            {"posts": sheet("posts").replace("2024-03-05,", "05/03/2024,")},
            "posts.csv: row 5, column created_at: '05/03/2024' is not a date as YYYY-MM-DD",
        ),
        (
            {"people": sheet("people").replace("Ben Cooper,true", "Ben Cooper,maybe")},
            "people.csv: row 3, column follows_owner: 'maybe' is not true or false",
        ),
        (
            {"posts": sheet("posts").replace(",12,2,3", ",12.5,2,3")},
            "posts.csv: row 2, column like_count: '12.5' is not a whole number",
        ),
        (
            {"posts": sheet("posts").replace("csv,p4,", "csv,,")},
            "posts.csv: row 5, column post_id: empty; every row needs a post_id",
        ),
        ({"posts": sheet("posts").replace("csv,p4,", "csv,p3,")}, "posts.csv: row 5, column post_id: appears twice"),
        (
            {"interactions": sheet("interactions").replace("platform,at,", "platform,when,")},
            "interactions.csv: missing column(s) at",
        ),
        (
            {"people": sheet("people").replace(",", ";")},
            "people.csv: columns are separated by ';'; only comma-separated files are read",
        ),
        ({"people": sheet("people").replace(",", "\t")}, "people.csv: columns are separated by '\\t'"),
        (
            {"people": sheet("people").replace("csv,ada,", "tiktok,ada,")},
            "people.csv: row 2, column platform: 'tiktok' differs from 'csv'",
        ),
        (
            {"posts": sheet("posts") + "csv,p8,2024-06-01,original,hi,,,,1,2,3,4\n"},
            "posts.csv: not a readable CSV file (a row has more cells than the header)",
        ),
    ],
    ids=[
        "kind",
        "channel",
        "direction",
        "date",
        "boolean",
        "count",
        "empty_required",
        "duplicate_id",
        "missing_column",
        "semicolons",
        "tabs",
        "two_platforms",
        "ragged_row",
    ],
)
def test_every_validation_error_is_one_line_with_exit_2(tmp_path, capsys, sheets, says):
    folder = copy(tmp_path, **sheets)
    assert main(["summary", str(folder), "--platform", "csv"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(folder) in err[0] and says in err[0], err


def test_not_utf8_and_owner_errors(tmp_path, capsys):
    folder = copy(tmp_path)
    (folder / "people.csv").write_bytes(sheet("people").replace("Ada Baker", "Ada Café").encode("cp1252"))
    assert main(["summary", str(folder), "--platform", "csv"]) == 2
    assert "people.csv: not UTF-8 text" in capsys.readouterr().err
    (folder / "people.csv").write_text(sheet("people"))
    (folder / "owner.csv").write_text("account_id\nada\n")
    assert main(["summary", str(folder), "--platform", "csv"]) == 2
    assert "people.csv: row 2, column account_id: 'ada' is you (owner.csv)" in capsys.readouterr().err
    (folder / "owner.csv").write_text("account_id\nme\nyou\n")
    assert main(["summary", str(folder), "--platform", "csv"]) == 2
    assert "owner.csv: 2 rows; expected one row" in capsys.readouterr().err.strip()


def test_coverage_from_what_is_present_and_filled(tmp_path):
    no_people = load_export(copy(tmp_path / "a", people=None))
    assert no_people.coverage.followers is False and no_people.coverage.following is False
    assert "people.csv: not in the template folder; followers and following marked absent" in [
        str(w) for w in no_people.warnings
    ]
    assert summarize(no_people)["people"] == {"followers": None, "following": None, "mutuals": None}
    empty_column = sheet("people").replace(",true,", ",,").replace(",false,", ",,")
    e = load_export(copy(tmp_path / "b", people=empty_column))
    assert e.coverage.followers is False and "no filled follows_owner" in e.coverage.caveat("followers")
    assert e.coverage.following is True  # followed_by_owner kept some cells: "true,true" became ",true"
    one_way = "platform,at,direction,account_id,channel,ref_id\ncsv,2024-03-06 09:30,out,ada,message,m2\ncsv,2024-04-01,in,gus,like,p4\n"
    e = load_export(copy(tmp_path / "c", interactions=one_way))
    assert (e.coverage.inbound_public, e.coverage.messages, e.coverage.likes_given) == (False, False, False)
    assert e.likes_given_count is None and summarize(e)["messages"] == {"sent": None, "received": None}
    assert "partly inferred" in e.coverage.caveat("inbound_public")
    counts = (
        sheet("posts")
        .replace(",12,2,3", ",,,")
        .replace(",4,0,1", ",,,")
        .replace(",2,0,0", ",,,")
        .replace(",20,5,4", ",,,")
    )
    counts = counts.replace(",3,1,0", ",,,").replace(",1,,", ",,,")
    assert load_export(copy(tmp_path / "d", posts=counts)).coverage.engagement_counts is False


def test_unknown_and_mode_columns_are_ignored_with_a_warning(tmp_path):
    posts = (
        "\n".join(
            line + (",mode,follows" if i == 0 else ",broadcast,x") for i, line in enumerate(sheet("posts").splitlines())
        )
        + "\n"
    )
    e = load_export(copy(tmp_path, posts=posts))
    assert [str(w) for w in e.warnings] == [
        "posts.csv: column(s) mode, follows not in the template, ignored; mode is computed from kind and mentions"
    ]
    assert summarize(e)["posts"]["mode"] == {"broadcast": 2, "conversation": 3, "amplification": 2}


def test_people_sheet_alone(tmp_path):
    folder = tmp_path / "only-people"
    folder.mkdir()
    shutil.copy(TEMPLATE / "people.csv", folder / "people.csv")
    e = load_export(folder)
    s = summarize(e)
    assert s["posts"]["total"] is None and s["conversation_share"] is None and e.coverage.own_posts is False
    # No contact at all: ada, ben, dev, emi, hana follow you; cleo and femi you only follow. With a follower
    # list, members could be inferred (none are); nothing others wrote or you addressed is in the export.
    assert s["tiers"] == {"core": 0, "member": 0, "unanswered": None, "reached": None, "follower": 5, "following": 2}
    assert "posts.csv: not in the template folder; your posts marked absent" in [str(w) for w in e.warnings]
