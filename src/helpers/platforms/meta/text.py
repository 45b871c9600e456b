"""Meta's mojibake: its JSON exports write UTF-8 text as if each byte were a Latin-1 character
("CafÃ©" for "Café", "\\u00f0\\u009f\\u0098\\u0080" for an emoji). Repair every string read from them."""

from __future__ import annotations

from typing import overload

import polars as pl


@overload
def repair_mojibake(text: str) -> str: ...
@overload
def repair_mojibake(text: None) -> None: ...
@overload
def repair_mojibake(text: str | None) -> str | None: ...


def repair_mojibake(text: str | None) -> str | None:
    """The text as it was written; text that is not mojibake comes back unchanged.

    >>> repair_mojibake("Caf\\u00c3\\u00a9")
    'Café'
    """
    if text is None:
        return None
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        # Characters beyond Latin-1 (already real Unicode) or bytes that are not UTF-8: not mojibake.
        return text


def repair_all(value):
    """Repair every string inside a parsed JSON value (dicts, lists, strings), keys included."""
    if isinstance(value, str):
        return repair_mojibake(value)
    if isinstance(value, list):
        return [repair_all(v) for v in value]
    if isinstance(value, dict):
        return {repair_mojibake(k): repair_all(v) for k, v in value.items()}
    return value


def repair_expr(col: str) -> pl.Expr:
    """The polars form, for a String column."""
    return pl.col(col).map_elements(repair_mojibake, return_dtype=pl.String)
