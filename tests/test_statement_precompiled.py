"""The shipped templates compiled ahead of time (s7prep/statement/precompiled.py): the
files are current, they are what the documents are rendered with, they render
exactly what the templates themselves do, and a stale one is never used.

After changing a template, write them again (the golden files' switch does it too):

    python -m s7prep.statement.compile_templates
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from jinja2 import BaseLoader, Environment, FileSystemLoader, TemplateNotFound

from s7prep import resources
from s7prep.packs.model import PackSet
from s7prep.statement import documents, precompiled
from s7prep.statement.model import DOCUMENTS
from s7prep.statement.render import FORMATS, environment, template
from tests.fixtures.cases import NAMES, load, packset

DAY = date(2026, 11, 22)
ROOT = resources.templates_dir()


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def test_the_compiled_templates_are_current() -> None:
    if os.environ.get("S7PREP_UPDATE_GOLDEN") == "1":
        precompiled.write_all(environment, FORMATS)
    stale = []
    for fmt in FORMATS:
        names = set(precompiled.shipped_names(ROOT, fmt))
        on_disk = {p.name.removesuffix(".py") for p in (ROOT / precompiled.FOLDER / fmt).glob("*.py")}
        stale += [f"{fmt}/{n} (no template)" for n in sorted(on_disk - names)]
        for name in sorted(names):
            path = precompiled.compiled_path(ROOT, fmt, name)
            made = precompiled.made(environment(fmt), ROOT, name)
            if not path.exists() or path.read_text(encoding="utf-8") != made:
                stale.append(f"{fmt}/{name}")
    assert stale == [], "run: python -m s7prep.statement.compile_templates"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", DOCUMENTS)
def test_documents_render_from_the_compiled_files_as_from_the_templates(
    ps: PackSet, kind: str, fmt: str
) -> None:
    code = template(kind, fmt).root_render_func.__code__
    assert code.co_filename == str(precompiled.compiled_path(ROOT, fmt, f"{kind}.{fmt}.j2"))
    fresh = _environment(fmt, FileSystemLoader(str(ROOT)))
    for name in NAMES:
        data = documents.build(load(name, ps), ps, DAY).data(kind)
        assert template(kind, fmt).render(s=data, kind=kind) == fresh.get_template(f"{kind}.{fmt}.j2").render(
            s=data, kind=kind
        )


def test_a_stale_compiled_file_is_never_used(tmp_path: Path) -> None:
    (tmp_path / "note.md.j2").write_text("old {{ s }}\n", encoding="utf-8")
    env = _environment("md", precompiled.PrecompiledLoader("md", tmp_path))
    path = precompiled.compiled_path(tmp_path, "md", "note.md.j2")
    path.parent.mkdir(parents=True)
    path.write_text(precompiled.made(env, tmp_path, "note.md.j2"), encoding="utf-8")
    assert env.get_template("note.md.j2").render(s="x") == "old x\n"
    assert env.get_template("note.md.j2").root_render_func.__code__.co_filename == str(path)
    # The template changes and is not compiled again: the template is used, not the file.
    (tmp_path / "note.md.j2").write_text("new {{ s }}\n", encoding="utf-8")
    env = _environment("md", precompiled.PrecompiledLoader("md", tmp_path))
    assert env.get_template("note.md.j2").render(s="x") == "new x\n"
    # A file that is not Python at all: the same.
    path.write_text("not python (", encoding="utf-8")
    env = _environment("md", precompiled.PrecompiledLoader("md", tmp_path))
    assert env.get_template("note.md.j2").render(s="y") == "new y\n"


def _environment(fmt: str, loader: BaseLoader) -> Environment:
    """The environment render.py makes for a format (the same class, options, filters),
    with another loader."""
    return environment(fmt).overlay(loader=loader)


def test_an_include_that_climbs_out_never_runs_a_python_file(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    (root / precompiled.FOLDER / "md").mkdir(parents=True)
    (root / "note.md.j2").write_text('{% include "../x" %}\n', encoding="utf-8")
    (tmp_path / "x").write_text("x\n", encoding="utf-8")  # the "template" the include names
    marker = tmp_path / "ran"
    # Where the compiled file of "../x" would be: root/compiled/md/../x.py
    (root / precompiled.FOLDER / "x.py").write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    env = _environment("md", precompiled.PrecompiledLoader("md", root))
    with pytest.raises(TemplateNotFound):
        env.get_template("note.md.j2").render(s="")
    assert not marker.exists()
