"""Writing a Bluesky repository CAR for the synthetic exports: CIDs, the Merkle search tree and the CAR v1
frames, encoded with libipld (the maintained DAG-CBOR codec the reader also decodes with), and with none of
the reader's code, so a misreading of the format cannot hide in both.

CAR v1 = varint-length DAG-CBOR header ``{version: 1, roots: [commit CID]}`` then ``varint + CID + block``
frames. MST node ``{l: CID|null, e: [{p: shared prefix length, k: key suffix, v: record CID, t: subtree|null}]}``
with keys ``<collection>/<rkey>`` layered by the leading zero bits of their SHA-256 (fanout 4).
"""

from __future__ import annotations

import hashlib
import itertools

import libipld

DAG_CBOR, RAW = 0x71, 0x55


def cid_for(block: bytes, codec: int = DAG_CBOR) -> bytes:
    """CIDv1, sha2-256, of a block: the raw bytes that DAG-CBOR links carry."""
    return bytes([1, codec, 0x12, 0x20]) + hashlib.sha256(block).digest()


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def mst_layer(key: bytes) -> int:
    """The tree layer of a key: leading zero bits of its SHA-256, counted in 2-bit chunks (fanout 4)."""
    # Checked on bnewbold (v3) and paul_staging (v2): both trees layer their keys this way.
    zeros = 0
    for byte in hashlib.sha256(key).digest():
        if byte:
            zeros += 8 - byte.bit_length()
            break
        zeros += 8
    return zeros // 2


def build_mst(entries: dict[bytes, bytes], blocks: list[tuple[bytes, bytes]]) -> bytes:
    """Write the MST of ``key -> record CID`` into ``blocks`` (parents before children); return its root CID."""
    keys = sorted(entries)
    layers = {k: mst_layer(k) for k in keys}

    def node(group: list[bytes], layer: int) -> bytes | None:
        if not group:
            return None
        slot = len(blocks)
        blocks.append((b"", b""))  # the parent's place: getRepo writes a node before its children
        here = [i for i, k in enumerate(group) if layers[k] == layer]
        bounds = [-1, *here, len(group)]
        subtrees = [node(group[a + 1 : b], layer - 1) for a, b in itertools.pairwise(bounds)]
        e, prev = [], b""
        for n, i in enumerate(here):
            k = group[i]
            p = next((j for j, (x, y) in enumerate(zip(prev, k, strict=False)) if x != y), min(len(prev), len(k)))
            e.append({"k": k[p:], "p": p, "t": subtrees[n + 1], "v": entries[k]})
            prev = k
        data = libipld.encode_dag_cbor({"e": e, "l": subtrees[0]})
        cid = cid_for(data)
        blocks[slot] = (cid, data)
        return cid

    top = max(layers.values(), default=0)
    root = node(keys, top)
    if root is None:  # an empty repository still has an (empty) root node
        data = libipld.encode_dag_cbor({"e": [], "l": None})
        root = cid_for(data)
        blocks.append((root, data))
    return root


def encode_car(root: bytes, blocks: list[tuple[bytes, bytes]]) -> bytes:
    """A CAR v1 file: header naming ``root``, then each block as ``varint(len) + CID + data``."""
    header = libipld.encode_dag_cbor({"roots": [root], "version": 1})
    out = [varint(len(header)), header]
    for cid, data in blocks:
        out += [varint(len(cid) + len(data)), cid, data]
    return b"".join(out)
