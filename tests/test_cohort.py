"""Cohorts: every export summarised by the code of `summary`, one flat row each with no one's identifiers,
resumable through the cache, failures in their own table, percentiles, manifests with labels.

These run the serial engine (no Dask): tests/test_cohort_cluster.py runs the same on a LocalCluster.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from datetime import date, datetime
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from helpers.cli import main
from helpers.cohort.build import build_cohort, progress_line
from helpers.cohort.flatten import DROPPED, FIGURE_SCHEMA, FIGURES, flatten_summary, stored_or_dropped, summary_leaves
from helpers.cohort.inputs import CohortInput, resolve_inputs
from helpers.cohort.percentiles import cohort_percentiles, percentile_ranks
from helpers.cohort.privacy import OWNER_NEEDED_REASON, failure_detail, failure_reason, pseudonym
from helpers.cohort.store import list_cohorts, read_cohort
from helpers.errors import ExportError, OwnerNeeded
from helpers.paths import SAMPLE_DIR
from helpers.platforms.loading import load_export
from helpers.platforms.registry import BY_NAME
from helpers.present.summary import summarize
from helpers.synthetic.samples import CSV_TEMPLATE, WRITERS, sample_path

# The samples of one account's own exports (a chat community's needs an owner chosen: tests of their own).
SAMPLES = [sample_path(p) for p in WRITERS if not BY_NAME[p].many_voices and sample_path(p).exists()]
CHAT_SAMPLES = [sample_path(p) for p in WRITERS if BY_NAME[p].many_voices and sample_path(p).exists()]


def _readable_alone(paths: list[Path]) -> list[Path]:
    """The chat samples that name their owner (the others need one chosen: a failure of their own)."""
    found = []
    for path in paths:
        try:
            load_export(path)
        except OwnerNeeded:
            continue
        found.append(path)
    return found


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "cohorts"


@pytest.fixture
def both(tmp_path) -> Path:
    """A folder holding two exports side by side: read as one combined ("mixed") export."""
    folder = tmp_path / "both"
    for platform in ("x", "mastodon"):
        shutil.copytree(sample_path(platform), folder / platform)
    return folder


def _leaf(summary, path: tuple[str, ...]):
    """The value at ``path``; None where a block is absent (``whole_community`` outside chat exports)."""
    for key in path:
        summary = summary.get(key) if isinstance(summary, dict) else None
    return summary


def test_every_figure_equals_the_serial_summary(root, both):
    paths = [*SAMPLES, CSV_TEMPLATE, both, *_readable_alone(CHAT_SAMPLES)]
    build_cohort([CohortInput(p) for p in paths], "equal", summarize, workers=0, keep_paths=True, root=root)
    rows = {r["path"]: r for r in read_cohort("equal", root).exports.iter_rows(named=True)}
    assert set(rows) == {str(p) for p in paths}
    for path in paths:
        export = load_export(path)
        summary = summarize(export)
        row = rows[str(path)]
        for fig in FIGURES:
            value = _leaf(summary, fig.path)
            if fig.dtype == pl.Date() and value is not None:
                value = datetime.fromisoformat(value).date()
            if fig.column == "generation" and value is not None:
                value = value.split(" (rev ")[0]
            assert row[fig.column] == value, (path.name, fig.column)
        assert row["warnings"] == len(summary["warnings"])
        assert (
            sum(row[f"warnings_{w.kind}"] for w in export.warnings) >= len(export.warnings) > 0 or not export.warnings
        )
    assert rows[str(both)]["platform"] == "mixed" and rows[str(both)]["platforms"] == "mastodon+x"
    for chat in _readable_alone(CHAT_SAMPLES):  # a chat community's figures as a whole are kept
        assert rows[str(chat)]["wc_messages"] > 0 and rows[str(chat)]["wc_openers_total"] is not None


def test_every_value_of_the_summary_is_stored_or_dropped_on_purpose(both):
    """A figure added to the summary contract fails here until the cohort stores it (or says why not)."""
    for path in [*SAMPLES, both, *_readable_alone(CHAT_SAMPLES)]:
        summary = summarize(load_export(path))
        missing = [p for p in summary_leaves(summary) if not stored_or_dropped(p)]
        assert not missing, (path.name, missing)
    assert ("owner",) in DROPPED and ("concentration", "account_ids") in DROPPED


def test_columns_are_fixed_and_named_for_statistics_packages(root):
    build_cohort([CohortInput(SAMPLES[0])], "cols", summarize, workers=0, root=root)
    exports = read_cohort("cols", root).exports
    assert exports.columns == ["export_id", "path", *FIGURE_SCHEMA]
    assert dict(exports.schema) == {"export_id": pl.String, "path": pl.String, **FIGURE_SCHEMA}
    assert all(len(c) <= 32 and c.replace("_", "").isalnum() for c in exports.columns)


def _people_identifiers(path: Path) -> set[str]:
    export = load_export(path)
    people = export.people.select("account_id", "handle", "display_name")
    found = {v for col in people.columns for v in people[col].drop_nulls().to_list()}
    found |= {v for v in export.owner.as_dict().values() if v}
    return {v for v in found if v.strip()}


def _texts(folder: Path) -> tuple[set[str], str]:
    """Every string cell and column name of the cohort's tables, and its other files as one text."""
    cells: set[str] = set()
    for table in folder.glob("*.parquet"):
        frame = pl.read_parquet(table)
        cells |= set(frame.columns)
        for col, dtype in frame.schema.items():
            if dtype == pl.String:
                cells |= set(frame[col].drop_nulls().to_list())
    files = "\n".join(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.suffix in (".json", ".md", ".csv"))
    return cells, files


