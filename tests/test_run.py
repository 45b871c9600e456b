"""`community-lens run`: a full run on each bundled sample, the report in headless Chromium with the
network blocked, the anonymisation check, reruns reuse the dataset, and a failed run loses nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from browser import chromium_path, open_page
from conftest import need
from helpers import load_export
from helpers.cli import main
from helpers.pipeline import ANALYSIS_NOTEBOOKS, RunError, run
from helpers.synthetic.samples import WRITERS, sample_owner, sample_path

pytestmark = [pytest.mark.slow]


@pytest.fixture
def dirs(tmp_path):
    return {"processed": tmp_path / "processed", "runs": tmp_path / "runs"}


def assert_complete(result, anonymized=False):
    assert result.folder.is_dir() and not result.folder.name.startswith(".")
    assert [n.stem for n in result.notebooks] == list(ANALYSIS_NOTEBOOKS)
    for nb in result.notebooks:
        cells = json.loads(nb.read_text())["cells"]
        outputs = json.dumps([c.get("outputs", []) for c in cells])
        assert '"output_type": "error"' not in outputs, nb
        assert any("injected-parameters" in c["metadata"].get("tags", []) for c in cells)
    html = result.report.read_text()
    # Every section draws its charts as static SVG, or says in a sentence that the export cannot hold them.
    assert "<script" not in html and html.count("<svg") >= 3
    for section in html.split("<h2>")[1:-1]:  # the last one is the definitions
        assert any(mark in section for mark in ("<svg", "<table", "cannot be", "Nobody", "cl-cards")), section[:200]
    assert "How the figures are defined" in html and "docs/" not in html, "the report explains itself"
    assert ("Anonymised." in html) == anonymized
    assert {p.name for p in result.csvs} >= {"voice_by_month.csv", "audience_tiers.csv", "tiers_by_month.csv"}


@pytest.mark.parametrize("platform", [*WRITERS, "csv"])
def test_full_run_on_each_bundled_sample(platform, dirs):
    result = run([sample_path(platform)], f"s-{platform}", pdf=False, owner=sample_owner(platform), **dirs)
    assert_complete(result)
    assert (dirs["runs"] / f"s-{platform}" / "latest.txt").read_text().strip() == result.folder.name


@pytest.mark.browser
def test_rerun_reuses_the_dataset_and_the_report_opens_offline(sample_x, dirs, tmp_path):
    first = run([sample_x], "cafe", pdf=True, **dirs)
    assert first.rebuilt
    second = run([sample_x], "cafe", pdf=False, **dirs)
    assert not second.rebuilt and second.folder != first.folder and first.folder.exists()
    if first.pdf is None:
        assert "PDF skipped" in first.pdf_note
    else:
        assert first.pdf.read_bytes()[:5] == b"%PDF-"
    need(chromium_path() is not None, "Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser, page, record = open_page(p, first.report.as_uri())
        try:
            assert page.locator("svg").count() >= 8
            assert page.locator("svg path").count() > 50  # drawn marks
            body = page.inner_text("body").lower()
            assert "error" not in body and "traceback" not in body
            assert record.errors == [] and record.blocked == []
        finally:
            browser.close()


def originals(export) -> set[str]:
    """Every other person's handle, display name and id in an export (what anonymising must remove)."""
    found = set()
    for col in ("handle", "display_name", "account_id"):
        found |= {v for v in export.people[col].drop_nulls() if len(v) >= 4}
    return found


def test_anonymised_report_names_no_one_but_the_owner(sample_x, dirs):
    export = load_export(sample_x)
    secret = originals(export)
    assert len(secret) > 100
    result = run([sample_x], "shared", anonymized=True, pdf=False, **dirs)
    assert_complete(result, anonymized=True)
    texts = (
        [result.report.read_text()] + [p.read_text() for p in result.csvs] + [p.read_text() for p in result.notebooks]
    )
    leaked = sorted({s for s in secret for t in texts if s in t})
    assert leaked == [], leaked[:10]
    assert "corner_cafe" in texts[0]  # the owner stays named
    # Pseudonyms are stable: one person, one pseudonym in every table.
    partners = pl.read_csv(result.folder / "data" / "top_conversation_partners.csv")
    ties = pl.read_csv(result.folder / "data" / "people_you_know.csv")
    assert set(ties["name"].str.strip_prefix("@")) & set(partners["name"].str.strip_prefix("@"))


def test_a_corrupt_export_leaves_the_last_good_run_in_place(sample_x, dirs, tmp_path, capsys):
    export = shutil.copytree(sample_x, tmp_path / "export")
    good = run([export], "cafe", pdf=False, **dirs)
    before = sorted(p.relative_to(dirs["processed"]) for p in dirs["processed"].rglob("*"))
    (export / "data" / "tweets.js").write_bytes((sample_x / "data" / "tweets.js").read_bytes()[:3000])
    from helpers import ExportError

    with pytest.raises(ExportError, match=r"tweets\.js: truncated"):
        run([export], "cafe", pdf=False, **dirs)
    assert sorted(p.relative_to(dirs["processed"]) for p in dirs["processed"].rglob("*")) == before
    assert [p.name for p in (dirs["runs"] / "cafe").iterdir() if p.is_dir()] == [good.folder.name]
    assert good.report.exists()


def test_a_failing_step_is_named_and_loses_nothing(sample_x, dirs, monkeypatch):
    good = run([sample_x], "cafe", pdf=False, **dirs)

    def broken(notebook, *args):
        if notebook == "03-followers-vs-members":
            raise RuntimeError("kernel died")

    monkeypatch.setattr("helpers.pipeline.execute_notebook", broken)
    with pytest.raises(RunError, match="failed at step 'execute 03-followers-vs-members': RuntimeError: kernel died"):
        run([sample_x], "cafe", pdf=False, **dirs)
    assert [p.name for p in (dirs["runs"] / "cafe").iterdir() if p.is_dir()] == [good.folder.name]
    assert (dirs["runs"] / "cafe" / "latest.txt").read_text().strip() == good.folder.name


def test_concurrent_runs_of_different_datasets(sample_x, tmp_path):
    env = {"COMMUNITY_LENS_PROCESSED": str(tmp_path / "processed")}
    import os

    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "helpers.cli", "run", str(sample_x), "--name", name, "--no-pdf"],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-500:] for o in outs]
    for name, (stdout, stderr) in zip(("one", "two"), outs, strict=False):
        assert f"Run of dataset {name!r} written to" in stdout
        # The terminal gets our messages only: no kernel warnings, no bar redraws (stderr is not a terminal).
        assert "IPKernelApp" not in stderr and "WARNING" not in stderr, stderr[-500:]
        assert "\r" not in stderr
        folder = Path(stdout.split("written to ")[1].splitlines()[0])
        assert (folder / "report.html").exists()
        shutil.rmtree(folder.parent)  # these went to data/runs of the checkout: tidy up


def test_cli_run_bad_input_one_line(tmp_path, capsys):
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.txt").write_text("hello")
    assert main(["run", str(tmp_path / "nothing"), "--name", "x1"]) == 2
    assert "not a supported export" in capsys.readouterr().err
