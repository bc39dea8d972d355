"""The project's import graph: no cycles, and filters/ stays free of Beam and of pipelines/.

Read from the source with ``ast`` (nothing is imported), so an import inside a function counts as
much as one at the top: a lazy import hides a cycle from Python, not from a reader. Imports under
``if TYPE_CHECKING:`` are left out (they never run). A cycle means neither module can be read,
tested or moved without the other; filters/ is the per-document logic that must run and be
unit-tested without Beam (DESIGN.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("filters", "pipelines", "scripts")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(path): path
    for package in PACKAGES
    for path in sorted((ROOT / package).rglob("*.py"))
    if "models" not in path.relative_to(ROOT).parts
}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported_names(module: str, path: Path) -> list[str]:
    """Every dotted name the module imports (``from x import y`` gives x and x.y)."""
    names: list[str] = []
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parent + ([base] if base else []))
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return names


def _project_module(name: str) -> str | None:
    """The project module a dotted name refers to, if any (scripts also import each other by
    bare name, with scripts/ on sys.path)."""
    if name in MODULES:
        return name
    if f"scripts.{name}" in MODULES:
        return f"scripts.{name}"
    return None


def _graph() -> dict[str, set[str]]:
    graph = {}
    for module, path in MODULES.items():
        targets = {_project_module(name) for name in _imported_names(module, path)}
        graph[module] = {t for t in targets if t and t != module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_graph_sees_the_projects_modules_and_imports():
    """Guards the checks below against passing because they read nothing."""
    graph = _graph()
    assert {"filters.extract", "pipelines.run", "scripts.eval_extract"} <= set(graph)
    assert "filters.boilerplate" in graph["filters.extract"]
    assert "pipelines.beam_logs" in graph["pipelines.run"]
    assert "scripts.train_boilerplate" in graph["scripts.eval_extract"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    cycles = _cycles(_graph())
    assert cycles == [], (
        "modules that import each other (directly or through others): "
        + "; ".join(" <-> ".join(cycle) for cycle in cycles)
    )


@pytest.mark.parametrize(
    "module",
    [name for name in MODULES if name.split(".")[0] == "filters"],
)
def test_filters_import_neither_beam_nor_pipelines(module: str):
    forbidden = [
        name
        for name in _imported_names(module, MODULES[module])
        if name.split(".")[0] in ("apache_beam", "pipelines")
    ]
    assert forbidden == []
