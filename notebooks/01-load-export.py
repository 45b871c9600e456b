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
export_path = ""  # a downloaded X archive (zip or folder); empty = the bundled sample in data/sample/x

# %%
from IPython.display import Markdown, display

from helpers import load_export
from helpers.headline import coverage_table
from helpers.paths import resolve_export
from helpers.summary import summarize

export = load_export(resolve_export(export_path), progress=print)
summary = summarize(export)

# %% [markdown]
# ## Whose export is this?

# %%
owner = summary["owner"]
display(Markdown(
    f"This is the **{export.platform.upper()}** export of **@{owner['handle']}** ({owner['display_name']}), "
    f"read as generation *{export.generation}*. It holds {export.posts.height:,} posts, "
    f"{export.people.height:,} other accounts and {export.interactions.height:,} directed acts between them and you."
))

# %% [markdown]
# ## What can this export show, and what not?
#
# Every chart that needs a missing signal says so next to it.

# %%
coverage_table(export)

# %%
if export.warnings:
    display(Markdown("**Read with care:**\n\n" + "\n".join(f"- {w}" for w in export.warnings)))
else:
    display(Markdown("Every file the archive lists was found and read."))

# %% [markdown]
# ## What kinds of posts are there?

# %%
display(Markdown(
    "Posts by kind: " + ", ".join(f"{k} **{v:,}**" for k, v in summary["posts"]["kind"].items())
    + ". Voice: " + ", ".join(f"{k} **{v:,}**" for k, v in summary["posts"]["mode"].items()) + "."
))
