"""`s7prep export` end to end: a real encrypted store (production key derivation),
the shipped packs, the passphrase from S7PREP_PASSPHRASE, files on disk, one-line errors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from s7prep.cli.main import main
from s7prep.packs.model import PackSet
from s7prep.store.store import CaseData, Store
from tests.fixtures.cases import load, packset

PASS = "a long enough test passphrase"
DAY = date.today().isoformat()
TODAY = f"statement-{DAY}"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, ps: PackSet) -> Path:
    """One store for the module: creating it costs a real key derivation."""
    home = tmp_path_factory.mktemp("home")
    with Store.open(home) as store:
        store.create_vault(PASS)
        for name in ("three_children", "grandparent"):
            case = load(name, ps)
            if name == "grandparent":
                case.answers[("handover_place", None)] = "Their aunt drops them at 12 Acacia Avenue"
                case.leave_out = {("cap_you_health", None)}
            store.import_case(name, CaseData(tuple(case.children), case.answers, frozenset(case.leave_out)))
    return home


@pytest.fixture
def run(
    home: Path,
    ps: PackSet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    monkeypatch.setenv("S7PREP_PASSPHRASE", PASS)
    monkeypatch.delenv("S7PREP_HOME", raising=False)
    monkeypatch.chdir(tmp_path)

    def go(*args: str, home_dir: Path = home) -> tuple[int, str, str]:
        code = main(["--home", str(home_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def one_line_error(err: str) -> str:
    assert err.startswith("s7prep: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_export_html_with_the_default_name(run: Run, tmp_path: Path) -> None:
    code, out, err = run("export", "grandparent", "--format", "html")
    assert code == 0, err
    path = tmp_path / f"{TODAY}.html"
    assert f"Wrote {path}: the statement, " in out and "about 2 pages (fits on 2)." in out
    assert "The file is not encrypted: keep it somewhere safe and delete it when" in " ".join(out.split())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    page = path.read_text(encoding="utf-8")
    assert "<h1>My statement for the Cafcass Section 7 interview</h1>" in page and "grandmother" in page
    # Left out by the person: in the notes only.
    assert "arthritis" not in page
    # The handover answer looks like an address: said on stderr, without the address.
    assert "warning: 'Handover place' may contain an address or postcode" in err and "Acacia" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_export_each_document_and_all_three(run: Run, tmp_path: Path) -> None:
    code, out, err = run("export", "grandparent", "--format", "md", "--document", "officer")
    assert code == 0, err
    officer = (tmp_path / f"officer-notes-{DAY}.md").read_text(encoding="utf-8")
    assert officer.startswith("# Notes for the Cafcass officer only") and "My husband, 66" in officer
    assert "notes for the officer, " in out and "Acacia" not in err
    (tmp_path / "all").mkdir()
    code, out, err = run("export", "grandparent", "--format", "html", "--document", "all", "-o", "all")
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert names == [f"my-notes-{DAY}.html", f"officer-notes-{DAY}.html", f"statement-{DAY}.html"]
    assert out.count("Wrote ") == 3 and "The files are not encrypted: keep them somewhere" in " ".join(
        out.split()
    )
    notes = (tmp_path / "all" / f"my-notes-{DAY}.html").read_text(encoding="utf-8")
    assert "arthritis" in notes and "left out of the statement by me" in notes
    for p in (tmp_path / "all").iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    # Never replaced without --force: none is written if one is there.
    (tmp_path / "all" / f"my-notes-{DAY}.html").write_text("mine")
    code, _out, err = run("export", "grandparent", "--format", "html", "--document", "all", "-o", "all")
    assert code == 1 and "is already there; add --force" in one_line_error(err)
    assert (tmp_path / "all" / f"my-notes-{DAY}.html").read_text() == "mine"
    code, _out, err = run("export", "grandparent", "--format", "md", "--document", "all", "-o", "x.md")
    assert code == 1 and "give -o a folder" in one_line_error(err)
    # A folder that is not there yet (typed with a slash): said so, and not made.
    new = tmp_path / "some" / "new" / "folder"
    code, _out, err = run("export", "grandparent", "--format", "md", "--document", "all", "-o", f"{new}/")
    assert code == 1 and one_line_error(err) == f"s7prep: there is no folder {new}\n"
    assert not (tmp_path / "some").exists()


def test_never_overwrites_without_force(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"{TODAY}.md"
    path.write_text("mine")
    monkeypatch.setenv("S7PREP_PASSPHRASE", "not the passphrase")  # refused before it is needed
    code, _out, err = run("export", "three_children", "--format", "md")
    assert code == 1 and "is already there; add --force" in one_line_error(err)
    assert path.read_text() == "mine"
    monkeypatch.setenv("S7PREP_PASSPHRASE", PASS)
    code, _out, err = run("export", "three_children", "--format", "md", "--force")
    assert code == 0, err
    assert path.read_text(encoding="utf-8").startswith("# My statement")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_output_folder_and_file_name(run: Run, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    code, _out, err = run("export", "three_children", "--format", "md", "-o", "out")
    assert code == 0, err
    assert (tmp_path / "out" / f"{TODAY}.md").exists()
    code, _out, err = run("export", "three_children", "--format", "html", "-o", "out/for-officer.html")
    assert code == 0, err
    assert "<table" in (tmp_path / "out" / "for-officer.html").read_text(encoding="utf-8")  # the chronology


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("notes.txt", "the file name must end in .md for --format md"),
        ("nowhere/s.md", "there is no folder nowhere"),
        ("bad|name.md", "is not a usable file name"),
    ],
)
def test_bad_output_paths(run: Run, tmp_path: Path, output: str, message: str) -> None:
    code, _out, err = run("export", "three_children", "--format", "md", "-o", output)
    assert code == 1 and message in one_line_error(err)
    assert list(tmp_path.iterdir()) == []


def test_a_link_in_the_way_is_refused(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep")
    (tmp_path / "s.md").symlink_to(target)
    code, _out, err = run("export", "three_children", "--format", "md", "-o", "s.md", "--force")
    assert code == 1 and "is a link to somewhere else" in one_line_error(err)
    assert target.read_text() == "keep"


def test_store_errors_are_one_line(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run("export", "nobody", "--format", "md")
    assert code == 1 and "no case called 'nobody'" in one_line_error(err)
    code, _out, err = run("export", "three_children", "--format", "md", home_dir=tmp_path / "empty")
    assert code == 1 and "there are no cases in" in one_line_error(err)
    assert not (tmp_path / "empty").exists()
    monkeypatch.setenv("S7PREP_PASSPHRASE", "not the passphrase")
    code, _out, err = run("export", "three_children", "--format", "md")
    assert code == 1 and one_line_error(err) == "s7prep: wrong passphrase\n"
    assert not (tmp_path / f"{TODAY}.md").exists()


def test_user_templates(run: Run, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "statement.md.j2").write_text("For the officer: {{ s.head.children | length }} children\n")
    code, _out, err = run(
        "export", "three_children", "--format", "md", "--templates", str(mine), "-o", "a.md"
    )
    assert code == 0, err
    assert (tmp_path / "a.md").read_text() == "For the officer: 3 children\n"
    code, _out, err = run("export", "three_children", "--format", "md", "--templates", "nope")
    assert code == 1 and "there is no templates folder nope" in one_line_error(err)
    (mine / "statement.md.j2").write_text("{{ s.__class__ }}")
    code, _out, err = run(
        "export", "three_children", "--format", "md", "--templates", str(mine), "-o", "b.md"
    )
    assert code == 1 and "template statement.md.j2, line 1: tries to do something" in one_line_error(err)
    assert not (tmp_path / "b.md").exists()


def test_as_a_person_runs_it_with_the_shipped_packs(home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "S7PREP_PASSPHRASE": PASS}
    env.pop("S7PREP_HOME", None)
    out = subprocess.run(
        [sys.executable, "-m", "s7prep", "--home", str(home), "export", "grandparent", "--format", "md"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    text = (tmp_path / f"{TODAY}.md").read_text(encoding="utf-8")
    assert text.startswith("# My statement for the Cafcass Section 7 interview")
    assert "R, 11" in text and "J, 7" in text
