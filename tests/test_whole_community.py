"""The community as a whole (chat exports): every figure on small literal frames, counted by hand.

The main frame, one Slack workspace whose owner is O (hours after Monday 3 March 2025, 09:00 UTC):

    general (shared)                          dm (private)               random (shared)
    m1   0h A  opener                         m11 30h F opener           m14 40h G opener
    m2   1h B  replies m1 (A)                 m12 31h O replies m11 (F)  m15 41h H mentions G
    m3   2h A  replies m2 (B)                 m13 32h F mentions O
    m4   5h C  opener
    m5 100h O  replies m4 (C)     <- 95 h after: answered, not within 72 h
    m6  10h D  opener
    m7  12h O  opener, mentions D <- answers m6 (a mention of its author, same conversation)
    m8  13h D  replies m7 (O)
    m9  20h E  opener
    m10 21h E  replies m9 (E)     <- a self-reply answers nothing
    m16 42h A  opener, mentions G <- not an answer to m14: another conversation
    m17 200h B opener             <- the last message: too recent to tell
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from helpers.metrics import whole_community as wc
from helpers.model import CHAT_SCHEMA, conform

T0 = datetime(2025, 3, 3, 9, tzinfo=UTC)
OWNERS = {"slack": "O"}


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def chat(rows: list[tuple], platform: str = "slack") -> pl.DataFrame:
    """rows: (conversation, message, hours, author, reply_to_message, reply_to_author, mentions, private)."""
    frame = pl.DataFrame(
        [(c, m, at(h), a, rm, ra, mm, p) for c, m, h, a, rm, ra, mm, p in rows],
        schema={
            "conversation_id": pl.String,
            "message_id": pl.String,
            "at": CHAT_SCHEMA["at"],
            "author_id": pl.String,
            "reply_to_message": pl.String,
            "reply_to_author": pl.String,
            "mentions": pl.List(pl.String),
            "is_private": pl.Boolean,
        },
        orient="row",
    )
    return conform(frame.with_columns(platform=pl.lit(platform)), CHAT_SCHEMA)


ROWS = [
    ("general", "m1", 0, "A", None, None, [], False),
    ("general", "m2", 1, "B", "m1", "A", [], False),
    ("general", "m3", 2, "A", "m2", "B", [], False),
    ("general", "m4", 5, "C", None, None, [], False),
    ("general", "m5", 100, "O", "m4", "C", [], False),
    ("general", "m6", 10, "D", None, None, [], False),
    ("general", "m7", 12, "O", None, None, ["D"], False),
    ("general", "m8", 13, "D", "m7", "O", [], False),
    ("general", "m9", 20, "E", None, None, [], False),
    ("general", "m10", 21, "E", "m9", "E", [], False),
    ("dm", "m11", 30, "F", None, None, [], True),
    ("dm", "m12", 31, "O", "m11", "F", [], True),
    ("dm", "m13", 32, "F", None, None, ["O"], True),
    ("random", "m14", 40, "G", None, None, [], False),
    ("random", "m15", 41, "H", None, None, ["G"], False),
    ("general", "m16", 42, "A", None, None, ["G"], False),
    ("general", "m17", 200, "B", None, None, [], False),
]


@pytest.fixture
def frame() -> pl.DataFrame:
    return chat(ROWS)


def test_people_talking_and_two_way_contact(frame):
    got = wc.whole_community(frame, OWNERS)
    assert got.messages == 17
    assert got.people_talking == 9  # A B C D E F G H O
    # Pairs both ways: A<->B (replies), O<->D (a mention, a reply), O<->F (a private reply, a private mention).
    # One way only: O->C, H->G, A->G; E's reply to himself is no contact.
    assert got.two_way_people == 5
    assert got.two_way_people_without_host == 2  # A and B: the pairs with O removed


def test_openers_answered_within_72_hours_and_the_median(frame):
    s = wc.summary(wc.whole_community(frame, OWNERS))["openers"]
    # Openers: m1 m4 m6 m7 m9 m14 m15 m16 m17 (a mention answers nothing: m15 opens; m11 is private).
    # m17 is the last message: too recent to tell. Within 72 h: m1 (B's reply, 1 h), m6 (O's mention, 2 h),
    # m7 (D's reply, 1 h), m14 (H's mention, 1 h). m4 answered after 95 h; m9 only by its own author;
    # m15 never; m16 never (G's mention elsewhere is not an answer to it).
    assert s == {
        "total": 9,
        "too_recent": 1,
        "answered_72h": 4,
        "answered_share_72h": 0.5,
        "median_hours_to_first_answer": 1.0,  # answered at any time: 1, 1, 1, 2, 95
    }


def test_per_opener_answer_hours(frame):
    openers = wc.whole_community(frame, OWNERS).openers
    hours = dict(openers.select("message_id", "answer_hours").iter_rows())
    assert hours == {
        "m1": 1.0,
        "m4": 95.0,
        "m6": 2.0,
        "m7": 1.0,
        "m9": None,
        "m14": 1.0,
        "m15": None,
        "m16": None,
        "m17": None,
    }
    assert openers.filter("answered")["message_id"].sort().to_list() == ["m1", "m14", "m6", "m7"]


def test_who_answers(frame):
    got = wc.whole_community(frame, OWNERS)
    s = wc.summary(got)["answers"]
    # Replies to someone else's message in shared conversations: m2 (B), m3 (A), m5 (O), m8 (D);
    # m10 answers its own author, m12 is private.
    assert s == {
        "total": 4,
        "by_host": 1,
        "host_share": 0.25,
        "top_answerers": [{"answers": 1, "share": 0.25, "host": h} for h in (False, False, False, True)],
        "top_answerers_share": 1.0,
        "depends_on_one_person": None,  # 4 answers: too few to tell
    }
    assert got.answerers["account_id"].to_list() == ["A", "B", "D", "O"]  # ties by id
    top = wc.top_answerers(got, top=2)
    assert top.select("account_id", "host").rows() == [("A", False), ("B", False), ("O", True)]  # the host added


def answered_by(answerers: str) -> list[tuple]:
    """One question by A, B or C an hour, each answered 30 minutes later by the next letter of ``answerers``."""
    rows = []
    for k, who in enumerate(answerers):
        asker = "ABC"[k % 3] if "ABC"[k % 3] != who else "D"
        rows += [
            ("c", f"q{k}", k, asker, None, None, [], False),
            ("c", f"a{k}", k + 0.5, who, f"q{k}", asker, [], False),
        ]
    return rows


def test_a_community_only_its_host_answers_depends_on_one_person():
    s = wc.summary(wc.whole_community(chat(answered_by("OOOOOOOABCDB")), OWNERS))["answers"]
    assert (s["total"], s["by_host"], s["host_share"], s["depends_on_one_person"]) == (12, 7, 0.5833, True)
    assert s["top_answerers"][0] == {"answers": 7, "share": 0.5833, "host": True}
    assert s["top_answerers"][1] == {"answers": 2, "share": 0.1667, "host": False}  # B
    # Exactly half is not "over half".
    half = wc.summary(wc.whole_community(chat(answered_by("OOOOOOABCDBC")), OWNERS))["answers"]
    assert (half["host_share"], half["depends_on_one_person"]) == (0.5, False)
    # Under ten answers: too few to tell (with one answer, its giver always gives all of them).
    few = wc.summary(wc.whole_community(chat(answered_by("OOOOOOOOO")), OWNERS))["answers"]
    assert (few["total"], few["host_share"], few["depends_on_one_person"]) == (9, 1.0, None)


def test_newcomers(frame):
    s = wc.summary(wc.whole_community(frame, OWNERS))["newcomers"]
    # First messages in shared conversations (O excepted; F wrote only in private): A m1, B m2, C m4, D m6,
    # E m9, G m14, H m15. Answered within 72 h: A (1 h), B (A replies to m2 in 1 h), D (2 h), G (1 h).
    assert s == {"total": 7, "too_recent": 0, "answered_72h": 4, "answered_share_72h": round(4 / 7, 4)}


def test_the_hosts_listening_in_public(frame):
    got = wc.whole_community(frame, OWNERS)
    s = wc.summary(got)["host_listening"]
    # O writes in general (dm is private): others' openers there are m1 m4 m6 m9 m16 m17 (m17 too recent).
    # O answers m6 by a mention in 2 h and m4 by a reply after 95 h; m1 was answered, but by B.
    assert s == {
        "total": 6,
        "too_recent": 1,
        "answered_72h": 1,
        "answered_share_72h": 0.2,
        "median_hours_to_answer": 48.5,  # 2 and 95
    }
    # Who waits for the owner is counted once on a page, by listening: the block holds no second count.
    # The table: D replied to O's m7 at 13 h and O has not addressed D since; F's mention of O is private.
    assert got.waiting is not None
    assert got.waiting.select("account_id", "waiting_since").rows() == [("D", at(13))]


def test_an_answer_from_the_host_ends_the_wait(frame):
    later = chat([*ROWS, ("random", "m18", 60, "O", None, None, ["D"], False)])
    assert wc.whole_community(later, OWNERS).waiting.height == 0  # type: ignore[union-attr]


def test_a_period_reads_answers_and_first_messages_from_the_whole_chat(frame):
    period = frame.filter((pl.col("at") >= at(41)) & (pl.col("at") < at(300)))  # m15 m16 m5 m17
    alone = wc.summary(wc.whole_community(period, OWNERS))
    whole = wc.summary(wc.whole_community(period, OWNERS, whole_chat=frame))
    # With the whole chat, only H's first message falls in the period; cut off from it, A and B look new too.
    assert whole["newcomers"]["total"] == 1 and alone["newcomers"]["total"] == 3
    assert whole["people_talking"] == alone["people_talking"] == 4  # H A O B
    # The period's openers: m15 and m16, unanswered, and m17, too recent.
    assert whole["openers"] == {
        "total": 3,
        "too_recent": 1,
        "answered_72h": 0,
        "answered_share_72h": 0.0,
        "median_hours_to_first_answer": None,
    }
    # O's answer m5 replies to C's m4, written before the period: still an answer given in the period.
    assert whole["answers"]["total"] == 1 and whole["answers"]["by_host"] == 1


def test_an_answer_after_the_period_counts(frame):
    period = frame.filter(pl.col("at") < at(50))
    s = wc.summary(wc.whole_community(period, OWNERS, whole_chat=frame))["openers"]
    # m4's answer (100 h) is after the period, but read from the whole chat: answered, later than 72 h.
    assert (s["total"], s["too_recent"], s["answered_72h"], s["median_hours_to_first_answer"]) == (8, 0, 4, 1.0)
    cut = wc.summary(wc.whole_community(period, OWNERS))["openers"]
    assert cut["too_recent"] == 8  # alone, the data end at m16 (42 h): no opener has its 72 hours after it


def test_the_export_date_ends_the_data(frame):
    # Exported 300 h after the start: m17 (200 h) has had its 72 hours, unanswered.
    s = wc.summary(wc.whole_community(frame, OWNERS, exported_at={"slack": at(300)}))["openers"]
    assert (s["too_recent"], s["answered_72h"], s["answered_share_72h"]) == (0, 4, round(4 / 9, 4))
    # An export date before the last message (a clock off) never shortens the data.
    early = wc.summary(wc.whole_community(frame, OWNERS, exported_at={"slack": at(10)}))["openers"]
    assert early["too_recent"] == 1


def test_the_target_author_is_read_from_the_message_when_the_reader_left_it_empty():
    rows = [
        ("c", "q", 0, "A", None, None, [], False),
        ("c", "r", 1, "B", "q", None, [], False),
        ("c", "s", 2, "A", "r", None, [], False),
    ]
    got = wc.whole_community(chat(rows), OWNERS)
    assert got.two_way_people == 2 and int(got.answerers["answers"].sum()) == 2


def test_message_ids_repeat_across_conversations():
    # Telegram numbers messages per chat: "1" in two chats are two messages; a reply answers its own chat's "1".
    rows = [
        ("g1", "1", 0, "A", None, None, [], False),
        ("g2", "1", 0, "B", None, None, [], False),
        ("g2", "2", 1, "C", "1", "B", [], False),
    ]
    openers = wc.whole_community(chat(rows), OWNERS).openers
    assert dict(openers.select("conversation_id", "answered").iter_rows()) == {"g1": False, "g2": True}


def test_a_mention_before_the_opener_is_no_answer():
    rows = [
        ("c", "x", 0, "B", None, None, ["A"], False),
        ("c", "q", 1, "A", None, None, [], False),
        ("c", "z", 100, "C", None, None, [], False),
    ]
    openers = wc.whole_community(chat(rows), OWNERS).openers
    assert openers.filter(pl.col("message_id") == "q")["answered"].to_list() == [False]


def test_a_reply_answers_at_any_time_a_mention_only_within_72_hours():
    # A's question q1 is mentioned 3 weeks later (a new conversation, not an answer); q2 is replied to 3 weeks
    # later (the reply points at it: answered late); q3 is mentioned at 72 h exactly, q4 at 73 h.
    week = 24 * 7
    rows = [
        ("c", "q1", 0, "A", None, None, [], False),
        ("c", "x1", 3 * week, "B", None, None, ["A"], False),
        ("d", "q2", 0, "A", None, None, [], False),
        ("d", "r2", 3 * week, "B", "q2", "A", [], False),
        ("e", "q3", 0, "C", None, None, [], False),
        ("e", "x3", 72, "B", None, None, ["C"], False),
        ("f", "q4", 0, "D", None, None, [], False),
        ("f", "x4", 73, "B", None, None, ["D"], False),
        ("f", "x5", 4 * week, "B", None, None, [], False),  # the end of the data
    ]
    got = wc.whole_community(chat(rows), OWNERS)
    hours = dict(got.openers.select("message_id", "answer_hours").iter_rows())
    assert [hours[m] for m in ("q1", "q2", "q3", "q4")] == [None, 3.0 * week, 72.0, None]
    s = wc.summary(got)["openers"]
    # Judged: q1 q2 q3 q4, x1 x3 x4 (openers too, unanswered); x5 too recent. Answered within 72 h: q3 only.
    assert (s["total"], s["too_recent"], s["answered_72h"]) == (8, 1, 1)
    assert s["median_hours_to_first_answer"] == 288.0  # q2 (504 h) and q3 (72 h): q1's late mention is out
    bands = wc.answer_bands(got.openers)
    assert dict(bands.select("band", "openers").iter_rows())[wc.LATER] == 1  # q2: a late reply, not a late mention


def test_the_hosts_late_mention_is_no_answer_either():
    rows = [
        ("c", "o1", 0, "O", None, None, [], False),  # the host writes here
        ("c", "q1", 1, "A", None, None, [], False),
        ("c", "q2", 2, "B", None, None, [], False),
        ("c", "m1", 200, "O", None, None, ["A"], False),  # 199 h after q1: a new conversation with A
        ("c", "r2", 300, "O", "q2", "B", [], False),  # a reply to q2 after 298 h: answered, late
        ("c", "z", 500, "C", None, None, [], False),
    ]
    got = wc.whole_community(chat(rows), OWNERS)
    assert got.host_openers is not None
    hours = dict(got.host_openers.select("message_id", "answer_hours").iter_rows())
    assert (hours["q1"], hours["q2"]) == (None, 298.0)
    assert wc.summary(got)["host_listening"]["median_hours_to_answer"] == 298.0
    # A newcomer is judged as an opener is: A's first message, mentioned after 199 h, was not answered.
    newcomers = dict(got.newcomers.select("author_id", "answer_hours").iter_rows())
    assert newcomers["A"] is None and newcomers["B"] == 298.0


def test_an_export_without_messages_of_people_shows_no_figure():
    # An export of bot chats only: the reader leaves bots out, so no one talking is in it. Nothing here can be
    # told, and 0 would say the community is silent.
    s = wc.summary(wc.whole_community(chat([]), OWNERS))
    assert s["messages"] is None and s["people_talking"] is None and s["people_in_two_way_contact"] is None
    assert s["people_in_two_way_contact_without_host"] is None and s["answers"]["top_answerers"] is None
    for part in ("openers", "answers", "newcomers", "host_listening"):
        assert set(s[part].values()) == {None}, part


def test_a_period_without_messages_could_show_them_and_found_none(frame):
    quiet = frame.filter(pl.col("at") > at(1000))  # no message in the period; the dataset has them
    s = wc.summary(wc.whole_community(quiet, OWNERS, whole_chat=frame))
    assert (s["messages"], s["people_talking"], s["people_in_two_way_contact"]) == (0, 0, 0)
    assert s["openers"] == {
        "total": 0,
        "too_recent": 0,
        "answered_72h": 0,
        "answered_share_72h": None,
        "median_hours_to_first_answer": None,
    }
    assert s["answers"]["top_answerers"] == [] and s["answers"]["host_share"] is None
    assert s["answers"]["total"] == 0 and s["host_listening"]["total"] == 0
    assert s["answers"]["depends_on_one_person"] is None and s["newcomers"]["answered_share_72h"] is None
    bands = wc.answer_bands(wc.whole_community(quiet, OWNERS, whole_chat=frame).openers)
    assert bands["openers"].sum() == 0 and bands["share"].null_count() == bands.height


def test_without_a_known_host_the_hosts_figures_are_null(frame):
    s = wc.summary(wc.whole_community(frame, {"slack": None}))
    assert s["people_in_two_way_contact_without_host"] is None
    assert s["answers"]["by_host"] is None and s["answers"]["host_share"] is None
    assert all(h is None for h in (a["host"] for a in s["answers"]["top_answerers"]))
    assert set(s["host_listening"].values()) == {None}
    assert s["people_in_two_way_contact"] == 5 and s["openers"]["answered_72h"] == 4  # the rest stands


def test_only_private_messages(frame):
    # Private chats only (a Telegram export of direct messages): who talks with whom can be told, but no
    # shared conversation is in the export, so nothing started or answered there can be seen: null, not 0.
    s = wc.summary(wc.whole_community(frame.filter("is_private"), OWNERS))
    assert (s["messages"], s["people_talking"], s["people_in_two_way_contact"]) == (3, 2, 2)
    for part in ("openers", "answers", "newcomers", "host_listening"):
        assert set(s[part].values()) == {None}, part
    # The period's private messages alone, in a dataset with shared conversations: those could be seen, none were.
    period = wc.summary(wc.whole_community(frame.filter("is_private"), OWNERS, whole_chat=frame))
    assert period["openers"]["total"] == 0 and period["answers"]["total"] == 0
    assert period["newcomers"]["total"] == 0 and period["host_listening"]["total"] == 0


def telegram_account(tmp_path, chats: list[dict]):
    """A whole-account Telegram Desktop export of ``chats`` (Ada, user1, is the owner), read."""
    import json

    from helpers.platforms.loading import load_export

    def msg(mid: int, hours: float, who: str, name: str) -> dict:
        t = at(hours)
        return {
            "id": mid,
            "type": "message",
            "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(t.timestamp())),
            "from": name,
            "from_id": who,
            "text": "hi",
            "text_entities": [{"type": "plain", "text": "hi"}],
        }

    doc = {
        "about": "x",
        "personal_information": {"user_id": 1, "first_name": "Ada", "username": "@ada"},
        "chats": {
            "about": "x",
            "list": [
                {**c, "messages": [msg(k + 1, h, who, name) for k, (h, who, name) in enumerate(c["messages"])]}
                for c in chats
            ],
        },
    }
    folder = tmp_path / "DataExport_2025-03-31"
    folder.mkdir()
    (folder / "result.json").write_text(json.dumps(doc), encoding="utf-8")
    return load_export(folder)


BOT_CHAT = {"name": "OrderBot", "type": "bot_chat", "id": 50, "messages": [(0, "user1", "Ada"), (1, "user50", "Bot")]}
DM_CHAT = {"name": "Ben", "type": "personal_chat", "id": 2, "messages": [(0, "user2", "Ben"), (1, "user1", "Ada")]}


def test_telegram_exports_of_private_or_bot_chats_only(tmp_path):
    from helpers.present.summary import summarize

    # Bot chats only: the reader leaves bots out, no one talking is left; every figure null, none 0.
    (tmp_path / "bots").mkdir()
    bots = summarize(telegram_account(tmp_path / "bots", [BOT_CHAT]))["whole_community"]
    assert bots["messages"] is None and bots["people_talking"] is None
    assert bots["openers"]["total"] is None and bots["answers"]["total"] is None
    # Private chats only: two people wrote two messages, but no shared conversation is there to be seen.
    (tmp_path / "dms").mkdir()
    dms = summarize(telegram_account(tmp_path / "dms", [DM_CHAT, BOT_CHAT]))["whole_community"]
    assert (dms["messages"], dms["people_talking"]) == (2, 2)
    assert dms["openers"]["total"] is None and dms["answers"]["total"] is None
    assert dms["newcomers"]["total"] is None and dms["host_listening"]["total"] is None


def test_the_charts_of_a_block_that_cannot_be_shown_say_so():
    from helpers.charts import whole_community as wcc

    for frame in (chat([]), chat([r for r in ROWS if r[7]])):  # nothing; private messages only
        got = wc.whole_community(frame, OWNERS)
        block = wc.summary(got)
        times = wcc.answer_times_chart(wc.answer_bands(got.openers), block).to_dict()
        answerers = wcc.answerers_chart(wc.top_answerers(got).with_columns(handle=None, display_name=None), block)
        assert times["title"]["text"].startswith("This export holds no shared conversation")
        assert answerers.to_dict()["title"]["text"].startswith("This export holds no shared conversation")


def test_the_answer_times_axis_rises_above_the_tallest_bar():
    from helpers.charts import whole_community as wcc

    # 45 openers never answered (the Slack sample's tallest bar ran past an axis that stopped at 40).
    rows = [("c", f"q{k}", k, "A", None, None, [], False) for k in range(45)]
    got = wc.whole_community(chat([*rows, ("c", "end", 500, "B", None, None, [], False)]), OWNERS)
    bands = wc.answer_bands(got.openers)
    assert int(bands["openers"].max()) == 45  # type: ignore[arg-type]
    y = wcc.answer_times_chart(bands, wc.summary(got)).to_dict()["encoding"]["y"]
    assert y["scale"]["domain"][0] == 0 and y["scale"]["domain"][1] > 45
    assert y["axis"]["tickMinStep"] == 1 and y["axis"]["format"] == ",d"  # whole numbers only


def test_answer_bands(frame):
    bands = wc.answer_bands(wc.whole_community(frame, OWNERS).openers)
    assert bands["band"].to_list() == wc.BAND_ORDER
    # Judged openers: within an hour m1 m7 m14; 2 h m6; 95 h m4; none m9 m15 m16 (m17 too recent, left out).
    assert bands["openers"].to_list() == [3, 1, 0, 0, 1, 3]
    assert bands["share"].sum() == pytest.approx(1.0)


def test_two_platforms_keep_their_people_and_owners_apart():
    a = chat([("c", "1", 0, "A", None, None, [], False), ("c", "2", 1, "O", "1", "A", [], False)])
    b = chat([("c", "1", 0, "A", None, None, [], False), ("c", "2", 1, "P", "1", "A", [], False)], "telegram")
    got = wc.whole_community(pl.concat([a, b]), {"slack": "O", "telegram": "P"})
    s = wc.summary(got)
    assert s["people_talking"] == 4  # A on Slack and A on Telegram are two accounts
    assert s["answers"]["by_host"] == 2 and s["openers"]["answered_72h"] == 0  # too recent: 1 h of data
    assert s["openers"]["too_recent"] == 2 and s["host_listening"]["total"] == 2


def test_linear_in_messages():
    """300,000 messages in well under a second: joins and group-bys, no loop over messages."""
    import time

    n = 300_000
    i = pl.col("i")
    frame = conform(
        pl.DataFrame({"i": pl.int_range(0, n, eager=True)}).select(
            platform=pl.lit("slack"),
            conversation_id=(i % 40).cast(pl.String),
            message_id=i.cast(pl.String),
            at=pl.lit(at(0)) + pl.duration(minutes=i),
            author_id=((i * 7919) % 2000).cast(pl.String),
            reply_to_message=pl.when(i % 3 == 0).then((i - 40).clip(0).cast(pl.String)),
            mentions=pl.when(i % 11 == 0).then(pl.concat_list(((i * 31) % 2000).cast(pl.String))),
            is_private=i % 50 == 0,
        ),
        CHAT_SCHEMA,
    )
    started = time.perf_counter()
    s = wc.summary(wc.whole_community(frame, {"slack": "7"}))
    elapsed = time.perf_counter() - started
    assert s["messages"] == n and s["openers"]["total"] > 0
    assert elapsed < 3.0, f"{elapsed:.2f} s"  # about 0.3 s here; the bound leaves room for a busy machine


# --- The summary, the stored views, the dashboard and the report: an Export built here ---------------------


def chat_export(frame: pl.DataFrame, exported: datetime | None = None):
    from helpers.model import INTERACTIONS_SCHEMA, PEOPLE_SCHEMA, POSTS_SCHEMA, Coverage, Export, ExportMeta, Owner

    people = pl.DataFrame({"account_id": list("ABCDEFGH"), "handle": [f"member_{c.lower()}" for c in "ABCDEFGH"]})
    return Export(
        "slack",
        ExportMeta(
            Owner("O", "host", "The Host"),
            Coverage(own_posts=True, inbound_public=True, messages=True),
            generation="a test workspace",
            exported_at=exported,
        ),
        conform(  # the owner's message m7 as a post, as a reader writes it
            pl.DataFrame(
                {"platform": ["slack"], "post_id": ["m7"], "created_at": [at(12)], "kind": ["original"]},
                schema_overrides={"created_at": POSTS_SCHEMA["created_at"]},
            ).with_columns(mode=pl.lit("conversation"), mentions=pl.lit(["D"])),
            POSTS_SCHEMA,
        ),
        conform(people.with_columns(platform=pl.lit("slack")), PEOPLE_SCHEMA),
        conform(  # from the owner's side: O mentions D (m7), D replies to O (m8), O replies to C (m5)
            pl.DataFrame(
                {
                    "at": [at(12), at(13), at(100)],
                    "direction": ["out", "in", "out"],
                    "account_id": ["D", "D", "C"],
                    "channel": ["mention", "reply", "reply"],
                    "ref_id": ["m7", "m8", "m5"],
                },
                schema_overrides={"at": INTERACTIONS_SCHEMA["at"]},
            ).with_columns(platform=pl.lit("slack"), conversation_id=pl.lit("general"), is_group=pl.lit(False)),
            INTERACTIONS_SCHEMA,
        ),
        chat=frame,
    )


def test_the_summary_holds_the_block_for_chat_exports_only(frame, sample_x):
    from helpers.platforms.loading import load_export
    from helpers.present.summary import summarize, summary_text

    export = chat_export(frame, exported=at(300))
    s = summarize(export)
    assert s["whole_community"] == wc.summary(wc.whole_community(frame, OWNERS, exported_at={"slack": at(300)}))
    text = summary_text(s)
    assert (
        "The community as a whole: people who wrote 9, messages 17; in two-way contact with someone 5 "
        "(2 leaving out contact with you)" in text
    )
    assert "Conversations started in shared conversations: 9; 44% of 9 answered within 3 days" in text
    # Exported at 300 h: m17 has had its 72 hours, so nothing is too recent.
    assert (
        "In shared conversations where you write, conversations others started (to anyone, not only to you): 6; "
        "17% of 6 answered by you within 3 days" in text
    )
    assert "first answer after a median 1 hour\n" in text and "still waiting" not in text  # listening's, once
    x = summarize(load_export(sample_x))
    assert "whole_community" not in x and "community as a whole" not in summary_text(x)
    assert "whole_community" not in summarize(dataclasses.replace(export, chat=None))


def test_a_combined_dataset_keeps_the_block_where_the_chat_is(frame, sample_x):
    from helpers.combine import combine
    from helpers.platforms.loading import load_export
    from helpers.present.summary import summarize

    both = combine([load_export(sample_x), chat_export(frame)])
    s = summarize(both)
    assert s["whole_community"]["people_talking"] == 9
    assert "whole_community" in s["by_platform"]["slack"] and "whole_community" not in s["by_platform"]["x"]


def test_stored_views_the_dashboard_and_the_report(frame, processed_root, sample_x, monkeypatch):
    import altair as alt

    from helpers import store
    from helpers.platforms.loading import load_export
    from helpers.present import dashboard, sections
    from helpers.present.report import report_html
    from helpers.present.tables import load_view, stored_views, view_of

    export = chat_export(frame)
    store.write_dataset(export, "workspace", "test", views=stored_views(export))
    view = load_view("workspace")
    assert view is not None and view.summary == view_of(export).summary
    assert {"whole_community_answer_times", "whole_community_answerers", "whole_community_still_waiting"} <= set(
        view.tables
    )
    assert all(t.height < 20 for n, t in view.tables.items() if n.startswith("whole_community"))

    page = dashboard.dashboard_page("workspace")
    items = page.whole_community()
    assert sections.WHOLE_COMMUNITY_HEADING in items[0].data
    charts = [i for i in items if isinstance(i, alt.TopLevelMixin)]
    titles = [c.to_dict()["title"]["text"] for c in charts]  # to_dict validates against Vega-Lite
    assert titles == [
        "50% of the conversations people started got an answer within 3 days; the first came after a median 1 hour",
        "The top 4 answerers give 100% of the 4 answers; you give 25%",
    ]
    shown = " ".join(i.data for i in items if not isinstance(i, alt.TopLevelMixin))
    assert "9 people wrote 17 messages" in shown  # who waits for the host is listening's one list
    assert "1 more are too recent" in shown or "(1 more" in shown

    from helpers.present import report as report_module

    mine = [(h, f) for h, f in report_module.SECTIONS if f is sections.whole_community]
    assert mine == [(sections.WHOLE_COMMUNITY_HEADING, sections.whole_community)]
    monkeypatch.setattr(report_module, "SECTIONS", tuple(mine))  # this section alone: the others have their tests
    report = report_html(view, "workspace", anonymized=False)
    assert sections.WHOLE_COMMUNITY_HEADING in report and "@member_d" in report

    x = view_of(load_export(sample_x))
    assert sections.whole_community(x) == [] and sections.WHOLE_COMMUNITY_HEADING not in report_html(x, "x", False)


def test_a_period_in_the_dashboard_reads_first_messages_from_the_whole_chat(frame, processed_root):
    from helpers import store
    from helpers.present import dashboard
    from helpers.present.tables import stored_views

    earlier = chat([("general", "p0", -24 * 30, "A", None, None, [], False)])  # A wrote in February
    export = chat_export(pl.concat([earlier, frame]))
    store.write_dataset(export, "workspace", "test", views=stored_views(export))
    whole = dashboard.dashboard_page("workspace").view
    march = dashboard.dashboard_page("workspace", "", "2025-03", "2025-03").view
    assert whole is not None and march is not None
    assert whole.summary["whole_community"]["newcomers"]["total"] == 7  # A's first message (February) included
    assert march.summary["whole_community"]["newcomers"]["total"] == 6  # A wrote before March: no newcomer then
    assert march.summary["whole_community"]["messages"] == 17


@pytest.mark.slow
def test_notebook_04_shows_the_whole_community_of_a_chat_dataset(frame, tmp_path, monkeypatch):
    import json

    import papermill

    from helpers import store
    from helpers.paths import NOTEBOOKS_DIR
    from helpers.present.tables import stored_views

    processed = tmp_path / "processed"
    export = chat_export(frame)
    store.write_dataset(export, "workspace", "test", root=processed, views=stored_views(export))
    monkeypatch.setenv("COMMUNITY_LENS_PROCESSED", str(processed))
    out = tmp_path / "04.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / "04-community-over-time.ipynb"),
        str(out),
        parameters={"dataset": "workspace", "since": "2025-03", "until": "2025-03"},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    text = json.dumps([c.get("outputs", []) for c in json.loads(out.read_text())["cells"]])
    assert '"output_type": "error"' not in text
    assert "9 people wrote 17 messages" in text and "Still waiting for you" in text


def test_the_joins_agree_with_a_plain_loop_on_a_random_chat():
    """A reference written the slow, obvious way (one message at a time) on 400 random messages."""
    import random

    rnd = random.Random(7)
    people = ["O", "A", "B", "C", "D", "E"]
    rows: list[tuple] = []
    for k in range(400):
        conv = rnd.choice(["c1", "c2", "dm"])
        author = rnd.choice(people)
        earlier = [r for r in rows if r[0] == conv]
        target = rnd.choice(earlier) if earlier and rnd.random() < 0.4 else None
        mentions = [p for p in rnd.sample(people, 1) if p != author] if rnd.random() < 0.2 else []
        rows.append(
            (
                conv,
                str(k % 50),
                k * 0.5,
                author,
                target[1] if target else None,
                target[3] if target else None,
                mentions,
                conv == "dm",
            )
        )
    # Message ids repeat (k % 50) across conversations but not within one before a reply is made to them:
    # keep only rows whose id is unique in their conversation, as in a real export.
    seen: set = set()
    unique_rows = []
    for r in rows:
        if (r[0], r[1]) not in seen and (r[4] is None or (r[0], r[4]) in seen):
            seen.add((r[0], r[1]))
            unique_rows.append(r)
    got = wc.whole_community(chat(unique_rows), OWNERS)

    def first_answer(r):
        conv, mid, h, author = r[0], r[1], r[2], r[3]
        times = [
            x[2]
            for x in unique_rows
            if x[3] != author and x[0] == conv and (x[4] == mid or (author in x[6] and h <= x[2] <= h + 72))
        ]
        return min(times) if times else None

    end = max(r[2] for r in unique_rows)
    expected = {}
    for r in unique_rows:
        if r[4] is None and not r[7]:
            answer = first_answer(r)
            expected[(r[0], r[1])] = (
                None if answer is None else round(max(answer - r[2], 0.0), 6),
                r[2] + 72 > end,
            )
    actual = {
        (c, m): (None if hrs is None else round(hrs, 6), recent)
        for c, m, hrs, recent in got.openers.select(
            "conversation_id", "message_id", "answer_hours", "too_recent"
        ).rows()
    }
    assert actual == expected and len(expected) > 50

    answers: dict[str, int] = {}
    for r in unique_rows:
        if not r[7] and r[5] is not None and r[5] != r[3]:
            answers[r[3]] = answers.get(r[3], 0) + 1
    assert dict(got.answerers.select("account_id", "answers").rows()) == answers
