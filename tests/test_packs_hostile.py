"""Pack files that try to crash s7prep: deep nesting in `show_if` or in the YAML,
dates that do not exist, files that are not files. Each is one error naming the
file and line; every other pack still loads, in every command and in the app."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from s7prep import resources
from s7prep.cli.main import main
from s7prep.packs import loader as packs
from s7prep.store.store import Store
from tests.store_helpers import PASS, child_env

PACK = """\
id: {pid}
title: A pack
version: "1.0"
reviewed: {reviewed}
sources: [Children Act 1989 s1(3)]
order: 90
sections:
  - id: main
    title: Main
    questions:
      - id: {pid}_q
        type: yes_no
        prompt: Is this a question?
        statement: none
      - id: {pid}_note
        type: text
        prompt: Anything else?
        statement: none
        show_if: "{show_if}"
"""


def pack(pid: str, show_if: str = "", reviewed: str = "2026-11-01") -> str:
    return PACK.format(pid=pid, reviewed=reviewed, show_if=show_if or f"{pid}_q == true")


# name -> (text, line of the error, words in the message)
HOSTILE = {
    "parens.yaml": (pack("parens", "(" * 900 + "parens_q == true" + ")" * 900), 19, "nested too deeply"),
    "nots.yaml": (pack("nots", "not " * 5000 + "nots_q == true"), 19, "nested too deeply"),
    "no_such_day.yaml": (pack("no_such_day", reviewed="2026-02-31"), 4, "reviewed: must be a date"),
    "quoted_day.yaml": (pack("quoted_day", reviewed="'2026-13-01'"), 4, "reviewed: must be a date"),
    "deep_yaml.yaml": ("[" * 100_000, 1, "nested too deeply"),
    "deep_map.yaml": ("a:\n" + "".join(f"{' ' * i}b:\n" for i in range(1, 60)), 25, "nested too deeply"),
}


def write_hostile(folder: Path) -> None:
    for name, (text, _line, _words) in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_each_hostile_pack_is_one_error_naming_file_and_line(tmp_path: Path) -> None:
    write_hostile(tmp_path)
    (tmp_path / "good.yaml").write_text(pack("good"), encoding="utf-8")
    result = packs.load([tmp_path])
    assert [p.id for p in result.packset.packs] == ["good"]
    got = {Path(e.path).name: e for e in result.errors}
    assert sorted(got) == sorted(HOSTILE) and len(result.errors) == len(HOSTILE)
    for name, (_text, line, words) in HOSTILE.items():
        err = got[name]
        assert (err.line, words in str(err)) == (line, True), (name, str(err))
        assert str(err).startswith(f"{tmp_path / name}:{line}: ")


def test_a_date_that_does_not_exist_in_the_helplines_file(tmp_path: Path) -> None:
    shipped = (resources.questions_dir() / packs.SIGNPOSTS_FILE).read_text(encoding="utf-8")
    path = tmp_path / packs.SIGNPOSTS_FILE
    changed, n = re.subn(r"checked: \d{4}-\d\d-\d\d", "checked: 2026-02-30", shipped, count=1)
    assert n == 1
    path.write_text(changed, encoding="utf-8")
    result = packs.load([path])
    (err,) = result.errors
    assert err.field.endswith(".checked") and "must be a date" in err.message
    assert len(result.packset.signposts) > 1  # the other helplines are kept


# ---------------------------------------------------------------- among the installed packs


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped packs with every hostile file beside them, as the installed packs."""
    folder = tmp_path / "questions"
    shutil.copytree(resources.questions_dir(), folder)
    write_hostile(folder)
    monkeypatch.setattr(resources, "questions_dir", lambda: folder)
    monkeypatch.setattr(packs, "_cache", None)
    monkeypatch.setenv("S7PREP_PASSPHRASE", PASS)
    monkeypatch.delenv("S7PREP_HOME", raising=False)
    return folder


SHIPPED = {p.id for p in packs.load().packset.packs}


def _one_line_each(err: str, folder: Path) -> None:
    for name in HOSTILE:
        assert err.count(str(folder / name)) == 1, (name, err)
    assert "unexpected error" not in err and "Traceback" not in err


