"""Hostile inputs, all made here: each ends with exit 2 and one line on stderr, quickly and in bounded memory.

Zip bombs (also under a lying central directory), encrypted, Deflate64 and truncated members, a tar.gz bomb,
a sparse file over the size limit, FIFOs, /dev/zero and a link out of an export folder.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from helpers.errors import ExportError
from helpers.platforms import archive as archive_module
from helpers.platforms.archive import Archive

GIB = 1024**3
MIB = 1024**2
SECRET = "TOP-SECRET-0f3a9c: never print me"
PROGRESS = re.compile(r"community-lens: reading [^ ]+ \([\d.]+ [KMG]?B\)")
MANIFEST = b'window.__THAR_CONFIG = {"userInfo": {"accountId": "1", "userName": "bomb", "displayName": "Bomb"}}'


def cli(path: Path, *, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers.cli", "summary", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )


def refused(result: subprocess.CompletedProcess, *words: str) -> str:
    """The one error line of a refused export, checked to hold ``words``.

    The readers' progress messages ("community-lens: reading data/tweets.js (1073.7 MB)", sizes as the zip
    claims them) may come before it; nothing else may.
    """
    lines = [ln for ln in result.stderr.splitlines() if not PROGRESS.fullmatch(ln)]
    assert result.returncode == 2, result.stderr[-2000:]
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("community-lens: error: "), lines[0]
    assert result.stderr.rstrip("\n").endswith(lines[0])
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def write_zeros_member(zf: zipfile.ZipFile, name: str, size: int) -> None:
    chunk = bytes(MIB)
    with zf.open(name, "w", force_zip64=size > 2 * GIB) as f:
        for _ in range(size // MIB):
            f.write(chunk)


def x_zip(path: Path, tweets: bytes | None = None) -> zipfile.ZipFile:
    """An X-looking zip (data/manifest.js); data/tweets.js is added by the caller unless given."""
    zf = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    zf.writestr("data/manifest.js", MANIFEST)
    if tweets is not None:
        zf.writestr("data/tweets.js", tweets)
    return zf


def patch_member(path: Path, name: str, *, flag: int = 0, method: int | None = None, size: int | None = None) -> None:
    """Set flag bits, the compression method or the uncompressed size of ``name`` in both its headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    local = info.header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    central = data.rindex(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name.encode():
        central = data.rindex(b"PK\x01\x02", 0, central)
    for off, flag_at, method_at, size_at in ((local, 6, 8, 22), (central, 8, 10, 24)):
        struct.pack_into("<H", data, off + flag_at, struct.unpack_from("<H", data, off + flag_at)[0] | flag)
        if method is not None:
            struct.pack_into("<H", data, off + method_at, method)
        if size is not None:
            struct.pack_into("<I", data, off + size_at, size)
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def bomb_zip(tmp_path_factory) -> Path:
    """~1 MB of zip holding data/tweets.js that inflates to 1 GiB of zeros, in an X-looking archive."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    with x_zip(path) as zf:
        write_zeros_member(zf, "data/tweets.js", GIB)
    assert path.stat().st_size < 2 * MIB
    return path


# The peak of this process's own memory (VmHWM, KiB): ru_maxrss would also count the parent's memory at the fork
# before exec (Linux keeps that high-water mark across exec), which in a long test run is the whole pytest.
MEASURE = """
import sys
from helpers.cli import main
code = main(["summary", sys.argv[1]])
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")), file=sys.stdout)
sys.exit(code)
"""


def test_zip_bomb_is_refused_in_bounded_memory(bomb_zip):
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(bomb_zip)], capture_output=True, text=True, timeout=120, check=False
    )
    line = refused(result, "bomb.zip/data/tweets.js", "200 times", "COMMUNITY_LENS_MAX_RATIO")
    assert len(line) < 400
    peak_kib = int(result.stdout.split()[-1])
    assert peak_kib < 500 * 1024, f"peak RSS {peak_kib} KiB"


def test_zip_bomb_through_the_cli(bomb_zip):
    refused(cli(bomb_zip), "bomb.zip/data/tweets.js", "decompression bomb")


def test_zip_bomb_with_a_raised_ratio_meets_the_size_limit(bomb_zip):
    result = cli(bomb_zip, env={"COMMUNITY_LENS_MAX_RATIO": "100000", "COMMUNITY_LENS_MAX_MEMBER_BYTES": "64M"})
    refused(result, "bomb.zip/data/tweets.js", "64 MiB limit", "COMMUNITY_LENS_MAX_MEMBER_BYTES=")


def test_lying_central_directory_is_not_trusted(tmp_path):
    """The directory claims 100 bytes; the member inflates to 64 MiB: refused, not read whole."""
    path = tmp_path / "liar.zip"
    with x_zip(path) as zf:
        write_zeros_member(zf, "data/tweets.js", 64 * MIB)
    patch_member(path, "data/tweets.js", size=100)
    with Archive(path) as archive:
        assert archive.size("data/tweets.js") == 100  # what it claims
        with pytest.raises(ExportError, match=r"data/tweets\.js"):
            archive.read_bytes("data/tweets.js")
    refused(cli(path), "data/tweets.js")


def test_claimed_huge_but_small_member_is_read(tmp_path):
    """A size claimed larger than the truth changes nothing: the real bytes are read (CRC holds)."""
    path = tmp_path / "claims.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.json", b'{"a": 1}')
    with Archive(path) as archive:
        assert archive.read_json("a.json") == {"a": 1}


def test_limits_are_read_at_call_time(tmp_path, monkeypatch):
    path = tmp_path / "export"
    path.mkdir()
    (path / "a.json").write_bytes(b"[" + b"0," * 1000 + b"0]")
    with Archive(path) as archive:
        assert len(archive.read_bytes("a.json")) == 2003
        monkeypatch.setenv("COMMUNITY_LENS_MAX_MEMBER_BYTES", "1K")
        with pytest.raises(ExportError, match="1 KiB limit"):
            archive.read_bytes("a.json")
        monkeypatch.setenv("COMMUNITY_LENS_MAX_MEMBER_BYTES", "lots")
        with pytest.raises(ExportError, match="COMMUNITY_LENS_MAX_MEMBER_BYTES='lots'"):
            archive.read_bytes("a.json")
    monkeypatch.delenv("COMMUNITY_LENS_MAX_MEMBER_BYTES")
    assert archive_module.max_member_bytes() == archive_module.MAX_MEMBER_BYTES
    assert archive_module.max_ratio() == archive_module.MAX_RATIO


def test_repetitive_but_genuine_member_passes(tmp_path):
    """Real JSON compresses 5-20x; even a 50x member of 20 MB is read."""
    rows = b",".join(b'{"id": "%d", "text": "same words again and again"}' % i for i in range(400_000))
    body = b"[" + rows + b"]"
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.json", body)
    ratio = len(body) / zipfile.ZipFile(path).getinfo("big.json").compress_size
    assert len(body) > archive_module.RATIO_GRACE_BYTES and ratio < archive_module.MAX_RATIO
    with Archive(path) as archive:
        assert archive.read_bytes("big.json") == body


def test_encrypted_member(tmp_path):
    path = tmp_path / "locked.zip"
    with x_zip(path, b"window.YTD.tweets.part0 = []") as zf:
        zf.close()
    patch_member(path, "data/tweets.js", flag=0x1)
    refused(cli(path, timeout=60), "data/tweets.js", "encrypted")


def test_deflate64_member(tmp_path):
    path = tmp_path / "d64.zip"
    with x_zip(path, b"window.YTD.tweets.part0 = []") as zf:
        zf.close()
    patch_member(path, "data/tweets.js", method=9)
    refused(cli(path, timeout=60), "data/tweets.js", "Deflate64")


def test_truncated_member(tmp_path):
    path = tmp_path / "cut.zip"
    body = b"window.YTD.tweets.part0 = [" + b",".join(b'{"tweet": {"id": "%d"}}' % i for i in range(20_000)) + b"]"
    with x_zip(path, body) as zf:
        zf.close()
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("data/tweets.js")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 100 : start + info.compress_size] = os.urandom(info.compress_size - 100)  # garbage deflate
    path.write_bytes(bytes(data))
    refused(cli(path, timeout=60), "data/tweets.js")


def test_tar_gz_bomb(tmp_path):
    path = tmp_path / "bomb.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("outbox.json")
        info.size = GIB // 4

        class Zeros:
            left = info.size

            def read(self, n: int) -> bytes:
                n = min(n, self.left)
                self.left -= n
                return bytes(n)

        tar.addfile(info, Zeros())  # type: ignore[arg-type]
    assert path.stat().st_size < 2 * MIB
    refused(cli(path), "bomb.tar.gz", "decompression bomb")


def test_sparse_file_over_the_limit_is_not_read(tmp_path):
    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "manifest.js").write_bytes(MANIFEST)
    with open(folder / "data" / "tweets.js", "wb") as f:
        f.truncate(archive_module.MAX_MEMBER_BYTES + 1)  # sparse: costs no disk
    refused(cli(folder, timeout=30), "data/tweets.js", "limit")
    single = tmp_path / "tweets.js"
    os.link(folder / "data" / "tweets.js", single)
    refused(cli(single, env={"COMMUNITY_LENS_MAX_MEMBER_BYTES": "1G"}, timeout=30))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_as_the_export_and_inside_a_folder(tmp_path):
    fifo = tmp_path / "export.zip"
    os.mkfifo(fifo)
    refused(cli(fifo, timeout=30), "FIFO")
    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "manifest.js").write_bytes(MANIFEST)
    os.mkfifo(folder / "data" / "tweets.js")
    refused(cli(folder, timeout=30), "data/tweets.js", "FIFO")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_as_the_export():
    refused(cli(Path("/dev/zero"), timeout=30), "/dev/zero", "character device")


def test_symlink_out_of_the_folder_is_refused_unread(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(f'window.YTD.tweets.part0 = [{{"tweet": {{"full_text": "{SECRET}"}}}}]')
    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "manifest.js").write_bytes(MANIFEST)
    (folder / "data" / "tweets.js").symlink_to(secret)
    result = cli(folder, timeout=30)
    refused(result, "data/tweets.js", "symbolic link")
    assert SECRET not in result.stdout + result.stderr


def test_symlink_inside_the_folder_is_followed(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "real.json").write_text('{"ok": true}')
    (folder / "alias.json").symlink_to("real.json")
    with Archive(folder) as archive:
        assert archive.read_json("alias.json") == {"ok": True}
        with pytest.raises(ExportError, match="missing"):
            archive.read_bytes("../secret.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", ["build", "run"])
def test_build_and_run_refuse_a_fifo_unopened(tmp_path, command):
    """The dataset's cache key hashes the export's bytes: a FIFO or a device is refused before it is opened
    (opening a FIFO waits for a writer for ever)."""
    fifo = tmp_path / "export.zip"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "helpers.cli", command, str(fifo), "--name", "fifo"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "COMMUNITY_LENS_PROCESSED": str(tmp_path / "processed")},
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "not a regular file" in result.stderr