def test_the_tables_hold_no_identifier_of_anyone(root, tmp_path, both):
    paths = [*SAMPLES, CSV_TEMPLATE, both, *_readable_alone(CHAT_SAMPLES)]
    identifiers = set().union(*(_people_identifiers(p) for p in paths))
    assert len(identifiers) > 300  # the samples' people, owners included
    # A failing export named after one of them: its name must not reach the failures table either.
    named = tmp_path / "exports" / "ada_bakes.zip"
    named.parent.mkdir()
    named.write_bytes(b"not a zip")
    build_cohort([CohortInput(p) for p in [*paths, named]], "private", summarize, workers=0, root=root)
    cohort = read_cohort("private", root)
    assert cohort.exports.height == len(paths) and cohort.failures.height == 1
    cells, files = _texts(root / "private")
    text = "\n".join([*cells, files]).lower()
    leaked = sorted(
        i
        for i in identifiers
        if (i in cells) or (len(i) >= 4 and i.lower() in text) or i.lower() in files.lower().split()
    )
    assert not leaked, leaked[:20]
    assert "ada_bakes" not in text and str(tmp_path) not in text


def test_exports_are_known_by_a_salted_pseudonym(root, tmp_path):
    build_cohort([CohortInput(p) for p in SAMPLES[:3]], "ids", summarize, workers=0, root=root)
    folder = root / "ids"
    salt = (folder / "salt").read_text().strip()
    assert stat.S_IMODE((folder / "salt").stat().st_mode) == 0o600
    first = read_cohort("ids", root).exports
    assert first["path"].null_count() == 3
    assert first["export_id"].to_list() == [pseudonym(p, bytes.fromhex(salt)) for p in SAMPLES[:3]]
    assert all(salt not in p.read_bytes().decode("latin-1") for p in folder.glob("*.parquet"))
    build_cohort([CohortInput(p) for p in SAMPLES[:3]], "ids", summarize, workers=0, root=root)
    assert read_cohort("ids", root).exports["export_id"].to_list() == first["export_id"].to_list()
    # One salt kept outside: the same pseudonyms in two cohorts, and no salt in either folder.
    salt_file = tmp_path / "secret" / "salt"
    for name in ("a", "b"):
        build_cohort([CohortInput(SAMPLES[0])], name, summarize, workers=0, root=root, salt_file=salt_file)
        assert not (root / name / "salt").exists()
    assert (
        read_cohort("a", root).exports["export_id"].to_list() == read_cohort("b", root).exports["export_id"].to_list()
    )
    assert read_cohort("a", root).exports["export_id"][0] != first["export_id"][0]


def test_a_rerun_summarises_only_new_and_changed_exports(root, tmp_path):
    calls: list[str] = []

    def counting(export):
        calls.append(export.platform)
        return summarize(export)

    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    first = [*SAMPLES[:5], broken]
    run = build_cohort([CohortInput(p) for p in first], "grow", counting, workers=0, root=root)
    assert (run.tally.new, run.tally.cached, run.tally.failed, len(calls)) == (6, 0, 1, 5)
    calls.clear()
    run = build_cohort([CohortInput(p) for p in [*first, *SAMPLES[5:]]], "grow", counting, workers=0, root=root)
    assert (run.tally.new, run.tally.cached, len(calls)) == (3, 6, 3)  # the failure is remembered too
    assert read_cohort("grow", root).exports.height == len(SAMPLES)
    # A changed export is summarised again: its content hash changed.
    changed = tmp_path / "x"
    shutil.copytree(sample_path("x"), changed)
    calls.clear()
    build_cohort([CohortInput(changed)], "one", counting, workers=0, root=root)
    assert calls == []  # the same bytes as the sample: cached, whatever the path
    (changed / "data" / "tweets.js").write_text(
        (changed / "data" / "tweets.js").read_text().replace("sourdough", "rye")
    )
    build_cohort([CohortInput(changed)], "one", counting, workers=0, root=root)
    assert calls == ["x"]


