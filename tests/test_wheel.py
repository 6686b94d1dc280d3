"""`pip install .` (not editable) must carry the packs and templates inside the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_content_and_finds_it(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = ["wheel", "-q", "--no-deps", "--no-build-isolation", str(ROOT), "-w", str(wheels)]
    subprocess.run(
        [sys.executable, "-m", "pip", *build],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("s7prep-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_packs = {f"s7prep/questions/{p.name}" for p in (ROOT / "questions").glob("*.yaml")}
    shipped_templates = {f"s7prep/templates/{p.name}" for p in (ROOT / "templates").glob("*.j2")}
    assert shipped_packs and shipped_packs <= names
    assert shipped_templates and shipped_templates <= names
    compiled = {
        f"s7prep/templates/{p.relative_to(ROOT / 'templates')}"
        for p in (ROOT / "templates").glob("compiled/*/*.py")
    }
    assert compiled and compiled <= names and not [n for n in names if "__pycache__" in n]

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import json; from s7prep import resources; from s7prep.packs import loader; r = loader.shipped();"
        "from s7prep.statement.checker import wording; w = wording.shipped();"
        "from s7prep.statement.render import template;"
        "print(json.dumps([str(resources.questions_dir()), str(resources.templates_dir()),"
        " len(r.packset.packs), len(r.errors), len(w.absolutes.words),"
        " template('statement', 'html').root_render_func.__code__.co_filename]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    qdir, tdir, n_packs, n_errors, n_absolutes, compiled_from = json.loads(out.stdout)
    assert compiled_from == str(Path(tdir) / "compiled" / "html" / "statement.html.j2.py")  # ahead of time
    assert qdir.startswith(str(target)) and tdir.startswith(str(target))
    # Files starting with _ (the helplines, the checker's wording) are not packs.
    assert n_packs == len([p for p in shipped_packs if not p.rsplit("/", 1)[1].startswith("_")])
    assert n_errors == 0
    assert n_absolutes > 0  # the statement checker's word lists load from the wheel
    # The console script's target and `python -m s7prep` run from the installed wheel.
    entry = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "s7prep = s7prep.cli.main:main" in entry
    version = subprocess.run(
        [sys.executable, "-m", "s7prep", "--version"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("s7prep "), version.stderr
