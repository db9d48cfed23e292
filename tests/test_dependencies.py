"""Every declared dependency is imported where it belongs; the benchmark's extras stay in bench/."""

from __future__ import annotations

import ast
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NOT_IMPORTED_BY_NAME = {"psycopg": "the PostgreSQL driver SQLAlchemy loads for postgresql+psycopg:// URLs"}


def _top_level_imports(folders: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return names


def _distributions(imports: set[str]) -> set[str]:
    by_module = metadata.packages_distributions()
    return {canonicalize_name(dist) for name in imports for dist in by_module.get(name, [])}


def _names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements} - {"cio-coach"}


def test_every_runtime_dependency_is_imported_by_the_product():
    used = _distributions(_top_level_imports(("assistant", "ui", "cli", "evals")))
    unused = _names(PYPROJECT["dependencies"]) - used - set(NOT_IMPORTED_BY_NAME)
    assert unused == set(), f"declared in pyproject.toml but never imported: {sorted(unused)}"


def test_bench_extra_is_used_only_by_the_benchmark():
    extra = _names(PYPROJECT["optional-dependencies"]["bench"])
    assert extra <= _distributions(_top_level_imports(("bench",)))
    leaked = extra & _distributions(_top_level_imports(("assistant", "ui", "cli", "evals")))
    assert leaked == set(), f"the product imports bench-only packages: {sorted(leaked)}; make them dependencies"
    assert extra.isdisjoint(_names(PYPROJECT["dependencies"]))


def test_coach_bench_without_the_extra_says_how_to_install_it(monkeypatch):
    import importlib.util

    from cli.bench import BENCH_EXTRA
    from cli.main import app

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in BENCH_EXTRA else real(name, *a))
    result = CliRunner().invoke(app, ["bench", "--quick"])
    assert result.exit_code == 2
    assert "pip install -e '.[bench]'" in result.output and "Traceback" not in result.output
