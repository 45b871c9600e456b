"""Read an export where it lies: a zip file or a folder, never extracted, never written to.

Member names are always forward-slash paths relative to the export's root (``data/tweets.js``).
A zip whose contents sit under one extra top folder (``twitter-2022-11-23/data/...``) is read as
if that folder were the root.

Bounded reading. An export is untrusted input: a member is decompressed in chunks and refused with a
one-line ``ExportError`` as soon as

* its output passes ``MAX_MEMBER_BYTES`` (2 GiB; env ``COMMUNITY_LENS_MAX_MEMBER_BYTES``), or
* past the first ``RATIO_GRACE_BYTES`` (8 MiB) of output, output / compressed bytes consumed so far passes
  ``MAX_RATIO`` (200; env ``COMMUNITY_LENS_MAX_RATIO``).

Both are read at call time, so a genuinely huge archive can be read with e.g.
``COMMUNITY_LENS_MAX_MEMBER_BYTES=8G``. Real JSON, CSV and JS data compress 5-20x and the heaviest member a
real export holds is a few hundred MB (a 200,000-tweet tweets.js is ~217 MB); deflate's ceiling is ~1030x,
so a bomb of zeros is caught after 8 MiB of output. The sizes a zip's central directory or a tar header
claim are never trusted for these checks. Members that are encrypted, or compressed with a method other
than stored, deflate or LZMA (Deflate64, bzip2, which can expand millions of times in one step, ...), are
refused by name. Folder exports: a regular file over the limit is refused before it is read, special
files (devices, FIFOs, sockets) are refused by name without being opened, and symbolic links are followed
only when they resolve inside the export's folder; a link to outside is refused without reading it.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import json
import lzma
import os
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from helpers.errors import ExportError

MAX_MEMBER_BYTES = 2 * 1024**3
"""Largest uncompressed member read (bytes); env COMMUNITY_LENS_MAX_MEMBER_BYTES overrides (``8G`` works)."""
MAX_RATIO = 200
"""Largest uncompressed / compressed ratio; env COMMUNITY_LENS_MAX_RATIO overrides."""
RATIO_GRACE_BYTES = 8 * 1024**2
"""Output below which the ratio is not checked: a small, very repetitive file is harmless."""
ENV_MAX_MEMBER_BYTES = "COMMUNITY_LENS_MAX_MEMBER_BYTES"
ENV_MAX_RATIO = "COMMUNITY_LENS_MAX_RATIO"
_CHUNK = 1024**2
_ZIP_METHODS = {0: "stored", 8: "deflate", 14: "LZMA"}
_ZIP_METHOD_NAMES = {
    1: "Shrink",
    6: "Implode",
    9: "Deflate64",
    12: "bzip2",
    18: "IBM TERSE",
    19: "IBM LZ77",
    93: "Zstandard",
    95: "xz",
    96: "JPEG",
    97: "WavPack",
    98: "PPMd",
}
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def _env_number(var: str, default: int, binary_units: bool) -> int:
    raw = os.environ.get(var, "").strip()
    if not raw:
        return default
    m = re.fullmatch(r"(\d[\d_]*)\s*([KMGT]?)(?:i?B)?", raw, re.IGNORECASE) if binary_units else None
    try:
        value = int(m[1]) * _UNITS[m[2].upper()] if m else int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        suffix = " (a number of bytes, or with K, M, G or T)" if binary_units else " (a whole number)"
        raise ExportError(f"{var}={raw!r}: expected a positive whole number{suffix}")
    return value


def max_member_bytes() -> int:
    """The member size limit now (the environment read at call time)."""
    return _env_number(ENV_MAX_MEMBER_BYTES, MAX_MEMBER_BYTES, binary_units=True)


def max_ratio() -> int:
    """The compression ratio limit now (the environment read at call time)."""
    return _env_number(ENV_MAX_RATIO, MAX_RATIO, binary_units=False)


def _human(n: int) -> str:
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


def _too_big(what: str, limit: int) -> ExportError:
    return ExportError(
        f"{what}: larger than the {_human(limit)} limit for one file; refused (a decompression bomb or a damaged "
        f"export?). If the export is genuine, raise the limit: {ENV_MAX_MEMBER_BYTES}={max(limit * 4, 8 * 1024**3)}"
    )


def _too_compressed(what: str, ratio: int) -> ExportError:
    return ExportError(
        f"{what}: expands more than {ratio} times its compressed size; refused as a likely decompression bomb. "
        f"If the export is genuine, raise the limit: {ENV_MAX_RATIO}={ratio * 10}"
    )


def _special_kind(mode: int) -> str | None:
    """How a file that is not a regular file or folder is named in messages, or None for a regular file."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((label for test, label in _SPECIAL_KINDS if test(mode)), "not a regular file")


