"""`s7prep case ...` and `s7prep passphrase change` against a fresh data folder,
with the real (production-cost) key derivation."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from s7prep.cli import passphrase
from s7prep.cli.main import main
from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from s7prep.store.schema import VAULT_MISSING
from tests.store_helpers import PASS, child_env, files_containing, sql_rows, sql_write

MARK = "QZXMARK"
Run = Callable[..., tuple[int, str, str]]

ANSWERS = {
    "format": "s7prep.answers/1",
    "children": [
        {"key": "c1", "name": f"Robin {MARK}", "born": "2018-05", "lives_with": "me"},
        {"key": "c2", "name": "J.", "age": 4},
    ],
    "answers": {
        "role": "grandparent",
        "your_name": f"Sam {MARK}",
        "concern_types": ["domestic_abuse", "substance"],
        "abuse_details": f"At handover {MARK}\nthere was shouting.",
        "incidents": [{"when": "2024-03", "what": f"Shouting {MARK}", "ongoing": True}],
        "child_age": {"c1": 7, "c2": 4},
        "child_said": {"c1": f"Wants to stay at school {MARK}"},
        "child_sen": {"c1": True, "c2": False},
        "lives_with": "me",
    },
}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def run(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_packset: PackSet
) -> Run:
    monkeypatch.setenv("S7PREP_PASSPHRASE", PASS)
    monkeypatch.delenv("S7PREP_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("S7PREP_HOME", raising=False)
    # Validate against the invented sample pack, not the shipped content.
    monkeypatch.setattr(packs, "_cache", packs.LoadResult(sample_packset, []))

    def go(*argv: str) -> tuple[int, str, str]:
        code = main(["--home", str(home), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def answers_file(tmp_path: Path, doc: object = ANSWERS, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def test_new_list_import_export_delete(run: Run, home: Path, tmp_path: Path) -> None:
    code, out, _ = run("case", "list")
    assert (code, out.strip()) == (0, "No cases yet. Start one with: s7prep case new LABEL")
    assert not (home / "store.db").exists()  # listing does not create a store

    code, out, err = run("case", "new", "case-1")
    assert code == 0 and "case-1" in out
    assert "no way to recover" in err and "labels are not encrypted" in err

    source = answers_file(tmp_path)
    code, out, err = run("case", "import-answers", "case-1", str(source))
    assert code == 0, err
    code, out, _ = run("case", "list")
    assert code == 0 and re.search(r"case-1 +│ +2 +│ +\d+ of \d+ +│ 20\d\d-", out), out  # two children

    exported = tmp_path / "out.json"
    code, out, err = run("case", "export-answers", "case-1", "-o", str(exported))
    assert code == 0 and "NOT encrypted" in err
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert exported.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")

    for argv in (("case", "list"), ("case", "new", "case-2")):
        assert run(*argv)[0] == 0
    assert files_containing(home, MARK) == []

    code, out, _ = run("case", "delete", "case-1", "--yes")
    assert code == 0
    code, out, _ = run("case", "list")
    assert "case-1" not in out and "case-2" in out
    assert files_containing(home, MARK) == [] and files_containing(home, "case-1") == []
    for p in home.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_export_then_import_gives_the_same_file_back(run: Run, tmp_path: Path) -> None:
    assert run("case", "import-answers", "first", str(answers_file(tmp_path)))[0] == 0
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("case", "export-answers", "first", "-o", str(one))[0] == 0
    assert run("case", "import-answers", "second", str(one))[0] == 0
    assert run("case", "export-answers", "second", "-o", str(two))[0] == 0
    assert one.read_bytes() == two.read_bytes()
    assert json.loads(one.read_text(encoding="utf-8")) == ANSWERS


def test_export_never_overwrites_without_force(run: Run, tmp_path: Path) -> None:
    run("case", "new", "c")
    target = tmp_path / "keep.json"
    target.write_text("my own file\n")
    code, _, err = run("case", "export-answers", "c", "-o", str(target))
    assert code == 1 and err.count("\n") == 1 and "--force" in err
    assert target.read_text() == "my own file\n"
    target.chmod(0o644)
    code, _, err = run("case", "export-answers", "c", "-o", str(target), "--force")
    assert code == 0
    assert json.loads(target.read_text())["format"] == "s7prep.answers/1"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp left


def test_import_reports_every_problem_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    assert run("case", "import-answers", "c", str(answers_file(tmp_path)))[0] == 0
    before = tmp_path / "before.json"
    run("case", "export-answers", "c", "-o", str(before))
    bad = json.loads(json.dumps(ANSWERS))
    bad["answers"].update(
        {
            "no_such_question": "x",
            "role": "aunt",
            "child_age": {"c1": 40, "c9": 3},
            "child_said": f"not per child {MARK}",
            "lives_with": {"c1": "me"},
            "incidents": [{"when": "someday"}],
        }
    )
    bad["children"].append({"key": "c3", "name": "", "colour": "red"})
    bad["extra"] = 1
    source = answers_file(tmp_path, bad, "bad.json")
    code, out, err = run("case", "import-answers", "c", str(source), "--replace")
    lines = err.strip().split("\n")
    assert code == 1 and out == ""
    for where in (
        "answers.no_such_question: unknown question id",
        "answers.role:",
        "answers.child_age.c1:",
        "answers.child_age.c9: no child",
        "answers.child_said:",
        "answers.lives_with:",
        "answers.incidents:",
        "children[2].colour: unknown key",
        "extra: unknown key",
    ):
        assert sum(where in line for line in lines) == 1, where
    assert lines[-1] == f"s7prep: nothing imported: 9 problem(s) in {source}"
    assert MARK not in err
    code, _, _ = run("case", "import-answers", "new-case", str(source))
    assert code == 1
    after = tmp_path / "after.json"
    run("case", "export-answers", "c", "-o", str(after))
    assert after.read_bytes() == before.read_bytes()
    assert "new-case" not in run("case", "list")[1]


def test_import_into_a_case_with_answers_needs_replace(run: Run, tmp_path: Path) -> None:
    source = answers_file(tmp_path)
    assert run("case", "import-answers", "c", str(source))[0] == 0
    code, _, err = run("case", "import-answers", "c", str(source))
    assert code == 1 and "--replace" in err and err.count("\n") == 1
    assert run("case", "import-answers", "c", str(source), "--replace")[0] == 0


def test_bad_json_is_one_problem(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "s7prep.answers/1", "answers": {"role": "mother",}}')
    code, _, err = run("case", "import-answers", "c", str(path))
    assert code == 1 and "not valid JSON (line 1" in err


def test_deeply_nested_file_is_one_line_naming_it(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000)
    code, out, err = run("case", "import-answers", "c", str(path))
    assert (code, out) == (1, "")
    problem = "lists and objects are nested too deeply (more than 16 levels)"
    assert err == f"s7prep: nothing imported from {path}: {problem}\n"


def test_a_flood_of_unknown_keys_prints_a_screenful_then_a_count(run: Run, tmp_path: Path) -> None:
    doc = {"format": "s7prep.answers/1", **{f"k{i}": 1 for i in range(600_000)}}
    path = answers_file(tmp_path, doc, "flood.json")
    code, out, err = run("case", "import-answers", "c", str(path))
    lines = err.splitlines()
    assert (code, out, len(lines)) == (1, "", 21)
    assert all(line.startswith(f"{path}: ") for line in lines[:20])
    assert lines[19] == f"{path}: ... and 599981 more problem(s)"
    assert lines[20] == f"s7prep: nothing imported: 600000 problem(s) in {path}"


def test_a_store_whose_vault_is_gone_is_damaged_not_empty(run: Run, home: Path) -> None:
    assert run("case", "new", "one")[0] == run("case", "new", "two")[0] == 0
    db = home / "store.db"
    sql_write(db, "DELETE FROM vault")
    cases = sql_rows(db, "SELECT * FROM cases")
    for argv in (("case", "list"), ("case", "new", "three"), ("export", "one", "--format", "md")):
        code, out, err = run(*argv)
        assert (code, out) == (1, ""), argv
        assert err == f"s7prep: {db}: {VAULT_MISSING}\n", argv
    assert sql_rows(db, "SELECT count(*) FROM vault") == [(0,)]
    assert sql_rows(db, "SELECT * FROM cases") == cases


def test_export_never_writes_another_case_after_labels_are_swapped(
    run: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("case", "import-answers", "alpha", str(answers_file(tmp_path)))[0] == 0
    assert run("case", "new", "beta")[0] == 0
    db = home / "store.db"
    for old, new in (("alpha", "tmp"), ("beta", "alpha"), ("tmp", "beta")):
        sql_write(db, "UPDATE cases SET label = ? WHERE label = ?", new, old)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("export", "beta", "--format", "md")
    assert (code, out, err) == (1, "", f"s7prep: {db}: the label 'beta' was moved from another case\n")
    assert not list(tmp_path.glob("statement-*"))


@pytest.mark.parametrize("force", [False, True])
def test_export_answers_refuses_a_link_like_export(run: Run, tmp_path: Path, force: bool) -> None:
    assert run("case", "import-answers", "c", str(answers_file(tmp_path)))[0] == 0
    target = tmp_path / "elsewhere.txt"
    target.write_text("someone else's file")
    link = tmp_path / "answers.json"
    link.symlink_to(target)
    code, out, err = run("case", "export-answers", "c", "-o", str(link), *(["--force"] if force else []))
    assert (code, out, err) == (1, "", f"s7prep: {link} is a link to somewhere else; choose another name\n")
    assert link.is_symlink() and target.read_text() == "someone else's file"


def test_delete_asks_first(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    run("case", "new", "c")
    monkeypatch.setattr(passphrase, "can_ask", lambda: False)
    code, _, err = run("case", "delete", "c")
    assert code == 2 and "--yes" in err
    monkeypatch.setattr(passphrase, "can_ask", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    code, out, err = run("case", "delete", "c")
    assert code == 0 and "Nothing deleted" in out and "cannot be undone" in err
    assert "c" in run("case", "list")[1]
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    assert run("case", "delete", "c")[0] == 0
    code, _, err = run("case", "delete", "c", "--yes")
    assert code == 1 and err == "s7prep: no case called 'c'\n"


def test_passphrase_change(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run("case", "import-answers", "c", str(answers_file(tmp_path)))
    monkeypatch.setenv("S7PREP_NEW_PASSPHRASE", "short")
    code, _, err = run("passphrase", "change")
    assert code == 1 and "at least 8 characters" in err
    monkeypatch.setenv("S7PREP_NEW_PASSPHRASE", "another long passphrase")
    code, out, _ = run("passphrase", "change")
    assert code == 0 and "changed" in out
    code, _, err = run("case", "list")
    assert (code, err) == (1, "s7prep: wrong passphrase\n")
    monkeypatch.setenv("S7PREP_PASSPHRASE", "another long passphrase")
    code, out, _ = run("case", "list")
    assert code == 0 and "c" in out


def test_label_markup_is_shown_literally(run: Run) -> None:
    assert run("case", "new", "[b]case[/b] [red]x")[0] == 0
    assert "[b]case[/b] [red]x" in run("case", "list")[1]


# ------------------------------------------------------------ as a real process


def _s7prep(home: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = child_env()
    full.pop("S7PREP_PASSPHRASE", None)
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "s7prep", "--home", str(home), *argv],
        capture_output=True,
        text=True,
        env=full,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_wrong_passphrase_is_one_line_and_exit_1(home: Path) -> None:
    assert _s7prep(home, "case", "new", "c", S7PREP_PASSPHRASE=PASS).returncode == 0
    done = _s7prep(home, "case", "list", S7PREP_PASSPHRASE="not the passphrase")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "s7prep: wrong passphrase\n")
    done = _s7prep(home, "case", "list")  # no terminal, no variable
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "S7PREP_PASSPHRASE" in done.stderr


def test_a_corrupt_store_is_one_line_naming_the_file(home: Path) -> None:
    home.mkdir(mode=0o700)
    (home / "store.db").write_bytes(os.urandom(8192))
    done = _s7prep(home, "case", "list", S7PREP_PASSPHRASE=PASS)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert str(home / "store.db") in done.stderr and "Traceback" not in done.stderr


def test_a_case_with_a_damaged_answer_is_listed_not_fatal(run: Run, home: Path, tmp_path: Path) -> None:
    """One damaged answer row must not hide every other case: the list still shows
    them all, marks that one damaged, and it can still be deleted."""
    import sqlite3

    assert run("case", "import-answers", "hurt", str(answers_file(tmp_path)))[0] == 0
    assert run("case", "new", "fine")[0] == 0
    conn = sqlite3.connect(home / "store.db")
    row_id, blob = conn.execute("SELECT id, value FROM answers LIMIT 1").fetchone()
    conn.execute("UPDATE answers SET value = ? WHERE id = ?", (blob[:-1] + bytes([blob[-1] ^ 1]), row_id))
    conn.commit()
    conn.close()
    code, out, err = run("case", "list")
    assert (code, err) == (0, "")
    assert re.search(r"fine\s.*\s0\s", out) and re.search(r"hurt\s.*damaged", out)
    assert run("case", "delete", "hurt", "--yes")[0] == 0


def test_passphrase_change_warns_while_another_copy_reads(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from s7prep.store.store import Store

    slow = Store.open  # the default 3 s wait for a busy store, cut short here
    monkeypatch.setattr(
        Store, "open", classmethod(lambda cls, home, **kw: slow(home, **kw, busy_timeout=0.2))
    )
    assert run("case", "new", "c")[0] == 0
    other = sqlite3.connect(home / "store.db", isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM cases").fetchone()
    monkeypatch.setenv("S7PREP_NEW_PASSPHRASE", "another long passphrase")
    code, out, err = run("passphrase", "change")
    other.execute("COMMIT")
    other.close()
    assert code == 0 and "changed" in out
    assert "the old passphrase still opens the store file until it closes" in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_delete_asks_in_lines_broken_between_words(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80 columns the question was cut mid-word ("cannot be undon / e. [y/N]")."""
    label = "call-2026-11-30-a-label-long-enough-to-push-the-words-on"
    run("case", "new", label)
    terminal = Terminal()
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(passphrase, "can_ask", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--home", str(home), "case", "delete", label]) == 0

    asked = terminal.getvalue()
    lines = asked.splitlines()
    assert len(lines) > 1 and all(len(line) < 80 for line in lines)
    assert "cannot be undone. [y/N] " in asked  # whole words, the answer typed after a space
    whole = f"Delete the case {label!r} and every answer in it? This cannot be undone. [y/N]".split()
    assert asked.split() == whole