def test_failures_have_their_own_table_with_one_line_reasons(root, tmp_path, capsys):
    corrupt = tmp_path / "ana_lopez.zip"  # exports named after their people
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    not_export = tmp_path / "ben_holiday-photos"
    not_export.mkdir()
    (not_export / "IMG_0001.txt").write_text("a photo")
    missing = tmp_path / "gone.zip"
    inputs = [CohortInput(p) for p in (SAMPLES[0], corrupt, not_export, missing)]
    run = build_cohort(inputs, "fails", summarize, workers=0, root=root)
    assert run.tally.failed == 3
    cohort = read_cohort("fails", root)
    assert cohort.exports.height == 1
    failures = cohort.failures
    assert failures.columns == ["export_id", "path", "kind", "reason"]
    assert failures["kind"].to_list() == ["export"] * 3
    for reason in failures["reason"]:
        assert "\n" not in reason and reason.startswith("the export: ")
        assert str(tmp_path) not in reason and "ana_lopez" not in reason and "ben_holiday" not in reason
    reasons = failures["reason"].to_list()
    assert "zip" in reasons[0] and "not a supported export" in reasons[1] and "no such file" in reasons[2].lower()
    assert cohort.meta["failed_by_kind"] == {"export": 3}
    # The run tells the user (never the tables) which file failed, and why, in full.
    assert [(f.path, f.kind) for f in run.failed] == [(str(p), "export") for p in (corrupt, not_export, missing)]
    assert run.failed[0].line.startswith(f"{corrupt}: ") and "zip" in run.failed[0].line
    # With --keep-paths the path column names the file; the reason still names none.
    build_cohort(inputs, "fails", summarize, workers=0, root=root, keep_paths=True)
    kept = read_cohort("fails", root).failures
    assert kept["path"][0] == str(corrupt) and kept["reason"][0] == reasons[0]


def test_a_failure_reason_never_names_people():
    owner_needed = OwnerNeeded("general.json: whose view? most active: ada_bakes (412), ben_c (301)")
    assert failure_reason(owner_needed, "/x/p.zip") == OWNER_NEEDED_REASON
    inbox = ExportError("/x/p.zip/messages/inbox/janedoe_1234/message_1.json: truncated or invalid JSON")
    assert failure_reason(inbox, "/x/p.zip") == "a file of the export: truncated or invalid JSON"
    link = ValueError("bad value https://www.linkedin.com/in/jane-doe-1 in row 3\nsecond line")
    assert failure_reason(link, "/x/p.zip") == "ValueError: bad value a link in row 3"


# Failures seen in review: a Discord DM file, a Slack group DM folder and two Telegram accounts, each named
# after people, and a manifest's quoted path holding a line break.
_DM = "Direct Messages - Private - Kai Frost [1103984433561600009].json"
_MPDM = "mpdm-corner_cafe--sol.tate51--kai.park37-1/2099-01-01.json"
NAMED_FAILURES = [
    (
        f"/s/p02/{_DM}: not a readable DiscordChatExporter file (Input data was truncated); expected JSON with guild, "
        "channel and messages",
        "/s/p02",
        "a file of the export: not a readable DiscordChatExporter file; expected JSON with guild, channel and messages",
    ),
    (
        f"/s/p05/{_MPDM}: larger than the 73.2422 KiB limit for one file; refused (a decompression bomb or a damaged "
        "export?). If the export is genuine, raise the limit: COMMUNITY_LENS_MAX_MEMBER_BYTES=8589934592",
        "/s/p05",
        "a file of the export: larger than the 73.2422 KiB limit for one file; refused. If the export is genuine, "
        "raise the limit: COMMUNITY_LENS_MAX_MEMBER_BYTES=…",
    ),
    (
        "/s/p07: whole-account exports of different Telegram accounts (Corner Cafe (result.json), Zed Private-Person "
        "(other.json)) cannot be one dataset; read one account at a time",
        "/s/p07",
        "the export: whole-account exports of different Telegram accounts cannot be one dataset; read one account at "
        "a time",
    ),
    (
        "/s/study/p03\nx Frost: cannot be read (No such file or directory)",
        "/s/study/p03\nx Frost",
        "the export: cannot be read",
    ),
    (  # a member's name holding ": " still ends at its extension
        "/s/p02/Direct Messages - Kai: Frost [11039844].json: truncated or invalid JSON",
        "/s/p02",
        "a file of the export: truncated or invalid JSON",
    ),
    (  # values of the export in quotes, an address, ids
        "/s/p09/following_accounts.csv: row 3 is not an account address ('kai@frost.social'); unreadable date "
        '"Kai\'s day" in tweet 1234567890123 by @kaifrost',
        "/s/p09",
        "a file of the export: row 3 is not an account address; unreadable date … in tweet … by …",
    ),
]


