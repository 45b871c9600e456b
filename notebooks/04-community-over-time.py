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
# away, and does the account answer the people who write to it? Definitions and sources: `docs/metrics.md`.

# %% tags=["parameters"]
export_path = (
    ""  # an export (zip, tar.gz, folder or file), or a list of exports to combine; empty means the bundled X sample
)
platform = ""  # only this platform of a combined dataset (x, mastodon, bluesky, ...); empty means all platforms
dataset = ""  # a processed dataset (data/processed/NAME) to read instead of export_path; empty means read export_path
since = ""  # first month to include, YYYY-MM; empty means from the start
until = ""  # last month to include, YYYY-MM; empty means to the end
window_months = 12  # the rolling window of the ladder, in months
top_n = 15  # how many people to list in the tie-strength table

# %%
from IPython.display import Markdown, display

from helpers.charts import use_offline_renderer
from helpers.present import community_views as community
from helpers.present import views
from helpers.present.findings import findings
from helpers.present.summary import summarize

renderer = use_offline_renderer()
export = views.load_for_analysis(export_path, platform, dataset, since, until)
summary = summarize(export)

# %% [markdown]
# ## What stands out?

# %%
display(Markdown("\n".join(f"- {sentence}" for sentence in findings(summary))))

# %% [markdown]
# ## Is the community growing or fading?

# %%
community.ladder_over_time(export, window_months)

# %% [markdown]
# ## Who became a member, and when?

# %%
community.new_members_over_time(export)

# %% [markdown]
# ## Do new members stay?

# %%
community.cohorts(export)

# %% [markdown]
# ## Who is still in touch, who is drifting, who is away?

# %%
community.member_states(export)

# %% [markdown]
# ## Whom do you really know?
#
# Ranked by tie strength: days of contact, both directions, private contact, how long the tie has lasted,
# discounted by 10% per month without contact.

# %%
community.people_you_know(export, top_n)

# %% [markdown]
# ## How does the inner circle compare with Dunbar's layers?

# %%
views.community_vs_dunbar(export)

# %% [markdown]
# ## Do you answer the people who write to you?

# %%
chart = community.listening_by_hour(export)
if chart is None:
    display(Markdown(community.NO_INBOUND))
else:
    display(chart)
    waiting = community.still_waiting(export)
    display(Markdown(f"**Still waiting for an answer:** {waiting.height:,} people."))
    display(waiting)