def _read_regular(path: Path, what: str) -> bytes:
    """A regular file, whole, refused when it is not regular or over the size limit (checked before reading)."""
    limit = max_member_bytes()
    # O_NONBLOCK: a FIFO swapped in after the listing opens at once instead of waiting for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb", buffering=0, closefd=True) as f:
        st = os.fstat(fd)
        kind = _special_kind(st.st_mode)
        if kind is not None or stat.S_ISDIR(st.st_mode):
            raise ExportError(f"{what}: {kind or 'a folder'}, not a regular file; refused")
        if st.st_size > limit:
            raise _too_big(what, limit)
        # Read at the size fstat gave, straight into the bytes returned (no growing buffer, no copy); more
        # reads only when the file changed meanwhile (or one read returned less).
        parts: list[bytes] = []
        total = 0
        while chunk := f.read(max(st.st_size - total, _CHUNK)):
            total += len(chunk)
            if total > limit:  # grew since fstat
                raise _too_big(what, limit)
            parts.append(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)


class _GuardedStream:
    """A decompressed tar stream that stops once it has expanded more than the ratio limit.

    tarfile reads and seeks through this; a forward seek reads (and drops) in chunks so the check runs.
    """

    def __init__(self, inner: Any, raw: IO[bytes], what: str):
        self._inner = inner
        self._raw = raw
        self._what = what
        self._ratio = max_ratio()

    def _check(self) -> None:
        out = self._inner.tell()
        if out > RATIO_GRACE_BYTES and out > self._ratio * max(self._raw.tell(), 1):
            raise _too_compressed(self._what, self._ratio)

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            buf = io.BytesIO()
            while chunk := self.read(_CHUNK):
                buf.write(chunk)
            return buf.getvalue()
        data = self._inner.read(n)
        self._check()
        return data

    def seek(self, pos: int, whence: int = 0) -> int:
        target = pos if whence == 0 else self._inner.tell() + pos if whence == 1 else None
        if target is None or target < self._inner.tell():
            return self._inner.seek(pos, whence)
        while (left := target - self._inner.tell()) > 0:
            if not self.read(min(left, _CHUNK)):
                break
        return self._inner.tell()

    def tell(self) -> int:
        return self._inner.tell()

    def close(self) -> None:
        self._inner.close()
        self._raw.close()


# X wraps every data file as JavaScript: "window.YTD.tweets.part0 = [...]",
# "window.__THAR_CONFIG = {...}", "Grailbird.data.tweets_2011_02 = \n [...]" or
# "var user_details =  {...}". The JSON starts after the first "=".
_JS_ASSIGNMENT = re.compile(rb"^\s*(?:var\s+)?[A-Za-z_$][\w$.]*\s*=\s*")


def _zip_consumed(f: Any, info: zipfile.ZipInfo) -> int:
    """Compressed bytes fed to the decompressor so far (read-ahead and unconsumed input left out).

    zipfile keeps no public count; without its private fields the whole compressed size is assumed, which
    only makes the ratio check later, never wrong, and the size limit still holds.
    """
    left = getattr(f, "_compress_left", None)
    if not isinstance(left, int):
        return info.compress_size
    tail = getattr(getattr(f, "_decompressor", None), "unconsumed_tail", b"")
    return info.compress_size - left - (len(tail) if isinstance(tail, bytes) else 0)


