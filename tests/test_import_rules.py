"""The arrows of DESIGN.md, checked over the import statements of every module (AST).

- Nothing imports ``ui`` except ``ui`` itself (tests, benchmarks and the screenshot script drive
  the app from outside and may).
- ``fieldapp`` never imports ``sync`` or Qt.
- ``sync`` never imports ``ui`` or Qt.
- The HQ server (``sync.server``) never reaches device-only code, not even through a shared
  module: it shares the protocol and the domain rules, not the laptop's store, key file, forms,
  command line, sync engine, HTTP client or USB bundles.

Every import counts, also one inside a function or under ``TYPE_CHECKING``: each is a dependency
someone reading or packaging the code has to follow.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("fieldapp", "sync", "ui", "resources")
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# What only the laptop runs. Whatever HQ shares lives elsewhere: fieldapp.domain (rules, errors,
# the clock and canonical JSON), fieldapp.messages, fieldapp.text, fieldapp.fsutil, fieldapp.logs,
# the forms' wording (fieldapp.forms.labels) and sync.protocol.
DEVICE_ONLY = ("fieldapp.store", "fieldapp.security.keyfile", "fieldapp.forms", "fieldapp.cli",
               "sync.engine", "sync.client", "sync.bundle", "sync.device_cli", "ui")
SHARED_WITH_HQ = ("fieldapp.forms.labels",)


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).parts
        if rel[0].startswith(".") or rel[0] in ("build", "dist") or rel[0].endswith(".egg-info"):
            continue
        yield path


def _imported(source: str, module: str, *, is_package: bool = False) -> list[tuple[str, int]]:
    """What the code ``source`` of ``module`` imports: (absolute module name, line)."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[:len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            found.append((base, node.lineno))
            # ``from fieldapp.store import cases`` imports the submodule fieldapp.store.cases.
            found.extend((f"{base}.{alias.name}", node.lineno) for alias in node.names
                         if alias.name != "*")
    return found


@cache
def _imports() -> dict[str, tuple[tuple[str, int], ...]]:
    """Every module of the tree and what it imports."""
    return {_module_name(path): tuple(_imported(path.read_text(encoding="utf-8"), _module_name(path),
                                                is_package=path.name == "__init__.py"))
            for path in _sources()}


def _first_party(name: str) -> str | None:
    """The module of the tree that importing ``name`` runs last (``name`` or its package)."""
    modules = _imports()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _violations(owner: tuple[str, ...], banned: tuple[str, ...],
                allowed: tuple[str, ...] = ()) -> list[str]:
    bad = []
    for module, names in _imports().items():
        if not _within(module, owner):
            continue
        for name, line in names:
            if _within(name, banned) and not _within(name, allowed) and not _within(name, owner):
                bad.append(f"{module}:{line} imports {name}")
    return sorted(set(bad))


def test_the_tree_is_read() -> None:
    modules = _imports()
    assert {"fieldapp.store.cases", "sync.server.app", "ui.main_window"} <= set(modules)
    assert "fieldapp.domain.hlc" in {name for name, _ in modules["sync.server.cases.changes"]}


@pytest.mark.parametrize(("owner", "banned"), [
    (("fieldapp", "sync", "resources"), ("ui",)),
    (("fieldapp",), ("sync", *QT)),
    (("sync",), ("ui", *QT)),
], ids=["nothing-imports-ui", "fieldapp-without-sync-or-qt", "sync-without-ui-or-qt"])
def test_imports_flow_one_way(owner: tuple[str, ...], banned: tuple[str, ...]) -> None:
    assert _violations(owner, banned) == []


def test_the_server_never_reaches_device_only_code() -> None:
    """Followed through every first-party module the server imports, however indirectly."""
    modules = _imports()
    bad = []
    for start in (m for m in modules if _within(m, ("sync.server",))):
        seen: dict[str, tuple[str, ...]] = {start: (start,)}
        todo = [start]
        while todo:
            here = todo.pop()
            for name, line in modules[here]:
                target = _first_party(name)
                if target is None or target in seen:
                    continue
                chain = (*seen[here], f"{target} (line {line} of {here})")
                if _within(target, DEVICE_ONLY) and not _within(target, SHARED_WITH_HQ):
                    bad.append(" -> ".join(chain))
                    continue
                seen[target] = chain
                todo.append(target)
    assert sorted(set(bad)) == []


def test_the_checks_catch_a_wrong_arrow() -> None:
    """Relative imports resolve, and the prefixes match whole module names only."""
    source = "from ..store import cases\nfrom . import hlc\n\ndef f():\n    import PySide6.QtCore\n"
    found = {name for name, _ in _imported(source, "fieldapp.domain.example")}
    assert {"fieldapp.store.cases", "fieldapp.domain.hlc", "PySide6.QtCore"} <= found
    assert {name for name, _ in _imported("from . import x\n", "sync.server", is_package=True)} \
        >= {"sync.server.x"}
    assert _within("PySide6.QtCore", QT) and not _within("PySide6x", QT)
    assert _within("fieldapp.forms.render", DEVICE_ONLY) and not _within("fieldapp.storehouse", DEVICE_ONLY)
    assert _within("fieldapp.forms.labels", SHARED_WITH_HQ)
