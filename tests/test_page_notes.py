"""What a page says about what the export cannot show: once, at the top, lettered; charts point to the letters.
And the tab title, set from escaped JSON."""

from __future__ import annotations

import json

import pytest

from helpers.platforms.loading import load_exports
from helpers.present import sections
from helpers.present.dashboard import tab_title
from helpers.present.tables import view_of
from helpers.present.views import caveat_marker, caveat_notes
from helpers.safe_text import html_text
from helpers.synthetic.samples import sample_path


@pytest.fixture(scope="module")
def combined_view():
    return view_of(load_exports([sample_path(p) for p in ("x", "mastodon", "bluesky", "linkedin")]))


def test_each_limit_is_said_once_with_a_letter(combined_view):
    notes = caveat_notes(combined_view)
    assert notes, "the combined sample lacks signals on several platforms"
    assert [n.marker for n in notes] == [chr(ord("A") + i) for i in range(len(notes))]
    assert len({(n.platform, n.text) for n in notes}) == len(notes)
    assert {n.platform for n in notes} <= {"X (Twitter)", "Mastodon", "Bluesky", "LinkedIn"}
    # The platforms keep the one order: X before Mastodon before Bluesky before LinkedIn.
    order = ["X (Twitter)", "Mastodon", "Bluesky", "LinkedIn"]
    seen = [order.index(n.platform) for n in notes]
    assert seen == sorted(seen)


def test_pages_say_the_notes_once_and_charts_name_letters(combined_view):
    page = [
        sections.headline(combined_view),
        sections.audience(combined_view),
        sections.community_over_time(combined_view),
    ]
    html = "".join(item for items in page for item in items if isinstance(item, str))
    notes = caveat_notes(combined_view)
    for note in notes:
        assert html.count(html_text(note.text)) == 1, f"not said exactly once: {note.text[:60]}"
    marker = caveat_marker(combined_view, "audience")
    assert marker and marker.startswith("Read with note")
    charts = [item for items in page for item in items if not isinstance(item, str)]
    subtitles = [" ".join(c.to_dict().get("title", {}).get("subtitle", [])) for c in charts]
    assert any("Read with note" in s for s in subtitles)
    assert not any(n.text[:40] in s for n in notes for s in subtitles), "a chart repeats a note's text"


def test_tab_title_cannot_end_the_script():
    js = tab_title("@</script><img src=x onerror=alert(1)> & co on X").data
    assert "<" not in js and ">" not in js and "&" not in js
    assert json.loads(js.removeprefix("document.title = ").removesuffix(";")) == (
        "@</script><img src=x onerror=alert(1)> & co on X"
    )