@pytest.mark.parametrize(("message", "export", "stored"), NAMED_FAILURES)
def test_a_stored_reason_names_no_file_and_no_one(message, export, stored):
    assert failure_reason(ExportError(message), export) == stored
    # An unexpected error carrying the same text (its first line) is scrubbed the same way.
    unexpected = failure_reason(OSError(message), export)
    assert unexpected.startswith("OSError: ") and (unexpected == f"OSError: {stored}" or "\n" in message)
    for reason in (stored, unexpected):
        for name in ("Kai", "Frost", "Zed", "Corner", "sol.tate", "kai.park", "1103984433561600009", "/s/"):
            assert name not in reason
    assert failure_detail(ExportError(message), export).startswith(export.replace("\n", " "))  # the terminal's line


def _manifest(tmp_path: Path, rows: list[str]) -> Path:
    manifest = tmp_path / "study" / "manifest.csv"
    manifest.parent.mkdir(exist_ok=True)
    manifest.write_text("\n".join(["path,Group,wave", *rows]) + "\n", encoding="utf-8")
    return manifest


def test_a_manifest_gives_paths_relative_to_itself_and_labels(root, tmp_path):
    for platform in ("x", "mastodon", "bluesky", "reddit"):
        shutil.copytree(
            sample_path(platform).parent if platform == "bluesky" else sample_path(platform),
            tmp_path / "study" / platform,
        )
    manifest = _manifest(
        tmp_path,
        ["x,control,1", "mastodon,control,2", "bluesky/repo.car,treatment,1", "reddit,treatment,2", "x,again,3"],
    )
    inputs = resolve_inputs([manifest])
    assert [i.path.name for i in inputs] == ["x", "mastodon", "repo.car", "reddit"]  # x once, with its first labels
    assert inputs[0].labels == {"label_group": "control", "label_wave": "1"}
    build_cohort(inputs, "study", summarize, workers=0, root=root)
    cohort = read_cohort("study", root)
    assert cohort.exports.columns[:4] == ["export_id", "path", "label_group", "label_wave"]
    assert cohort.exports["label_group"].to_list() == ["control", "control", "treatment", "treatment"]
    assert cohort.label_columns == ["label_group", "label_wave"]
    groups = cohort.percentiles.filter(pl.col("scope") == "label_group", pl.col("figure") == "posts_total")
    assert sorted(groups["group"].to_list()) == ["control", "treatment"]
    assert groups["n"].to_list() == [2, 2]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"file,group\np03,a\n", "'file', 'group'; a manifest needs a path column"),
        (b"Path;group\np03;a\n", "'Path;group' separated by ';'; a manifest needs a path column"),
        (b"path,group\np03,\xff\xfe\n", "not UTF-8 text (byte 15)"),
        (b"\xef\xbb\xbfPATH ,Group,group , GROUP\r\np03,a,b,c\r\n", "'Group', 'group ', ' GROUP' differ only by case"),
        (b"path,study wave,Study_Wave\np03,1,2\n", "differ only by case, spaces or punctuation"),
        (b"path,group\np03,a,extra\n", "line 2 has more cells than the header's 2"),
    ],
)
def test_a_manifest_that_cannot_be_read_is_refused_in_one_line(tmp_path, monkeypatch, capsys, content, expected):
    manifest = tmp_path / "study" / "manifest.csv"
    manifest.parent.mkdir()
    manifest.write_bytes(content)
    with pytest.raises(ExportError, match=r"manifest|UTF-8|columns|cells") as refused:
        resolve_inputs([manifest])
    assert expected in str(refused.value) and "\n" not in str(refused.value)
    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(tmp_path / "cohorts"))
    assert main(["cohort", str(manifest), "--name", "m", "--workers", "0"]) == 2  # never "0 summarised"
    err = capsys.readouterr().err
    assert expected in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "cohorts" / "m").exists()


