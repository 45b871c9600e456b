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
# # Voice balance: broadcasting or conversing?
#
# How much of what the account says is broadcasting to everyone, how much is conversation with
# someone, and how much amplifies others, and how that moves month by month.

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

from helpers.charts import use_offline_renderer
from helpers.metrics.voice import monthly_messages
from helpers.present import views
from helpers.present.findings import voice_sentence
from helpers.present.summary import summarize

renderer = use_offline_renderer()
export = views.load_for_analysis(export_path, platform, dataset, since, until)
summary = summarize(export)

# %% [markdown]
# ## How is your voice split?

# %%
display(Markdown(voice_sentence(summary)))
views.voice_balance(export)

# %% [markdown]
# ## Is the conversation share growing or shrinking?

# %%
views.conversation_share_over_time(export)

# %% [markdown]
# ## Where do you converse, platform by platform?

# %%
if len(export.platforms) > 1:
    display(views.voice_by_platform(export))
else:
    display(Markdown(f"This dataset holds one platform ({export.platform}); combine exports to compare platforms."))

# %% [markdown]
# ## How much conversation happens in private?
#
# Private messages are not posts: they sit beside the balance, not in it.

# %%
messages = monthly_messages(export.interactions)
if not export.coverage.messages:
    display(Markdown("This export holds no private messages, so private conversation cannot be shown."))
else:
    sent, received = summary["messages"]["sent"], summary["messages"]["received"]
    display(
        Markdown(
            f"Besides your public posts you sent **{sent:,}** private messages and received **{received:,}**, "
            f"in {messages['month'].n_unique():,} months."
        )
    )
