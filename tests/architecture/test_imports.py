"""The arrows point one way: content (portal/) -> search/, never back, and no modules import each other.

The import graph is read from the source with ``ast``: every ``import`` and
``from ... import`` of every module under portal/, search/ and devtools/,
relative ones resolved and those inside functions included.
"""

import ast
from pathlib import Path

from django.conf import settings

PACKAGES = ("portal", "search", "devtools")


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path, packages=PACKAGES) -> dict[str, set[str]]:
    """``{module: {modules of these packages it imports}}`` for every module under ``root``'s ``packages``."""
    sources = {
        module_name(root, path): path
        for package in packages
        for path in (root / package).rglob("*.py")
        if "migrations" not in path.parts
    }
    graph = {}
    for name, path in sources.items():
        is_package = path.name == "__init__.py"
        found = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(name, is_package, node.level, node.module)
                # "from package import module" imports that module; "from module import name" the module.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in sources else base for alias in node.names
                ]
            else:
                continue
            for target in targets:
                resolved = _known(target, sources)
                if resolved and resolved != name:
                    found.add(resolved)
        graph[name] = found
    return graph


def _absolute(module: str, is_package: bool, level: int, target: str | None) -> str:
    if not level:
        return target or ""
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    parts = parts[: len(parts) - (level - 1)]
    return ".".join(parts + ([target] if target else []))


def _known(target: str, sources) -> str | None:
    """The longest prefix of ``target`` that is one of our modules (``a.b.name`` -> ``a.b``)."""
    parts = target.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in sources:
            return candidate
        parts.pop()
    return None


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of two or more modules (Tarjan), each sorted; sorted by first module."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(graph.get(node, ())):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
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
    return sorted(found)


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def wrong_way(graph: dict[str, set[str]]) -> list[str]:
    """Imports from search/ into portal/: content registers with search, never the other way round."""
    return sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if _in(module, "search")
        for target in targets
        if _in(target, "portal")
    )


def test_search_imports_nothing_from_the_portal():
    assert wrong_way(import_graph(Path(settings.BASE_DIR))) == []


def test_no_modules_import_each_other():
    graph = import_graph(Path(settings.BASE_DIR))
    assert len(graph) > 50  # the whole source was read, not an empty folder
    assert cycles(graph) == []


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_graph_sees_relative_and_function_level_imports_and_finds_their_cycle(tmp_path):
    root = write(
        tmp_path,
        {
            "search/__init__.py": "",
            "search/a.py": "from . import b\n",
            "search/b.py": "def later():\n    from .sub.c import thing\n",
            "search/sub/__init__.py": "",
            "search/sub/c.py": "import search.a\nthing = 1\n",
            "search/d.py": "from .a import b\n",
            "portal/__init__.py": "",
            "portal/e.py": "from search import d\n",
        },
    )
    graph = import_graph(root, packages=("search", "portal"))
    assert graph["search.a"] == {"search.b"}
    assert graph["search.b"] == {"search.sub.c"}
    assert graph["search.sub.c"] == {"search.a"}
    assert graph["portal.e"] == {"search.d"}
    assert cycles(graph) == [["search.a", "search.b", "search.sub.c"]]


def test_the_graph_sees_search_importing_the_portal(tmp_path):
    root = write(
        tmp_path, {"search/__init__.py": "", "search/x.py": "from portal.y import z\n", "portal/y.py": "z = 1\n"}
    )
    graph = import_graph(root, packages=("search", "portal"))
    assert wrong_way(graph) == ["search.x imports portal.y"]
    assert cycles(graph) == []


def test_two_modules_importing_each_other_are_a_cycle(tmp_path):
    files = {"portal/__init__.py": "", "portal/p.py": "from portal import q\n", "portal/q.py": "from .p import x\n"}
    assert cycles(import_graph(write(tmp_path, files), packages=("portal",))) == [["portal.p", "portal.q"]]
