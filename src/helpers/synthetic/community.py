"""What every synthetic writer plants and reports: the planted community's shape, its ground truth, and
the names and words people and posts are made of. Writers import the model and this, never a reader."""

from __future__ import annotations

from dataclasses import dataclass, field

FIRST_NAMES = [
    "ada",
    "ben",
    "cleo",
    "dev",
    "emi",
    "femi",
    "gus",
    "hana",
    "ivo",
    "jun",
    "kai",
    "lea",
    "mo",
    "nia",
    "oli",
    "pia",
    "quin",
    "rae",
    "sol",
    "tam",
    "uma",
    "vic",
    "wen",
    "xia",
    "yui",
    "zed",
]
LAST_NAMES = [
    "baker",
    "cooper",
    "dunn",
    "ellis",
    "frost",
    "gray",
    "hale",
    "irwin",
    "jones",
    "kerr",
    "lowe",
    "moss",
    "nash",
    "ortiz",
    "park",
    "quinn",
    "reed",
    "shaw",
    "tate",
    "vance",
    "webb",
    "young",
]
WORDS = (
    "fresh sourdough today",
    "new seasonal menu",
    "open late on friday",
    "thanks for coming by",
    "we are hiring a barista",
    "rainy day soup special",
    "live music this weekend",
    "oat milk is back",
    "closed monday for repairs",
    "try the cardamom bun",
    "community board is updated",
    "local beans roasted weekly",
)


@dataclass(frozen=True)
class CommunitySpec:
    core: int = 5
    members_observed: int = 8
    members_inferred: int = 6
    unanswered: int = 4
    reached: int = 10  # half follow the owner (addressed once), half do not
    followers: int = 120  # passive; a quarter are followed back
    following: int = 40  # the owner follows them, nothing else
    broadcasters: int = 12  # only reposted by the owner: no tier
    converts: int = 3  # followers who become members in month 16
    drifters: int = 2  # core in the first three months, then silent: "away" at the end


@dataclass
class GroundTruth:
    owner: dict
    tiers: dict[str, list[str]]
    evidence: dict[str, str]
    kinds: dict[str, int]
    modes: dict[str, int]
    # None where the export cannot tell (no follower list, no inbound messages): the summary shows null.
    followers: int | None
    following: int | None
    mutuals: int | None
    messages_sent: int
    messages_received: int | None
    files: list[str] = field(default_factory=list)
    listening: dict = field(default_factory=dict)  # openers, answered, median_answer_hours, waiting
    ladder: dict = field(default_factory=dict)  # converts, convert_month, drifters

    def tier_counts(self) -> dict[str, int]:
        return {t: len(ids) for t, ids in self.tiers.items()}
