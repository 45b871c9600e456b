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
    commit = blocks.get(roots[0])
    if commit is None:
        raise ExportError(f"{name}: truncated: the root commit block is missing; expected {EXPECTED}")
    if not (isinstance(commit, dict) and isinstance(commit.get("did"), str) and isinstance(commit.get("data"), bytes)):
        raise ExportError(f"{name}: the root block is not a repository commit (no did/data); expected {EXPECTED}")
    return Repo(name, commit["did"], int(commit.get("version") or 0), commit.get("rev"), commit["data"], blocks)


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
        if node.get("l"):
            later.append((True, node["l"]))
        full_key = b""
        for e in node["e"]:
            try:
                full_key = full_key[: e["p"]] + e["k"]
                later.append((False, (full_key.decode(), e["v"])))
            except (KeyError, TypeError, UnicodeDecodeError):
                raise ExportError(f"{repo.name}: malformed repository tree entry; expected {EXPECTED}") from None
            if e.get("t"):
                later.append((True, e["t"]))
        stack.extend(reversed(later))
