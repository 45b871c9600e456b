"""Odd but real data never breaks a step, and the writers never write through a trap: dates from another
millennium, control characters in names, spreadsheet formulas in handles, links where a lock or a dataset
folder belongs, names with a newline, and the private files the cache key must not open."""

from __future__ import annotations

import csv
import shutil

import pytest

from helpers.cli import main
from helpers.errors import ExportError
from helpers.paths import PROJECT_ROOT
from helpers.platforms.loading import load_export
from helpers.synthetic.samples import sample_path

TEMPLATE = PROJECT_ROOT / "data" / "templates" / "csv"


def _template(tmp_path, edit_posts=None, edit_people=None):
    folder = tmp_path / "csv"
    shutil.copytree(TEMPLATE, folder)
    for name, edit in (("posts.csv", edit_posts), ("people.csv", edit_people)):
        if edit is None:
            continue
        with open(folder / name, newline="") as f:
            rows = list(csv.DictReader(f))
        edit(rows)
        with open(folder / name, "w", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def test_posts_dated_outside_1990_2099_are_left_out_and_said(tmp_path):
    def far(rows):
        rows[0]["created_at"] = "9999-12-31 23:00"
        rows[1]["created_at"] = "1970-01-01 00:00"

    export = load_export(_template(tmp_path, edit_posts=far))
    plain = load_export(TEMPLATE)
    assert export.posts.height == plain.posts.height - 2
    assert export.posts["created_at"].dt.year().is_between(1990, 2099).all()
    said = [w for w in export.warnings if "dated outside 1990-2099" in w.message]
    assert len(said) == 1 and said[0].kind == "unreadable" and said[0].message.startswith("2 posts")


def test_a_far_future_post_does_not_stretch_the_charts(tmp_path):
    from helpers.present import views
    from helpers.present.tables import view_of

    def far(rows):
        rows[0]["created_at"] = "9999-01-01 00:00"

    export = load_export(_template(tmp_path, edit_posts=far))
    spec = views.voice_balance(export).to_dict()
    assert len(spec["datasets"][next(iter(spec["datasets"]))]) < 200  # months, not millennia
    views.ladder_over_time(view_of(export)).to_dict()


def test_control_characters_in_names_are_drawn_without_them(tmp_path):
    import vl_convert as vlc

    from helpers.present import views

    def controls(rows):
        for row in rows:
            row["handle"] = "esc\x1b[31mred"
            row["display_name"] = "bidi\u202egnp"

    export = load_export(_template(tmp_path, edit_people=controls))
    svg = vlc.vegalite_to_svg(views.top_conversation_partners(export).to_dict())
    assert "\x1b" not in svg and "\u202e" not in svg and "esc[31mred" in svg


def test_spreadsheet_formulas_in_chart_data_csvs_are_neutralised(tmp_path):
    from helpers.present.report import write_report
    from helpers.present.tables import view_of

    def formulas(rows):
        for row in rows:
            row["handle"] = '=HYPERLINK("http://evil.example","x")'
            row["display_name"] = "+1+cmd|' /C calc'!A0"

    export = load_export(_template(tmp_path, edit_people=formulas))
    _, csvs = write_report(view_of(export), tmp_path / "out", "t", anonymized=False)
    for path in csvs:
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            for cell in next(csv.reader([line])):
                assert not cell.startswith(("=", "+", "@", "-")) or cell.lstrip("-").replace(".", "").isdigit(), (
                    path,
                    cell,
                )


def test_a_name_ending_in_a_newline_is_refused(capsys):
    assert main(["build", str(sample_path("x")), "--name", "x\n"]) == 2
    assert "not a usable dataset name" in capsys.readouterr().err


def test_the_lock_is_never_taken_through_a_link(tmp_path):
    from helpers import store

    target = tmp_path / "elsewhere"
    target.write_text("keep me")
    root = tmp_path / "processed"
    root.mkdir()
    (root / ".cafe.lock").symlink_to(target)
    with pytest.raises(ExportError, match="lock"), store.dataset_lock("cafe", root):
        pass
    assert target.read_text() == "keep me"


def test_a_link_in_place_of_a_dataset_folder_is_refused(tmp_path):
    from helpers import store

    root = tmp_path / "processed"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "cafe").symlink_to(outside)
    with pytest.raises(ExportError, match="not a dataset folder"):
        store.build_dataset([sample_path("x")], "cafe", root)
    assert list(outside.iterdir()) == []
    assert "cafe" not in store.list_datasets(root)


