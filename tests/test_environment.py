"""environment.yml agrees with pyproject.toml, the one dependency list."""

from __future__ import annotations

import re
import tomllib

import yaml

from helpers.paths import PROJECT_ROOT


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text())
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    deps = env["dependencies"]
    python = next(d for d in deps if isinstance(d, str) and d.startswith("python"))
    assert re.sub(r"^python", "", python) == project["requires-python"]
    assert "pip" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    assert pip_section == ["-e .[dev]"]
    assert project["name"] == "community-lens"
    assert project["scripts"]["community-lens"] == "helpers.cli:main"
    assert all("==" in d for d in project["dependencies"] + project["optional-dependencies"]["dev"]), (
        "pin every dependency"
    )
