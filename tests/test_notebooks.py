"""Notebooks: committed without outputs, in sync with their py:percent twins, and executed on the sample
with papermill from a foreign working directory (paths must not depend on it)."""

from __future__ import annotations

import json

import jupytext
import papermill
import pytest

from helpers.paths import NOTEBOOKS_DIR

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
ANALYSIS = [p for p in NOTEBOOKS if p.name[:2].isdigit()]


def test_the_notebooks_exist():
    assert [p.stem for p in ANALYSIS] == [
        "01-load-export",
        "02-voice-balance",
        "03-followers-vs-members",
        "04-community-over-time",
        "05-cohort",
    ]
    assert (NOTEBOOKS_DIR / "dashboard.ipynb") in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs_and_with_a_parameters_cell(path):
    nb = json.loads(path.read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    assert sum("parameters" in c.get("metadata", {}).get("tags", []) for c in code) == 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_py_percent_twin_in_sync(path):
    twin = path.with_suffix(".py")
    assert twin.exists(), f"{twin.name} missing: run make sync-notebooks"
    a = jupytext.read(path)
    b = jupytext.read(twin)
    cells = lambda nb: [(c.cell_type, c.source.strip()) for c in nb.cells]  # noqa: E731
    assert cells(a) == cells(b), f"{path.name} and {twin.name} differ: run make sync-notebooks"


@pytest.mark.slow
@pytest.mark.parametrize("path", ANALYSIS, ids=lambda p: p.name)
def test_analysis_notebook_runs_on_the_sample(path, sample_x, tmp_path):
    out = tmp_path / path.name
    papermill.execute_notebook(
        str(path),
        str(out),
        parameters={"export_path": str(sample_x)},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = json.loads(out.read_text())
    text = json.dumps([c.get("outputs", []) for c in nb["cells"]])
    assert "Traceback" not in text and '"output_type": "error"' not in text
    assert "@corner" in text or "converse" in text or "members" in text


@pytest.mark.slow
def test_dashboard_notebook_runs_on_a_built_dataset(sample_x, tmp_path, monkeypatch):
    from helpers.store import build_dataset

    processed = tmp_path / "processed"
    build_dataset([sample_x], "cafe", root=processed)
    monkeypatch.setenv("COMMUNITY_LENS_PROCESSED", str(processed))
    out = tmp_path / "dashboard.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / "dashboard.ipynb"),
        str(out),
        parameters={"dataset": "cafe"},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = json.loads(out.read_text())
    text = json.dumps([c.get("outputs", []) for c in nb["cells"]])
    assert '"output_type": "error"' not in text
    assert "No dataset named" not in text and "Conversation share" in text
