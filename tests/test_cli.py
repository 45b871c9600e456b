"""The command line: the summary contract, and bad input answered in one line with exit code 2."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers.cli import main
from helpers.model import COVERAGE_SIGNALS, KINDS, MODES, TIERS
from helpers.paths import SAMPLE_X_EXPORT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers.cli", *args], capture_output=True, text=True, timeout=120, check=False
    )


def tree_digest(path: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(path.rglob("*")):
        h.update(p.relative_to(path).as_posix().encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def test_summary_json_contract(sample_x, capsys):
    assert main(["summary", str(sample_x), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert list(s)[:8] == [
        "platform",
        "owner",
        "posts",
        "conversation_share",
        "people",
        "tiers",
        "coverage",
        "community",
    ]
    assert s["platform"] == "x"
    assert set(s["owner"]) == {"account_id", "handle", "display_name"}
    assert list(s["posts"]["kind"]) == list(KINDS) and list(s["posts"]["mode"]) == list(MODES)
    assert s["posts"]["total"] == sum(s["posts"]["kind"].values()) == sum(s["posts"]["mode"].values())
    assert list(s["tiers"]) == list(TIERS)
    assert list(s["coverage"]) == list(COVERAGE_SIGNALS)
    assert set(s["people"]) == {"followers", "following", "mutuals"}
    assert isinstance(s["conversation_share"], float)


def test_summary_text_is_readable(sample_x, capsys):
    assert main(["summary", str(sample_x)]) == 0
    out = capsys.readouterr().out
    assert "@corner_cafe" in out and "you converse in" in out and "Tiers: core 7, member 17" in out


def test_null_not_zero_when_a_list_is_missing(sample_x, tmp_path, capsys):
    copy = shutil.copytree(sample_x, tmp_path / "x")
    (copy / "data" / "follower.js").unlink()
    assert main(["summary", str(copy), "--json"]) == 0
    captured = capsys.readouterr()
    s = json.loads(captured.out)
    assert s["people"]["followers"] is None and s["people"]["mutuals"] is None
    assert s["people"]["following"] > 0
    assert s["coverage"]["followers"] is False
    assert "data/follower.js: listed in data/manifest.js but missing" in captured.err
    assert main(["summary", str(copy), "--strict"]) == 2
    assert "follower.js" in capsys.readouterr().err


def bad_inputs(tmp: Path, sample: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "notx").mkdir()
    (tmp / "notx" / "notes.txt").write_text("hello")
    zipfile.ZipFile(tmp / "empty.zip", "w").close()
    (tmp / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    trunc = shutil.copytree(sample, tmp / "trunc")
    (trunc / "data" / "tweets.js").write_bytes((sample / "data" / "tweets.js").read_bytes()[:5000])
    badfollow = shutil.copytree(sample, tmp / "badfollow")
    (badfollow / "data" / "follower.js").write_text("window.YTD.follower.part0 = [ {")
    notjs = shutil.copytree(sample, tmp / "notjs")
    (notjs / "data" / "tweets.js").write_text("<html>")
    return {
        "not an archive": (tmp / "notx", "not a supported export"),
        "empty zip": (tmp / "empty.zip", "empty zip"),
        "corrupt zip": (tmp / "broken.zip", "corrupt or not a zip"),
        "truncated tweets.js": (trunc, "data/tweets.js: truncated or invalid"),
        "corrupt follower.js": (badfollow, "data/follower.js: truncated or invalid"),
        "not X's JavaScript": (notjs, "data/tweets.js: not an X archive data file"),
        "no such path": (tmp / "nope", "no such file or folder"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "not an archive",
        "empty zip",
        "corrupt zip",
        "truncated tweets.js",
        "corrupt follower.js",
        "not X's JavaScript",
        "no such path",
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(case, sample_x, tmp_path):
    path, expected = bad_inputs(tmp_path, sample_x)[case]
    before = tree_digest(tmp_path)
    result = run("summary", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0] and str(path.name) in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert tree_digest(tmp_path) == before


def test_build_writes_a_dataset(sample_x, processed_root, capsys):
    assert main(["build", str(sample_x), "--name", "cafe"]) == 0
    assert (processed_root / "cafe" / "posts.parquet").exists()
    assert main(["build", str(sample_x), "--name", "../escape"]) == 2
    assert "not a usable dataset name" in capsys.readouterr().err


@pytest.mark.parametrize(
    "platform", ["x", "mastodon", "bluesky", "threads", "instagram", "facebook", "linkedin", "reddit"]
)
def test_strict_passes_on_every_bundled_sample(platform, capsys):
    from helpers.synthetic.samples import sample_path

    assert main(["summary", str(sample_path(platform)), "--strict"]) == 0


def test_strict_fails_on_the_kind_of_warning_not_its_words(tmp_path, capsys):
    """A missing listed file fails --strict (the threads sample, whose partial warning says 'missing', passes above)."""
    folder = tmp_path / "x"
    shutil.copytree(SAMPLE_X_EXPORT, folder)
    (folder / "data" / "follower.js").unlink()
    assert main(["summary", str(folder)]) == 0
    assert main(["summary", str(folder), "--strict"]) == 2
    err = capsys.readouterr().err
    assert "--strict: missing file" in err and err.count("error:") == 1
