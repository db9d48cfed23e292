"""Rules that hold the shape of the code base, checked on the source with `ast`.

Every import counts, including those inside functions and under TYPE_CHECKING: a lazy
import is still a dependency. See docs/architecture.md for the rules and the reasons.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "cli", "bench", "evals", "ui")
CORE_MAY_NOT_IMPORT = ("ui", "cli", "bench", "evals", "streamlit")
UI_MAY_NOT_IMPORT = ("assistant.store", "sqlalchemy")
ACYCLIC = ("assistant", "cli", "bench", "evals")
MAX_LINES = 400
# Files over the limit while someone else reworks them; remove each entry when its split lands.
OVERSIZED_EXEMPT = {
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported name, absolute (a module, or a module's attribute)
    where: str  # file:line


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files(packages: tuple[str, ...] = PACKAGES) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)


def imports_of(path: Path, root: Path = ROOT) -> list[Import]:
    """Every import statement in the file, anywhere in it, with relative imports made absolute."""
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    where = lambda node: f"{path.relative_to(root)}:{node.lineno}"  # noqa: E731
    found: list[Import] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, where(node)) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found += [Import(module, f"{base}.{alias.name}", where(node)) for alias in node.names if alias.name != "*"]
            found.append(Import(module, base, where(node)))
    return found


def all_imports(packages: tuple[str, ...] = PACKAGES) -> list[Import]:
    return [imp for path in source_files(packages) for imp in imports_of(path)]


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def import_graph(packages: tuple[str, ...] = ACYCLIC) -> dict[str, set[str]]:
    """Module -> the project modules it imports (an imported attribute counts as its module)."""
    modules = {module_name(p) for p in source_files(packages)}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for imp in all_imports(packages):
        target = imp.target if imp.target in modules else imp.target.rpartition(".")[0]
        if target in modules and target != imp.source:
            graph[imp.source].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph[node]):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
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
            visit(node)
    return found


def describe(component: list[str], graph: dict[str, set[str]]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a] & members)]
    return "cycle among " + ", ".join(component) + " (" + "; ".join(edges) + ")"


def test_core_never_imports_ui_cli_bench_evals_or_streamlit():
    offenders = [f"{i.where}: {i.target}" for i in all_imports(("assistant",)) if within(i.target, CORE_MAY_NOT_IMPORT)]
    assert offenders == [], "the core (assistant/) imports tooling or UI:\n" + "\n".join(offenders)


def test_ui_never_imports_the_storage_layer_or_sqlalchemy():
    offenders = [f"{i.where}: {i.target}" for i in all_imports(("ui",)) if within(i.target, UI_MAY_NOT_IMPORT)]
    assert offenders == [], "ui/ must go through the facade (assistant.app), never the store:\n" + "\n".join(offenders)


def test_no_import_cycles():
    graph = import_graph()
    found = cycles(graph)
    assert found == [], "\n".join(describe(c, graph) for c in found)


def test_no_module_over_400_lines():
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in source_files()}
    over = {path: n for path, n in sizes.items() if n > MAX_LINES and path not in OVERSIZED_EXEMPT}
    assert over == {}, f"modules over {MAX_LINES} lines (split them): {over}"
    stale = sorted(path for path in OVERSIZED_EXEMPT if sizes.get(path, 0) <= MAX_LINES)
    assert stale == [], f"now small enough, remove from OVERSIZED_EXEMPT: {stale}"


# --- the checks check themselves, on small made-up graphs and files --------------------


def test_cycle_finder_reports_every_cycle_and_ignores_chains():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"e"}, "e": {"d"}, "f": {"a"}, "g": set()}
    assert cycles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert describe(["d", "e"], graph) == "cycle among d, e (d -> e; e -> d)"


def test_function_level_and_relative_imports_are_seen(tmp_path):
    package = tmp_path / "assistant" / "perception"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    module = package / "mod.py"
    module.write_text("from . import cues\n\ndef f():\n    from ..store.models import Note\n    import ui.state\n")
    found = imports_of(module, root=tmp_path)
    assert {i.target for i in found} >= {"assistant.perception.cues", "assistant.store.models.Note", "assistant.store.models", "ui.state"}
    assert [i.where for i in found if i.target == "ui.state"] == ["assistant/perception/mod.py:5"]
    assert within("ui.state", CORE_MAY_NOT_IMPORT) and not within("uikit", CORE_MAY_NOT_IMPORT)