def test_a_manifest_path_column_in_any_case_and_a_quoted_line_break(root, tmp_path):
    shutil.copytree(sample_path("x"), tmp_path / "study" / "p01")
    manifest = tmp_path / "study" / "manifest.csv"
    manifest.write_text(' PATH ,Group\np01,a\n"p03\nKai Frost",b\n', encoding="utf-8")
    inputs = resolve_inputs([manifest])
    assert [(i.path.name, i.labels) for i in inputs] == [
        ("p01", {"label_group": "a"}),
        ("p03\nKai Frost", {"label_group": "b"}),
    ]
    run = build_cohort(inputs, "nl", summarize, workers=0, root=root)
    failures = read_cohort("nl", root).failures
    assert failures["reason"].to_list() == ["the export: no such file or folder"]
    assert run.failed[0].line.startswith(str(tmp_path / "study" / "p03"))  # the terminal's line names it
    assert resolve_inputs([CSV_TEMPLATE / "posts.csv"])[0].path == CSV_TEMPLATE / "posts.csv"  # an export, read


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_path_that_is_no_file_or_folder_fails_unopened(root, tmp_path, monkeypatch):
    """A FIFO, a device, a socket or a link fails before anything opens it (hashing its content for the
    cache key would wait on a FIFO for ever), whatever the dataset store's cache key does."""
    import socket

    from helpers.cohort import engine

    fifo = tmp_path / "fifo_export.zip"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(sample_path("x"))
    sock = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(sock))
        paths = [fifo, link, sock, *([Path("/dev/zero")] if Path("/dev/zero").exists() else [])]

        def never(*args, **kwargs):
            raise AssertionError("hashed a path that is no file or folder")

        monkeypatch.setattr(engine, "export_key", never)
        assert all(engine.export_size(p) == 0 for p in paths)
        run = build_cohort([CohortInput(p) for p in paths], "odd", summarize, workers=0, root=root)
    reasons = read_cohort("odd", root).failures["reason"].to_list()
    assert reasons[:3] == [
        "the export: a FIFO, not an export; refused unopened",
        "the export: a symbolic link; give the file or folder it points to",
        "the export: a socket, not an export; refused unopened",
    ]
    assert reasons[3:] in ([], ["the export: a character device, not an export; refused unopened"])
    assert {f.kind for f in run.failed} == {"export"} and "FIFO (named pipe)" in run.failed[0].line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_command_refuses_a_fifo_and_a_device_without_hanging(tmp_path):
    import subprocess
    import sys

    fifo = tmp_path / "fifo_export.zip"
    os.mkfifo(fifo)
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"path\n{fifo}\n/dev/zero\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "helpers.cli", "cohort", str(manifest), "--name", "f", "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COMMUNITY_LENS_COHORTS": str(tmp_path / "cohorts")},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"[export] {fifo}: a FIFO (named pipe)" in result.stdout
    assert "[export] /dev/zero: a character device" in result.stdout


def test_a_rust_panic_is_one_exports_failure(root):
    """pyo3's PanicException is a BaseException: caught per export, it never stops a serial cohort."""
    from polars.exceptions import PanicException

    def panicking(export):
        if export.platform == "mastodon":
            raise PanicException("`DateTime + TimeDelta` overflowed\nat src/lib.rs:12")
        return summarize(export)

    inputs = [CohortInput(sample_path(p)) for p in ("x", "mastodon", "bluesky")]
    run = build_cohort(inputs, "panic", panicking, workers=0, root=root)
    cohort = read_cohort("panic", root)
    assert cohort.exports.height == 2 and run.tally.failed == 1
    assert cohort.failures.select("kind", "reason").rows() == [("error", "PanicException: … overflowed")]
    rerun = build_cohort(inputs, "panic", summarize, workers=0, root=root)  # not cached: tried again
    assert rerun.tally.failed == 0 and rerun.tally.new == 1

    def interrupted(export):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):  # an interrupt still stops the cohort
        build_cohort([CohortInput(sample_path("reddit"))], "stop", interrupted, workers=0, root=root)


def test_paths_globs_and_folders_of_exports(tmp_path):
    folder = tmp_path / "exports"
    for platform in ("x", "mastodon"):
        shutil.copytree(sample_path(platform), folder / platform)
    (folder / "broken.zip").write_bytes(b"nothing")
    (folder / "notes.txt").write_text("not an archive: not taken")
    (folder / ".hidden").mkdir()
    assert [i.path.name for i in resolve_inputs([folder])] == ["broken.zip", "mastodon", "x"]
    assert [i.path.name for i in resolve_inputs([folder / "x"])] == ["x"]  # an export folder is one export
    assert [i.path.name for i in resolve_inputs([str(folder / "*")])] == ["broken.zip", "mastodon", "notes.txt", "x"]
    assert [i.path for i in resolve_inputs([SAMPLE_DIR])] == [p.absolute() for p in sorted(SAMPLE_DIR.iterdir())]
    with pytest.raises(ExportError, match="no file or folder matches"):
        resolve_inputs([str(tmp_path / "none-*.zip")])
    assert resolve_inputs([CSV_TEMPLATE / "posts.csv"])[0].labels == {}  # a CSV export is no manifest


