# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Community over time
#
# Who exactly is the community, is it growing or fading, which followers became members and who drifted
# away, and does the account answer the people who write to it? For a chat community (a workspace, server
# or group), the last section looks at the community as a whole: does anyone answer, and is it only you?
# Definitions and sources: `docs/metrics.md`.

# %% tags=["parameters"]
export_path = (
    ""  # an export (zip, tar.gz, folder or file), or a list of exports to combine; empty means the bundled X sample
)
platform = ""  # only this platform of a combined dataset (x, mastodon, bluesky, ...); empty means all platforms
dataset = ""  # a processed dataset (data/processed/NAME) to read instead of export_path; empty means read export_path
since = ""  # first month to include, YYYY-MM; empty means from the start
until = ""  # last month to include, YYYY-MM; empty means to the end
window_months = 12  # the ladder's rolling window, in months (its tiers, new members and conversion)
top_n = 15  # how many people to list in the tie-strength table
timezone = ""  # the heat map's time zone (e.g. Europe/Stockholm); empty: the account's where the export says, else UTC

# %%
from IPython.display import Markdown, display

from helpers.charts import use_offline_renderer
from helpers.present import community_views as community
from helpers.present import views
from helpers.present.findings import findings

renderer = use_offline_renderer()
# A dataset's stored view where it is what the parameters ask for (no raw rows read), else computed from the rows
# (a period is judged against every month of the data).
view = views.view_for_analysis(export_path, platform, dataset, since, until, window_months, timezone)
summary = view.summary

# %% [markdown]
# ## What stands out?

# %%
display(Markdown("\n".join(f"- {sentence}" for sentence in findings(summary))))

# %% [markdown]
# ## Is the community growing or fading?

# %%
views.ladder_over_time(view, window_months)

# %% [markdown]
# ## Who became a member, and when?

# %%
views.new_members_over_time(view)

# %% [markdown]
# ## Do new members stay?

# %%
views.cohorts(view)

# %% [markdown]
# ## Who is still in touch, who is drifting, who is away?

# %%
views.member_states(view)

# %% [markdown]
# ## Whom do you really know?
#
# Everyone you have been in direct contact with, strongest ties first: tie strength weighs days of contact,
# contact both ways, private contact and how long the tie has lasted, 10% less per month without contact.
# "Days they wrote" and "Waiting for you" say *not in this export* where the platform's download holds nothing
# others wrote. The whole list is `data/ledger.csv` of `community-lens run`.

# %%
views.people_you_know(view, top_n)

# %% [markdown]
# ## How does the inner circle compare with Dunbar's layers?

# %%
views.community_vs_dunbar(view)

# %% [markdown]
# ## Do you answer the people who write to you?

# %%
chart = views.listening_by_hour(view)
if chart is None:
    display(Markdown(community.NO_INBOUND))
else:
    display(chart)
    waiting = views.still_waiting(view)
    display(Markdown(f"**Still waiting for an answer:** {waiting.height:,} people."))
    display(waiting)

# %% [markdown]
# ## The community as a whole: does anyone answer, and is it only you?
#
# Everything above is seen from your side. A chat export (Slack, Discord, Telegram) holds everyone's
# messages, so it can also show the community without you at the centre: how many people talk with each
# other both ways, whether a question someone starts gets an answer within 3 days, who gives the answers
# (a community that only its host answers depends on one person), whether newcomers hear back, and who is
# still waiting for you. Replies and mentions are all it sees: an answer given without either is missed,
# so every answered share is a lower bound.

# %%
block = summary.get("whole_community")
if block is None:
    display(Markdown(community.NO_CHAT))
else:
    parts = community.whole_community_parts(block, view.tables)
    display(Markdown("\n".join(f"- {sentence}" for sentence in parts.sentences)))
    display(parts.answer_times)
    display(parts.answerers)
    if parts.still_waiting is not None:
        display(Markdown(f"**Still waiting for you:** {parts.still_waiting.height:,} people."))
        display(parts.still_waiting)
