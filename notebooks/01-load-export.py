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
# # Load an export
#
# What does this export hold: whose account it is, which signals it can show, and how many posts,
# people and interactions it contains.

# %% tags=["parameters"]
export_path = (
    ""  # an export (zip, tar.gz, folder or file), or a list of exports to combine; empty means the bundled X sample
)
platform = ""  # only this platform of a combined dataset (x, mastodon, bluesky, ...); empty means all platforms
dataset = ""  # a processed dataset (data/processed/NAME) to read instead of export_path; empty means read export_path
since = ""  # first month to include, YYYY-MM; empty means from the start
until = ""  # last month to include, YYYY-MM; empty means to the end

# %%
from IPython.display import Markdown, display

from helpers.present import views
from helpers.present.findings import posts_markdown, warnings_markdown, whose_export
from helpers.present.html import coverage_table
from helpers.present.summary import summarize

export = views.load_for_analysis(export_path, platform, dataset, since, until)
summary = summarize(export)

# %% [markdown]
# ## Whose export is this?

# %%
display(Markdown(whose_export(export)))

# %% [markdown]
# ## What can this export show, and what not?
#
# Every chart that needs a missing signal says so next to it.

# %%
coverage_table(export)

# %%
display(Markdown(warnings_markdown(export)))

# %% [markdown]
# ## What kinds of posts are there?

# %%
display(Markdown(posts_markdown(summary)))
