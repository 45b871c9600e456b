"""What each Facebook layout generation writes where, in which words and in which encoding.

The paths and wrapper keys of each generation (formats notes §2.1), the title sentences Facebook writes,
and Meta's string encoding: the synthetic writer writes exactly this, and the reader's file patterns must
find every path of it (a test checks that). Paths marked unverified rest on the notes' table alone.
"""

from __future__ import annotations

import json
import unicodedata

A24, A23, PG = "your_facebook_activity", "your_activity_across_facebook", "this_profile's_activity_across_facebook"
_CONN = {
    "friends": ("connections/friends/your_friends.json", "friends_v2"),
    "followers": ("connections/followers/people_who_followed_you.json", "followers_v3"),
    "following": ("connections/followers/who_you've_followed.json", "following_v3"),
}


def _modern(a: str, reactions_key: str | None, followers_key: str) -> dict:
    return {
        "profile": ("personal_information/profile_information/profile_information.json", "profile_v2"),
        "posts": (f"{a}/posts/your_posts__check_ins__photos_and_videos_1.json", None),
        "comments": (f"{a}/comments_and_reactions/comments.json", "comments_v2"),
        "reactions": (f"{a}/comments_and_reactions/likes_and_reactions_1.json", reactions_key),
        "stories": (f"{a}/stories/archived_stories.json", "archived_stories_v2"),
        "story_reactions": (f"{a}/stories/story_reactions.json", "stories_feedback_v2"),
        "page_likes": (f"{a}/pages/pages_you've_liked.json", "page_likes_v2"),
        **_CONN,
        "followers": (_CONN["followers"][0], followers_key),
        "messages": f"{a}/messages",
        "e2ee": True,
    }


LAYOUTS = {
    "2024": _modern(A24, "label_values", "followers_v3"),
    "2023": _modern(A23, None, "followers_v2"),
    "2022": {
        "profile": ("profile_information/profile_information.json", "profile_v2"),
        "posts": ("posts/your_posts_1.json", None),
        "comments": ("comments_and_reactions/comments.json", "comments_v2"),
        "reactions": ("comments_and_reactions/posts_and_comments.json", "reactions_v2"),
        "stories": ("stories/archived_stories.json", "archived_stories_v2"),
        "story_reactions": ("stories/story_reactions.json", "stories_feedback_v2"),
        "page_likes": ("pages/pages_you've_liked.json", "page_likes_v2"),
        "friends": ("friends_and_followers/friends.json", "friends_v2"),
        "followers": ("friends_and_followers/followers.json", "followers_v2"),  # file name unverified
        "following": ("friends_and_followers/who_you_follow.json", "following_v2"),
        "messages": "messages",
        "e2ee": False,
    },
    "2020": {
        "profile": ("profile_information/profile_information.json", "profile"),
        "posts": ("posts/your_posts_1.json", None),
        "comments": ("comments/comments.json", "comments"),
        "reactions": ("likes_and_reactions/posts_and_comments.json", "reactions"),
        "page_likes": ("likes_and_reactions/pages.json", "page_likes"),
        "friends": ("friends/friends.json", "friends"),
        "followers": ("following_and_followers/followers.json", "followers"),  # unverified
        "following": ("following_and_followers/following.json", "following"),
        "messages": "messages",
        "e2ee": False,
    },
    "page": {
        "dashboard": (
            "logged_information/professional_dashboard/your_professional_dashboard_activity.json",
            "prodash_activity",
        ),
        "posts": (f"{PG}/posts/profile_posts_1.json", None),
        "comments": (f"{PG}/comments_and_reactions/comments.json", "comments_v2"),
        "reactions": (f"{PG}/comments_and_reactions/likes_and_reactions_1.json", None),
        "followers": _CONN["followers"],
        "following": _CONN["following"],
        "messages": f"{PG}/messages",
        "e2ee": False,
    },
}
# English titles as seen in Waultar's content_examples.md; Italian "risposto al commento di", "A X piace il post di"
# and "aggiunto "Love" alla storia di" as seen in hudi-connectors-2022-it, the other Italian ones built alike.
TITLES = {
    "en": {
        "comment": "{o} commented on {t}'s post.",
        "reply": "{o} replied to {t}'s comment.",
        "own": "{o} commented on their own post.",
        "like": "{o} likes {t}'s post.",
        "react": "{o} reacted to {t}'s photo.",
        "share": "{o} shared {t}'s post.",
        "timeline": "{o} wrote on {t}'s timeline.",
        "status": "{o} updated their status.",
        "photo": "{o} added a new photo.",
        "story_react": "{o} reacted to {t}'s story.",
        "story": "A photo from {o}'s story was added to their archive.",
    },
    "it": {
        "comment": "{o} ha commentato il post di {t}.",
        "reply": "{o} ha risposto al commento di {t}.",
        "own": "{o} ha commentato il suo post.",
        "like": "A {o} piace il post di {t}.",
        "react": "{o} ha reagito alla foto di {t}.",
        "share": "{o} ha condiviso il post di {t}.",
        "timeline": "{o} ha scritto sul diario di {t}.",
        "status": "{o} ha aggiornato il suo stato.",
        "photo": "{o} ha aggiunto una nuova foto.",
        "story_react": '{o} ha aggiunto "Love" alla storia di {t}.',
        "story": "Una foto è stata aggiunta all'archivio delle storie.",
    },
}


def mojibake(value):
    """Every string as Meta writes it: its UTF-8 bytes read as Latin-1 (json then escapes them as \\u00XX)."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: mojibake(v) for k, v in value.items()}
    return value


def slug(name: str) -> str:
    """A thread folder's name part as Facebook forms it from a title: ASCII letters and digits, lowercased."""
    return "".join(c for c in unicodedata.normalize("NFKD", name).lower() if c.isascii() and c.isalnum())


def dump(value) -> bytes:
    """A JSON file as Meta writes it: two-space indent, every non-ASCII byte a \\u00XX escape."""
    return json.dumps(mojibake(value), indent=2, ensure_ascii=True).encode("ascii")
