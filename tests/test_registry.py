"""One registry of platforms: detection, the CLI's choices, the errors and the README's table come from it."""

from __future__ import annotations

import re

import pytest

from helpers.cli import main, parser
from helpers.paths import PROJECT_ROOT
from helpers.platforms.loading import detect_platform
from helpers.platforms.registry import BY_NAME, PLATFORMS, label, supported
from helpers.synthetic.samples import sample_path


def _readme_platforms() -> set[str]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| platform | what to download |") :].split("\n\n")[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:] if line.startswith("|")]
    return {name.strip() for row in rows for name in row.split(",")}


def test_readme_table_lists_every_registered_platform_and_no_other():
    assert _readme_platforms() == {p.label for p in PLATFORMS}


def test_cli_platform_choices_are_the_registry():
    summary = next(
        a for a in parser()._subparsers._group_actions[0].choices["summary"]._actions if a.dest == "platform"
    )
    assert list(summary.choices) == [p.name for p in PLATFORMS]


def test_unknown_platform_is_one_line_and_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["summary", str(sample_path("x")), "--platform", "myspace"])
    assert exc.value.code == 2
    assert "invalid choice: 'myspace'" in capsys.readouterr().err


def test_detection_error_lists_what_is_supported(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(Exception) as exc:
        detect_platform(tmp_path)
    for p in PLATFORMS:
        assert p.looked_for in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("name", [p.name for p in PLATFORMS if p.name != "csv"])
def test_every_sample_is_detected_as_its_platform(name):
    assert detect_platform(sample_path(name)) == name


def test_labels():
    assert label("x") == "X (Twitter)" and label("mixed") == "mixed"
    assert set(BY_NAME) == {p.name for p in PLATFORMS}
    assert re.search(r"\bcsv \(", supported())


def test_every_sample_fills_the_platform_column_of_every_frame():
    """A row without its platform falls out of every per-platform view: never allowed."""
    import polars as pl

    from helpers.platforms.loading import load_export
    from helpers.synthetic.samples import WRITERS, sample_owner, sample_path

    for platform in WRITERS:
        export = load_export(sample_path(platform), owner=sample_owner(platform))
        frames = {"posts": export.posts, "people": export.people, "interactions": export.interactions}
        if export.chat is not None:
            frames["chat"] = export.chat
        for name, frame in frames.items():
            missing = frame.filter(pl.col("platform") != platform).height + frame["platform"].null_count()
            assert missing == 0, f"{platform}: {missing} rows of {name} lack platform {platform!r}"