def test_the_cache_key_never_opens_the_private_files(tmp_path, monkeypatch):
    from helpers import store

    folder = tmp_path / "li"
    shutil.copytree(sample_path("linkedin"), folder)
    for name in ("Email Addresses.csv", "PhoneNumbers.csv", "Logins.csv"):
        (folder / name).write_text("secret\n")
    opened = []
    real = store.hash_file_content
    monkeypatch.setattr(store, "hash_file_content", lambda h, f: (opened.append(f.name), real(h, f)))
    key = store.cache_key([folder])
    assert opened and not {"Email Addresses.csv", "PhoneNumbers.csv", "Logins.csv"} & set(opened)
    (folder / "Email Addresses.csv").write_text("another secret\n")
    assert store.cache_key([folder]) == key  # the private file is not part of the key
    (folder / "Shares.csv").write_text((folder / "Shares.csv").read_text() + "\n")
    assert store.cache_key([folder]) != key


def test_zip_slip_members_are_never_written_nor_read_outside(tmp_path):
    import subprocess
    import sys
    import zipfile

    archive = tmp_path / "inner" / "slip.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        for f in sorted((sample_path("x") / "data").iterdir()):
            zf.write(f, f"data/{f.name}")
        zf.writestr("../../escaped.txt", "written outside?")
        zf.writestr("/abs/escaped.txt", "absolute")
    done = subprocess.run(
        [sys.executable, "-m", "helpers.cli", "summary", str(archive)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr
    assert not (tmp_path / "escaped.txt").exists() and not list(tmp_path.rglob("escaped.txt"))


@pytest.mark.slow
def test_sigkill_during_run_leaves_the_last_good_run(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    env = dict(os.environ, COMMUNITY_LENS_PROCESSED=str(tmp_path / "processed"))
    runs = tmp_path / "runs"
    code = (
        "import sys; from pathlib import Path; from helpers.pipeline import run; "
        f"run([Path({str(sample_path('x'))!r})], 'cafe', pdf=False, processed=Path({str(tmp_path / 'processed')!r}), "
        f"runs=Path({str(runs)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=600, capture_output=True)
    good = (runs / "cafe" / "latest.txt").read_text().strip()
    child = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(8)  # inside the run: the dataset is reused, the notebooks are executing
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert (runs / "cafe" / "latest.txt").read_text().strip() == good
    assert (runs / "cafe" / good / "report.html").is_file()
    visible = [p.name for p in (runs / "cafe").iterdir() if not p.name.startswith(".")]
    assert sorted(visible) == sorted([good, "latest.txt"])  # no half-written run under a visible name
    assert load_export(sample_path("x")).posts.height > 0
    from helpers import store

    assert store.load_dataset("cafe", tmp_path / "processed").posts.height > 0  # the dataset is whole


def test_implausible_dates_leave_the_chat_too_and_never_reach_python():
    """A chat message dated 2974 is left out like a post (the community figures would count it); a date no
    Python datetime can hold (the year 300,000) is counted without ever being turned into one."""
    from datetime import UTC, datetime

    import polars as pl

    from helpers.model import (
        CHAT_SCHEMA,
        INTERACTIONS_SCHEMA,
        PEOPLE_SCHEMA,
        POSTS_SCHEMA,
        Coverage,
        Export,
        ExportMeta,
        Owner,
        conform,
        empty_frame,
    )
    from helpers.platforms.loading import without_implausible_dates

    far = pl.Series([10**16], dtype=pl.Int64).cast(pl.Datetime("us", "UTC"))  # about the year 318,857
    chat = conform(
        pl.DataFrame(
            {
                "platform": ["slack"] * 3,
                "conversation_id": ["C1"] * 3,
                "message_id": ["1", "2", "3"],
                "at": pl.concat([pl.Series([datetime(2025, 1, 1, tzinfo=UTC), datetime(2974, 1, 1, tzinfo=UTC)]), far]),
                "author_id": ["U1", "U2", "U3"],
            }
        ),
        CHAT_SCHEMA,
    )
    export = Export(
        "slack",
        ExportMeta(Owner("U1", "me", None), Coverage()),
        empty_frame(POSTS_SCHEMA),
        empty_frame(PEOPLE_SCHEMA),
        empty_frame(INTERACTIONS_SCHEMA),
        chat=chat,
    )
    kept = without_implausible_dates(export)
    assert kept.chat is not None and kept.chat["message_id"].to_list() == ["1"]
    assert any("2 chat messages dated outside 1990-2099" in w.message for w in kept.warnings)
