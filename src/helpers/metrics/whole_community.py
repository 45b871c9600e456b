"""The community as a whole, beside the owner's view: for chat exports (Slack, Discord, Telegram), whose
``Export.chat`` holds every message by everyone talking (``model.CHAT_SCHEMA``). Definitions in
docs/metrics.md, "The community as a whole".

- **People talking**: distinct authors of the period's messages.
- **Contact a -> b**: a message by a that replies to a message by b, or mentions b (a != b). **Two-way
  contact**: a -> b and b -> a both in the period.
- **Opener**: a message that answers nothing (no ``reply_to_message``) in a shared (not private)
  conversation. **Its first answer**: the first message by someone else that replies to it (a reply
  reference or a thread reply), at any time; or that mentions its author in the same conversation within
  72 hours after it. A reply points at the opener whenever it comes; a mention only names a person, and
  one three weeks later starts a new conversation with them rather than answering this one (counted as
  answers, they made a busy group's median wait weeks). **Answered**: the first answer within 72 hours. The
  **median time to the first answer** is over the openers answered by that rule at any time (a late reply
  counts with its real delay). An opener whose 72 hours run past the last message of the export is **too
  recent** to tell and left out of the answered share.
- **Answer**: a message in a shared conversation replying to someone else's message; who gives them.
- **Newcomer**: someone (the owner excepted) whose first message in a shared conversation falls in the
  period; answered as an opener is.
- **The host's listening in public**: others' openers in the shared conversations where the owner writes,
  answered by the owner by the same rule (a reply at any time, a mention within 72 hours); ``waiting``:
  people whose latest message to the owner in public (a reply to the owner or a mention of the owner) has had
  no reply or mention from the owner since (a table; the summary's one "still waiting" count is listening's).

An answer given with neither a reply nor a mention is invisible here: every answered share is a lower bound.
A figure is null exactly when the export cannot show it (``summary``): every figure for an export without a
message of people talking (bot chats only), every figure about shared conversations for one without a
shared conversation (private chats only); 0 only when the export could show it and found none.

``whole_chat`` is the chat of the whole dataset the period was cut from (the same frame when no period was
chosen): answers after the period, the end of the data and everyone's first message come from it. Every
step is a join, a group-by or an as-of join over messages: linear in them (plus a sort).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

import polars as pl

from helpers.metrics.listening import ANSWER_WINDOW_HOURS

TOP_ANSWERERS = 5  # answerers named in the summary and drawn
# One answerer giving more than this share of all answers: the community "depends on one person". A choice
# (half of the answers), not a published standard; CHAOSS's contributor absence factor uses the same half.
DEPENDENCE_SHARE = 0.5
# Fewer answers than this in the period: too few to tell whether the community depends on one person (with
# one answer, its giver always gives all of them). Our choice, as the style's ten openers.
MIN_ANSWERS_TO_TELL = 10
# Hours to the first answer, drawn as bands: upper bound (hours) and label; then "after 3 days", "no answer seen".
ANSWER_BANDS = ((1, "within an hour"), (6, "1 to 6 hours"), (24, "6 to 24 hours"), (ANSWER_WINDOW_HOURS, "1 to 3 days"))
LATER = "after 3 days"
NEVER = "no answer seen"
BAND_ORDER = [label for _, label in ANSWER_BANDS] + [LATER, NEVER]

KEY = ["platform", "conversation_id", "message_id"]


def owners_frame(owners: Mapping[str, str | None]) -> pl.DataFrame:
    """platform, owner_id: whose view each platform of the dataset is read from (platforms without one left out)."""
    known = {p: o for p, o in owners.items() if o}
    return pl.DataFrame({"platform": list(known), "owner_id": list(known.values())}, schema=OWNERS_SCHEMA)


OWNERS_SCHEMA = pl.Schema({"platform": pl.String, "owner_id": pl.String})


def _prepared(chat: pl.DataFrame, lookup: pl.DataFrame) -> pl.DataFrame:
    """``private`` (null read as shared), mentions never null, and ``reply_to_author`` filled from the target
    message where the reader left it empty and the target is in the export."""
    authors = lookup.select(*KEY, "author_id").unique(KEY, keep="first")
    return (
        chat.join(
            authors.rename({"message_id": "reply_to_message", "author_id": "_target_author"}),
            on=["platform", "conversation_id", "reply_to_message"],
            how="left",
        )
        .with_columns(
            reply_to_author=pl.coalesce("reply_to_author", "_target_author"),
            mentions=pl.col("mentions").fill_null(pl.lit([], pl.List(pl.String))),
            private=pl.col("is_private").fill_null(False),
        )
        .drop("_target_author")
    )


def contacts(chat: pl.DataFrame) -> pl.DataFrame:
    """platform, source, target: who addressed whom (a reply to their message or a mention), once per pair."""
    replies = chat.select("platform", source="author_id", target="reply_to_author")
    mentions = chat.select("platform", source="author_id", target="mentions").explode("target")
    return (
        pl.concat([replies, mentions])
        .filter(pl.col("target").is_not_null() & (pl.col("source") != pl.col("target")))
        .unique()
    )


def two_way(edges: pl.DataFrame) -> pl.DataFrame:
    """The contacts a -> b whose b -> a exists too: every person in a two-way pair is a source here."""
    back = edges.select("platform", source="target", target="source")
    return edges.join(back, on=["platform", "source", "target"], how="semi")


def _first_answers(
    targets: pl.DataFrame, context: pl.DataFrame, window_hours: int, by: pl.DataFrame | None = None
) -> pl.DataFrame:
    """``targets`` (platform, conversation_id, message_id, author_id, at, ...) with ``answer_at``: the first
    message by someone else replying to it (at any time), or mentioning its author in the same conversation
    at or after it and within ``window_hours`` of it. ``by`` (platform, owner_id): only answers by those
    accounts count."""
    rows = targets.with_row_index("_row")
    replies = context.filter(pl.col("reply_to_message").is_not_null()).select(
        "platform", "conversation_id", message_id="reply_to_message", _by="author_id", _at="at"
    )
    mentions = (
        context.select("platform", "conversation_id", _by="author_id", _at="at", author_id="mentions")
        .explode("author_id")
        .filter(pl.col("author_id").is_not_null() & (pl.col("author_id") != pl.col("_by")))
    )
    if by is not None:
        owners = by.select("platform", _by="owner_id")
        replies = replies.join(owners, on=["platform", "_by"], how="semi")
        mentions = mentions.join(owners, on=["platform", "_by"], how="semi")
    first_reply = (
        rows.select("_row", *KEY, "author_id")
        .join(replies, on=KEY)
        .filter(pl.col("_by") != pl.col("author_id"))
        .group_by("_row")
        .agg(reply_at=pl.col("_at").min())
    )
    first_mention = (
        rows.select("_row", "platform", "conversation_id", "author_id", "at")
        .sort("at")
        .join_asof(
            mentions.select("platform", "conversation_id", "author_id", "_at").sort("_at"),
            left_on="at",
            right_on="_at",
            by=["platform", "conversation_id", "author_id"],
            strategy="forward",
            # The first mention is an answer only within the window: later, it is a new conversation.
            tolerance=timedelta(hours=window_hours),
            check_sortedness=False,  # both sides sorted on time, which is all the join needs
        )
        .select("_row", mention_at="_at")
    )
    return (
        rows.join(first_reply, on="_row", how="left")
        .join(first_mention, on="_row", how="left")
        .with_columns(answer_at=pl.min_horizontal("reply_at", "mention_at"))
        .drop("_row", "reply_at", "mention_at")
    )


def _ends(context: pl.DataFrame, exported_at: Mapping[str, datetime | None]) -> pl.DataFrame:
    """platform, end: where each platform's data end (its last message, or the export date when later)."""
    dated = pl.DataFrame(
        {"platform": list(exported_at), "exported": list(exported_at.values())},
        schema={"platform": pl.String, "exported": context.schema["at"]},
    )
    return (
        context.group_by("platform")
        .agg(end=pl.col("at").max())
        .join(dated, on="platform", how="left")
        .select("platform", end=pl.max_horizontal("end", "exported"))
    )


