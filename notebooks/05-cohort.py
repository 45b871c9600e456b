# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A cohort of accounts
#
# Many exports side by side (a data-donation study's participants, an agency's client accounts), each
# summarised by the same code as `community-lens summary`: how do they converse, listen and keep a
# community, against published figures; how do the groups compare; and where does one account sit?

# %% tags=["parameters"]
cohort = ""  # a cohort made by `community-lens cohort` (data/cohorts/NAME); empty means the bundled samples
dataset = ""  # a processed dataset (data/processed/NAME) to place in the cohort; empty means export_path
export_path = ""  # an export to place in the cohort (zip, tar.gz, folder or file); empty means the bundled X sample
group_by = ""  # a label of the cohort (label_group, label_wave) or "platforms"; empty means the first label

# %%
from IPython.display import Markdown, display

from helpers.charts import use_offline_renderer
from helpers.present import cohort_views as cv

renderer = use_offline_renderer()
page = cv.cohort_page(cohort, dataset, group_by, export_path, place=True)
found = cv.sentences(page.cohort) if page.cohort is not None else {}
display(*cv.shown(page.header()))

# %% [markdown]
# ## How much of what they post is conversation?

# %%
charts = page.distributions()
display(Markdown(found.get("share", "")))
charts[0] if charts else None

# %% [markdown]
# ## Members against followers: a community, or a following?

# %%
display(Markdown(found.get("followers", "")))
charts[1] if charts else None

# %% [markdown]
# ## Do they answer the people who write to them?

# %%
display(Markdown(found.get("listening", "")))
charts[2] if charts else None

# %% [markdown]
# ## How large are their communities, against Dunbar's layers?

# %%
display(Markdown(found.get("size", "")))
charts[3] if charts else None

# %% [markdown]
# ## Groups side by side

# %%
display(*cv.shown(page.groups()))

# %% [markdown]
# ## Where does this account sit in the cohort?

# %%
display(*cv.shown(page.position()))
cv.account_position(page.cohort, page.summary) if page.cohort is not None and page.summary is not None else None

# %% [markdown]
# ## What could not be read

# %%
display(*cv.shown(page.failures()))
