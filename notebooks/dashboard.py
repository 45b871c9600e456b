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
dataset = ""  # processed dataset to show; empty means ?dataset=NAME in the URL, else the one the server names, else the sample
platform = ""  # one platform of a combined dataset; empty means ?platform=NAME in the URL, else all platforms
since = ""  # first month shown, YYYY-MM; empty means ?since= in the URL, else from the start
until = ""  # last month shown, YYYY-MM; empty means ?until= in the URL, else to the end

# %%
from IPython.display import HTML, Markdown, display

from helpers import ExportError, views
from helpers.charts import use_offline_renderer
from helpers.dataset import list_datasets, load_dataset
from helpers.headline import caveat_html, coverage_html, headline_html, picker_html
from helpers import ladder
from helpers import views_community as community
from helpers.headline import table_html
from helpers.insights import findings
from helpers.summary import summarize

renderer = use_offline_renderer()
name = views.requested_dataset(dataset)
try:
    dataset_export = load_dataset(name)
except ExportError:
    export = None
    display(Markdown(
        f"**No dataset named `{name}`.** Available: {', '.join(list_datasets()) or 'none'}. "
        "Build one with `community-lens build PATH --name NAME`."
    ))
else:
    chosen_platform = views.requested_platform(platform)
    first, last = views.requested_period(since, until)
    display(HTML(picker_html(list_datasets(), name, list(dataset_export.platforms), chosen_platform, first, last)))
    try:
        export = views.select_period(views.select_platform(dataset_export, chosen_platform), first, last)
    except ExportError as exc:
        export = dataset_export
        display(Markdown(f"**Showing the whole dataset:** {exc}."))

# %%
if export is not None:
    summary = summarize(export)
    tiers = views.tiers_of(export)
    owner = summary["owner"]
    where = ", ".join(f"@{m.owner.handle or m.owner.account_id} on {p}" for p, m in export.platforms.items())
    display(Markdown(f"## {where} (dataset `{name}`)"))
    display(HTML(headline_html(summary)))
    display(Markdown("\n".join(f"- {sentence}" for sentence in findings(summary))))

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
# ## Community over time: who joins, who stays, who drifts

# %%
if export is not None:
    display(HTML(caveat_html(views.caveat(export, "audience"))))
    ladder_frame = ladder.ladder(export)
    display(community.ladder_over_time(export, frame=ladder_frame))
    display(community.new_members_over_time(export, frame=ladder_frame))
    display(community.member_states(export))

# %% [markdown]
# ## The people you really know

# %%
if export is not None:
    display(HTML(caveat_html(views.caveat(export, "partners"))))
    display(HTML(table_html(community.people_you_know(export, 15), "Ranked by tie strength: days of contact, both directions, private contact, duration, 10% less per idle month.")))

# %% [markdown]
# ## Listening: do you answer the people who write?

# %%
if export is not None:
    chart = community.listening_by_hour(export)
    if chart is None:
        display(HTML(caveat_html(community.NO_INBOUND)))
    else:
        display(chart)
        display(HTML(table_html(community.still_waiting(export), "Still waiting for an answer: their last message has had no reply from you since.")))

# %% [markdown]
# ## Platform by platform

# %%
if export is not None and len(export.platforms) > 1:
    display(views.voice_by_platform(export))
    display(views.tiers_by_platform(export, tiers))
elif export is not None:
    display(Markdown(f"This dataset holds one platform ({export.platform})."))

# %% [markdown]
# ## What this export can and cannot show

# %%
if export is not None:
    display(HTML(coverage_html(export)))