def test_percentiles_of_a_small_literal_frame():
    frame = pl.DataFrame(
        {
            "group": ["a", "a", "a", "b", "b"],
            "posts_total": [10, 20, 30, 40, None],
            "conversation_share": [0.0, 0.5, 1.0, 0.25, 0.75],
        }
    )
    got = cohort_percentiles(frame, ["posts_total", "conversation_share"], ["group"])
    expected = pl.DataFrame(
        {
            "scope": ["all", "all", "group", "group", "group", "group"],
            "group": ["all", "all", "a", "a", "b", "b"],
            "figure": ["posts_total", "conversation_share"] * 3,
            "n": [4, 5, 3, 3, 1, 2],
            "missing": [1, 0, 0, 0, 1, 0],
            "mean": [25.0, 0.5, 20.0, 0.5, 40.0, 0.5],
            "p05": [11.5, 0.05, 11.0, 0.05, 40.0, 0.275],
            "p10": [13.0, 0.1, 12.0, 0.1, 40.0, 0.3],
            "p25": [17.5, 0.25, 15.0, 0.25, 40.0, 0.375],
            "p50": [25.0, 0.5, 20.0, 0.5, 40.0, 0.5],
            "p75": [32.5, 0.75, 25.0, 0.75, 40.0, 0.625],
            "p90": [37.0, 0.9, 28.0, 0.9, 40.0, 0.7],
            "p95": [38.5, 0.95, 29.0, 0.95, 40.0, 0.725],
        },
        schema_overrides={"n": pl.UInt32, "missing": pl.UInt32},
    )
    assert_frame_equal(got, expected, check_exact=False, abs_tol=1e-9)


def test_where_one_account_sits():
    frame = pl.DataFrame({"posts_total": [1, 2, 2, 4, None], "conversation_share": [0.1, 0.2, 0.3, 0.4, 0.5]})
    got = percentile_ranks(frame, {"posts_total": 2, "conversation_share": 0.9, "community_size": 3})
    expected = pl.DataFrame(
        {
            "figure": ["posts_total", "conversation_share", "community_size"],
            "value": [2.0, 0.9, 3.0],
            "n": [4, 5, 0],
            "percentile": [50.0, 100.0, None],  # 1 below + half of 2 equal, of 4; above all 5; not in the cohort
        }
    )
    assert_frame_equal(got, expected)


def test_progress_says_counts_rate_and_time_left(root):
    seen = []
    build_cohort([CohortInput(p) for p in SAMPLES[:3]], "bar", summarize, workers=0, root=root, on_progress=seen.append)
    assert seen[-1].done == seen[-1].total == 3
    line = progress_line(seen[-1], 2.0)
    assert line.startswith("3/3 exports (new 3, from cache 0, failed 0), 1.5 exports/s")


