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
# # Followers or members?
#
# Of the people around the account, how many only follow (the concert audience) and how many are in
# two-way contact (the party guests)? Who are they, and how does the community compare with the
# ~150 relationships a person can keep up?

# %% tags=["parameters"]
export_path = (
    ""  # an export (zip, tar.gz, folder or file), or a list of exports to combine; empty means the bundled X sample
)
platform = ""  # only this platform of a combined dataset (x, mastodon, bluesky, ...); empty means all platforms
dataset = ""  # a processed dataset (data/processed/NAME) to read instead of export_path; empty means read export_path
since = ""  # first month to include, YYYY-MM; empty means from the start
until = ""  # last month to include, YYYY-MM; empty means to the end
top_n = 15  # how many conversation partners to list

# %%
from IPython.display import Markdown, display

from helpers.charts import use_offline_renderer
from helpers.present import views
from helpers.present.findings import audience_sentence, community_sentence

renderer = use_offline_renderer()
# A dataset's stored view where it is what the parameters ask for (no raw rows read), else computed from the rows.
view = views.view_for_analysis(export_path, platform, dataset, since, until, partners=top_n)
summary = view.summary

# %% [markdown]
# ## How many followers are members?

# %%
display(Markdown(audience_sentence(summary)))
views.audience_breakdown(view)

# %%
if len(view.platforms) > 1:
    display(views.tiers_by_platform(view))

# %% [markdown]
# ## Whom do you talk with most?

# %%
views.top_conversation_partners(view, n=top_n)

# %% [markdown]
# ## How big is the community, against Dunbar's layers?

# %%
display(Markdown(community_sentence(summary)))
views.community_vs_dunbar(view)
