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
#   voila:
#     theme: light
# ---

# %% [markdown]
# # Following or community?
#
# Is this account broadcasting to an audience, or talking with a community? Figures from the account's
# own export, computed on this machine.

# %% tags=["parameters"]
dataset = ""  # processed dataset to show; empty = ?dataset=NAME in the URL, else the one the server names, else the sample

# %%
from IPython.display import HTML, Markdown, display

from helpers import ExportError, views
from helpers.charts import use_offline_renderer
from helpers.dataset import list_datasets, load_dataset
from helpers.headline import caveat_html, coverage_html, headline_html
from helpers.insights import audience_sentence, community_sentence, voice_sentence
from helpers.summary import summarize

renderer = use_offline_renderer()
name = views.requested_dataset(dataset)
try:
    export = load_dataset(name)
except ExportError as exc:
    export = None
    display(Markdown(
        f"**No dataset named `{name}`.** Available: {', '.join(list_datasets()) or 'none'}. "
        "Build one with `community-lens build PATH --name NAME`."
    ))

# %%
if export is not None:
    summary = summarize(export)
    tiers = views.tiers_of(export)
    owner = summary["owner"]
    display(Markdown(f"## @{owner['handle']} on {export.platform.upper()} (dataset `{name}`)"))
    display(HTML(headline_html(summary)))
    display(Markdown(" ".join([voice_sentence(summary), audience_sentence(summary), community_sentence(summary)])))

# %% [markdown]
# ## Voice balance: broadcasting, conversing, amplifying

# %%
if export is not None:
    display(HTML(caveat_html(views.caveat(export, "voice"))))
    display(views.voice_balance(export))

# %%
if export is not None:
    display(views.conversation_share_over_time(export))

# %% [markdown]
# ## Audience: followers versus members

# %%
if export is not None:
    display(HTML(caveat_html(views.caveat(export, "audience"))))
    display(views.audience_breakdown(export, tiers))

# %%
if export is not None:
    display(HTML(caveat_html(views.caveat(export, "partners"))))
    display(views.top_conversation_partners(export, tiers))

# %%
if export is not None:
    display(views.community_vs_dunbar(export, tiers))

# %% [markdown]
# ## What this export can and cannot show

# %%
if export is not None:
    display(HTML(coverage_html(export)))