def test_the_cohort_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(tmp_path / "cohorts"))
    assert main(["cohort", *map(str, SAMPLES), "--name", "cli", "--workers", "0"]) == 0
    out = capsys.readouterr()
    assert f"{len(SAMPLES)} given, {len(SAMPLES)} summarised (new {len(SAMPLES)}, from the cache 0)" in out.out
    assert f"{len(SAMPLES)}/{len(SAMPLES)} exports" in out.err  # a log (no terminal) gets progress lines
    assert list_cohorts(tmp_path / "cohorts") == ["cli"]
    meta = json.loads((tmp_path / "cohorts" / "cli" / "meta.json").read_text())
    assert meta["exports_summarised"] == len(SAMPLES) and meta["engine"]["kind"] == "serial"
    assert "HMAC-SHA256" in (tmp_path / "cohorts" / "cli" / "methods.md").read_text()
    # A chat export without its owner: the terminal says which one and why, in full; the table names no one.
    chat = next(p for p in CHAT_SAMPLES if p not in _readable_alone(CHAT_SAMPLES))
    assert main(["cohort", str(SAMPLES[0]), str(chat), "--name", "cli", "--workers", "0"]) == 0
    out = capsys.readouterr().out
    assert "failed:   1 (owner needed 1)" in out
    assert f"  [owner needed] {chat}: " in out and "--owner" in out
    stored = read_cohort("cli", tmp_path / "cohorts").failures["reason"].to_list()
    assert stored == [OWNER_NEEDED_REASON] and str(chat) not in out.split("Exports not summarised")[0]
    help_text = " ".join(parser_help("cohort").split())
    assert "instead of in the cohort's folder, where it is by default (data/cohorts/NAME/salt" in help_text
    for argv, expected in (
        (["cohort", str(SAMPLE_DIR), "--name", "../up"], "not a usable dataset name"),
        (["cohort", str(tmp_path / "nothing-*.zip"), "--name", "g"], "no file or folder matches"),
        (["cohort", str(SAMPLE_DIR), "--name", "m", "--memory-limit", "lots"], "--memory-limit"),
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert expected in err and len(err.strip().splitlines()) == 1, err


def parser_help(command: str) -> str:
    from helpers.cli import parser

    sub = next(a for a in parser()._actions if a.dest == "command")
    return sub.choices[command].format_help()


def test_the_codebook_and_dates_to_the_day(root):
    build_cohort([CohortInput(sample_path("x"))], "book", summarize, workers=0, root=root)
    book = pl.read_csv(root / "book" / "codebook.csv")
    assert book["column"].to_list() == list(FIGURE_SCHEMA)
    row = read_cohort("book", root).exports.row(0, named=True)
    assert isinstance(row["period_first_post"], date) and not isinstance(row["period_first_post"], datetime)
    flat = flatten_summary(summarize(load_export(sample_path("x"))))
    assert flat["period_first_post"] == row["period_first_post"]


def test_the_cohort_page_draws_every_section(root, tmp_path, monkeypatch, processed_root):
    from helpers.present import cohort_views as cv
    from helpers.store import build_dataset

    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(root))
    for platform in ("x", "mastodon", "bluesky", "reddit"):
        src = sample_path(platform)
        shutil.copytree(src.parent if platform == "bluesky" else src, tmp_path / "study" / platform)
    manifest = _manifest(tmp_path, ["x,control,1", "mastodon,control,2", "bluesky/repo.car,treatment,1", "reddit,b,2"])
    build_cohort(resolve_inputs([manifest]), "study", summarize, workers=0, root=root)
    build_dataset([sample_path("x")], "cafe", derive_views=None)
    page = cv.cohort_page("study", dataset="cafe")
    assert page.notices == [] and page.group_by == "label_group" and page.summary is not None
    items = [*page.header(), *page.distributions(), *page.groups(), *page.position(), *page.failures()]
    charts = [item.to_dict() for item in items if not isinstance(item, str)]  # each a valid Vega-Lite spec
    assert len(charts) == 4 + 4 + 1
    titles = [c["title"]["text"] for c in charts]
    assert titles[0].startswith("Half of the 4 exports have a conversation share of at most")
    assert "The control group" not in titles and any("group has the highest median" in t for t in titles)
    # Bars standing on the axis (pre-binned), counts in whole ticks, counts without decimals.
    bars = next(layer for layer in charts[0]["layer"] if layer["mark"]["type"] == "bar")
    assert bars["encoding"]["x"]["bin"] == "binned" and bars["encoding"]["x2"]["field"] == "bin_end"
    assert bars["encoding"]["y"]["axis"]["values"] == [0, 1, 2]  # one export per bin: 0 1 2, not 0 1 1
    assert not any(re.search(r"\(\d[\d,]*\.0\)", t) for t in titles), titles
    header = "".join(page.header())
    assert re.search(r"on \d{1,2} [A-Z][a-z]+ \d{4}\.", header) and "+00:00" not in header
    assert "Bluesky 1" in header and "X (Twitter) 1" in header
    position = cv.account_position(page.cohort, page.summary)
    assert position.filter(pl.col("figure") == "posts_total")["n"][0] == 4
    # A name that is not a cohort is never echoed into the page; an unknown label falls back, said so.
    missing = cv.cohort_page("<script>alert(1)</script>")
    assert missing.cohort is None and "<script>" not in "".join(missing.header())
    assert "study" in "".join(missing.header())
    fallback = cv.cohort_page("study", group_by="label_nope")
    assert fallback.group_by == "label_group" and "no such label" in "".join(fallback.header())


