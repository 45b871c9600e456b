"""A large JSON array decoded a piece at a time, so the typed objects of only one piece are alive at once.

A typed msgspec decode needs the whole buffer, and builds every object before one is used: for a million
followers that is ~180 MB of small objects beside the 134 MB file, for 200,000 tweets ~165 MB beside
208 MB. Cut into pieces of 8 MB, the objects of one piece are turned into columns and dropped before
the next is decoded; the file's bytes stay the only large thing.

Where to cut: X writes its files indented, one item after another, the braces closing an item at the start
of a line (``\\n}, {`` in follower.js, ``\\n  },\\n  {`` in tweets.js). A literal newline cannot occur
inside a JSON string, so such a gap lies between two values; if it is not between two items of the outer
array (some other file's layout), the piece it ends is not a valid array and the rest is decoded in one
go. A file that is not valid as a whole fails as a whole, with the error the single decode gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import msgspec

from helpers.platforms.x.structs import DECODE_ERRORS

CHUNK_BYTES = 8 * 1024 * 1024

# A closing brace at the start of a line (indented at most two places), a comma, an opening brace.
_ITEM_GAP = re.compile(rb"\n[ \t]{0,2}(\})[ \t\r]*,\s*(\{)")


def decode_chunks(
    body: memoryview, decoder: msgspec.json.Decoder[Any], chunk_bytes: int | None = None
) -> Iterator[list]:
    """The items of the JSON array ``body`` (decoded by ``decoder``, a list type), a list per piece, in order.

    Pieces of about ``chunk_bytes`` (``CHUNK_BYTES`` as the module holds it at the call; tests make it small).
    Raises what ``decoder.decode(body)`` raises when the whole is invalid.
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    size = len(body)
    start = 0  # where the next piece begins: the array's "[" at first, then an item's "{"
    while size - start > 2 * chunk_bytes:
        gap = _ITEM_GAP.search(body, start + chunk_bytes)
        if gap is None:
            break
        end, after = gap.end(1), gap.start(2)
        piece = b"".join((b"[" if start else b"", body[start:end], b"]"))
        try:
            items = decoder.decode(piece)
        except DECODE_ERRORS:
            break  # not a gap between items: the rest in one go
        del piece
        yield items
        del items
        start = after
    if start == 0:
        yield decoder.decode(body)
        return
    try:
        rest = decoder.decode(b"".join((b"[", body[start:])))
    except DECODE_ERRORS:
        decoder.decode(body)  # raises the error of the file as a whole
        raise
    yield rest
