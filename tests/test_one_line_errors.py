"""Hostile and damaged exports, and a hostile machine: every failure is one line on stderr and exit code 2,
a traceback only with ``--debug``, and no control character from an export reaches the terminal raw.

Each case starts from a good export (the bundled samples, or a minimal Bluesky repository built here) and
corrupts one file, then runs the real command in a subprocess.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import libipld
import pytest

from helpers.paths import SAMPLE_X_EXPORT
from helpers.synthetic.bluesky_car import cid_for, varint

SAMPLES = SAMPLE_X_EXPORT.parent
ERROR = "community-lens: error:"
# What must never reach a terminal raw: C0 controls but tab and newline, DEL, C1 controls, bidi overrides.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
DEEP = 200_000  # far beyond the interpreter's recursion limit


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=None if env is None else {**os.environ, **env},
    )


def assert_one_line(proc: subprocess.CompletedProcess, *expected: str) -> str:
    """Exit 2, stderr exactly one line, the error line, no traceback, no raw control character; return it."""
    lines = proc.stderr.splitlines()
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert len(lines) == 1 and lines[0].startswith(ERROR), proc.stderr[-2000:]
    assert not RAW_CONTROL.search(proc.stderr + proc.stdout)
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def replace(path: Path, old: bytes, new: bytes, count: int = 1) -> None:
    raw = path.read_bytes()
    assert old in raw, (path, old)
    path.write_bytes(raw.replace(old, new, count))


# --- X: each corrupts one file of a copy of the bundled sample --------------------------------------------


def x_deep_tweets(d: Path) -> None:
    (d / "tweets.js").write_bytes(b"window.YTD.tweets.part0 = [" + b'{"tweet":' * DEEP + b"1" + b"}" * DEEP + b"]")


def x_deep_manifest(d: Path) -> None:
    (d / "manifest.js").write_bytes(b"window.__THAR_CONFIG = " + b'{"a":' * DEEP + b"1" + b"}" * DEEP)


def x_deep_follower(d: Path) -> None:
    (d / "follower.js").write_bytes(b"window.YTD.follower.part0 = " + b"[" * DEEP + b"]" * DEEP)


def x_invalid_utf8(d: Path) -> None:
    replace(d / "tweets.js", b'"full_text" : "', b'"full_text" : "\xff\xfe\xc3')


def x_invalid_utf8_messages(d: Path) -> None:
    replace(d / "direct-messages.js", b'"senderId" : "', b'"senderId" : "\xc3\x28')


def x_year_zero(d: Path) -> None:
    replace(d / "tweets.js", b' 2025"', b' 0000"')


def x_timestamp_1e20(d: Path) -> None:
    replace(d / "tweets.js", b'"created_at" : "', b'"created_at" : "100000000000000000000", "was" : "')


def x_count_1e20(d: Path) -> None:
    replace(d / "tweets.js", b'"favorite_count" : "', b'"favorite_count" : 1e20, "was" : "')


def x_manifest_count_word(d: Path) -> None:
    replace(d / "manifest.js", b'"count" : "397"', b'"count" : "many"')


def x_manifest_count_float(d: Path) -> None:
    replace(d / "manifest.js", b'"count" : "397"', b'"count" : "1e20"')


def x_manifest_count_negative(d: Path) -> None:
    replace(d / "manifest.js", b'"count" : "397"', b'"count" : "-3"')


X_CASES: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "deeply nested tweets.js": (x_deep_tweets, ("data/tweets.js", "nested too deeply")),
    "deeply nested manifest.js": (x_deep_manifest, ("data/manifest.js", "nested too deeply")),
    "deeply nested follower.js": (x_deep_follower, ("data/follower.js",)),
    "invalid UTF-8 in tweets.js": (x_invalid_utf8, ("data/tweets.js", "invalid UTF-8")),
    "invalid UTF-8 in direct-messages.js": (x_invalid_utf8_messages, ("data/direct-messages.js", "invalid UTF-8")),
    "year 0000 in created_at": (x_year_zero, ("data/tweets.js", "unreadable date", "0000")),
    "timestamp 1e20 as created_at": (x_timestamp_1e20, ("data/tweets.js", "unreadable date")),
    "favorite_count 1e20": (x_count_1e20, ("data/tweets.js", "favorite_count")),
    "manifest count not a number": (x_manifest_count_word, ("data/manifest.js", "'many'", "whole number")),
    "manifest count 1e20": (x_manifest_count_float, ("data/manifest.js", "'1e20'")),
    "manifest count negative": (x_manifest_count_negative, ("data/manifest.js", "'-3'")),
}


@pytest.mark.parametrize("case", list(X_CASES))
def test_hostile_x_archive_is_one_line(tmp_path, case):
    corrupt, expected = X_CASES[case]
    copy = shutil.copytree(SAMPLE_X_EXPORT, tmp_path / "x")
    corrupt(copy / "data")
    assert_one_line(cli("summary", str(copy)), str(copy), *expected)


# --- Mastodon --------------------------------------------------------------------------------------------


def test_mastodon_outbox_with_a_bom_is_read(tmp_path):
    copy = shutil.copytree(SAMPLES / "mastodon", tmp_path / "m")
    plain = cli("summary", str(SAMPLES / "mastodon"), "--json")
    outbox = copy / "outbox.json"
    outbox.write_bytes(b"\xef\xbb\xbf" + outbox.read_bytes())
    proc = cli("summary", str(copy), "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.replace(str(copy.resolve()), "SOURCE") == plain.stdout.replace(
        str((SAMPLES / "mastodon").resolve()), "SOURCE"
    )


def m_year_zero(d: Path) -> None:
    outbox = d / "outbox.json"
    outbox.write_text(re.sub(r'"published":"\d{4}', '"published":"0000', outbox.read_text()))


def m_invalid_utf8(d: Path) -> None:
    replace(d / "outbox.json", b'"content":"', b'"content":"\xff\xfe')


def m_deep(d: Path) -> None:
    (d / "outbox.json").write_bytes(b'{"orderedItems":[{"object":' + b'{"a":' * DEEP + b"1" + b"}" * DEEP + b"}]}")


M_CASES: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "year 0000 in published": (m_year_zero, ("outbox.json", "unreadable date", "0000-")),
    "invalid UTF-8 in outbox.json": (m_invalid_utf8, ("outbox.json", "invalid UTF-8")),
    "deeply nested outbox.json": (m_deep, ("outbox.json",)),
}


@pytest.mark.parametrize("case", list(M_CASES))
def test_hostile_mastodon_archive_is_one_line(tmp_path, case):
    corrupt, expected = M_CASES[case]
    copy = shutil.copytree(SAMPLES / "mastodon", tmp_path / "m")
    corrupt(copy)
    assert_one_line(cli("summary", str(copy)), str(copy), *expected)


# --- Bluesky: a minimal repository with one post, one field made the wrong type ---------------------------

DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
KEY = b"app.bsky.feed.post/3kabcdefghijk"


def car_file(
    path: Path,
    *,
    header: dict | None = None,
    commit: dict | None = None,
    node: dict | None = None,
    entry: dict | None = None,
    record: dict | None = None,
) -> Path:
    """A CAR v1 of a one-post repository, each part overridable with values of the wrong type."""
    post = {
        "$type": "app.bsky.feed.post",
        "text": "hello @alice.example.com",
        "createdAt": "2024-05-01T10:00:00.000Z",
        "facets": [
            {
                "index": {"byteStart": 6, "byteEnd": 24},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:alice"}],
            }
        ],
        **(record or {}),
    }
    post_block = libipld.encode_dag_cbor(post)
    post_cid = cid_for(post_block)
    node_block = libipld.encode_dag_cbor(
        {"e": [{"p": 0, "k": KEY, "v": post_cid, "t": None, **(entry or {})}], "l": None, **(node or {})}
    )
    node_cid = cid_for(node_block)
    commit_block = libipld.encode_dag_cbor(
        {"did": DID, "version": 3, "data": node_cid, "rev": "3kabcdefghijk", "prev": None, "sig": b"0" * 64}
        | (commit or {})
    )
    commit_cid = cid_for(commit_block)
    head = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid], **(header or {})})
    frames = b"".join(
        varint(len(cid) + len(block)) + cid + block
        for cid, block in ((commit_cid, commit_block), (node_cid, node_block), (post_cid, post_block))
    )
    path.write_bytes(varint(len(head)) + head + frames)
    return path


def test_minimal_repository_reads(tmp_path):
    proc = cli("summary", str(car_file(tmp_path / "repo.car")), "--json")
    assert proc.returncode == 0, proc.stderr
    assert '"platform": "bluesky"' in proc.stdout


B_CASES: dict[str, dict] = {
    "roots not a list": {"header": {"roots": 5}},
    "roots a map": {"header": {"roots": {"a": b"x"}}},
    "root a map, not a CID": {"header": {"roots": [{"a": 1}]}},
    "root a list, not a CID": {"header": {"roots": [[1, 2]]}},
    "version not a number": {"commit": {"version": "three"}},
    "version a map": {"commit": {"version": {"n": 3}}},
    "version a float": {"commit": {"version": 1e20}},
    "data a map": {"commit": {"data": {"a": 1}}},
    "left subtree a map": {"node": {"l": {"a": 1}}},
    "left subtree a list": {"node": {"l": [1, 2]}},
    "entries not a list": {"node": {"e": {"a": 1}}},
    "record link a list": {"entry": {"v": [1, 2]}},
    "record link a map": {"entry": {"v": {"a": 1}}},
    "subtree a map": {"entry": {"t": {"a": 1}}},
    "key suffix a string": {"entry": {"k": "app.bsky.feed.post/x"}},
    "prefix length a string": {"entry": {"p": "0"}},
}


@pytest.mark.parametrize("case", list(B_CASES))
def test_hostile_bluesky_repository_is_one_line(tmp_path, case):
    car = car_file(tmp_path / "repo.car", **B_CASES[case])
    assert_one_line(cli("summary", str(car)), str(car), "expected a Bluesky repository CAR")


@pytest.mark.parametrize(
    "record",
    [
        {"facets": [{"index": {"byteStart": 0, "byteEnd": 5}, "features": [{"$type": None, "did": "did:plc:x"}]}]},
        {"facets": [{"index": None, "features": [{"$type": 7}]}]},
        {"facets": {"a": 1}, "createdAt": "0000-01-01T00:00:00Z"},
        {"createdAt": 100000000000000000000 // 10**6, "text": ["not", "text"]},
    ],
    ids=["$type null", "$type a number", "facets a map, year 0000", "createdAt a number"],
)
def test_odd_bluesky_records_are_read_not_crashed_on(tmp_path, record):
    """Odd values inside a record are the record's problem, not the reader's: it is read, or skipped."""
    proc = cli("summary", str(car_file(tmp_path / "repo.car", record=record)), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


# --- control characters -----------------------------------------------------------------------------------


def test_control_characters_in_an_export_never_reach_the_terminal(tmp_path):
    copy = shutil.copytree(SAMPLE_X_EXPORT, tmp_path / "x")
    data = copy / "data"
    # The owner's handle and name (shown in the summary), mentioned handles, and a file name in a warning.
    replace(data / "manifest.js", b'"userName" : "corner_cafe"', b'"userName" : "corner\\u001b[31m_cafe\\u0007\\u009b"')
    replace(data / "manifest.js", b'"displayName" : "', b'"displayName" : "\\u202eevil\\u001b]0;title\\u0007')
    replace(data / "tweets.js", b'"screen_name" : "', b'"screen_name" : "\\u001b[2J', 50)
    replace(data / "manifest.js", b'"fileName" : "data/follower.js"', b'"fileName" : "data/follower\\u001b[5m.js"')
    (data / "follower.js").unlink()
    for args in (["summary", str(copy)], ["summary", str(copy), "--json"]):
        proc = cli(*args)
        assert proc.returncode == 0, proc.stderr
        assert "corner[31m_cafe" in proc.stdout or "corner\\u001b[31m_cafe" in proc.stdout
        assert "follower[5m.js" in proc.stderr  # the warning is there, without its escape
        assert not RAW_CONTROL.search(proc.stdout), [c for c in proc.stdout if RAW_CONTROL.match(c)]
        assert not RAW_CONTROL.search(proc.stderr), [c for c in proc.stderr if RAW_CONTROL.match(c)]
    strict = cli("summary", str(copy), "--strict")
    assert_one_line(strict, "follower[5m.js")


def test_control_characters_in_a_path_never_reach_the_terminal(tmp_path):
    bad = tmp_path / "bad\x1b[31mname\x07"
    bad.mkdir()
    (bad / "notes.txt").write_text("hello")
    line = assert_one_line(cli("summary", str(bad)))
    assert "bad[31mname" in line


# --- --debug, and the machine failing ---------------------------------------------------------------------


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(tmp_path, where):
    copy = shutil.copytree(SAMPLE_X_EXPORT, tmp_path / "x")
    x_deep_tweets(copy / "data")
    args = ["--debug", "summary", str(copy)] if where == "before" else ["summary", str(copy), "--debug"]
    proc = cli(*args)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "ExportError" in proc.stderr


def test_debug_shows_the_traceback_of_an_unexpected_failure(tmp_path):
    # A processed folder under a regular file: the build fails with NotADirectoryError.
    (tmp_path / "file.txt").write_text("not a folder")
    env = {"COMMUNITY_LENS_PROCESSED": str(tmp_path / "file.txt" / "processed")}
    proc = cli("--debug", "build", str(SAMPLE_X_EXPORT), "--name", "t1", env=env)
    assert proc.returncode == 1 and "Traceback" in proc.stderr and "NotADirectoryError" in proc.stderr


def test_build_into_an_unwritable_processed_folder_is_one_line(tmp_path):
    # Root can write into a chmod 0o555 folder; a path under a regular file fails for everyone.
    (tmp_path / "file.txt").write_text("not a folder")
    target = tmp_path / "file.txt" / "processed"
    proc = cli("build", str(SAMPLE_X_EXPORT), "--name", "t1", env={"COMMUNITY_LENS_PROCESSED": str(target)})
    assert_one_line(proc, str(tmp_path / "file.txt"), "Not a directory")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_build_into_a_read_only_processed_folder_is_one_line(tmp_path):
    target = tmp_path / "processed"
    target.mkdir()
    target.chmod(0o555)
    try:
        proc = cli("build", str(SAMPLE_X_EXPORT), "--name", "t1", env={"COMMUNITY_LENS_PROCESSED": str(target)})
    finally:
        target.chmod(0o755)
    assert_one_line(proc, str(target), "Permission denied")


@pytest.mark.parametrize(
    ("cause", "code"),
    [(OSError(28, "No space left on device", "/data/runs/x"), 2), (RuntimeError("kernel died"), 1)],
    ids=["disk full: exit 2", "our fault: exit 1"],
)
def test_run_failure_is_one_line(tmp_path, monkeypatch, capsys, cause, code):
    """A failed run step says which and why in one line; exit 2 when the input or the machine failed."""
    from helpers import pipeline
    from helpers.cli import main

    def failing_run(*args, **kwargs):
        try:
            raise cause
        except Exception as exc:
            raise pipeline.RunError(f"run 'x' failed at step 'execute': {type(exc).__name__}: \x1b[31m{exc}") from exc

    monkeypatch.setattr(pipeline, "run", failing_run)
    assert main(["run", str(SAMPLE_X_EXPORT), "--name", "x", "--no-pdf"]) == code
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith(ERROR)]
    assert len(lines) == 1 and "failed at step 'execute'" in lines[0]
    assert "\x1b" not in err
