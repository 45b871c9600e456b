"""A realistic LinkedIn data export in the exact real format of one generation, with a planted community.

    truth = write_linkedin_export(Path("/tmp/li"), seed=7)               # 2025 layout, a folder
    truth = write_linkedin_export(Path("/tmp"), as_archive=True)         # Complete_LinkedInDataExport_11-02-2026.zip

Planted: core (messages both ways in 3+ months, two of them also in a group), members (both ways in one
or two months), inferred members (connections named in two posts or comments, nothing seen back),
unanswered (they write, no answer), reached (written to or named once, nothing back), followers
(connections, no contact), following (Member_Follows.csv only). Also: a sponsored InMail, spam, a draft,
a hidden connection, strangers' pending invitations, multi-image and repeated share rows: none counts.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from helpers.model import KINDS, MODES
from helpers.synthetic.community import GroundTruth
from helpers.synthetic.x_format import write_files

ERAS = {
    "2018": datetime(2018, 11, 4),
    "2020": datetime(2021, 5, 14),
    "2021": datetime(2021, 11, 20),
    "2023": datetime(2023, 10, 21),
    "2025": datetime(2025, 8, 15),
    "2026": datetime(2026, 11, 2),
}
_FIRST = [
    "Ada",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Esther",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemi",
    "Lars",
    "Mei",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Vera",
    "Wanjiru",
    "Yusuf",
]
_LAST = [
    "Achebe",
    "Brandt",
    "Castillo",
    "Dufresne",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Horvath",
    "Iwasaki",
    "Jankowski",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Sorensen",
    "Tanaka",
    "Umarov",
    "Varga",
    "Whitfield",
    "Zielinski",
]
_TOPICS = (
    "our quarterly hiring plan",
    "the data team offsite",
    "a talk on product analytics",
    "remote work habits",
    "the new dashboard release",
    "lessons from a failed launch",
    "mentoring junior analysts",
    "a conference recap",
)
NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will '
    "only see email addresses for connections who have allowed their connections to see or download their email "
    "address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)


def _csv(rows: list[list[str]], newline: str = "\n", quote_all: bool = False, sep: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(
        buf, delimiter=sep, lineterminator=newline, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    ).writerows(rows)
    return buf.getvalue()


def _us(at: datetime) -> str:
    """``6/14/24, 5:57 AM``: Invitations "Sent At" and 2018 Connections (formats notes §0.4)."""
    return f"{at.month}/{at.day}/{at:%y}, {(at.hour % 12) or 12}:{at:%M} {'AM' if at.hour < 12 else 'PM'}"


def _comment_field(msg: str, era: str) -> str:
    """Comments.csv's broken quoting: 2021 leaves line breaks unquoted; 2025 escapes quotes as \\"."""
    if era >= "2025":
        return '"' + msg.replace('"', '\\"') + '"' if any(c in msg for c in ',"\n') else msg
    if era == "2023":
        return '"' + msg.replace('"', '""') + '"' if any(c in msg for c in ',"\n') else msg
    return '"' + msg.replace('"', '""') + '"' if any(c in msg for c in ',"') else msg