def test_packs_list_shows_the_good_packs_and_names_the_broken(
    installed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["packs", "list"]) == 1
    out, err = capsys.readouterr()
    assert all(pid[:8] in out for pid in SHIPPED)  # (a narrow table may cut an id short)
    _one_line_each(err, installed)


@pytest.fixture
def home_with_case(tmp_path: Path, installed: Path) -> Path:
    home = tmp_path / "home"
    store = Store.open(home, insecure_fast_kdf_for_tests=True)
    store.create_vault(PASS)
    store.create_case("case-1")
    store.save_answer("case-1", ("what_matters_most", None), "That both children stay at their school.")
    store.close()
    return home


def test_case_list_and_export_work_beside_a_broken_pack(
    home_with_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Store, "open", _fast_open)
    assert main(["--home", str(home_with_case), "case", "list"]) == 0
    assert "case-1" in capsys.readouterr().out
    out_file = tmp_path / "statement.md"
    home = str(home_with_case)
    assert main(["--home", home, "export", "case-1", "--format", "md", "-o", str(out_file)]) == 0
    assert "both children stay at their school" in out_file.read_text(encoding="utf-8")
    assert "problem(s) in the question packs" in capsys.readouterr().err


_real_open = Store.open


def _fast_open(home: Path | str, **kwargs: object) -> Store:
    return _real_open(home, insecure_fast_kdf_for_tests=True)


class _Tty:
    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def test_ask_starts_with_the_good_packs(
    home_with_case: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from s7prep.plain import session as plain_session

    seen: list[set[str]] = []

    def run(store: Store, packset: packs.PackSet, *args: object, **kw: object) -> plain_session.Outcome:
        seen.append({p.id for p in packset.packs})
        return plain_session.Outcome(0, [])

    monkeypatch.setattr(Store, "open", _fast_open)
    monkeypatch.setattr(plain_session, "run", run)
    monkeypatch.setattr(sys, "stdin", _Tty())
    monkeypatch.setattr(sys, "stdout", _Tty())
    assert main(["--home", str(home_with_case), "ask"]) == 0
    assert seen == [SHIPPED]
    assert f"{len(HOSTILE)} problem(s) in the question packs" in capsys.readouterr().err


def test_the_app_unlocks_beside_a_broken_pack(home_with_case: Path) -> None:
    from s7prep.tui.app import make_app
    from s7prep.tui.screens.cases import CasesScreen
    from tests.tui_helpers import screen_text, settle

    app = make_app(home_with_case, PASS, opener=_fast_open, lock_after=None)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            text = screen_text(app)
            assert "case-1" in text and f"{len(HOSTILE)} problem(s) in the question packs" in text

    asyncio.run(run())
    assert {p.id for p in app.session.packset.packs} == SHIPPED


# ---------------------------------------------------------------- files that are not files


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    # The timeout only stops a hang from stalling the suite; nothing here is timed.
    return subprocess.run(
        [sys.executable, "-m", "s7prep", "packs", "validate", str(path)],
        capture_output=True,
        text=True,
        env=child_env(),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "too large"])
def test_validate_reads_only_regular_files_of_a_sane_size(tmp_path: Path, kind: str) -> None:
    if kind == "device":
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        path = tmp_path / "pipe.yaml"
        os.mkfifo(path)
    elif kind == "folder":
        (tmp_path / "packs").mkdir()
        path = tmp_path / "packs" / "folder.yaml"  # a folder whose name looks like a pack
        path.mkdir()
        path = path.parent
    else:
        path = tmp_path / "big.yaml"
        with path.open("wb") as f:
            f.truncate(50 * 1024 * 1024)  # sparse: no disk used, but 50 MB to read
    done = _validate(path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and lines[1].startswith("1 error(s)"), done.stderr
    expected = {
        "device": "file is not a regular file",
        "fifo": "file is not a regular file",
        "folder": "file is a folder, not a file",
        "too large": "file is larger than 1 MB",
    }[kind]
    shown = path / "folder.yaml" if kind == "folder" else path
    assert lines[0] == f"{shown}:1: {expected}" or lines[0].startswith(f"{shown}:1: {expected} ")
