"""A figure is null exactly when the export cannot show it, and every surface says so the same way."""

from __future__ import annotations

import shutil

from helpers.platforms.loading import load_export
from helpers.present import views
from helpers.present.findings import findings
from helpers.present.html import headline_html
from helpers.present.summary import summarize, summary_text
from helpers.synthetic.samples import sample_path


def test_instagram_lists_only_has_no_post_figures(tmp_path):
    folder = tmp_path / "instagram"
    shutil.copytree(sample_path("instagram") / "connections", folder / "connections")
    export = load_export(folder, platform="instagram")
    s = summarize(export)
    assert s["posts"]["total"] is None and set(s["posts"]["kind"].values()) == {None}
    assert s["conversation_share"] is None and s["coverage"]["own_posts"] is False
    assert s["people"]["followers"] is not None  # the lists themselves are known
    assert "Posts: not in this export" in summary_text(s)
    assert views.unshowable(export, "voice") is not None


def test_a_mastodon_export_without_followers_or_others_words_says_so_everywhere(tmp_path):
    export = load_export(sample_path("mastodon"))
    s = summarize(export)
    assert s["community"]["size"] is None and s["tiers"]["unanswered"] is None and s["tiers"]["follower"] is None
    assert s["messages"]["sent"] is not None and s["messages"]["received"] is None
    cards = headline_html(s)
    assert cards.count("not in this export") >= 3  # community, followers, unanswered
    assert "Community members</div>" in cards and ">0<" not in cards
    text = summary_text(s)
    assert "follower 0" not in text and "unanswered 0" not in text and "not in this export" in text
    said = " ".join(findings(s))
    assert "community of 0" not in said and "0 members" not in said
    for chart in ("dunbar", "ladder", "states"):
        assert views.unshowable(export, chart), chart


def test_sent_known_received_unknown_is_a_number_and_a_null():
    s = summarize(load_export(sample_path("mastodon")))
    assert isinstance(s["messages"]["sent"], int) and s["messages"]["received"] is None
    assert s["coverage"]["messages_sent"] is True and s["coverage"]["messages"] is False


def test_posts_sentence_says_when_the_export_holds_no_posts():
    from helpers.present.findings import posts_markdown

    unknown = {"posts": {"total": None, "kind": dict.fromkeys(("original", "reply")), "mode": {"broadcast": None}}}
    assert posts_markdown(unknown) == "Posts: not in this export (the export holds none of your posts)."
    known = {"posts": {"total": 3, "kind": {"original": 2, "reply": 1}, "mode": {"broadcast": 2, "conversation": 1}}}
    assert (
        posts_markdown(known)
        == "Posts by kind: original **2**, reply **1**. Voice: broadcast **2**, conversation **1**."
    )