class Archive:
    """An export opened read-only: a zip file or a folder."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise ExportError(f"{self.path}: no such file or folder")
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        # stat, never open, before anything else: a FIFO would block, /dev/zero would never end.
        kind = _special_kind(self.path.stat().st_mode)
        if kind is not None:
            raise ExportError(f"{self.path}: {kind}, not an export (expected a zip, tar.gz, folder or file); refused")
        if self.path.is_dir():
            names = self._list_folder()
        elif zipfile.is_zipfile(self.path):
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ExportError(f"{self.path}: unreadable zip file ({exc})") from None
            names = [i.filename for i in self._zip.infolist() if not i.is_dir()]
        elif self.path.name.lower().endswith((".tar.gz", ".tgz", ".tar")):
            # Mastodon archives before 4.2 are .tar.gz: members are read from the stream, never extracted.
            try:
                self._tar = self._open_tar()
                names = [m.name for m in self._tar if m.isfile()]
            except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                raise ExportError(f"{self.path}: corrupt or truncated tar archive ({exc})") from None
        elif self.path.suffix.lower() == ".zip":
            raise ExportError(f"{self.path}: corrupt or not a zip file (expected the zip as downloaded)")
        else:
            names = [self.path.name]
        # Never look at anything that would escape the export (absolute or ".." members).
        self._names = [n for n in names if not n.startswith("/") and ".." not in PurePosixPath(n).parts]
        self._prefix = ""

    def _list_folder(self) -> list[str]:
        """Regular files below the folder; a special file or a link to outside refuses the export, unopened."""
        root = self.path.resolve()
        names = []
        for dirpath, _dirs, files in os.walk(self.path):  # links to folders are not entered (as rglob did not)
            for fn in files:
                p = Path(dirpath, fn)
                rel = p.relative_to(self.path).as_posix()
                try:
                    mode = p.lstat().st_mode
                except OSError:
                    continue  # gone since the listing
                if stat.S_ISLNK(mode):
                    target = p.resolve()
                    if not target.is_relative_to(root):
                        raise ExportError(
                            f"{self.path}/{rel}: a symbolic link to outside the export's folder; refused "
                            "(copy the file into the export instead)"
                        )
                    try:
                        mode = target.stat().st_mode
                    except OSError:
                        continue  # a dangling link: nothing to read
                kind = _special_kind(mode)
                if kind is not None:
                    raise ExportError(
                        f"{self.path}/{rel}: {kind}, not a regular file; refused without opening it "
                        "(an export folder holds only regular files)"
                    )
                if stat.S_ISREG(mode):
                    names.append(rel)
        return names

    def _open_tar(self) -> tarfile.TarFile:
        """The tar read through a stream that refuses to expand past the ratio limit (listing included)."""
        raw = open(self.path, "rb")  # noqa: SIM115 - closed with the tar
        try:
            magic = raw.read(6)
            raw.seek(0)
            inner: Any
            if magic.startswith(b"\x1f\x8b"):
                inner = gzip.GzipFile(fileobj=raw, mode="rb")
            elif magic.startswith(b"BZh"):
                inner = bz2.BZ2File(raw)
            elif magic.startswith(b"\xfd7zXZ\x00"):
                inner = lzma.LZMAFile(raw)  # noqa: SIM115 - closed with the tar
            else:
                return tarfile.open(fileobj=raw, mode="r:")
            return tarfile.open(fileobj=_GuardedStream(inner, raw, str(self.path)), mode="r:")  # type: ignore[call-overload]
        except BaseException:
            raw.close()
            raise

    @property
    def kind(self) -> str:
        """zip, tar archive, folder or file: how the export is named in messages."""
        return (
            "zip"
            if self._zip is not None
            else "tar archive"
            if self._tar is not None
            else "folder"
            if self.path.is_dir()
            else "file"
        )

    @property
    def readable_in_parallel(self) -> bool:
        """Members can be read from two threads at once: a folder, a single file or a zip (not a tar stream)."""
        return self._tar is None

    @property
    def is_single_file(self) -> bool:
        return self.path.is_file() and self._zip is None and self._tar is None

    def names(self) -> list[str]:
        """Member names relative to the root."""
        p = self._prefix
        return [n[len(p) :] for n in self._names if n.startswith(p)]

    @property
    def root(self) -> str:
        """The folder inside the export read as its root ("" for the top)."""
        return self._prefix

    def set_root(self, prefix: str) -> None:
        """Read members below ``prefix`` (a folder inside the export) as the root."""
        self._prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"

    def find_root(self, marker: str) -> str | None:
        """The folder that holds ``marker`` (e.g. ``data/manifest.js``) at the shallowest depth, or None."""
        hits = [n[: -len(marker)] for n in self._names if n == marker or n.endswith("/" + marker)]
        return min(hits, key=len) if hits else None

    def has(self, name: str) -> bool:
        return (self._prefix + name) in self._name_set

    @property
    def _name_set(self) -> set[str]:
        if not hasattr(self, "_names_cache"):
            self._names_cache = set(self._names)
        return self._names_cache

    def glob(self, pattern: str) -> list[str]:
        """Members matching a regular expression over the relative name, sorted."""
        rx = re.compile(pattern)
        return sorted(n for n in self.names() if rx.fullmatch(n))

    def size(self, name: str) -> int:
        full = self._prefix + name
        if self._zip is not None:
            return self._zip.getinfo(full).file_size
        if self._tar is not None:
            return self._tar.getmember(full).size
        if self.is_single_file:
            return self.path.stat().st_size
        return (self.path / full).stat().st_size

    def read_bytes(self, name: str) -> bytes:
        """Whole member as bytes, read in chunks within the size and ratio limits (module docstring)."""
        full = self._prefix + name
        what = self.display(name)
        try:
            if self._zip is not None:
                return self._read_zip_member(full, what)
            if self._tar is not None:
                return self._read_tar_member(full, what)
            if self.is_single_file:
                return _read_regular(self.path, what)
            if full.startswith("/") or ".." in PurePosixPath(full).parts:
                raise KeyError(full)
            target = (self.path / full).resolve()
            if not target.is_relative_to(self.path.resolve()):
                raise ExportError(f"{what}: a symbolic link to outside the export's folder; refused")
            return _read_regular(self.path / full, what)
        except FileNotFoundError:
            raise ExportError(f"{what}: missing from the export") from None
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise ExportError(f"{what}: cannot be read, corrupt or truncated ({exc or type(exc).__name__})") from None
        except OSError as exc:
            raise ExportError(f"{what}: cannot be read ({exc.strerror or exc})") from None
        except KeyError:
            raise ExportError(f"{what}: missing from the export") from None

    def _read_zip_member(self, full: str, what: str) -> bytes:
        assert self._zip is not None
        info = self._zip.getinfo(full)
        if info.flag_bits & 0x41 or info.compress_type == 99:  # traditional, strong or AES encryption
            raise ExportError(f"{what}: encrypted (password-protected) in the zip; give the export as downloaded")
        if info.compress_type not in _ZIP_METHODS:
            method = _ZIP_METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise ExportError(
                f"{what}: compressed with {method}, which this tool does not read; "
                "give the zip as downloaded or re-zip it with ordinary (deflate) compression"
            )
        limit, ratio = max_member_bytes(), max_ratio()
        # zipfile decompresses LZMA without an output bound per call: feed it small steps.
        step = 4096 if info.compress_type == zipfile.ZIP_LZMA else 64 * 1024
        buf = io.BytesIO()
        try:
            f = self._zip.open(info)
        except (NotImplementedError, RuntimeError) as exc:  # strong encryption, patched data, a password
            raise ExportError(f"{what}: cannot be read ({exc})") from None
        with f:
            total = 0
            while chunk := f.read(step):
                total += len(chunk)
                if total > limit:
                    raise _too_big(what, limit)
                compressed = info.compress_type != zipfile.ZIP_STORED
                if compressed and total > RATIO_GRACE_BYTES and total > ratio * max(_zip_consumed(f, info), 1):
                    raise _too_compressed(what, ratio)
                buf.write(chunk)
        return buf.getvalue()

    def _read_tar_member(self, full: str, what: str) -> bytes:
        assert self._tar is not None
        member = self._tar.extractfile(full)
        if member is None:
            raise KeyError(full)
        limit = max_member_bytes()
        buf = io.BytesIO()
        with member:
            while chunk := member.read(_CHUNK):
                if buf.tell() + len(chunk) > limit:
                    raise _too_big(what, limit)
                buf.write(chunk)
        return buf.getvalue()

    def read_js(self, name: str) -> memoryview:
        """A JavaScript data file with its ``x = `` assignment cut off: the JSON that follows."""
        raw = self.read_bytes(name)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        m = _JS_ASSIGNMENT.match(raw[:400])
        if m is None:
            head = raw[:40].decode("utf-8", "replace").strip().splitlines()[:1]
            raise ExportError(
                f"{self.display(name)}: not an X archive data file "
                f"(expected 'window.YTD.<type>.part0 = [...]', found {head[0][:30]!r})"
                if head
                else f"{self.display(name)}: empty file (expected 'window.YTD.<type>.part0 = [...]')"
            )
        end = len(raw)
        # Several parsers strip a trailing ";" although no real file has shown one.
        while end > m.end() and raw[end - 1] in b" \t\r\n;":
            end -= 1
        return memoryview(raw)[m.end() : end]

    def read_json(self, name: str, expected: str = "a JSON document"):
        """A plain JSON member, parsed; a one-line ExportError naming the file when it is not valid JSON."""
        raw = self.read_bytes(name)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise ExportError(f"{self.display(name)}: truncated or invalid JSON ({exc}); expected {expected}") from None

    def read_text(self, name: str) -> str:
        """A text member (UTF-8, a byte-order mark dropped); undecodable bytes become U+FFFD."""
        raw = self.read_bytes(name)
        return raw.decode("utf-8-sig", errors="replace")

    def display(self, name: str) -> str:
        """How a member is named in messages: the export's path plus the member."""
        if self.is_single_file:
            return str(self.path)
        sep = "/"
        return f"{self.path}{sep}{self._prefix}{name}"

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            fileobj = self._tar.fileobj
            self._tar.close()
            if fileobj is not None:  # tarfile does not close a stream it was given
                with contextlib.suppress(OSError):
                    fileobj.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
