"""A Bluesky repository (``repo.car``): its records, read by walking the tree from the latest commit.

CAR v1 = varint-length DAG-CBOR header ``{version: 1, roots: [commit CID]}`` then ``varint + CID + block``
frames; decoding is left to ``libipld`` (maintained, Rust, the AT Protocol SDK's own codec). Links come
back as raw CID bytes. The repository (formats notes §3.1):

- commit ``{did, version, data: <MST root>, prev, sig}`` (+ ``rev`` since v3);
- MST node ``{l: CID|null, e: [{p: shared prefix length, k: key suffix, v: record CID, t: subtree|null}]}``,
  keys ``<collection>/<rkey>``, walked ``l`` first then each entry and its ``t``: records in key order.

Only the tree reachable from the root commit is current. A v2 repository also carries the blocks of its
history (older commits, deleted records): paul_staging.repo.car holds 17 follow records among its blocks,
of which 8 are in the current tree, and 54 ``app.bsky.feed.vote`` blocks no longer in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import libipld

from helpers.errors import ExportError

DAG_CBOR, RAW = 0x71, 0x55
EXPECTED = "a Bluesky repository CAR (repo.car from Settings > Account > Export my data)"


@dataclass(frozen=True)
class Repo:
    """The decoded blocks of one repository and its root commit."""

    name: str  # how the file is named in messages
    did: str
    version: int
    rev: str | None
    data: bytes  # CID of the MST root
    blocks: dict[bytes, object]


def open_repo(raw: bytes, name: str) -> Repo:
    """Decode a CAR and check it holds a signed repository commit; a one-line ExportError otherwise."""
    if not raw:
        raise ExportError(f"{name}: empty file; expected {EXPECTED}")
    try:
        header, blocks = libipld.decode_car(raw)
    except (ValueError, RecursionError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ExportError(f"{name}: truncated or not a CAR file ({reason}); expected {EXPECTED}") from None
    roots = header.get("roots") if isinstance(header, dict) else None
    if not roots:
        raise ExportError(f"{name}: the CAR header names no root; expected {EXPECTED}")
    # Every link is checked for its type before use: a forged file can put a map or a list where a CID
    # belongs, and a map cannot even be looked up in the blocks.
    if not isinstance(roots, list):
        raise ExportError(f"{name}: the CAR header's roots are {_kind(roots)}, not a list of CIDs; expected {EXPECTED}")
    if not isinstance(roots[0], bytes):
        raise ExportError(f"{name}: the CAR header's first root is {_kind(roots[0])}, not a CID; expected {EXPECTED}")
    if not isinstance(blocks, dict):
        raise ExportError(f"{name}: the CAR blocks could not be read as a map; expected {EXPECTED}")
    commit = blocks.get(roots[0])
    if commit is None:
        raise ExportError(f"{name}: truncated: the root commit block is missing; expected {EXPECTED}")
    if not (isinstance(commit, dict) and isinstance(commit.get("did"), str) and isinstance(commit.get("data"), bytes)):
        raise ExportError(f"{name}: the root block is not a repository commit (no did/data); expected {EXPECTED}")
    version = commit.get("version")
    if not (version is None or (isinstance(version, int) and not isinstance(version, bool) and 0 <= version < 2**31)):
        raise ExportError(
            f"{name}: the repository commit's version is {_kind(version)}, not a small whole number; expected {EXPECTED}"
        )
    rev = commit.get("rev")
    return Repo(name, commit["did"], version or 0, rev if isinstance(rev, str) else None, commit["data"], blocks)


def _kind(value: object) -> str:
    """What a decoded value is, for a message: its type, and the value itself when it is short and plain."""
    if isinstance(value, bool | int | float) or (isinstance(value, str) and len(value) <= 20):
        return f"{type(value).__name__} {value!r}"
    return "null" if value is None else f"a {type(value).__name__}"


def _link(repo: Repo, value: object, what: str) -> bytes | None:
    """A CID link of the tree (raw bytes), None where it is null; a one-line ExportError for anything else."""
    if value is None or isinstance(value, bytes):
        return value
    raise ExportError(
        f"{repo.name}: malformed repository tree ({what} is {_kind(value)}, not a CID link); expected {EXPECTED}"
    )


def _node(repo: Repo, cid: bytes) -> dict:
    node = repo.blocks.get(cid)
    if node is None:
        raise ExportError(f"{repo.name}: truncated: a repository tree block is missing; expected {EXPECTED}")
    if not (isinstance(node, dict) and isinstance(node.get("e"), list)):
        raise ExportError(f"{repo.name}: malformed repository tree node; expected {EXPECTED}")
    return node


def walk(repo: Repo) -> Iterator[tuple[str, str, dict]]:
    """(collection, rkey, record) of every record in the current tree, in key order."""
    # (True, node CID) or (False, (key, record CID)); CIDs come from the decoded blocks unchecked.
    stack: list[tuple[bool, bytes | tuple[str, bytes]]] = [(True, repo.data)]
    seen: set[bytes] = set()
    while stack:
        is_node, item = stack.pop()
        if not is_node:
            assert isinstance(item, tuple)  # only entries are pushed with is_node False
            key, cid = item
            record = repo.blocks.get(cid)
            if record is None:
                raise ExportError(f"{repo.name}: truncated: the block of record {key} is missing; expected {EXPECTED}")
            collection, _, rkey = key.lstrip("/").partition("/")
            if isinstance(record, dict):
                yield collection, rkey, record
            continue
        node_cid = cast(bytes, item)  # a link as decoded: bytes in a well-formed repository
        if node_cid in seen:  # content addressing makes cycles impossible unless the file is forged
            raise ExportError(f"{repo.name}: malformed repository tree (a node links to itself); expected {EXPECTED}")
        seen.add(node_cid)
        node = _node(repo, node_cid)
        later: list[tuple[bool, bytes | tuple[str, bytes]]] = []
        left = _link(repo, node.get("l"), "a node's left subtree 'l'")
        if left:
            later.append((True, left))
        full_key = b""
        for e in node["e"]:
            if not isinstance(e, dict):
                raise ExportError(f"{repo.name}: malformed repository tree entry; expected {EXPECTED}")
            try:
                full_key = full_key[: e["p"]] + e["k"]
                key = full_key.decode()
            except (KeyError, TypeError, UnicodeDecodeError):
                raise ExportError(f"{repo.name}: malformed repository tree entry; expected {EXPECTED}") from None
            record = _link(repo, e.get("v"), f"the record link 'v' of {key!r}")
            if record is None:
                raise ExportError(
                    f"{repo.name}: malformed repository tree entry {key!r} (no record link); expected {EXPECTED}"
                )
            later.append((False, (key, record)))
            subtree = _link(repo, e.get("t"), f"the subtree 't' after {key!r}")
            if subtree:
                later.append((True, subtree))
        stack.extend(reversed(later))
