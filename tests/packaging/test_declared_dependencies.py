"""``pip install .`` alone must bring every third-party package the code imports.

The desktop app (``fieldapp/``, ``ui/`` and the device side of ``sync/``) may import only what
``[project] dependencies`` declares; the HQ server (``sync/server/``) may also use the ``hq``
extra. An import is mapped to the distribution that provides it through the installed
environment (``importlib.metadata.packages_distributions``).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
OWN = {"fieldapp", "sync", "ui", "resources"}
SERVER = ROOT / "sync" / "server"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    base = {_normal(Requirement(r).name) for r in project["dependencies"]}
    extras = {name: {_normal(Requirement(r).name) for r in reqs}
              for name, reqs in project.get("optional-dependencies", {}).items()}
    return base, extras


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return {m for m in found if m not in OWN and m not in sys.stdlib_module_names}


def _third_party(folders: list[Path], *, exclude: Path | None = None) -> dict[str, list[str]]:
    """Top-level module → files importing it, over every ``.py`` under ``folders``."""
    where: dict[str, list[str]] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            if exclude is not None and exclude in path.parents:
                continue
            for module in _imports(path):
                where.setdefault(module, []).append(str(path.relative_to(ROOT)))
    return where


def _uncovered(where: dict[str, list[str]], allowed: set[str]) -> list[str]:
    providers = packages_distributions()
    missing = []
    for module, files in sorted(where.items()):
        dists = {_normal(d) for d in providers.get(module, [])}
        if not dists:
            missing.append(f"{module} (not installed here) in {files[0]}")
        elif not dists & allowed:
            missing.append(f"{module} from {sorted(dists)} in {files[0]}")
    return missing


def test_the_desktop_app_imports_only_declared_runtime_dependencies() -> None:
    base, _extras = _declared()
    where = _third_party([ROOT / "fieldapp", ROOT / "ui", ROOT / "sync"], exclude=SERVER)
    assert "PySide6" in where and "pydantic" in where  # the walk sees the whole app
    assert _uncovered(where, base) == []


def test_the_hq_server_imports_only_runtime_and_hq_dependencies() -> None:
    base, extras = _declared()
    where = _third_party([SERVER])
    assert "fastapi" in where
    assert _uncovered(where, base | extras["hq"]) == []


def test_the_build_tools_are_an_extra_not_a_runtime_dependency() -> None:
    base, extras = _declared()
    assert "pyinstaller" in extras["dist"]
    assert "pyinstaller" not in base and "pyside6" not in extras["dist"]


def test_the_pyside_builds_that_abort_python_3_11_are_excluded() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    qt = [Requirement(r) for r in project["dependencies"]
          if _normal(Requirement(r).name) == "pyside6-essentials"]
    env = {"python_version": "3.11", "python_full_version": "3.11.2"}
    on_311 = [r for r in qt if r.marker is None or r.marker.evaluate(env)]
    assert on_311, "PySide6-Essentials must be declared for Python 3.11"
    for req in on_311:
        assert not req.specifier.contains("6.12.0")
        assert req.specifier.contains("6.11.3")  # the version constraints.txt pins
