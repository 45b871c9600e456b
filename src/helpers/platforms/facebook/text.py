"""People in Facebook's words: name keys, whose content a localised title names, and mentions in text.

Facebook exposes names, never ids or profile URLs (formats notes §0.1), so people are keyed by a normalised
display name. Titles are sentences in the account's language ("X commented on Y's post.", Italian "Davide ha
risposto al commento di Emanuele."): the target is found by a small per-language table anchored on the words
around the name, then by looking for a name the export already knows (friends, followers, message partners).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from helpers.platforms.meta.text import repair_mojibake

# Deleted or deactivated accounts: one name for many people, so never a person.
# seen: real-exports/facebook/tardigrde-facebook-data-miner (group thread); the translations are unverified.
PLACEHOLDERS = {
    "facebook user",
    "utente di facebook",
    "facebook-gebruiker",
    "utilisateur de facebook",
    "usuario de facebook",
    "facebook-nutzer",
    "",
}

_NAME = r"(?P<target>[^.?!]+?)"
# Whose content a title names, one pattern per language; the first that matches wins. No pattern relies on
# the owner's name: one export can write it two ways (seen: hudi-connectors-2022-it, "Davide ha risposto ..."
# in comments.json, "Mario ha aggiunto ..." in story_reactions.json), and titles may lack the final period.
TARGET_PATTERNS = [
    # English, seen: Waultar content_examples.md ("... replied to Tobias Løye's comment.", "... on Y's post.")
    re.compile(
        r"\b(?:on|to|likes?|liked|loves?|reacted to|shared)\s+" + _NAME + r"['’]s?\s+(?:own\s+)?"
        r"(?:post|comment|photo|video|status|link|album|story|reel|life event|event|note|timeline|wall|"
        r"cover photo|profile picture|memory|reply|live video|check-in|review|birthday)\b",
        re.I,
    ),
    # Italian, seen: real-exports/facebook/hudi-connectors-2022-it ("... al commento di Emanuele.",
    # "A Davide piace il post di Dario", "... alla storia di Giusy.")
    re.compile(
        r"\b(?:commento|post|foto|video|stato|storia|link|diario|album|reel|risposta|evento|nota)\s+"
        r"(?:di|del|della)\s+" + _NAME + r"\.?\s*$",
        re.I,
    ),
    # Dutch, French, Spanish/Portuguese, German: same construction, unverified against a real export.
    re.compile(
        r"\b(?:bericht|opmerking|reactie|foto|video|status|verhaal|link|tijdlijn|album)\s+van\s+"
        + _NAME
        + r"(?:\s+(?:leuk|gedeeld))?\.?\s*$",
        re.I,
    ),
    re.compile(
        r"\b(?:publication|commentaire|photo|vidéo|statut|story|journal|lien|album)\s+d(?:e\s+|['’])"
        + _NAME
        + r"\.?\s*$",
        re.I,
    ),
    re.compile(
        r"\b(?:publicación|publicação|comentario|comentário|foto|video|vídeo|estado|historia|história|"
        r"biografía|enlace|álbum)\s+de\s+" + _NAME + r"\.?\s*$",
        re.I,
    ),
    re.compile(
        r"\b(?:Beitrag|Kommentar|Foto|Video|Status|Story|Chronik|Link|Album)\s+von\s+"
        + _NAME
        + r"(?:\s+(?:kommentiert|geantwortet|reagiert|geteilt|gefällt))?\.?\s*$",
        re.I,
    ),
]
# "... commented on his own post.", "... ha commentato il suo post." (own content, no target named).
OWN_CONTENT = re.compile(
    r"\b(?:(?:his|her|their|your|my) own|il suo|la sua|i suoi|le sue|(?:zijn|haar|hun) eigen|"
    r"(?:son|sa|ses) propres?|su propi[ao]|(?:seinen|seine|ihren|ihre) eigene[nm]?)\b",
    re.I,
)
# A post that shares someone else's post (a repost) rather than writing on their timeline.
SHARE_VERB = re.compile(r"\b(?:shared|ha condiviso|gedeeld|a partagé|compartió|compartilhou|geteilt)\b", re.I)
# Page exports write tags as "@[<numeric id>:274:<Page name>]" (notes §2.1).
PAGE_MENTION = re.compile(r"@\[(\d+):\d+:([^\]]+)\]")
AT_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_.]{2,50})\b")


@lru_cache(maxsize=200_000)
def person_key(name: str | None) -> str:
    """The key of a person (from a name already repaired): NFKC-normalised, case-folded, single-spaced.

    >>> person_key("  Jenő  REJTŐ ")
    'jenő rejtő'
    """
    if name is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def is_person(name: str | None) -> bool:
    return person_key(name) not in PLACEHOLDERS


def clean_name(raw: str | None) -> str | None:
    """A display name as read from a file: mojibake repaired, trimmed; None for placeholders."""
    name = (repair_mojibake(raw) or "").strip()
    return name if is_person(name) else None


class KnownNames:
    """Names the export lists (friends, followers, following, message partners), found as whole words in text."""

    def __init__(self, names: Iterable[str], exclude: set[str], min_words: int = 1, genitive: bool = False):
        keyed = {person_key(n): " ".join(n.split()) for n in names if n and is_person(n)}
        keep = sorted(
            (v for k, v in keyed.items() if k not in exclude and len(v.split()) >= min_words), key=len, reverse=True
        )
        # genitive: a name may carry the possessive "s" of Danish, Swedish or German titles ("Kim Larsens tidslinje").
        tail = r"(?=(?:['’]?s)?(?!\w))" if genitive else r"(?!\w)"
        self._rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keep)) + ")" + tail, re.I) if keep else None

    def find(self, text: str | None) -> list[str]:
        return [m.group(0) for m in self._rx.finditer(text)] if self._rx is not None and text else []


def title_target(title: str | None, owner_keys: set[str], known: KnownNames) -> tuple[str | None, bool]:
    """``(target name, on own content)`` of a localised title; ``(None, False)`` when it names no one."""
    if not title:
        return None, False
    # Start after the owner's name, so that words of the name ("To", "On") cannot anchor a pattern.
    lowered = title.casefold()
    start = max((len(k) for k in owner_keys if k and lowered.startswith(k)), default=0)
    title = title[start:]
    for rx in TARGET_PATTERNS:
        m = rx.search(title)
        if m:
            target = m.group("target").strip(" \"'“”«»")
            return (None, True) if person_key(target) in owner_keys else (target, False)
    if OWN_CONTENT.search(title):
        return None, True
    # No pattern for this language: a name the export knows, other than the owner's (the longest first).
    found = [n for n in known.find(title) if person_key(n) not in owner_keys]
    return (found[0], False) if found else (None, False)


def text_mentions(text: str | None, tags: Iterable[str], known_full_names: KnownNames) -> tuple[str | None, list[str]]:
    """``(text with Page mention tokens decoded, names mentioned)``: tags, ``@[id:274:Name]`` tokens, ``@handles``
    and the full names of known people written out in the text (that is how a tagged friend appears)."""
    names = [t for t in tags if t]
    if text:
        names += [m.group(2) for m in PAGE_MENTION.finditer(text)]
        text = PAGE_MENTION.sub(lambda m: m.group(2), text)
        names += AT_HANDLE.findall(text)
        names += known_full_names.find(text)
    seen: dict[str, str] = {}
    for n in names:
        if is_person(n):
            seen.setdefault(person_key(n), " ".join(n.split()))
    return text, list(seen.values())