def test_the_cohort_page_says_platforms_and_figures_as_people_do(root, monkeypatch):
    from helpers.charts.cohort import symlog_ticks
    from helpers.present import cohort_views as cv

    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(root))
    build_cohort(resolve_inputs([sample_path(p) for p in ("x", "mastodon", "reddit")]), "plat", summarize, workers=0)
    page = cv.cohort_page("plat", group_by="platforms")
    items = page.groups()
    assert items[0] == "<h3>By platform</h3>"
    specs = [item.to_dict() for item in items[1:]]
    groups = {v["group"] for spec in specs for v in spec["datasets"].values() for v in v}
    assert groups == {"X (Twitter)", "Mastodon", "Reddit"}
    titles = [spec["title"]["text"] for spec in specs]
    assert titles[3].startswith("Conversations others opened that were answered within 3 days")
    assert "72 hours" not in " ".join(titles) and "Openers" not in " ".join(titles)
    counts = specs[1]["layer"][0]["encoding"]["x"]["axis"]
    assert counts == {"format": ",d", "tickMinStep": 1}  # community members: whole ticks, no "24.0"
    scatter = page.distributions()[1].to_dict()
    x = next(layer["encoding"]["x"] for layer in scatter["layer"] if layer["mark"]["type"] == "circle")
    assert x["axis"]["values"] == symlog_ticks(x["scale"]["domain"][1]) and x["axis"]["format"] == ",d"
    assert "Conversations others opened that were answered within 3 days" in cv.figure_label("listening_answer_rate")
    assert cv.platforms_label("mastodon+x") == "Mastodon + X (Twitter)"


@pytest.mark.slow
def test_the_cohort_notebook_runs_on_a_cohort(root, tmp_path, monkeypatch):
    import papermill

    from helpers.paths import NOTEBOOKS_DIR

    build_cohort([CohortInput(p) for p in SAMPLES], "nb", summarize, workers=0, root=root)
    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(root))
    out = tmp_path / "05.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / "05-cohort.ipynb"),
        str(out),
        parameters={"cohort": "nb", "export_path": str(sample_path("mastodon")), "group_by": "platforms"},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    text = json.dumps([c.get("outputs", []) for c in json.loads(out.read_text())["cells"]])
    assert '"output_type": "error"' not in text
    assert "Cohort nb" in text and "The median export converses in" in text and "This account is above" in text


def test_distributions_of_small_literal_frames():
    from helpers.cohort.distributions import community_size_bands, members_and_followers, share_histogram, size_band

    sizes = pl.DataFrame({"community_size": [0, 1, 5, 6, 15, 16, 150, 151, None]})
    assert_frame_equal(
        community_size_bands(sizes),
        pl.DataFrame(
            {
                "band": ["none", "1-5", "6-15", "16-50", "51-150", "over 150"],
                "upper": [0, 5, 15, 50, 150, None],
                "exports": [1, 2, 2, 1, 1, 1],
            }
        ),
    )
    assert [size_band(s) for s in (0, 5, 6, 150, 151, None)] == ["none", "1-5", "6-15", "51-150", "over 150", None]
    shares = share_histogram(pl.DataFrame({"s": [0.0, 0.24, 0.25, 1.0, None]}), "s", width=0.25)
    assert_frame_equal(
        shares,
        pl.DataFrame({"bin_start": [0.0, 0.25, 0.5, 0.75], "bin_end": [0.25, 0.5, 0.75, 1.0], "exports": [2, 1, 0, 1]}),
    )
    points = members_and_followers(
        pl.DataFrame(
            {
                "export_id": ["a", "b", "c"],
                "platforms": ["x", "x", "mastodon"],
                "people_followers": [200, 0, None],
                "community_size": [20, 3, 5],
            }
        )
    )
    assert points["per_100"].to_list() == [10.0, None]  # no followers: no ratio; no follower list: not drawn


def test_the_dashboard_picks_a_cohort_like_a_dataset(tmp_path, monkeypatch):
    """?cohort=NAME shows the cohort (charts, no raw rows); a name that does not exist is never echoed."""
    from IPython.display import HTML

    from helpers.cohort.build import build_cohort
    from helpers.cohort.inputs import resolve_inputs
    from helpers.present import dashboard
    from helpers.present.summary import summarize
    from helpers.synthetic.samples import sample_path

    monkeypatch.setenv("COMMUNITY_LENS_COHORTS", str(tmp_path / "cohorts"))
    build_cohort(resolve_inputs([sample_path("x"), sample_path("mastodon")]), "pair", summarize, workers=0)
    monkeypatch.setenv("QUERY_STRING", "cohort=pair")
    page = dashboard.dashboard_page()
    shown = page.header()
    assert any(not isinstance(item, str) and hasattr(item, "to_dict") for item in shown), "no cohort chart"
    html = "".join(item.data for item in shown if isinstance(item, HTML))
    assert 'name="cohort"' in html and "pair" in html
    monkeypatch.setenv("QUERY_STRING", "cohort=%3Cscript%3Ealert(1)%3C/script%3E")
    page = dashboard.dashboard_page()
    text = "".join(item.data for item in page.header() if isinstance(item, HTML))
    assert "<script>alert" not in text and "No cohort by the name in the link" in text
