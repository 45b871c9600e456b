"""LinkedIn messages.csv: both sides of every conversation, into ``message`` interactions.

Generations (formats notes §3.2): 2018 ``Messages.csv`` ``From,To,Date,Subject,Content,Direction,Folder``;
2019-2023 ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER``
(seen: real-exports/linkedin/hudi-connectors-2021); since 2023 ``RECIPIENT PROFILE URLS`` after ``TO``; 2025
adds ``ATTACHMENTS`` and ``IS MESSAGE DRAFT``; 2026 quotes every field. Subject and content are never kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from helpers.model import INTERACTIONS_SCHEMA, UTC_TIME, conform
from helpers.platforms.archive import Archive
from helpers.platforms.linkedin.files import check_times, parse_time, read_table
from helpers.platforms.linkedin.people import HIDDEN_MEMBER, name_key, name_key_str, with_keys

WANTED = (
    "conversationid",
    "from",
    "senderprofileurl",
    "to",
    "recipientprofileurls",
    "date",
    "folder",
    "ismessagedraft",
    "direction",
)


@dataclass
class RawMessages:
    """Messages as read: one row per message (``row``), one per recipient in ``recipients``."""

    messages: pl.DataFrame
    recipients: pl.DataFrame
    generation: str
    skipped: dict[str, int]

    @classmethod
    def empty(cls) -> RawMessages:
        """No messages file: nothing to read, nothing skipped."""
        messages = pl.DataFrame(
            schema={"row": pl.UInt32, "at": UTC_TIME, "no_sender_url": pl.Boolean, **dict.fromkeys(WANTED, pl.String)}
        )
        return cls(messages, pl.DataFrame(schema={"row": pl.UInt32, "name": pl.String, "url": pl.String}), "", {})


def read_messages(archive: Archive, name: str, notes: list[str]) -> RawMessages:
    """messages.csv with drafts, spam and senders without a profile (sponsored InMail) left out."""
    raw = read_table(archive, name, ("FROM", "TO", "DATE"), WANTED, "messages.csv", notes, ("date",))
    cols = set(raw.columns)
    generation = (
        "2018 (Direction column)"
        if "direction" in cols
        else "2025+ (draft flag)"
        if "ismessagedraft" in cols
        else "2023+ (recipient URLs)"
        if "recipientprofileurls" in cols
        else "2019-2023 (sender URL only)"
    )
    notes.append(f"{name}: {generation}")
    raw = conform(raw, pl.Schema(dict.fromkeys(WANTED, pl.String))).with_row_index("row")
    raw = raw.with_columns(at=parse_time("date"))
    check_times(raw, "date", "at", archive, name)
    draft = pl.col("ismessagedraft").fill_null("").str.to_lowercase().is_in(["yes", "true"])
    spam = pl.col("folder").fill_null("").str.to_uppercase() == "SPAM"
    # Sponsored InMail and hidden "LinkedIn Member" senders have no profile URL; the 2018 file has no URL column.
    sponsored = pl.lit("senderprofileurl" in cols) & pl.col("senderprofileurl").is_null()
    skipped = {
        "unsent drafts": raw.filter(draft).height,
        "in the spam folder": raw.filter(spam & ~draft).height,
        "without a sender profile (sponsored InMail or a hidden member)": raw.filter(sponsored & ~draft & ~spam).height,
    }
    messages = raw.filter(~draft & ~spam).with_columns(no_sender_url=sponsored)
    # TO joins several names with ",", RECIPIENT PROFILE URLS their URLs with "," (2023 on): paired by
    # position when the counts agree; a name holding a comma ("Jane Doe, Ph.D.") leaves only the URLs.
    names = messages.select("row", name=pl.col("to").str.split(",")).explode("name")
    urls = messages.select("row", url=pl.col("recipientprofileurls").str.split(",")).explode("url")
    names = names.with_columns(pl.col("name").str.strip_chars(), pos=pl.int_range(pl.len()).over("row"))
    urls = urls.with_columns(pl.col("url").str.strip_chars().replace("", None), pos=pl.int_range(pl.len()).over("row"))
    counts = (
        names.group_by("row")
        .agg(n_names=pl.len())
        .join(urls.drop_nulls("url").group_by("row").agg(n_urls=pl.len()), on="row", how="left")
        .with_columns(pl.col("n_urls").fill_null(0))
    )
    recipients = (
        names.join(urls, on=["row", "pos"], how="full", coalesce=True)
        .join(counts, on="row", how="left")
        .with_columns(
            name=pl.when((pl.col("n_urls") > 0) & (pl.col("n_urls") != pl.col("n_names"))).then(None).otherwise("name")
        )
        .filter(pl.col("name").is_not_null() | pl.col("url").is_not_null())
        .filter((pl.col("n_urls") == 0) | pl.col("url").is_not_null())
        .select("row", "name", "url")
    )
    return RawMessages(messages, recipients, generation, skipped)


def owner_from_messages(raw: RawMessages, hints: list[str]) -> tuple[str | None, str | None, bool]:
    """The owner's name and URL as messages.csv writes them, and whether that was a clear pick.

    The owner is in every conversation (formats notes §3.4.7): the name in the most conversations wins;
    a tie goes to a name Profile.csv or Invitations.csv gives the owner, then to the profile's first name,
    then to the most messages sent. The 2018 file says it outright: OUTGOING messages are the owner's.
    """
    m = raw.messages
    if m.height == 0:
        return None, None, True
    if m["direction"].is_not_null().any():
        outgoing = m.filter(pl.col("direction").str.to_uppercase() == "OUTGOING")
        if outgoing.height:
            return outgoing["from"].mode().sort()[0], None, True
        incoming = m.filter(pl.col("direction").str.to_uppercase() == "INCOMING")
        return (incoming["to"].mode().sort()[0] if incoming.height else None), None, True
    conv = pl.coalesce("conversationid", pl.col("row").cast(pl.String))
    parts = (
        pl.concat(
            [
                m.select("row", conv=conv, name="from", sent=pl.lit(1)),
                raw.recipients.join(m.select("row", conv=conv), on="row").select("row", "conv", "name", sent=pl.lit(0)),
            ]
        )
        .with_columns(key=name_key("name"))
        .drop_nulls("key")
    )
    hint_keys = [name_key_str(h) for h in hints if h]
    first_names = [h.split(" ")[0] for h in hint_keys]
    ranked = (
        parts.group_by("key")
        .agg(convs=pl.col("conv").n_unique(), sent=pl.col("sent").sum(), name=pl.col("name").first())
        .with_columns(hinted=pl.col("key").is_in(hint_keys), first=pl.col("key").is_in(first_names))
        .sort(["convs", "hinted", "first", "sent", "key"], descending=[True, True, True, True, False])
    )
    best = ranked.row(0, named=True)
    clear = ranked.height == 1 or ranked["convs"][1] < best["convs"] or best["hinted"] or best["first"]
    sender_urls = m.filter(name_key("from") == best["key"])["senderprofileurl"].drop_nulls()
    url = sender_urls.mode().sort()[0] if sender_urls.len() else None
    return best["name"], url, clear


def message_sightings(raw: RawMessages) -> pl.DataFrame:
    """Every (name, url) pair the messages show: senders with their URL, recipients with theirs."""
    senders = raw.messages.filter(~pl.col("no_sender_url")).select(name="from", url="senderprofileurl")
    return pl.concat([senders, raw.recipients.select("name", "url")])


def message_interactions(raw: RawMessages, directory: pl.DataFrame, owner_keys: set[str]) -> pl.DataFrame:
    """The owner's messages ``out`` to each other participant, everyone else's ``in`` from the sender."""
    m = with_keys(raw.messages.rename({"from": "name", "senderprofileurl": "url"}), directory)
    outgoing = pl.col("account_id").is_in(list(owner_keys)) | (
        pl.col("direction").fill_null("").str.to_uppercase() == "OUTGOING"
    )
    m = m.with_columns(
        is_owner=outgoing,
        conversation_id=pl.col("conversationid"),
        # messages.csv has no message id: conversation, time and sender name one message.
        ref_id=pl.concat_str(
            pl.col("conversationid").fill_null("-"), pl.col("date"), pl.col("account_id"), separator="|"
        ),
    )
    m = m.with_columns(ref_id=pl.col("ref_id") + "#" + (pl.int_range(pl.len()).over("ref_id") + 1).cast(pl.String))
    recipients = with_keys(raw.recipients, directory).filter(
        ~pl.col("account_id").is_in(list(owner_keys)) & (name_key("name").fill_null("") != HIDDEN_MEMBER)
    )
    # A conversation's other participants: every sender and recipient who is not the owner.
    conv = pl.coalesce("conversation_id", pl.col("row").cast(pl.String))
    members = (
        pl.concat(
            [
                m.filter(~pl.col("is_owner") & ~pl.col("no_sender_url")).select("row", "account_id"),
                recipients.select("row", "account_id"),
            ]
        )
        .join(m.select("row", conv=conv), on="row")
        .group_by("conv")
        .agg(others=pl.col("account_id").unique())
    )
    m = m.join(members, left_on=conv, right_on="conv", how="left")
    sent = (
        m.filter("is_owner")
        .join(recipients, on="row", how="inner", suffix="_to")
        .select("at", "ref_id", "conversation_id", "others", account_id="account_id_to", direction=pl.lit("out"))
    )
    received = m.filter(~pl.col("is_owner") & ~pl.col("no_sender_url")).select(
        "at", "ref_id", "conversation_id", "others", "account_id", direction=pl.lit("in")
    )
    rows = pl.concat([sent, received]).with_columns(
        platform=pl.lit("linkedin"),
        channel=pl.lit("message"),
        is_group=pl.col("others").list.len().fill_null(1) > 1,
    )
    return conform(rows, INTERACTIONS_SCHEMA).select(INTERACTIONS_SCHEMA.names()).sort("at", "ref_id", "account_id")
