# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     notebook_metadata_filter: title,voila
#     text_representation:
#       extension: .py
#       format_name: percent
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

# %%
# Each section brings its own heading and shows nothing where it does not apply (a chat community's section
# elsewhere, a comparison of platforms in a one-platform dataset, a cohort's page).
display(*page.voice())

# %%
display(*page.audience())

# %%
display(*page.community_over_time())

# %%
display(*page.people_you_know())

# %%
display(*page.listening())

# %%
display(*page.whole_community())

# %%
display(*page.by_platform())

# %%
display(*page.coverage())