def _judged(frame: pl.DataFrame, ends: pl.DataFrame, window_hours: int) -> pl.DataFrame:
    """``answer_hours`` (null when no answer), ``answered`` (within the window) and ``too_recent`` (its window
    runs past the last message of its platform in the export)."""
    window = timedelta(hours=window_hours)
    return (
        frame.join(ends, on="platform", how="left")
        .with_columns(
            answer_hours=((pl.col("answer_at") - pl.col("at")).dt.total_seconds(fractional=True) / 3600).clip(0.0)
        )
        .with_columns(
            answered=pl.col("answer_hours").fill_null(float("inf")) <= window_hours,
            too_recent=(pl.col("at") + window) > pl.col("end"),
        )
        .drop("end")
    )


@dataclass
class WholeCommunity:
    """The frames behind every whole-community figure (``summary`` reads them; charts read their aggregates).

    - ``openers``: one row per opener in the period, with answer_at, answer_hours, answered, too_recent;
    - ``answerers``: platform, account_id, answers, share, host (null where the host is not known);
    - ``newcomers``: one row per newcomer (their first message in a shared conversation), judged as openers;
    - ``host_openers``: others' openers where the host writes, with the host's first answer; None without a host;
    - ``waiting``: platform, account_id, waiting_since; None without a host;
    - ``talk_seen``: the export holds a message of people talking (False for an export of bot chats only);
    - ``shared_seen``: it holds a message in a shared conversation (False for one of private chats only).
    """

    messages: int
    people_talking: int
    two_way_people: int
    two_way_people_without_host: int | None
    openers: pl.DataFrame
    answerers: pl.DataFrame
    newcomers: pl.DataFrame
    host_openers: pl.DataFrame | None
    waiting: pl.DataFrame | None
    talk_seen: bool
    shared_seen: bool


