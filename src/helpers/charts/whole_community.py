"""Charts of the community as a whole (chat exports): how soon conversations get a first answer, and who
gives the answers. Builders take the small tables of ``metrics.whole_community`` and the summary's
``whole_community`` block, and return charts."""

from __future__ import annotations

import altair as alt
import polars as pl

from helpers.charts import theme
from helpers.charts.layout import (
    CHART_WIDTH,
    colour_scale,
    counted,
    describe,
    largest,
    plain_frame,
    subtitle,
)
from helpers.metrics.whole_community import (
    ANSWER_BANDS,
    DEPENDENCE_SHARE,
    LATER,
    MIN_ANSWERS_TO_TELL,
    NEVER,
    duration_text,
)
from helpers.model import person_label

# Who gave an answer: the owner in the owner's colour, everyone else in the other person's (theme.py).
ROLE_COLOURS = {
    "you": theme.DIRECTION_COLOURS["you wrote to them"],
    "another member": theme.DIRECTION_COLOURS["they wrote to you"],
    "everyone else": theme.MUTED,
}
# How soon the first answer came: within the 72 hours, later, never seen (a builder's own categories).
OUTCOME_COLOURS = {
    "within 3 days": theme.CATEGORY_COLOURS[1],
    LATER: theme.CATEGORY_COLOURS[2],
    NEVER: theme.MUTED,
}
WITHIN = [label for _, label in ANSWER_BANDS]


def answer_times_chart(bands: pl.DataFrame, block: dict) -> alt.Chart:
    """Conversations opened, by how soon the first answer came (input: ``whole_community.answer_bands`` and the
    summary's ``whole_community`` block)."""
    o = block["openers"]
    share, median = o["answered_share_72h"], o["median_hours_to_first_answer"]
    if o["total"] is None:
        title = "This export holds no shared conversation: no conversation started there can be seen"
    elif not o["total"]:
        title = "Nobody started a conversation in a shared conversation in this period"
    elif share is None:
        title = "No conversation was started long enough before the end of the data to tell"
    else:
        title = f"{share:.0%} of the conversations people started got an answer within 3 days"
        if median is not None:
            title += f"; the first came after a median {duration_text(median)}"
    recent = (
        f"{o['too_recent']:,} started in the last 3 days of the data "
        f"{'is' if o['too_recent'] == 1 else 'are'} left out: too recent to tell."
        if o["too_recent"]
        else None
    )
    data = bands.with_columns(
        outcome=pl.when(pl.col("band").is_in(WITHIN)).then(pl.lit("within 3 days")).otherwise(pl.col("band"))
    )
    return (
        alt.Chart(
            plain_frame(data),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "A conversation starts with a message in a shared conversation that answers nothing; its answer "
                    "is someone else's reply to it, whenever it comes, or a mention of its author there within 3 "
                    "days (a later mention starts a new conversation). Answers given with neither are not seen, "
                    "so the true share is higher.",
                    recent,
                ),
            ),
        )
        .mark_bar()
        .encode(
            alt.X("band:N").title("Time to the first answer").sort(list(bands["band"])).axis(labelAngle=0),
            # Room above the tallest bar and whole-number ticks: the axis never stops under a bar.
            counted(alt.Y("openers:Q").title("Conversations started"), largest(bands["openers"])),
            alt.Color("outcome:N").title(None).scale(colour_scale(OUTCOME_COLOURS)),
            tooltip=[
                alt.Tooltip("band:N", title="First answer"),
                alt.Tooltip("openers:Q", title="Conversations", format=","),
                alt.Tooltip("share:Q", title="Share", format=".0%"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=200,
            description=describe(
                f"Bar chart: {title}.",
                "Conversations started, by the time to their first answer: "
                + ", ".join(f"{b} {n:,}" for b, n in bands.select("band", "openers").iter_rows())
                + ".",
            ),
        )
    )


def answerers_chart(answerers: pl.DataFrame, block: dict) -> alt.Chart:
    """The share of all answers given by the top answerers, by you and by everyone else (input:
    ``whole_community.top_answerers`` with handle and display_name, and the summary's block)."""
    a = block["answers"]
    total = a["total"] or 0  # null: the export holds no shared conversation (said in the title)
    shown = answerers.with_columns(
        name=pl.when(pl.col("host").fill_null(False)).then(pl.lit("You")).otherwise(person_label()),
        role=pl.when(pl.col("host").fill_null(False)).then(pl.lit("you")).otherwise(pl.lit("another member")),
    ).select("name", "role", "answers", "share")
    rest = total - int(shown["answers"].sum())
    if rest > 0:
        shown = pl.concat(
            [
                shown,
                pl.DataFrame(
                    {"name": ["Everyone else"], "role": ["everyone else"], "answers": [rest], "share": [rest / total]},
                    schema=shown.schema,
                ),
            ]
        )
    if a["total"] is None:
        title = "This export holds no shared conversation: no answer there can be seen"
    elif not total:
        title = "Nobody answered anyone in a shared conversation in this period"
    elif a["depends_on_one_person"]:
        first = shown.row(0, named=True)
        who = "you" if first["role"] == "you" else "one person"
        title = f"{'You give' if who == 'you' else 'One person gives'} {first['share']:.0%} of the answers: the community depends on {'you' if who == 'you' else 'them'}"
    else:
        leaders = len(a["top_answerers"])
        title = f"The top {leaders} answerers give {a['top_answerers_share']:.0%} of the {total:,} answers"
        if a["host_share"] is not None:
            title += f"; you give {a['host_share']:.0%}"
    return (
        alt.Chart(
            plain_frame(shown),
            title=alt.Title(
                title,
                subtitle=subtitle(
                    "An answer: a reply to someone else's message in a shared conversation. "
                    f"We say a community depends on one person when one gives over {DEPENDENCE_SHARE:.0%} of the "
                    f"answers (of at least {MIN_ANSWERS_TO_TELL}): a line we chose, not a published standard."
                ),
            ),
        )
        .mark_bar()
        .encode(
            alt.Y("name:N").title(None).sort(None),
            alt.X("share:Q").title("Share of all answers").axis(format=".0%").scale(domain=[0, 1]),
            alt.Color("role:N").title(None).scale(colour_scale(ROLE_COLOURS)),
            tooltip=[
                alt.Tooltip("name:N", title="Who"),
                alt.Tooltip("answers:Q", title="Answers", format=","),
                alt.Tooltip("share:Q", title="Share of all answers", format=".0%"),
            ],
        )
        .properties(
            width=CHART_WIDTH,
            height=alt.Step(22),
            description=describe(
                f"Bar chart: {title}.",
                "; ".join(f"{n}: {s:.0%}" for n, s in shown.select("name", "share").iter_rows()) + "."
                if total
                else None,
            ),
        )
    )
