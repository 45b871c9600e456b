"""The bundled samples: one per platform, each what `make sample` writes, each recovering its planted tiers;
and all of them combined into one dataset."""

from __future__ import annotations

import json

import papermill
import pytest

from conftest import known_tiers
from helpers import load_export
from helpers.paths import NOTEBOOKS_DIR
from helpers.platforms.loading import load_exports
from helpers.present.summary import summarize
from helpers.synthetic.samples import WRITERS, sample_owner, sample_path, write_sample


def files_under(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("platform", list(WRITERS))
def test_sample_is_current_and_recovers_its_planted_tiers(platform, tmp_path):
    truth = write_sample(platform, root=tmp_path)
    committed = sample_path(platform)
    committed_root = committed if committed.is_dir() else committed.parent
    assert files_under(tmp_path / platform) == files_under(committed_root), (
        f"data/sample/{platform} is stale: run make sample"
    )
    export = load_export(committed, owner=sample_owner(platform))
    assert export.platform == platform
    for frame in (export.posts, export.people, export.interactions):
        assert (
            frame["platform"].drop_nulls().unique().to_list() in ([platform], [])
            and frame["platform"].null_count() == 0
        )
    s = summarize(export)
    assert s["tiers"] == known_tiers(truth.tier_counts(), s["coverage"])


def test_csv_template_is_a_sample_too():
    s = summarize(load_export(sample_path("csv")))
    assert s["posts"]["total"] > 0 and sum(s["tiers"].values()) > 0


@pytest.fixture(scope="module")
def every_sample():
    return [sample_path(p) for p in WRITERS]


def test_all_samples_combine_into_one_dataset(every_sample):
    # One --owner for the chat communities among them: the samples' owner is @corner_cafe everywhere.
    mixed = load_exports(every_sample, owner="corner_cafe")
    s = summarize(mixed)
    assert s["platform"] == "mixed"
    assert set(s["by_platform"]) == set(WRITERS)
    assert s["posts"]["total"] == sum(part["posts"]["total"] for part in s["by_platform"].values())
    for tier, count in s["tiers"].items():  # the sum over the platforms that can show the tier
        known = [part["tiers"][tier] for part in s["by_platform"].values() if part["tiers"][tier] is not None]
        assert known and count == sum(known), tier
    followers = [
        part["people"]["followers"] for part in s["by_platform"].values() if part["people"]["followers"] is not None
    ]
    assert s["people"]["followers"] == sum(followers)


@pytest.mark.slow
def test_notebook_runs_on_the_combined_samples_and_one_platform_of_them(every_sample, tmp_path):
    for platform in ("", "mastodon"):
        out = tmp_path / f"04-{platform or 'all'}.ipynb"
        papermill.execute_notebook(
            str(NOTEBOOKS_DIR / "04-community-over-time.ipynb"),
            str(out),
            parameters={"export_path": [str(p) for p in every_sample], "platform": platform},
            cwd=str(tmp_path),
            kernel_name="python3",
            progress_bar=False,
        )
        outputs = json.dumps([c.get("outputs", []) for c in json.loads(out.read_text())["cells"]])
        assert '"output_type": "error"' not in outputs
