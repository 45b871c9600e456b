"""Plain words in everything a reader sees: no internal keys, file names or protocol words in the terminal
summary, the cards, the findings and the caveats beside the charts."""

from __future__ import annotations

import re

import pytest

from helpers.model import COVERAGE_SIGNALS
from helpers.platforms.loading import load_export
from helpers.present import views
from helpers.present.findings import findings
from helpers.present.html import headline_html
from helpers.present.summary import summarize, summary_text
from helpers.synthetic.samples import WRITERS, sample_owner, sample_path

JARGON = re.compile(
    r"\b(" + "|".join(s for s in COVERAGE_SIGNALS if "_" in s) + r")\b"  # internal keys
    r"|\b[\w-]+\.(js|json|jsonl|csv|car)\b"  # file names
    r"|\b(outbox|actor URI|acct:|repo\.car|gdpr v\d|DID|URI)\b",
)


def _seen(export) -> list[str]:
    summary = summarize(export)
    texts = [headline_html(summary), *findings(summary)]
    texts += [views.caveat(export, chart) or "" for chart in views.CHART_SIGNALS]
    # The terminal summary, without the warning lines: those name the file to blame, on purpose.
    texts += [line for line in summary_text(summary).splitlines() if not line.startswith("Note: ")]
    return texts


@pytest.mark.parametrize("platform", list(WRITERS))
def test_no_jargon_where_people_read(platform):
    found = {
        m.group(0)
        for text in _seen(load_export(sample_path(platform), owner=sample_owner(platform)))
        for m in JARGON.finditer(text)
    }
    assert not found, found
