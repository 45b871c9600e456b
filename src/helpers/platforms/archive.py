"""Read an export where it lies: a zip file or a folder, never extracted, never written to.

Member names are always forward-slash paths relative to the export's root (``data/tweets.js``).
A zip whose contents sit under one extra top folder (``twitter-2022-11-23/data/...``) is read as
if that folder were the root.
"""

from __future__ import annotations

import json
import re
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from helpers.errors import ExportError

# X wraps every data file as JavaScript: "window.YTD.tweets.part0 = [...]",
# "window.__THAR_CONFIG = {...}", "Grailbird.data.tweets_2011_02 = \n [...]" or
# "var user_details =  {...}". The JSON starts after the first "=".
_JS_ASSIGNMENT = re.compile(rb"^\s*(?:var\s+)?[A-Za-z_$][\w$.]*\s*=\s*")


class Archive:
    """An export opened read-only: a zip file or a folder."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise ExportError(f"{self.path}: no such file or folder")
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        if self.path.is_dir():
            names = [p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()]
        elif zipfile.is_zipfile(self.path):
            try:
                self._zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise ExportError(f"{self.path}: unreadable zip file ({exc})") from None
            names = [i.filename for i in self._zip.infolist() if not i.is_dir()]
        elif self.path.name.lower().endswith((".tar.gz", ".tgz", ".tar")):
            # Mastodon archives before 4.2 are .tar.gz: members are read from the stream, never extracted.
            try:
                self._tar = tarfile.open(self.path, "r:*")  # noqa: SIM115 - open for the archive's life, closed in close()
                names = [m.name for m in self._tar.getmembers() if m.isfile()]
            except (tarfile.TarError, OSError, EOFError) as exc:
                raise ExportError(f"{self.path}: corrupt or truncated tar archive ({exc})") from None
        elif self.path.suffix.lower() == ".zip":
            raise ExportError(f"{self.path}: corrupt or not a zip file (expected the zip as downloaded)")
        else:
            names = [self.path.name]
        # Never look at anything that would escape the export (absolute or ".." members).
        self._names = [n for n in names if not n.startswith("/") and ".." not in PurePosixPath(n).parts]
        self._prefix = ""

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
    def is_single_file(self) -> bool:
        return self.path.is_file() and self._zip is None and self._tar is None

    def names(self) -> list[str]:
        """Member names relative to the root."""
        p = self._prefix
        return [n[len(p) :] for n in self._names if n.startswith(p)]

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
        """Whole member as bytes."""
        full = self._prefix + name
        try:
            if self._zip is not None:
                return self._zip.read(full)
            if self._tar is not None:
                member = self._tar.extractfile(full)
                if member is None:
                    raise KeyError(full)
                return member.read()
            if self.is_single_file:
                return self.path.read_bytes()
            return (self.path / full).read_bytes()
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zipfile.LargeZipFile) as exc:
            raise ExportError(f"{self.display(name)}: cannot be read ({exc})") from None
        except KeyError:
            raise ExportError(f"{self.display(name)}: missing from the export") from None

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
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
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
            self._tar.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
