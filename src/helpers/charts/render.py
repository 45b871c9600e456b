"""Charts drawn offline in JupyterLab and Voila: the Vega bundle shipped inside vl-convert goes into the page
once, then each chart is a few kilobytes of spec."""

from __future__ import annotations

import json
import re
import uuid
from functools import cache

import altair as alt
import vl_convert as vlc

from helpers.charts.layout import fit_spec

RENDERER = "community_lens_offline"


@cache
def _vega_bundle() -> str:
    # Vega, Vega-Lite and Vega-Embed as shipped inside vl-convert (no network). Wrapped in a block so its
    # top-level declarations cannot collide when the page meets it twice; "</" escaped for the HTML parser.
    # The vl-convert stub marks ``snippet`` required; at runtime it defaults to None (the default snippet).
    default_bundle = vlc.javascript_bundle()  # type: ignore[call-arg]
    bundle = re.sub(r"</(script)", r"<\\/\1", default_bundle, flags=re.IGNORECASE)
    return "if(!window.vegaEmbed){" + bundle + "}"


def render_html(spec: dict, **_metadata) -> dict:
    """A chart as a div and a small script that draws it as SVG once the bundle has loaded."""
    target = f"cl-chart-{uuid.uuid4().hex[:12]}"
    spec_json = json.dumps(fit_spec(spec)).replace("</", "<\\/")
    script = (
        "(function(){var spec=" + spec_json + ";var tries=0;function draw(){"
        f"if(window.vegaEmbed){{window.vegaEmbed('#{target}',spec,{{actions:false,renderer:'svg'}});}}"
        "else if(tries++<600){setTimeout(draw,50);}}draw();})();"
    )
    return {"text/html": f'<div id="{target}" class="cl-chart"></div><script>{script}</script>'}


alt.renderers.register(RENDERER, render_html)


def use_offline_renderer() -> str:
    """Draw charts offline: the Vega bundle from vl-convert goes into the page once, then each chart is a
    few kilobytes of spec (aggregated data only). Works in JupyterLab and in Voila, with tooltips."""
    from IPython.display import HTML, display

    alt.renderers.enable(RENDERER)
    display(HTML(f"<script>{_vega_bundle()}</script>"))
    return RENDERER