class _Plant:
    def __init__(self, seed: int, era: str):
        self.rng, self.era, self.export = random.Random(seed), era, ERAS[era]
        self.names = [f"{f} {last}" for f in _FIRST for last in _LAST]
        self.rng.shuffle(self.names)
        self.people: list[dict] = []
        self.msgs: list[dict] = []
        self.posts: list[dict] = []
        self.kinds, self.modes = dict.fromkeys(KINDS, 0), dict.fromkeys(MODES, 0)
        self.sent = self.received = 0

    def person(self, tier: str | None, connection: bool = True, **kw) -> dict:
        """A new person with a unique name and profile URL, planted in ``tier`` (None: no tier)."""
        name = self.names.pop()
        slug = name.lower().replace(" ", "-") + f"-{self.rng.randrange(16**4):04x}"
        p = {
            "name": name,
            "url": f"https://www.linkedin.com/in/{slug}",
            "tier": tier,
            "connection": connection,
            "connected": self.at(self.rng.randrange(24)),
            "url_seen": False,
            **kw,
        }
        self.people.append(p)
        return p

    def at(self, month: int) -> datetime:
        """A time in calendar month ``month`` of the 24 before the export's month (0 = the earliest)."""
        y, m = divmod(self.export.year * 12 + self.export.month - 1 - (24 - month), 12)
        return datetime(y, m + 1, 1) + timedelta(
            days=self.rng.randint(0, 27),
            hours=self.rng.randint(7, 21),
            minutes=self.rng.randint(0, 59),
            seconds=self.rng.randint(0, 59),
        )

    def message(self, conv: str, sender: dict | None, to: list[dict], at: datetime, **kw) -> None:
        """One message; ``sender`` None is the owner."""
        self.msgs.append({"conv": conv, "from": sender, "to": to, "at": at, **kw})
        if not kw:
            self.sent += sender is None
            self.received += sender is not None
            if sender is not None and self.era >= "2020":
                sender["url_seen"] = True  # SENDER PROFILE URL
            if sender is None and self.era >= "2023":
                for p in to:
                    p["url_seen"] = True  # RECIPIENT PROFILE URLS

    def post(self, kind: str, at: datetime, text: str | None, mentions: Sequence[dict] = (), **kw) -> dict:
        """An own post or comment, counted by kind and voice mode (naming someone makes it conversation)."""
        p = {"kind": kind, "at": at, "text": text, "id": str(7_100_000_000_000_000_000 + len(self.posts) * 7919), **kw}
        self.posts.append(p)
        self.kinds[kind] += 1
        self.modes[
            "amplification" if kind == "repost" else "conversation" if kind == "comment" or mentions else "broadcast"
        ] += 1
        return p


