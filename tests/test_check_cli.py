"""`s7prep check` end to end: a real encrypted store, findings one per line under their
section, JSON for scripts, exit 0 for advice and 1 only when the case cannot be read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from s7prep.cli.main import main
from s7prep.packs.model import Child
from s7prep.statement.checker import wording
from s7prep.store.store import CaseData, Store

PASS = "a long enough test passphrase"
KIDS = (Child("c1", "Sam", born="2016-04"), Child("c2", "Ruby", born="2019-09"))
ANSWERS = {
    ("your_role", None): "mother",
    ("other_party_role", None): "father",
    ("cap_other_worries", None): "He is always late for handovers.",
    ("cap_you_home", None): "We live at 27 Orchard Grove with my sister.",
    ("child_said", "c1"): "Sam said he does not want to stay overnight.",
    ("child_enjoys", "c2"): "Ruby loves swimming with her cousins on Saturday mornings.",
}
# The address kept private, and contact details in the notes for the officer only.
NOTES = {
    ("safety_needs", None): ["address_private"],
    ("safety_other", None): "We are at 12 Elm Road, Leeds LS6 2AB. My mobile is 07700 900123.",
}
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    with Store.open(home) as store:
        store.create_vault(PASS)
        store.import_case("case-1", CaseData(KIDS, ANSWERS))
        store.import_case("clean", CaseData(KIDS, {("child_enjoys", "c2"): ANSWERS[("child_enjoys", "c2")]}))
        store.import_case("notes", CaseData(KIDS, NOTES))
        store.import_case("both", CaseData(KIDS, {**NOTES, **ANSWERS}))
    return home


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("S7PREP_PASSPHRASE", PASS)
    monkeypatch.delenv("S7PREP_HOME", raising=False)

    def go(*args: str, home_dir: Path = home) -> tuple[int, str, str]:
        code = main(["--home", str(home_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return go


def test_findings_one_per_line_under_their_section(run: Run) -> None:
    code, out, err = run("check", "case-1")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "3 things to look at in the statement."
    assert lines[1] == "33 words of your answers are in the statement."
    assert "Nothing has been changed" in lines[2]
    groups = out.split("\n\n")[1:]
    headings = [g.splitlines()[0] for g in groups]
    assert headings == [
        "The child's wishes and feelings: Sam",
        "Your care of the children",
        "The other party's care",
    ]
    for group in groups:
        (finding,) = group.splitlines()[1:]
        assert finding.startswith("  ") and "For example:" in finding
    assert '  Other worries about care in the other home "always": ' in out
    assert "Orchard" not in out  # an address is pointed at, never repeated


def test_the_heading_names_the_documents_the_findings_are_in(run: Run) -> None:
    code, out, _err = run("check", "notes")
    # An address, a postcode and a phone number in one answer: one reminder.
    assert code == 0 and out.splitlines()[0] == "1 thing to look at in the notes for the officer."
    (group,) = out.split("\n\n")[1:]
    heading, finding = group.splitlines()
    assert heading == "The interview (notes for the officer)"
    assert "A reminder: this looks like a street address, a postcode and a phone number." in finding
    assert "Elm" not in out and "900123" not in out
    code, out, _err = run("check", "both")
    # The address in the statement is kept out of it (the address is to stay private):
    # nothing to point out there.
    both = "3 things to look at: 2 in the statement and 1 in the notes for the officer."
    assert out.splitlines()[0] == both


def test_json_for_scripts(run: Run) -> None:
    code, out, _err = run("check", "case-1", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["format"] == "s7prep.check/1" and data["case"] == "case-1"
    assert data["words"] == 33
    rules = [(f["rule"], f["question"], f["child"]) for f in data["findings"]]
    assert rules == [
        ("child_words", "child_said", "c1"),
        ("contacts", "cap_you_home", None),
        ("absolutes", "cap_other_worries", None),
    ]
    first = data["findings"][0]
    assert first["words"] == "Sam said" and (first["start"], first["end"]) == (0, 8)
    assert set(first) == {
        *("rule", "document", "section", "question", "label", "child", "entry", "field", "words"),
        *("start", "end", "consider", "example"),
    }
    assert "Orchard" not in out


def test_nothing_to_point_out(run: Run) -> None:
    code, out, _err = run("check", "clean")
    assert code == 0
    assert (
        out == "Nothing to point out in the wording of the statement (9 words of your answers are in it).\n"
    )
    code, out, _err = run("check", "clean", "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []


def test_a_case_that_cannot_be_read_is_one_line_and_exit_1(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run("check", "nobody")
    assert (code, out, err) == (1, "", "s7prep: no case called 'nobody'\n")
    code, out, err = run("check", "case-1", home_dir=tmp_path)
    assert (code, out, err) == (1, "", f"s7prep: there are no cases in {tmp_path} yet\n")
    assert list(tmp_path.iterdir()) == []  # no store made
    monkeypatch.setenv("S7PREP_PASSPHRASE", "not the passphrase at all")
    code, out, err = run("check", "case-1")
    assert code == 1 and out == "" and err.count("\n") == 1 and "Orchard" not in err


def test_a_broken_wording_file_is_one_line_before_the_passphrase(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "_wording.yaml"
    broken.write_text("version: 1\n", encoding="utf-8")
    monkeypatch.setattr(wording, "shipped", lambda: wording.read(broken))
    monkeypatch.delenv("S7PREP_PASSPHRASE")
    code, out, err = run("check", "case-1")
    assert code == 1 and out == ""
    assert err.startswith(f"s7prep: the wording file cannot be used: {broken}:1: absolutes: missing")
    assert err.endswith(" more)\n") and err.count("\n") == 1
