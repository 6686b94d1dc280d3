"""The layout's rules (README, "How the code is laid out"), checked on every run:
import-linter's contracts in pyproject.toml, no cycle between any two modules, no
module over 400 lines, and the core importing no front end when it actually runs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Set
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "s7prep"
CORE = ("s7prep.packs", "s7prep.engine", "s7prep.store", "s7prep.statement", "s7prep.resources")
FRONT_LIBRARIES = ("textual", "questionary", "prompt_toolkit")
MAX_LINES = 400


def cycles(graph: Mapping[str, Set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_ring_and_passes_a_chain() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_import_linter_contracts_hold() -> None:
    code = (
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_cycle_between_any_two_modules() -> None:
    graph = grimp.build_graph("s7prep", cache_dir=None)
    edges = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    assert len(edges) > 40  # the whole package was read
    assert cycles(edges) == []


def test_no_module_over_400_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_top_of_the_package_holds_a_handful_of_entries() -> None:
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__")
    assert len(entries) <= 12, entries


@pytest.mark.parametrize("front", FRONT_LIBRARIES)
def test_the_core_runs_without_a_front_end(front: str) -> None:
    """Importing every core module and using it loads no front-end library."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py")
        if ".".join(p.relative_to(ROOT).with_suffix("").parts).startswith(CORE)
    )
    assert {
        "s7prep.packs.loader",
        "s7prep.engine",
        "s7prep.store.store",
        "s7prep.statement.documents",
    } <= set(modules)
    code = (
        "import json, sys\n"
        f"for m in {modules!r}: __import__(m)\n"
        "from s7prep import engine\n"
        "from s7prep.packs import loader\n"
        "engine.visible(loader.shipped().packset, [], {})\n"
        "from s7prep.statement import documents\n"
        "from s7prep.packs.model import Case\n"
        "documents.build(Case('x'), loader.shipped().packset)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == sys.argv[1])))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, front], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