def _plan(pl_: _Plant, owner: dict) -> None:
    r = pl_.rng
    conv = iter(f"2-{r.randrange(16**12):012x}{i:04d}==" for i in range(10_000))
    core = [pl_.person("core") for _ in range(4)]
    for p in core:
        c = next(conv)
        for month in r.sample(range(24), r.randint(3, 5)):
            pl_.message(c, p, [owner], pl_.at(month))
            pl_.message(c, None, [p], pl_.at(month))
    group = next(conv)
    for k in range(4):  # owner, core[0], owner, core[1]
        sender = None if k % 2 == 0 else core[k // 2]
        to = [core[0], core[1]] if sender is None else [owner, core[1 - k // 2]]
        pl_.message(group, sender, to, pl_.at(20 + k))
    for i in range(5):  # members: both ways within one or two months; two are not connections
        p, c, months = pl_.person("member", connection=i < 3), next(conv), r.sample(range(24), r.randint(1, 2))
        pl_.message(c, p, [owner], pl_.at(months[0]))
        pl_.message(c, None, [p], pl_.at(months[-1]))
    for i in range(3):  # unanswered: they write, the owner never does
        p, c = pl_.person("unanswered", connection=i < 2), next(conv)
        for _ in range(r.randint(1, 3)):
            pl_.message(c, p, [owner], pl_.at(r.randrange(24)))
    for i in range(2):  # reached by a message that got no answer; one is a pending invitee
        p = pl_.person("reached", connection=i == 0, invited=i == 1)
        pl_.message(next(conv), None, [p], pl_.at(r.randrange(24)))
    inferred = [pl_.person("member", evidence="inferred") for _ in range(3)]
    named_once = [pl_.person("reached") for _ in range(2)] + [pl_.person("reached", connection=False, invited=True)]
    followers = [pl_.person("follower") for _ in range(25)]
    for _ in range(4):
        pl_.person("following", connection=False, followed=True)
    for _ in range(2):
        pl_.person(None, connection=False, inviter=True)  # strangers' pending invitations: no tier
    # Noise that must not count: sponsored InMail, a spam message, an unsent draft (2025 on).
    if pl_.era >= "2020":  # the 2018 file has no sender URL to tell sponsored InMail by
        pl_.message(next(conv), {"name": "LinkedIn Premium", "url": ""}, [owner], pl_.at(12), sponsored=True)
    pl_.message(
        next(conv),
        {"name": "Crypto Deals", "url": "https://www.linkedin.com/in/crypto-deals"},
        [owner],
        pl_.at(13),
        folder="SPAM",
    )
    if pl_.era >= "2025":
        pl_.message(next(conv), None, [followers[0]], pl_.at(14), draft=True)

    # Posts: own shares (some multi-line with quotes, some naming people), reposts, comments.
    own = []
    for i in range(18):
        topic, at = r.choice(_TOPICS), pl_.at(r.randrange(24))
        text = (
            f'Thoughts on {topic}:\n\n"Measure what matters" is still the rule.\nMore soon.'
            if i % 3 == 0
            else f"Sharing notes on {topic}, with a link"
            if i % 5 == 1
            else f"A short update on {topic}."
        )
        own.append(
            pl_.post(
                "original", at, text, link=f"https://example.org/{i}" if i % 5 == 1 else None, images=2 if i == 2 else 1
            )
        )
    for _ in range(6):
        pl_.post("repost", pl_.at(r.randrange(24)), None)
    for p in inferred:  # named twice: once in a share, once in a comment
        pl_.post("original", pl_.at(r.randrange(24)), f"Great working with {p['name']} on {r.choice(_TOPICS)}.", [p])
        pl_.post("comment", pl_.at(r.randrange(24)), f'{p["name"]} thanks, that helped, "a lot"!', [p], on=None)
    for p in named_once:
        pl_.post("comment", pl_.at(r.randrange(24)), f"{p['name']} Congrats!\nWell deserved.", [p], on=None)
    for i in range(10):
        pl_.post(
            "comment",
            pl_.at(r.randrange(24)),
            f"Interesting take on {r.choice(_TOPICS)}."
            if i % 2
            else f"Agreed.\nThe part about {r.choice(_TOPICS)} is key",
            on=own[i]["id"] if i < 2 else None,
        )


def _files(pl_: _Plant, owner: dict) -> dict[str, bytes]:
    era, files, r = pl_.era, {}, pl_.rng
    ts = "%Y-%m-%d %H:%M:%S"
    num = "_34875879" if era == "2026" else ""
    crlf = "\r\n" if era in ("2020", "2021") else "\n"
    # Connections.csv: no preamble before 2021; URL column from 2023; US dates in 2018.
    conns = sorted((p for p in pl_.people if p["connection"]), key=lambda p: p["connected"], reverse=True)
    head = (
        ["First Name", "Last Name"]
        + (["URL"] if era >= "2023" else [])
        + ["Email Address", "Company", "Position", "Connected On"]
    )
    rows = [
        [*p["name"].split(" ", 1)]
        + ([p["url"]] if era >= "2023" else [])
        + [
            f"{p['name'].split()[0].lower()}@example.invalid" if i % 7 == 0 else "",
            "Northwind",
            "Analyst",
            _us(p["connected"]) if era == "2018" else p["connected"].strftime("%d %b %Y"),
        ]
        for i, p in enumerate(conns)
    ]
    if era >= "2021":  # a hidden or closed profile leaves only its date
        rows.insert(3, [""] * (len(head) - 1) + [pl_.at(5).strftime("%d %b %Y")])
    files["Connections.csv"] = ((NOTES if era >= "2021" else "") + _csv([head, *rows])).encode()
    for p in conns:
        p["url_seen"] |= era >= "2023"
    # Invitations.csv: pending only; profile URLs from 2023.
    inv = [
        ["From", "To", "Sent At", "Message", "Direction"]
        + (["inviterProfileUrl", "inviteeProfileUrl"] if era >= "2023" else [])
    ]
    for p in pl_.people:
        if p.get("invited") or p.get("inviter"):
            out, sent = bool(p.get("invited")), _us(pl_.at(22))
            row = [owner["name"], p["name"]] if out else [p["name"], owner["name"]]
            urls = [owner["url"], p["url"]] if out else [p["url"], owner["url"]]
            inv.append(
                row
                + [sent, "" if out else "Hi, let's connect", "OUTGOING" if out else "INCOMING"]
                + (urls if era >= "2023" else [])
            )
            p["url_seen"] |= era >= "2023"
    files["Invitations.csv"] = _csv(inv).encode()
    files["Member_Follows.csv"] = _csv(
        [["Date", "Status", "FullName"]]
        + [[pl_.at(3).strftime(ts), "Active", p["name"]] for p in pl_.people if p.get("followed")]
    ).encode()
    files["Profile.csv"] = _csv(
        [
            [
                "First Name",
                "Last Name",
                "Maiden Name",
                "Address",
                "Birth Date",
                "Headline",
                "Summary",
                "Industry",
                "Zip Code",
                "Geo Location",
                "Twitter Handles",
                "Websites",
                "Instant Messengers",
            ],
            [
                *owner["name"].split(" ", 1),
                "",
                "12 Secret Lane",
                "Oct 18",
                "Head of Data",
                "I build teams.",
                "Technology",
                "00000",
                "Uppsala",
                "",
                "",
                "",
            ],
        ]
    ).encode()
    files["Email Addresses.csv"] = _csv(
        [
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            ["owner-secret@example.invalid", "Yes", "Yes", "1/1/20, 1:00 PM"],
        ]
    ).encode()
    files.update(_messages(pl_, owner))
    # Shares.csv: 2018 is UTF-16 TSV; multi-line commentary keeps each line wrapped in quotes ('"\n"').
    share_rows = []
    for p in sorted((p for p in pl_.posts if p["kind"] != "comment"), key=lambda p: p["at"], reverse=True):
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{p['id']}"
        text = '"\n"'.join((p["text"] or "").split("\n"))
        for k in range(p.get("images", 1)):  # one row per attached image, same link
            media = f"https://media.licdn.com/dms/image/{p['id']}-{k}" if p.get("images", 1) > 1 else ""
            date = p["at"].strftime("%Y/%m/%d %H:%M:%S UTC" if era == "2018" else ts)
            share_rows.append((date, link, text, p.get("link") or "", media, "MEMBER_NETWORK"))
    share_rows.insert(1, share_rows[0])  # a repeated row (seen: Femi10-2021)
    if era == "2018":
        head = [
            "Date",
            "Share Title",
            "Share Description",
            "Share Link",
            "Share Commentary",
            "Shared URL",
            "Media URL",
            "Type",
            "Visibility",
        ]
        body = [head] + [[d, "", "", lk, t, s, m, "Homepage", "Connections"] for d, lk, t, s, m, _ in share_rows]
        files["Shares.csv"] = b"\xff\xfe" + _csv(body, quote_all=True, sep="\t").encode("utf-16-le")
    else:
        urls = ["SharedURL", "MediaURL"] if era < "2023" else ["SharedUrl", "MediaUrl"]
        files[f"Shares{num}.csv"] = _csv(
            [["Date", "ShareLink", "ShareCommentary", *urls, "Visibility"]] + [list(x) for x in share_rows], crlf
        ).encode()
    lines = ["Date,Link,Message"]
    for p in sorted((p for p in pl_.posts if p["kind"] == "comment"), key=lambda p: p["at"], reverse=True):
        urn = f"urn%3Ali%3Ashare%3A{p['on']}" if p.get("on") else f"urn%3Ali%3Aactivity%3A{r.randrange(10**18, 10**19)}"
        msg = p["text"].replace("\n", crlf)
        lines.append(f"{p['at'].strftime(ts)},https://www.linkedin.com/feed/update/{urn},{_comment_field(msg, era)}")
    files[f"Comments{num}.csv"] = (crlf.join(lines) + crlf).encode()
    files[f"Reactions{num}.csv"] = _csv(
        [["Date", "Type", "Link"]]
        + [
            [
                pl_.at(r.randrange(24)).strftime(ts),
                r.choice(["LIKE", "PRAISE", "EMPATHY", "INTEREST"]),
                f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{r.randrange(10**18, 10**19)}",
            ]
            for _ in range(40)
        ],
        crlf,
    ).encode()
    return files


def _messages(pl_: _Plant, owner: dict) -> dict[str, bytes]:
    """messages.csv in the era's header; 2018 Messages.csv has Direction and no URLs or conversation ids."""
    era = pl_.era
    msgs = sorted(pl_.msgs, key=lambda m: m["at"], reverse=True)
    if era == "2018":
        rows = [["From", "To", "Date", "Subject", "Content", "Direction", "Folder"]] + [
            [
                (m["from"] or owner)["name"],
                ", ".join(p["name"] for p in m["to"]),
                _us(m["at"]),
                "",
                "Hello there",
                "OUTGOING" if m["from"] is None else "INCOMING",
                m.get("folder", "INBOX"),
            ]
            for m in msgs
        ]
        return {"Messages.csv": _csv(rows).encode()}
    head = (
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO"]
        + (["RECIPIENT PROFILE URLS"] if era >= "2023" else [])
        + ["DATE", "SUBJECT", "CONTENT", "FOLDER"]
        + (["ATTACHMENTS", "IS MESSAGE DRAFT"] if era >= "2025" else [])
    )
    rows = [head]
    for m in msgs:
        sender = m["from"] or owner
        content = "Sponsored offer for %FIRSTNAME%" if m.get("sponsored") else "Good to hear from you.\nLet's talk soon"
        row = [
            m["conv"],
            "Sponsored" if m.get("sponsored") else "",
            sender["name"],
            sender["url"],
            ", ".join(p["name"] for p in m["to"]),
        ] + ([",".join(p["url"] for p in m["to"])] if era >= "2023" else [])
        row += [m["at"].strftime("%Y-%m-%d %H:%M:%S UTC"), "", content, m.get("folder", "INBOX")]
        rows.append(row + (["", "Yes" if m.get("draft") else "No"] if era >= "2025" else []))
    # 2026 quotes every field, header included (seen by structure in 2026 exports; formats research).
    return {"messages.csv": _csv(rows, quote_all=era == "2026").encode()}


def write_linkedin_export(dest: Path, seed: int = 7, as_archive: bool = False, era: str = "2025") -> GroundTruth:
    """Write a LinkedIn export of ``era`` (one of ``ERAS``) to ``dest``: a folder, or with ``as_archive`` a zip
    (``dest`` itself when it ends in .zip, else ``dest/Complete_LinkedInDataExport_MM-DD-YYYY.zip``)."""
    pl_ = _Plant(seed, era)
    owner = {"name": "Rosa Lindqvist", "url": "https://www.linkedin.com/in/rosa-lindqvist-5b2a1"}
    pl_.names = [n for n in pl_.names if n != owner["name"]]
    _plan(pl_, owner)
    files = _files(pl_, owner)
    dest = Path(dest)
    if as_archive and dest.suffix != ".zip":
        dest = dest / f"Complete_LinkedInDataExport_{pl_.export:%m-%d-%Y}.zip"
    write_files(dest, files, as_archive)

    def key(p: dict) -> str:
        """The key the reader gives: the URL where the export shows it with the name, else the name."""
        return p["url"] if p["url_seen"] else " ".join(p["name"].split()).lower()

    tiers = {
        t: sorted(key(p) for p in pl_.people if p["tier"] == t)
        for t in ("core", "member", "unanswered", "reached", "follower", "following")
    }
    conns = [p for p in pl_.people if p["connection"]]
    oid = owner["url"] if era >= "2020" else owner["name"].lower()
    return GroundTruth(
        owner={
            "account_id": oid,
            "handle": oid.rsplit("/", 1)[-1] if era >= "2020" else None,
            "display_name": owner["name"],
        },
        tiers=tiers,
        evidence={key(p): p.get("evidence", "observed") for p in pl_.people if p["tier"] in ("core", "member")},
        kinds=pl_.kinds,
        modes=pl_.modes,
        followers=len(conns),
        following=len(conns) + sum(1 for p in pl_.people if p.get("followed")),
        mutuals=len(conns),
        messages_sent=pl_.sent,
        messages_received=pl_.received,
        files=sorted(files),
    )
