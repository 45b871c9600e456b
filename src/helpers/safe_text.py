"""Text from an export or a URL made safe where it is shown: control characters removed (terminals, SVG),
HTML special characters escaped, Markdown syntax neutralised. The one place for it: every value that did
not come from our own code goes through one of these before it reaches HTML, Markdown or a terminal.
"""

from __future__ import annotations

import html
import re

# C0 and C1 controls except tab and newline, DEL, and the bidi overrides that can disguise text.
CONTROL_PATTERN = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
_CONTROL = re.compile(CONTROL_PATTERN)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): such text gets a
# leading apostrophe, which spreadsheets show as text and do not display.
FORMULA_START_PATTERN = r"^[=+\-@\t\r]"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def strip_control(value: object) -> str:
    """``value`` as text without control characters (newlines and tabs kept).

    >>> strip_control("a\\x1b[31mb")
    'a[31mb'
    """
    return _CONTROL.sub("", "" if value is None else str(value))


def one_line(value: object) -> str:
    """``value`` as one printable line: control characters removed, line breaks as spaces."""
    return " ".join(strip_control(value).split())


def html_text(value: object) -> str:
    """``value`` as HTML text or attribute value: control characters removed, ``<>&"'`` escaped.

    >>> html_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape(strip_control(value), quote=True)


def markdown_text(value: object) -> str:
    """``value`` as literal Markdown text: HTML escaped and every Markdown mark backslash-escaped, so a
    handle like ``[x](javascript:...)`` or ``<script>`` shows as written and does nothing.

    >>> markdown_text("*bold* [x](y)")
    '\\\\*bold\\\\* \\\\[x\\\\]\\\\(y\\\\)'
    """
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", one_line(value)), quote=False)