def whole_community(
    chat: pl.DataFrame,
    owners: Mapping[str, str | None],
    whole_chat: pl.DataFrame | None = None,
    exported_at: Mapping[str, datetime | None] | None = None,
    window_hours: int = ANSWER_WINDOW_HOURS,
) -> WholeCommunity:
    """Every whole-community figure of the period's messages ``chat`` (``CHAT_SCHEMA``), read from the view of
    ``owners`` (platform -> the owner's account id). ``whole_chat``: see the module's docstring.
    ``exported_at`` (platform -> when the export was made, where it says): the data end there, or at the last
    message when that is later."""
    context = chat if whole_chat is None else whole_chat
    period = _prepared(chat, context)
    context = period if whole_chat is None else _prepared(context, context)
    hosts = owners_frame(owners)
    # The host's figures need the owner of every platform whose messages are counted.
    host_known = (
        hosts.height > 0 and period.select("platform").unique().join(hosts, on="platform", how="anti").height == 0
    )
    ends = _ends(context, exported_at or {})
    shared = period.filter(~pl.col("private"))

    edges = contacts(period)
    pairs = two_way(edges)
    without_host = pairs.join(hosts, on="platform", how="left").filter(
        (pl.col("source") != pl.col("owner_id")).fill_null(True)
        & (pl.col("target") != pl.col("owner_id")).fill_null(True)
    )

    opener_rows = shared.filter(pl.col("reply_to_message").is_null()).select(*KEY, "author_id", "at")
    openers = _judged(_first_answers(opener_rows, context, window_hours), ends, window_hours).sort("at")

    answers = shared.filter(
        pl.col("reply_to_author").is_not_null() & (pl.col("reply_to_author") != pl.col("author_id"))
    )
    answerers = (
        answers.group_by("platform", account_id="author_id")
        .agg(answers=pl.len())
        .join(hosts, on="platform", how="left")
        .with_columns(
            share=pl.col("answers") / pl.col("answers").sum(),
            host=pl.when(pl.lit(host_known)).then(pl.col("account_id") == pl.col("owner_id").fill_null("")),
        )
        .drop("owner_id")
        .sort(["answers", "platform", "account_id"], descending=[True, False, False])
    )

    firsts = (
        context.filter(~pl.col("private"))
        .sort("at", "message_id")
        .group_by("platform", "author_id")
        .agg(pl.col("conversation_id", "message_id", "at").first())
        .join(hosts, on="platform", how="left")
        .filter((pl.col("author_id") != pl.col("owner_id")).fill_null(True))
        .drop("owner_id")
        .join(period.select(KEY), on=KEY, how="semi")  # first message in the period: a newcomer of the period
    )
    newcomers = _judged(_first_answers(firsts, context, window_hours), ends, window_hours)

    host_openers = waiting = None
    if host_known:
        by_host = context.join(hosts, on="platform").filter(pl.col("author_id") == pl.col("owner_id"))
        host_rooms = by_host.filter(~pl.col("private")).select("platform", "conversation_id").unique()
        others = (
            opener_rows.join(hosts, on="platform")
            .filter(pl.col("author_id") != pl.col("owner_id"))
            .drop("owner_id")
            .join(host_rooms, on=["platform", "conversation_id"], how="semi")
        )
        host_openers = _judged(_first_answers(others, context, window_hours, by=hosts), ends, window_hours).sort("at")
        waiting = _still_waiting(shared, contacts_at(by_host), hosts)

    return WholeCommunity(
        messages=period.height,
        people_talking=period.select("platform", "author_id").n_unique() if period.height else 0,
        two_way_people=pairs.select("platform", "source").n_unique() if pairs.height else 0,
        two_way_people_without_host=(
            (without_host.select("platform", "source").n_unique() if without_host.height else 0) if host_known else None
        ),
        openers=openers,
        answerers=answerers,
        newcomers=newcomers,
        host_openers=host_openers,
        waiting=waiting,
        # Judged on the whole chat: a period without messages could show them and found none (0), an export
        # without any cannot show them (null).
        talk_seen=context.height > 0,
        shared_seen=context.filter(~pl.col("private")).height > 0,
    )


