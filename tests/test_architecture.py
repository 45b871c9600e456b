"""The architecture holds: imports point one way (the contracts in pyproject.toml, checked by
import-linter), and no module reaches into another module's private names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from helpers.paths import PACKAGE_DIR, PROJECT_ROOT


def _lint_imports() -> Path:
    return Path(sys.executable).with_name("lint-imports")


def test_imports_point_one_way():
    done = subprocess.run(
        [str(_lint_imports())], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def _private_imports(source: str) -> list[str]:
    """``from helpers.x import _name`` and ``module._name`` on an imported helpers module."""
    tree = ast.parse(source)
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"from {node.module} import {alias.name}")
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name.startswith("helpers")}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_the_private_check_finds_what_it_should():
    assert _private_imports("from helpers.charts.layout import _plain, CHART_WIDTH") == [
        "from helpers.charts.layout import _plain"
    ]
    assert _private_imports("from helpers.metrics import ladder\nladder._rolling()") == ["ladder._rolling"]
    assert _private_imports("from helpers.metrics import ladder\nladder.ladder()") == []


def test_no_module_imports_private_names_of_another():
    offenders = {}
    for path in [
        *PACKAGE_DIR.rglob("*.py"),
        *(PROJECT_ROOT / "tests").glob("*.py"),
        *(PROJECT_ROOT / "notebooks").glob("*.py"),
    ]:
        if found := _private_imports(path.read_text(encoding="utf-8")):
            offenders[str(path.relative_to(PROJECT_ROOT))] = found
    assert not offenders, offenders
