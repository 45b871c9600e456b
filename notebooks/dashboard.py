# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     notebook_metadata_filter: title,voila
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
#   title: "Following or community? \xB7 community-lens"
#   voila:
#     theme: light
# ---

# %% [markdown]
# # Following or community?
#
# Is this account broadcasting to an audience, or talking with a community? Figures from the account's
# own export, computed on this machine.

# %% tags=["parameters"]
dataset = ""  # processed dataset to show; empty means ?dataset=NAME in the URL, else the one the server names, else the sample
platform = ""  # one platform of a combined dataset; empty means ?platform=NAME in the URL, else all platforms
since = ""  # first month shown, YYYY-MM; empty means ?since= in the URL, else from the start
until = ""  # last month shown, YYYY-MM; empty means ?until= in the URL, else to the end

# %%
from IPython.display import display

from helpers.charts import use_offline_renderer
from helpers.present.dashboard import dashboard_page

renderer = use_offline_renderer()
page = dashboard_page(dataset, platform, since, until)
display(*page.header())
display(*page.headline())

# %% [markdown]
# ## Voice balance: broadcasting, conversing, amplifying

# %%
display(*page.voice())

# %% [markdown]
# ## Audience: followers versus members

# %%
display(*page.audience())

# %% [markdown]
# ## Community over time: who joins, who stays, who drifts

# %%
display(*page.community_over_time())

# %% [markdown]
# ## The people you really know

# %%
display(*page.people_you_know())

# %% [markdown]
# ## Listening: do you answer the people who write?

# %%
display(*page.listening())

# %%
display(*page.whole_community())  # chat communities only: its own heading, nothing at all elsewhere

# %% [markdown]
# ## Platform by platform

# %%
display(*page.by_platform())

# %% [markdown]
# ## What this export can and cannot show

# %%
display(*page.coverage())