def contacts_at(chat: pl.DataFrame) -> pl.DataFrame:
    """platform, source, target, at: every act of addressing someone (a reply to their message, a mention)."""
    replies = chat.select("platform", "at", source="author_id", target="reply_to_author")
    mentions = chat.select("platform", "at", source="author_id", target="mentions").explode("target")
    return pl.concat([replies, mentions]).filter(
        pl.col("target").is_not_null() & (pl.col("source") != pl.col("target"))
    )


def _still_waiting(shared: pl.DataFrame, host_acts: pl.DataFrame, hosts: pl.DataFrame) -> pl.DataFrame:
    """People whose latest message to the host in a shared conversation has had no reply or mention from the
    host since (anywhere in the export), longest waiting first."""
    to_host = (
        contacts_at(shared)
        .join(hosts, on="platform")
        .filter(pl.col("target") == pl.col("owner_id"))
        .group_by("platform", account_id="source")
        .agg(waiting_since=pl.col("at").max())
    )
    answered = host_acts.group_by("platform", account_id="target").agg(last_answer=pl.col("at").max())
    return (
        to_host.join(answered, on=["platform", "account_id"], how="left")
        .filter(pl.col("last_answer").is_null() | (pl.col("last_answer") <= pl.col("waiting_since")))
        .select("platform", "account_id", "waiting_since")
        .sort("waiting_since", "platform", "account_id")
    )


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _median_hours(frame: pl.DataFrame) -> float | None:
    median = cast("float | None", frame["answer_hours"].median())  # a Float64 column; null when nothing answered
    return round(float(median), 2) if median is not None else None


def _answered(frame: pl.DataFrame) -> dict:
    """total, too_recent, answered_72h, answered_share_72h: the share over those old enough to tell."""
    recent = int(frame["too_recent"].sum())
    judged = frame.filter(~pl.col("too_recent"))
    answered = int(judged["answered"].sum())
    return {
        "total": frame.height,
        "too_recent": recent,
        "answered_72h": answered,
        "answered_share_72h": _share(answered, judged.height),
    }


def _unknown(value: object) -> object:
    """Every figure of ``value`` (a dict of figures, lists among them) as null: what the export cannot show."""
    if isinstance(value, dict):
        return {k: _unknown(v) for k, v in value.items()}
    return None


