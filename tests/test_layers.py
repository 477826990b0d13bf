"""The layers hold without import-linter: the printed documents import nothing from the window,
and no module of app/ imports itself through others (no import cycles).

The import graph is read from the source (every ``import`` and ``from … import`` anywhere in a
module: at the top, inside functions, under ``TYPE_CHECKING``), so an import that only runs
later counts too. ``lint-imports`` ([tool.importlinter] in pyproject.toml) checks the full
layer order in CI; this test keeps the two promises of issue 15 in the plain test run.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_names(package: Path) -> dict[str, Path]:
    """Every module under ``package`` by dotted name (a package by its own name)."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` that module ``name`` imports, wherever the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def known(dotted: str) -> str | None:  # the module itself, or the package it is in
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:  # "from app.ui.kit import kit_page" imports a module
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else known(base))
    found.discard(None)
    found.discard(name)
    return {module for module in found if module is not None}


def import_graph(package: Path) -> dict[str, set[str]]:
    modules = module_names(package)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return groups


def test_the_printed_documents_import_nothing_from_the_window() -> None:
    graph = import_graph(ROOT / "app")
    assert any(name.startswith("app.report.") for name in graph)
    wrong = sorted(f"{importer} -> {imported}" for importer, imported_set in graph.items()
                   for imported in imported_set
                   if importer.startswith("app.report") and imported.startswith("app.ui"))
    assert wrong == []


def test_no_import_cycles_in_app() -> None:
    graph = import_graph(ROOT / "app")
    assert len(graph) > 100  # every module was read
    assert cycles(graph) == []


def test_a_cycle_is_found_wherever_its_imports_stand(tmp_path: Path) -> None:
    """The check itself: a cycle through a function-level import, a relative import and one
    under TYPE_CHECKING is found; the same modules without the closing import are not."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text('"""A package."""\n')
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def later():\n    from . import c\n")
    (package / "sub" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n")
    assert cycles(import_graph(package)) == [["pkg.a", "pkg.sub.b", "pkg.sub.c"]]
    (package / "sub" / "c.py").write_text("import json\n")
    assert cycles(import_graph(package)) == []