def summary(wc: WholeCommunity, top: int = TOP_ANSWERERS) -> dict:
    """The summary's ``whole_community`` block: every figure null exactly when the export cannot show it, 0
    only when it could and found none:

    - everything, for an export holding no message of people talking (bot chats only, say);
    - openers, answers, newcomers and the host's listening, for one holding no shared conversation (private
      chats only): each is about shared conversations;
    - a share without anything to divide, a median without an answer, whether one person carries the answers
      with fewer than ``MIN_ANSWERS_TO_TELL`` answers, the host's figures when the host is unknown.
    """
    total = int(wc.answerers["answers"].sum())
    host_known = wc.host_openers is not None
    by_host = int(wc.answerers.filter(pl.col("host").fill_null(False))["answers"].sum())
    leaders = wc.answerers.head(top)
    lead = float(leaders["share"][0]) if leaders.height else None
    host_listening: dict = dict.fromkeys(
        ("total", "too_recent", "answered_72h", "answered_share_72h", "median_hours_to_answer")
    )
    # Who is still waiting for the owner is listening's one list (``listening.waiting``): a second count here,
    # by a different rule, would contradict it on the same page.
    if wc.host_openers is not None:
        host_listening = {
            **_answered(wc.host_openers),
            "median_hours_to_answer": _median_hours(wc.host_openers),
        }
    block = {
        "messages": wc.messages,
        "people_talking": wc.people_talking,
        "people_in_two_way_contact": wc.two_way_people,
        "people_in_two_way_contact_without_host": wc.two_way_people_without_host,
        "openers": {**_answered(wc.openers), "median_hours_to_first_answer": _median_hours(wc.openers)},
        "answers": {
            "total": total,
            "by_host": by_host if host_known else None,
            "host_share": _share(by_host, total) if host_known else None,
            "top_answerers": [
                {"answers": int(n), "share": round(float(s), 4), "host": h}
                for n, s, h in leaders.select("answers", "share", "host").iter_rows()
            ],
            "top_answerers_share": _share(int(leaders["answers"].sum()), total),
            "depends_on_one_person": None if lead is None or total < MIN_ANSWERS_TO_TELL else lead > DEPENDENCE_SHARE,
        },
        "newcomers": _answered(wc.newcomers),
        "host_listening": host_listening,
    }
    if not wc.talk_seen:
        return cast("dict", _unknown(block))
    if not wc.shared_seen:
        return {**block, **{k: _unknown(block[k]) for k in SHARED_ONLY}}
    return block


# The parts of the block about shared conversations only: null for an export that holds none.
SHARED_ONLY = ("openers", "answers", "newcomers", "host_listening")


def top_answerers(wc: WholeCommunity, top: int = TOP_ANSWERERS) -> pl.DataFrame:
    """The top answerers and the host (when not among them): platform, account_id, answers, share, host."""
    leaders = wc.answerers.head(top)
    host = wc.answerers.slice(top).filter(pl.col("host").fill_null(False))
    return pl.concat([leaders, host]).select("platform", "account_id", "answers", "share", "host")


def duration_text(hours: float) -> str:
    """A duration people read at a glance: minutes under an hour, hours under two days, else days."""
    if hours < 1:
        return f"{max(round(hours * 60), 1)} minutes"
    if hours < 48:
        shown = f"{hours:.1f}" if hours < 10 else f"{hours:.0f}"
        return "1 hour" if shown == "1.0" else f"{shown} hours"
    return f"{hours / 24:.1f} days"


def answer_bands(openers: pl.DataFrame) -> pl.DataFrame:
    """Openers old enough to tell, by the time to their first answer: band, order, openers, share (of them)."""
    judged = openers.filter(~pl.col("too_recent"))
    hours = pl.col("answer_hours")
    band = pl.coalesce(  # the first that applies: no answer, each band up to its bound, later
        pl.when(hours.is_null()).then(pl.lit(NEVER)),
        *(pl.when(hours <= bound).then(pl.lit(label)) for bound, label in ANSWER_BANDS),
        pl.lit(LATER),
    )
    counts = dict(judged.group_by(band.alias("band")).len().iter_rows())
    return pl.DataFrame(
        {
            "band": BAND_ORDER,
            "order": list(range(len(BAND_ORDER))),
            "openers": [int(counts.get(b, 0)) for b in BAND_ORDER],
        },
        schema={"band": pl.String, "order": pl.Int64, "openers": pl.Int64},
    ).with_columns(share=pl.col("openers") / pl.when(pl.col("openers").sum() > 0).then(pl.col("openers").sum()))
